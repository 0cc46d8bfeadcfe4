/**
 * tagToxicity vs the hand annotations in fixtures/gold (written independently by another
 * annotator). Prints the agreement; the floors guard against regressions, not perfection.
 */
import { describe, expect, it } from 'vitest';
import { goldAgreement } from './tag-toxicity-gold.js';

describe('toxicity agreement with fixtures/gold', () => {
  const r = goldAgreement();
  const lists = Object.entries(r.lists);
  const rows = lists.map(([name, a]) =>
    `${name.padEnd(10)} gold ${String(a.gold).padStart(3)}  recall ${(a.found / Math.max(1, a.gold)).toFixed(2)}  ` +
    `precision ${(a.correct / Math.max(1, a.predicted)).toFixed(2)}  found-in-any-list ${(a.anyListFound / Math.max(1, a.gold)).toFixed(2)}`,
  );
  process.stdout.write(`\ngold toxicity agreement over ${r.comments} annotated comments\n${rows.join('\n')}\n` +
    `slur category agree ${r.slurCategoryAgree}/${r.lists.slurs.found}, use agree ${r.slurUseAgree}/${r.lists.slurs.found}\n` +
    `misses: ${r.misses.join(' | ')}\nextras: ${r.extras.join(' | ')}\n`);

  it('has annotated comments to compare with', () => {
    expect(r.comments).toBeGreaterThan(0);
  });

  it('finds most annotated toxic spans in some list', () => {
    const gold = lists.reduce((s, [, a]) => s + a.gold, 0);
    const found = lists.reduce((s, [, a]) => s + a.anyListFound, 0);
    expect(found / gold).toBeGreaterThanOrEqual(0.6);
  });

  it('flags few slurs the annotator did not', () => {
    const s = r.lists.slurs;
    expect(s.correct / Math.max(1, s.predicted)).toBeGreaterThanOrEqual(0.6);
  });

  it('agrees on use vs mention for the slurs both found', () => {
    expect(r.slurUseAgree).toBe(r.lists.slurs.found);
  });

  it('profanity agrees closely', () => {
    const p = r.lists.profanity;
    expect(p.found / Math.max(1, p.gold)).toBeGreaterThanOrEqual(0.75);
    expect(p.correct / Math.max(1, p.predicted)).toBeGreaterThanOrEqual(0.75);
  });
});
