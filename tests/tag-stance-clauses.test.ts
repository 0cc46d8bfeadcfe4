import { describe, it, expect } from 'vitest';
import { frameStems, isFrameWord, toneMask, TONE_SKIPPED } from '../src/tag/stance/clauses.js';
import { tagStance } from '../src/tag/stance/index.js';
import { scanWords } from '../src/text/tokens.js';

const masked = (text: string) => {
  const tokens = scanWords(text);
  const mask = toneMask(tokens, text);
  return tokens.filter((_, k) => mask[k] === TONE_SKIPPED).map((t) => t.lower);
};

describe('which words of a clause carry the writer’s tone', () => {
  it('reads "like" as a verb after its subject, not as a comparison', () => {
    expect(masked('Clinics would be like Starbucks')).toEqual(['like']);
    expect(masked('I like her plan')).toEqual([]);
  });

  it('leaves an if-clause unasserted up to its clause break', () => {
    expect(masked('If feminists win, they would be great')).toEqual(['if', 'feminists', 'win']);
  });

  it('turns around the tone of a counterfactual if-clause, which asserts its opposite', () => {
    const text = 'If feminists were honest, they would be great';
    const mask = toneMask(scanWords(text), text);
    expect([...mask]).toEqual([2, 2, 2, 2, 1, 1, 1, 1]);
    expect(tagStance('If feminists were honest they would admit it', { targets: ['Feminist Movement'] }).targets[0]!.label).toBe('against');
  });

  it('does not count a salutation or "right" outside a predicate', () => {
    expect(masked('Dear feminists, right now you are wrong')).toEqual(['dear', 'right']);
    expect(masked('She is right')).toEqual([]);
  });

  it("takes the target's frame words out of its tone", () => {
    const stems = frameStems('Legalization of Abortion', ['Abortion']);
    expect(stems).toEqual(['legal']);
    expect(isFrameWord('illegal', stems)).toBe(true);
    expect(isFrameWord('abortion', stems)).toBe(false);
  });
});

describe('clause-level target stance', () => {
  const stance = (text: string, target = 'Hillary Clinton') => tagStance(text, { targets: [target] }).targets[0]!;

  it('turns a negated wish around', () => {
    expect(stance('I am voting for Hillary').label).toBe('favor');
    expect(stance('This is why I am not voting for Hillary').label).toBe('against');
  });

  it('reads calling a concern made up as against it, although alarm elsewhere agrees', () => {
    const concern = 'Climate Change is a Real Concern';
    expect(stance('Climate change is a hoax invented for taxes.', concern).label).toBe('against');
    expect(stance('Climate change terrifies me, it is a disaster.', concern).label).toBe('favor');
  });

  it.each([
    // [text, label, presupposed]: naming the whole subject of a concern as a thing in the world presupposes it is real
    ['Four places where climate change is taking its toll.', 'favor', true],
    ['Delegates meet in Paris for the climate change conference.', 'favor', true],
    ['Our city is drafting a #ClimateChange plan this autumn.', 'favor', true],
    // asking, mocking with an irony marker, quoting the name and a word of the subject alone do not presuppose
    ['Is climate change even happening?', 'none', false],
    // label not asserted: "lol" reads as positive tone near the name (pre-existing, not this rule)
    ['Climate change, they said. Snow in May lol', null, false],
    ['Every bit of smoke is now "climate change."', 'none', false],
    ['Every bit of smoke is now \u201cclimate change\u201d, apparently.', 'none', false],
    ['The climate here is dry in June.', 'none', false],
  ] as const)('reads a concern as presupposed where its subject is named: %s', (text, label, presupposed) => {
    const found = tagStance(text, { targets: ['Climate Change is a Real Concern'] }).targets[0]!;
    if (label) expect(found.label).toBe(label);
    expect(found.evidence.some((e) => e.rule === 'stance/concern-presupposed.favor')).toBe(presupposed);
  });

  it('lets a denial outweigh the presupposed concern', () => {
    expect(stance('Climate change is a myth pushed by grant seekers.', 'Climate Change is a Real Concern').label).toBe('against');
  });

  it('reads a wish to end or ban what the target is for as against it', () => {
    expect(stance('We will be the generation that ends abortion.', 'Legalization of Abortion').label).toBe('against');
    expect(stance('Time to ban abortion in every state.', 'Legalization of Abortion').label).toBe('against');
  });

  it('does not read praise inside a question as praise, while blame inside one still blames', () => {
    expect(stance('Can anyone name one of her accomplishments?').label).toBe('none');
    expect(stance('Hillary has real accomplishments.').label).toBe('favor');
    expect(stance('Why is Hillary so corrupt?').label).toBe('against');
  });

  it('does not read a fact about the frame as praise', () => {
    expect(stance('Abortion is legal in Canada.', 'Legalization of Abortion').label).toBe('none');
  });

  it('lowers confidence under irony markers instead of flipping the label', () => {
    const plain = stance('Hillary is a wonderful, honest leader.');
    const ironic = stance('Hillary is a wonderful, honest leader. lol');
    expect(plain.label).toBe('favor');
    expect(ironic.confidence).toBeLessThan(plain.confidence);
    expect(['favor', 'none']).toContain(ironic.label);
  });

  it('leaves a text that never names the target at none with the confidence of an absent target', () => {
    const result = stance('What a wonderful day for a walk.');
    expect(result.label).toBe('none');
    expect(result.evidence).toEqual([]);
  });
});
