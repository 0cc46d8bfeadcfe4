import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';

export type Command = 'pages' | 'comments' | 'schema' | 'report';
export type FormatName = 'jsonl' | 'json' | 'csv' | 'csv-long';
export type OffsetsName = 'utf16' | 'codepoint';

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
  help: boolean;
  version: boolean;
}

/** A mistake in how the CLI was called: exit code 2 and a message saying what to fix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FORMATS: FormatName[] = ['jsonl', 'json', 'csv', 'csv-long'];
const OFFSETS: OffsetsName[] = ['utf16', 'codepoint'];
const COMMANDS: Command[] = ['pages', 'comments', 'schema', 'report'];
/**
 * Big enough for real pages, small enough that one stray dump file cannot exhaust memory; the
 * per-worker heap limit follows it (see pool.ts).
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const HELP = `threadlens: split scraped pages into body and comments, and tag every comment

Usage:
  threadlens pages <files | folders | globs | -> [options]
  threadlens comments <file.jsonl | file.csv | -> [options]
  threadlens schema
  threadlens report <files | folders | globs | records.jsonl | -> -o report.html

Commands:
  pages      one record per input page: a PageAnalysis with "source" set to the path,
             or { source, error: { code, message } } when the input cannot be analysed
  comments   one record per row { id, text, parentId?, parentText?, articleText?, targets? }:
             { id, stance, conspiracy, slurs, insults, profanity, questions, language }
  schema     print the JSON Schema of the records
  report     one self-contained HTML file showing every page: comment threads with each
             tag highlighted and explained; .jsonl inputs are records "pages" wrote

Options:
  -o, --output FILE      write records to FILE instead of stdout
      --format F         jsonl (default) | json | csv (one row per comment) |
                         csv-long (one row per comment x finding)
      --jobs N           worker threads (default: number of cores)
      --resume           skip sources/ids already in the -o file (jsonl only); a partly
                         written last line is repaired first
      --targets FILE     stance targets: a JSON list of names or { name, aliases,
                         opponents, vocabulary: { favor, against }, concern }, or
                         one name per line
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
  if (first === undefined) throw new UsageError('missing command: expected "pages", "comments", "schema" or "report"');
  const command = asCommand(first, true);
  if (command !== 'schema' && inputs.length === 0) {
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
  });
  if (args.resume && !args.output) throw new UsageError('--resume needs -o FILE: it reads what that file already holds');
  if (args.resume && args.format !== 'jsonl') throw new UsageError('--resume works with --format jsonl only');
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
    help: false,
    version: false,
    ...partial,
  };
}

function asCommand(word: string | null, strict: boolean): Command | null {
  if (word !== null && (COMMANDS as string[]).includes(word)) return word as Command;
  if (strict) throw new UsageError(`unknown command "${word}": expected "pages", "comments", "schema" or "report"`);
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
