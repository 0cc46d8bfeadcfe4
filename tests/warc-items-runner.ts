/**
 * Prints what warcFileItems yields for a file (argv: path, max bytes) as a JSON array of lines, or
 * what warcStreamItems yields for the file's bytes as a stream (as stdin is read) with WARC_ITEMS_STREAM
 * set; warc-hostile.test.ts runs it in a child process with a time limit. WARC_ITEMS_PARSES adds how
 * many times warcio was asked to parse bytes, WARC_ITEMS_SKIPPED the count of skipped non-HTML records,
 * WARC_ITEMS_RSS the peak RSS, WARC_ITEMS_MESSAGES each error record's message after its line (`line: message`).
 *
 * With `--serve` it answers many reads in one process: one JSON request per stdin line (`{ path,
 * maxBytes, env }`, env holding the WARC_ITEMS_* switches), one JSON array per stdout line. Starting
 * Node with tsx costs about a second, and the hostile-WARC tests read a few hundred files; the test
 * still kills the process when a read takes too long, so a hang is caught as before. Peak RSS needs a
 * process of its own, so reads that ask for it are never served.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { WARCParser } from 'warcio';
import { warcFileItems, warcStreamItems } from '../src/cli/sources/warc.js';
import type { PageItem } from '../src/cli/sources/types.js';

type Switches = Record<string, string | undefined>;

let parses = 0;
const iterate = WARCParser.prototype[Symbol.asyncIterator];
WARCParser.prototype[Symbol.asyncIterator] = function (this: WARCParser) {
  parses++;
  return iterate.call(this);
};

async function readItems(path: string, maxBytes: number, switches: Switches): Promise<string[]> {
  parses = 0;
  const out: string[] = [];
  const notes = { skippedWarcRecords: 0 };
  const items = switches.WARC_ITEMS_STREAM ? warcStreamItems(createReadStream(path), maxBytes, notes) : warcFileItems(path, maxBytes, notes);
  for await (const item of items as AsyncGenerator<PageItem & { content?: Uint8Array }>) {
    const line = item.error ? `${item.source.replace(/^.*#/, '#')} ${item.error.code}${/truncated/.test(item.error.message) ? ' truncated' : ''}` : `${item.source} ok ${item.content!.length}`;
    out.push(item.error && switches.WARC_ITEMS_MESSAGES ? `${line}: ${item.error.message}` : line);
  }
  if (switches.WARC_ITEMS_PARSES) out.push(`parses ${parses}`);
  if (switches.WARC_ITEMS_SKIPPED) out.push(`skipped ${notes.skippedWarcRecords}`);
  // VmHWM is this process's own peak: resourceUsage().maxRSS keeps the peak of the process it was
  // spawned from (Linux saves the old address space's peak at exec), so a test holding a 256 MB input
  // measured 392 MB for a read that peaked at 150.
  if (switches.WARC_ITEMS_RSS) out.push(`peak rss MB ${Math.round(Number(/VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024)}`);
  return out;
}

const [first, maxBytes] = process.argv.slice(2);
if (first === '--serve') {
  for await (const request of createInterface({ input: process.stdin })) {
    const { path, maxBytes: limit, env } = JSON.parse(request) as { path: string; maxBytes: number; env: Switches };
    process.stdout.write(JSON.stringify(await readItems(path, limit, env)) + '\n');
  }
} else {
  process.stdout.write(JSON.stringify(await readItems(first!, Number(maxBytes), process.env)));
}
