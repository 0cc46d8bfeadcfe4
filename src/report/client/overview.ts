/**
 * The corpus overview of a report of several pages: totals, tag counts overall as a bar chart,
 * and a sortable, filterable table of pages, each row linking to its page view.
 */
import type { ReportEntry } from '../model/entries.js';
import type { KindInfo } from '../model/kinds.js';
import type { Report } from './data.js';
import { barChart, stackedBar } from './chart.js';
import { formatCount, h } from './dom.js';

interface Row {
  entry: ReportEntry;
  element: HTMLTableRowElement;
  values: (string | number)[];
}

export function overview(report: Report, href: (position: number) => string): HTMLElement {
  const pages = report.entries.filter((entry) => entry.type === 'page');
  const totals: Record<string, number> = {};
  for (const page of pages) for (const [kind, count] of Object.entries(page.counts)) totals[kind] = (totals[kind] ?? 0) + count;
  const comments = pages.reduce((sum, page) => sum + page.comments.length, 0);
  const errors = report.entries.length - pages.length;
  const table = pageTable(report, href);
  document.documentElement.dataset.ready = 'true';
  return h(
    'main',
    { id: 'main', class: 'overview' },
    h('h1', {}, report.settings.title),
    h('p', { class: 'totals' }, [plural(pages.length, 'page'), plural(comments, 'comment'), plural(errors, 'error')].join(' · ')),
    h('section', { 'aria-labelledby': 'tags-heading' }, h('h2', { id: 'tags-heading' }, 'Tags overall'), barChart(report.kinds, totals, 'Tags overall')),
    h('section', { 'aria-labelledby': 'pages-heading' }, h('h2', { id: 'pages-heading' }, 'Pages'), pageFilter(report.kinds, table.rows), table.element),
  );
}

function pageTable(report: Report, href: (position: number) => string): { element: HTMLElement; rows: Row[] } {
  const max = Math.max(1, ...report.entries.map((entry) => (entry.type === 'page' ? total(entry.counts) : 0)));
  const rows = report.entries.map((entry) => pageRow(entry, report.kinds, href, max));
  const tbody = h('tbody', {}, ...rows.map((row) => row.element));
  const columns = ['#', 'Source', 'Title', 'Comments', ...report.kinds.map((kind) => kind.label), 'Tags', 'Warnings'];
  const headRow = h('tr');
  const sorter = { column: 0, ascending: true };
  columns.forEach((name, column) => {
    const button = h('button', { type: 'button', class: 'sort' }, name);
    const cell = h('th', { scope: 'col', 'aria-sort': column === 0 ? 'ascending' : 'none' }, button);
    button.addEventListener('click', () => {
      sorter.ascending = sorter.column === column ? !sorter.ascending : true;
      sorter.column = column;
      headRow.querySelectorAll('th').forEach((th, i) => th.setAttribute('aria-sort', i === column ? (sorter.ascending ? 'ascending' : 'descending') : 'none'));
      sortRows(rows, column, sorter.ascending).forEach((row) => tbody.appendChild(row.element));
    });
    headRow.appendChild(cell);
  });
  const table = h('table', { class: 'pages' }, h('caption', {}, 'Pages in this report (sort by any column)'), h('thead', {}, headRow), tbody);
  return { element: h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Pages table' }, table), rows };
}

function pageRow(entry: ReportEntry, kinds: readonly KindInfo[], href: (position: number) => string, max: number): Row {
  const name = entry.source ?? `input ${entry.position + 1}`;
  const link = h('a', { href: `#${href(entry.position)}` }, name);
  if (entry.type === 'error') {
    const values = [entry.position + 1, name, `error: ${entry.code}`, -1, ...kinds.map(() => -1), -1, -1];
    const element = h('tr', { class: 'error-row', 'data-position': entry.position }, h('td', {}, String(entry.position + 1)), h('td', {}, link), h('td', { colspan: kinds.length + 4 }, `Error ${entry.code}: ${entry.message}`));
    return { entry, element, values };
  }
  const counts = kinds.map((kind) => entry.counts[kind.name] ?? 0);
  const values = [entry.position + 1, name, entry.title ?? '', entry.comments.length, ...counts, total(entry.counts), entry.warnings.length];
  const element = h(
    'tr',
    { 'data-position': entry.position },
    h('td', {}, String(entry.position + 1)),
    h('td', { class: 'source' }, link),
    h('td', { class: 'title' }, entry.title ?? '—'),
    h('td', { class: 'num' }, formatCount(entry.comments.length)),
    ...counts.map((count) => h('td', { class: 'num' }, formatCount(count))),
    h('td', {}, stackedBar(kinds, entry.counts, max), ` ${formatCount(total(entry.counts))}`),
    h('td', { class: 'num' }, formatCount(entry.warnings.length)),
  );
  return { entry, element, values };
}

function pageFilter(kinds: readonly KindInfo[], rows: readonly Row[]): HTMLElement {
  const wanted = new Set<string>();
  const status = h('p', { class: 'status', role: 'status' });
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const keep = wanted.size === 0 || (row.entry.type === 'page' && [...wanted].some((kind) => (row.entry as { counts: Record<string, number> }).counts[kind]));
      row.element.hidden = !keep;
      if (keep) shown++;
    }
    status.textContent = wanted.size === 0 ? '' : `${formatCount(shown)} of ${formatCount(rows.length)} pages have any of the checked tags`;
  };
  const fieldset = h('fieldset', { class: 'legend' }, h('legend', {}, 'Only pages with any of these tags'));
  for (const kind of kinds) {
    const box = h('input', { type: 'checkbox', 'data-kind': kind.name });
    box.addEventListener('change', () => {
      if (box.checked) wanted.add(kind.name);
      else wanted.delete(kind.name);
      apply();
    });
    fieldset.appendChild(h('label', { class: 'legend-item' }, box, ' ', h('span', { class: `hl swatch tk-${kind.style}` }, kind.label)));
  }
  return h('div', {}, fieldset, status);
}

function sortRows(rows: readonly Row[], column: number, ascending: boolean): Row[] {
  const sign = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.values[column]!;
    const y = b.values[column]!;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.entry.position - b.entry.position;
  });
}

function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
