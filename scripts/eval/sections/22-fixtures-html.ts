/**
 * Hand-written HTML fixture pages, one per forum engine or comment system (fixtures/ANNOTATING.md):
 * tune pages in fixtures/html/written/, check pages in fixtures/check/html/ (written by someone who
 * has not read the rules). Per comment: boundary (by its first characters), author, date and
 * parent; per page: title, body start and end, the body's author and date. Page rows are printed
 * for tune pages only; check pages are only ever summed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageAnalysis } from '../../../src/schema/index.js';
import { splitPage } from '../../../src/split/index.js';
import { HtmlGoldPage } from '../../fixtures/html-gold.js';
import type { Part } from '../../lib/parts.js';
import { checkColumns, type CheckBatch } from '../../lib/check-batches.js';
import { printTable } from '../../lib/table.js';
import { addTally, EMPTY_TALLY, normalize, normalizeAuthor, normalizeDate, scoreComments, squeeze, tallyRows, type Tally } from '../html-gold/score.js';

const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname;
/** Blind check batches, each its own column; the newest is the figure to quote. */
const CHECK_BATCHES: CheckBatch[] = [
  { first: 301, note: 'the first written check pages; their totals steered several sessions' },
  { first: 315, note: 'blind batch of 2026-12-06, scored before anyone looked at it' },
  { first: 323, note: 'blind batch of 2026-12-06 (second session); its totals were read at the end of that session' },
  { first: 331, note: 'blind batch of 2026-12-06 (third session); its totals were read at the end of that session' },
  { first: 339, note: 'blind batch of 2026-12-06 (fourth session); its totals were read at the end of that session' },
  { first: 347, note: 'blind batch of 2026-12-06 (fifth session); its totals were read at the end of that session' },
  { first: 355, note: 'blind batch of 2026-12-06 (sixth session); its totals were read at the end of that session' },
  { first: 363, note: 'blind batch of 2026-12-06 (seventh session); its totals were read at the end of that session' },
  { first: 371, note: 'blind batch of 2026-12-06 (eighth session); its totals were read at the end of that session' },
  { first: 379, note: 'blind batch of 2026-12-06 (ninth session); its totals were read at the end of that session' },
  { first: 387, note: 'blind batch of 2026-12-07 (tenth session); its totals were read at the end of that session' },
  { first: 395, note: 'blind batch of 2026-12-07 (eleventh session); its totals were read at the end of that session' },
  { first: 403, note: 'blind batch of 2026-12-07 (twelfth session); its totals were read at the end of that session' },
  { first: 411, note: 'blind batch of 2026-12-07 (thirteenth session); its totals were read at the end of that session' },
  { first: 419, note: 'blind batch of 2026-12-07 (fourteenth session); its totals were read at the end of that session' },
  { first: 427, note: 'blind batch of 2026-12-07 (fifteenth session); its totals were read at the end of that session' },
  { first: 435, note: 'blind batch of 2026-12-07 (sixteenth session), scored before anyone looked at it' },
];
const FOLDERS: Record<Part, string> = { tune: join(FIXTURES, 'html/written'), check: join(FIXTURES, 'check/html') };

interface PageChecks {
  title: boolean;
  bodyStart: boolean;
  bodyEnd: boolean;
  bodyAuthor: boolean;
  bodyDate: boolean;
  /** Comments returned on a page whose gold has none. */
  falseAlarm: boolean;
  withoutComments: boolean;
}

interface Scored {
  gold: HtmlGoldPage;
  tally: Tally;
  checks: PageChecks;
}

export async function run(): Promise<void> {
  const scored: Record<Part, Scored[]> = { tune: [], check: [] };
  const problems: Record<Part, number> = { tune: 0, check: 0 };
  for (const part of ['tune', 'check'] as const) {
    for (const file of goldFiles(FOLDERS[part])) {
      const gold = HtmlGoldPage.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      const pagePath = gold.success ? join(FOLDERS[part], gold.data.page) : '';
      if (!gold.success || !existsSync(pagePath)) {
        problems[part]++;
        continue;
      }
      const result = splitPage(readFileSync(pagePath), { format: 'html' });
      scored[part].push({ gold: gold.data, tally: scoreComments(gold.data.comments, result.comments), checks: pageChecks(gold.data, result) });
    }
  }
  for (const part of ['tune', 'check'] as const) {
    if (scored[part].length === 0) process.stdout.write(`(fixtures-html: no ${part} pages in ${FOLDERS[part]} yet)\n`);
    if (problems[part]) process.stdout.write(`(fixtures-html: ${problems[part]} ${part} gold files unreadable or without their page; run scripts/fixtures/validate.ts)\n`);
  }
  printTable(
    'Written HTML fixture pages, tune pages one by one (fixtures/html/written)',
    ['page (engine, type)', 'gold', 'found', 'matched', 'author ok', 'date ok', 'parent ok', 'title', 'body start/end', 'body author/date'],
    scored.tune.map(({ gold, tally, checks }) => [
      `${gold.page} (${gold.engine}, ${gold.pageType})`,
      tally.gold,
      tally.predicted,
      tally.matched,
      tally.author,
      tally.date,
      tally.parent,
      mark(checks.title),
      `${mark(checks.bodyStart)}/${mark(checks.bodyEnd)}`,
      `${mark(checks.bodyAuthor)}/${mark(checks.bodyDate)}`,
    ]),
  );
  // Each blind check batch apart (scripts/lib/check-batches.ts; the newest is the figure to
  // quote), beside all check pages. Totals only.
  const groups: [string, Scored[]][] = [
    ['tune', scored.tune],
    ...checkColumns(CHECK_BATCHES, scored.check, (s) => s.gold.page),
    ['check: all', scored.check],
  ];
  const columns = groups.map(([name]) => name);
  const totals = (pages: Scored[]) => pages.reduce((sum, s) => addTally(sum, s.tally), EMPTY_TALLY);
  printTable('Written HTML fixture pages: comments (author/date/parent accuracy over matched comments)', ['metric', ...columns], tallyRows(groups.map(([, pages]) => totals(pages))));
  const share = (group: Scored[], pick: (c: PageChecks) => boolean, among: (c: PageChecks) => boolean = () => true) => {
    const pages = group.filter((s) => among(s.checks));
    return pages.length ? pages.filter((s) => pick(s.checks)).length / pages.length : '-';
  };
  const row = (name: string, pick: (c: PageChecks) => boolean, among?: (c: PageChecks) => boolean) => [name, ...groups.map(([, pages]) => share(pages, pick, among))];
  printTable('Written HTML fixture pages: title and body (share of pages)', ['measure', ...columns], [
    row('title as the gold has it', (c) => c.title),
    row('body starts where the gold starts', (c) => c.bodyStart),
    row('body ends where the gold ends', (c) => c.bodyEnd),
    row('body author as the gold has it', (c) => c.bodyAuthor),
    row('body date as the gold has it', (c) => c.bodyDate),
    row('comments returned on pages without any', (c) => c.falseAlarm, (c) => c.withoutComments),
  ]);
}

function goldFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => join(folder, name));
}

function pageChecks(gold: HtmlGoldPage, result: PageAnalysis): PageChecks {
  const same = (a: string | null | undefined, b: string | null | undefined) => normalize(a ?? '') === normalize(b ?? '');
  const body = result.body;
  const bodyText = squeeze(body?.text ?? '');
  return {
    title: same(result.title?.text, gold.title),
    bodyStart: gold.body ? bodyText.startsWith(squeeze(gold.body.first)) : !body,
    bodyEnd: gold.body ? bodyText.endsWith(squeeze(gold.body.last)) : !body,
    bodyAuthor: normalizeAuthor(body?.author ?? null) === normalizeAuthor(gold.body?.author ?? null),
    bodyDate: normalizeDate(body?.postedAt ?? null) === normalizeDate(gold.body?.postedAt ?? null),
    falseAlarm: gold.comments.length === 0 && result.comments.length > 0,
    withoutComments: gold.comments.length === 0,
  };
}

const mark = (ok: boolean) => (ok ? 'ok' : 'x');
