/**
 * Stance toward the parent on the hand-written HTML TUNE pages (fixtures/html/written; check pages are
 * never loaded here), end to end: `analyzePage` on the raw HTML, each gold comment found by the start
 * of its text (one-to-one in page order); a gold comment the splitter does not return counts as
 * 'comment'. Prints macro-F1 overall, for top-level comments and for replies, and with `--misses`
 * each miss with its gold and predicted label. `--batch 276-283` keeps only the pages so numbered (a
 * blind batch, scored before it is read). With `--gold-thread` the splitter is left out: each gold
 * comment is the rendered page's text from its start to the next gold comment's start (so it may end
 * with the next comment's header), with the gold parents, tagged by `tagPage` as `analyzePage` would.
 * Usage: npx tsx scripts/eval/discourse/html-stance.ts [--batch FROM-TO] [--misses] [--gold-thread]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { SCHEMA_VERSION, type Comment, type PageAnalysis } from '../../../src/schema/index.js';
import { classScores, macroF1 } from './metrics.js';

const DIR = new URL('../../../fixtures/html/written/', import.meta.url).pathname;
const LABELS = ['support', 'deny', 'query', 'comment'];
const args = process.argv.slice(2);
const batchAt = args.indexOf('--batch');
const [from, to] = batchAt >= 0 ? args[batchAt + 1]!.split('-').map(Number) : [0, Infinity];
const misses = args.includes('--misses');
const goldThread = args.includes('--gold-thread');

interface WrittenGold {
  page: string;
  comments: { textStart: string; parent: number | null; stance?: string }[];
}

const normalize = (value: string) => value.replace(/\s+/gu, ' ').trim();
const analyzer = createAnalyzer();
const rows: { gold: string; predicted: string; top: boolean }[] = [];
let found = 0;
for (const name of readdirSync(DIR).filter((n) => n.endsWith('.gold.json')).sort()) {
  const number = Number.parseInt(name, 10);
  if (!(number >= from! && number <= (to ?? from)!)) continue;
  const gold = JSON.parse(readFileSync(DIR + name, 'utf8')) as WrittenGold;
  const html = readFileSync(DIR + name.replace(/\.gold\.json$/u, '.html'));
  const analyzed = goldThread ? goldThreadOf(gold, splitHtml(decodeHtmlBytes(html).text, {})?.text ?? '') : analyzer.analyzePage(html);
  const texts = analyzed.comments.map((c) => normalize(c.text));
  let next = 0;
  for (const comment of gold.comments) {
    const start = normalize(comment.textStart);
    let at = -1;
    for (let k = next; k < texts.length; k++) if (texts[k]!.startsWith(start)) { at = k; break; }
    if (at >= 0) { next = at + 1; found++; }
    if (!comment.stance) continue;
    const predicted = at >= 0 ? analyzed.comments[at]!.stance.toParent.label : 'comment';
    rows.push({ gold: comment.stance, predicted, top: comment.parent === null });
    if (misses && predicted !== comment.stance) process.stdout.write(`[${comment.stance} -> ${predicted}] ${comment.parent === null ? 'TOP' : 'REPLY'} ${name} ${at < 0 ? '(not found)' : ''} ${start.slice(0, 160)}\n`);
  }
}
const score = (list: typeof rows) => macroF1(classScores(LABELS, list.map((r) => r.gold), list.map((r) => r.predicted))).toFixed(3);
process.stdout.write(`HTML written tune pages, ${goldThread ? 'gold threads' : 'end to end'}: ${rows.length} comments with a stance (${found} gold comments found): macro-F1 ${score(rows)} (top ${score(rows.filter((r) => r.top))}, replies ${score(rows.filter((r) => !r.top))})\n`);

/** The gold thread on the rendered text: each comment from its start to the next one's, gold parents. */
function goldThreadOf(gold: WrittenGold, text: string) {
  const starts: number[] = [];
  let from = 0;
  for (const comment of gold.comments) {
    const at = text.indexOf(comment.textStart.trim(), from);
    starts.push(at);
    if (at >= 0) from = at + 1;
  }
  const comments: Comment[] = [];
  const ids: (string | null)[] = [];
  gold.comments.forEach((comment, i) => {
    const start = starts[i]!;
    if (start < 0) { ids.push(null); return; }
    const next = starts.slice(i + 1).find((s) => s > start) ?? Math.min(text.length, start + 2000);
    const id = `c${i}`;
    ids.push(id);
    const parentId = comment.parent === null ? null : ids[comment.parent] ?? null;
    comments.push({ id, index: comments.length, start, end: next, text: text.slice(start, next), author: null, postedAt: null, parentId, depth: parentId ? 1 : 0, language: 'und', header: null, paragraphs: [], replyEvidence: null });
  });
  const first = starts.find((s) => s >= 0) ?? text.length;
  const page: PageAnalysis = { schemaVersion: SCHEMA_VERSION, inputType: 'text', text, title: null, body: { start: 0, end: first, text: text.slice(0, first), paragraphs: [] }, comments, boilerplate: [], warnings: [] };
  return analyzer.tagPage(page);
}
