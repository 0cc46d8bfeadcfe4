/**
 * What the text splitter's speed rests on stays exact: each scanned line carries its content as one
 * string (Line.text, read by every rule instead of a fresh slice), and the HTML check answers a page
 * without '<' at once. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../src/split/detect-html.js';
import { blockPart, lineBlocks, scanBlocks, withoutLineSpacing } from '../src/split/text/blocks.js';

/** Line ends of every kind, tabs, NBSP, zero-width spaces, trailing blanks, one-line and multi-line blocks. */
const PAGES: [name: string, text: string][] = [
  ['LF, blank lines between blocks', 'Harbour wall to be rebuilt\n\nBy Ana Ruiz\n12 May 2026\n\nThe council said on Monday that work starts in June.\n'],
  ['CRLF and lone CR', 'First line\r\nsecond line\r\n\r\nthird\rfourth\r\n'],
  ['indents, NBSP, zero-width and trailing blanks', '\t  Indented line  \n\u00a0Nbsp opened\u00a0\u00a0\n\u200bzero width\u200b\n   \n\u3000wide space'],
  ['one-character lines', 'a\nb\n\nc'],
];

describe('Line.text is the line content the offsets name', () => {
  it.each(PAGES)('%s', (_name, text) => {
    const { blocks } = scanBlocks(text, 100_000);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      for (const line of block.lines) expect(line.text).toBe(text.slice(line.contentStart, line.contentEnd));
      expect(block.text).toBe(text.slice(block.start, block.end));
      expect(block.firstLine).toBe(block.lines[0]!.text);
      for (const single of lineBlocks(text, block)) expect(single.text).toBe(text.slice(single.start, single.end));
      if (block.lines.length > 1) expect(blockPart(text, block, 1, block.lines.length).text).toBe(text.slice(block.lines[1]!.contentStart, block.end));
    }
  });

  it('keeps each line text when line-spaced blocks are joined', () => {
    const text = Array.from({ length: 12 }, (_, k) => `Line ${k} of a page printed with a blank line after each`).join('\n\n');
    const joined = withoutLineSpacing(text, scanBlocks(text, 100_000).blocks);
    expect(joined.length).toBe(1);
    for (const line of joined[0]!.lines) expect(line.text).toBe(text.slice(line.contentStart, line.contentEnd));
    expect(joined[0]!.text).toBe(text.slice(joined[0]!.start, joined[0]!.end));
  });
});

describe('looksLikeHtml', () => {
  const cases: [text: string, html: boolean][] = [
    ['Plain text with no angle bracket at all.\n\nTwo paragraphs.', false],
    ['  <!DOCTYPE html><title>x</title>', true],
    ['<!-- saved page -->\nHello', true],
    ['<html lang="en">', true],
    ['Prices: 3 < 5 and 7 > 2, said <Ana>.', false],
    ['<div><p>one</p><p>two</p><span>three</span></div>', true],
    ['<p>only</p> <br> three tags', false],
  ];
  it.each(cases)('%j -> %s', (text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });

  it('reads only the first 4 KB', () => {
    expect(looksLikeHtml(`${'x'.repeat(5000)}<!doctype html><div><p><span><a><br>`)).toBe(false);
  });
});
