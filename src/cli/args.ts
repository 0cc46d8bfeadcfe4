import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';

export type Command = 'pages' | 'comments' | 'schema' | 'report' | 'targets';
export type FormatName = 'jsonl' | 'json' | 'csv' | 'csv-long';
export type OffsetsName = 'utf16' | 'codepoint';
/** How `pages` reads its inputs: by file name (WARC files as archives, others as one page), or every input as a page stream or a WARC. */
export type InputMode = 'auto' | 'jsonl' | 'warc';

export interface CliArgs {
  command: Command | null;
  inputs: string[];
  format: FormatName;
  jobs: number;
  resume: boolean;
  targetsFile: string | null;
  lexiconFile: string | null;
  offsets: OffsetsName;
  maxBytes: number;
  quiet: boolean;
  csvGuard: boolean;
  output: string | null;
  extensions: string[];
  input: InputMode;
  /** Per-page time budget in ms (--max-ms). */
  maxMs: number;
  /** --shard I/N, or 'auto' to read the array job's environment; null: every input. */
  shard: string | null;
  /** --shards N: the shard count where the environment gives only an index. */
  shards: number | null;
  help: boolean;
  version: boolean;
}

/** A mistake in how the CLI was called: exit code 2 and a message saying what to fix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FORMATS: FormatName[] = ['jsonl', 'json', 'csv', 'csv-long'];
const OFFSETS: OffsetsName[] = ['utf16', 'codepoint'];
const COMMANDS: Command[] = ['pages', 'comments', 'schema', 'report', 'targets'];
const INPUTS: InputMode[] = ['auto', 'jsonl', 'warc'];
/** Generous: a normal page takes milliseconds; only a pathological one comes near this. */
export const DEFAULT_MAX_MS = 30_000;
/**
 * Big enough for real pages, small enough that one stray dump file cannot exhaust memory; the
 * per-worker heap limit follows it (see pool.ts).
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const HELP = `threadlens: split scraped pages into body and comments, and tag every comment

Usage:
  threadlens pages <files | folders | globs | -> [options]
  threadlens comments <file.jsonl | file.json | file.csv | -> [options]
  threadlens schema
  threadlens report <files | folders | globs | records.jsonl | -> -o report.html
  threadlens targets NAME... [--targets FILE]

Commands:
  pages      one record per input page: a PageAnalysis with "source" set to the path
             (a WARC record's URI, with warcRecordId and warcDate), or
             { source, error: { code, message } } when the input cannot be analysed
  comments   one record per row { id, text, parentId?, parentText?, sourceText?, articleText?,
             targets? }
             (JSONL, a JSON array, or CSV with a header):
             { id, stance, conspiracy, slurs, insults, profanity, questions, language }
  schema     print the JSON Schema of the records
  report     one self-contained HTML file showing every page: comment threads with each
             tag highlighted and explained; .jsonl inputs are records "pages" wrote
  targets    print the stance target card each NAME gets (with --targets FILE: each
             target of the file, the caller's entries laid over the derived card), as a
             JSON list to edit and pass back with --targets

Options:
  -o, --output FILE      write records to FILE instead of stdout; {shard} in FILE is
                         replaced by the shard index (with --shard)
      --format F         jsonl (default) | json | csv (one row per comment) |
                         csv-long (one row per comment x finding)
      --jobs N           worker threads (default: number of cores)
      --resume           skip inputs already in the -o file (jsonl, csv or csv-long; not
                         json); a partly written last record is repaired first
      --input I          auto (default: .warc/.warc.gz files are web archives, other files
                         one page each) | jsonl (every input is a stream of
                         { source|url|id, html|text|content } lines) | warc
      --shard I/N        take only share I of N (0 <= I < N) of the inputs, by a stable hash
                         of each input's identity; "auto" reads the array job's index from
                         SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX
      --shards N         the shard count for --shard auto where the environment has none
                         (AWS Batch, Kubernetes)
      --max-ms N         per-page time budget in milliseconds (default 30000): a page over
                         it gets a time-budget error record and the run goes on
      --targets FILE     stance targets: a JSON list of names or { name, aliases,
                         opponents, vocabulary: { favor, against }, concern }, one
                         such object, or one name per line
      --lexicon FILE     lexicon options (JSON), passed to the taggers
      --offsets O        utf16 (default, JavaScript) | codepoint (Python, R)
      --max-bytes N      inputs larger than N bytes (suffix K, M, G allowed) get an
                         input-too-large error record (default 10M)
      --ext LIST         extensions taken when walking folders (default txt,html,htm)
      --csv-guard        csv/csv-long: prefix ' to cells starting with = + - @ (spreadsheet
                         formula injection); guarded cells no longer match the offsets
  -q, --quiet            no progress bar, no summary
  -h, --help             show this help
  -V, --version          print the version

Records go to stdout (or -o); progress and the summary go to stderr.
Exit codes: 0 all inputs succeeded, 1 some inputs got error records, 2 usage error.
`;

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseOrExplain(argv);
  const help = values.help === true;
  const version = values.version === true;
  const [first, ...inputs] = positionals;
  if (help || version) return defaults({ help, version, command: asCommand(first ?? null, false) });
  if (first === undefined) throw new UsageError('missing command: expected "pages", "comments", "schema", "report" or "targets"');
  const command = asCommand(first, true);
  if (command === 'targets' && inputs.length === 0 && values.targets === undefined) {
    throw new UsageError('"targets" needs a target name, e.g. threadlens targets "Hillary Clinton", or --targets FILE');
  }
  if (command !== 'schema' && command !== 'targets' && inputs.length === 0) {
    throw new UsageError(`"${command}" needs at least one input (a file, folder, glob, or - for stdin)`);
  }
  if (command === 'comments' && inputs.length > 1) throw new UsageError('"comments" takes exactly one input file');
  const args = defaults({
    command,
    inputs,
    format: oneOf('--format', values.format, FORMATS, 'jsonl'),
    offsets: oneOf('--offsets', values.offsets, OFFSETS, 'utf16'),
    jobs: values.jobs === undefined ? availableParallelism() : positiveInt('--jobs', values.jobs),
    maxBytes: values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : byteSize(values['max-bytes']),
    resume: values.resume === true,
    quiet: values.quiet === true,
    csvGuard: values['csv-guard'] === true,
    output: values.output ?? null,
    targetsFile: values.targets ?? null,
    lexiconFile: values.lexicon ?? null,
    extensions: values.ext === undefined ? ['txt', 'html', 'htm'] : extensions(values.ext),
    input: oneOf('--input', values.input, INPUTS, 'auto'),
    maxMs: values['max-ms'] === undefined ? DEFAULT_MAX_MS : milliseconds(values['max-ms']),
    shard: values.shard ?? null,
    shards: values.shards === undefined ? null : shardCount(values.shards),
  });
  if (args.resume && !args.output) throw new UsageError('--resume needs -o FILE: it reads what that file already holds');
  if (args.resume && args.format === 'json') {
    throw new UsageError('--resume works with --format jsonl, csv or csv-long, not json: a JSON array cannot be appended to');
  }
  if (args.command !== 'pages' && (args.input !== 'auto' || args.shard !== null)) {
    throw new UsageError('--input and --shard apply to "pages" only');
  }
  if (args.shards !== null && args.shard !== 'auto') throw new UsageError('--shards N goes with --shard auto');
  if (command === 'report' && (values.format !== undefined || values.offsets !== undefined || args.resume || args.csvGuard)) {
    throw new UsageError('"report" writes one HTML file: --format, --offsets, --resume and --csv-guard do not apply');
  }
  if (args.csvGuard && !args.format.startsWith('csv')) throw new UsageError('--csv-guard applies to --format csv or csv-long');
  if (args.output === '') throw new UsageError('-o needs a file name');
  return args;
}

function parseOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        resume: { type: 'boolean' },
        targets: { type: 'string' },
        lexicon: { type: 'string' },
        offsets: { type: 'string' },
        'max-bytes': { type: 'string' },
        ext: { type: 'string' },
        input: { type: 'string' },
        shard: { type: 'string' },
        shards: { type: 'string' },
        'max-ms': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'csv-guard': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function defaults(partial: Partial<CliArgs>): CliArgs {
  return {
    command: null,
    inputs: [],
    format: 'jsonl',
    jobs: 1,
    resume: false,
    targetsFile: null,
    lexiconFile: null,
    offsets: 'utf16',
    maxBytes: DEFAULT_MAX_BYTES,
    quiet: false,
    csvGuard: false,
    output: null,
    extensions: ['txt', 'html', 'htm'],
    input: 'auto',
    maxMs: DEFAULT_MAX_MS,
    shard: null,
    shards: null,
    help: false,
    version: false,
    ...partial,
  };
}

function asCommand(word: string | null, strict: boolean): Command | null {
  if (word !== null && (COMMANDS as string[]).includes(word)) return word as Command;
  if (strict) throw new UsageError(`unknown command "${word}": expected "pages", "comments", "schema", "report" or "targets"`);
  return null;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

function positiveInt(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new UsageError(`${flag} must be a whole number from 1 to 256; got "${value}"`);
  }
  return Number(value);
}

function milliseconds(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--max-ms must be a whole number of milliseconds, at least 1; got "${value}"`);
  return Number(value);
}

function shardCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--shards must be a whole number, at least 1; got "${value}"`);
  return Number(value);
}

function byteSize(value: string): number {
  const match = /^(\d+)([KMG])?i?B?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-bytes must be a number of bytes, e.g. 5000000 or 5M; got "${value}"`);
  const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(match[2] ?? '').toUpperCase() as 'K' | 'M' | 'G'] ?? 1;
  return Number(match[1]) * unit;
}

function extensions(value: string): string[] {
  const list = value
    .split(',')
    .map((ext) => ext.trim().replace(/^\./, '').toLowerCase())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError('--ext needs at least one extension, e.g. --ext txt,html');
  return list;
}
