import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localise } from '../../src/i18n/localise.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { type Block, parseInline, parseProse, proseInlines } from '../../src/model/parseProse.js';
import { projectEnvironment, ROOT } from '../helpers/project.js';

/** Prose is parsed once, by the loader (for its checks); localise reuses that parse in every language. */
const env = projectEnvironment();
const file = join(ROOT, 'data', 'mli.yaml');
const loaded = loadProfile(readFileSync(file, 'utf8'), file, env.series);
const trend = loaded.profile.trends[0] as Record<'fr' | 'en', string>;

describe('prose parsed once', () => {
  it('the loader keeps the parse of every prose text of every language', () => {
    expect(loaded.prose.get(trend.fr)).toEqual(parseProse(trend.fr));
    expect(loaded.prose.get(trend.en)).toEqual(parseProse(trend.en));
  });

  it.each(['fr', 'en'])('localise in %s prints the same from the loader’s parse as from parsing again', (lang) => {
    expect(localise(loaded.profile, env.tools(lang), loaded.prose)).toEqual(localise(loaded.profile, env.tools(lang)));
  });

  it('localise takes the loader’s parse rather than parsing again', () => {
    const marked: Block[] = [{ type: 'paragraph', children: [{ type: 'text', text: 'FROM THE LOADER' }] }];
    const index = new Map([...loaded.prose, [trend.en, marked]]);
    const edition = localise(loaded.profile, env.tools('en'), index);
    expect(JSON.stringify(edition)).toContain('FROM THE LOADER');
  });

  it('a one-line text reads the same as inline prose from its parse, and is parsed again otherwise', () => {
    for (const source of [
      '**Bold** and [a link](https://example.org)',
      ' padded ',
      '- a list item',
      'two\nlines',
      '',
    ]) {
      const index = new Map([[source, parseProse(source)]]);
      expect(proseInlines(source, index), JSON.stringify(source)).toEqual(parseInline(source));
    }
  });
});
