/**
 * The attribute tagger: one field, `attributes`, a function of the fields the toxicity,
 * identity-attack and threat taggers wrote (it runs after them). Its evidence names each rule with
 * its namespace, as records show it ("insults/insult.idiot").
 */
import { Attributes } from '../../schema/tags.js';
import type { IdentityAttack, InsultFinding, ProfanityFinding, SlurFinding, Threat } from '../../schema/tags.js';
import { defineTagger } from '../define.js';
import { summarizeAttributes } from './index.js';

type Named<T extends { rule: string }> = T[];

/** Findings with their field as rule namespace; the run still has local rule names. */
const named = <T extends { rule: string }>(field: string, list: readonly T[] | undefined): Named<T> =>
  (list ?? []).map((finding) => (finding.rule.includes('/') ? finding : { ...finding, rule: `${field}/${finding.rule}` }));

export const attributesTagger = defineTagger({
  id: 'attributes',
  needs: ['toxicity', 'identity-attacks', 'threats'],
  fields: { attributes: Attributes },
  compile: () => undefined,
  run: (_input, _compiled, prior) => ({
    attributes: summarizeAttributes({
      slurs: named('slurs', prior.slurs as SlurFinding[] | undefined),
      insults: named('insults', prior.insults as InsultFinding[] | undefined),
      profanity: named('profanity', prior.profanity as ProfanityFinding[] | undefined),
      identityAttacks: named('identityAttacks', prior.identityAttacks as IdentityAttack[] | undefined),
      threats: named('threats', prior.threats as Threat[] | undefined),
    }),
  }),
  columns: {
    toxicity: ({ attributes }) => attributes.toxicity,
    severe_toxicity: ({ attributes }) => attributes.severeToxicity,
    identity_attack: ({ attributes }) => attributes.identityAttack,
    insult: ({ attributes }) => attributes.insult,
    // "profanity" is the toxicity tagger's count column.
    profanity_score: ({ attributes }) => attributes.profanity,
    threat: ({ attributes }) => attributes.threat,
  },
  longRows: () => [],
  summary: () => [],
});
