import { describe, expect, it } from 'vitest';
import { formatWhen } from '../../src/i18n/formatWhen.js';
import { NNBSP } from '../../src/i18n/typography.js';
import { projectEnvironment } from '../helpers/project.js';

const env = projectEnvironment();
const when = (lang: string, data: Parameters<typeof formatWhen>[0]) => {
  const { formatters, translator } = env.tools(lang);
  const view = formatWhen(data, formatters, translator);
  return { text: view.text?.replaceAll(NNBSP, '⍽') ?? null, revised: view.revised?.replaceAll(NNBSP, '⍽') ?? null };
};

describe('dates of timeline entries and practices', () => {
  it('prints a year, a month, a period and an open period', () => {
    expect(when('fr', { year: 2018 }).text).toBe('2018');
    expect(when('fr', { month: '2016-03' }).text).toBe('mars 2016');
    expect(when('en', { month: '2016-03' }).text).toBe('Mar 2016');
    expect(when('fr', { from: 2009, to: 2025 }).text).toBe('2009–2025');
    expect(when('en', { from: '2016-03', to: '2019-06' }).text).toBe('Mar 2016 – Jun 2019');
    expect(when('fr', { from: 2009 }).text).toBe('depuis 2009');
    expect(when('en', { from: 2009 }).text).toBe('since 2009');
    expect(when('en', { from: 2020, to: 2020 }).text).toBe('2020');
  });

  it('prints revisions after the date, with French typography', () => {
    expect(when('fr', { year: 2018, revised: [2023] })).toEqual({ text: '2018', revised: 'Révision⍽: 2023' });
    expect(when('fr', { year: 2018, revised: [2021, 2023] }).revised).toBe('Révisions⍽: 2021 et 2023');
    expect(when('en', { year: 2018, revised: [2021, '2023-05'] }).revised).toBe('Revised: 2021 and May 2023');
  });

  it('prints nothing for a practice with no date', () => {
    expect(when('en', {})).toEqual({ text: null, revised: null });
  });
});
