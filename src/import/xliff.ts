import { SaxesParser } from 'saxes';
import { DataError } from '../errors/index.js';

/** One text to translate: where it is, what it says, its translation when there is one. */
export interface TranslationUnit {
  /** The field path (data files) or label key path (locales) it comes from. */
  readonly path: readonly (string | number)[];
  readonly source: string;
  readonly target?: string | undefined;
  /** What tells the translator where the text goes (country, field, label). */
  readonly context: string;
}

/** One file of texts: a data file or a locale file, as the project names it. */
export interface TranslationFile {
  /** The file the texts go back to, relative to the project (data/mli.yaml, locales/es/profile.json). */
  readonly original: string;
  readonly units: readonly TranslationUnit[];
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * XLIFF 2.0 (OASIS, core only) of the texts to translate: one <file> per data or locale file
 * (its path in `original`), one <unit> per text with notes giving its context and its path,
 * the source text, and the current translation as target when there is one.
 */
export function writeXliff(files: readonly TranslationFile[], srcLang: string, trgLang: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(srcLang)}" trgLang="${escapeXml(trgLang)}">`,
  ];
  files.forEach((file, fileIndex) => {
    lines.push(`  <file id="f${fileIndex + 1}" original="${escapeXml(file.original)}">`);
    file.units.forEach((unit, unitIndex) => {
      lines.push(`    <unit id="u${unitIndex + 1}">`);
      lines.push('      <notes>');
      lines.push(`        <note category="context">${escapeXml(unit.context)}</note>`);
      lines.push(`        <note category="path">${escapeXml(JSON.stringify(unit.path))}</note>`);
      lines.push('      </notes>');
      lines.push('      <segment>');
      lines.push(`        <source xml:space="preserve">${escapeXml(unit.source)}</source>`);
      if (unit.target !== undefined)
        lines.push(`        <target xml:space="preserve">${escapeXml(unit.target)}</target>`);
      lines.push('      </segment>');
      lines.push('    </unit>');
    });
    lines.push('  </file>');
  });
  lines.push('</xliff>');
  return `${lines.join('\n')}\n`;
}

/** Reads an XLIFF 2.0 file written by writeXliff (and filled in by a translator's tool). */
export function readXliff(text: string, shown: string): { srcLang: string; trgLang: string; files: TranslationFile[] } {
  const parser = new SaxesParser({ xmlns: false, position: true, fileName: shown });
  let srcLang = '';
  let trgLang = '';
  const files: { original: string; units: TranslationUnit[] }[] = [];
  let unit: { path?: (string | number)[]; source?: string; target?: string; context: string } | undefined;
  let capture: 'source' | 'target' | 'path' | 'context' | undefined;
  let buffer = '';
  const fail = (reason: string) => {
    throw new DataError(
      'TRANSLATION_UNREADABLE',
      { reason },
      { file: shown, line: parser.line, column: parser.column },
    );
  };
  parser.on('error', (error) => fail(error.message));
  parser.on('opentag', (tag) => {
    const attr = (name: string) => String(tag.attributes[name] ?? '');
    if (tag.name === 'xliff') {
      if (attr('version') !== '2.0') fail(`not an XLIFF 2.0 file (version "${attr('version')}")`);
      srcLang = attr('srcLang');
      trgLang = attr('trgLang');
    } else if (tag.name === 'file') files.push({ original: attr('original'), units: [] });
    else if (tag.name === 'unit') unit = { context: '' };
    else if (tag.name === 'source' || tag.name === 'target') {
      capture = tag.name;
      buffer = '';
    } else if (tag.name === 'note' && (attr('category') === 'path' || attr('category') === 'context')) {
      capture = attr('category') as 'path' | 'context';
      buffer = '';
    } else if (capture === 'source' || capture === 'target') fail(`inline markup <${tag.name}> is not supported`);
  });
  parser.on('text', (chunk) => {
    if (capture) buffer += chunk;
  });
  parser.on('closetag', (tag) => {
    if (capture && (tag.name === 'source' || tag.name === 'target' || tag.name === 'note') && unit) {
      if (capture === 'path') {
        try {
          unit.path = JSON.parse(buffer) as (string | number)[];
        } catch {
          fail(`the path note of a unit is not a field path: ${buffer}`);
        }
      } else if (capture === 'context') unit.context = buffer;
      else unit[capture] = buffer;
      capture = undefined;
    } else if (tag.name === 'unit' && unit) {
      const file = files.at(-1);
      if (!file || !unit.path || unit.source === undefined) fail('a unit lacks its file, its path note or its source');
      file!.units.push({ path: unit.path!, source: unit.source!, target: unit.target, context: unit.context });
      unit = undefined;
    }
  });
  parser.write(text).close();
  if (trgLang === '') fail('the <xliff> element names no trgLang');
  return { srcLang, trgLang, files };
}
