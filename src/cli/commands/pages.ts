/** `threadlens pages`: one record per input page, in input order. */
import type { ErrorInfo } from '../../batch/errors.js';
import { recordVersions } from '../../batch/versions.js';
import { UsageError, type CliArgs } from '../args.js';
import { workerFailure } from '../failures.js';
import { fileKey, ResumeSkips, warcKey } from '../identity/keys.js';
import { inShard, outputFor, parseShard, type Shard } from '../identity/shard.js';
import type { PageTask, WorkerSettings } from '../records.js';
import { render } from '../render.js';
import type { RecordRef } from '../resume.js';
import { logger, pageDeadline, resumeState, Run } from '../run.js';
import { inputPaths, pageItems, type PageItem, type SourceNotes } from '../sources/index.js';
import { addStats, countError } from '../stats.js';
import { workerSettings } from '../settings.js';

export async function runPages(args: CliArgs): Promise<number> {
  const log = logger(args);
  // Usage problems first, before any work: the shard, the output, the options files, the inputs.
  const shard = parseShard(args.shard, args.shards);
  const output = outputFor(args.output, shard);
  const settings = await workerSettings(args);
  const paths = await inputPaths(args, (message) => log(`warning: ${message}`));
  if (args.resume && args.format !== 'jsonl' && hasWarc(paths, args)) {
    throw new UsageError('--resume on WARC input needs --format jsonl: CSV rows do not carry the WARC record id that tells two captures of one URL apart');
  }
  const resume = await resumeState(args, output, (ref) => recordKey(ref, args), log);
  const run = new Run(args, settings, { total: plannedTotal(paths, args, shard, resume?.done), unit: 'pages', output, resume, deadline: pageDeadline(args.maxMs) });
  const notes: SourceNotes = { skippedWarcRecords: 0 };
  const alreadyWritten = new ResumeSkips(resume?.done);
  let skipped = 0;
  let elsewhere = 0;
  for await (const item of pageItems(paths, args, notes)) {
    // The same key decides the shard and the resume skip, so a resumed shard takes the same share.
    if (!inShard(item.key, shard)) {
      elsewhere++;
      continue;
    }
    if (alreadyWritten.skip(item.key)) {
      skipped++;
      continue;
    }
    const seq = await run.writer.reserve();
    if (item.error) {
      failed(run, seq, item, item.error, settings);
      continue;
    }
    run.pool.run(taskOf(item)).then(
      (result) => {
        addStats(run.stats, result.stats);
        run.writer.complete(seq, result.chunks.map((c) => c.chunk).join(''));
        run.progress.tick();
      },
      // Only a crashed or stopped worker lands here; the page still gets its record.
      (error: Error) => failed(run, seq, item, workerFailure(error, settings), settings),
    );
  }
  return run.finish(skipped, summaryNotes(notes, shard, elsewhere));
}

function taskOf(item: PageItem): PageTask {
  const { source, path, content, format, charset, warc } = item;
  return { kind: 'page', source, ...(path !== undefined ? { path } : {}), ...(content !== undefined ? { content } : {}), ...(format ? { format } : {}), ...(charset ? { charset } : {}), ...(warc ? { warc } : {}) };
}

function failed(run: Run, seq: number, item: PageItem, error: ErrorInfo, settings: WorkerSettings): void {
  const record = { source: item.source, ...item.warc, error: { code: error.code, message: error.message }, ...recordVersions() };
  run.stats.pages++;
  countError(run.stats, record.error.code);
  run.writer.complete(seq, render({ record }, settings));
  run.progress.tick();
}

/**
 * The key of a record already in the output, computed as its input's key was: a WARC record by
 * URI and record id, a page-stream line by its source, a file by its real path (so resuming with
 * an absolute path after a relative one skips the same files).
 */
function recordKey(ref: RecordRef, args: CliArgs): string | null {
  if (ref.source === undefined) return null;
  if (ref.warcRecordId !== undefined) return warcKey(ref.source, ref.warcRecordId);
  if (args.input === 'jsonl' || ref.source === '-') return ref.source;
  return fileKey(ref.source);
}

function hasWarc(paths: string[], args: CliArgs): boolean {
  return args.input === 'warc' || (args.input === 'auto' && paths.some((path) => /\.warc(\.gz)?$/i.test(path)));
}

/** Known only when every input is one page file; streams and WARC files count as they go. */
function plannedTotal(paths: string[], args: CliArgs, shard: Shard | null, done: Map<string, number> | undefined): number | null {
  if (args.input !== 'auto' || hasWarc(paths, args) || paths.includes('-')) return null;
  const keys = new Set(paths.map(fileKey));
  return [...keys].filter((key) => inShard(key, shard) && !done?.has(key)).length;
}

function summaryNotes(notes: SourceNotes, shard: Shard | null, elsewhere: number): string[] {
  const lines: string[] = [];
  if (shard) lines.push(`shard ${shard.index}/${shard.count}: ${elsewhere} inputs belong to other shards`);
  if (notes.skippedWarcRecords > 0) lines.push(`WARC records that are not HTML responses, skipped: ${notes.skippedWarcRecords}`);
  return lines;
}
