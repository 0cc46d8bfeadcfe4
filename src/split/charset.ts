/**
 * Decodes HTML bytes the way a browser would: BOM first, then the declared charset (<meta charset>,
 * http-equiv Content-Type, or an XML declaration), with one exception browsers do not make:
 * when the declaration disagrees with the bytes (a page says windows-1252 but is valid UTF-8 with
 * multi-byte characters, or says UTF-8 but is not), the bytes win and a warning says so.
 */
import type { Warning } from '../schema/index.js';
import { warning } from '../warnings.js';

/** Browsers look for the declaration in the first 1024 bytes; scrapers often move it later. */
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.()-]+)/i;
const XML_ENCODING = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.()-]+)/i;

export interface DecodedHtml {
  text: string;
  /** The encoding used, as the WHATWG label TextDecoder reports. */
  encoding: string;
  warnings: Warning[];
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, warnings: [] };
  const declared = declaredCharset(bytes);
  const utf8 = utf8Status(bytes);
  if (declared === null) {
    if (utf8 !== 'invalid') return decodeAs(bytes, 'utf-8', []);
    return decodeAs(bytes, 'windows-1252', [
      warning('invalid-utf8', { handling: 'it declares no charset, so it was decoded as windows-1252' }),
    ]);
  }
  if (declared === 'utf-8' && utf8 === 'invalid') {
    return decodeAs(bytes, 'windows-1252', [
      warning('charset-mismatch', { declared: 'UTF-8', bytes: 'are not valid UTF-8', decodedAs: 'windows-1252' }),
    ]);
  }
  if (declared !== 'utf-8' && utf8 === 'multibyte') {
    return decodeAs(bytes, 'utf-8', [
      warning('charset-mismatch', { declared, bytes: 'are valid UTF-8', decodedAs: 'UTF-8' }),
    ]);
  }
  return decodeAs(bytes, declared, []);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The declared charset as TextDecoder's canonical name; null when absent or unknown. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label.toLowerCase()).encoding;
    // A page cannot really be UTF-16 if an ASCII <meta> was readable; browsers treat it as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

/** 'ascii' (no byte over 0x7f), 'multibyte' (valid UTF-8 with some), or 'invalid'. */
function utf8Status(bytes: Uint8Array): 'ascii' | 'multibyte' | 'invalid' {
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      high = true;
      break;
    }
  }
  if (!high) return 'ascii';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'multibyte';
  } catch {
    return 'invalid';
  }
}

/** Decodes with a known encoding (windows-1252 C1 bytes mapped as browsers do). */
export function decodeAs(bytes: Uint8Array, encoding: string, warnings: Warning[]): DecodedHtml {
  const decoder = new TextDecoder(encoding, { fatal: false });
  let text = decoder.decode(bytes);
  // Node 20's windows-1252 decoder is plain latin-1 (nodejs/node#56542): map 0x80-0x9F by hand.
  if (decoder.encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] || c);
  return { text, encoding: decoder.encoding, warnings };
}

/** windows-1252 bytes 0x80-0x9F; empty where the byte is undefined (kept as its C1 control). */
const WINDOWS_1252_C1 = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

