import type { ExportChange } from './diffExport.js';
import type { DataChange, EditionChange, PageChange, UpdateReport } from './updateReport.js';

/** Where a page's side-by-side picture is found: a data URI or a path relative to the report. */
export type ImageSource = (edition: EditionChange, page: PageChange) => string;

/**
 * The update report as one HTML page an editor opens in any browser: a summary, the data
 * changes (old → new), then each changed edition with, per changed page, the old and new page
 * side by side (changed regions outlined) and the text lines removed and added.
 * No script, no external resource: the page works offline and from an e-mail attachment.
 */
export function renderReportHtml(
  report: UpdateReport,
  image: ImageSource,
  shown: (file: string) => string = (file) => file,
): string {
  const changed = report.editions.filter((edition) => edition.status !== 'unchanged');
  const pages = changed.reduce((sum, edition) => sum + edition.pages.length, 0);
  const title =
    changed.length === 0 && report.data.length === 0 && (report.exported ?? []).length === 0
      ? 'No change'
      : `${pages} page(s) changed in ${changed.length} edition(s)`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Update report: ${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Update report <span>${escapeHtml(title)}</span></h1>
<p class="paths"><b>before</b> ${escapeHtml(shown(report.before))}<br><b>after</b> ${escapeHtml(shown(report.after))}${report.dataFiles ? `<br><b>data</b> ${escapeHtml(shown(report.dataFiles.before))} → ${escapeHtml(shown(report.dataFiles.after))}` : ''}</p>
<p class="settings">Pages are compared at ${report.settings.dpi} dpi. A page counts as changed when more than ${report.settings.minChangedPixels} pixel(s) differ by more than pixelmatch's threshold ${report.settings.threshold}, or when a line of its text was added or removed. Outlined boxes surround the changed pixels.</p>
</header>
<main>
${renderOverview(report.editions)}
${report.dataFiles ? renderData(report.data) : ''}${report.exported ? renderExport(report.exported) : ''}
${changed.map((edition) => renderEdition(edition, image)).join('\n')}
</main>
</body>
</html>
`;
}

function renderOverview(editions: readonly EditionChange[]): string {
  const rows = editions.map((edition) => {
    const links = edition.pages.map((page) => `<a href="#${anchor(edition, page)}">${page.page}</a>`).join(' ');
    const count =
      edition.pagesBefore === edition.pagesAfter
        ? `${edition.pagesAfter ?? '–'}`
        : `${edition.pagesBefore ?? '–'} → ${edition.pagesAfter ?? '–'}`;
    return `<tr class="${edition.status}"><td>${escapeHtml(edition.country)}</td><td>${escapeHtml(edition.lang)}</td><td><span class="badge ${edition.status}">${edition.status}</span></td><td>${count}</td><td>${links || '–'}</td></tr>`;
  });
  return `<section class="overview"><h2>Editions</h2>
<table><thead><tr><th>Profile</th><th>Language</th><th>Status</th><th>Pages</th><th>Changed pages</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></section>`;
}

function renderData(changes: readonly DataChange[]): string {
  if (changes.length === 0)
    return '<section class="data"><h2>Data changes</h2><p>The two data versions hold the same values.</p></section>';
  const rows = changes.map((change) => {
    const seen = change.seenOn
      .map(
        (where) =>
          `<a href="#${where.country.toLowerCase()}-${where.lang}-p${where.page}">${escapeHtml(where.lang)} p.&nbsp;${where.page}</a>`,
      )
      .join(', ');
    return `<tr><td>${escapeHtml(change.country)}</td><td><code>${escapeHtml(change.path)}</code>${change.line === null ? '' : ` <small>line ${change.line}</small>`}</td><td>${change.kind}</td><td>${renderValues(change)}</td><td>${seen || '–'}</td></tr>`;
  });
  return `<section class="data"><h2>Data changes <span>${changes.length}</span></h2>
<table><thead><tr><th>Profile</th><th>Field</th><th>Kind</th><th>Old → new</th><th>Seen on</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></section>`;
}

/** The figures that changed in the data export the website's map reads. */
function renderExport(changes: readonly ExportChange[]): string {
  if (changes.length === 0)
    return '<section class="data"><h2>Data export</h2><p>The two data exports (data/profiles.json) hold the same figures.</p></section>';
  const value = (v: unknown) =>
    escapeHtml(v === null || v === undefined ? 'n/a' : typeof v === 'string' ? v : JSON.stringify(v));
  const rows = changes.map(
    (change) =>
      `<tr><td>${escapeHtml(change.country)}</td><td><code>${escapeHtml(change.figure)}</code></td><td>${escapeHtml(change.field)}</td><td>${change.change === 'added' ? '' : `<span class="old"><del>${value(change.before)}</del></span>`}${change.change === 'changed' ? ' → ' : ''}${change.change === 'removed' ? '' : `<span class="new"><ins>${value(change.after)}</ins></span>`}</td></tr>`,
  );
  return `<section class="data"><h2>Data export <span>${changes.length}</span></h2>
<table><thead><tr><th>Profile</th><th>Figure</th><th>What</th><th>Old → new</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></section>`;
}

/** Old → new; for texts, the changed middle is marked so a one-word edit stands out. */
function renderValues(change: DataChange): string {
  if (typeof change.before === 'string' && typeof change.after === 'string') {
    const [head, oldMiddle, newMiddle, tail] = splitChange(change.before, change.after);
    return `<div class="old">${escapeHtml(head)}<del>${escapeHtml(oldMiddle)}</del>${escapeHtml(tail)}</div><div class="new">${escapeHtml(head)}<ins>${escapeHtml(newMiddle)}</ins>${escapeHtml(tail)}</div>`;
  }
  return `<span class="old"><del>${escapeHtml(display(change.before))}</del></span> → <span class="new"><ins>${escapeHtml(display(change.after))}</ins></span>`;
}

function renderEdition(edition: EditionChange, image: ImageSource): string {
  const id = `${edition.country.toLowerCase()}-${edition.lang}`;
  const what =
    edition.status === 'added'
      ? 'new edition'
      : edition.status === 'removed'
        ? 'edition removed'
        : `${edition.pages.length} of ${edition.pagesAfter} page(s) changed`;
  return `<section class="edition" id="${id}"><h2>${escapeHtml(edition.country)} · ${escapeHtml(edition.lang)} <span>${what}</span></h2>
${edition.pages.map((page) => renderPage(edition, page, image)).join('\n')}
</section>`;
}

function renderPage(edition: EditionChange, page: PageChange, image: ImageSource): string {
  const share = page.changedShare * 100;
  const stats =
    page.status === 'changed'
      ? `${share < 0.01 && share > 0 ? '< 0.01' : share.toFixed(2)} % of pixels · ${page.regions.length} region(s)`
      : page.status === 'added'
        ? 'new page'
        : 'page removed';
  const list = (lines: readonly string[], sign: string) =>
    lines.length === 0
      ? '<p class="none">none</p>'
      : `<ul>${lines.map((line) => `<li><span>${sign}</span>${escapeHtml(line)}</li>`).join('')}</ul>`;
  return `<article id="${anchor(edition, page)}">
<h3>Page ${page.page} <small>${stats}</small></h3>
<figure><div class="labels"><span>before</span><span>after</span></div><img src="${image(edition, page)}" alt="Page ${page.page} of ${escapeHtml(edition.country)} ${escapeHtml(edition.lang)}, before and after"></figure>
<div class="lines"><div class="removed"><h4>Lines removed</h4>${list(page.removedLines, '−')}</div><div class="added"><h4>Lines added</h4>${list(page.addedLines, '+')}</div></div>
</article>`;
}

/** The anchor of a changed page: `mli-fr-p3`. */
export function anchor(edition: EditionChange, page: PageChange): string {
  return `${edition.country.toLowerCase()}-${edition.lang}-p${page.page}`;
}

/** [common start, old middle, new middle, common end], cut at word boundaries. */
function splitChange(before: string, after: string): [string, string, string, string] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  while (start > 0 && /\S/.test(after[start - 1]!)) start -= 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1;
  while (end > 0 && /\S/.test(after[after.length - end]!)) end -= 1;
  return [
    after.slice(0, start),
    before.slice(start, before.length - end),
    after.slice(start, after.length - end),
    after.slice(after.length - end),
  ];
}

function display(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
:root { --ink: #1f2933; --muted: #56606b; --rule: #d5dbe1; --brand: #123e6b; --bad: #b3261e; --good: #2e7d32; --mark: #e0115f; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: var(--ink); background: #f4f6f8; }
header { background: var(--brand); color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 8px; font-size: 24px; } header h1 span { font-weight: 400; opacity: .85; margin-left: 12px; font-size: 18px; }
header p { margin: 4px 0; } .paths { font-family: ui-monospace, monospace; font-size: 13px; } .settings { font-size: 13px; opacity: .85; max-width: 70em; }
main { padding: 8px 32px 48px; }
h2 { color: var(--brand); font-size: 19px; margin: 28px 0 10px; } h2 span { color: var(--muted); font-weight: 400; font-size: 15px; margin-left: 8px; }
table { border-collapse: collapse; background: #fff; border: 1px solid var(--rule); }
th, td { text-align: left; vertical-align: top; padding: 6px 12px; border-bottom: 1px solid var(--rule); }
th { font-size: 13px; color: var(--muted); font-weight: 600; background: #fafbfc; }
tr.unchanged td { color: var(--muted); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; background: var(--muted); }
.badge.changed { background: var(--mark); } .badge.added { background: var(--good); } .badge.removed { background: var(--bad); } .badge.unchanged { background: #9aa5b1; }
.data td:nth-child(4) { max-width: 48em; } del { background: #fde2e1; color: var(--bad); text-decoration: line-through; } ins { background: #dff3e0; color: var(--good); text-decoration: none; font-weight: 600; }
.data .old, .data .new { margin: 2px 0; }
article { background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: 12px 16px 16px; margin: 16px 0; }
article h3 { margin: 0 0 8px; } article h3 small { color: var(--muted); font-weight: 400; margin-left: 8px; }
figure { margin: 0; } figure img { max-width: 100%; height: auto; display: block; border: 1px solid var(--rule); }
.labels { display: flex; font-size: 12px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); } .labels span { flex: 1; text-align: center; }
.lines { display: flex; gap: 16px; margin-top: 10px; } .lines > div { flex: 1; min-width: 0; }
.lines h4 { margin: 0 0 4px; font-size: 13px; color: var(--muted); } .lines ul { margin: 0; padding: 0; list-style: none; font-size: 13px; }
.lines li { padding: 2px 6px; border-radius: 3px; margin-bottom: 2px; overflow-wrap: anywhere; } .lines li span { font-weight: 700; margin-right: 6px; }
.removed li { background: #fde2e1; } .added li { background: #dff3e0; } .none { color: var(--muted); font-size: 13px; margin: 0; }
`;
