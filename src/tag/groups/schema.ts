/**
 * Protected groups as data: who an identity attack can target. A group has nouns that name its
 * members ("women", "a Muslim") and adjectives that name it before a person noun ("gay people",
 * "female lives"). Callers add their own groups (`IdentityOptions.groups`); a caller's group with
 * a built-in id replaces it.
 */
import * as z from 'zod';
import { ThreadlensError } from '../../errors.js';
import { ProtectedCategory } from '../../schema/tags.js';

export { ProtectedCategory };

const Word = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9 '\-]*[a-z0-9]$|^[a-z0-9]$/, 'lower-case letters, digits, spaces, hyphens or apostrophes');

export const GroupEntry = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case id such as "women" or "trans-people"'),
    category: ProtectedCategory,
    nouns: z.array(Word).describe('Nouns for members, plural and singular: "women", "woman"'),
    adjectives: z.array(Word).default([]).describe('Adjectives naming the group before a person noun: "female" in "female lives"'),
    note: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    examples: z.array(z.string().min(1)).default([]).describe('Sentences attacking the group; a generic test checks each is found'),
  })
  .refine((group) => group.nouns.length + group.adjectives.length > 0, 'a group needs nouns or adjectives')
  .meta({ id: 'GroupEntry' });
export type GroupEntry = z.input<typeof GroupEntry>;
export type ParsedGroupEntry = z.output<typeof GroupEntry>;

/** src/tag/groups/data/groups.json */
export const GroupsFile = z.lazy(() =>
  z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    description: z.string(),
    personNouns: z.array(Word).min(1).describe('Nouns an identity adjective turns into a group: "people", "lives"'),
    groups: z.array(GroupEntry).min(1),
  }),
);

/** What a caller passes to change the groups (`IdentityOptions.groups`). */
export const GroupOptions = z
  .strictObject({
    extend: z.array(GroupEntry).optional().describe('Extra groups; one with a built-in id replaces it'),
    allow: z.array(z.string().min(1)).optional().describe('Group ids or single terms never to treat as a group'),
  })
  .meta({ id: 'GroupOptions' });
export type GroupOptions = z.input<typeof GroupOptions>;

/** Validates caller group options; throws ThreadlensError('invalid-options') saying where. */
export function parseGroupOptions(json: unknown): z.output<typeof GroupOptions> {
  const parsed = GroupOptions.safeParse(json);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new ThreadlensError('invalid-options', `Invalid group options: ${where}`, { cause: parsed.error });
}
