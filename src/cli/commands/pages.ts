/** `threadlens pages`: one record per input page, in input order. */
import { errorRecord } from '../../batch/errors.js';
import { ThreadlensError } from '../../errors.js';
import { UsageError, type CliArgs } from '../args.js';
import { collectSources } from '../inputs.js';
import { workerFailure } from '../failures.js';
import type { WorkerSettings } from '../records.js';
import { render } from '../render.js';
import { logger, resumeState, Run } from '../run.js';
import { addStats, countError } from '../stats.js';
import { workerSettings } from '../settings.js';

export async function runPages(args: CliArgs): Promise<number> {
  const log = logger(args);
  const settings = await workerSettings(args);
  // Paths only: contents are read one page at a time, inside the workers.
  const sources = await collectSources(args.inputs, args.extensions, (message) => log(`warning: ${message}`));
  if (sources.length === 0) throw new UsageError('no input files: the folders and globs given matched nothing');
  const resume = await resumeState(args, log);
  const todo = resume ? sources.filter((source) => !resume.done.has(source)) : sources;
  const run = new Run(args, settings, todo.length, 'pages');
  for (const source of todo) {
    const seq = await run.writer.reserve();
    const stdin = source === '-' ? await readStdin(args.maxBytes).catch((error: unknown) => error as Error) : undefined;
    if (stdin instanceof Error) {
      failed(run, seq, source, stdin, settings);
      continue;
    }
    run.pool.run({ kind: 'page', source, ...(stdin ? { content: stdin } : {}) }).then(
      (result) => {
        addStats(run.stats, result.stats);
        run.writer.complete(seq, result.chunks.map((c) => c.chunk).join(''));
        run.progress.tick();
      },
      // Only a crashed worker lands here; the page still gets its record.
      (error: Error) => failed(run, seq, source, workerFailure(error, settings), settings),
    );
  }
  return run.finish(sources.length - todo.length);
}

function failed(run: Run, seq: number, source: string, error: Error, settings: WorkerSettings): void {
  const record = errorRecord(source, error);
  run.stats.pages++;
  countError(run.stats, record.error.code);
  run.writer.complete(seq, render({ record }, settings));
  run.progress.tick();
}

/** A page piped on stdin; reading stops just past the limit so a huge stream is not held. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new ThreadlensError('input-too-large', `stdin is over the limit of ${maxBytes} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
