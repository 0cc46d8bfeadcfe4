import * as z from 'zod';
import { ThreadlensError } from '../../errors.js';
import { SlurCategory } from '../../schema/tags.js';

const Word = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9 '\-]*[a-z0-9]$|^[a-z0-9]$/, 'lower-case letters, digits, spaces, hyphens or apostrophes');

export const EntryCategory = z.union([SlurCategory, z.enum(['insult', 'profanity'])]);
export type EntryCategory = z.infer<typeof EntryCategory>;

/** Words near a match that show it is the ordinary sense (raccoon "coon", garden "hoe"). */
export const Homonym = z.strictObject({
  near: z.array(Word).optional().describe('Any of these within 10 words blocks the match'),
  prev: z.array(Word).optional().describe('The word right before blocks the match'),
  next: z.array(Word).optional().describe('The word right after blocks the match'),
});

export const LexiconEntry = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/, 'dotted id such as "slur.example"'),
    terms: z.array(Word).min(1),
    category: EntryCategory,
    severity: z.int().min(1).max(3),
    note: z.string().min(1),
    source: z.string().min(1),
    prefix: z.boolean().optional().describe('Also match compounds that start with a term (fuckwit)'),
    reclaimable: z.boolean().optional().describe('In-group self-reference counts as reclaimed'),
    aimable: z.boolean().optional().describe('Profanity that becomes an insult when aimed at someone'),
    defaultUse: z.enum(['use', 'mention', 'reclaimed']).optional(),
    homonym: Homonym.optional(),
    frame: z.enum(['abusive', 'target']).optional().describe('Only counts in an abusive/targeted frame'),
    nounOnly: z.boolean().optional().describe('Adjective uses (followed by a noun) are not the slur'),
  })
  .meta({ id: 'LexiconEntry' });
export type LexiconEntry = z.infer<typeof LexiconEntry>;

function rejectDuplicates(entries: LexiconEntry[], ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  const terms = new Map<string, string>();
  entries.forEach((entry, index) => {
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${entry.id}`, path: [index, 'id'] });
    ids.add(entry.id);
    for (const term of entry.terms) {
      // Two terms that read the same once spaces, hyphens and apostrophes go ("piss off", "pissoff")
      // would silently shadow each other in matching.
      const key = term.replace(/[\s'\u2019-]/g, '');
      const owner = terms.get(key);
      if (owner !== undefined && owner !== entry.id)
        ctx.addIssue({ code: 'custom', message: `term "${term}" in ${entry.id} is already in ${owner}`, path: [index, 'terms'] });
      terms.set(key, entry.id);
    }
  });
}

export const LexiconEntries = z.array(LexiconEntry).superRefine(rejectDuplicates);

/** One bundled data file: src/tag/lexicon/data/{slurs,insults,profanity}.json. */
export const LexiconDataFile = z.lazy(() =>
  z.strictObject({
    kind: z.enum(['slurs', 'insults', 'profanity']),
    provenance: z.record(z.string(), z.string()).optional().describe('How a generated file was made: sources, method, script'),
    entries: LexiconEntries,
  }),
);

const PatternSet = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(/^dehum\.[a-z0-9-]+$/),
    terms: z.array(Word).min(1),
    severity: z.int().min(1).max(3),
    note: z.string().min(1),
    source: z.string().min(1),
  }),
);
export type PatternSet = z.infer<typeof PatternSet>;

/** src/tag/lexicon/data/dehumanization.json: groups and predicates of the dehumanization pattern. */
export const DehumanizationData = z.lazy(() =>
  z.strictObject({
    kind: z.literal('dehumanization'),
    note: z.string(),
    groupNouns: z.array(Word).min(1),
    groupAdjectives: z.array(Word).min(1),
    personNouns: z.array(Word).min(1),
    predicates: z.array(PatternSet).min(1),
    swarmVerbs: PatternSet,
    worthlessLives: PatternSet,
  }),
);
export type DehumanizationData = z.infer<typeof DehumanizationData>;

/** The user's `--lexicon FILE` JSON (also accepted as `TagContext.lexicon`). */
export const LexiconFile = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.string().optional(),
    extend: LexiconEntries.optional(),
    allow: z.array(z.string().min(1)).optional(),
    replace: LexiconEntries.optional(),
    dehumanization: z.boolean().optional(),
  })
  .meta({ id: 'LexiconFile' });

/** Validates a parsed `--lexicon` JSON; throws ThreadlensError('invalid-lexicon') saying where. */
export function parseLexiconFile(json: unknown): z.infer<typeof LexiconFile> {
  const parsed = LexiconFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new ThreadlensError('invalid-lexicon', `Invalid lexicon file: ${where}`, { cause: parsed.error });
}
