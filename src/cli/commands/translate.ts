import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { BuildError, DataError, type ProfileError, profileErrorsOf, UsageError } from '../../errors/index.js';
import { planMapEdits, type TextEdit } from '../../import/planTextEdits.js';
import { readXliff, type TranslationFile, type TranslationUnit, writeXliff } from '../../import/xliff.js';
import { isDraftText } from '../../model/checkDrafts.js';
import { TRANSLATIONS_FILE, type TranslationRecord, textFingerprint } from '../../model/checkTranslations.js';
import { texts } from '../../model/draftLanguage.js';
import { formatPath } from '../../model/parseYaml.js';
import { findDataFiles } from '../../project/findDataFiles.js';
import { loadSeries } from '../../project/loadSeries.js';
import { displayPath } from '../../project/projectPaths.js';
import { readProfileFile } from '../../project/readProfileFile.js';
import { writeAtomic } from '../../project/writeAtomic.js';
import { type Command, type CommandContext, contextPaths, languageList, parse } from '../command.js';
import { EXIT, printErrors } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles translate export --lang LANG [--from LANG] [options]
       profiles translate import FILE [options]

The translators' round trip, in XLIFF 2.0 (any CAT tool reads it: OmegaT, Trados, memoQ, Poedit…).

export   every text of every data file and every label of locales/, in the reference language
         (--from, default: the first complete language), with its translation into LANG when there
         is one; each with its context (country and field, or label key) and its path
import   writes the translations of the file back in place: into the data files (beside the other
         languages of each text: comments, key order and formatting stay) and locales/<lang>/;
         a text whose source changed since the export is not written, and is listed

  --lang LANG        export: the language to translate into
  --from LANG        export: the language to translate from
  --data FILE|DIR    the data files (default: data/)
  --out FILE         export: where the XLIFF goes (default: translations/<lang>.xlf)
  --json             print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help         this help

Exit codes: 0 done, 1 a file could not be read or written (or texts were skipped), 2 wrong command line.`;

/** `profiles translate`: XLIFF 2.0 out to translators and back in. */
export const translate: Command = { usage: USAGE, run: runTranslate };

async function runTranslate(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('translate', args, {
    lang: { type: 'string' },
    from: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [action, ...rest] = positionals;
  const usage = (detail: string) => new UsageError('USAGE_BAD_OPTION', { detail, command: 'translate' });
  const paths = contextPaths(context);
  const shown = (file: string) => displayPath(paths, file);
  const series = loadSeries(paths);
  const data = resolve(context.cwd, values.data ?? 'data');
  if (action === 'export') {
    if (rest.length > 0) throw usage('export takes no file: profiles translate export --lang es');
    const [lang] = languageList(values.lang, 'translate');
    if (lang === undefined) throw usage('name the language to translate into: --lang es');
    const from = values.from ?? series.complete.find((other) => other !== lang) ?? series.languages[0]!;
    for (const code of [lang, from])
      if (!series.languages.includes(code))
        throw new BuildError('BUILD_UNKNOWN_LANGUAGE', { lang: code, languages: series.languages });
    const files: TranslationFile[] = [];
    for (const dataFile of findDataFiles(data)) {
      const loaded = readProfileFile(dataFile.file, shown(dataFile.file), series);
      const units: TranslationUnit[] = [];
      for (const { path, prose } of texts(loaded.profile, series.languages, from)) {
        const target = prose[lang];
        units.push({
          path: path as (string | number)[],
          source: prose[from]!,
          target: target === undefined || isDraftText(target) ? undefined : target,
          context: `${dataFile.country}: ${formatPath(path)}`,
        });
      }
      files.push({ original: shown(dataFile.file), units });
    }
    for (const [ns, tree] of Object.entries(series.locales.resources[from] ?? {})) {
      if (ns === 'countries') continue;
      const own = series.locales.resources[lang]?.[ns];
      const units: TranslationUnit[] = [];
      const walk = (node: unknown, path: string[]) => {
        if (typeof node === 'string') {
          const target = valueAt(own, path);
          units.push({
            path,
            source: node,
            target: typeof target === 'string' && !isDraftText(target) ? target : undefined,
            context: `label ${ns}:${path.join('.')}`,
          });
        } else if (node !== null && typeof node === 'object')
          for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
      };
      walk(tree, []);
      files.push({ original: shown(join(paths.locales, lang, `${ns}.json`)), units });
    }
    const out = resolve(context.cwd, values.out ?? join('translations', `${lang}.xlf`));
    writeAtomic(out, writeXliff(files, from, lang));
    const count = files.reduce((sum, file) => sum + file.units.length, 0);
    const untranslated = files.reduce(
      (sum, file) => sum + file.units.filter((unit) => unit.target === undefined).length,
      0,
    );
    if (values.json)
      return printResult(context, {
        command: 'translate',
        exitCode: EXIT.ok,
        action: 'export',
        file: shown(out),
        lang,
        from,
        units: count,
        untranslated,
        written: [],
      });
    context.stderr(
      `wrote ${shown(out)}: ${count} text(s) from ${from} to ${lang}, ${untranslated} without a translation yet`,
    );
    return EXIT.ok;
  }
  if (action === 'import') {
    if (rest.length !== 1) throw usage('name the XLIFF file: profiles translate import translations/es.xlf');
    const input = resolve(context.cwd, rest[0]!);
    let text: string;
    try {
      text = readFileSync(input, 'utf8');
    } catch (error) {
      throw new DataError(
        'TRANSLATION_UNREADABLE',
        { reason: (error as NodeJS.ErrnoException).code ?? String(error) },
        { file: shown(input) },
      );
    }
    const xliff = readXliff(text, shown(input));
    const lang = xliff.trgLang;
    if (!series.languages.includes(lang))
      throw new BuildError('BUILD_UNKNOWN_LANGUAGE', { lang, languages: series.languages });
    const errors: ProfileError[] = [];
    const written: { file: string; texts: number }[] = [];
    // translations.json beside the data files: which source text each translation was made from
    const records = new Map<string, TranslationRecord>();
    const recordFor = (file: string) => {
      const path = join(dirname(file), TRANSLATIONS_FILE);
      let record = records.get(path);
      if (!record) {
        record = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as TranslationRecord) : {};
        records.set(path, record);
      }
      return record;
    };
    let units = 0;
    for (const file of xliff.files) {
      const target = resolve(context.cwd, file.original);
      const translated = file.units.filter((unit) => unit.target !== undefined && unit.target.trim() !== '');
      units += translated.length;
      if (translated.length === 0) continue;
      try {
        const count = file.original.endsWith('.json')
          ? importLabels(target, translated)
          : importTexts(target, shown(target), translated, xliff.srcLang, lang, errors, recordFor(target));
        if (count > 0) written.push({ file: shown(target), texts: count });
      } catch (error) {
        const found = profileErrorsOf(error);
        if (found.length === 0) throw error;
        errors.push(...found);
      }
    }
    for (const [path, record] of records) writeAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
    const exitCode = errors.length > 0 ? EXIT.failed : EXIT.ok;
    if (values.json)
      return printResult(context, {
        command: 'translate',
        exitCode,
        action: 'import',
        file: shown(input),
        lang,
        from: xliff.srcLang,
        units,
        untranslated: 0,
        written,
        errors,
      });
    printErrors(context, errors);
    for (const entry of written) context.stderr(`wrote ${entry.texts} ${lang} text(s) into ${entry.file}`);
    return exitCode;
  }
  throw usage('say what to do: profiles translate export --lang es, or profiles translate import FILE');
}

/** Writes translated texts beside the other languages of each text, in place (comments and order stay). */
function importTexts(
  file: string,
  shown: string,
  units: readonly TranslationUnit[],
  from: string,
  lang: string,
  errors: ProfileError[],
  record: TranslationRecord,
): number {
  const recorded: { path: string; source: string }[] = [];
  if (!existsSync(file)) throw new DataError('DATA_UNREADABLE', { reason: 'ENOENT' }, { file: shown });
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text, { keepSourceTokens: true });
  const edits: TextEdit[] = [];
  for (const unit of units) {
    const map = doc.getIn(unit.path, true);
    const current = isMap(map) ? map.get(from) : undefined;
    if (!isMap(map) || current !== unit.source) {
      errors.push(
        new DataError(
          'TRANSLATION_SOURCE_CHANGED',
          { original: `${shown} ${formatPath(unit.path)}` },
          { file: shown, path: formatPath(unit.path) },
        ),
      );
      continue;
    }
    // After the map's last language, or in place of the language's own text; the others are left as written.
    const keys = map.items.map((pair) => String((pair.key as { value?: unknown })?.value));
    const last = keys.filter((key) => key !== lang).at(-1);
    const anchor: [string, string][] = last === undefined ? [] : [[last, String(map.get(last))]];
    recorded.push({ path: formatPath(unit.path), source: unit.source });
    edits.push(
      ...(keys.includes(lang)
        ? planMapEdits(text, map, [[lang, unit.target!]])
        : planMapEdits(text, map, [...anchor, [lang, unit.target!]]).filter((edit) => edit.start === edit.end)),
    );
  }
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  if (result !== text) writeAtomic(file, result);
  // Remember what each translation was made from: profiles check flags it when that text changes.
  const country = String(doc.get('country') ?? '');
  record[lang] ??= {};
  const byCountry = record[lang];
  byCountry[country] ??= {};
  const fields = byCountry[country];
  for (const { path, source } of recorded) fields[path] = { from, source: textFingerprint(source) };
  return edits.length;
}

/** Writes translated labels into a locale file, keeping its key order. */
function importLabels(file: string, units: readonly TranslationUnit[]): number {
  const labels = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  for (const unit of units) {
    let node = labels;
    const keys = unit.path.map(String);
    for (const key of keys.slice(0, -1)) {
      if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1)!] = unit.target;
  }
  writeAtomic(file, `${JSON.stringify(labels, null, 2)}\n`);
  return units.length;
}

function valueAt(tree: unknown, path: readonly string[]): unknown {
  let node = tree;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
