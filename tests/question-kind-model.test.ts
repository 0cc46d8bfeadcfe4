import { describe, it, expect } from 'vitest';
import { kindFeatures, SHAPE_FEATURES } from '../src/tag/questions/features.js';
import { decideKind } from '../src/tag/questions/kind.js';
import { KindModelFile, kindModel, type KindModel } from '../src/tag/questions/kind-model.js';
import { findQuestionsWithFeatures } from '../src/tag/questions/index.js';
import { viewOf } from '../src/text/view.js';
import cueData from '../src/tag/questions/data/questions.json' with { type: 'json' };
import weights from '../src/tag/questions/data/kind-weights.json' with { type: 'json' };
import { fitLogistic } from '../scripts/fit/question-kinds/logistic.js';

/** The features of the first question found in `text`. */
function featuresOf(text: string): string[] {
  const [first] = findQuestionsWithFeatures(viewOf(text));
  expect(first, text).toBeDefined();
  return first!.features ?? [];
}

describe('kind features', () => {
  // Each shape feature: a question that has it and one that does not.
  const table: [string, string, string][] = [
    ['rhet-hostile', 'Are these corrupt idiots really this stupid and pathetic?', 'Is the library open on Sunday?'],
  ];
  it.each(table)('%s', (feature, has, hasNot) => {
    expect(featuresOf(has)).toContain(feature);
    expect(featuresOf(hasNot)).not.toContain(feature);
  });

  // Review of kind weights 1.0.0: hostile wording is the writer's own abuse (the library's slur,
  // insult and profanity findings), never the negative words a news topic brings (death, loss, crime).
  const hostility: [string, boolean][] = [
    ['I live nearby. Who was killed in the crash?', false],
    ['How many people died in the flood?', false],
    ['Will the family lose the house after the fire?', false],
    ['Was the victim badly injured in the attack?', false],
    ['Are you really this stupid?', true],
    ['Who the hell approved this crap?', true],
  ];
  it.each(hostility)('rhet-hostile on %j: %s', (text, hostile) => {
    expect(featuresOf(text).includes('rhet-hostile')).toBe(hostile);
  });
  it('names a set-phrase cue by its id', () => {
    expect(featuresOf('Whose side are you on?')).toContain('rhet-idiom');
    expect(featuresOf('What do you all think?')).toContain('opinion-ask');
  });

  it('ships no feature or cue that did nothing on tune pages held out (wh-in-place, you-yes-no, you-declarative: kind weights 1.3.0)', () => {
    const view = viewOf('The delay was caused by who exactly?');
    expect(kindFeatures(view, view.sentences[0]!)).toEqual([]);
    expect(cueData.cues.map((cue) => cue.id)).not.toContain('rhet-you-yes-no');
    expect(cueData.cues.map((cue) => cue.id)).not.toContain('rhet-you-declarative');
  });

  it('gives a verbless follow-up no features of its own (it takes the kind before it)', () => {
    const found = findQuestionsWithFeatures(viewOf('What would you cut instead? Parks, police overtime?'));
    expect(found.map((f) => f.features === null)).toEqual([false, true]);
    expect(found[1]!.question.kind).toBe(found[0]!.question.kind);
  });
});

describe('kind model data', () => {
  const kindCues = cueData.cues.filter((cue) => ['factual', 'rhetorical', 'opinion'].includes(cue.label)).map((cue) => cue.id);
  it('validates, says what it was fitted on, and weighs exactly the features that exist', () => {
    const model = KindModelFile.parse(weights);
    expect(model.provenance.script).toBe('scripts/fit/question-kinds.ts');
    expect(Object.keys(model.weights).sort()).toEqual([...kindCues, ...SHAPE_FEATURES].sort());
  });
  it('is fitted on the authors\' own fixture annotations only: no RumourEval reply weighs anything', () => {
    const model = KindModelFile.parse(weights);
    expect(model.provenance.settings.rumourWeight).toBe(0);
    expect(model.provenance.fittedOn.join(' ')).not.toMatch(/RumourEval/u);
    expect(JSON.stringify(weights)).not.toMatch(/fittedAt|\d{4}-\d{2}-\d{2}/u);
  });
});

describe('decideKind', () => {
  const model: KindModel = {
    ...kindModel(),
    bias: { factual: 1, rhetorical: 0, opinion: -1 },
    weights: {
      jab: { factual: -1, rhetorical: 1, opinion: 0 },
      mild: { factual: 0, rhetorical: 0.05, opinion: 0 },
      ask: { factual: 1.5, rhetorical: 0, opinion: 0 },
    },
  };
  it('picks the kind with the highest bias plus weights and names the features that decided it', () => {
    expect(decideKind([], model)).toEqual({ kind: 'factual', confidence: expect.any(Number), cues: [] });
    const jab = decideKind(['jab', 'mild', 'unknown-feature'], model);
    expect(jab.kind).toBe('rhetorical');
    // "mild" favours rhetorical by less than the naming margin; an unknown id weighs nothing.
    expect(jab.cues).toEqual(['jab']);
    expect(decideKind(['jab', 'ask'], model).kind).toBe('factual');
  });
  it('keeps confidence within [0.34, 0.95]', () => {
    for (const features of [[], ['jab'], ['jab', 'jab', 'jab', 'jab', 'jab', 'jab']]) {
      const { confidence } = decideKind(features, model);
      expect(confidence).toBeGreaterThanOrEqual(0.34);
      expect(confidence).toBeLessThanOrEqual(0.95);
    }
  });
});

describe('fitLogistic', () => {
  // Feature 0 marks class 1, feature 1 marks class 2, feature 2 is noise on every class.
  const samples = [
    { x: [0, 2], y: 1, w: 1 },
    { x: [0], y: 1, w: 1 },
    { x: [1, 2], y: 2, w: 1 },
    { x: [1], y: 2, w: 1 },
    { x: [2], y: 0, w: 1 },
    { x: [], y: 0, w: 1 },
  ];
  it('learns which feature marks which class, the same way every time', () => {
    const fitted = fitLogistic(samples, 3, 3, 0.01);
    expect(fitted.weights[0]![1]).toBeGreaterThan(fitted.weights[0]![0]!);
    expect(fitted.weights[1]![2]).toBeGreaterThan(fitted.weights[1]![0]!);
    expect(Math.abs(fitted.weights[2]![1]! - fitted.weights[2]![2]!)).toBeLessThan(0.5);
    expect(fitLogistic(samples, 3, 3, 0.01)).toEqual(fitted);
  });
  it('shrinks weights as the penalty grows', () => {
    const size = (lambda: number) => fitLogistic(samples, 3, 3, lambda).weights.flat().reduce((sum, w) => sum + w * w, 0);
    expect(size(1)).toBeLessThan(size(0.01));
  });
  it('lets a sample weight of zero count for nothing', () => {
    const withNoise = [...samples, { x: [0], y: 0, w: 0 }];
    expect(fitLogistic(withNoise, 3, 3, 0.01)).toEqual(fitLogistic(samples, 3, 3, 0.01));
  });
});
