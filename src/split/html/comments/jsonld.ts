/**
 * JSON-LD `comment` arrays become comments only where their text appears in the rendered page,
 * since every comment must be a span of the page text.
 */
import { detectLanguage } from '../../../language/index.js';
import type { Comment } from '../../../schema/index.js';
import type { JsonLdComment } from '../embeds.js';

export function commentsFromJsonLd(items: JsonLdComment[], text: string): Comment[] {
  const comments: Comment[] = [];
  let from = 0;
  for (const item of items) {
    const needle = item.text.replace(/\s+/g, ' ').trim();
    if (needle.length < 3) continue;
    const start = text.indexOf(needle, from);
    if (start < 0) continue;
    const end = start + needle.length;
    from = end;
    const segment = { text: text.slice(start, end), start, end };
    comments.push({
      id: `c${comments.length + 1}`,
      index: comments.length,
      ...segment,
      author: item.author,
      postedAt: null,
      parentId: null,
      depth: 0,
      language: detectLanguage(segment.text),
      header: null,
      paragraphs: [segment],
      replyEvidence: null,
    });
  }
  return comments;
}
