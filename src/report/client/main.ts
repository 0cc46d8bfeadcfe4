/**
 * The report page's script. It reads the embedded records, then shows the corpus overview or one
 * page, following the URL's #fragment: #overview, #p3 (page 3), #p3-c12 (a comment of page 3), or
 * #c12 in a report of one page.
 */
import type { ReportEntry } from '../model/entries.js';
import { readReport, type Report } from './data.js';
import { clear } from './dom.js';
import { overview } from './overview.js';
import { errorView, pageView, type PageView } from './page-view.js';
import { Tooltip } from './tooltip.js';

interface Route {
  position: number | null;
  commentId: string | null;
}

const report = readReport();
const single = report.entries.length === 1;
const app = document.getElementById('app')!;
const tooltip = new Tooltip(report.kindByName);
let shown: { position: number | null; view: PageView | null } | null = null;

/** A comment's element id, which is also its permalink: page-qualified when there are several pages. */
function elementIdFor(entry: ReportEntry, commentId: string): string {
  return single ? commentId : `p${entry.position + 1}-${commentId}`;
}

function parseRoute(hash: string): Route {
  let fragment = hash.replace(/^#/, '');
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A malformed escape is read as typed.
  }
  if (single) return { position: 0, commentId: fragment === '' || fragment === 'overview' ? null : fragment };
  const match = /^p(\d+)(?:-(.*))?$/s.exec(fragment);
  const position = match ? Number(match[1]) - 1 : null;
  if (position === null || position < 0 || position >= report.entries.length) return { position: null, commentId: null };
  return { position, commentId: match?.[2] ?? null };
}

function show(route: Route): void {
  if (!shown || shown.position !== route.position) {
    shown?.view?.stop();
    clear(app);
    shown = { position: route.position, view: null };
    if (route.position === null) {
      app.appendChild(overview(report, (position) => `p${position + 1}`));
      document.title = report.settings.title;
      tooltip.use(new Map());
    } else {
      shown.view = openEntry(report, report.entries[route.position]!);
    }
    window.scrollTo(0, 0);
  }
  if (route.commentId !== null) focusComment(route.commentId);
}

function openEntry(report: Report, entry: ReportEntry): PageView | null {
  if (entry.type === 'error') {
    app.appendChild(errorView(entry, !single));
    document.title = `${entry.source ?? 'input'} — ${report.settings.title}`;
    tooltip.use(new Map());
    return null;
  }
  const known = new Set(entry.comments.map((comment) => comment.id));
  const view = pageView(report, entry, (id) => (known.has(id) ? elementIdFor(entry, id) : null), !single);
  app.appendChild(view.element);
  document.title = `${entry.title ?? entry.source ?? 'page'} — ${report.settings.title}`;
  tooltip.use(view.findings);
  return view;
}

function focusComment(commentId: string): void {
  const element = shown?.view?.reveal(commentId);
  if (!element) return;
  document.querySelectorAll('.comment.targeted').forEach((other) => other.classList.remove('targeted'));
  element.classList.add('targeted');
  element.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => show(parseRoute(location.hash)));
show(parseRoute(location.hash));
