/**
 * WCXB 2026 development set (1,497 modern pages from 1,295 domains, seven page types): the HTML
 * splitter scored with the benchmark's word F1 on what it calls the page's main content (title and
 * body, plus the comments on forum pages, where the benchmark's gold holds every post), and its
 * `with` / `without` snippet rates, tune and check side by side, published baselines beside them.
 *
 * `WCXB_TUNE_DUMP=path` writes per-page results of tune pages only, for error study; check pages
 * are only ever averaged.
 */
import { writeFileSync } from 'node:fs';
import type { PageAnalysis } from '../../../src/schema/index.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { byPart, PARTS, type Part } from '../../lib/parts.js';
import { printTable } from '../../lib/table.js';
import { loadWcxb, PAGE_TYPES, WCXB_DIR, type PageType, type WcxbPage } from '../wcxb/load.js';
import { mean, scorePage, type PageScore } from '../wcxb/score.js';

/** Published dev-set F1 (WCXB paper and the issue that quotes it); blank where none was published. */
const PUBLISHED: Record<'overall' | PageType, { trafilatura?: number; rsTrafilatura?: number; readability?: number }> = {
  overall: { trafilatura: 0.791, rsTrafilatura: 0.859, readability: 0.675 },
  article: { trafilatura: 0.926 },
  forum: { trafilatura: 0.585, rsTrafilatura: 0.808 },
  product: {},
  collection: {},
  listing: {},
  documentation: {},
  service: {},
};

/**
 * What the benchmark compares with its main content: the title, the body, and on forums every post.
 * The body as its paragraphs (the default: what the splitter reports as the article, without the
 * boilerplate it found inside the body's span: share bars, newsletter boxes, link rows), or as its
 * span (`body.text`, one contiguous stretch of `text` by contract, that boilerplate included).
 * A post is what the record says of it: its author, its date and its words, as the benchmark's gold
 * has them; its words are its paragraphs in the paragraphs view, its span in the span view. The
 * span runs from the post's first line to its last, so it keeps the controls between them that the
 * paragraphs leave out (XenForo's "Click to expand..." under a quoted post, between the quote and
 * the reply), as the body's span keeps a share bar. Its header span is every line between the
 * post's start and its text, a profile panel ("Members / 3.4k posts / 617 Reputation / Location")
 * included; `posts: 'headers'` reads that and the post's span instead.
 */
export function extractedText(result: PageAnalysis | null, type: PageType, view: 'text' | 'paragraphs' = 'paragraphs', posts: 'fields' | 'headers' = 'fields'): string {
  if (!result) return '';
  const body = view === 'text' ? [result.body?.text ?? ''] : (result.body?.paragraphs ?? []).map((p) => p.text);
  const parts = [result.title?.text ?? '', ...body];
  if (type === 'forum') for (const comment of result.comments) parts.push(posts === 'fields' ? postFields(comment, view) : comment.header ? `${comment.header.text}\n${comment.text}` : comment.text);
  return parts.filter(Boolean).join('\n\n');
}

function postFields(comment: PageAnalysis['comments'][number], view: 'text' | 'paragraphs'): string {
  const words = view === 'text' ? [comment.text] : comment.paragraphs.map((p) => p.text);
  return [comment.author, comment.postedAt, ...words].filter(Boolean).join('\n');
}

interface Scored {
  page: WcxbPage;
  /** The body as its paragraphs. */
  score: PageScore;
  /** The same page scored with the body's and the posts' spans. */
  span: PageScore;
  /** The same page scored with each post's header span in place of its author and date. */
  headers: PageScore;
  comments: number;
}

export async function run(): Promise<void> {
  const pages = loadWcxb();
  if (pages.length === 0) {
    process.stdout.write(`## WCXB: no data at ${WCXB_DIR}\n\n`);
    return;
  }
  const scored: Scored[] = [];
  const started = performance.now();
  for (const page of pages) {
    const result = splitHtml(page.html, {});
    scored.push({
      page,
      score: scorePage(extractedText(result, page.type), page),
      span: scorePage(extractedText(result, page.type, 'text'), page),
      headers: scorePage(extractedText(result, page.type, 'paragraphs', 'headers'), page),
      comments: result?.comments.length ?? 0,
    });
    // The page's HTML is not needed again: let it go, 416 MB of it.
    page.html = '';
  }
  const seconds = (performance.now() - started) / 1000;
  const parts = byPart('wcxb', scored, (s) => s.page.id);
  printOverall(parts, pages.length, seconds);
  printByType(parts);
  printCommentsOnNonForums(parts);
  dumpTune(parts.tune);
}

const cell = (rows: Scored[], key: keyof PageScore) => (rows.length ? mean(rows.map((r) => r.score), key) : '-');
const spanCell = (rows: Scored[], key: keyof PageScore) => (rows.length ? mean(rows.map((r) => r.span), key) : '-');
const headersCell = (rows: Scored[], key: keyof PageScore) => (rows.length ? mean(rows.map((r) => r.headers), key) : '-');
const published = (value: number | undefined) => (value === undefined ? '' : value);

function printOverall(parts: Record<Part, Scored[]>, total: number, seconds: number): void {
  const [tune, check] = [parts.tune, parts.check];
  const baseline = PUBLISHED.overall;
  printTable(
    `WCXB dev: word F1 of title + body paragraphs (+ posts on forums) vs main content, ${total} pages (${tune.length} tune, ${check.length} check), split in ${seconds.toFixed(0)} s`,
    ['measure', 'tune', 'check', 'trafilatura', 'rs-trafilatura', 'Readability'],
    [
      ['F1', cell(tune, 'f1'), cell(check, 'f1'), baseline.trafilatura!, baseline.rsTrafilatura!, baseline.readability!],
      ['precision', cell(tune, 'precision'), cell(check, 'precision'), '', '', ''],
      ['recall', cell(tune, 'recall'), cell(check, 'recall'), '', '', ''],
      // evaluate.py counts a page without `without` snippets as 1.0 here (15 pages); kept as it does.
      ['with snippets found (higher is better)', cell(tune, 'withRate'), cell(check, 'withRate'), '', '', ''],
      ['without snippets found (lower is better)', cell(tune, 'withoutRate'), cell(check, 'withoutRate'), '', '', ''],
      ['F1, body and posts as their spans', spanCell(tune, 'f1'), spanCell(check, 'f1'), '', '', ''],
      ['with snippets found, body and posts as their spans', spanCell(tune, 'withRate'), spanCell(check, 'withRate'), '', '', ''],
      ['without snippets found, body and posts as their spans', spanCell(tune, 'withoutRate'), spanCell(check, 'withoutRate'), '', '', ''],
      ['F1, forum posts as header span + text', headersCell(tune, 'f1'), headersCell(check, 'f1'), '', '', ''],
      ['without snippets found, forum posts as header span + text', headersCell(tune, 'withoutRate'), headersCell(check, 'withoutRate'), '', '', ''],
    ],
  );
}

function printByType(parts: Record<Part, Scored[]>): void {
  const rows = PAGE_TYPES.map((type) => {
    const [tune, check] = PARTS.map((part) => parts[part].filter((s) => s.page.type === type));
    const baseline = PUBLISHED[type];
    return [
      type,
      `${tune!.length} / ${check!.length}`,
      cell(tune!, 'f1'),
      cell(check!, 'f1'),
      spanCell(tune!, 'f1'),
      spanCell(check!, 'f1'),
      cell(tune!, 'withRate'),
      cell(check!, 'withRate'),
      cell(tune!, 'withoutRate'),
      cell(check!, 'withoutRate'),
      published(baseline.trafilatura),
      published(baseline.rsTrafilatura),
    ];
  });
  printTable(
    'WCXB dev by page type (types from page-types.json, else the page file, as evaluate.py reads them)',
    ['type', 'pages tune / check', 'F1 tune', 'F1 check', 'F1 tune, span', 'F1 check, span', 'with tune', 'with check', 'without tune', 'without check', 'trafilatura F1', 'rs-trafilatura F1'],
    rows,
  );
}

/** Comments on page types that have none in the benchmark's view: invented threads show up here. */
function printCommentsOnNonForums(parts: Record<Part, Scored[]>): void {
  const rows = PAGE_TYPES.filter((type) => type !== 'forum').map((type) => [
    type,
    ...PARTS.map((part) => {
      const pages = parts[part].filter((s) => s.page.type === type);
      return pages.length ? pages.filter((s) => s.comments > 0).length / pages.length : '-';
    }),
  ]);
  printTable('WCXB dev: share of non-forum pages with comments returned (not scored by the benchmark)', ['type', 'tune', 'check'], rows);
}

function dumpTune(tune: Scored[]): void {
  const path = process.env.WCXB_TUNE_DUMP;
  if (!path) return;
  writeFileSync(path, JSON.stringify(tune.map(({ page, score, comments }) => ({ id: page.id, type: page.type, url: page.url, comments, ...score }))));
  process.stdout.write(`(tune pages written to ${path})\n`);
}
