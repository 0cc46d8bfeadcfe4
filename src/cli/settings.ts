/** Loads --targets and --lexicon once, in the main thread, and checks them before any work starts. */
import { readFileSync } from 'node:fs';
import { isThreadlensError } from '../errors.js';
import type { LexiconOptions } from '../tag/lexicon/options.js';
import type { TargetInput } from '../schema/index.js';
import { UsageError, type CliArgs } from './args.js';
import type { WorkerSettings } from './records.js';
import { parseTargetList, TARGET_SHAPE } from './targets-input.js';

export async function workerSettings(args: CliArgs): Promise<WorkerSettings> {
  const settings: WorkerSettings = { format: args.format, offsets: args.offsets, maxBytes: args.maxBytes, maxMs: args.maxMs };
  if (args.csvGuard) settings.csvGuard = true;
  if (args.targetsFile) settings.targets = readTargets(args.targetsFile);
  if (args.lexiconFile) settings.lexicon = await readLexicon(args.lexiconFile);
  return settings;
}

/**
 * A JSON list of names or target objects, one target object, or plain text with one name per
 * line. Any other JSON (a bare string, a number) is refused rather than read as a name.
 */
export function readTargets(path: string): TargetInput[] {
  const text = readText(path, '--targets').replace(/^\uFEFF/, '');
  const head = text.trimStart();
  if (head.startsWith('[') || head.startsWith('{')) {
    const value = parseJson(text, path, '--targets');
    const parsed = parseTargetList(Array.isArray(value) ? value : [value]);
    if (!parsed.ok) throw new UsageError(`--targets ${path}: expected ${TARGET_SHAPE}, or one such object${Array.isArray(value) ? parsed.where : parsed.where.replace(/\(at 0\.?/, '(at ')}`);
    return parsed.targets;
  }
  if (isOtherJson(text)) throw new UsageError(`--targets ${path}: expected a JSON list or object, or one name per line; found a single JSON value`);
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The lexicon's shape belongs to the taggers; a trial run surfaces their invalid-lexicon error now. */
async function readLexicon(path: string): Promise<LexiconOptions> {
  const lexicon = parseJson(readText(path, '--lexicon'), path, '--lexicon');
  if (!lexicon || typeof lexicon !== 'object' || Array.isArray(lexicon)) {
    throw new UsageError(`--lexicon ${path}: expected a JSON object`);
  }
  // Loaded only here: the main thread otherwise never needs the taggers. Making an analyzer
  // compiles the lexicon, which is where a bad entry fails.
  const { createAnalyzer } = await import('../analyzer/index.js');
  try {
    createAnalyzer({ lexicon: lexicon as LexiconOptions });
  } catch (error) {
    if (isThreadlensError(error)) throw new UsageError(`--lexicon ${path}: ${error.message}`);
    throw error;
  }
  return lexicon as LexiconOptions;
}

/** `"Biden"` or `42` alone: JSON, but neither a list nor a target, and not meant as a name with quotes. */
function isOtherJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^["\d-]|^(true|false|null)$/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

function readText(path: string, flag: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${path}: ${(error as Error).message}`);
  }
}

function parseJson(text: string, path: string, flag: string): any {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
