import { colorOf, type Theme } from '../document/theme.js';
import { escapeAttribute, escapeText } from '../html/escape.js';
import type { EditionFigures, FigureId } from './figures.js';

/** The words of the series index, in its language. */
export interface IndexLabels {
  readonly title: string;
  readonly intro: string;
  readonly country: string;
  readonly edition: string;
  readonly editions: string;
  readonly htmlEdition: string;
  readonly pdfEdition: string;
  readonly sortHint: string;
  readonly data: string;
  /** The headings of the key figures' columns. */
  readonly figures: Readonly<Partial<Record<FigureId, string>>>;
}

/** A profile in the index: how its edition prints its figures, and the raw values to sort by. */
export interface IndexRow {
  readonly country: string;
  readonly figures: EditionFigures;
  /** YYYY-MM. */
  readonly edition: string;
  readonly values: Readonly<Partial<Record<FigureId, number | null>>>;
}

/** The key figures the index shows, in this order. */
export const KEY_FIGURES: readonly FigureId[] = [
  'emigration.shareOfPopulation',
  'emigration.inEu',
  'remittances.shareOfGdp',
  'remittances.usdMillions',
];

/**
 * The series index of one language: every profile with its edition date and key figures in a
 * table sorted by country name, linking to both editions. A small script lets the column
 * headings sort the table (as buttons, with aria-sort); without it the table is still there.
 */
export function seriesIndex(
  rows: readonly IndexRow[],
  lang: string,
  labels: IndexLabels,
  theme: Theme,
  fontFaces: string,
): string {
  const c = (name: string) => colorOf(theme, name);
  const collator = new Intl.Collator(lang);
  const sorted = [...rows].sort((a, b) => collator.compare(a.figures.name, b.figures.name));
  const head = [
    `<th scope="col" aria-sort="ascending" data-type="text">${escapeText(labels.country)}</th>`,
    `<th scope="col" data-type="text">${escapeText(labels.edition)}</th>`,
    ...KEY_FIGURES.map((id) => `<th scope="col" data-type="number">${escapeText(labels.figures[id] ?? id)}</th>`),
    `<th scope="col">${escapeText(labels.editions)}</th>`,
  ].join('');
  const body = sorted
    .map((row) => {
      const iso = row.country.toLowerCase();
      const cells = [
        `<th scope="row" data-sort="${escapeAttribute(row.figures.name)}">${escapeText(row.figures.name)}</th>`,
        `<td data-sort="${escapeAttribute(row.edition)}">${escapeText(row.figures.edition)}</td>`,
        ...KEY_FIGURES.map((id) => {
          const value = row.values[id];
          return `<td class="num" data-sort="${value ?? ''}">${escapeText(row.figures.figures[id])}</td>`;
        }),
        `<td><a href="${escapeAttribute(`${iso}.html`)}">${escapeText(labels.htmlEdition)}<span class="visually-hidden"> ${escapeText(row.figures.name)}</span></a> ` +
          `<a href="${escapeAttribute(`${iso}.pdf`)}">${escapeText(labels.pdfEdition)}<span class="visually-hidden"> ${escapeText(row.figures.name)}</span></a></td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const css = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:"${theme.fonts.body}",sans-serif;color:${c('text')};background:${c('page')};line-height:1.4}
header{background:${c('brand')};color:${c('brandText')};padding:1.5rem 1rem}
header h1{margin:0;font-size:clamp(1.6rem,6vw,2.4rem);text-transform:uppercase;letter-spacing:.03em}
main{max-width:72rem;margin:0 auto;padding:1rem}
a{color:${c('link')}}
a:focus-visible,button:focus-visible{outline:3px solid ${c('brand')};outline-offset:2px}
.table{position:relative;overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;padding:.5rem 0;color:${c('muted')}}
th,td{text-align:left;padding:.45rem .75rem .45rem 0;border-bottom:1px solid ${c('rule')};vertical-align:top}
thead th{color:${c('brand')};font-size:.85rem;vertical-align:bottom}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td a{display:inline-block;min-height:24px;min-width:24px;padding:.15rem 0;margin-right:.75rem;white-space:nowrap}
th button{font:inherit;color:inherit;background:none;border:0;padding:0;text-align:inherit;cursor:pointer;text-decoration:underline}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{th button{text-decoration:none}.table{overflow:visible}}
`.trimStart();
  return (
    `<!doctype html>\n<html lang="${escapeAttribute(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeText(labels.title)}</title>\n` +
    `<meta name="generator" content="diaspora-profiles">\n<style>\n${fontFaces}\n${css}</style>\n</head>\n<body>\n` +
    `<header><h1>${escapeText(labels.title)}</h1></header>\n<main>\n<p>${escapeText(labels.intro)}</p>\n` +
    `<div class="table" role="region" aria-labelledby="caption" tabindex="0"><table id="profiles"><caption id="caption">${escapeText(labels.sortHint)}</caption>\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>\n` +
    `<p><a href="../data/profiles.json">profiles.json</a> · <a href="../data/figures.csv">figures.csv</a> – ${escapeText(labels.data)}</p>\n` +
    `</main>\n<script>\n${SORT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}

/** Makes the column headings buttons that sort the table (numbers as numbers, empty last). */
const SORT_SCRIPT = `(function () {
  var table = document.getElementById('profiles');
  var heads = table.tHead.rows[0].cells;
  var collator = new Intl.Collator(document.documentElement.lang);
  Array.prototype.forEach.call(heads, function (th, column) {
    var type = th.getAttribute('data-type');
    if (!type) return;
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var order = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', order);
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) { return row.cells[column].getAttribute('data-sort') || ''; };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (type === 'number') {
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
          return order === 'ascending' ? x - y : y - x;
        }
        return order === 'ascending' ? collator.compare(x, y) : collator.compare(y, x);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
`;
