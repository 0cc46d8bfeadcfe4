/**
 * Lines and blocks: the units every later step reasons about. A block is a run of non-blank lines;
 * `gapBefore` counts the blank lines before it, which is how plain-text pages separate comments.
 */

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset after the last non-blank character (trailing whitespace excluded). */
  contentEnd: number;
  /** Offset of the first non-blank character. */
  contentStart: number;
  /** Width of the leading whitespace, tabs counted as 4. */
  indent: number;
  /**
   * The line's content, `page.slice(contentStart, contentEnd)`, sliced once: the rules ask the
   * line memos about it many times, and a string sliced afresh is hashed afresh on every lookup
   * (~145 ns against ~25 for the same string again).
   */
  text: string;
}

/** The line with its content narrowed to [contentStart, contentEnd) of the page, both within its old content. */
export function narrowedLine(line: Line, contentStart: number, contentEnd: number): Line {
  return { start: line.start, contentStart, contentEnd, indent: line.indent, text: line.text.slice(contentStart - line.contentStart, contentEnd - line.contentStart) };
}

export interface Block {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset after the last non-blank character. */
  end: number;
  lines: Line[];
  /** Blank lines before this block (the page start counts as a large gap). */
  gapBefore: number;
  /** Indentation of the first line. */
  indent: number;
  /** The block's text, `page.slice(start, end)`. */
  text: string;
  /** The first line's trimmed text. */
  firstLine: string;
  /** A short heading that was printed directly above its paragraph ("Notes"). */
  heading?: boolean;
  /** A forum signature under its rule line. */
  signature?: boolean;
}

const PAGE_START_GAP = 99;

/**
 * Whitespace, including NBSP, zero-width characters, BOM, NUL and other invisible characters:
 * `[\s\u0000\u00AD\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\uFEFF]`, by code unit.
 */
function isBlankCode(code: number): boolean {
  if (isJsWhitespace(code)) return true;
  return code === 0 || code === 0xad || code === 0x180e || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064);
}

/** Exactly the code units `\s` matches: JavaScript whitespace and line terminators. */
export function isJsWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export interface Scan {
  blocks: Block[];
  /** Start of the first line longer than the limit asked for (blank lines included), or null. */
  longLineStart: number | null;
}

/**
 * One pass over the text: lines, then blocks of non-blank lines. CRLF, lone CR and LF all end a
 * line. Blank lines are only counted (as the next block's gap), never stored: on a page of short
 * paragraphs half the lines are blank.
 */
export function scanBlocks(text: string, longLine: number): Scan {
  const blocks: Block[] = [];
  let longLineStart: number | null = null;
  let gap = PAGE_START_GAP;
  let current: Line[] = [];
  let lineStart = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    let contentStart = lineStart;
    let indent = 0;
    while (contentStart < i && isBlankCode(text.charCodeAt(contentStart))) {
      indent += text.charCodeAt(contentStart) === 9 ? 4 : 1;
      contentStart++;
    }
    if (contentStart === i) {
      // A blank line ends the block before it.
      if (longLineStart === null && i - lineStart > longLine) longLineStart = lineStart;
      if (current.length > 0) {
        blocks.push(makeBlock(text, current, gap));
        current = [];
        gap = 0;
      }
      gap++;
    } else {
      let contentEnd = i;
      while (contentEnd > contentStart && isBlankCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
      if (longLineStart === null && contentEnd - lineStart > longLine) longLineStart = lineStart;
      current.push({ start: lineStart, contentStart, contentEnd, indent, text: text.slice(contentStart, contentEnd) });
    }
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  if (current.length > 0) blocks.push(makeBlock(text, current, gap));
  return { blocks, longLineStart };
}

function makeBlock(text: string, lines: Line[], gapBefore: number): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const blockText = lines.length === 1 ? first.text : text.slice(first.contentStart, last.contentEnd);
  return {
    start: first.contentStart,
    end: last.contentEnd,
    lines,
    gapBefore,
    indent: first.indent,
    text: blockText,
    // A one-line block's first line is its text: one string, not two.
    firstLine: first.text,
  };
}

/** Splits a multi-line block into one block per line, keeping offsets (used for header lines). */
export function lineBlocks(text: string, block: Block): Block[] {
  return block.lines.map((line, i) => makeBlock(text, [line], i === 0 ? block.gapBefore : 0));
}

/** Lines [from, to) of a block as a block of their own, keeping offsets; only the first part keeps the block's gap. */
export function blockPart(text: string, block: Block, from: number, to: number): Block {
  return makeBlock(text, block.lines.slice(from, to), from === 0 ? block.gapBefore : 0);
}

/** Blocks a page needs before its blank-line habit can be told from its content. */
const HABIT_MIN_BLOCKS = 10;

/**
 * Some scrapers print a blank line after every line: then a single blank line parts nothing (a
 * header from its comment, a menu entry from the next), and only wider gaps carry structure. Such
 * a page (one-line blocks, nearly all one blank line apart) is read as if each single blank line
 * were not there and each wider gap one line narrower: the page a scraper without the habit prints.
 */
export function withoutLineSpacing(text: string, blocks: Block[]): Block[] {
  if (!isLineSpaced(blocks)) return blocks;
  const out: Block[] = [];
  let lines: Line[] = [];
  let gap = PAGE_START_GAP;
  for (const block of blocks) {
    if (lines.length > 0 && block.gapBefore !== 1) {
      out.push(makeBlock(text, lines, gap));
      lines = [];
      gap = block.gapBefore - 1;
    }
    for (const line of block.lines) lines.push(line);
  }
  if (lines.length > 0) out.push(makeBlock(text, lines, gap));
  return out;
}

/** One-line blocks (all but one in fifty), nine in ten of them one blank line apart. */
function isLineSpaced(blocks: readonly Block[]): boolean {
  if (blocks.length < HABIT_MIN_BLOCKS) return false;
  let multiLine = 0;
  let singleGaps = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.lines.length > 1) multiLine++;
    if (i > 0 && blocks[i]!.gapBefore === 1) singleGaps++;
  }
  return multiLine * 50 <= blocks.length && singleGaps * 10 >= (blocks.length - 1) * 9;
}
