import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localise } from '../../src/i18n/localise.js';
import type { ElementNode, LayoutNode } from '../../src/layout/layoutNode.js';
import { layoutProfile } from '../../src/layout/layoutProfile.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { expectGolden } from '../helpers/golden.js';
import { projectEnvironment, ROOT } from '../helpers/project.js';

const env = projectEnvironment();
const loaded = loadProfile(readFileSync(join(ROOT, 'data', 'mli.yaml'), 'utf8'), 'data/mli.yaml', env.series);

/** The layout tree as indented text: the golden form reviewed as a diff. */
function render(node: LayoutNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (node.kind === 'text') return `${pad}"${node.text}"`;
  const attrs = Object.entries(node.attrs)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return [`${pad}<${node.name}${attrs}>`, ...node.children.map((child) => render(child, depth + 1))].join('\n');
}

describe.each(['fr', 'en'])('the Mali layout in %s', (lang) => {
  const tools = env.tools(lang);
  const layout = layoutProfile(localise(loaded.profile, tools), env.templates, tools.translator);

  it('matches the reviewed layout tree', () => {
    expectGolden(join(ROOT, 'test', 'layout', '__golden__', `mli.${lang}.txt`), `${render(layout.root)}\n`);
  });

  it('has the sections in the template order', () => {
    const sections = layout.root.children.filter((n): n is ElementNode => n.kind === 'element' && n.name === 'section');
    expect(sections.map((s) => s.attrs.id)).toEqual([
      'facts',
      'policy-framework',
      'trends',
      'obstacles',
      'spotlight',
      'annex',
      'credits',
    ]);
  });

  it('carries every footnote definition and the metadata of the edition', () => {
    expect(Object.keys(layout.notes).sort()).toEqual(Object.keys(loaded.profile.footnotes).sort());
    expect(layout.meta).toMatchObject({ lang, date: '2025-11', author: 'AFFORD, EUDiF' });
  });
});

/**
 * The fictional profiles that use the fields Mali does not (issue 14): every new field has
 * its place in the reviewed layout tree of both languages.
 */
describe.each(['hmd', 'sgs'])('the layout of the fictional profile %s', (code) => {
  const file = join(ROOT, 'test', 'fixtures', 'profiles', `${code}.yaml`);
  const fixture = loadProfile(readFileSync(file, 'utf8'), file, env.series);

  it.each(['fr', 'en'])('matches the reviewed layout tree in %s', (lang) => {
    const tools = env.tools(lang);
    const layout = layoutProfile(localise(fixture.profile, tools), env.templates, tools.translator);
    expectGolden(join(ROOT, 'test', 'layout', '__golden__', `${code}.${lang}.txt`), `${render(layout.root)}\n`);
  });
});

describe('values put into labels', () => {
  it('print as typed: a source name from a data file is never read as formatting', () => {
    const file = join(ROOT, 'test', 'fixtures', 'profiles', 'hmd.yaml');
    const text = readFileSync(file, 'utf8').replace(
      'name: { fr: Ministère des Affaires étrangères de Heard, en: Heard Ministry of Foreign Affairs }',
      'name: "Stats *Office* [x](https://a.example) [^nationality] <b>"',
    );
    const tools = env.tools('en');
    const layout = layoutProfile(
      localise(loadProfile(text, file, env.series).profile, tools),
      env.templates,
      tools.translator,
    );
    expect(render(layout.root)).toContain(
      '<a href="https://example.org/heard-survey">\n              "Stats *Office* [x](https://a.example) [^nationality] <b>"',
    );
  });
});
