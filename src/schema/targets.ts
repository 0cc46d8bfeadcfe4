import * as z from 'zod';

/** null reads as absent: JSON written from Python or R often spells a missing list that way. */
const Names = z.array(z.string()).nullish();
/** Not blank. A check, not a trim: the name comes back in results exactly as given. */
const Name = z.string().regex(/\S/u, 'must not be blank');

/**
 * A stance target as callers give it (in code, in `--targets` files and in `targets` row fields):
 * a name, or a name with what else marks the target and its sides in text.
 */
export const TargetInput = z
  .union([
    Name,
    z.object({
      name: Name,
      aliases: Names.describe('Other names for the target; tone around any of them counts toward it'),
      opponents: Names.describe('The other side’s people and groups: praise for them counts against the target'),
      vocabulary: z
        .object({ favor: Names, against: Names })
        .nullish()
        .describe('Words whose use alone shows a side ("unborn" against legal abortion); a negator just before flips one'),
      concern: z
        .boolean()
        .nullish()
        .describe('The target claims something is a problem: alarm about it agrees, so tone counts by strength, not sign'),
      pronouns: Names.describe('Words that refer back to the target once it is named ("she", "her" for a person): tone in their clauses counts too'),
      derive: z
        .boolean()
        .nullish()
        .describe('false: use only the words given here. Otherwise the card derived from the name (`threadlens targets NAME`) is added beneath them, and these always win'),
    }),
  ])
  .meta({ id: 'TargetInput' });
export type TargetInput = z.infer<typeof TargetInput>;

/**
 * A target card: everything that marks a target in text, every list present. `threadlens targets
 * NAME` prints the card derived from a name; it is also a TargetInput, so it can be edited and
 * passed back with `--targets`.
 */
export const TargetCard = z
  .object({
    name: Name,
    aliases: z.array(z.string()),
    opponents: z.array(z.string()),
    vocabulary: z.object({ favor: z.array(z.string()), against: z.array(z.string()) }),
    concern: z.boolean(),
    pronouns: z.array(z.string()),
  })
  .meta({ id: 'TargetCard' });
export type TargetCard = z.infer<typeof TargetCard>;
