/**
 * The learnt weights of the question-kind classifier (data/kind-weights.json): a multinomial
 * logistic regression over the features of features.ts, fitted by scripts/fit/question-kinds.ts on
 * the fixture tune pages' own annotations only (no data set). The file says what it was fitted on and with which settings.
 */
import * as z from 'zod';
import { once } from '../../memo.js';
import weightsJson from './data/kind-weights.json' with { type: 'json' };

export const QUESTION_KINDS = ['factual', 'rhetorical', 'opinion'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const PerKind = z.lazy(() => z.strictObject({ factual: z.number(), rhetorical: z.number(), opinion: z.number() }));

export const KindModelFile = z.lazy(() =>
  z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    description: z.string(),
    provenance: z.strictObject({
      script: z.string(),
      fittedOn: z.array(z.string()).min(1),
      /** What was measured and deliberately not fitted on. */
      notFittedOn: z.string().optional(),
      /** L2 penalty, weight of one RumourEval reply against one fixture question, folds used to choose them. */
      settings: z.strictObject({ lambda: z.number(), rumourWeight: z.number(), folds: z.number().int().min(2) }),
      crossValidatedTune: z.record(z.string(), z.number()),
    }),
    bias: PerKind,
    weights: z.record(z.string(), PerKind),
  }),
);
export type KindModel = z.infer<typeof KindModelFile>;

/** The shipped model, validated on first use. */
export const kindModel = once((): KindModel => KindModelFile.parse(weightsJson));
export const KIND_MODEL_VERSION: string = weightsJson.version;
