/**
 * `node --expose-gc --import tsx scripts/profile/heap.ts [pages] [marks] [--snapshots DIR]`: what a
 * CLI worker's live heap holds as pages go by (issue 17: peak RSS of a 10x WARC should stay within
 * 20% of 1x). One analyzer, as a worker makes it, reads the bench WARC's pages in the bench's order
 * (Dragnet, then the fixture pages wrapped in <pre>), repeated to `pages` (default 1200); at each
 * mark (default "40,320,600,1200") it collects garbage and prints the live heap; at the end, the
 * heap left once every memo is forgotten (forgetMemos) and once the analyzer is dropped too: the
 * first difference is what the memos hold, the second the analyzer's own caches (recent views).
 * With --snapshots, writes a heap snapshot at each mark (before forgetting) to compare in DevTools
 * or with scripts/profile/heap-diff.ts.
 */
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { loadavg } from 'node:os';
import { createAnalyzer } from '../../src/analyzer/index.js';
import { forgetMemos } from '../../src/memo.js';
import { corpusPages } from '../bench/sections/65-warc.js';
import { printTable } from '../lib/table.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const args = process.argv.slice(2);
const at = args.indexOf('--snapshots');
const snapshots = at >= 0 ? args[at + 1] : undefined;
const plain = args.filter((arg, i) => !arg.startsWith('--') && !(at >= 0 && i === at + 1));
const PAGES = Number(plain[0] ?? 1200);
const MARKS = (plain[1] ?? '40,320,600,1200').split(',').map(Number);

// Kept as bytes outside the heap and decoded per page, as a worker receives them: a cache that
// holds on to a page (a sliced string of it) shows in the live heap.
const corpus = corpusPages().map((page) => Buffer.from(page.body));
const liveMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

let analyzer: ReturnType<typeof createAnalyzer> | undefined = createAnalyzer({});
const rows: (string | number)[][] = [];
for (let n = 1; n <= PAGES; n++) {
  const content = corpus[(n - 1) % corpus.length]!.toString();
  analyzer.analyzeOne({ source: `page-${n}`, content }, { format: 'html' });
  if (!MARKS.includes(n)) continue;
  const live = liveMb();
  if (snapshots) writeHeapSnapshot(join(snapshots, `heap-${n}.heapsnapshot`));
  rows.push([n, live, '', '', process.memoryUsage().rss / 2 ** 20, loadavg()[0]!]);
}
// Only at the end, so the marks above follow one undisturbed run.
forgetMemos();
const withoutMemos = liveMb();
analyzer = undefined;
rows.push(['end', '', withoutMemos, liveMb(), process.memoryUsage().rss / 2 ** 20, loadavg()[0]!]);
printTable('Live heap after GC at each mark (MB); at the end, with every memo forgotten, then with the analyzer dropped too', ['pages', 'live', 'memos forgotten', 'analyzer dropped too', 'rss', 'load'], rows);
