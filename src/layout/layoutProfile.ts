import type { Translator } from '../i18n/createTranslator.js';
import type { Edition } from '../i18n/edition.js';
import { toInlines } from '../i18n/toRich.js';
import { escapeProse } from '../model/parseProse.js';
import { LINK_PATTERN } from '../model/schema.js';
import type { LayoutDocument, NoteDefinition } from './layoutNode.js';
import type { TemplateSet } from './loadTemplates.js';
import { parseMarkup } from './parseMarkup.js';
import { serializeBlocksInline } from './serializeRich.js';
import { ROOT } from './vocabulary.js';

/**
 * Renders the templates for an edition and parses the markup into a LayoutDocument:
 * the layout tree, the footnote definitions and the document metadata.
 */
export function layoutProfile(edition: Edition, templates: TemplateSet, translator: Translator): LayoutDocument {
  const label = (key: string, params: Readonly<Record<string, string | number>> = {}) =>
    toInlines(translator.t(key, escapeParams(params)), edition.lang);
  const markup = templates.render(edition, { label });
  const root = parseMarkup(markup, { file: templates.rootFile, line: 1 });
  return { root, notes: layoutNotes(edition), meta: documentMeta(edition, translator) };
}

/**
 * Values put into a label are text, not formatting: a source name from a data file ("Stats *Office*")
 * prints as typed. Web addresses are left alone, for labels that make a link of them.
 */
function escapeParams(params: Readonly<Record<string, string | number>>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && !LINK_PATTERN.test(value) ? escapeProse(value) : value,
    ]),
  );
}

/** Footnote texts as inline layout nodes, parsed like any other markup. */
function layoutNotes(edition: Edition): Record<string, NoteDefinition> {
  const notes: Record<string, NoteDefinition> = {};
  for (const [id, note] of Object.entries(edition.footnotes)) {
    const markup = `<${ROOT}><p>${serializeBlocksInline(note.text)}</p></${ROOT}>`;
    const paragraph = parseMarkup(markup, { file: `footnote ${id}`, line: 1 }).children[0];
    notes[id] = { content: paragraph && paragraph.kind === 'element' ? paragraph.children : [], url: note.url };
  }
  return notes;
}

function documentMeta(edition: Edition, translator: Translator): LayoutDocument['meta'] {
  const plain = (key: string, params: Record<string, string> = {}) =>
    toInlines(translator.t(key, params), edition.lang)
      .map((inline) => (inline.type === 'text' ? inline.text : ''))
      .join('');
  const series = plain('series.title');
  const country = edition.country.name;
  return {
    lang: edition.lang,
    title: plain('meta.title', { series, country }),
    author: [edition.credits.writtenBy, edition.credits.editedBy].join(', '),
    subject: plain('meta.subject', { country }),
    keywords: plain('meta.keywords', { country }),
    date: edition.credits.updatedMonth,
    header: plain('page.header', { series: plain('series.short'), country }),
    footer: plain('page.edition', { series, country, date: edition.credits.updated ?? edition.credits.firstPublished }),
    pageNumber: translator.t('page.number', { page: '{{page}}', pages: '{{pages}}' }),
    continued: plain('notes.continued', { note: '{{note}}' }),
    noteReference: plain('notes.reference', { note: '{{note}}' }),
  };
}
