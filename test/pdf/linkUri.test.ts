import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/pipeline/buildAll.js';
import { projectContext, ROOT, temporaryFolder } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';

/**
 * Link targets with characters beyond ASCII (an accented path, an international host name, an
 * e-mail address) are written into the PDF as 7-bit ASCII URIs (ISO 32000-1, 12.6.4.7):
 * the host in punycode, the rest percent-encoded, so every reader can open them.
 */
const work = temporaryFolder();
let pdf: Buffer;

const PROSE = 'Voir [les données](https://bücher.example/données?q=été#équipe) et <mailto:josé@exemple.fr>.';

beforeAll(async () => {
  const data = join(work.dir, 'data');
  mkdirSync(data);
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), 'utf8')
    .replace('  - fr: Les envois de fonds augmentent de 5 % par an.', `  - fr: "${PROSE}"`)
    .replace('    en: Remittances grow by 5% a year.', `    en: "${PROSE}"`)
    .replace('    url: https://example.org/law', '    url: https://example.org/lois/décret-n°5');
  writeFileSync(join(data, 'bvt.yaml'), text);
  const out = join(work.dir, 'out');
  const summary = await buildAll(
    { data, countries: [], languages: ['en'], outDir: out, strict: false },
    projectContext(),
  );
  expect(summary.outputs.map((o) => o.status)).toEqual(['built']);
  pdf = readFileSync(join(out, 'en', 'bvt.pdf'));
});
afterAll(() => work.remove());

/** The /URI entries of the file, as written (the annotation dictionaries are not compressed). */
function rawUris(bytes: Buffer): string[] {
  return [...bytes.toString('latin1').matchAll(/\/URI\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)].map((m) => m[1]!);
}

describe('link targets in the PDF', () => {
  it('are written as 7-bit ASCII URIs, percent-encoded, the host in punycode', () => {
    const uris = rawUris(pdf);
    expect(uris.length).toBeGreaterThanOrEqual(3);
    for (const uri of uris) {
      expect(uri.startsWith('('), `a URI written as a hex (UTF-16) string: ${uri}`).toBe(true);
      expect(uri).toMatch(/^\([\x20-\x7e]*\)$/);
    }
    expect(uris).toContain('(https://xn--bcher-kva.example/donn%C3%A9es?q=%C3%A9t%C3%A9#%C3%A9quipe)');
    expect(uris).toContain('(mailto:jos%C3%A9@exemple.fr)');
    expect(uris).toContain('(https://example.org/lois/d%C3%A9cret-n%C2%B05)');
  });

  it('open in pdf.js as the addresses written, and print as people read them', async () => {
    const content = await readPdf(pdf);
    const links = content.links.flat();
    expect(links).toContain('https://xn--bcher-kva.example/donn%C3%A9es?q=%C3%A9t%C3%A9#%C3%A9quipe');
    expect(links).toContain('mailto:jos%C3%A9@exemple.fr');
    expect(content.pages.join(' ')).toContain('josé@exemple.fr');
    expect(content.pages.join(' ').replace(/ /g, '')).toContain('example.org/lois/décret-n°5');
  });
});
