import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HTML_COMPONENTS } from '../../src/html/components/index.js';
import { renderHtml } from '../../src/html/renderHtml.js';
import type { ElementNode, LayoutDocument, LayoutNode } from '../../src/layout/layoutNode.js';
import { ELEMENTS, isInlineElement } from '../../src/layout/vocabulary.js';
import { buildProfile, htmlLabels } from '../../src/pipeline/buildProfile.js';
import { readProfileFile } from '../../src/project/readProfileFile.js';
import { projectEnvironment, ROOT } from '../helpers/project.js';

const pages: Record<string, string> = {};

beforeAll(async () => {
  const env = projectEnvironment();
  const loaded = readProfileFile(join(ROOT, 'data', 'mli.yaml'), 'data/mli.yaml', env.series);
  for (const lang of ['fr', 'en']) {
    const built = await buildProfile(env, loaded, lang, { html: { pdf: 'mli.pdf', index: 'index.html' } });
    pages[lang] = built.html!;
  }
}, 120_000);

const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);

describe('the HTML backend', () => {
  it('has a component for every block element of the vocabulary, and renders every inline one', () => {
    for (const name of Object.keys(ELEMENTS)) {
      if (isInlineElement(name)) continue;
      expect(HTML_COMPONENTS, name).toHaveProperty(name);
    }
  });

  it.each(['fr', 'en'])('draws Mali in %s as one accessible page', (lang) => {
    const html = pages[lang]!;
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
    for (const landmark of ['<header>', '<nav class="toc"', '<main id="main">', '<footer>'])
      expect(html).toContain(landmark);
    // The navigation names every section, and each link lands on one.
    const targets = html
      .match(/<nav[\s\S]*?<\/nav>/)![0]
      .match(/href="#([^"]+)"/g)!
      .map((href) => href.slice(7, -1));
    expect(targets).toContain('section-facts');
    for (const target of targets) expect(html).toContain(`<section id="${target}"`);
    // Every note reference links to its note, and every note links back to each reference.
    const references = all(html, /<sup class="fn"><a id="(ref-\d+-\d+)" href="#note-\d+"/g);
    const backs = all(html, /<a class="back" href="#(ref-\d+-\d+)"/g);
    expect(references.length).toBeGreaterThan(5);
    expect([...backs].sort()).toEqual([...references].sort());
    const notes = all(html, /<li id="(note-\d+)">/g);
    expect(notes).toEqual(notes.map((_, i) => `note-${i + 1}`));
    // Each chart: an image named by its text alternative, and its data as a table.
    const charts = html.match(/<figure class="chart[\s\S]*?<\/figure>/g)!;
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect(chart).toMatch(/<svg role="img" aria-label="[^"]+"/);
      expect(chart).toMatch(/<table><caption>[^<]+<\/caption><thead><tr><th scope="col">/);
    }
    // Ids are unique in the page (charts' own ids are prefixed).
    const ids = all(html, /\sid="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    // The fonts travel with the page, cut down to its characters.
    expect(html.match(/@font-face\{font-family:"Noto Sans"/g)).toHaveLength(4);
    expect(html.length).toBeLessThan(400_000);
  });

  it('gives the same bytes for the same input', async () => {
    const env = projectEnvironment();
    const loaded = readProfileFile(join(ROOT, 'data', 'mli.yaml'), 'data/mli.yaml', env.series);
    const again = await buildProfile(env, loaded, 'en', { html: { pdf: 'mli.pdf', index: 'index.html' } });
    expect(again.html).toBe(pages.en);
  }, 60_000);

  it('escapes every text and attribute from the data, and keeps only web links', async () => {
    const env = projectEnvironment();
    const at = { file: 't', line: 1 };
    const text = (value: string): LayoutNode => ({ kind: 'text', text: value });
    const element = (name: string, attrs: Record<string, string>, children: LayoutNode[]): ElementNode =>
      ({ kind: 'element', name, attrs, children, at }) as ElementNode;
    const layout: LayoutDocument = {
      root: element('document', { lang: 'en' }, [
        element('section', { id: 'x" onclick="alert(1)' }, [
          element('h1', {}, [text('<script>alert(1)</script>')]),
          element('tiles', {}, [element('tile', { value: '"><img src=x onerror=alert(1)>' }, [text('a & b')])]),
          element('p', {}, [element('a', { href: 'javascript:alert(1)' }, [text('click')])]),
        ]),
      ]),
      notes: {},
      meta: {
        lang: 'en"><script>',
        title: '</title><script>',
        author: '"',
        subject: 's',
        keywords: 'k',
        date: '2025-01',
        header: 'h',
        footer: 'f',
        pageNumber: '',
        continued: '',
        noteReference: 'Footnote {{note}}',
      },
    };
    const html = await renderHtml(layout, new Map(), {
      theme: env.theme,
      labels: htmlLabels(env.tools('en').translator, 'en'),
      fonts: [],
      links: { pdf: null, index: null },
    });
    // No element or attribute comes from the data: only escaped text.
    expect(html).not.toMatch(/<(script|img)\b/i);
    expect(html).not.toMatch(/<[^>]*\s(onclick|onerror)=/i);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('"&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a &amp; b');
    expect(html).toContain('<a href="#">click</a>');
  });
});
