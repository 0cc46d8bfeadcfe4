/** Gold fixture pages as the splitter would return them, so taggers can be scored apart from splitting. */
import { SCHEMA_VERSION, type Comment, type PageAnalysis } from '../../../src/schema/index.js';
import { locateComments, type GoldPage } from '../../../tests/gold.js';

/** A gold page as `splitPage` would return it: the body from its first to its last paragraph, gold comments and parents. */
export function goldSplit(page: GoldPage, input: string): PageAnalysis {
  const spans = locateComments(input, page.comments);
  const depths: number[] = [];
  const comments: Comment[] = page.comments.map((comment, i) => ({
    id: `c${i}`,
    index: i,
    start: spans[i]!.start,
    end: spans[i]!.end,
    text: comment.text,
    author: comment.author,
    postedAt: comment.postedAt,
    parentId: comment.parent === null ? null : `c${comment.parent}`,
    depth: (depths[i] = comment.parent === null ? 0 : (depths[comment.parent] ?? 0) + 1),
    language: comment.language,
    header: null,
    paragraphs: [],
    replyEvidence: null,
  }));
  return { schemaVersion: SCHEMA_VERSION, inputType: 'text', text: input, title: null, body: goldBody(page, input), comments, boilerplate: [], warnings: [] };
}

function goldBody(page: GoldPage, input: string): PageAnalysis['body'] {
  if (!page.body) return null;
  const start = input.indexOf(page.body.first);
  const lastAt = input.indexOf(page.body.last, Math.max(start, 0));
  if (start < 0 || lastAt < 0) throw new Error(`gold body not found in page ${page.page}`);
  const end = lastAt + page.body.last.length;
  return { start, end, text: input.slice(start, end), paragraphs: [] };
}
