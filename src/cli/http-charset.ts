/**
 * A WARC response's HTTP Content-Type charset. It outranks a <meta> declaration (as in browsers),
 * but like the splitter's own decoding the bytes win when they disagree: bytes that are valid
 * UTF-8 with multi-byte characters, or that start with a BOM, are left to the splitter.
 */
import { decodeAs } from '../split/charset.js';

export function withHttpCharset(bytes: Uint8Array, charset: string | undefined): string | Uint8Array {
  if (!charset) return bytes;
  let encoding: string;
  try {
    encoding = new TextDecoder(charset.trim().toLowerCase()).encoding;
  } catch {
    return bytes; // an unknown label: the page's own declaration decides
  }
  if (encoding === 'utf-8' || encoding.startsWith('utf-16') || hasBom(bytes) || isMultibyteUtf8(bytes)) return bytes;
  return decodeAs(bytes, encoding, []).text;
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
