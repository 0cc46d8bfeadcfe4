/**
 * One page: title, source and versions, problems and warnings, the article body (collapsed), the
 * page furniture by kind, then the legend and filters and the comment thread.
 */
import type { ReportComment, ReportError, ReportPage } from '../model/entries.js';
import type { ReportFinding } from '../model/types.js';
import type { Report } from './data.js';
import { formatCount, h } from './dom.js';
import { controls } from './controls.js';
import { ThreadView, type Filters } from './thread-view.js';

export interface PageView {
  element: HTMLElement;
  findings: Map<string, ReportFinding>;
  /** Draws up to a comment and returns its element. */
  reveal(commentId: string): HTMLElement | null;
  stop(): void;
}

export function pageView(report: Report, page: ReportPage, elementId: (commentId: string) => string | null, back: boolean): PageView {
  const filters: Filters = { hiddenKinds: new Set(), onlyTagged: false, query: '' };
  const status = h('p', { class: 'status', role: 'status' });
  const progress = h('p', { class: 'progress' });
  const thread = new ThreadView(page.comments, report.kindByName, filters, elementId, (drawn, total) => {
    progress.textContent = drawn < total ? `Drawing comments: ${formatCount(drawn)} of ${formatCount(total)}…` : '';
    // For scripts and tests that follow the drawing: how many comments are in the page so far.
    document.documentElement.dataset.drawn = String(drawn);
    if (drawn >= total) document.documentElement.dataset.ready = 'true';
  });
  const onFilter = () => {
    const matches = thread.refilter();
    const active = filters.query.trim() !== '' || filters.onlyTagged;
    status.textContent = active ? `${formatCount(matches)} of ${formatCount(page.comments.length)} comments match` : '';
  };
  const element = h(
    'main',
    { id: 'main', class: 'page-view' },
    back ? h('nav', { 'aria-label': 'Report' }, h('a', { href: '#overview' }, '← All pages')) : null,
    pageHeader(page),
    notices(page),
    bodySection(page),
    boilerplateSection(page),
    h(
      'section',
      { class: 'thread', 'aria-labelledby': 'comments-heading' },
      h('h2', { id: 'comments-heading' }, `Comments (${formatCount(page.comments.length)})`),
      page.comments.length > 0 ? controls(report.kinds, page.counts, filters, onFilter) : h('p', {}, 'No comments on this page.'),
      status,
      progress,
      thread.element,
    ),
  );
  document.documentElement.dataset.ready = 'false';
  thread.start();
  return { element, findings: findingMap(page.comments), reveal: (id) => thread.reveal(id), stop: () => thread.stop() };
}

export function errorView(entry: ReportError, back: boolean): HTMLElement {
  document.documentElement.dataset.ready = 'true';
  return h(
    'main',
    { id: 'main', class: 'page-view' },
    back ? h('nav', { 'aria-label': 'Report' }, h('a', { href: '#overview' }, '← All pages')) : null,
    h('h1', {}, entry.source ?? `Input ${entry.position + 1}`),
    h('p', { class: 'error' }, `Not analysed: ${entry.code}. ${entry.message}`),
  );
}

function pageHeader(page: ReportPage): HTMLElement {
  const facts = [page.source, page.inputType, ...page.versions.map(([key, value]) => `${key} ${value}`)].filter((x): x is string => !!x);
  return h('header', { class: 'page-head' }, h('h1', {}, page.title ?? '(no title found)'), h('p', { class: 'meta' }, facts.join(' · ')));
}

function notices(page: ReportPage): HTMLElement | null {
  if (page.problems.length === 0 && page.warnings.length === 0) return null;
  return h(
    'section',
    { class: 'notices', 'aria-labelledby': 'notices-heading' },
    h('h2', { id: 'notices-heading' }, 'Warnings'),
    h('ul', {}, ...page.problems.map((p) => h('li', { class: 'problem' }, p)), ...page.warnings.map((w) => h('li', {}, h('code', {}, w.code), ` ${w.message}`))),
  );
}

function bodySection(page: ReportPage): HTMLElement {
  if (!page.body) return h('p', { class: 'no-body' }, 'No article body found.');
  const paragraphs = page.body.paragraphs.length > 0 ? page.body.paragraphs : [page.body.text];
  return h(
    'details',
    { class: 'body' },
    h('summary', {}, `Article body${byline(page.body)} (${formatCount(paragraphs.length)} paragraphs, ${formatCount(page.body.text.length)} characters)`),
    ...paragraphs.map((text) => h('p', {}, text)),
  );
}

function byline(body: NonNullable<ReportPage['body']>): string {
  const parts = [body.author ? `by ${body.author}` : '', body.postedAt ?? ''].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

function boilerplateSection(page: ReportPage): HTMLElement | null {
  if (page.boilerplate.length === 0) return null;
  const byKind = new Map<string, string[]>();
  for (const segment of page.boilerplate) {
    const kind = segment.kind ?? 'other';
    const texts = byKind.get(kind) ?? [];
    texts.push(segment.text);
    byKind.set(kind, texts);
  }
  return h(
    'details',
    { class: 'boilerplate' },
    h('summary', {}, `Boilerplate: ${[...byKind].map(([kind, texts]) => `${kind} ${texts.length}`).join(', ')}`),
    h('dl', {}, ...[...byKind].flatMap(([kind, texts]) => [h('dt', {}, kind), ...texts.map((text) => h('dd', {}, text))])),
  );
}

function findingMap(comments: readonly ReportComment[]): Map<string, ReportFinding> {
  const map = new Map<string, ReportFinding>();
  for (const comment of comments) for (const finding of comment.findings) map.set(finding.id, finding);
  return map;
}
