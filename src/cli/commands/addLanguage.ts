import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError, UsageError } from '../../errors/index.js';
import { DRAFT_MARK } from '../../model/checkDrafts.js';
import { loadSeries } from '../../project/loadSeries.js';
import { displayPath } from '../../project/projectPaths.js';
import { DRAFT_FILE } from '../../project/readLocales.js';
import { writeAtomic } from '../../project/writeAtomic.js';
import { type Command, type CommandContext, contextPaths, languageList, parse } from '../command.js';
import { EXIT } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles add-language LANG [options]

Starts a language in draft: locales/<lang>/ made from a reference language, every label
marked as untranslated (TODO), and a DRAFT file that keeps it out of the way of the others.
A language in draft is built only when named (--lang es); the others build as before. Built
alone it fails with the list of what it lacks (labels and texts, with file and line); with
--draft it is built as it stands, the reference language standing in, with a DRAFT mark.
Delete locales/<lang>/DRAFT once everything is translated.

  --from LANG        the reference language (default: the first complete one)
  --json             print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help         this help

Exit codes: 0 created, 1 the language exists already, 2 wrong command line.`;

/** `profiles add-language`: a new language in draft. */
export const addLanguage: Command = { usage: USAGE, run: runAddLanguage };

async function runAddLanguage(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('add-language', args, {
    from: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [lang, ...rest] = languageList(positionals.join(','), 'add-language');
  if (lang === undefined || rest.length > 0)
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: 'give one language code: profiles add-language es',
      command: 'add-language',
    });
  const paths = contextPaths(context);
  const series = loadSeries(paths);
  const dir = join(paths.locales, lang);
  if (series.languages.includes(lang) || existsSync(dir))
    throw new BuildError('LANGUAGE_EXISTS', { lang, dir: displayPath(paths, dir) });
  const reference = values.from ?? series.complete[0]!;
  if (!series.complete.includes(reference))
    throw new BuildError('BUILD_UNKNOWN_LANGUAGE', { lang: reference, languages: series.complete });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let labels = 0;
  const mark = (value: unknown): unknown => {
    if (typeof value === 'string') {
      labels += 1;
      return `${DRAFT_MARK}: ${value}`;
    }
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mark(item)]));
    return value;
  };
  for (const [ns, tree] of Object.entries(series.locales.resources[reference] ?? {})) {
    if (ns === 'countries') continue; // names: CLDR's until the EU Style Guide names are listed
    const file = join(dir, `${ns}.json`);
    writeAtomic(file, `${JSON.stringify(mark(tree), null, 2)}\n`);
    files.push(displayPath(paths, file));
  }
  const marker = join(dir, DRAFT_FILE);
  writeFileSync(
    marker,
    `${lang} is a language in draft, made from ${reference} by "profiles add-language ${lang}".\n` +
      `It is built only when named (--lang ${lang}); delete this file once every label and text is translated.\n`,
  );
  files.push(displayPath(paths, marker));
  if (values.json)
    return printResult(context, { command: 'add-language', exitCode: EXIT.ok, lang, reference, files, labels });
  context.stderr(
    `created ${displayPath(paths, dir)} from ${reference}: ${labels} label(s) to translate (they start with ${DRAFT_MARK})`,
  );
  context.stderr(
    `country names in ${lang}: CLDR's until locales/${lang}/countries.json lists the EU Style Guide names`,
  );
  context.stderr(
    `next: profiles build --lang ${lang} lists what is missing; --draft builds it as it stands; profiles translate export --lang ${lang} gives translators a file`,
  );
  return EXIT.ok;
}
