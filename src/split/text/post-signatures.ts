/**
 * Posts signed under their text (Q&A answers): the text, an action row ("Share / Improve this
 * answer / Follow"), then "answered Mar 3 at 15:47" over the writer's name, reputation and badges.
 * The run of paragraphs above each signature is one post. Learned from repetition: a page signs
 * at least two posts this way before any is read so.
 */
import { wordCount } from './article.js';
import type { ClassifiedBlock } from './classify.js';
import { datedLine } from './headers.js';
import { isNameShaped } from './names.js';

const MIN_SIGNATURES = 2;

/** "answered Mar 3 at 15:47", "asked yesterday", "edited 2 days ago": a verb of posting and a date alone. */
const postSigned = datedLine('^(?:answered|asked|posted|commented|replied)\\s+(?:on\\s+)?', '(?:,?\\s+at\\s+\\d{1,2}:\\d{2})?');

export interface SignatureName {
  last: number;
  author: [number, number];
}

export interface PostSignatures {
  /** For each block, the index of the signature that signs it as post text, or -1. */
  signedBy: Int32Array;
  /** For each signature block, the last block of the signature (itself when the name is in it) and the writer's name as page offsets. */
  nameOf: Map<number, SignatureName>;
  /** The action rows between a post's text and its signature (1), which do not end the post. */
  inRow: Uint8Array;
}

/** One backward pass: from each signature up over its action row to the paragraphs it signs. */
export function findPostSignatures(blocks: ClassifiedBlock[]): PostSignatures {
  const signedBy = new Int32Array(blocks.length).fill(-1);
  const inRow = new Uint8Array(blocks.length);
  const nameOf = new Map<number, SignatureName>();
  for (let i = 0; i < blocks.length; i++) {
    if (!postSigned(blocks[i]!.firstLine)) continue;
    const name = nameLine(blocks, i);
    if (name) nameOf.set(i, name);
  }
  if (nameOf.size < MIN_SIGNATURES) return { signedBy, nameOf: new Map(), inRow };
  let pending = -1;
  let inText = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const role = blocks[i]!.role.kind;
    if (nameOf.has(i)) {
      pending = i;
      inText = false;
    } else if (pending >= 0 && !inText && isRowEntry(blocks[i]!)) {
      // The action row between a post and its signature.
      inRow[i] = 1;
    } else if (pending >= 0 && role === 'prose') {
      signedBy[i] = pending;
      inText = true;
    } else {
      pending = -1;
    }
  }
  return { signedBy, nameOf, inRow };
}

/** The date after the signature's verb, with its clock ("Mar 3 at 15:47") to the line's end, as page offsets. */
export function signatureDate(block: ClassifiedBlock): [number, number] | null {
  const date = postSigned(block.firstLine);
  return date ? [block.start + date[0], block.start + block.firstLine.length] : null;
}

/** Buttons and links of an action row ("Share", "Improve this answer", "Follow"): short, unpunctuated, on their own line. */
export function isRowEntry(block: ClassifiedBlock): boolean {
  const kind = block.role.kind;
  if (kind === 'action' || kind === 'furniture') return true;
  return kind !== 'header' && block.lines.length === 1 && wordCount(block.text) <= ROW_ENTRY_WORDS && !/[.!?:…]$/u.test(block.text);
}

const ROW_ENTRY_WORDS = 4;

/**
 * The writer's name: a header grouped over the signature's lines, its second line (a block of
 * signature lines), or the line right under it.
 */
function nameLine(blocks: ClassifiedBlock[], index: number): SignatureName | null {
  const block = blocks[index]!;
  const role = block.role;
  if (role.kind === 'header' && role.header.author !== null) return { last: index, author: [block.start + role.header.author[0], block.start + role.header.author[1]] };
  const second = block.lines[1];
  if (second) {
    const text = second.text;
    return isNameShaped(text) ? { last: index, author: [second.contentStart, second.contentEnd] } : null;
  }
  const next = blocks[index + 1];
  return next !== undefined && next.gapBefore === 0 && isNameShaped(next.firstLine) ? { last: index + 1, author: [next.start, next.start + next.firstLine.length] } : null;
}
