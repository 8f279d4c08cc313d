import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { profileErrorsOf } from '../../src/errors/index.js';
import { buildProfile } from '../../src/pipeline/buildProfile.js';
import { loadEnvironment, type ProjectPaths } from '../../src/pipeline/loadEnvironment.js';
import { readProfileFile } from '../../src/project/readProfileFile.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/**
 * Broken templates, locales and fonts: each gives an error naming the file (and the line for
 * templates), never a crash and never a PDF.
 */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function project(edit: (root: string) => void): ProjectPaths {
  const folder = temporaryFolder();
  cleanup = folder.remove;
  for (const part of ['templates', 'locales', 'fonts'])
    cpSync(join(ROOT, part), join(folder.dir, part), { recursive: true });
  edit(folder.dir);
  return {
    root: folder.dir,
    shownFrom: folder.dir,
    templates: join(folder.dir, 'templates'),
    locales: join(folder.dir, 'locales'),
    fonts: join(folder.dir, 'fonts'),
  };
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

async function failure(paths: ProjectPaths): Promise<string[]> {
  try {
    const env = loadEnvironment(paths);
    const loaded = readProfileFile(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), 'bvt.yaml', env.series);
    await buildProfile(env, loaded, 'en');
  } catch (error) {
    const errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
    return errors.map((e) => e.format());
  }
  throw new Error('the build succeeded');
}

const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('broken templates, locales and fonts', () => {
  it('an unknown element names the template file and line', async () => {
    const paths = project((root) => replaceIn(join(root, 'templates/partials/facts.hbs'), '<tiles>', '<tyles>'));
    const line = lineOf(join(paths.templates, 'partials/facts.hbs'), '<tyles>');
    expect(await failure(paths)).toEqual([
      `templates/partials/facts.hbs:${line}: <tyles> is not a layout element [MARKUP_UNKNOWN_ELEMENT]\n  hint: did you mean <tiles>?`,
    ]);
  });

  it('an element left open names the template file and line', async () => {
    const paths = project((root) => replaceIn(join(root, 'templates/partials/obstacles.hbs'), '</list>', ''));
    const line = lineOf(join(paths.templates, 'partials/obstacles.hbs'), '<list>');
    expect((await failure(paths))[0]).toBe(
      `templates/partials/obstacles.hbs:${line}: the layout markup is broken: <list> is never closed [MARKUP_SYNTAX]\n  hint: every element opened in a template must be closed (<p>…</p>) or self-closed (<chart id="…"/>)`,
    );
  });

  it('broken Handlebars names the template file and line', async () => {
    const paths = project((root) => replaceIn(join(root, 'templates/partials/trends.hbs'), '{{/if}}', ''));
    expect((await failure(paths))[0]).toMatch(
      /^templates\/partials\/trends\.hbs:\d+: the template cannot be read: .+ \[TEMPLATE_SYNTAX\]/,
    );
  });

  it('a misspelt field in a template is an error, not an empty string', async () => {
    const paths = project((root) =>
      replaceIn(join(root, 'templates/partials/title.hbs'), '{{country.name}}', '{{country.nmae}}'),
    );
    expect((await failure(paths))[0]).toContain('the field "nmae" does not exist');
  });

  it('a label missing in one language names the locale file', async () => {
    const paths = project((root) =>
      replaceIn(join(root, 'locales/fr/profile.json'), '"title": "Obstacles"', '"titre": "Obstacles"'),
    );
    expect(await failure(paths)).toContain(
      'locales/fr/profile.json: the label "profile:obstacles.title" is missing in language "fr" [LOCALE_MISSING_KEY]\n  hint: add it to locales/fr/; locales/en/ has it',
    );
  });

  it('a label a template needs but no language has is an error at build', async () => {
    const paths = project((root) =>
      replaceIn(join(root, 'templates/partials/obstacles.hbs'), '{{t "obstacles.title"}}', '{{t "obstacles.heading"}}'),
    );
    expect((await failure(paths))[0]).toContain('the label "obstacles.heading" is missing in language "en"');
  });

  it('a missing font file names the family, the style and the file', async () => {
    const paths = project((root) => rmSync(join(root, 'fonts/NotoSans-Bold.ttf')));
    expect((await failure(paths))[0]).toMatch(
      /fonts\.json: the font file for Noto Sans \(bold\) is missing: .*NotoSans-Bold\.ttf \[FONT_MISSING\]/,
    );
  });

  it('a theme with an unknown colour name names the line and the setting', async () => {
    const paths = project((root) =>
      replaceIn(
        join(root, 'templates/theme.yaml'),
        'color: muted, lineHeight: 1.3, spaceBefore: 2',
        'color: mutted, lineHeight: 1.3, spaceBefore: 2',
      ),
    );
    const line = lineOf(join(paths.templates, 'theme.yaml'), 'mutted');
    expect((await failure(paths))[0]).toMatch(
      new RegExp(
        `^templates/theme\\.yaml:${line}:\\d+ styles\\.source\\.color: the theme is invalid: not a colour name`,
      ),
    );
  });
});

describe('damaged font files', () => {
  it.each([
    ['regular', 'NotoSans-Regular.ttf'],
    ['bold', 'NotoSans-Bold.ttf'],
    ['bold italic', 'NotoSans-BoldItalic.ttf'],
  ])('a truncated %s font is FONT_UNREADABLE naming the file', async (_, name) => {
    const paths = project((root) => {
      const file = join(root, 'fonts', name);
      const bytes = readFileSync(file);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    });
    const [first] = await failure(paths);
    expect(first).toMatch(
      new RegExp(
        `fonts/${name.replace('.', '\\.')}: the font file .*fonts/${name.replace('.', '\\.')} cannot be read: the file is cut short: its table "\\S+" ends at byte \\d+, but the file has \\d+ bytes \\[FONT_UNREADABLE\\]`,
      ),
    );
  });

  it('a font file that is not a font is FONT_UNREADABLE naming the file', async () => {
    const paths = project((root) => writeFileSync(join(root, 'fonts', 'NotoSans-Italic.ttf'), 'not a font'));
    expect((await failure(paths))[0]).toMatch(/NotoSans-Italic\.ttf cannot be read: .+ \[FONT_UNREADABLE\]/);
  });
});

describe('a FIFO in the project folders is refused at once, never waited on', () => {
  it('in place of the theme', async () => {
    const paths = project((root) => {
      rmSync(join(root, 'templates', 'theme.yaml'));
      execFileSync('mkfifo', [join(root, 'templates', 'theme.yaml')]);
    });
    expect(await failure(paths)).toEqual([
      'templates/theme.yaml: the theme is invalid: cannot read it: not a regular file but a named pipe (FIFO) [THEME_INVALID]\n  hint: colours are "#rrggbb", sizes are numbers in points',
    ]);
  });

  it('in place of a locale file', async () => {
    const paths = project((root) => {
      rmSync(join(root, 'locales', 'en', 'profile.json'));
      execFileSync('mkfifo', [join(root, 'locales', 'en', 'profile.json')]);
    });
    expect((await failure(paths))[0]).toMatch(
      /profile\.json: cannot read the locale file: not a regular file but a named pipe \(FIFO\) \[LOCALE_UNREADABLE\]/,
    );
  });
  it('in place of a partial template', async () => {
    const paths = project((root) => {
      rmSync(join(root, 'templates', 'partials', 'trends.hbs'));
      execFileSync('mkfifo', [join(root, 'templates', 'partials', 'trends.hbs')]);
    });
    expect((await failure(paths))[0]).toMatch(
      /^templates\/partials\/trends\.hbs: cannot read the template: not a regular file but a named pipe \(FIFO\) \[TEMPLATE_UNREADABLE\]/,
    );
  });

  it('in place of the font list', async () => {
    const paths = project((root) => {
      rmSync(join(root, 'fonts', 'fonts.json'));
      execFileSync('mkfifo', [join(root, 'fonts', 'fonts.json')]);
    });
    expect((await failure(paths))[0]).toMatch(
      /fonts\.json.*not a regular file but a named pipe \(FIFO\).*\[FONT_UNREADABLE\]/s,
    );
  });

  it('in place of a font file', async () => {
    const paths = project((root) => {
      rmSync(join(root, 'fonts', 'NotoSans-Regular.ttf'));
      execFileSync('mkfifo', [join(root, 'fonts', 'NotoSans-Regular.ttf')]);
    });
    expect((await failure(paths))[0]).toMatch(
      /NotoSans-Regular\.ttf cannot be read: not a regular file but a named pipe \(FIFO\) \[FONT_UNREADABLE\]/,
    );
  });
});
