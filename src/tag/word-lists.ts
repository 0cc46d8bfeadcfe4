/**
 * Small named word lists the clause and context rules read ("refuse", "hungry", "truly"), kept as
 * data with the reason for each list and examples a generic test runs (tests/word-lists.test.ts):
 * each example names the tag field it should or should not fill when the list does its job.
 */
import { z } from 'zod';
import { once } from '../memo.js';

const Example = z.strictObject({
  text: z.string().min(1),
  /** The tag field the example is read through (`identityAttacks`, `threats`, `slurs`, …). */
  field: z.string().min(1),
  /** Only findings with these values count ({ "use": "use" }: a slur used, not mentioned). */
  where: z.record(z.string(), z.string()).optional(),
  /** Whether the field holds a (matching) finding for the example. */
  found: z.boolean(),
});

export const WordListsFile = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  description: z.string(),
  lists: z.record(
    z.string().regex(/^[a-z-]+$/),
    z.strictObject({ words: z.array(z.string().regex(/^[a-z]+$/)).min(1), note: z.string().min(1), examples: z.array(Example).min(1) }),
  ),
});
export type WordListsFile = z.infer<typeof WordListsFile>;

/** The file's lists as sets, validated on first use (not at import). */
export function wordLists<N extends string>(json: unknown, names: readonly N[]): () => Record<N, ReadonlySet<string>> {
  return once(() => {
    const { lists } = WordListsFile.parse(json);
    const out = {} as Record<N, ReadonlySet<string>>;
    for (const name of names) {
      const list = lists[name];
      if (!list) throw new Error(`word list "${name}" missing`);
      out[name] = new Set(list.words);
    }
    return out;
  });
}
