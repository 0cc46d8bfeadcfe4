import { z } from 'zod';
import { TagFinding } from './segment.js';

export const SlurCategory = z.enum([
  'ethnicity',
  'religion',
  'nationality',
  'gender',
  'sexual-orientation',
  'gender-identity',
  'disability',
  'dehumanization',
]);
export type SlurCategory = z.infer<typeof SlurCategory>;

export const Severity = z.int().min(1).max(3);

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
