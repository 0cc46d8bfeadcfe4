/**
 * A rival's campaign tag. For a person target, a hashtag made of another person's name and a
 * campaign's year or office ("#Bernie2016", "#TedCruz2016", "#Warren4President") backs someone who
 * runs against the target: its writer is on the other side. Only the tag's shape and compromise's
 * name lists decide, never a list of candidates; a tag that opposes its person ("#NoJeb2016") or
 * names the target ("#Hillary2016") is not a rival's, and a place with a year ("#Rio2016") is an
 * event's.
 */
import type { WordToken } from '../../../text/tokens.js';
import { namesPerson } from '../cards/person.js';
import { camelWords, tagSideOf } from '../hashtags.js';
import type { NameIndex } from './names.js';

/** The name part of a campaign tag: a year, or "4"/"for" and the office ("#Warren4President", "#JebForPrez"). */
const CAMPAIGN_TAG = /^#(\p{L}{3,30}?)(?:(?:19|20)\d\d|(?:4|for)(?:president|prez|potus))$/iu;

/** Token indexes of the rivals' campaign tags in the text. */
export function findRivalTags(tokens: readonly WordToken[], bareWords: readonly string[], own: NameIndex): [number, number][] {
  const out: [number, number][] = [];
  tokens.forEach((token, k) => {
    if (token.text.startsWith('#') && isRivalTag(token.text, bareWords[k]!, own)) out.push([k, k]);
  });
  return out;
}

function isRivalTag(tag: string, bareWord: string, own: NameIndex): boolean {
  const who = CAMPAIGN_TAG.exec(tag)?.[1];
  if (!who) return false;
  // The target's own names anywhere in the tag make it the target's tag, read elsewhere.
  if (own.inHashtags.some((name) => bareWord.includes(name)) || own.byFirst.has(who.toLowerCase())) return false;
  const words = /\p{Ll}\p{Lu}/u.test(who) ? camelWords(who, { digits: false }) : [who.toLowerCase()];
  // "#ReadyForWarren2016" backs Warren as "#Warren2016" does; "#StopJeb2016" backs no one.
  const at = words.findIndex((w) => tagSideOf(w) !== 'favor');
  const name = at < 0 ? [] : words.slice(at);
  if (name.length === 0 || name.length > 3 || words.some((w) => own.byFirst.has(w) || tagSideOf(w) === 'against')) return false;
  return namesPerson(name.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '));
}
