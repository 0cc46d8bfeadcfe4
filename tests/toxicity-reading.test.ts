/**
 * One toxicity reading per comment: the questions' hostile-wording feature and the toxicity tagger
 * share it (the words were found twice per comment with a question), and a record's findings are
 * its own copies, so finishing them in place leaves the shared reading as found.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../src/index.js';
import { compileLexicon } from '../src/tag/lexicon/index.js';
import { findToxicity } from '../src/tag/toxicity/find.js';
import { sharedToxicity } from '../src/tag/toxicity/shared.js';
import { viewOf } from '../src/text/view.js';

// Count the word-finding passes wherever they are called from (the tagger, the questions' feature).
vi.mock('../src/tag/toxicity/find.js', async (load) => {
  const real = await load<typeof import('../src/tag/toxicity/find.js')>();
  return { ...real, findToxicity: vi.fn(real.findToxicity) };
});

describe('toxicity reading shared per text view', () => {
  it('compiles the bundled lists once and reads a view once', () => {
    expect(compileLexicon()).toBe(compileLexicon({}));
    const view = viewOf('Why are you such an idiot?');
    expect(sharedToxicity(view, compileLexicon())).toBe(sharedToxicity(view, compileLexicon()));
    expect(sharedToxicity(viewOf('Why are you such an idiot?'), compileLexicon())).not.toBe(sharedToxicity(view, compileLexicon()));
  });

  it('finds the words of a comment with a question once, and hands the record its own findings', () => {
    const spy = vi.mocked(findToxicity);
    spy.mockClear();
    const analyzer = createAnalyzer();
    const text = 'Why are you such an idiot? Answer me.';
    const first = analyzer.tagComment(text);
    expect(spy).toHaveBeenCalledTimes(1);
    const insults = first.insults as { rule: string; start: number; text: string }[];
    expect(insults.map((f) => f.rule)).toEqual(['insults/insult.idiot']);
    expect(text.slice(insults[0]!.start, insults[0]!.start + insults[0]!.text.length)).toBe(insults[0]!.text);
    // A second analysis of the same text is a new view: found again, and namespaced once.
    const second = analyzer.tagComment(text);
    expect(spy).toHaveBeenCalledTimes(2);
    expect((second.insults as { rule: string }[]).map((f) => f.rule)).toEqual(['insults/insult.idiot']);
  });
});
