import { ThreadlensError } from '../errors.js';
import type { Warning } from '../schema/index.js';
import { warning } from '../warnings.js';
import { decodeHtmlBytes } from './charset.js';
import { looksLikeHtml } from './detect-html.js';

export interface DecodedInput {
  text: string;
  warnings: Warning[];
}

/** File signatures of formats that are never a page: refusing them beats returning mojibake. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

/** Share of control bytes (other than tab, newline, CR, form feed) above which content is binary. */
const BINARY_CONTROL_RATIO = 0.1;
const SNIFF_BYTES = 8192;

/**
 * Turns a string or bytes into the text every span will index. Strings are taken as they are.
 * Bytes are decoded as UTF-8 (or UTF-16 with a BOM); invalid sequences become U+FFFD with a
 * warning; content that is plainly binary is refused with a typed error.
 */
export function decodeInput(input: string | Uint8Array | null | undefined): DecodedInput {
  if (input === null || input === undefined) return { text: '', warnings: [] };
  if (typeof input === 'string') return { text: input, warnings: warningsForText(input) };
  if (!(input instanceof Uint8Array)) {
    throw new ThreadlensError('invalid-input', `expected a string or bytes, got ${typeof input}`);
  }
  rejectBinary(input);
  // HTML bytes carry their charset (<meta charset>, http-equiv); honour it, checked against the bytes.
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  if (looksLikeHtml(new TextDecoder('latin1').decode(input.subarray(bom, bom + 4096)))) {
    const html = decodeHtmlBytes(input);
    return { text: html.text, warnings: [...html.warnings, ...warningsForText(html.text)] };
  }
  const text = decodeBytes(input);
  const warnings = warningsForText(text);
  if (text.includes('\uFFFD') && !hasReplacementInSource(input)) {
    warnings.unshift(warning('invalid-utf8', { handling: 'invalid bytes were replaced with U+FFFD' }));
  }
  return { text, warnings };
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // ignoreBOM keeps a UTF-8 BOM in the text, so offsets match what other tools decode.
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

/** True when the bytes themselves encode U+FFFD (EF BF BD), which is not a decoding fault. */
function hasReplacementInSource(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}

function rejectBinary(bytes: Uint8Array): void {
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) {
      throw new ThreadlensError('binary-input', `The input is a ${name}, not a page.`);
    }
  }
  // UTF-16 text is full of NUL bytes; only sniff control bytes when there is no UTF-16 BOM.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return;
  const sniffed = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sniffed; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  if (sniffed > 0 && control / sniffed > BINARY_CONTROL_RATIO) {
    throw new ThreadlensError(
      'binary-input',
      `The input looks binary: ${control} of its first ${sniffed} bytes are control characters.`,
    );
  }
}

function warningsForText(text: string): Warning[] {
  const warnings: Warning[] = [];
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    warnings.push(warning('nul-bytes', {}, { start: nul, end: nul + 1 }));
  }
  return warnings;
}
