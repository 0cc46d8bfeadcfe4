/**
 * The article body: the content blocks the scorer chose, without the headline, the comments and
 * what follows the comments, and with the text of leaves inside them (the headline, widgets) cut
 * out, so nothing is counted twice.
 */
import type { Body, Comment, Segment } from '../../../schema/index.js';
import type { Element } from '../dom.js';
import { overlapTest } from '../ranges.js';
import { carve } from '../leaves.js';
import type { Block } from './content.js';

/** The body runs from the first to the last article block; the headline and comments stay out. */
export function bodyOf(blocks: Block[], text: string, title: Element | null, comments: Comment[], leaves: Segment[]): Body | null {
  const first = comments[0];
  const firstComment = first ? Math.min(first.start, first.header?.start ?? Infinity) : Infinity;
  const overlapsComment = overlapTest(comments);
  let kept = blocks
    .filter((block) => block.element !== title && !(title && block.start >= title.start && block.end <= title.end))
    .filter((block) => !overlapsComment(block));
  // An article that starts before the comments ends there: what follows them is page furniture.
  if (kept.some((block) => block.end <= firstComment)) kept = kept.filter((block) => block.end <= firstComment);
  // Text the headline or a widget inside a paragraph already holds is cut out, never counted twice.
  return bodyOfParagraphs(carve(text, kept.map((block) => span(text, block.start, block.end)), leaves), text);
}

export function bodyOfParagraphs(paragraphs: Segment[], text: string): Body | null {
  if (paragraphs.length === 0) return null;
  return { ...span(text, paragraphs[0]!.start, paragraphs[paragraphs.length - 1]!.end), paragraphs };
}

export function span(text: string, start: number, end: number): Segment {
  return { text: text.slice(start, end), start, end };
}
