/** The trained-reference eval's model: if it could not learn, its "training would not help" figure would mean nothing. */
import { describe, expect, it } from 'vitest';
import { ngramFeatures, Softmax } from '../scripts/eval/discourse/softmax.js';

describe('eval softmax', () => {
  const train: [string, string][] = [
    ['source please?', 'query'],
    ['is this confirmed?', 'query'],
    ['any source for this?', 'query'],
    ['totally agree with you', 'support'],
    ['agree, well said', 'support'],
    ['so true, agree', 'support'],
    ['that is fake news', 'deny'],
    ['fake, never happened', 'deny'],
    ['this is fake', 'deny'],
  ];

  it('learns a separable problem, rare words included', () => {
    const model = new Softmax(['support', 'deny', 'query']).fit(train.map(([t]) => ngramFeatures(t)), train.map(([, l]) => l));
    expect(model.predict(ngramFeatures('I agree'))).toBe('support');
    expect(model.predict(ngramFeatures('fake'))).toBe('deny');
    expect(model.predict(ngramFeatures('source?'))).toBe('query');
  });

  it('reads words, pairs and openers, dropping handles and links', () => {
    const features = ngramFeatures('@cnn Is it TRUE? https://t.co/x');
    expect([...features.keys()].sort()).toEqual(['bias', 'open:is', 'open:it', 'open:true', 'p:is it', 'p:it true', 'p:true ?', 'w:?', 'w:is', 'w:it', 'w:true'].sort());
  });
});
