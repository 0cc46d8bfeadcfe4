import { describe, expect, it } from 'vitest';
import { tagConspiracy } from '../src/tag/conspiracy/index.js';
import { loadGoldPages } from './gold.js';

/**
 * Against the hand-annotated fixture pages. Floors sit below the measured agreement (see the
 * pan2024 eval section, which prints the full figures) so a regression fails without pinning outputs.
 */
const pages = loadGoldPages();
const seeds = pages.filter(({ gold }) => /^00[0-4]_/.test(gold.page));
const labelled = (list: typeof pages) => list.flatMap(({ gold }) => gold.comments.filter((c) => c.conspiracy !== undefined));

describe('conspiracy tagger vs fixture gold', () => {
  it('finds the (((cabal))) echo brackets in seed 002 as coded antisemitism, in a comment labelled conspiracy', () => {
    const page = seeds.find(({ gold }) => gold.page.startsWith('002_'));
    expect(page).toBeDefined();
    const comment = page!.gold.comments.find((c) => c.text.includes('(((cabal)))'));
    expect(comment).toBeDefined();
    const result = tagConspiracy(comment!.text);
    expect(result.label).toBe('conspiracy');
    const marker = result.markers.find((m) => m.text === '(((cabal)))');
    expect(marker?.role).toBe('coded-antisemitism');
    expect(comment!.text.slice(marker!.start, marker!.end)).toBe('(((cabal)))');
  });

  it('agrees with the seed pages on most comment labels', () => {
    const comments = labelled(seeds);
    expect(comments.length).toBeGreaterThan(20);
    const agree = comments.filter((c) => tagConspiracy(c.text).label === c.conspiracy).length;
    expect(agree / comments.length).toBeGreaterThanOrEqual(0.75);
  });

  it('labels no gold-none comment of any fixture page as conspiracy more than rarely', () => {
    const none = labelled(pages).filter((c) => c.conspiracy === 'none');
    const flagged = none.filter((c) => tagConspiracy(c.text).label === 'conspiracy').length;
    expect(flagged / none.length).toBeLessThanOrEqual(0.05);
  });

  it('keeps every marker span valid on every fixture comment', () => {
    for (const comment of labelled(pages)) {
      for (const m of tagConspiracy(comment.text).markers) expect(comment.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
