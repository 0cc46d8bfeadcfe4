/**
 * Finds individual comments in the markup and reads each one's author, date, text and parent.
 * Three signals find the comment elements: class/id vocabulary, schema.org microdata, and
 * repeated sibling structures (each with an author and a date) inside a comment section.
 */
import { detectLanguage } from '../../language/index.js';
import type { Boilerplate, Comment } from '../../schema/index.js';
import { findCommentItems, sectionsOf } from './comment-items.js';
import { keptText, partsOf } from './comment-parts.js';
import { headerOf, isUiText, paragraphsOf, splitHeaderLine } from './comment-text.js';
import { cssPath, type Element } from './dom.js';
import { DATE_TEXT, SAID_PARAGRAPH, authorFromHeaderNodes, authorOf, dateOf } from './header.js';
import { isPingback, isPostMetaLine, isSectionHeading, pingbackBoilerplate } from './not-comments.js';
import { evidence, linkMention, parentOf } from './replies.js';

export interface FoundComments {
  comments: Comment[];
  /** Elements holding the comments (sections or items), kept out of the body. */
  regions: Element[];
  /** Which signal found them, for warnings and eval. */
  signal: 'vocabulary' | 'microdata' | 'structure' | null;
  /** Pingbacks and trackbacks among the items: kept out of comments and body, shown as boilerplate. */
  pingbacks: Boilerplate[];
}

export function findComments(elements: Element[], text: string): FoundComments {
  const found = findCommentItems(elements, text);
  // The post's own "Written by X - Leave a Comment" line, styled as a comment, is no thread.
  const items = found?.elements.filter((item) => !isPostMetaLine(item, text)) ?? [];
  if (!found || items.length === 0) return { comments: [], regions: sectionsOf(elements), signal: null, pingbacks: [] };
  const { comments, pingbacks } = readComments(items, text);
  const regions = [...sectionsOf(elements), ...items];
  return { comments, regions, signal: comments.length ? found.signal : null, pingbacks };
}

function readComments(items: Element[], text: string): { comments: Comment[]; pingbacks: Boilerplate[] } {
  const set = new Set(items);
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const byElement = new Map<Element, Comment>();
  const comments: Comment[] = [];
  const pingbacks: Boilerplate[] = [];
  for (const item of sorted) {
    const parts = partsOf(item, set, text);
    const kept = keptText(parts.body ?? item, set, [parts.author, parts.date]).filter(
      (node) => !isUiText(text.slice(node.start, node.end), node),
    );
    // "1 Name url | date" on one line before the text: that line is the header, not the comment.
    const { header: headerNodes, rest: nodes } = splitHeaderLine(kept, parts.date, text);
    if (nodes.length === 0 || !nodes.some((node) => /[\p{L}\p{N}]/u.test(text.slice(node.start, node.end)))) continue;
    const paragraphs = paragraphsOf(nodes, text);
    // The section's own "Discussion / 1 Comment" heading, when the section is itself an item.
    if (isSectionHeading(paragraphs.map((p) => p.text))) continue;
    // "On October 29, 2012 at 2:35am, Rosa said..." as the first paragraph is a header in the text.
    const saidHeader = paragraphs.length > 1 ? SAID_PARAGRAPH.exec(paragraphs[0]!.text) : null;
    const headerParagraph = saidHeader ? paragraphs.shift()! : null;
    const start = paragraphs[0]!.start;
    const end = paragraphs[paragraphs.length - 1]!.end;
    const parent = parentOf(item, set, byElement, comments);
    const header = headerParagraph ?? headerOf(parts, start, text, headerNodes);
    // Pingbacks and trackbacks are software notices of a link, not something a reader wrote.
    if (isPingback(item, set, parts.author, header, { start, end }, text)) {
      pingbacks.push(pingbackBoilerplate(text, Math.min(start, header?.start ?? start), end));
      continue;
    }
    const comment: Comment = {
      id: `c${comments.length + 1}`,
      index: comments.length,
      text: text.slice(start, end),
      start,
      end,
      author: authorOf(parts.author, text) ?? authorFromHeaderNodes(headerNodes, text) ?? (saidHeader ? saidHeader[2]!.split(/,\s+/).pop()!.trim() : null),
      postedAt: dateOf(parts.date, parts.author, text) ?? (saidHeader ? (DATE_TEXT.exec(saidHeader[0])?.[0] ?? null) : null),
      parentId: parent?.comment.id ?? null,
      depth: parent ? parent.comment.depth + 1 : 0,
      language: detectLanguage(text.slice(start, end)),
      header,
      paragraphs,
      replyEvidence: parent ? evidence(parent.rule, header ?? paragraphs[0]!) : null,
      selector: cssPath(item),
    };
    if (!parent) linkMention(comment, comments);
    byElement.set(item, comment);
    comments.push(comment);
  }
  return { comments, pingbacks };
}
