/**
 * Pages made ready for timing stance alone: split once, each comment with the index of its parent
 * and of its thread's root, the article's salient targets compiled once per page. Shared by the
 * analyze bench's stance share and scripts/profile/stance.ts, so both time the same calls.
 */
import { parentIndexes, threadRoots } from '../../src/analyzer/roots.js';
import { splitPage } from '../../src/split/index.js';
import { compileTargets, findSalientTargets } from '../../src/tag/stance/index.js';

export function stancePages(corpus: string[]) {
  return corpus.map((page) => {
    const split = splitPage(page);
    const article = split.body?.text ?? '';
    const byId = new Map(split.comments.map((c, i) => [c.id, i]));
    const roots = threadRoots(parentIndexes(split.comments, byId));
    const comments = split.comments.map((comment) => {
      const parentAt = comment.parentId ? byId.get(comment.parentId) : undefined;
      return { text: comment.text, parentAt, rootAt: parentAt !== undefined ? roots[parentAt] : undefined };
    });
    return { article, targets: compileTargets(findSalientTargets(article)), comments };
  });
}
