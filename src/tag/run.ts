/**
 * Running a list of taggers: checked and compiled once (`prepareTaggers`), then over a list of
 * texts one tagger at a time in dependency order (`runTaggersOnEach`; `runTaggers` for one text),
 * per thread (`linkThread`), and finished at one point (`finishTags`): every rule gets its field's
 * namespace and every span moves onto the page.
 */
import { ThreadlensError } from '../errors.js';
import type { AnyTagger, TaggerOptions, TagInput, ThreadEntry } from './define.js';

export interface PreparedTaggers {
  /** Output order (the registry's). */
  readonly taggers: readonly AnyTagger[];
  /** Run order: every tagger after the ones it needs. */
  readonly order: readonly AnyTagger[];
  /** Each field and the tagger that writes it, in output order. */
  readonly fields: readonly { name: string; tagger: AnyTagger }[];
  readonly compiled: ReadonlyMap<string, unknown>;
}

/** Checks the list (unique ids and fields, known needs, no cycles) and compiles each tagger's data. */
export function prepareTaggers(taggers: readonly AnyTagger[], options: TaggerOptions): PreparedTaggers {
  const byId = new Map<string, AnyTagger>();
  const fields: { name: string; tagger: AnyTagger }[] = [];
  const seenFields = new Set<string>(['language']);
  for (const tagger of taggers) {
    if (byId.has(tagger.id)) throw new ThreadlensError('invalid-options', `two taggers have the id "${tagger.id}"`);
    byId.set(tagger.id, tagger);
    for (const name of Object.keys(tagger.fields)) {
      if (seenFields.has(name)) throw new ThreadlensError('invalid-options', `tagger "${tagger.id}" writes field "${name}", which another field already has`);
      seenFields.add(name);
      fields.push({ name, tagger });
    }
  }
  const order = runOrder(taggers, byId);
  const compiled = new Map(order.map((tagger) => [tagger.id, tagger.compile(options)] as const));
  return { taggers, order, fields, compiled };
}

/** Depth-first over `needs`, keeping the given order among independent taggers. */
function runOrder(taggers: readonly AnyTagger[], byId: Map<string, AnyTagger>): AnyTagger[] {
  const order: AnyTagger[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (tagger: AnyTagger) => {
    const seen = state.get(tagger.id);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new ThreadlensError('invalid-options', `taggers need each other in a circle (at "${tagger.id}")`);
    state.set(tagger.id, 'visiting');
    for (const need of tagger.needs) {
      const needed = byId.get(need);
      if (!needed) throw new ThreadlensError('invalid-options', `tagger "${tagger.id}" needs "${need}", which is not in the list`);
      visit(needed);
    }
    state.set(tagger.id, 'done');
    order.push(tagger);
  };
  for (const tagger of taggers) visit(tagger);
  return order;
}

/** Every tagger on one text, in run order; the fields come back in output order, rules still local. */
export function runTaggers(prepared: PreparedTaggers, input: TagInput, deadline?: { check(stage: string): void }): Record<string, unknown> {
  return runTaggersOnEach(prepared, [input], deadline)[0]!;
}

/**
 * Every tagger on every text of a page or of a list of rows, one tagger at a time over all the
 * texts (each text still sees its own earlier taggers' fields): a tagger's word lists, cue tables
 * and caches stay warm across the comments instead of being pushed out by the six other taggers
 * between two comments. Both paths (analyzePage, tagComments) run this one loop, so a tagger is
 * called in the same order on both. Results are the same as text by text only because taggers
 * keep no state between calls (the contract of `Tagger.run`, src/tag/define.ts). `names[i]`
 * ("comment c3", "row 5") says in a time-budget error which text the work stopped before.
 */
export function runTaggersOnEach(
  prepared: PreparedTaggers,
  inputs: readonly TagInput[],
  deadline?: { check(stage: string, at?: string): void },
  names?: readonly string[],
): Record<string, unknown>[] {
  const values: Record<string, unknown>[] = inputs.map(() => ({}));
  for (const tagger of prepared.order) {
    const compiled = prepared.compiled.get(tagger.id);
    const stage = `before the ${tagger.id} tagger`;
    for (let i = 0; i < inputs.length; i++) {
      deadline?.check(stage, names?.[i]);
      Object.assign(values[i]!, tagger.run(inputs[i]!, compiled, values[i]!));
    }
  }
  return values.map((value) => {
    const out: Record<string, unknown> = {};
    for (const { name } of prepared.fields) out[name] = value[name];
    return out;
  });
}

/** The thread steps (answer links), once every comment of the thread is tagged. */
export function linkThread(prepared: PreparedTaggers, entries: readonly ThreadEntry[]): void {
  if (entries.length === 0) return;
  for (const tagger of prepared.order) tagger.thread?.(entries, prepared.compiled.get(tagger.id));
}

/**
 * The one point where a text's tags become record tags, in place: each field's rules get the
 * field as namespace ("deny-false" → "stance/deny-false") and every span moves by `offset` (the
 * comment's start on the page; 0 for a text tagged on its own).
 */
export function finishTags(prepared: PreparedTaggers, tags: Record<string, unknown>, offset: number): void {
  for (const { name } of prepared.fields) finishValue(tags[name], `${name}/`, offset);
}

function finishValue(node: unknown, prefix: string, offset: number): void {
  if (Array.isArray(node)) {
    for (const item of node) finishValue(item, prefix, offset);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.rule === 'string') record.rule = prefix + record.rule;
  if (offset !== 0 && typeof record.start === 'number' && typeof record.end === 'number') {
    record.start += offset;
    record.end += offset;
  }
  for (const key in record) {
    const inner = record[key];
    if (inner !== null && typeof inner === 'object') finishValue(inner, prefix, offset);
  }
}
