/** Warning messages are data keyed by code, and HTML passed where text was asked for is reported. */
import { describe, expect, it } from 'vitest';
import { splitPage, WarningCode } from '../src/index.js';
import { warning, WARNING_MESSAGES } from '../src/warnings.js';

const HTML = '<html><body><div><p>Hello there, this is a page.</p><p>World</p></div></body></html>';

describe('warnings', () => {
  it('every code has its message, and slots are filled from details', () => {
    expect(Object.keys(WARNING_MESSAGES).sort()).toEqual([...WarningCode.options].sort());
    expect(warning('long-line', { limit: 5000 }).message).toBe('A line longer than 5000 characters; it was treated as one paragraph.');
    expect(warning('nul-bytes', {}, { start: 3, end: 4 })).toEqual({ code: 'nul-bytes', message: WARNING_MESSAGES['nul-bytes'], start: 3, end: 4 });
  });

  it('HTML split as text because text was asked for gets html-as-text', () => {
    const page = splitPage(HTML, { format: 'text' });
    expect(page.inputType).toBe('text');
    expect(page.warnings.map((w) => w.code)).toContain('html-as-text');
    expect(page.warnings.find((w) => w.code === 'html-as-text')!.message).toBe('The input looks like HTML but was split as plain text (format "text" was asked for).');
  });

  it('plain text and HTML read as HTML get none', () => {
    expect(splitPage('Just a title\n\nAnd a paragraph of plain text here.').warnings.map((w) => w.code)).not.toContain('html-as-text');
    const auto = splitPage(HTML);
    expect(auto.inputType).toBe('html');
    expect(auto.warnings.map((w) => w.code)).not.toContain('html-as-text');
  });

  it('decoding warnings come from the table', () => {
    const text = Buffer.from('Council votes on the new bridge\n\nThe council voted on Tuesday to fund the bridge, after a long debate.\n', 'utf8');
    const page = splitPage(Buffer.concat([text, Buffer.from([0xff, 0x21, 0x00, 0x0a]), text]));
    const codes = page.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['invalid-utf8', 'nul-bytes']));
    expect(page.warnings.find((w) => w.code === 'nul-bytes')!.message).toBe(WARNING_MESSAGES['nul-bytes']);
  });
});
