/**
 * The hate-detector reading of threadlens findings (issue 15): a comment is flagged as hate when
 * it holds a slur USE, an identity attack (any kind, dehumanisation of a protected group
 * included), or a threat against a protected group. Insults, profanity and threats against one
 * person are not hate: they attack a person or nobody, not a group. The toxicity tagger's own
 * dehumanisation pattern reads any group ("politicians are vermin"), so it is reported beside
 * the verdict, not counted in it. The same verdict is read on every data set, so the
 * HateCheck table and any later section agree on what "flagged" means.
 */
import { tagIdentityAttacks } from '../../../src/tag/identity-attacks/index.js';
import { tagThreats } from '../../../src/tag/threats/index.js';
import { tagToxicity } from '../../../src/tag/toxicity/index.js';

export interface HateVerdict {
  /** Flagged as hate: any of the reasons below. */
  hate: boolean;
  /** A slur (not a dehumanisation pattern) used, not mentioned or reclaimed. */
  slurUse: boolean;
  /** A dehumanisation pattern used (toxicity tagger, any group). */
  dehumanisation: boolean;
  /** An identity attack on a protected group (any kind). */
  identityAttack: boolean;
  /** A threat against a protected group. */
  groupThreat: boolean;
  /** A threat against anyone. */
  threat: boolean;
  /** Any slur, insult or profanity finding at all. */
  anyToxic: boolean;
}

export function judgeHate(text: string): HateVerdict {
  const toxic = tagToxicity(text);
  const slurUse = toxic.slurs.some((f) => f.use === 'use' && f.category !== 'dehumanization');
  const dehumanisation = toxic.slurs.some((f) => f.use === 'use' && f.category === 'dehumanization');
  const identityAttack = tagIdentityAttacks(text).length > 0;
  const threats = tagThreats(text);
  const groupThreat = threats.some((t) => t.group !== undefined);
  return {
    hate: slurUse || identityAttack || groupThreat,
    groupThreat,
    threat: threats.length > 0,
    slurUse,
    dehumanisation,
    identityAttack,
    anyToxic: toxic.slurs.length + toxic.insults.length + toxic.profanity.length > 0,
  };
}
