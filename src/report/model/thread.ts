/**
 * The reply tree of a page, from each comment's parentId. A parent must be a comment earlier on
 * the page: that rules out cycles, and a reply to a missing or later comment is shown top-level
 * with a note rather than dropped.
 */

export interface ThreadInput {
  id: string;
  parentId: string | null;
}

export interface Thread {
  /** Comment indexes with no (usable) parent, in page order. */
  roots: number[];
  /** Replies of each comment index, in page order. */
  replies: number[][];
  /** The parent index of each comment, -1 for a root. */
  parentOf: number[];
  /** Why a comment with a parentId is shown top-level, by comment index. */
  notes: Map<number, string>;
  /** First comment index for each id (ids repeat only in hand-made or merged data). */
  indexOf: Map<string, number>;
}

export function buildThread(comments: readonly ThreadInput[]): Thread {
  const indexOf = new Map<string, number>();
  const replies: number[][] = comments.map(() => []);
  const parentOf: number[] = comments.map(() => -1);
  const roots: number[] = [];
  const notes = new Map<number, string>();
  comments.forEach((comment, index) => {
    const parent = comment.parentId === null ? undefined : indexOf.get(comment.parentId);
    if (parent !== undefined) {
      parentOf[index] = parent;
      replies[parent]!.push(index);
    } else {
      roots.push(index);
      if (comment.parentId !== null) notes.set(index, `replies to ${comment.parentId}, which is not an earlier comment on this page`);
    }
    if (indexOf.has(comment.id)) notes.set(index, `${notes.has(index) ? `${notes.get(index)}; ` : ''}id ${comment.id} repeats an earlier comment's`);
    else indexOf.set(comment.id, index);
  });
  return { roots, replies, parentOf, notes, indexOf };
}

/** Comment indexes in reading order: each comment, then its replies, depth first (no recursion). */
export function readingOrder(thread: Thread): number[] {
  const out: number[] = [];
  const stack = [...thread.roots].reverse();
  while (stack.length > 0) {
    const index = stack.pop()!;
    out.push(index);
    const replies = thread.replies[index]!;
    for (let i = replies.length - 1; i >= 0; i--) stack.push(replies[i]!);
  }
  return out;
}
