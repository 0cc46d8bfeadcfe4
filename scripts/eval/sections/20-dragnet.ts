/**
 * Dragnet 2012 pages (446 HTML pages with gold article and comment text): the HTML splitter
 * against the gold, beside @mozilla/readability on linkedom and the plain-text splitter run on
 * the same rendered text. Hand-annotated comment boundaries, authors and parents come from
 * fixtures/html/gold/<ID>.json; the pages themselves stay in ../shared (AGPL data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Comment, PageAnalysis } from '../../../src/schema/index.js';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { splitText } from '../../../src/split/text/index.js';
import { SHARED_DATA, printTable } from '../../lib/table.js';

const DIR = `${SHARED_DATA}dragnet/training/`;
const GOLD_DIR = new URL('../../../fixtures/html/gold/', import.meta.url).pathname;
const MARKER = /^!@#[^\n]*COMMENTS[^\n]*$/m;

export interface DragnetPage {
  id: string;
  bytes: Uint8Array;
  goldArticle: string;
  goldComments: string;
}

export function loadDragnet(): DragnetPage[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    .map((id) => {
      const gold = decodeGold(readFileSync(`${DIR}${id}.gold.txt`));
      const match = MARKER.exec(gold);
      return {
        id,
        bytes: readFileSync(`${DIR}${id}.html`),
        goldArticle: match ? gold.slice(0, match.index) : gold,
        goldComments: match ? gold.slice(match.index + match[0].length) : '',
      };
    });
}

/** The gold files mix UTF-8 and windows-1252. */
function decodeGold(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Lowercased ASCII alphanumeric runs: the gold mangles non-ASCII letters, so only these compare. */
function tokens(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

interface Counts {
  overlap: number;
  predicted: number;
  gold: number;
}

function count(predicted: string, gold: string): Counts {
  const p = tokens(predicted);
  const g = tokens(gold);
  let overlap = 0;
  let predictedTotal = 0;
  let goldTotal = 0;
  for (const [token, n] of p) {
    predictedTotal += n;
    overlap += Math.min(n, g.get(token) ?? 0);
  }
  for (const n of g.values()) goldTotal += n;
  return { overlap, predicted: predictedTotal, gold: goldTotal };
}

function f1(c: Counts): number {
  if (c.predicted === 0 && c.gold === 0) return 1;
  if (c.predicted === 0 || c.gold === 0) return 0;
  const precision = c.overlap / c.predicted;
  const recall = c.overlap / c.gold;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

class Score {
  private pages: Counts[] = [];
  add(c: Counts): void {
    this.pages.push(c);
  }
  get n(): number {
    return this.pages.length;
  }
  macro(): number {
    return this.pages.reduce((sum, c) => sum + f1(c), 0) / Math.max(1, this.pages.length);
  }
  micro(): number {
    const total = this.pages.reduce((a, c) => ({ overlap: a.overlap + c.overlap, predicted: a.predicted + c.predicted, gold: a.gold + c.gold }), { overlap: 0, predicted: 0, gold: 0 });
    return f1(total);
  }
  precision(): number {
    const o = this.pages.reduce((s, c) => s + c.overlap, 0);
    return o / Math.max(1, this.pages.reduce((s, c) => s + c.predicted, 0));
  }
  recall(): number {
    const o = this.pages.reduce((s, c) => s + c.overlap, 0);
    return o / Math.max(1, this.pages.reduce((s, c) => s + c.gold, 0));
  }
}

const articleOf = (page: PageAnalysis | null) => (page ? [page.title?.text ?? '', page.body?.text ?? ''].join('\n') : '');
/** Everything assigned to comments: header (author/date lines) and text, as the gold keeps both. */
const commentsOf = (page: PageAnalysis | null) =>
  page ? page.comments.map((c) => `${c.header?.text ?? ''}\n${c.text}`).join('\n') : '';
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

export async function run(): Promise<void> {
  const pages = loadDragnet();
  if (pages.length === 0) {
    process.stdout.write(`## Dragnet: no data at ${DIR}\n\n`);
    return;
  }
  const article = { html: new Score(), body: new Score(), text: new Score(), readability: new Score() };
  const comments = { html: new Score(), htmlTextOnly: new Score(), text: new Score() };
  let withGold = 0;
  const alarms = { html: 0, text: 0, pages: 0 };
  const warnings = new Map<string, number>();
  const results = new Map<string, PageAnalysis>();
  for (const page of pages) {
    const { text: html } = decodeHtmlBytes(page.bytes);
    const result = splitHtml(html, {});
    if (result) results.set(page.id, result);
    for (const w of result?.warnings ?? []) warnings.set(w.code, (warnings.get(w.code) ?? 0) + 1);
    const rendered = result?.text ?? '';
    const textResult = splitText(rendered);
    article.html.add(count(articleOf(result), page.goldArticle));
    article.body.add(count(`${result?.title?.text ?? ''}\n${(result?.body?.paragraphs ?? []).map((p) => p.text).join('\n')}`, page.goldArticle));
    article.text.add(count(articleOf(textResult), page.goldArticle));
    article.readability.add(count(readability(html), page.goldArticle));
    if (tokens(page.goldComments).size > 0) {
      withGold++;
      comments.html.add(count(commentsOf(result), page.goldComments));
      comments.htmlTextOnly.add(count(commentTextOf(result), page.goldComments));
      comments.text.add(count(commentsOf(textResult), page.goldComments));
    } else {
      alarms.pages++;
      if ((result?.comments.length ?? 0) > 0) alarms.html++;
      if (textResult.comments.length > 0) alarms.text++;
    }
  }
  const row = (name: string, s: Score) => [name, s.n, s.precision(), s.recall(), s.micro(), s.macro()];
  printTable(
    `Dragnet article: token F1 of title + body vs gold article (${pages.length} pages; lowercased ASCII alphanumeric tokens, bag of words)`,
    ['extractor', 'pages', 'P (micro)', 'R (micro)', 'F1 micro', 'F1 macro'],
    [
      row('threadlens HTML (title + body.text)', article.html),
      row('threadlens HTML (title + body.paragraphs)', article.body),
      row('@mozilla/readability on linkedom', article.readability),
      row('threadlens text splitter on rendered text', article.text),
    ],
  );
  printTable(
    `Dragnet comments: token F1 of all comment text vs gold comments (${withGold} pages with gold comments)`,
    ['extractor', 'pages', 'P (micro)', 'R (micro)', 'F1 micro', 'F1 macro'],
    [
      row('threadlens HTML (header + text)', comments.html),
      row('threadlens HTML (text only)', comments.htmlTextOnly),
      row('threadlens text splitter on rendered text', comments.text),
    ],
  );
  printTable(`Dragnet comment false alarms: pages with no gold comments where comments were returned`, ['extractor', 'pages', 'false alarms', 'rate'], [
    ['threadlens HTML', alarms.pages, alarms.html, alarms.html / Math.max(1, alarms.pages)],
    ['threadlens text splitter on rendered text', alarms.pages, alarms.text, alarms.text / Math.max(1, alarms.pages)],
  ]);
  printTable('Dragnet warnings (pages)', ['code', 'pages'], [...warnings].sort((a, b) => b[1] - a[1]));
  handAnnotated(results);
}

interface GoldComment {
  author: string | null;
  postedAt: string | null;
  textStart: string;
  parent: number | null;
}

const normalize = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

/** Per-comment gold on a sample of pages: boundaries (by text start), authors and parents. */
function handAnnotated(results: Map<string, PageAnalysis>): void {
  if (!existsSync(GOLD_DIR)) return;
  const files = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) return;
  const golds = files.map((file) => JSON.parse(readFileSync(`${GOLD_DIR}${file}`, 'utf8')) as GoldPage);
  const rows: (string | number)[][] = [];
  const totals = new Map<string, Tally>();
  for (const gold of golds) {
    const split = gold.split ?? 'development';
    const tally = scorePage(gold, results.get(gold.id)?.comments ?? []);
    rows.push([`${gold.id} (${gold.cms})`, split, tally.gold, tally.predicted, tally.matched, tally.author, tally.parent, tally.date]);
    for (const key of [split, 'all']) totals.set(key, add(totals.get(key), tally));
  }
  printTable(`Hand-annotated Dragnet pages: per-comment gold (${files.length} pages, fixtures/html/gold)`, ['page (cms)', 'split', 'gold', 'found', 'matched', 'author ok', 'parent ok', 'date ok'], rows);
  const keys = [...totals.keys()];
  const metric = (name: string, f: (t: Tally) => number | string) => [name, ...keys.map((k) => f(totals.get(k)!))];
  const precision = (t: Tally) => t.matched / Math.max(1, t.predicted);
  const recall = (t: Tally) => t.matched / Math.max(1, t.gold);
  printTable('Hand-annotated totals (author/parent/date accuracy over matched comments)', ['metric', ...keys], [
    metric('pages', (t) => t.pages),
    metric('comments (gold / found / matched)', (t) => `${t.gold} / ${t.predicted} / ${t.matched}`),
    metric('boundary precision', precision),
    metric('boundary recall', recall),
    metric('boundary F1', (t) => (precision(t) + recall(t) ? (2 * precision(t) * recall(t)) / (precision(t) + recall(t)) : 0)),
    metric('author accuracy', (t) => t.author / Math.max(1, t.matched)),
    metric('parent accuracy', (t) => t.parent / Math.max(1, t.matched)),
    metric('date accuracy', (t) => t.date / Math.max(1, t.matched)),
  ]);
}

interface GoldPage {
  id: string;
  cms: string;
  /** "held-out" for pages annotated after the code they measure was written; absent for development pages. */
  split?: string;
  comments: GoldComment[];
}

interface Tally {
  pages: number;
  gold: number;
  predicted: number;
  matched: number;
  author: number;
  parent: number;
  date: number;
}

function add(a: Tally | undefined, b: Tally): Tally {
  if (!a) return { ...b };
  return {
    pages: a.pages + b.pages,
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
    author: a.author + b.author,
    parent: a.parent + b.parent,
    date: a.date + b.date,
  };
}

/** One-to-one match in order: a predicted comment matches the gold comment whose text it starts with. */
function scorePage(gold: GoldPage, predicted: Comment[]): Tally {
  const goldToPred = new Map<number, Comment>();
  const predToGold = new Map<string, number>();
  let cursor = 0;
  gold.comments.forEach((g, gi) => {
    const start = normalize(g.textStart);
    for (let i = cursor; i < predicted.length; i++) {
      if (normalize(predicted[i]!.text).startsWith(start)) {
        goldToPred.set(gi, predicted[i]!);
        predToGold.set(predicted[i]!.id, gi);
        cursor = i + 1;
        break;
      }
    }
  });
  const tally: Tally = { pages: 1, gold: gold.comments.length, predicted: predicted.length, matched: goldToPred.size, author: 0, parent: 0, date: 0 };
  for (const [gi, comment] of goldToPred) {
    const g = gold.comments[gi]!;
    if (normalize(comment.author ?? '') === normalize(g.author ?? '')) tally.author++;
    if (normalize(comment.postedAt ?? '') === normalize(g.postedAt ?? '')) tally.date++;
    const predictedParent = comment.parentId === null ? null : (predToGold.get(comment.parentId) ?? -1);
    if (predictedParent === g.parent) tally.parent++;
  }
  return tally;
}
