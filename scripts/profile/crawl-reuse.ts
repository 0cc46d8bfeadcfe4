/**
 * `node --expose-gc --import tsx scripts/profile/crawl-reuse.ts [warm] [measured] [keep|forget]`:
 * what a CLI worker's caches buy on a crawl of distinct pages (issue 17; the WARC bench's crawl
 * measure). One analyzer, as a worker makes it, reads the bench's crawl pages in its order: `warm`
 * pages (default 150), then `measured` more (default 250). With `forget`, every memo is emptied
 * (forgetMemos) after each measured page, so no answer is reused from an earlier page: the CPU a
 * measured page then costs beyond `keep`'s is what cross-page reuse saves on distinct pages, and
 * the live heap at the end without it is what holding those answers costs. Also counts the
 * regexes built at run time (`new RegExp`, by wrapping the global constructor) in each window:
 * a compile that goes on after the warm-up is paid by every page, not once per worker. Run `keep`
 * and `forget` alternately, each a fresh process: CPU follows the machine's load (printed).
 */
import { loadavg } from 'node:os';
import { createAnalyzer } from '../../src/analyzer/index.js';
import { forgetMemos } from '../../src/memo.js';
import { crawlPages } from '../bench/sections/65-warc.js';
import { printTable } from '../lib/table.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const [warmArg, measuredArg, mode = 'keep'] = process.argv.slice(2);
const WARM = Number(warmArg ?? 150);
const MEASURED = Number(measuredArg ?? 250);
if (mode !== 'keep' && mode !== 'forget') throw new Error(`mode ${mode}: keep or forget`);

const built = { count: 0, sources: new Set<string>() };
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    built.count++;
    built.sources.add(`${String(args[1] ?? '')}/${args[0] instanceof NativeRegExp ? args[0].source : String(args[0])}`);
    return Reflect.construct(target, args, newTarget) as object;
  },
});

// Kept as bytes outside the heap and decoded per page, as a worker receives them.
const pages = crawlPages()
  .slice(0, WARM + MEASURED)
  .map((page) => Buffer.from(page.body));
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const analyzer = createAnalyzer({});
const rows: (string | number)[][] = [];
const window = (name: string, from: number, to: number, after: () => void) => {
  const start = cpuMs();
  const before = { count: built.count, sources: built.sources.size };
  for (let n = from; n < to; n++) {
    analyzer.analyzeOne({ source: `page-${n}`, content: pages[n]!.toString() }, { format: 'html' });
    after();
  }
  const used = cpuMs() - start;
  rows.push([name, to - from, used / (to - from), built.count - before.count, built.sources.size - before.sources, loadavg()[0]!]);
};
window('warm-up', 0, WARM, () => {});
window(`measured (${mode})`, WARM, WARM + MEASURED, mode === 'forget' ? forgetMemos : () => {});
gc();
gc();
const live = process.memoryUsage().heapUsed / 2 ** 20;
forgetMemos();
gc();
gc();
const withoutMemos = process.memoryUsage().heapUsed / 2 ** 20;
printTable(`Crawl pages in one analyzer (${mode}): CPU per page, and regexes built at run time`, ['window', 'pages', 'cpu ms/page', 'new RegExp', 'new sources', 'load'], rows);
printTable('Live heap at the end (MB)', ['live', 'memos forgotten', 'memos hold', 'rss'], [[live, withoutMemos, live - withoutMemos, process.memoryUsage().rss / 2 ** 20]]);
