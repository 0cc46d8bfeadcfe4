/**
 * The attribute summary (issue 15): Perspective-style scores in 0..1 for one comment, computed
 * from its findings and nothing else, with the rules that gave each one. Each finding adds
 * weighted evidence to the attributes it bears on (data/weights.json); an attribute is the
 * noisy-OR of its evidence, so two insults score higher than one and nothing scores without a
 * finding. See docs/perspective.md for the mapping, attribute by attribute.
 */
import * as z from 'zod';
import type { Attributes, IdentityAttack, InsultFinding, ProfanityFinding, SlurFinding, Threat } from '../../schema/index.js';
import { ATTRIBUTE_NAMES, type AttributeName } from '../../schema/tags.js';
import { once } from '../../memo.js';
import weightsJson from './data/weights.json';

const Weights = z.lazy(() =>
  z.partialRecord(z.enum(ATTRIBUTE_NAMES), z.array(z.number().min(0).max(1)).min(1).max(3)),
);
const WeightsFile = z.lazy(() =>
  z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    description: z.string(),
    /** Lexicon rules weighed as another kind: a word of negative judgement ("corrupt") is a milder insult than name-calling. */
    ruleKinds: z.record(z.string(), z.string()).default({}),
    weights: z.record(z.string(), Weights),
    examples: z.array(
      z.strictObject({
        text: z.string(),
        'at least': z.partialRecord(z.enum(ATTRIBUTE_NAMES), z.number()).optional(),
        'at most': z.partialRecord(z.enum(ATTRIBUTE_NAMES), z.number()).optional(),
      }),
    ),
  }),
);

const weightsFile = once(() => {
  const file = WeightsFile.parse(weightsJson);
  for (const kind of Object.values(file.ruleKinds)) if (!file.weights[kind]) throw new Error(`attributes/data/weights.json: ruleKinds names "${kind}", which has no weights`);
  return file;
});
export const ATTRIBUTE_WEIGHTS_VERSION: string = weightsJson.version;
/** The examples of data/weights.json, for the generic test. */
export const attributeExamples = () => weightsFile().examples;

export interface Findings {
  slurs: readonly SlurFinding[];
  insults: readonly InsultFinding[];
  profanity: readonly ProfanityFinding[];
  identityAttacks: readonly IdentityAttack[];
  threats: readonly Threat[];
}

export function summarizeAttributes(findings: Findings): Attributes {
  // Most comments have no finding at all: every score 0, no rules (what the loop below gives them).
  const { slurs, insults, profanity, identityAttacks, threats } = findings;
  if (slurs.length + insults.length + profanity.length + identityAttacks.length + threats.length === 0) return { ...zeroScores(), evidence: {} };
  const file = weightsFile();
  const evidence = new Evidence();
  const add = (kind: string, rule: string, severity = 1) => {
    const weights = file.weights[kind];
    if (!weights) return;
    for (const name of ATTRIBUTE_NAMES) {
      const list = weights[name];
      if (!list) continue;
      const weight = list[Math.min(severity, list.length) - 1]!;
      if (weight > 0) evidence.add(name, weight, rule);
    }
  };
  for (const slur of slurs) {
    // Reclaimed use adds nothing; a mention adds a little (the word is still on the page).
    if (slur.category === 'dehumanization') add(slur.use === 'use' ? 'slur.dehumanization' : 'slur.mention', slur.rule, slur.severity);
    else if (slur.use !== 'reclaimed') add(`slur.${slur.use}`, slur.rule, slur.severity);
  }
  for (const insult of insults) {
    add(file.ruleKinds[insult.rule.slice(insult.rule.indexOf('/') + 1)] ?? 'insult', insult.rule, insult.severity);
    // Swearing aimed at someone ("you fucker") is listed as an insult, and is still profanity.
    if (/(^|\/)prof\./.test(insult.rule)) add('profanity', insult.rule, insult.severity);
  }
  for (const word of profanity) add('profanity', word.rule, word.severity);
  for (const attack of identityAttacks) add(`identity.${attack.kind}`, attack.rule);
  for (const threat of threats) {
    add(`threat.${threat.kind}`, threat.rule);
    if (threat.group) add('threat.group', threat.rule);
  }
  return evidence.summary();
}

/** Rules per attribute searched in their list; past this many a Set answers whether one is listed. */
const LONG_RULE_LIST = 8;

/**
 * The evidence of one comment: per attribute, the running noisy-OR product and the distinct rules
 * in the order found; attributes in the order their first evidence came. Kept as it is added (a
 * comment may hold 100,000 findings): no list of weights, and a Set only for a long rule list.
 */
class Evidence {
  readonly #keep = new Map<AttributeName, number>();
  readonly #rules: Partial<Record<AttributeName, string[]>> = {};
  readonly #seen = new Map<AttributeName, Set<string>>();

  add(name: AttributeName, weight: number, rule: string): void {
    const keep = this.#keep.get(name);
    // 1 - Π(1 - w), multiplied in the order the evidence came (the same rounding as one product).
    this.#keep.set(name, (keep ?? 1) * (1 - weight));
    const rules = this.#rules[name];
    if (!rules) {
      this.#rules[name] = [rule];
      return;
    }
    // A few rules are searched; past that a Set answers (a hostile comment may name thousands).
    if (rules.length < LONG_RULE_LIST) {
      if (!rules.includes(rule)) rules.push(rule);
      return;
    }
    let seen = this.#seen.get(name);
    if (!seen) this.#seen.set(name, (seen = new Set(rules)));
    if (!seen.has(rule)) {
      seen.add(rule);
      rules.push(rule);
    }
  }

  summary(): Attributes {
    // Copied from a template with every score 0 (most comments have no evidence at all), then the
    // scores with evidence set: the same keys in the same order, without a dictionary per comment.
    const summary: Attributes = { ...zeroScores(), evidence: this.#rules };
    for (const [name, keep] of this.#keep) summary[name] = rounded(keep);
    return summary;
  }
}

/** Every attribute without evidence: nothing left unexplained scores 0. */
const zeroScores = once(() => Object.fromEntries(ATTRIBUTE_NAMES.map((name) => [name, rounded(1)])) as Record<AttributeName, number>);

/** The noisy-OR score 1 - Π(1 - w) whose evidence left `keep` (Π(1 - w)) unexplained, rounded to three places so records stay stable across platforms. */
const rounded = (keep: number) => Math.round((1 - keep) * 1000) / 1000;
