/**
 * Meaning classes (vermin, disease, filth, derogatory adjectives, harm verbs, …) generated from
 * WordNet by scripts/build/meaning-classes.ts. Loaded and validated once; each word maps to the
 * roles of the classes it is in, as a bit mask, so the clause matcher tests a class in one AND.
 */
import * as z from 'zod';
import classesJson from './data/classes.json';

export const ROLES = [
  'dehumanising',
  'negative-attribute',
  'negative-person',
  'positive-attribute',
  'positive-emotion',
  'hate-verb',
  'emotion-noun',
  'emotion-cause',
  'harm-verb',
  'harm-noun',
  'ruin-verb',
  'person',
  'animal-place',
] as const;
export type Role = (typeof ROLES)[number];

/** Bit of each role in a word's `roles` mask. */
export const ROLE = Object.fromEntries(ROLES.map((role, k) => [role, 1 << k])) as Record<Role, number>;

const MeaningClass = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(/^[a-z][a-z-]*$/),
    pos: z.enum(['noun', 'verb', 'adj', 'adv']),
    role: z.enum(ROLES),
    note: z.string(),
    synsets: z.array(z.strictObject({ id: z.string(), words: z.string(), gloss: z.string(), below: z.boolean(), minTagCount: z.number() })),
    excluded: z.record(z.string(), z.string()),
    added: z.record(z.string(), z.string()),
    words: z.array(z.string().min(1)).min(1),
  }),
);
export type MeaningClass = z.infer<typeof MeaningClass>;

export const MeaningClassesFile = z.lazy(() =>
  z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    description: z.string(),
    provenance: z.strictObject({ resource: z.string(), license: z.string(), generatedBy: z.string() }),
    classes: z.array(MeaningClass).min(1),
  }),
);

export interface MeaningEntry {
  roles: number;
  /** Ids of the classes the word is in, first class first ("vermin"). */
  classes: string[];
}

let loaded: { version: string; classes: MeaningClass[]; words: Map<string, MeaningEntry> } | undefined;

/** The classes and a word → roles map; multi-word forms ("lesser beings") are keyed as written. */
export function meaningClasses(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const file = MeaningClassesFile.parse(classesJson);
  const words = new Map<string, MeaningEntry>();
  for (const cls of file.classes) {
    for (const word of cls.words) {
      const entry = words.get(word) ?? { roles: 0, classes: [] };
      entry.roles |= ROLE[cls.role];
      entry.classes.push(cls.id);
      words.set(word, entry);
    }
  }
  loaded = { version: file.version, classes: file.classes, words };
  return loaded;
}

export const MEANING_CLASSES_VERSION: string = (classesJson as { version: string }).version;
