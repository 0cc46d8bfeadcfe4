/** The name-card rules (data/name-cards.json), validated once on first use. */
import * as z from 'zod';
import { once } from '../../../memo.js';
import data from '../data/name-cards.json' with { type: 'json' };

/** What a rule's example says the card of its name holds (each list: at least these entries). */
export const CardExample = z.lazy(() =>
  z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()).optional(),
    opponents: z.array(z.string()).optional(),
    favor: z.array(z.string()).optional(),
    against: z.array(z.string()).optional(),
    pronouns: z.array(z.string()).optional(),
    concern: z.boolean().optional(),
  }),
);
export type CardExample = z.infer<typeof CardExample>;

const Words = z.array(z.string().min(1));
const Rule = z.object({ words: Words, note: z.string(), examples: z.array(CardExample).min(1) });

export const NameCardRules = z.lazy(() =>
  z.object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/u),
    description: z.string(),
    source: z.string(),
    frames: z.array(Rule.extend({ side: z.enum(['favor', 'against']) })),
    frameConnectors: z.object({ words: Words, note: z.string() }),
    groupHeads: Rule,
    topicHeads: Rule.extend({ keepsFirstWord: Words }),
    concernPredicates: Rule,
    wordForms: z.object({ note: z.string(), pluralEndings: Words, examples: z.array(CardExample).min(1) }),
    person: z.object({
      note: z.string(),
      pronouns: z.object({ female: Words, male: Words }),
      examples: z.array(CardExample).min(1),
    }),
    acronyms: z.object({ note: z.string(), examples: z.array(CardExample).min(1) }),
    sidePatterns: z.object({ note: z.string(), favor: Words, against: Words, concern: Words, examples: z.array(CardExample).min(1) }),
    protectedHarm: Rule,
  }),
);
export type NameCardRules = z.infer<typeof NameCardRules>;

export const nameCardRules = once(() => NameCardRules.parse(data));
export const NAME_CARDS_SOURCE = `name-cards@${data.version}`;

/** Every example of every rule, for the generic test. */
export function cardExamples(rules: NameCardRules = nameCardRules()): CardExample[] {
  return [
    ...rules.frames.flatMap((f) => f.examples),
    ...rules.groupHeads.examples,
    ...rules.topicHeads.examples,
    ...rules.concernPredicates.examples,
    ...rules.wordForms.examples,
    ...rules.person.examples,
    ...rules.acronyms.examples,
    ...rules.sidePatterns.examples,
    ...rules.protectedHarm.examples,
  ];
}
