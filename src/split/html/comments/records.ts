/**
 * Comment records from readings, in page order, with ids `c1`, `c2`…; parents are set afterwards
 * by the thread step, so every record starts as a top-level comment.
 */
import { detectLanguage } from '../../../language/index.js';
import type { Comment } from '../../../schema/index.js';
import { cssPath } from '../dom.js';
import type { CommentReading } from './read.js';

export function toRecord(reading: CommentReading, index: number, text: string): Comment {
  const { paragraphs } = reading;
  const start = paragraphs[0]!.start;
  const end = paragraphs[paragraphs.length - 1]!.end;
  return {
    id: `c${index + 1}`,
    index,
    text: text.slice(start, end),
    start,
    end,
    author: reading.author,
    postedAt: reading.postedAt,
    parentId: null,
    depth: 0,
    language: detectLanguage(text.slice(start, end)),
    header: reading.header,
    paragraphs,
    replyEvidence: null,
    selector: cssPath(reading.item),
  };
}
