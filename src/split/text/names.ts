/**
 * Author names printed alone on a line: what a name line looks like, and which name-shaped lines
 * never are names (section headings, one-word replies).
 */
import { FUNCTION_WORDS } from '../../language/function-words.js';

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}_'’.-]*|[\p{Ll}\p{N}_][\p{L}\p{M}\p{N}_'’.-]*|\p{N}+)$/u;
/**
 * A full stop inside the line ends a sentence, unless it ends an initial ("R. Achterberg") or a
 * title printed before a name ("Dr. Jay", "Fr. Michael Okafor"), Spanish, French, Italian and German
 * ones too ("Ing. Ramón Ortiz", "Lic.", "Mme", "Dott.", "Dipl.").
 */
const SENTENCE_PUNCTUATION = /[,!?:;"“”()[\]{}…=+*/\\<>|#]|(?<!(?:^|\s)(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Prof|Fr|Rev|Sr|Jr|St|Sgt|Capt|Col|Lt|Ing|Lic|Dra|Sra|Srta|Arq|Abg|Hon|Mme|Mlle|Dott|Dipl))\.\s|(?<!\b\p{Lu})\.$/u;
/**
 * What thread software prints beside a date about the thread or the post, never a name: "created
 * Nov '24", "Closed on Dec 14, 2024", "last reply 3h", "Pinned".
 */
const STATUS_WORD_LIST = ['created', 'closed', 'locked', 'pinned', 'archived', 'solved', 'joined', 'reported', 'deleted', 'last reply', 'last post', 'last activity', 'last visit'];

export const STATUS_WORDS: ReadonlySet<string> = new Set(STATUS_WORD_LIST);

/** Section headings and labels that are shaped like a name but never are. */
const HEADING_WORDS = new Set([
  'background', 'analysis', 'conclusion', 'update', 'updates', 'summary', 'overview', 'introduction', 'comments',
  'related', 'advertisement', 'share', 'reply', 'photos', 'videos', 'gallery', 'sources', 'references', 'editor',
  'note', 'editors', 'contents', 'menu', 'home', 'news', 'opinion', 'sport', 'sports', 'weather', 'latest',
  // One-word comments: interjections are replies, not signatures.
  'lol', 'lmao', 'haha', 'wow', 'agreed', 'exactly', 'thanks', 'nope', 'yep', 'yeah', 'same', 'indeed', 'bingo',
  'amen', 'true', 'false', 'ok', 'okay', 'nonsense', 'ridiculous', 'correct', 'wrong', 'sad', 'lies',
  ...STATUS_WORD_LIST,
]);

/**
 * An author name alone on a line (SouthFront, many Disqus text dumps): 1–4 name-shaped words, no
 * sentence punctuation, not made of common function words ("lets hope so" is a comment).
 */
export function looksLikeName(line: string): boolean {
  if (line.length > 40 || line.length < 2 || SENTENCE_PUNCTUATION.test(line) || isVersionNumber(line)) return false;
  const words = line.split(/\s+/u);
  if (words.length > 4) return false;
  let commonWords = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!NAME_WORD.test(word)) return false;
    // "Agree with Prof. Patel": a title opens a name; after other words it is a sentence naming someone.
    if (i > 0 && i < words.length - 1 && TITLE.test(word) && !TITLE.test(words[i - 1]!)) return false;
    const lower = word.toLowerCase();
    if (HEADING_WORDS.has(lower)) return false;
    if (FUNCTION_WORDS.get(lower)?.includes('en')) commonWords++;
  }
  // "The Response" or "lets hope so" read as sentences; a lone common word is never a name.
  return commonWords === 0 || (commonWords === 1 && words.length >= 3 && /^\p{Lu}/u.test(line));
}

/**
 * "v2.3.1", "1.0.0-beta.2", "Version 4.2": a release over a changelog's entry, dated as a post is,
 * shaped as a handle (digits and dots); nobody's name. Two numbers need the "v" or the word: a
 * bare "9.8" is a score, and a score line keeps its part in a review's layout (WCXB tune 4683).
 */
export function isVersionNumber(line: string): boolean {
  return VERSION_NUMBER.test(line.trim());
}
const VERSION_NUMBER = /^(?:(?:v|version\s+|release\s+)\d+(?:\.\d+){1,3}|\d+(?:\.\d+){2,3})(?:[-+][\p{L}\p{N}.]+)?$/iu;

/** A title printed before a name: "Dr. Jay", "Prof Okafor", "Rev. Dr. Ames". */
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Fr|Rev|Sgt|Capt|Col|Lt|Ing|Lic|Dra|Sra|Srta|Arq|Abg|Hon|Mme|Mlle|Dott|Dipl)\.?$/u;

/** Pronouns stand where a name would in a sentence ("She replied to me", "nobody replied to mine"). */
const PRONOUN = /^(?:i|me|my|mine|you|yours?|he|him|his|she|her|hers|it|we|us|ours?|they|them|theirs?|(?:some|any|every|no)(?:one|body)|no one)$/iu;
const HANDLE = /^@?[\p{L}\p{N}_.-]{2,40}$/u;

/**
 * A name or a handle and no sentence, where a header names someone ("X replied to Y"): no pronoun,
 * no full stop at the end but an initial's.
 */
export function isNameShaped(text: string): boolean {
  if (text.length < 2 || text.length > 40 || PRONOUN.test(text)) return false;
  return looksLikeName(text) || (HANDLE.test(text) && !text.endsWith('.'));
}

/**
 * Words that read as a sentence, not as a name however odd: more than five words, an exclamation or
 * a question, or opening with a pronoun or a lower-case function word ("me too.", "my letter", "the plan").
 * A full stop alone proves nothing: names end in initials, and handles in dots.
 */
export function readsAsSentence(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > 5 || /[!?]$/u.test(text)) return true;
  const first = words[0]!.replace(/^@/u, '').replace(/[.,;:…]+$/u, '');
  return PRONOUN.test(first) || (/^\p{Ll}/u.test(first) && FUNCTION_WORDS.get(first)?.includes('en') === true);
}

/** "Anonymous" and "Guest" in the languages of the sites seen too (Romanian "Anonim", German "Gast", …). */
const PLACEHOLDER_NAME = /^(?:\[(?:deleted|removed)\]|anonymous|anon|guest|unknown|a customer|an? (?:amazon )?customer|anonymous user|usuario an[oó]nimo|usu[aá]rio an[oô]nimo|utente anonimo|utilisateur anonyme|anonymer (?:nutzer|benutzer|user)|u[zż]ytkownik anonimowy|name withheld|anónimo|anonym|anonim|anonimo|anonyme|anonimowy|anônimo|anonymt|nimetön|gast|invité|invitado|ospite)$/iu;

/** What a site prints where no name is given: not a person's name. */
export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER_NAME.test(name);
}

/**
 * What stands where a reader's name would on a site that prints none, or only a badge: the
 * placeholders above, and the badges and unnamed signers a comment or review widget prints in
 * the name's place ("Verified Buyer", "Unregistered", "Anonymous Coward", Polish "Gość",
 * Russian "Гость"). Over every item they are readers, not a field label. Not for author output:
 * the evals take only the placeholders above for no name.
 */
export function standsForReader(name: string): boolean {
  return PLACEHOLDER_NAME.test(name) || READER_STAND_IN.test(name);
}

const READER_STAND_IN = new RegExp(
  `^(?:${[
    'verified (?:buyer|purchase|purchaser|owner|reviewer|customer|user)',
    'unregistered(?: user)?', 'anonymous (?:coward|reader|commenter|poster)', 'deleted(?: user| account)?', '\\[deleted user\\]',
    'a reader', 'reader', 'visitor', 'a visitor', 'member', 'subscriber',
    'gość', 'gost', 'vieras', 'gäst', 'gjest', 'gæst', 'гость', 'гост', 'аноним', 'анонім', 'misafir', 'konuk', 'anoniem', 'anonymní', 'anonimni', 'anonimas', 'névtelen', 'vendég', 'ανώνυμος', 'επισκέπτης',
  ].join('|')})$`,
  'iu',
);
