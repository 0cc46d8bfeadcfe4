/**
 * `threadlens comments` memory: peak RSS on a comment-row JSONL of 10 MB and of 50 MB (rows in
 * per-article threads of 20, ids numbered per article as exports do). The rows are read twice, so
 * memory holds an index of the rows (ids and links) and the threads still open, not the file:
 * the 50 MB peak should stay near the 10 MB one. Files go to the OS temp folder.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { measureCli } from '../../lib/measure-cli.js';
import { printTable } from '../../lib/table.js';

const MB = 1024 * 1024;
const SENTENCES = [
  'Why did the council approve this without a vote of the residents?',
  'That is simply not true, the minutes say otherwise.',
  'Well said, I agree with every word of this.',
  'Who paid for the study they keep quoting?',
  'The mayor knows exactly what he is doing and it stinks.',
  'Source? I can not find that figure anywhere in the report.',
];

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'threadlens-bench-comments-'));
  try {
    const rows: (string | number)[][] = [];
    const peaks: number[] = [];
    for (const target of [10, 50]) {
      const path = join(work, `rows-${target}.jsonl`);
      const count = await writeRows(path, target * MB);
      const measured = await measureCli(['comments', path, '--jobs', '2', '-o', '/dev/null', '-q']);
      peaks.push(measured.peakRssMb);
      rows.push([`${target} MB`, count, statSync(path).size / MB, measured.seconds, measured.cpuSeconds, count / measured.cpuSeconds, measured.peakRssMb, measured.load, String(measured.exit)]);
    }
    printTable('`threadlens comments` on JSONL rows (--jobs 2)', ['input', 'rows', 'MB', 'seconds', 'cpu s', 'rows/cpu-s', 'peak RSS MB', 'load', 'exit'], rows);
    printTable('comments memory target', ['measure', 'value', 'target', 'met'], [['peak RSS 50 MB / 10 MB', peaks[1]! / peaks[0]!, '<= 1.2', peaks[1]! / peaks[0]! <= 1.2 ? 'yes' : 'no']]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Threads of 20 rows per article, each reply to the row before it; returns the row count. */
async function writeRows(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let count = 0;
  for (let article = 0; written < bytes; article++) {
    const articleText = `Article ${article}. The city council approved the new budget for the harbour district on Monday after a long debate.`;
    for (let n = 0; n < 20; n++) {
      const text = `${SENTENCES[(article + n) % SENTENCES.length]} (${article}-${n}) ${SENTENCES[(article * 7 + n) % SENTENCES.length]}`;
      const line = `${JSON.stringify({ id: n, text, articleText, ...(n > 0 ? { parentId: n - 1 } : {}) })}\n`;
      written += Buffer.byteLength(line);
      count++;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return count;
}
