/**
 * Three noun classes that say what a target is, generated from WordNet by
 * scripts/build/target-nouns.ts (data/target-nouns.json):
 *  - act nouns ("attacks", "violence", "jokes"): a group after one of them and a preposition of
 *    direction ("attacks on immigrants", "jokes about disabled people") is what the act is aimed
 *    at, not the subject of what the sentence says next: "Attacks on immigrants are disgusting"
 *    condemns the attacks;
 *  - feeling nouns ("hatred", "fear", "contempt"): a group after one of them and of/for is what
 *    the feeling is about: "Hatred of refugees is vile" condemns the hatred, where "the crimes of
 *    …" (an act noun) names the doers;
 *  - short person nouns ("ceo", "mp"): a capitalised short word that is one names a person
 *    ("the CEO"); other words in capitals name organisations ("NATO").
 */
import * as z from 'zod';
import { once } from '../../memo.js';
import { clauseLists } from './checks.js';
import targetNounsJson from './data/target-nouns.json';
import type { Unit } from './view.js';
import { TAG } from './words.js';

const NounClass = z.lazy(() =>
  z.object({ id: z.enum(['act-noun', 'short-person', 'feeling-noun', 'deity']), words: z.array(z.string().min(1)).min(1) }),
);
const TargetNounsFile = z.lazy(() =>
  z.object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    provenance: z.strictObject({ resource: z.string(), license: z.string(), generatedBy: z.string() }),
    classes: z.array(NounClass).length(4),
  }),
);

export const TARGET_NOUNS_VERSION: string = targetNounsJson.version;

const nounClasses = once(() => {
  const byId = new Map(TargetNounsFile.parse(targetNounsJson).classes.map((c) => [c.id, new Set(c.words)]));
  return { acts: byId.get('act-noun')!, shortPersons: byId.get('short-person')!, feelings: byId.get('feeling-noun')!, deities: byId.get('deity')! };
});

/** A person noun of five letters or fewer ("ceo", "mp", "dj"). */
export function shortPersonNoun(key: string): boolean {
  return nounClasses().shortPersons.has(key);
}

/** A god or goddess ("god", "deities"): WordNet's deity.n.01 and its kinds, which its person class does not hold. */
export function deityNoun(key: string): boolean {
  return nounClasses().deities.has(key);
}

/** Prepositions that point an act at someone ("of" is left out: "the crimes of …" names the doers). */
const AIMED = new Set(['on', 'against', 'toward', 'towards', 'about', 'at']);
/** A feeling also takes what it is about with of/for ("hatred of …", "contempt for …"). */
const ABOUT = new Set(['of', 'for']);
/** Determiners and adjectives that may stand between the preposition and the group ("on innocent women"). */
const MAX_MODIFIERS = 2;

/** Whether units [from, …) are the object of an act noun: "attacks on (the) immigrants". */
export function aimedAtByAct(units: readonly Unit[], from: number): boolean {
  let k = from - 1;
  for (let skipped = 0; skipped < MAX_MODIFIERS && k > 0 && modifier(units[k]!) && !units[k + 1]!.pause; skipped++) k--;
  const preposition = units[k];
  const noun = units[k - 1];
  if (!preposition || !noun || preposition.pause || units[k + 1]!.pause || noun.sentence !== units[from]!.sentence) return false;
  return aimedBy(noun.key, preposition.key);
}

/**
 * Whether a noun and the preposition after it point at what follows: "attacks on", "hatred of",
 * "contempt for", "the persecution of" (an act done to someone, data/lists.json done-to). Before
 * "of", a feeling that names who feels ("the hysteria of", lists.json felt-by), a quantifier
 * ("the majority of") or a trait ("the arrogance of") leaves what follows the subject.
 */
export function aimedBy(noun: string, preposition: string): boolean {
  const { acts, feelings } = nounClasses();
  if (AIMED.has(preposition)) return acts.has(noun) || feelings.has(noun);
  if (preposition === 'of') {
    const lists = clauseLists();
    return lists['done-to'].has(noun) || (feelings.has(noun) && !lists['felt-by'].has(noun));
  }
  return ABOUT.has(preposition) && feelings.has(noun);
}

function modifier(u: Unit): boolean {
  if (AIMED.has(u.key) || ABOUT.has(u.key)) return false;
  return (u.tags & TAG.det) !== 0 || (u.tags === 0 && u.roles === 0 && !u.groupNoun && !u.groupAdjective);
}
