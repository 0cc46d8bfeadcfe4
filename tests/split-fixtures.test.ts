import { describe, expect, it } from 'vitest';
import { PageAnalysis, splitPage } from '../src/index.js';
import { loadGoldPages } from './gold.js';
import { scorePage, totals } from './split-scoring.js';
import { overlaps, spanViolations } from './spans.js';

const pages = loadGoldPages();

describe('splitPage on every hand-annotated fixture', () => {
  it('has fixtures: the five seeds and at least twelve written pages', () => {
    expect(pages.filter(({ gold }) => /^00\d_/.test(gold.page))).toHaveLength(5);
    expect(pages.length).toBeGreaterThanOrEqual(17);
  });

  for (const { gold, input } of pages) {
    describe(gold.page, () => {
      const result = splitPage(input);

      it('matches the schema', () => {
        expect(() => PageAnalysis.parse(result)).not.toThrow();
      });

      it('keeps every span sliceable and no two leaves overlapping', () => {
        expect(spanViolations(result)).toEqual([]);
        expect(overlaps(result)).toEqual([]);
      });

      it('keeps gold boilerplate out of the body and the comments', () => {
        expect(scorePage(gold, input, result).leakedBoilerplate).toEqual([]);
      });

      it('finds the title and the body', () => {
        const score = scorePage(gold, input, result);
        expect(result.title?.text ?? null).toBe(gold.title);
        expect(score.bodyRight).toBe(true);
      });

      it('warns about ambiguity exactly when the annotator found the page ambiguous', () => {
        const ambiguity = result.warnings.some((w) => w.code === 'ambiguous-comment-boundaries' || w.code === 'ambiguous-page-structure');
        expect(ambiguity).toBe(gold.ambiguous);
      });
    });
  }

  it('meets the floors over all fixtures: comment F1 >= 0.95, author accuracy >= 0.95', () => {
    const all = totals(pages.map(({ gold, input }) => scorePage(gold, input, splitPage(input))));
    expect(all.f1).toBeGreaterThanOrEqual(0.95);
    expect(all.authorAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
