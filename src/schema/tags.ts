import * as z from 'zod';
import { Segment, TagFinding } from './segment.js';

/** Protected characteristics that slurs and identity attacks both name. */
const CHARACTERISTICS = ['ethnicity', 'religion', 'nationality', 'gender', 'sexual-orientation', 'gender-identity', 'disability'] as const;

export const SlurCategory = z.enum([...CHARACTERISTICS, 'dehumanization']);
export type SlurCategory = z.infer<typeof SlurCategory>;

export const Severity = z.int().min(1).max(3);

/** Protected characteristics an identity attack targets; `other` is for a caller's own groups. */
export const ProtectedCategory = z.enum([...CHARACTERISTICS, 'age', 'other']);
export type ProtectedCategory = z.infer<typeof ProtectedCategory>;

export const IdentityAttackKind = z.enum(['derogation', 'dehumanisation', 'exclusion', 'stereotype', 'negative-emotion']);
export type IdentityAttackKind = z.infer<typeof IdentityAttackKind>;

/**
 * A protected group targeted by a derogatory or dehumanising predicate, negative emotion,
 * exclusion or stereotype. The span is the predicate ("vermin", "can't stand", "should not be
 * allowed"); `target` is the words naming the group or pointing back to it ("they").
 */
export const IdentityAttack = TagFinding.extend({
  kind: IdentityAttackKind,
  group: z.string().describe('Group id: "women", "muslims", "trans-people", or a caller\'s own'),
  category: ProtectedCategory,
  target: Segment.describe('The words naming the group, or the pronoun pointing back to it'),
  meaning: z.string().optional().describe('Meaning class of the predicate word ("vermin", "disgusting"), when it has one'),
  obfuscated: z.boolean().describe('Read through a disguise (misspelt, spaced out, leetspeak)'),
}).meta({ id: 'IdentityAttack' });
export type IdentityAttack = z.infer<typeof IdentityAttack>;

export const ThreatKind = z.enum(['direct', 'normative', 'incitement']);
export type ThreatKind = z.infer<typeof ThreatKind>;

/**
 * A threat of violence: the speaker's own ("I will …"), what someone deserves or should suffer
 * ("they should all be …"), or a call on others ("someone needs to …"). The span is the act
 * ("stab", "be shot"); `target` the person or group threatened.
 */
export const Threat = TagFinding.extend({
  kind: ThreatKind,
  target: Segment.describe('The person or group threatened'),
  group: z.string().optional().describe('The protected group threatened, when the target is one'),
  category: ProtectedCategory.optional(),
  obfuscated: z.boolean(),
}).meta({ id: 'Threat' });
export type Threat = z.infer<typeof Threat>;

export const ATTRIBUTE_NAMES = ['toxicity', 'severeToxicity', 'identityAttack', 'insult', 'profanity', 'threat'] as const;
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

const Score = z.number().min(0).max(1);

/**
 * Perspective-style attribute scores for one comment, each a deterministic function of its
 * findings (not a model's probability), with the rule ids that produced each.
 */
export const Attributes = z
  .object({
    toxicity: Score,
    severeToxicity: Score,
    identityAttack: Score,
    insult: Score,
    profanity: Score,
    threat: Score,
    evidence: z.partialRecord(z.enum(ATTRIBUTE_NAMES), z.array(z.string())).describe('Rule ids (namespace/rule) of the findings behind each non-zero attribute'),
  })
  .meta({ id: 'Attributes' });
export type Attributes = z.infer<typeof Attributes>;

export const SlurFinding = TagFinding.extend({
  term: z.string().describe('Canonical lexicon term'),
  category: SlurCategory,
  severity: Severity,
  use: z.enum(['use', 'mention', 'reclaimed']),
  obfuscated: z.boolean(),
}).meta({ id: 'SlurFinding' });
export type SlurFinding = z.infer<typeof SlurFinding>;

/** Abuse aimed at a person or at other commenters. */
export const InsultFinding = TagFinding.extend({
  term: z.string(),
  severity: Severity,
  obfuscated: z.boolean(),
}).meta({ id: 'InsultFinding' });
export type InsultFinding = z.infer<typeof InsultFinding>;

/** Swearing that targets nobody. Never counted as a slur. */
export const ProfanityFinding = TagFinding.extend({
  term: z.string(),
  severity: Severity,
  obfuscated: z.boolean(),
}).meta({ id: 'ProfanityFinding' });
export type ProfanityFinding = z.infer<typeof ProfanityFinding>;

export const ConspiracyRole = z.enum([
  'agent',
  'facilitator',
  'victim',
  'campaigner',
  'objective',
  'negative-effect',
  'awakening',
  'hidden-truth',
  'false-flag',
  'coded-antisemitism',
]);
export type ConspiracyRole = z.infer<typeof ConspiracyRole>;

export const ConspiracyMarker = TagFinding.extend({ role: ConspiracyRole }).meta({ id: 'ConspiracyMarker' });
export type ConspiracyMarker = z.infer<typeof ConspiracyMarker>;

export const Conspiracy = z
  .object({
    label: z.enum(['conspiracy', 'critical', 'none']),
    score: z.number().min(0).max(1),
    markers: z.array(ConspiracyMarker),
  })
  .meta({ id: 'Conspiracy' });
export type Conspiracy = z.infer<typeof Conspiracy>;

export const ParentStance = z
  .object({
    label: z.enum(['support', 'deny', 'query', 'comment']),
    confidence: z.number().min(0).max(1),
    evidence: z.array(TagFinding),
  })
  .meta({ id: 'ParentStance' });
export type ParentStance = z.infer<typeof ParentStance>;

export const TargetStance = z
  .object({
    target: z.string(),
    label: z.enum(['favor', 'against', 'none']),
    confidence: z.number().min(0).max(1),
    evidence: z.array(TagFinding),
  })
  .meta({ id: 'TargetStance' });
export type TargetStance = z.infer<typeof TargetStance>;

export const Stance = z
  .object({
    toParent: ParentStance,
    toSource: ParentStance.optional().describe(
      "Toward the thread's source: the root comment a reply's thread starts from (RumourEval's source tweet). Present on replies only",
    ),
    targets: z.array(TargetStance),
  })
  .meta({ id: 'Stance' });
export type Stance = z.infer<typeof Stance>;

export const Question = TagFinding.extend({
  kind: z.enum(['factual', 'rhetorical', 'opinion']),
  confidence: z.number().min(0).max(1),
  answeredBy: z.array(z.string()).describe('Ids of later comments that answer this question'),
}).meta({ id: 'Question' });
export type Question = z.infer<typeof Question>;
