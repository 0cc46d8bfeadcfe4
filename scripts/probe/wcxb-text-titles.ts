/**
 * Title accuracy of the plain-text splitter on WCXB TUNE pages rendered to text (the HTML path's
 * `splitHtml(...).text`, then `splitText`), the way sections 11 and 13 render pages: a larger and
 * more varied tune set than the fixtures. The gold title is the benchmark's `ground_truth.title`;
 * pages whose title the rendered text does not print as a whole line are counted apart (no splitter
 * could take it). Check pages (`partOf('wcxb', id) === 'check'`) are skipped before they are split.
 *
 *   npx tsx scripts/probe/wcxb-text-titles.ts            totals by page type
 *   npx tsx scripts/probe/wcxb-text-titles.ts --misses   and every tune miss (gold / taken)
 */
import { splitHtml } from '../../src/split/html/index.js';
import { splitText } from '../../src/split/text/index.js';
import { partOf } from '../lib/parts.js';
import { printTable } from '../lib/table.js';
import { loadWcxb, wcxbIds } from '../eval/wcxb/load.js';

const showMisses = process.argv.includes('--misses');
const norm = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase();

interface Tally {
  pages: number;
  printed: number;
  right: number;
  none: number;
}
const tallies = new Map<string, Tally>();
const tallyOf = (type: string) => tallies.get(type) ?? (tallies.set(type, { pages: 0, printed: 0, right: 0, none: 0 }), tallies.get(type)!);
const misses: string[] = [];

const tuneIds = wcxbIds().filter((id) => partOf('wcxb', id) === 'tune');
for (const page of loadWcxb(tuneIds)) {
  if (!page.title) continue;
  const rendered = splitHtml(page.html, {})?.text ?? '';
  page.html = '';
  const lines = new Set(rendered.split('\n').map(norm));
  const gold = norm(page.title);
  const taken = splitText(rendered).title?.text ?? null;
  for (const tally of [tallyOf('all'), tallyOf(page.type)]) {
    tally.pages++;
    if (!lines.has(gold)) continue;
    tally.printed++;
    if (taken !== null && norm(taken) === gold) tally.right++;
    else if (taken === null) tally.none++;
  }
  if (lines.has(gold) && (taken === null || norm(taken) !== gold)) misses.push(`${page.id} ${page.type}\n  gold ${JSON.stringify(page.title.slice(0, 100))}\n  took ${JSON.stringify(taken?.slice(0, 100) ?? null)}`);
}

const ratio = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
printTable('Text splitter titles on WCXB TUNE pages rendered to text (pages whose gold title the text prints as a whole line)', ['page type', 'pages', 'title printed', 'right', 'accuracy', 'none taken'], [...tallies].sort((a, b) => b[1].pages - a[1].pages).map(([type, t]) => [type, t.pages, t.printed, t.right, ratio(t.right, t.printed), t.none]));
if (showMisses) process.stdout.write(`${misses.join('\n')}\n`);
