/**
 * Author names printed alone on a line: what a name line looks like, and which name-shaped lines
 * never are names (section headings, one-word replies).
 */
import { FUNCTION_WORDS } from '../../language/function-words.js';

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}_'’.-]*|[\p{Ll}\p{N}_][\p{L}\p{M}\p{N}_'’.-]*|\p{N}+)$/u;
/** A full stop inside the line ends a sentence, unless it ends an initial ("R. Achterberg"). */
const SENTENCE_PUNCTUATION = /[,!?:;"“”()[\]{}…=+*/\\<>|#]|(?<!(?:^|\s)\p{Lu})\.\s|(?<!\b\p{Lu})\.$/u;
/** Section headings and labels that are shaped like a name but never are. */
const HEADING_WORDS = new Set([
  'background', 'analysis', 'conclusion', 'update', 'updates', 'summary', 'overview', 'introduction', 'comments',
  'related', 'advertisement', 'share', 'reply', 'photos', 'videos', 'gallery', 'sources', 'references', 'editor',
  'note', 'editors', 'contents', 'menu', 'home', 'news', 'opinion', 'sport', 'sports', 'weather', 'latest',
  // One-word comments: interjections are replies, not signatures.
  'lol', 'lmao', 'haha', 'wow', 'agreed', 'exactly', 'thanks', 'nope', 'yep', 'yeah', 'same', 'indeed', 'bingo',
  'amen', 'true', 'false', 'ok', 'okay', 'nonsense', 'ridiculous', 'correct', 'wrong', 'sad', 'lies',
]);

/**
 * An author name alone on a line (SouthFront, many Disqus text dumps): 1–4 name-shaped words, no
 * sentence punctuation, not made of common function words ("lets hope so" is a comment).
 */
export function looksLikeName(line: string): boolean {
  if (line.length > 40 || line.length < 2 || SENTENCE_PUNCTUATION.test(line)) return false;
  const words = line.split(/\s+/u);
  if (words.length > 4) return false;
  let commonWords = 0;
  for (const word of words) {
    if (!NAME_WORD.test(word)) return false;
    const lower = word.toLowerCase();
    if (HEADING_WORDS.has(lower)) return false;
    if (FUNCTION_WORDS.get(lower)?.includes('en')) commonWords++;
  }
  // "The Response" or "lets hope so" read as sentences; a lone common word is never a name.
  return commonWords === 0 || (commonWords === 1 && words.length >= 3 && /^\p{Lu}/u.test(line));
}
