/**
 * Finds individual comments in the markup and reads each one's author, date, text and parent, as
 * steps that each hand the next a typed result: sections → items → readings → records → threads.
 */
import type { Boilerplate, Comment } from '../../../schema/index.js';
import { contains, type Element } from '../dom.js';
import type { PageFacts } from '../facts.js';
import { findCommentItems, type Items } from './items.js';
import type { Range } from '../leaves.js';
import { repliesInside } from './nested-replies.js';
import { isPostMetaLine } from './not-comments.js';
import { openingPost } from './opening.js';
import { inPageOrder } from './order.js';
import { readItem, type CommentReading } from './read.js';
import { toRecord } from './records.js';
import { commentSections } from './sections.js';
import { keepLearned, learnRepeatedRoles, lowestCommon } from './shapes.js';
import { threadComments } from './thread.js';

export interface FoundComments {
  comments: Comment[];
  /** Elements holding the comments (sections or items), kept out of the body. */
  regions: Element[];
  /** Which signal found them, for warnings and eval. */
  signal: Items['signal'] | null;
  /** Pingbacks and trackbacks among the items: kept out of comments and body, shown as boilerplate. */
  pingbacks: Boilerplate[];
  /** On a forum thread or Q&A page, the opening post read like a comment: it is the body. */
  opening: CommentReading | null;
  /** The lowest element holding every comment: the thread's container. */
  container: Element | null;
}

/**
 * @param boilerplate page furniture, which never counts as an article before a thread
 * @param declaredThread whether the page's structured data says it is a forum thread or a Q&A
 *   page: asked only when the markup leaves open whether the first post opens a thread
 */
export function findComments(elements: Element[], text: string, facts: PageFacts, boilerplate: Range[], declaredThread: () => boolean = () => false): FoundComments {
  // Containers named for comments: where structure is searched, and what the body leaves alone.
  const sections = commentSections(elements, facts);
  // The comment elements, by class vocabulary or microdata, else by repeated structure in a section;
  // the post's own "Written by X - Leave a Comment" line, styled as a comment, is no thread.
  let found = findCommentItems(elements, sections, text, facts);
  // Nothing named: an unknown comment system shows no author or date class, but its repeated
  // blocks show where the name, the date and the text are.
  if (!found) {
    const learned = learnRepeatedRoles(elements, text, facts, sections, declaredThread);
    const retried = learned.blocks.size ? findCommentItems(elements, sections, text, facts, true) : null;
    if (keepLearned(learned, retried?.elements ?? [], facts)) found = retried;
  }
  const named = found?.elements.filter((item) => !isPostMetaLine(item, text, facts)) ?? [];
  // A shop's or a writer's answer boxed inside the comment it answers.
  const items = [...named, ...repliesInside(named, text, facts)];
  if (!found || items.length === 0) return { comments: [], regions: sections, signal: null, pingbacks: [], opening: null, container: null };
  items.sort((a, b) => a.order - b.order);
  // A thread with no article before it: its opening post is the body, the rest are comments.
  // A talk page signs every comment, each section's first one too: it is a list of discussions,
  // none of them the page's article.
  const opening = found.signal === 'signature' ? null : openingPost(items, text, facts, boilerplate, declaredThread);
  const itemSet = new Set(opening ? [...items, opening.element] : items);
  const openingReading = opening ? readItem(opening.element, itemSet, text, facts) : null;
  // Each item read on its own: header, paragraphs, author, date; pingbacks set apart.
  const posts = opening?.amongItems ? items.filter((item) => item !== opening.element) : items;
  const readings = posts.map((item) => readItem(item, itemSet, text, facts));
  const kept = withoutCopies(
    readings.filter((reading): reading is CommentReading => reading?.kind === 'comment'),
    text,
  );
  const pingbacks = readings.flatMap((reading) => (reading?.kind === 'pingback' ? [reading.boilerplate] : []));
  // Records in page order, then parents from nesting, reply lists, depth classes or "@Name".
  const comments = kept.map((reading, index) => toRecord(reading, index, text));
  threadComments(
    comments,
    kept.map((reading) => reading.item),
    itemSet,
    text,
    facts,
    opening && openingReading?.kind === 'comment' ? { element: opening.element, author: openingReading.author } : null,
  );
  return {
    // Leaves in page order, whatever malformed markup did to the nesting.
    comments: inPageOrder(comments, text),
    regions: [...sections, ...items, ...(opening ? [opening.element] : [])],
    signal: comments.length ? found.signal : null,
    pingbacks,
    opening: openingReading?.kind === 'comment' ? openingReading : null,
    container: kept.length ? lowestCommon(kept[0]!.item, kept[kept.length - 1]!.item) : null,
  };
}

/**
 * A comment shown twice, a "most popular" or "featured" box above the thread repeating one from it:
 * the same author and words in a list of its own. The copies are dropped; the comment keeps its
 * place in the thread, where its replies are. A member posting the same words twice (a double post,
 * or once more as a reply further down) keeps both.
 */
const MIN_COPY_CHARS = 60;

function withoutCopies(readings: CommentReading[], text: string): CommentReading[] {
  const wordsOf = (reading: CommentReading) => text.slice(reading.paragraphs[0]!.start, reading.paragraphs[reading.paragraphs.length - 1]!.end);
  const latest = new Map<string, CommentReading>();
  for (const reading of readings) latest.set(`${reading.author ?? ''}\u0000${wordsOf(reading)}`, reading);
  // Only the copies before the thread's first comment of its own can be a box; copies met further
  // down are a signature or a stock line repeated under posts, each part of its post.
  const copies: CommentReading[] = [];
  for (const reading of readings) {
    const words = wordsOf(reading);
    const last = latest.get(`${reading.author ?? ''}\u0000${words}`)!;
    // Short words repeat by chance ("Thanks!", "+1" in two threads): only a long text is a copy.
    if (words.length < MIN_COPY_CHARS || last === reading || last.item.parent === reading.item.parent) break;
    copies.push(reading);
  }
  // A box is a list of its own: the thread's first own comment is neither beside its copies in one
  // list nor nested in one of them (then the "copy" is the thread's first comment, said again below).
  const start = readings[copies.length];
  if (!copies.length || !start) return readings;
  if (copies.some((copy) => copy.item.parent === start.item.parent || contains(copy.item, start.item))) return readings;
  return readings.slice(copies.length);
}
