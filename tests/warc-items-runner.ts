/** Prints what warcFileItems yields for a file (argv: path, max bytes) as a JSON array of lines; warc-hostile.test.ts runs it in a child process with a time limit. */
import { warcFileItems } from '../src/cli/sources/warc.js';
import type { PageItem } from '../src/cli/sources/types.js';

const [path, maxBytes] = process.argv.slice(2);
const out: string[] = [];
for await (const item of warcFileItems(path!, Number(maxBytes), { skippedWarcRecords: 0 }) as AsyncGenerator<PageItem & { content?: Uint8Array }>) {
  out.push(item.error ? `${item.source.replace(/^.*#/, '#')} ${item.error.code}${/truncated/.test(item.error.message) ? ' truncated' : ''}` : `${item.source} ok ${item.content!.length}`);
}
if (process.env.WARC_ITEMS_RSS) out.push(`peak rss MB ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
process.stdout.write(JSON.stringify(out));
