import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Font } from 'fontkit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { labelAdvancesOf, rememberFontBytes, saveShapedWords, wordLayoutsOf } from '../../src/fonts/shapingCache.js';

// Not test/helpers/project.ts: it loads the PDF stage, whose shared fonts (src/fonts/openSharedFont.ts)
// would hand back the same parsed font for the same bytes, where these tests need a new one.
const ROOT = resolve(import.meta.dirname, '..', '..');
function temporaryFolder(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
const fontkit = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');
const REGULAR = join(ROOT, 'fonts', 'NotoSans-Regular.ttf');
/** Words whose layout is not one glyph per letter at its plain advance, and keys an object may trip on. */
const WORDS = [
  'office',
  'ﬁnal',
  'Ťť',
  'é',
  'è̀',
  'AVATAR',
  'Tŷ',
  '2024',
  '1,5 %',
  'x\u00a0%',
  'constructor',
  '__proto__',
  '«',
];

/** A font parsed again from the file: a new object, as a new process would have. */
function parsed(): Font {
  const bytes = readFileSync(REGULAR);
  const font = fontkit.create(bytes) as Font;
  if (parsedFonts.has(font)) throw new Error('fontkit gave a font parsed before: the test would prove nothing');
  parsedFonts.add(font);
  rememberFontBytes(font, bytes);
  return font;
}

const parsedFonts = new Set<Font>();

/** A word laid out as pdfkit's EmbeddedFont.layoutRun keeps it (positions scaled to 1000 units per em). */
function pdfkitRun(font: Font, word: string) {
  const run = font.layout(word);
  const scale = 1000 / font.unitsPerEm;
  return {
    glyphs: run.glyphs.map((glyph) => ({
      id: glyph.id,
      advanceWidth: glyph.advanceWidth,
      codePoints: [...glyph.codePoints],
    })),
    positions: run.positions.map((position, i) => ({
      xAdvance: position.xAdvance * scale,
      yAdvance: position.yAdvance * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
      advanceWidth: run.glyphs[i]!.advanceWidth * scale,
    })),
    get advanceWidth() {
      return this.positions.reduce((sum, position) => sum + position.xAdvance, 0);
    },
  };
}

const folders: (() => void)[] = [];
const setting = process.env.PROFILES_CACHE_DIR;
afterEach(() => {
  if (setting === undefined) delete process.env.PROFILES_CACHE_DIR;
  else process.env.PROFILES_CACHE_DIR = setting;
});
afterAll(() => {
  for (const remove of folders) remove();
});

function cacheFolder(): string {
  const { dir, remove } = temporaryFolder('profiles-shaping-');
  folders.push(remove);
  process.env.PROFILES_CACHE_DIR = dir;
  return dir;
}

describe('shaped words kept between runs (PROFILES_CACHE_DIR)', () => {
  it('reads back exactly the layouts fontkit gave, in a font parsed again', () => {
    const dir = cacheFolder();
    const first = parsed();
    const words = wordLayoutsOf(first) as Record<string, ReturnType<typeof pdfkitRun>>;
    expect(Object.keys(words)).toEqual([]);
    for (const word of WORDS) words[word] = pdfkitRun(first, word);
    labelAdvancesOf(first).set('Côte d’Ivoire', first.layout('Côte d’Ivoire').advanceWidth);
    saveShapedWords();
    expect(readdirSync(join(dir, 'shaped-words'))).toHaveLength(1);

    const again = parsed();
    const back = wordLayoutsOf(again) as Record<string, ReturnType<typeof pdfkitRun>>;
    // Stored words are parsed when first asked for, then kept as the object's own.
    expect(Object.keys(back)).toEqual([]);
    expect(back['never stored']).toBeUndefined();
    for (const word of WORDS) {
      const fresh = pdfkitRun(again, word);
      expect(back[word]!.glyphs).toEqual(fresh.glyphs);
      expect(back[word]!.positions).toEqual(fresh.positions);
      expect(back[word]!.advanceWidth).toBe(fresh.advanceWidth);
    }
    // A ligature really is one glyph for two letters, so the test is not trivially one glyph per letter.
    expect(back['office']!.glyphs.length).toBeLessThan('office'.length);
    expect(Object.keys(back).sort()).toEqual([...WORDS].sort());
    expect(labelAdvancesOf(again).get('Côte d’Ivoire')).toBe(again.layout('Côte d’Ivoire').advanceWidth);
  });

  it('ignores lines that are not layouts of that font, and keeps the good ones', () => {
    const dir = cacheFolder();
    const first = parsed();
    (wordLayoutsOf(first) as Record<string, unknown>).good = pdfkitRun(first, 'good');
    saveShapedWords();
    const [file] = readdirSync(join(dir, 'shaped-words'));
    const path = join(dir, 'shaped-words', file!);
    const good = readFileSync(path, 'utf8');
    appendFileSync(
      path,
      [
        'not json',
        'w\t"bad id"\t[500,[[999999,500,[98],500,0,0,0,500]]]',
        'w\t"bad number"\t[500,[[3,"500",[98],500,0,0,0,500]]]',
        'w\t"bad code point"\t[500,[[3,500,[-1],500,0,0,0,500]]]',
        'w\t"bad shape"\t{"advanceWidth":500}',
        'a\t"label"\t"wide"',
        good.slice(0, 20),
      ].join('\n'),
    );
    const again = parsed();
    const back = wordLayoutsOf(again);
    for (const word of ['bad id', 'bad number', 'bad code point', 'bad shape'])
      expect(back[word], word).toBeUndefined();
    expect(back.good).toEqual(pdfkitRun(again, 'good'));
    expect(labelAdvancesOf(again).has('label')).toBe(false);
    expect(Object.keys(back)).toEqual(['good']);
  });

  it('writes a file past 2 MiB again with the words this process used', () => {
    const dir = cacheFolder();
    const first = parsed();
    (wordLayoutsOf(first) as Record<string, unknown>).seed = pdfkitRun(first, 'seed');
    saveShapedWords();
    const [file] = readdirSync(join(dir, 'shaped-words'));
    const path = join(dir, 'shaped-words', file!);
    const filler = Array.from({ length: 45_000 }, (_, i) => `w\t"filler ${i}"\t[572,[[68,572,[97],572,0,0,0,572]]]`);
    appendFileSync(path, `${filler.join('\n')}\n`);
    expect(readFileSync(path).length).toBeGreaterThan(2 * 1024 * 1024);

    const second = parsed();
    const words = wordLayoutsOf(second) as Record<string, unknown>;
    expect(words['filler 7']).toBeDefined();
    expect(words.seed).toEqual(pdfkitRun(second, 'seed'));
    words.fresh = pdfkitRun(second, 'fresh');
    saveShapedWords();
    const kept = readFileSync(path, 'utf8').trim().split('\n');
    expect(kept.map((line) => line.split('\t')[1]).sort()).toEqual(['"filler 7"', '"fresh"', '"seed"']);
    expect(wordLayoutsOf(parsed()).fresh).toEqual(pdfkitRun(second, 'fresh'));
  });

  it('keeps nothing on disk with PROFILES_CACHE_DIR=off', () => {
    const dir = cacheFolder();
    process.env.PROFILES_CACHE_DIR = 'off';
    const font = parsed();
    (wordLayoutsOf(font) as Record<string, unknown>).word = pdfkitRun(font, 'word');
    saveShapedWords();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a PDF is byte for byte the same built with an empty cache, a full one (words and templates), a damaged one and none', () => {
    const dir = cacheFolder();
    const { dir: out, remove } = temporaryFolder('profiles-shaping-out-');
    folders.push(remove);
    const data = join(ROOT, 'test', 'fixtures', 'profiles', 'hmd.yaml');
    const build = (name: string, cache: string) => {
      execFileSync(
        process.execPath,
        [join(ROOT, 'dist', 'cli', 'main.js'), 'build', '--data', data, '--out', join(out, name), '--lang', 'fr'],
        { env: { ...process.env, PROFILES_CACHE_DIR: cache }, stdio: 'pipe' },
      );
      return readFileSync(join(out, name, 'fr', 'hmd.pdf'));
    };
    const empty = build('empty', dir);
    const files = readdirSync(join(dir, 'shaped-words'));
    expect(files.length).toBeGreaterThan(0);
    // The compiled templates (src/layout/loadTemplates.ts) share the folder: the next build takes them from it.
    expect(readdirSync(join(dir, 'templates')).length).toBeGreaterThan(5);
    const full = build('full', dir);
    for (const file of files) {
      const path = join(dir, 'shaped-words', file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text.slice(0, Math.floor(text.length / 2))}\n["w","x",1,[[0,1,[120],1,0,0,0,1]]]\n`);
    }
    const damaged = build('damaged', dir);
    const none = build('none', 'off');
    expect(full.equals(empty)).toBe(true);
    expect(damaged.equals(empty)).toBe(true);
    expect(none.equals(empty)).toBe(true);
  });
});
