/** Loads --targets and --lexicon once, in the main thread, and checks them before any work starts. */
import { readFileSync } from 'node:fs';
import { isThreadlensError } from '../errors.js';
import type { LexiconOptions } from '../tag/lexicon/options.js';
import { z } from 'zod';
import { TargetInput } from '../schema/index.js';
import { UsageError, type CliArgs } from './args.js';
import type { WorkerSettings } from './records.js';

export async function workerSettings(args: CliArgs): Promise<WorkerSettings> {
  const settings: WorkerSettings = { format: args.format, offsets: args.offsets, maxBytes: args.maxBytes };
  if (args.csvGuard) settings.csvGuard = true;
  if (args.targetsFile) settings.targets = readTargets(args.targetsFile);
  if (args.lexiconFile) settings.lexicon = await readLexicon(args.lexiconFile);
  return settings;
}

/** A JSON list of names or { name, aliases }, or plain text with one name per line. */
function readTargets(path: string): TargetInput[] {
  const text = readText(path, '--targets');
  if (text.trimStart().startsWith('[')) {
    const parsed = z.array(TargetInput).safeParse(parseJson(text, path, '--targets'));
    if (!parsed.success) {
      const where = deepestPath(parsed.error.issues);
      throw new UsageError(`--targets ${path}: expected a list of names or { "name", "aliases", "opponents", "vocabulary" } objects${where}`);
    }
    return parsed.data;
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Where the first problem is, as " (at 0.vocabulary.against)": a union reports only the list index, so look inside its branches. */
function deepestPath(issues: z.core.$ZodIssue[]): string {
  const path = deepestIssuePath(issues, []);
  return path.length > 0 ? ` (at ${path.map(String).join('.')})` : '';
}

function deepestIssuePath(issues: z.core.$ZodIssue[], prefix: PropertyKey[]): PropertyKey[] {
  let best: PropertyKey[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (path.length > best.length) best = path;
    if (issue.code !== 'invalid_union') continue;
    for (const branch of issue.errors) {
      const inner = deepestIssuePath(branch, path);
      if (inner.length > best.length) best = inner;
    }
  }
  return best;
}

/** The lexicon's shape belongs to the taggers; a trial run surfaces their invalid-lexicon error now. */
async function readLexicon(path: string): Promise<LexiconOptions> {
  const lexicon = parseJson(readText(path, '--lexicon'), path, '--lexicon');
  if (!lexicon || typeof lexicon !== 'object' || Array.isArray(lexicon)) {
    throw new UsageError(`--lexicon ${path}: expected a JSON object`);
  }
  // Loaded only here: the main thread otherwise never needs the taggers.
  const { tagComment } = await import('../tag/index.js');
  try {
    tagComment('threadlens lexicon check', { lexicon: lexicon as LexiconOptions });
  } catch (error) {
    if (isThreadlensError(error)) throw new UsageError(`--lexicon ${path}: ${error.message}`);
    throw error;
  }
  return lexicon as LexiconOptions;
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
