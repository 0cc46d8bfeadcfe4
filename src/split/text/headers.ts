/**
 * Comment header lines: the author and date lines that comment systems print above each comment.
 * Each pattern names a widespread layout, not a site; all are anchored and linear.
 */
import { FUNCTION_WORDS } from '../../language/function-words.js';
import { memoize, once } from '../../memo.js';
import { FOREIGN_MONTH } from '../month-names.js';
import { isNameShaped, isVersionNumber, readsAsSentence, STATUS_WORDS } from './names.js';
import { AGO_AFTER, AGO_BEFORE, ENGLISH_TIME_UNITS, FOREIGN_DAY, FOREIGN_DAY_BEFORE_CLOCK, FOREIGN_UNIT } from './time-units.js';
import { dateBeforeLast, LineDates, matchDated, rangesOf, type DatedLayout } from './dated-layouts.js';

export interface HeaderMatch {
  rule: string;
  /** Author name offsets within the line, or null for a date-only line. */
  author: [number, number] | null;
  /** Date text offsets within the line, or null. */
  postedAt: [number, number] | null;
  /** Strong headers start a comment section on their own; weak ones need company. */
  strong: boolean;
  /** Nesting level printed by the page ("level 2"), from 1. */
  level?: number;
  /** Offsets of a replied-to name printed in the header ("In reply to mireille.dupont"). */
  replyTo?: [number, number];
  /** "Response from Kestrel Home": an answer to the comment above (a seller's or an author's). */
  answersAbove?: boolean;
}

/** An English month's name, whole or cut short. */
export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';
/** A weekday standing alone before a clock: only its whole name or short form. WEEKDAY above takes any letters after "Mon" ("Monster at 4:30"), safe only beside a date. */
const WEEKDAY_NAME = '(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
/** Clock times after a date: "4:12 pm", "09:14 Uhr", and the "6.14" some European papers print. */
/**
 * Time zones printed after a clock, as data: a pattern like [A-Z]{2,4} under the headers'
 * case-insensitive flag also takes "said" ("November 14, 2026 at 7:12 pm said").
 */
const ZONES = `(?:${['UTC', 'GMT', 'BST', 'IST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'AST', 'ADT', 'NST', 'NDT', 'AEST', 'AEDT', 'ACST', 'ACDT', 'AWST', 'NZST', 'NZDT', 'JST', 'KST', 'HKT', 'SGT', 'PT', 'ET', 'CT', 'MT'].join('|')})`;
export const CLOCK = `\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:${ZONES}|Uhr|h)\\b)?`;
/** A unit of a relative date, its plural and its abbreviations from the one list (time-units.ts). */
const UNIT = `(?:${ENGLISH_TIME_UNITS.join('|')})\\.?`;
export const RELATIVE = `(?:(?:\\d+|an?|one|two|few)\\s+${UNIT}\\s+ago|${AGO_BEFORE}\\s+\\d+\\s*(?:${FOREIGN_UNIT}|[smhdj])(?![\\p{L}\\p{N}])|\\d+\\s+${FOREIGN_UNIT}\\s+${AGO_AFTER}(?![\\p{L}\\p{N}])|just now|(?:yesterday|today)(?:,?\\s+(?:at\\s+)?${CLOCK})?|${FOREIGN_DAY}(?![\\p{L}\\p{N}])(?:,?\\s+(?:\\p{L}{1,3}\\.?\\s+)?${CLOCK})?|${FOREIGN_DAY_BEFORE_CLOCK},?\\s+(?:\\p{L}{1,3}\\.?\\s+)?${CLOCK}|\\d+\\s*[smhdwy](?:\\s+ago)?|\\d+\\s*(?:min|mins|hr|hrs|mo|yr|yrs)(?:\\s+ago)?)`;
const ABSOLUTE = [
  // "12 mai 2026, 09:40", "12. mai 2026 kl. 09:40", "12 de mayo de 2026": a day, a month of another
  // language and a year, a clock after a short word ("kl.", "um", "à", "pukul") or a comma.
  `\\d{1,2}\\.?\\s+(?:de\\s+)?${FOREIGN_MONTH}\\s+(?:de\\s+)?\\d{4}(?:,?\\s+(?:\\p{L}{1,5}\\.?\\s+)?${CLOCK})?`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?${CLOCK})?`,
  // "12 March 2024", and vBulletin's ordinal day "7th Dec 2026 15:41".
  `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?${CLOCK})?`,
  `(?:${WEEKDAY},?\\s+)?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4},?(?:\\s*[-–,]?\\s*(?:at\\s+)?${CLOCK})?`,
  `\\d{4}-\\d{2}-\\d{2}(?:[ T]${CLOCK})?`,
  `(?:${WEEKDAY},?\\s+)${MONTH}\\s+\\d{1,2},?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?${CLOCK})?`,
  // "12 Mar 2024 6.14" and "Tue 12 Mar 2024": a weekday, or a clock without "at".
  `(?:${WEEKDAY},?\\s+)?\\d{1,2}\\s+${MONTH}\\s+\\d{4}(?:,?\\s+${CLOCK})?`,
  // Forum software's older posts: "Nov '24", "Jan ’23".
  `${MONTH}\\s+['’]\\d{2}(?![\\d])`,
  // A day and a clock without a year, parted by "@": "14 Nov @ 9:40pm", "Nov 14 @ 9:40pm".
  `\\d{1,2}\\s+${MONTH}\\s*@\\s*${CLOCK}`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*@\\s*${CLOCK}`,
  // A month and day with a clock, no year, as Chinese and Japanese sites print them: "5/14(水) 18:32", "5/3(土) 9:05",
  // "5-14 09:03". Without the weekday the day has two digits: a score or a fraction ("2-1 10:45", "1/2 12:30") is no date.
  `\\d{1,2}[/-](?:\\d{1,2}\\s*[(（][日月火水木金土][)）]|\\d{2})\\s+${CLOCK}`,
  // "2026年5月14日", "5月14日 18:32".
  `(?:\\d{4}年\\s*)?\\d{1,2}月\\s*\\d{1,2}日(?:\\s*${CLOCK})?`,
  // Forum software's posts of this week: "Thursday at 4:30 PM", "Sat 9:15am". A whole weekday's name
  // or its short form, and a clock: "Monster at 4:30" is no day.
  `${WEEKDAY_NAME},?\\s+(?:at\\s+)?${CLOCK}`,
  // Short dates in threads: "Mar 10", "Feb 2" (last: a year, when printed, is taken above).
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d,:])`,
].join('|');
export const DATE = `(?:${RELATIVE}|${ABSOLUTE})`;

/**
 * What a name may carry in front: a clan tag or a decorative symbol ("[TFU] Kalli", "☭ Comrade Dimitri").
 * Symbols that label the line instead (rights ©®™, a camera for a photo credit, rating stars, verification
 * ticks) never start a name: "📷 Jane Doe | March 3", "★ Editor's Pick · March 3" are a credit and a label.
 */
export const NAME_PREFIX = "(?:\\[[\\p{L}\\p{N}_]{1,8}\\]\\s?|(?![©®™℗📷📸🎥📹★☆⭐🌟✓✔☑✅])\\p{So}\\s?)";
/** A fediverse handle's instance after the name: "Tja@programming.dev". */
export const INSTANCE = "@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+";
/** A name: 1–5 words of letters, digits and a few joiners, after a NAME_PREFIX; never sentence punctuation. */
const NAME = `(?:\\[deleted\\]|\\[removed\\]|${NAME_PREFIX}?[\\p{L}\\p{N}_@][\\p{L}\\p{M}\\p{N}_.'’\\-]*(?:${INSTANCE})?(?:\\s[\\p{L}\\p{N}_(][\\p{L}\\p{M}\\p{N}_.'’\\-)]*){0,4})`;
const BULLET = '(?:[•·*▪►\\-–]\\s*)?';
/** The verbs of "Name says:" headers (also printed on a line of their own, header-block.ts). */
export const HEADER_VERBS = 'says|said|wrote|writes|commented|replied';

interface Layout {
  rule: string;
  /** The layout's regex, when it holds no date pattern; else `dated`. */
  pattern?: RegExp;
  dated?: DatedLayout;
  strong: boolean;
}

/** The date pattern ending before a line's last character, for the layouts ending in a date (dated-layouts.ts). */
const DATES = dateBeforeLast(DATE);

/**
 * Whether DATE matches the whole of text[start, end), as `^(?:${DATE})$` with the `iu` flags reads
 * that slice. The fields, values and line tails that are asked whether they are a date share this
 * one compiled regex: each had embedded the 8 KB pattern in a regex of its own, 20-90 ms to compile
 * in every worker (issue 17). The slice is its own subject, so `\b` at its start sees no letter
 * before; the scan's leftmost match starts at 0 when any date spans the whole slice.
 */
export function isDateSpan(text: string, start = 0, end = text.length): boolean {
  const dates = DATES.caseless();
  dates.lastIndex = 0;
  return dates.exec(`${text.slice(start, end)}\n`)?.index === 0;
}

/**
 * A line read as the case-insensitive regex `${head}(${DATE})${tail}$` would read it, without
 * compiling the date pattern into a regex of its own (dated-layouts.ts; issue 17): the date's range,
 * or null when the line is no such line. `head` opens with `^`, holds no capturing group and ends
 * where a date may start (a space, a separator, a colon). Lines whose start `head` does not match
 * are ruled out before any date is looked for. The range is the whole regex's, untrimmed (a date
 * may take a space at its end: "May 2, 2024 3:05  · edited").
 */
export function datedLine(head: string, tail = ''): (line: string) => [number, number] | null {
  const opens = once(() => new RegExp(head, 'iu'));
  const layout = once((): DatedLayout => ({ ...endsInDate(head, tail, 'iud', 1), untrimmed: true }));
  return (line) => {
    if (!opens().test(line)) return null;
    return matchDated(layout(), new LineDates(line, DATES))?.[1] ?? null;
  };
}

/**
 * A layout whose date ends the line, or comes right before `tail`: `head` up to the date, the date
 * as group `dateGroup`. The whole regex is `${head}(${DATE})${tail}$`; only its parts are made
 * unless they leave the answer open (dated-layouts.ts).
 */
function endsInDate(head: string, tail: string, flags: string, dateGroup: number): DatedLayout {
  return {
    before: new RegExp(`${head}$`, flags),
    ...(tail ? { after: new RegExp(`(?=(?:${tail})$)`, `${flags.replace('d', '')}g`) } : {}),
    cased: !flags.includes('i'),
    dateGroup,
    whole: once(() => new RegExp(`${head}(${DATE})${tail}$`, flags)),
  };
}

/** A layout whose date may be left out: `${head}(?:${lead}(${DATE}))?$` as a whole. */
function mayEndInDate(head: string, lead: string, flags: string, dateGroup: number): DatedLayout {
  return {
    before: new RegExp(`${head}${lead}$`, flags),
    undated: new RegExp(`${head}$`, flags),
    cased: !flags.includes('i'),
    dateGroup,
    whole: once(() => new RegExp(`${head}(?:${lead}(${DATE}))?$`, flags)),
  };
}

/**
 * Group 1 is the author, group 2 the date; either may be absent in a layout. Built on first use:
 * each pattern's letter classes take about a millisecond to construct, paid by every import.
 */
const LAYOUTS = once((): Layout[] => [
  { rule: 'header:permalink', dated: endsInDate(`^${BULLET}(${NAME})\\s+`, '\\s*(?:[|•·]\\s*)?(?:Permalink|#\\d+|Link)', 'iud', 2), strong: true },
  { rule: 'header:says', dated: mayEndInDate(`^${BULLET}(${NAME})\\s+(?:${HEADER_VERBS})(?:\\.{3}|…)?\\s*:?`, '\\s+', 'iud', 2), strong: true },
  {
    rule: 'header:dot-date',
    dated: endsInDate(
      `^${BULLET}(${NAME})\\s*[•·|]\\s*`,
      '(?:\\s*\\((?:edited|Edited)\\))?(?:\\s*[•·|]\\s*(?:(?:edited|Edited|Moderator|Mod|OP|Author|Top Commenter|Verified)\\b|✎).*)?',
      'ud',
      2,
    ),
    strong: true,
  },
  { rule: 'header:on-date', dated: endsInDate(`^${BULLET}(${NAME})\\s+(?:on|at|posted|-|–|—)\\s+`, '', 'iud', 2), strong: true },
  { rule: 'header:name-date', dated: endsInDate(`^${BULLET}(${NAME})\\s{2,}`, '', 'iud', 2), strong: true },
  // phpBB: "Post by grumpy_estate » Sun Feb 11, 2024 7:42 pm".
  { rule: 'header:post-by', dated: endsInDate(`^(?:post(?:ed)?\\s+)?by\\s+(${NAME})\\s*[»›]\\s*`, '', 'iud', 2), strong: true },
  // Movable Type and TypePad sign each comment under its text: "Posted by: Geoff in Shropshire | June 12, 2019 at 10:41 AM".
  { rule: 'header:posted-by', dated: endsInDate(`^posted by:?\\s+(${NAME})\\s*[|•·]\\s*`, '', 'iud', 2), strong: true },
  { rule: 'header:name-paren-date', dated: endsInDate(`^${BULLET}(${NAME})\\s+\\(`, '\\)', 'iud', 2), strong: true },
  // Hacker News and forum software: a one-word username, a relative date, then link words.
  { rule: 'header:user-ago', pattern: new RegExp(`^(?!${AGO_BEFORE}\\s)([\\p{L}\\p{N}_.-]{2,40})\\s+(\\d+\\s*(?:${UNIT}|[smhdwy])(?:\\s+ago)?)(?:\\s*\\|.*)?$`, 'iud'), strong: true },
  {
    rule: 'header:date-only',
    dated: endsInDate(
      // "#4 · 3 d ago": a forum post's number before its date, as the date's tail "· #4" is after it.
      // "Redigerad · 12 min", "Editado · hace 2 min": an edit stamp before the date, under the name line.
      `^(?:#\\d{1,7}\\s*[|•·]\\s*)?(?:(?:posted|old|new|last edited|answered|asked|commented|replied|${EDIT_STAMPS.join('|')})(?:\\s+|\\s*[|•·]\\s*)(?:on\\s+)?)?`,
      '(?:\\s*[|•·]?\\s*(?:Permalink|Reply|#\\d+|\\(edited\\)|edited))?',
      'iud',
      1,
    ),
    strong: false,
  },
]);

/** `Name, City` lines on newspaper comment pages: weak, since `Paris, France` reads the same. */
const NAME_CITY = /^((?:[\p{Lu}][\p{L}'’.-]+|[\p{L}\p{N}]+_[\p{L}\p{N}_]*)(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}),\s+([\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,2})(?:,\s+[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)?$/du;

/** Every header layout has a digit, a separator, a comma or a "says" verb; prose lines mostly lack all four. */
const HEADER_HINT = new RegExp(`[\\d•·|,]|\\b(?:${HEADER_VERBS}|ago|yesterday|today|just now|response|reply|answer|comment|antwort(?:et|ete)?|respuesta|réponse)\\b|(?<![\\p{L}\\p{N}])${FOREIGN_DAY}(?![\\p{L}\\p{N}])`, 'iu');

/** The same line is asked about from several places while classifying; answers are kept per line text. */
const matchLayoutsOnce = memoize(20_000, (line: string) => matchLayouts(line));

export function matchHeader(line: string): HeaderMatch | null {
  if (line.length > 120 || !HEADER_HINT.test(line)) return null;
  // "Snowflake954 wrote: »", "Ann said: ↑": the arrow links to the quoted post; the line is the same
  // header without it (the offsets of its parts do not move).
  const arrow = JUMP_ARROW.exec(line);
  return matchLayoutsOnce(arrow ? line.slice(0, arrow.index) : line);
}

const JUMP_ARROW = /(?<=:)\s*[»›↑⬆]$/u;

/** "Karen_B replied to Gary T on March 6, 2024 at 2:40 pm": the author, the replied-to name, the date. */
const REPLY_WORDS =
  'replied to|replying to|in reply to|responded to|antwortete auf|antwortet auf|als antwort auf|respondió a|en respuesta a|a répondu à|en réponse à|in risposta a|em resposta a|în răspuns la|ca răspuns la|svar til|svar till|svarte|svarade|odpowiedź do|w odpowiedzi do|membalas|trả lời';
const REPLIED_TO = once(() =>
  mayEndInDate(`^${BULLET}(${NAME})(?:\\s*[·•|]\\s*|\\s+)(?:${REPLY_WORDS})\\s+@?(${NAME}?)`, '\\s+(?:on|at|·|•|-|–|—)\\s+', 'iud', 3),
);
/** Every replied-to header holds one of the words: most lines are ruled out before the layout is built. */
const HOLDS_REPLY_WORDS = new RegExp(`(?:${REPLY_WORDS})\\s`, 'iu');

function matchRepliedTo(dates: LineDates): HeaderMatch | null {
  const line = dates.line;
  if (!HOLDS_REPLY_WORDS.test(line)) return null;
  const match = matchDated(REPLIED_TO(), dates);
  if (!match) return null;
  const author = trimmed(line, match[1] ?? null);
  if (!author || !isPlausibleAuthor(line.slice(author[0], author[1]))) return null;
  const replyTo = trimmed(line, match[2] ?? null);
  // "My councillor replied to my email after a month.": a sentence, unless both sides are names.
  if (!isNameShaped(line.slice(author[0], author[1])) || (replyTo && readsAsSentence(line.slice(replyTo[0], replyTo[1])))) return null;
  return { rule: 'header:replied-to', author, postedAt: trimmed(line, match[3] ?? null), strong: true, ...(replyTo ? { replyTo } : {}) };
}

/**
 * "Response from", "Reply by", "Respuesta del": the label before an answering party's name, shared
 * with the HTML reader of boxed replies. "Comment by Jane Smith" is a plain comment's header; only
 * "Comment from …" is a business answering. Any space between the words: HTML pages put an
 * `&nbsp;` there.
 */
export const RESPONSE_LABEL = '(?:(?:response|reply|answer|antwort|respuesta|réponse)\\s+(?:from|by|des|del|de)|comment\\s+from)';
/** "Response from Kestrel Home", "Reply from the owner": the answering party, under the review it answers. */
const RESPONSE_FROM = new RegExp(`^${RESPONSE_LABEL}\\s+(?:the\\s+)?(\\S.{1,40})$`, 'diu');
/** "Owen P. of Harbour Bikes": a person named by a given name and an initial, then the business they answer for. */
const PERSON_OF_BUSINESS = /^\p{Lu}\p{Ll}+ \p{Lu}\.? of \p{Lu}/u;
/** "Comment from Owen P. of Harbour Bikes": the person, without the business; "Bank of America" stays whole. */
function responder(match: RegExpExecArray): [number, number] | null {
  const range = groupRange(match, 1);
  if (!range) return null;
  const of = PERSON_OF_BUSINESS.test(match[1]!) ? match[1]!.indexOf(' of ') : -1;
  return of >= 0 ? [range[0], range[0] + of] : range;
}

/** "Reviewed in the United Kingdom on 12 January 2024": a review's date line. */
const REVIEWED_ON = once(() => endsInDate('^(?:reviewed|posted|written|submitted|published|rated)(?:\\s+in\\s+.{1,40}?)?\\s+on\\s+', '', 'iud', 1));

function matchLayouts(line: string): HeaderMatch | null {
  const dates = new LineDates(line, DATES);
  const repliedTo = matchRepliedTo(dates);
  if (repliedTo) return repliedTo;
  const response = RESPONSE_FROM.exec(line);
  if (response) return { rule: 'header:response-from', author: responder(response), postedAt: null, strong: true, answersAbove: true };
  const reviewed = matchDated(REVIEWED_ON(), dates);
  if (reviewed) return { rule: 'header:date-only', author: null, postedAt: trimmed(line, reviewed[1] ?? null), strong: false };
  for (const layout of LAYOUTS()) {
    const match = layout.dated ? matchDated(layout.dated, dates) : rangesOf(layout.pattern!.exec(line));
    if (!match) continue;
    if (layout.rule === 'header:date-only') {
      const postedAt = trimmed(line, match[1] ?? null);
      // vBulletin's "New" icon label comes before the forum's date and time ("New 12-04-2026, 09:40 PM",
      // "New Today, 09:40 PM"); before a date without digits of a day or a clock it is a reader's
      // "New today" or "New 3h", not a header.
      if (NEW_LABEL.test(line) && !(postedAt && FORUM_STAMP.test(line.slice(postedAt[0], postedAt[1])))) continue;
      return { rule: layout.rule, author: null, postedAt, strong: false };
    }
    const author = trimmed(line, match[1] ?? null);
    if (author && !isPlausibleAuthor(line.slice(author[0], author[1]))) continue;
    return { rule: layout.rule, author, postedAt: trimmed(line, match[2] ?? null), strong: layout.strong };
  }
  const city = NAME_CITY.exec(line);
  if (city) {
    // The place is how the site shows who wrote it ("Sandra W, Kendal"): part of the author as shown.
    return { rule: 'header:name-city', author: [0, city[0].length], postedAt: null, strong: false };
  }
  return null;
}

/** vBulletin's post-age label for an unread post, before its date line. */
const NEW_LABEL = /^new\s/iu;
/** A numeric date or a clock time: what a forum's date line holds and "today" or "3h" lacks. */
const FORUM_STAMP = /\d[-./:]\d/u;

/** Group offsets from the match indices (`d` flag), with bullets and spaces trimmed. */
function groupRange(match: RegExpExecArray, group: number): [number, number] | null {
  const range = match.indices?.[group];
  return range ? [range[0], range[1]] : null;
}

/** Date patterns may swallow a trailing space before an optional am/pm; spans never end in one. */
function trimmed(line: string, range: [number, number] | null): [number, number] | null {
  if (!range) return null;
  let [start, end] = range;
  while (end > start && /\s/u.test(line[end - 1]!)) end--;
  while (start < end && /\s/u.test(line[start]!)) start++;
  return [start, end];
}

/**
 * "Edited" in the languages of the comment pages (Swedish "Redigerad", Spanish "Editado", …): the
 * stamp a post prints before its date when it was changed, never its writer.
 */
const EDIT_STAMPS = [
  'edited', 'editado', 'editada', 'redigerad', 'redigert', 'redigeret', 'bearbeitet', 'geändert', 'modifié', 'modifiée', 'modificato',
  'editato', 'bewerkt', 'muokattu', 'edytowany', 'edytowano', 'upraveno', 'изменено', 'отредактировано',
];

/** Words that make a header-shaped line a sentence instead ("It says:", "The report said"). */
const NOT_AUTHORS = new Set([
  ...EDIT_STAMPS,
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'which', 'who', 'report', 'article', 'the report',
  'the article', 'the author', 'everyone', 'nobody', 'somebody', 'someone', 'he also', 'she also', 'government',
  'the government', 'posted', 'updated', 'published', 'comment', 'comments', 'reply', 'replies', 'share', 'tracked', 'trackback',
  'pingback', 'linked', 'mentioned', 'last updated', 'modified', 'answered',
  // vBulletin's post-age icon prints its alt text before each post's date ("Old 12-04-2026, 09:40 PM #2"):
  // the date line's label (header:date-only), never a poster.
  'old', 'new',
  // "Well said", "Enough said" alone on a line: a reader's whole comment, the adverb no name.
  'well', 'enough', 'nicely', 'beautifully', 'perfectly', 'rightly', 'truly', 'brilliantly',
]);

const COUNT_NOT_NAME = /^\d[\d,.]*k?\s+(?:comments?|replies|reply|responses?|views?|likes?|points?|votes?|shares?|answers?)$/iu;

/** A length of time ("46m", "1h 6m", "5 min read", "9 minutes"), from the English units of time-units.ts. */
const DURATION = new RegExp(`^(?:\\d+\\s?(?:${ENGLISH_TIME_UNITS.join('|')}|[smhdwy])\\.?\\s*)+(?:read|listen|watch)?$`, 'iu');

function isPlausibleAuthor(name: string): boolean {
  const lower = name.toLowerCase();
  if (NOT_AUTHORS.has(lower) || STATUS_WORDS.has(lower)) return false;
  // "Listen to this article · 4 min" is a phrase: names hold one small word at most ("Jenna in Duluth").
  let small = 0;
  for (const word of lower.split(/\s+/u)) if (FUNCTION_WORDS.get(word)?.includes('en')) small++;
  if (small >= 2) return false;
  // "2 comments • 1 day ago" under a related headline counts, it names nobody.
  if (COUNT_NOT_NAME.test(name)) return false;
  // "46m - Dec 15, 2025" over a podcast episode, "9 minutes" over a teaser: a length, not a handle.
  if (DURATION.test(name)) return false;
  // "v2.3.1 — Dec 3, 2025" over a changelog's entry: a release, not a handle.
  if (isVersionNumber(name)) return false;
  // "by Daniel Santiago on …" is the article's byline; "Most Commented" is a widget title; "My wife
  // said:" quotes someone in a sentence: a name never opens with a possessive.
  return !/^(?:the|a|an|and|but|so|if|when|as|by|my|his|her|our|your|their|posted by|written by|most|top|more|all|join|order|read|see|view|recently|newly|first|last)(?:\s|$)/i.test(name);
}

/** Vote and reply-count lines that sit beside a header: "123 points", "level 2", "▲ 12 ▼". */
export const SCORE_LINE =
  /^(?:[-+]?\d[\d,.]*k?\s+(?:points?|votes?|likes?|upvotes?)(?:\s*[·•|]\s*.*)?|[-+]?\d[\d,.]*[km]|[-−]\d[\d,.]*|[▲▼△▽↑↓\d\s•·]+|score hidden.*|\d(?:\.\d)? out of 5 stars?\b.*|[★☆✩✪⭐]{1,5}(?:\s*\(?\d(?:\.\d)?\s*(?:\/|out of)\s*5\)?)?|rated \d(?:\.\d)? out of 5.*)$/iu;
