/**
 * What a hashtag that contains a target's name says about it. "#ReadyForHillary" sides with the
 * target, "#WhyImNotVotingForHillary" and "#SpankAFeminist" side against it, and "#HillaryEmails"
 * only names it. The tag is read as the words it is made of (camel case and digits split it; an
 * all-lower-case tag is read around the name), so the same negators and AFINN tone as in running
 * text decide.
 */
import { isNegator, valence } from '../../text/sentiment.js';

export type HashtagSide = 'favor' | 'against' | null;

/** Words that, in a tag naming a side, take that side ("#IStandWithPP", "#Hillary4President"). */
const SIDING = new Set(['ready', 'for', 'with', 'support', 'vote', 'yes', 'love', 'go', 'team', 'president', 'stand', 'im', 'i', 'am', 'proud', 'pro']);
/** Words that turn a tag against the side it names ("#StopHillary", "#LockHerUp"-style tags). */
const OPPOSING = new Set(['stop', 'no', 'not', 'never', 'anti', 'dump', 'ditch', 'impeach', 'lock', 'fuck', 'nope', 'down', 'against', 'dont', 'don', 'without', 'spank', 'ban', 'end', 'defund']);
/** A word that takes its tag's side ("ready", "vote"), or turns the tag against what it names ("stop", "no"). */
export function tagSideOf(word: string): HashtagSide {
  if (OPPOSING.has(word) || isNegator(word)) return 'against';
  return SIDING.has(word) ? 'favor' : null;
}

/** Filler that neither sides nor opposes: years, numbers, function words and comparison "like" (#TweetLikeAFeminist). */
const FILLER = /^(?:\d+|the|a|an|of|to|in|on|and|is|are|was|s|so|like)$/u;

/**
 * `name` is the target form (one lower-case word) the tag contains. A tag that is the name alone
 * ("#feminism") sides with it when `nameAloneSides`: people tag the cause they belong to; a
 * person's name alone ("#Hillary") is tagged by critics as often, and the caller turns it off.
 */
export function hashtagSide(tag: string, name: string, nameAloneSides = true): HashtagSide {
  if (name === '') return null;
  const words = tagWords(tag.replace(/^#/u, ''), name);
  const at = words.indexOf(name);
  if (at < 0) return null;
  const rest = words.filter((_, k) => k !== at).filter((w) => !FILLER.test(w));
  if (rest.some((w) => tagSideOf(w) === 'against')) return 'against';
  const tone = rest.reduce((sum, w) => sum + valence(w), 0);
  if (tone < 0) return 'against';
  // A year or a number is a campaign's tag ("#Hillary2016"); the name with nothing else is not.
  if (words.length === 1 && !nameAloneSides) return null;
  if (rest.length === 0 || tone > 0 || rest.every((w) => tagSideOf(w) === 'favor')) return 'favor';
  // "#HillaryEmails", "#ClintonCash": the tag names the target and a topic, not a side.
  return null;
}

/**
 * The words of a tag body written in camel case, lower-cased: a run of capitals is a word of its
 * own up to the capital that starts the next word ("SCOTUS|Fail"); with `digits`, a run of digits
 * is one too ("Hillary|2016").
 */
export function camelWords(body: string, { digits }: { digits: boolean }): string[] {
  const pattern = digits ? /\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+|\d+/gu : /\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+/gu;
  return (body.match(pattern) ?? []).map((w) => w.toLowerCase());
}

/**
 * The tag's words, lower-cased. Camel case and digits mark the breaks; a tag with no capitals
 * inside is split only around the name ("libertynothillary" → liberty, not, hillary), since
 * guessing other word breaks would invent words.
 */
function tagWords(body: string, name: string): string[] {
  if (/\p{Ll}\p{Lu}|\d/u.test(body)) {
    const lower = camelWords(body, { digits: true });
    if (lower.includes(name)) return lower;
  }
  const lower = body.toLowerCase();
  const at = lower.indexOf(name);
  if (at < 0) return [];
  const before = lower.slice(0, at);
  const after = lower.slice(at + name.length);
  return [...aroundName(before, 'end'), name, ...aroundName(after, 'start')].filter(Boolean);
}

/**
 * Splits off a known siding or opposing word that touches the name. After the name only a whole
 * remainder counts ("#hillaryno"), since a prefix there is usually part of another word
 * ("#hillarynomination", "#trumpdonors"); before the name a word of three letters or more may end
 * a longer run ("#libertynothillary"), but "no" may not ("#casinohillary").
 */
function aroundName(part: string, side: 'start' | 'end'): string[] {
  if (part === '') return [];
  if (SIDING.has(part) || OPPOSING.has(part)) return [part];
  if (side === 'start') return [part];
  for (const word of [...OPPOSING, ...SIDING].sort((a, b) => b.length - a.length)) {
    if (word.length >= 3 && part.endsWith(word)) return [part.slice(0, -word.length), word];
  }
  return [part];
}

/**
 * The tone of a hashtag written as words run together in camel case ("#LoveWins", "#HillarySoOld",
 * "#SCOTUSFail"): its words' AFINN values summed. A negator turns only the next word that has a
 * value, then stops: "#NotAChanceInHell" is "chance" denied and "hell" as it stands (negative). A
 * denied good word turns bad ("#NotFunny"), but a denied bad word praises nothing ("#NoMoreLies",
 * "#NotMyProblem" complain; they count 0). A run of capitals is a word of its own (an acronym) up
 * to the capital that starts the next word ("SCOTUS|Fail", "USA|Wins"). A tag with no word break
 * by case ("#lovewins", "#LOVEWINS") is not split: guessing word breaks would invent words.
 */
export function camelTagTone(tag: string): number {
  const body = tag.replace(/^#/u, '');
  if (!/\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(body)) return 0;
  const words = camelWords(body, { digits: false });
  let negated = false;
  let tone = 0;
  for (const word of words) {
    if (isNegator(word)) {
      negated = true;
      continue;
    }
    const value = valence(word);
    if (value === 0) continue;
    tone += negated ? (value > 0 ? -value : 0) : value;
    negated = false;
  }
  return Math.max(-5, Math.min(5, tone));
}
