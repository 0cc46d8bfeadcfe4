/**
 * Error analysis for stance toward the parent on the fixture threads: TUNE pages only (check pages are
 * never loaded here). Prints each tune comment whose gold label is support or deny but which the
 * tagger reads as another label, with the start of its parent, so misses can be grouped by shape.
 * Usage: npx tsx scripts/eval/discourse/tune-misses.ts [support|deny]
 */
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { goldSplit } from './gold-split.js';

const wanted = process.argv[2];
const analyzer = createAnalyzer();
for (const { gold: page, input } of loadGoldPages('tune')) {
  const tagged = analyzer.tagPage(goldSplit(page, input));
  page.comments.forEach((comment, i) => {
    if (!comment.stance || comment.stance === 'comment' || comment.stance === 'query') return;
    if (wanted && comment.stance !== wanted) return;
    const got = tagged.comments[i]!.stance.toParent.label;
    if (got === comment.stance) return;
    const parent = comment.parent === null ? (page.body?.first ?? '(article)') : page.comments[comment.parent]!.text;
    const clip = (s: string, n: number) => s.replace(/\s+/g, ' ').slice(0, n);
    process.stdout.write(`[${comment.stance} -> ${got}] ${comment.parent === null ? 'TOP' : 'REPLY'} ${page.page}\n  P: ${clip(parent, 160)}\n  C: ${clip(comment.text, 260)}\n`);
  });
}
