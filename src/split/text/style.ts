/**
 * How much a paragraph reads like a reader comment rather than journalism. Used only where the
 * page gives no structural cue (headerless comments), so it is a tie-breaker, not a classifier.
 */
import { memoize } from '../../memo.js';

const PERSONAL = /\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|mine|you|you're|you’re|your|yours|u|ur|we|we're|us|our|imo|imho|btw|lol|lmao|haha|wtf|omg)\b/giu;
const SWEAR = /\b(?:fuck\w*|shit\w*|damn\w*|hell|ass(?:hole)?s?|crap|bullshit|idiots?|morons?|stupid)\b/giu;
const ATTRIBUTION = /\b(?:said|says|told|according to|reported|announced|stated|added|claimed|spokesm[ae]n|spokeswoman|officials?|ministry|agency|percent)\b/giu;
const EMOTICON = /(?:[:;]-?[)(DPp]|[!?]{2,}|\p{Extended_Pictographic})/gu;

/** Regions and segmentation both ask about the same blocks; answers are kept per text. */
export const commentLikeness: (text: string) => number = memoize(5000, scoreLikeness);

function scoreLikeness(text: string): number {
  const words = Math.max(1, countWords(text));
  const per100 = (pattern: RegExp) => ((text.match(pattern)?.length ?? 0) * 100) / words;
  let score = 0;
  score += Math.min(3, per100(PERSONAL) / 2);
  score += Math.min(2, per100(SWEAR));
  score += Math.min(1.5, (text.match(EMOTICON)?.length ?? 0) * 0.75);
  score += text.includes('?') ? 0.5 : 0;
  score += /^\p{Ll}/u.test(text) ? 0.75 : 0;
  score -= Math.min(3, per100(ATTRIBUTION));
  score -= words > 90 ? 1 : 0;
  // The body may not hold another opening quote, so an unclosed “ cannot scan to the end.
  score -= /[“"][^“”"]{20,}[”"]/u.test(text) ? 0.5 : 0;
  return score;
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
