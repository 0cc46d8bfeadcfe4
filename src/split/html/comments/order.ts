/**
 * Comments as leaves in page order. Malformed markup can leave a comment's own text on both sides
 * of a nested reply (text after an unclosed list), or put a parent's text after its replies: then a
 * parent's span would hold its reply, or comments would leave page order. Here every comment keeps
 * only the paragraphs before the next comment starts, its header only where no other comment is,
 * and the list is sorted by position with ids, indexes and parents renumbered.
 */
import type { Comment, Segment } from '../../../schema/index.js';

export function inPageOrder(comments: Comment[], text: string): Comment[] {
  const sorted = [...comments].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Comment[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const comment = sorted[i]!;
    const next = sorted[i + 1];
    const limit = next ? Math.min(next.start, next.header?.start ?? Infinity) : Infinity;
    const previousEnd = kept.length ? kept[kept.length - 1]!.end : -Infinity;
    const paragraphs = comment.paragraphs.filter((p) => p.start >= previousEnd && p.end <= limit);
    if (paragraphs.length === 0) continue;
    const start = paragraphs[0]!.start;
    const end = paragraphs[paragraphs.length - 1]!.end;
    const header = comment.header && comment.header.start >= previousEnd && comment.header.end <= start ? comment.header : null;
    const changed = paragraphs.length !== comment.paragraphs.length || header !== comment.header;
    kept.push(changed ? { ...comment, paragraphs, start, end, text: text.slice(start, end), header, replyEvidence: evidenceWithin(comment, header, paragraphs) } : comment);
  }
  return renumber(kept, comments);
}

/** Reply evidence that pointed at a dropped header or paragraph points at what is left. */
function evidenceWithin(comment: Comment, header: Segment | null, paragraphs: Segment[]): Comment['replyEvidence'] {
  const evidence = comment.replyEvidence;
  if (!evidence) return null;
  const inside = [header, ...paragraphs].some((segment) => segment && evidence.start >= segment.start && evidence.end <= segment.end);
  if (inside) return evidence;
  const anchor = header ?? paragraphs[0]!;
  return { ...evidence, text: anchor.text, start: anchor.start, end: anchor.end };
}

/**
 * Ids and indexes in page order. A reply answers an earlier comment: a link to a dropped comment,
 * or to one that now comes later, is cut, and depths follow the links that are left.
 */
function renumber(kept: Comment[], original: Comment[]): Comment[] {
  const unchanged = kept.length === original.length && kept.every((comment, i) => comment === original[i]);
  if (unchanged) return kept;
  const ids = new Map(kept.map((comment, index) => [comment.id, `c${index + 1}`]));
  const out: Comment[] = [];
  const byId = new Map<string, Comment>();
  kept.forEach((comment, index) => {
    const mapped = comment.parentId ? ids.get(comment.parentId) : undefined;
    const parent = mapped ? byId.get(mapped) : undefined;
    const record: Comment = parent
      ? { ...comment, id: ids.get(comment.id)!, index, parentId: parent.id, depth: parent.depth + 1 }
      : { ...comment, id: ids.get(comment.id)!, index, parentId: null, depth: 0, replyEvidence: null };
    byId.set(record.id, record);
    out.push(record);
  });
  return out;
}
