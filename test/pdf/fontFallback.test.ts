import { describe, expect, it } from 'vitest';
import { applyFontFallback } from '../../src/pdf/applyFontFallback.js';
import { projectEnvironment } from '../helpers/project.js';

const env = projectEnvironment();
const chain = { body: env.theme.fonts.body, fallbacks: env.theme.fonts.fallbacks };

describe('font fallback', () => {
  it('gives symbols a covering font and keeps the run properties', () => {
    expect(applyFontFallback({ text: ['Oui ✓ ', { text: '♂ 59,6 %', bold: true }] }, env.fonts, chain)).toEqual({
      text: [
        'Oui ',
        { text: '✓', font: 'Noto Sans Symbols 2' },
        ' ',
        { text: '♂', bold: true, font: 'Noto Sans Symbols' },
        { text: ' 59,6 %', bold: true },
      ],
    });
  });

  it('leaves text the body font covers untouched, French typography included', () => {
    const text = 'Côte d’Ivoire « œuvre » 403\u202f646 – n.d.';
    expect(applyFontFallback({ text }, env.fonts, chain)).toEqual({ text });
  });

  it('fails clearly on a character no font covers', () => {
    expect(() => applyFontFallback({ text: 'Mali 马里' }, env.fonts, chain)).toThrow(
      'no font of the project can print 马 里 (U+9A6C, U+91CC)',
    );
  });

  it('covers every character of the data and the locales', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers/project.js');
    const { uncoveredCharacters } = await import('../../src/pdf/applyFontFallback.js');
    const texts = [readFileSync(join(ROOT, 'data', 'mli.yaml'), 'utf8')];
    for (const lang of readdirSync(join(ROOT, 'locales'))) {
      for (const file of readdirSync(join(ROOT, 'locales', lang)))
        texts.push(JSON.parse(JSON.stringify(readFileSync(join(ROOT, 'locales', lang, file), 'utf8'))));
    }
    const marks = Object.values(env.theme.marks).join('');
    expect(uncoveredCharacters(texts.join('') + marks, env.fonts, chain)).toEqual([]);
  });
});
