import { z } from 'zod';

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
    }),
  ])
  .meta({ id: 'TargetInput' });
export type TargetInput = z.infer<typeof TargetInput>;
