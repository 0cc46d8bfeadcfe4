/**
 * The `pages` inputs as one stream of page items, in input order: files (read later, in the
 * workers), stdin, page streams (--input jsonl) and WARC records. Only paths are collected up
 * front; contents are read as the run asks for them, so memory does not grow with the corpus.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { toErrorInfo } from '../../batch/errors.js';
import { UsageError, type CliArgs } from '../args.js';
import { byExtension, collectSources } from '../inputs.js';
import { fileKey } from '../identity/keys.js';
import { readStdinPage } from './stdin.js';
import { streamItems } from './stream.js';
import type { PageItem, SourceNotes } from './types.js';
import { loadWarcio, warcFileItems, warcStreamItems } from './warc.js';
import { isThreadlensError } from '../../errors.js';

export type { PageItem, SourceNotes, WarcFields } from './types.js';

const WARC_NAME = /\.warc(\.gz)?$/i;
const STREAM_NAME = /\.(jsonl|ndjson)$/i;

/** The input paths (folders walked, globs expanded); a usage error when nothing matched. */
export async function inputPaths(args: CliArgs, warn: (message: string) => void): Promise<string[]> {
  const pages = byExtension(args.extensions);
  const wanted = {
    auto: (name: string) => pages(name) || WARC_NAME.test(name),
    jsonl: (name: string) => STREAM_NAME.test(name),
    warc: (name: string) => WARC_NAME.test(name),
  }[args.input];
  const paths = await collectSources(args.inputs, wanted, warn);
  if (paths.length === 0) throw new UsageError('no input files: the folders and globs given matched nothing');
  if (args.input === 'warc' || (args.input === 'auto' && paths.some((path) => WARC_NAME.test(path)))) await needWarcio();
  return paths;
}

/** warcio is optional: without it a run with WARC inputs stops before it starts, saying how to get it. */
async function needWarcio(): Promise<void> {
  try {
    await loadWarcio();
  } catch (error) {
    if (isThreadlensError(error) && error.code === 'missing-dependency') throw new UsageError(error.message);
    throw error;
  }
}

export async function* pageItems(paths: string[], args: CliArgs, notes: SourceNotes): AsyncGenerator<PageItem> {
  const seenFiles = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield* stdinItems(args, notes);
      continue;
    }
    const key = fileKey(path);
    // `a.txt` and `./a.txt` are one input: the second is dropped, as a repeated path is.
    if (seenFiles.has(key)) continue;
    seenFiles.add(key);
    if (args.input === 'warc' || (args.input === 'auto' && WARC_NAME.test(path))) yield* guarded(path, key, () => warcFileItems(path, args.maxBytes, notes));
    else if (args.input === 'jsonl') yield* guarded(path, key, () => streamItems(createReadStream(path) as AsyncIterable<Buffer>, key, args.maxBytes));
    else yield { key, source: path, path };
  }
}

async function* stdinItems(args: CliArgs, notes: SourceNotes): AsyncGenerator<PageItem> {
  if (args.input === 'jsonl') return yield* streamItems(process.stdin as AsyncIterable<Buffer>, '-', args.maxBytes);
  if (args.input === 'warc') return yield* warcStreamItems(process.stdin as Readable, args.maxBytes, notes);
  try {
    yield { key: '-', source: '-', content: await readStdinPage(args.maxBytes) };
  } catch (error) {
    yield { key: '-', source: '-', error: toErrorInfo(error) };
  }
}

/**
 * A container file that cannot be opened is one error record, named by its path; one that fails
 * part-way (an I/O error) keeps the pages read so far and gets an error record for the rest.
 */
async function* guarded(path: string, key: string, items: () => AsyncGenerator<PageItem>): AsyncGenerator<PageItem> {
  let read = 0;
  try {
    for await (const item of items()) {
      read++;
      yield item;
    }
  } catch (error) {
    yield { key: read === 0 ? key : `${key}#after=${read}`, source: path, error: toErrorInfo(error) };
  }
}
