/**
 * Dragnet 2012 pages (../shared/data/dragnet/training, AGPL data, read here and never copied):
 * `ID.html` and `ID.gold.txt`, the gold article text, a hand-typed marker line, then all comments.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SHARED_DATA } from '../../lib/table.js';

export const DRAGNET_DIR = `${SHARED_DATA}dragnet/training/`;
/**
 * The article/comments marker line. Most gold files spell it `!@#$%^&*()  COMMENTS`, but a few
 * were typed by hand with the symbols shuffled or dropped (`!@ $%^&*()`, `!#@$`, `!!@#`), so
 * any run of those symbols before COMMENTS counts.
 */
const MARKER = /^[!@#$%^&*() \t]{4,}COMMENTS[ \t]*$/m;

export interface DragnetPage {
  id: string;
  bytes: Uint8Array;
  goldArticle: string;
  goldComments: string;
}

export function loadDragnet(): DragnetPage[] {
  if (!existsSync(DRAGNET_DIR)) return [];
  return readdirSync(DRAGNET_DIR)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    .map((id) => {
      const gold = decodeGold(readFileSync(`${DRAGNET_DIR}${id}.gold.txt`));
      const match = MARKER.exec(gold);
      return {
        id,
        bytes: readFileSync(`${DRAGNET_DIR}${id}.html`),
        goldArticle: match ? gold.slice(0, match.index) : gold,
        goldComments: match ? gold.slice(match.index + match[0].length) : '',
      };
    });
}

/** The gold files mix UTF-8, windows-1252 and (two of them) UTF-16 with a byte-order mark. */
function decodeGold(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
