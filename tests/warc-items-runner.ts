/**
 * Prints what warcFileItems yields for a file (argv: path, max bytes) as a JSON array of lines, or
 * what warcStreamItems yields for the file's bytes as a stream (as stdin is read) with WARC_ITEMS_STREAM
 * set; warc-hostile.test.ts runs it in a child process with a time limit. WARC_ITEMS_PARSES adds how
 * many times warcio was asked to parse bytes, WARC_ITEMS_SKIPPED the count of skipped non-HTML records,
 * WARC_ITEMS_RSS the peak RSS, WARC_ITEMS_MESSAGES each error record's message after its line (`line: message`).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { WARCParser } from 'warcio';
import { warcFileItems, warcStreamItems } from '../src/cli/sources/warc.js';
import type { PageItem } from '../src/cli/sources/types.js';

const [path, maxBytes] = process.argv.slice(2);
let parses = 0;
const iterate = WARCParser.prototype[Symbol.asyncIterator];
WARCParser.prototype[Symbol.asyncIterator] = function (this: WARCParser) {
  parses++;
  return iterate.call(this);
};
const out: string[] = [];
const notes = { skippedWarcRecords: 0 };
const items = process.env.WARC_ITEMS_STREAM ? warcStreamItems(createReadStream(path!), Number(maxBytes), notes) : warcFileItems(path!, Number(maxBytes), notes);
for await (const item of items as AsyncGenerator<PageItem & { content?: Uint8Array }>) {
  const line = item.error ? `${item.source.replace(/^.*#/, '#')} ${item.error.code}${/truncated/.test(item.error.message) ? ' truncated' : ''}` : `${item.source} ok ${item.content!.length}`;
  out.push(item.error && process.env.WARC_ITEMS_MESSAGES ? `${line}: ${item.error.message}` : line);
}
if (process.env.WARC_ITEMS_PARSES) out.push(`parses ${parses}`);
if (process.env.WARC_ITEMS_SKIPPED) out.push(`skipped ${notes.skippedWarcRecords}`);
// VmHWM is this process's own peak: resourceUsage().maxRSS keeps the peak of the process it was
// spawned from (Linux saves the old address space's peak at exec), so a test holding a 256 MB input
// measured 392 MB for a read that peaked at 150.
if (process.env.WARC_ITEMS_RSS) out.push(`peak rss MB ${Math.round(Number(/VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024)}`);
process.stdout.write(JSON.stringify(out));
