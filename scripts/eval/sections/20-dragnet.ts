/**
 * Dragnet 2012 pages (446 HTML pages with gold article and comment text): the HTML splitter
 * against the gold, beside @mozilla/readability on linkedom and the plain-text splitter run on
 * the same rendered text, tune and check parts side by side (`partOf('dragnet', id)`).
 * Hand-annotated comment boundaries, authors and parents come from fixtures/html/gold/<ID>.json;
 * the pages themselves stay in ../shared (AGPL data). Page-by-page rows are printed for tune
 * pages only; check pages are only ever summed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Comment, PageAnalysis } from '../../../src/schema/index.js';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { splitText } from '../../../src/split/text/index.js';
import { partOf, PARTS, type Part } from '../../lib/parts.js';
import { printTable } from '../../lib/table.js';
import { DRAGNET_DIR, loadDragnet } from '../dragnet/load.js';
import { countTokens as count, TokenScore as Score, tokenBag as tokens } from '../../lib/bag-of-words.js';
import { addTally, EMPTY_TALLY, scoreComments, tallyRows, type GoldComment, type Tally } from '../html-gold/score.js';

export { loadDragnet } from '../dragnet/load.js';

const GOLD_DIR = new URL('../../../fixtures/html/gold/', import.meta.url).pathname;
/** Pages where the gold leaves out real reader comments, read by hand (eval-only; src/ never reads it). */
const ADJUDICATION = new URL('../../../fixtures/html/dragnet-false-alarm-adjudication.json', import.meta.url).pathname;

const articleOf = (page: PageAnalysis | null) => (page ? [page.title?.text ?? '', page.body?.text ?? ''].join('\n') : '');
const paragraphsOf = (page: PageAnalysis | null) => `${page?.title?.text ?? ''}\n${(page?.body?.paragraphs ?? []).map((p) => p.text).join('\n')}`;
/** Everything assigned to comments: header (author/date lines) and text, as the gold keeps both. */
const commentsOf = (page: PageAnalysis | null) => (page ? page.comments.map((c) => `${c.header?.text ?? ''}\n${c.text}`).join('\n') : '');
const commentTextOf = (page: PageAnalysis | null) => (page ? page.comments.map((c) => c.text).join('\n') : '');

function readability(html: string): string {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article ? `${article.title ?? ''}\n${article.textContent ?? ''}` : '';
  } catch {
    return '';
  }
}

/** Everything measured on one part of the pages. */
class PartScores {
  article = { html: new Score(), body: new Score(), text: new Score(), readability: new Score() };
  comments = { html: new Score(), htmlTextOnly: new Score(), text: new Score() };
  alarms = { html: 0, text: 0, pages: 0 };
  alarmPages: { id: string; comments: Comment[] }[] = [];
  pingbacks = { pages: 0, items: 0, inGold: 0 };
  warnings = new Map<string, number>();
}

export async function run(): Promise<void> {
  const pages = loadDragnet();
  if (pages.length === 0) {
    process.stdout.write(`## Dragnet: no data at ${DRAGNET_DIR}\n\n`);
    return;
  }
  const parts: Record<Part, PartScores> = { tune: new PartScores(), check: new PartScores() };
  const results = new Map<string, PageAnalysis>();
  for (const page of pages) {
    const scores = parts[partOf('dragnet', page.id)];
    const { text: html } = decodeHtmlBytes(page.bytes);
    const result = splitHtml(html, {});
    if (result) results.set(page.id, result);
    for (const w of result?.warnings ?? []) scores.warnings.set(w.code, (scores.warnings.get(w.code) ?? 0) + 1);
    countPingbacks(result, page.goldComments, scores.pingbacks);
    const textResult = splitText(result?.text ?? '');
    scores.article.html.add(count(articleOf(result), page.goldArticle));
    scores.article.body.add(count(paragraphsOf(result), page.goldArticle));
    scores.article.text.add(count(articleOf(textResult), page.goldArticle));
    scores.article.readability.add(count(readability(html), page.goldArticle));
    if (tokens(page.goldComments).size > 0) {
      scores.comments.html.add(count(commentsOf(result), page.goldComments));
      scores.comments.htmlTextOnly.add(count(commentTextOf(result), page.goldComments));
      scores.comments.text.add(count(commentsOf(textResult), page.goldComments));
    } else {
      scores.alarms.pages++;
      if ((result?.comments.length ?? 0) > 0) {
        scores.alarms.html++;
        scores.alarmPages.push({ id: page.id, comments: result!.comments });
      }
      if (textResult.comments.length > 0) scores.alarms.text++;
    }
  }
  printScores(parts);
  adjudicatedAlarms(parts);
  printTable(
    'Dragnet pingbacks and trackbacks: returned as boilerplate (rule html-pingback), never as comments',
    ['part', 'pages', 'items', 'items whose text the gold counts as comments'],
    PARTS.map((part) => [part, parts[part].pingbacks.pages, parts[part].pingbacks.items, parts[part].pingbacks.inGold]),
  );
  const codes = [...new Set(PARTS.flatMap((part) => [...parts[part].warnings.keys()]))].sort();
  printTable('Dragnet warnings (pages)', ['code', 'tune', 'check'], codes.map((code) => [code, ...PARTS.map((part) => parts[part].warnings.get(code) ?? 0)]));
  handAnnotated(results);
}

function printScores(parts: Record<Part, PartScores>): void {
  const { tune, check } = parts;
  const row = (name: string, pick: (p: PartScores) => Score) => [
    name,
    `${pick(tune).n} / ${pick(check).n}`,
    pick(tune).micro(),
    pick(check).micro(),
    pick(tune).macro(),
    pick(check).macro(),
    pick(check).precision(),
    pick(check).recall(),
  ];
  const header = ['extractor', 'pages tune / check', 'F1 micro tune', 'F1 micro check', 'F1 macro tune', 'F1 macro check', 'P check', 'R check'];
  printTable('Dragnet article: token F1 of title + body vs gold article (lowercased ASCII alphanumeric tokens, bag of words)', header, [
    row('threadlens HTML (title + body.text)', (p) => p.article.html),
    row('threadlens HTML (title + body.paragraphs)', (p) => p.article.body),
    row('@mozilla/readability on linkedom', (p) => p.article.readability),
    row('threadlens text splitter on rendered text', (p) => p.article.text),
  ]);
  printTable('Dragnet comments: token F1 of all comment text vs gold comments (pages with gold comments)', header, [
    row('threadlens HTML (header + text)', (p) => p.comments.html),
    row('threadlens HTML (text only)', (p) => p.comments.htmlTextOnly),
    row('threadlens text splitter on rendered text', (p) => p.comments.text),
  ]);
  const rate = (p: PartScores, n: number) => n / Math.max(1, p.alarms.pages);
  printTable('Dragnet comment false alarms: pages with no gold comments where comments were returned', ['extractor', 'pages tune / check', 'alarms tune', 'alarms check', 'rate tune', 'rate check'], [
    ['threadlens HTML', `${tune.alarms.pages} / ${check.alarms.pages}`, tune.alarms.html, check.alarms.html, rate(tune, tune.alarms.html), rate(check, check.alarms.html)],
    ['threadlens text splitter on rendered text', `${tune.alarms.pages} / ${check.alarms.pages}`, tune.alarms.text, check.alarms.text, rate(tune, tune.alarms.text), rate(check, check.alarms.text)],
  ]);
}

/**
 * Pingbacks are software notices, not reader comments, so the splitter keeps them out of comments;
 * the Dragnet gold often counts them as comments. This shows how much comment recall that costs.
 */
function countPingbacks(result: PageAnalysis | null, goldComments: string, tally: { pages: number; items: number; inGold: number }): void {
  const items = result?.boilerplate.filter((b) => b.rule === 'html-pingback') ?? [];
  if (items.length === 0) return;
  tally.pages++;
  const gold = tokens(goldComments);
  for (const item of items) {
    tally.items++;
    const c = count(item.text, goldComments);
    if (gold.size > 0 && c.overlap >= 0.5 * c.predicted) tally.inGold++;
  }
}

interface Adjudication {
  id: string;
  verdict: string;
  reason: string;
}

/**
 * False alarms with the hand adjudication beside them: page by page on tune pages, as counts on
 * check pages. The headline rate above is against the gold as published; this only explains it.
 */
function adjudicatedAlarms(parts: Record<Part, PartScores>): void {
  const adjudications = existsSync(ADJUDICATION)
    ? new Map((JSON.parse(readFileSync(ADJUDICATION, 'utf8')) as { pages: Adjudication[] }).pages.map((a) => [a.id, a]))
    : new Map<string, Adjudication>();
  const rows = parts.tune.alarmPages.map(({ id, comments }) => {
    const a = adjudications.get(id);
    return [id, comments.length, comments[0]?.selector ?? '(text fallback)', a?.verdict ?? 'not adjudicated (spurious)', a?.reason ?? ''];
  });
  printTable('Dragnet false alarms on tune pages, with hand adjudication (fixtures/html/dragnet-false-alarm-adjudication.json)', ['page', 'comments', 'first comment element', 'verdict', 'reason'], rows);
  printTable(
    'Dragnet false alarms not explained by gold omissions (adjudicated pages still count in the headline rate)',
    ['part', 'pages without gold comments', 'false alarms', 'of which the gold omits real comments', 'unexplained', 'unexplained rate'],
    PARTS.map((part) => {
      const { alarmPages, alarms } = parts[part];
      const spurious = alarmPages.filter(({ id }) => !adjudications.has(id)).length;
      return [part, alarms.pages, alarmPages.length, alarmPages.length - spurious, spurious, spurious / Math.max(1, alarms.pages)];
    }),
  );
}

interface GoldPage {
  id: string;
  cms: string;
  comments: GoldComment[];
}

/** Per-comment gold on hand-annotated pages: page rows for tune pages, totals for both parts. */
function handAnnotated(results: Map<string, PageAnalysis>): void {
  if (!existsSync(GOLD_DIR)) return;
  const files = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) return;
  const rows: (string | number)[][] = [];
  const totals: Record<Part, Tally> = { tune: EMPTY_TALLY, check: EMPTY_TALLY };
  for (const file of files) {
    const gold = JSON.parse(readFileSync(`${GOLD_DIR}${file}`, 'utf8')) as GoldPage;
    const part = partOf('dragnet', gold.id);
    const tally = scoreComments(gold.comments, results.get(gold.id)?.comments ?? []);
    totals[part] = addTally(totals[part], tally);
    if (part === 'tune') rows.push([`${gold.id} (${gold.cms})`, tally.gold, tally.predicted, tally.matched, tally.author, tally.parent, tally.date]);
  }
  printTable(`Hand-annotated Dragnet tune pages: per-comment gold (fixtures/html/gold)`, ['page (cms)', 'gold', 'found', 'matched', 'author ok', 'parent ok', 'date ok'], rows);
  printTable('Hand-annotated Dragnet totals (author/date/parent accuracy over matched comments)', ['metric', 'tune', 'check'], tallyRows([totals.tune, totals.check]));
}
