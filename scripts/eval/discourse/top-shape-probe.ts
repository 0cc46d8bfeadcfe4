/**
 * TUNE-only probe of top-level comments (fixture tune pages; check pages are never loaded): for each
 * top-level comment with a stance label, its gold label, predicted label, the predicted labels of its
 * direct replies and its AFINN sums, as JSON lines, so a structural rule can be counted before it is
 * written. Usage: npx tsx scripts/eval/discourse/top-shape-probe.ts > /tmp/top.jsonl
 */
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { goldSplit } from './gold-split.js';
import { viewOf } from '../../../src/text/view.js';
import { scoreTokens } from '../../../src/text/sentiment.js';

const analyzer = createAnalyzer();
for (const { gold: page, input } of loadGoldPages('tune')) {
  const tagged = analyzer.tagPage(goldSplit(page, input));
  page.comments.forEach((comment, i) => {
    if (!comment.stance) return;
    const got = tagged.comments[i]!.stance.toParent;
    const replies = page.comments.map((c, k) => ({ c, k })).filter(({ c }) => c.parent === i);
    const view = viewOf(comment.text);
    const scored = scoreTokens(view.wordsIn(0, 1500), view.text.slice(0, 1500));
    const pos = scored.filter((t) => t.score > 0).reduce((a, t) => a + t.score, 0);
    const neg = scored.filter((t) => t.score < 0).reduce((a, t) => a - t.score, 0);
    const first = view.sentencesUpTo(1500)[0];
    const firstScored = first ? scored.filter((t) => t.end <= first.end) : [];
    const fsum = firstScored.reduce((a, t) => a + t.score, 0);
    process.stdout.write(JSON.stringify({
      page: page.page, i, top: comment.parent === null, gold: comment.stance, pred: got.label, rules: got.evidence.map((e) => e.rule),
      lang: view.language, words: view.wordsIn(0, 1500).length, pos, neg, fsum,
      replies: replies.map(({ c, k }) => ({ gold: c.stance ?? null, pred: tagged.comments[k]!.stance.toParent.label })),
      parentPred: comment.parent === null ? null : tagged.comments[comment.parent]!.stance.toParent.label,
      parentGold: comment.parent === null ? null : page.comments[comment.parent]!.stance ?? null,
      text: comment.text.replace(/\s+/g, ' ').slice(0, 200),
    }) + '\n');
  });
}
