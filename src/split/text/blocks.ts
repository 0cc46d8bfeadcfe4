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

/** Whitespace, including NBSP, zero-width characters, BOM, NUL and other invisible characters. */
const BLANK_CHAR = /[\s\u0000\u00AD\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\uFEFF]/u;

const PAGE_START_GAP = 99;

function isBlankChar(char: string): boolean {
  return BLANK_CHAR.test(char);
}

/** One pass over the text; CRLF, lone CR and LF all end a line. */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    lines.push(measureLine(text, lineStart, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return lines;
}

function measureLine(text: string, start: number, end: number): Line {
  let contentStart = start;
  let indent = 0;
  while (contentStart < end && isBlankChar(text[contentStart]!)) {
    indent += text[contentStart] === '\t' ? 4 : 1;
    contentStart++;
  }
  let contentEnd = end;
  while (contentEnd > contentStart && isBlankChar(text[contentEnd - 1]!)) contentEnd--;
  return { start, contentStart, contentEnd, indent };
}

function isBlankLine(line: Line): boolean {
  return line.contentEnd === line.contentStart;
}

export function groupBlocks(text: string, lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let gap = PAGE_START_GAP;
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    blocks.push(makeBlock(text, current, gap));
    current = [];
    gap = 0;
  };
  for (const line of lines) {
    if (isBlankLine(line)) {
      flush();
      gap++;
    } else {
      current.push(line);
    }
  }
  flush();
  return blocks;
}

function makeBlock(text: string, lines: Line[], gapBefore: number): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    start: first.contentStart,
    end: last.contentEnd,
    lines,
    gapBefore,
    indent: first.indent,
    text: text.slice(first.contentStart, last.contentEnd),
    firstLine: text.slice(first.contentStart, first.contentEnd),
  };
}

/** Splits a multi-line block into one block per line, keeping offsets (used for header lines). */
export function lineBlocks(text: string, block: Block): Block[] {
  return block.lines.map((line, i) => makeBlock(text, [line], i === 0 ? block.gapBefore : 0));
}
