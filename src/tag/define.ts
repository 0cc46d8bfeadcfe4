/**
 * The one shape every tagger has. A tagger is a folder under src/tag/ exporting `defineTagger({...})`
 * and one line in the registry (src/tag/registry.ts); from that line the analyzer runs it in
 * dependency order, the schema gets its fields, spans are moved onto page offsets, rule ids get
 * their namespace, and the CSV formats and the CLI summary get its columns and counts.
 */
import type * as z from 'zod';
import type { LexiconOptions } from './lexicon/options.js';
import type { ConspiracyOptions } from './conspiracy/options.js';
import type { GroupOptions } from './groups/schema.js';
import type { TextView } from '../text/view.js';
import type { CompiledTarget } from './stance/targets/names.js';

/** What the analyzer compiles once and every tagger may read: the caller's data options. */
export interface TaggerOptions {
  lexicon?: LexiconOptions;
  conspiracy?: ConspiracyOptions;
  /** Identity attacks and threats: the caller's protected groups, or built-in ones to leave out. */
  identity?: { groups?: GroupOptions };
}

/** One text to tag, with what it is read against. */
export interface TagInput {
  /** The comment. */
  view: TextView;
  /** The text it replies to: the parent comment, or the article for a top-level comment. */
  parent: TextView | undefined;
  /** The thread's source, the root comment a reply's thread starts from; undefined for a top-level comment. */
  source?: TextView | undefined;
  /** The article the comment sits under, when known. */
  article: TextView | undefined;
  /** Stance targets, compiled. */
  targets: readonly CompiledTarget[];
}

/** A tagged comment of a thread, for taggers that link comments (answer links). */
export interface ThreadEntry {
  id: string;
  parentId: string | null;
  view: TextView;
  /** The comment's tag fields so far; a thread step may change them in place. */
  tags: Record<string, unknown>;
  /**
   * The entry this one replies to as the analyzer linked it (null: none in the thread). A row
   * export links a later row when no earlier one has the id (src/batch/threads.ts). When absent, a
   * thread step takes the nearest earlier entry with `parentId`.
   */
  parent?: ThreadEntry | null;
}

/** A tag field's schema: the zod type of the value the tagger writes under that name. */
export type FieldSchemas = Record<string, z.ZodType>;

/** The values of a tagger's fields. */
export type FieldValues<F extends FieldSchemas> = { [K in keyof F]: z.infer<F[K]> };

/** A CSV row of the csv-long format: column name → cell. */
export type LongRow = Record<string, unknown>;

export interface Tagger<Id extends string = string, F extends FieldSchemas = FieldSchemas, Compiled = unknown> {
  /** Names the tagger in `needs` lists and in errors. */
  id: Id;
  /** Ids of taggers whose fields this one reads; they run first. */
  needs: readonly string[];
  /** The fields this tagger adds to an analysed comment, in output order. Each field is a rule namespace. */
  fields: F;
  /** Turns the caller's options into what `run` reads (word lists, cue indexes), once per analyzer. */
  compile(options: TaggerOptions): Compiled;
  /**
   * Tags one text. Spans are offsets into `input.view.text`; rules are the tagger's own names, which
   * the analyzer prefixes with the field ("deny-false" under `stance` → "stance/deny-false").
   * `prior` holds the fields of the taggers named in `needs`.
   *
   * Call order: the analyzer calls each tagger on every comment of a page (or every row of
   * `tagComments`) before the next tagger, so one tagger's calls on comments 1, 2, 3 come between
   * another's; only the order among taggers (after their `needs`) is promised. A tagger must
   * therefore keep no state between calls: what it reads comes from `input` and `prior`, what it
   * passes on goes into its fields, and readings worth sharing go on the view (`view.derive`).
   * Caches keyed by the text are fine.
   */
  run(input: TagInput, compiled: Compiled, prior: Readonly<Record<string, unknown>>): FieldValues<F>;
  /** Optional: runs once per thread after every comment is tagged (comments in thread order). */
  thread?(comments: readonly ThreadEntry[], compiled: Compiled): void;
  /** Columns of the one-row-per-comment CSV, in order, from the comment's tags. */
  columns: Record<string, (tags: FieldValues<F>) => unknown>;
  /** Rows of the csv-long format for one comment (`kind`, `label`, `score`, `rule`, span…). */
  longRows(tags: FieldValues<F>): LongRow[];
  /** Counts for the CLI summary ("insults", "stance deny"…), zero counts left out. */
  summary(tags: FieldValues<F>): [string, number][];
}

/** Declares a tagger; the identity function, there for the types and as the one place taggers are made. */
export function defineTagger<Id extends string, F extends FieldSchemas, Compiled>(tagger: Tagger<Id, F, Compiled>): Tagger<Id, F, Compiled> {
  return tagger;
}

/** Any tagger, whatever its fields and compiled data (tagger lists are checked when prepared). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTagger = Tagger<string, any, any>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The field schemas of a list of taggers, merged. */
export type FieldsOf<T extends readonly AnyTagger[]> = UnionToIntersection<T[number]['fields']>;

/** The tag values of a list of taggers, merged: what an analysed comment carries. */
export type TagsOf<T extends readonly AnyTagger[]> = FieldsOf<T> extends FieldSchemas ? FieldValues<FieldsOf<T>> : never;
