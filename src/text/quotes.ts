/**
 * Quoted stretches of a comment: text in quotation marks and lines quoting another comment ("> …").
 * A question inside a quotation is someone else's, so the question tagger skips it.
 */
import type { Segment } from '../schema/index.js';

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
/** Longest quotation considered; an unmatched quote mark must not swallow the rest of a long text. */
const MAX_QUOTE = 600;

export function findQuotes(text: string): Segment[] {
  const out: Segment[] = forumQuotes(text);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Only quote marks and '>' start anything: skip every other character without a lookup.
    if (code !== 0x22 && code !== 0x3e && code !== 0x201c && code !== 0xab && code !== 0x201e) {
      i++;
      continue;
    }
    const ch = text[i]!;
    const close = PAIRS[ch];
    if (close !== undefined) {
      const limit = Math.min(text.length, i + MAX_QUOTE);
      let j = i + 1;
      while (j < limit && text[j] !== close && !(close === '"' && text[j] === '\n' && text[j + 1] === '\n')) j++;
      if (j < limit && text[j] === close) {
        out.push({ text: text.slice(i, j + 1), start: i, end: j + 1 });
        i = j + 1;
        continue;
      }
    }
    if (ch === '>' && (i === 0 || text[i - 1] === '\n')) {
      let j = text.indexOf('\n', i);
      if (j < 0) j = text.length;
      out.push({ text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** "Quote:" / "Originally Posted by X" / "X wrote:" header lines: the line after them is quoted. */
const QUOTE_HEADER = /^(?:quote:?|quote from .{1,80}|originally posted by .{1,80}|.{1,80} (?:wrote|said):)\s*$/iu;

function forumQuotes(text: string): Segment[] {
  if (!/quote|posted by|wrote:|said:/iu.test(text)) return [];
  const out: Segment[] = [];
  let lineStart = 0;
  let quoteNext = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (QUOTE_HEADER.test(line.length > 200 ? '' : line.trim())) quoteNext = true;
    else if (quoteNext && line.trim().length > 0) {
      out.push({ text: line, start: lineStart, end: lineEnd });
      quoteNext = false;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
