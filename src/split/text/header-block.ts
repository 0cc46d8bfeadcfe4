/**
 * Headers printed over several lines: "level 2 / goalie_dad_88 / · 7h" (Reddit), "Margaret Olsen,
 * Duluth / Jun 4, 2019 at 8:41 pm" (newspapers), "Name / 3 hours ago". Every line must be a header
 * part, and a date or a one-line header must be among them.
 */
import { ANSWER_BADGE, isActionLine, matchBoilerplate, REACTED_BY } from './boilerplate.js';
import { endsSentence } from './article.js';
import type { Block } from './blocks.js';
import { memoize } from '../../memo.js';
import { datedLine, HEADER_VERBS, isDateSpan, matchHeader, MONTH, SCORE_LINE, type HeaderMatch } from './headers.js';
import { FOREIGN_MONTH } from '../month-names.js';
import { isNameShaped, isVersionNumber, looksLikeName, readsAsSentence, STATUS_WORDS } from './names.js';

/**
 * Words that say whom a comment answers, before the name: "In reply to Ann", "Antwort an Ann".
 * Beyond English and the Romance and German ones, as the tune pages print them: Finnish
 * "Vastaus käyttäjälle" (319), Russian "ответ для" (378), Indonesian "Membalas" (336), Swedish
 * "Svar till" (311); the same shape as a class: Norwegian and Danish "svar til", Dutch "reactie
 * op" / "antwoord aan", Russian "ответ пользователю", Spanish "respondiendo a", Portuguese
 * "respondendo a" / "resposta a", Italian "risposta a", German "Antwort auf".
 */
export const REPLY_TO_WORDS =
  'in reply to|reply to|replying to|replied to|in response to|antwort an|antwort auf|als antwort auf|en respuesta a|respuesta a|respondiendo a|' +
  'en réponse à|réponse à|in risposta a|risposta a|em resposta a|resposta a|respondendo a|reactie op|antwoord aan|svar till|svar til|' +
  'vastaus käyttäjälle|ответ для|ответ пользователю|membalas';

/** "In reply to mireille.dupont": the replied-to name, printed in the header. Test with `matchReplyTo`. */
// '└' followed by '─' is a file tree's branch ("└── src"), not a reply's arrow.
const REPLY_TO = new RegExp(`^(?:${REPLY_TO_WORDS}|↳|➦|→|↩|↪|⤷|└(?![─━]))\\s*@?(\\S.{0,60})$`, 'diu');

/**
 * A reply-to header line, or null. The replied-to part must be name-shaped with nothing after it
 * but a role ("Tom Argyle, Gazette reporter"): "In response to the council's plan, …" is a
 * sentence. "Nell Okafor replied to Tom Argyle · 3h" names its author too: that is a header line
 * (`matchHeader`, REPLIED_TO in headers.ts), not this.
 */
export function matchReplyTo(line: string): { range: [number, number] } | null {
  const match = REPLY_TO.exec(line);
  if (!match) return null;
  const [start, end] = match.indices![1]!;
  return isReplyTarget(match[1]!) ? { range: [start, end] } : null;
}

/**
 * "↳ Respuesta de carla_cusco88", "↳ Reply from Dana": the arrow marks a reply, the words after it
 * name its writer (header:response-from), not the commenter replied to. Offsets within the line.
 */
function respondentAfterArrow(content: string, from: number): HeaderMatch | null {
  const header = matchHeader(content.slice(from));
  if (header?.rule !== 'header:response-from' || header.author === null) return null;
  return { ...header, author: [header.author[0] + from, header.author[1] + from] };
}

/** What may follow the replied-to name: a colon, a post number or place in brackets, a "· DATE" field. */
const TARGET_TAIL = /(?:\s*[:：]|\s*\([^()]{1,40}\)|\s+[·•|]\s.{1,40}|['’]s (?:comment|post|reply|review|answer|message))+$/u;
/** "a comment by Ann", "post #12 by Ann": the name is after "by". */
const TARGET_LEAD = /^(?:(?:a|the) )?(?:comment|post|message|reply|answer)(?: #?\d{1,7})? (?:by|from) @?/iu;

/**
 * The replied-to part of a reply-to line: a name or a handle, with a role after a comma at most;
 * never a sentence ("my letter within a week.", "the petition they promised a survey.").
 */
function isReplyTarget(target: string): boolean {
  const named = target.trim().replace(TARGET_TAIL, '').replace(TARGET_LEAD, '');
  const comma = named.indexOf(', ');
  if (comma >= 0) return isNameShaped(named.slice(0, comma)) && looksLikeName(named.slice(comma + 2));
  return isNameShaped(named) || !readsAsSentence(named);
}

/** The labels of a forum's stats beside each post: "Joined", "Messages", "Reaction score". */
const FORUM_STAT_LABELS = 'join(?:ed)? date|joined|posts|messages|reputation|reaction score|likes received|member since|karma|thanks received';
/** Forum profile lines printed beside each post, and vBulletin's "Default" post-icon label. */
const PROFILE_LINE = new RegExp(
  `^(?:(?:${FORUM_STAT_LABELS}|location|rep power|age|gender|thanks|status|blog entries|colou?r|size|style|format|edition|capacity|model|variant|version)\\s*:\\s*.{0,60}|member since .{2,30}|#\\d{1,7}(?:\\s+\\(permalink\\))?|default(?:\\s.{0,200})?)$`,
  'iu',
);
/** Profile lines under a commenter's name: "Works at Leeds Beckett University". */
const AFFILIATION_PATTERN = new RegExp(
  `^(?:(?:works at|worked at|studied at|studies at|lives in|went to|attended|retired (?:at|from)|owner at|liked by|pinned by|hearted by|loved by)\\b.{0,80}|(?:top fan|top commenter|verified|moderator|staff|subscriber)(?:\\s+\\S+){0,3}|${[
    // Badges printed on their own line under a name: the site's, never the commenter's name.
    'author', 'post author', 'op', 'mod', 'admin', 'administrator', 'guest', 'host', 'co-host', 'creator', 'editor', 'staff writer',
    'member', 'new member', 'senior member', 'junior member', 'regular', 'verified (?:buyer|purchase|owner|reviewer)', 'verified',
    // A network's connection degree beside the name: "• 2nd", "· 3rd+".
    '[•·]\\s*\\d(?:st|nd|rd|th)\\+?',
    'top \\d+% commenter', 'stickied comment', 'staff pick', 'featured', 'pinned', 'highlighted comment', 'original poster',
    'redaktion', 'autor(?:in)?',
    // A newsroom's staff badge: "Journalist" (Norwegian, tune page 328), the same word in German, Swedish, Danish, English.
    'journalist(?:in)?', 'moderador(?:a)?', 'autor del artículo', 'rédaction', 'abonné(?:e)?', 'suscriptor(?:a)?',
  ].join('|')})$`,
  'iu',
);
/**
 * A profile line or a badge is never a sentence: a line with a pronoun or a finite verb after its
 * first words ("Staff were rude to me at the counter", "Went to the shop and it was shut") is a
 * comment's text. Lowercase only: "Retired at US Postal Service" names a place.
 */
const SENTENCE_WORD =
  /\s(?:I|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|this|that|am|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|shall|may|might|must|not|don't|didn't|isn't|wasn't|won't|can't)(?=[\s.,!?;:]|$)/u;
export const AFFILIATION_LINE = { test: (line: string): boolean => AFFILIATION_PATTERN.test(line) && !SENTENCE_WORD.test(line) };


const BYLINE_LINE = /^(?:by|von|por|par|di|door|af|av)\s+\p{Lu}/u;
/** An avatar image's alt text, printed where the picture was: part of the header, never the name. */
const AVATAR_LINE =
  /^(?:(?:default |user ?)?(?:avatar|image|icon)(?: (?:photo|picture|image))?|(?:profile )?(?:picture|photo|image|avatar)(?: (?:of|for) .{1,40})?|.{1,40}['’]s (?:avatar|profile (?:picture|photo|image)|picture|photo))$/iu;
/** Buttons printed in a forum post's header: "Quote", "Multi-Quote", "Report post". */
const POST_BUTTON = /^(?:quote|multi-?quote|report(?: post)?|permalink|\+?quote|reply with quote)$/iu;
/** A forum post's subject line, "Re: <thread title>", maybe after its number ("4. Re: …"): part of its header, naming nobody. */
const SUBJECT_LINE = /^(?:#?\d{1,5}[.)]?\s+)?(?:re|aw|sv|antw|odp)\s*:\s*\S/iu;
const LEVEL = /^level\s+(\d{1,2})$/iu;
/** "· 3 days ago", "| May 2, 2024 · edited": a date behind a bullet, the date's range. */
const bulletDate = datedLine('^[·•|–-]\\s*', '(?:\\s*[·•|]\\s*edited.*)?');
const USERNAME = /^(?:u\/[\w-]{2,40}|\[deleted\]|\[removed\]|@?[\p{L}\p{N}_.-]{2,40})$/u;
/** A forum prints up to this many lines per post header: number and subject, name, place, two badge lines, post count, date. */
export const MAX_HEADER_LINES = 8;
/**
 * A stat printed as its label alone over its value ("Joined" / "Mar 12, 2011", "Messages" /
 * "48,201") takes two lines for one field: a header may run one line longer per such label, up to
 * this many (XenForo's name, rank, three stats, date and post number, tune 386).
 */
export const STAT_LABELS_MAX = 4;
/** The most lines a header may take with `labels` stat labels alone among them. */
export function headerLinesAllowed(labels: number): number {
  return MAX_HEADER_LINES + Math.min(labels, STAT_LABELS_MAX);
}
/** A stat's label alone on its line, its value on the next. */
export function isStatLabelAlone(part: HeaderPart): boolean {
  return part.kind === 'profile' && part.label === true;
}
/**
 * Most headers fit in this many lines. A longer stack never opens with two name lines: glued under
 * a comment's text, its sign-off ("Tom") over the next post's name would become that post's author.
 */
const NAME_WITHIN_LINES = 6;


/** What one line can be inside a header printed over several lines. Offsets are within the line. */
export type HeaderPart =
  | { kind: 'level'; level: number }
  | { kind: 'reply-to'; range: [number, number] }
  /** Badges, avatars, vote counts: part of a header, saying nothing about who or when. */
  | { kind: 'skip' }
  /** "at 3:12": where in the track a timed comment was left, printed between name and date. */
  | { kind: 'position' }
  /** `label`: a stat's label alone ("Joined", "Messages"), its value on the next line. */
  | { kind: 'profile'; label?: boolean }
  | { kind: 'date'; range: [number, number] | null }
  | { kind: 'header'; match: HeaderMatch }
  /** A name line; `range` when the name is only part of it ("#12 Anna Berg"). */
  | { kind: 'name'; range?: [number, number]; initials?: boolean }
  /** A byline, an action row or furniture: the block is not a comment header. */
  | { kind: 'stop' }
  /** A short label that is no name ("Platinum I", "Diamond II"): a rank or flair, if a name is above it. */
  | { kind: 'flair' }
  /** Text. */
  | { kind: 'none' };

const SKIP: HeaderPart = { kind: 'skip' };
const POSITION: HeaderPart = { kind: 'position' };
const PROFILE: HeaderPart = { kind: 'profile' };
const PROFILE_LABEL: HeaderPart = { kind: 'profile', label: true };
const NAME_PART: HeaderPart = { kind: 'name' };
/** "DL" over "Dana L.": the letters an avatar shows when the commenter has no picture. */
const INITIALS_PART: HeaderPart = { kind: 'name', initials: true };
const INITIALS = /^\p{Lu}{2,3}$/u;
const STOP: HeaderPart = { kind: 'stop' };
const NONE: HeaderPart = { kind: 'none' };
const FLAIR: HeaderPart = { kind: 'flair' };
/**
 * One to four words opening with a capital, a comma at most between them, no sentence punctuation:
 * a rank, a flair, a team ("Senior Member, since launch").
 */
const FLAIR_LINE = /^\p{Lu}[\p{L}\p{N}'’&+-]*(?:,? [\p{L}\p{N}'’&+-]+){0,3}$/u;
const FLAIR_MAX = 30;

/**
 * A line's part in a multi-line header, by its text alone (page templates are checked by the
 * caller). Kept per text: headers repeat the same badges, dates and names down a thread.
 */
export const headerPartOf = memoize(20_000, (content: string) => classifyPart(content));

function classifyPart(content: string): HeaderPart {
  const levelMatch = LEVEL.exec(content);
  if (levelMatch) return { kind: 'level', level: Number(levelMatch[1]) };
  const replyMatch = matchReplyTo(content);
  if (replyMatch) {
    // A header that also names its author ("Tom replied to Ann · 3h") keeps the author and date.
    const header = matchHeader(content) ?? respondentAfterArrow(content, replyMatch.range[0]);
    return header && header.author !== null ? { kind: 'header', match: header } : { kind: 'reply-to', range: replyMatch.range };
  }
  if (AFFILIATION_LINE.test(content) || AVATAR_LINE.test(content) || POST_BUTTON.test(content) || SUBJECT_LINE.test(content)) return SKIP;
  // "Reactions: Ann, Bo and 3 others" left by the post above, glued over the next post's header.
  if (REACTED_BY.test(content)) return SKIP;
  // "By Priya Raman" over a date is the article's byline, not a commenter.
  if (BYLINE_LINE.test(content)) return STOP;
  if (PROFILE_LINE.test(content) || PROFILE_STAT.test(content) || isProfileRow(content)) return PROFILE;
  const stat = matchForumStat(content);
  if (stat) return stat.value === undefined ? PROFILE_LABEL : PROFILE;
  // "Posted by Mags_W" on its own line: the post's author, named outright.
  const postedBy = POSTED_BY.exec(content);
  if (postedBy) return { kind: 'header', match: { rule: 'header:posted-by-line', author: [postedBy.indices![1]![0], postedBy.indices![1]![1]], postedAt: null, strong: false } };
  const bulleted = bulletDate(content);
  if (bulleted) return { kind: 'date', range: bulleted };
  const header = matchHeader(content);
  if (header && header.author === null) return { kind: 'date', range: header.postedAt };
  if (header) return { kind: 'header', match: header };
  if (MEDIA_POSITION.test(content)) return POSITION;
  if (SCORE_LINE.test(content) || COUNT_LABEL.test(content) || VERB_LINE.test(content)) return SKIP;
  // "Reply", "Like · Share": the action row of the comment above, never part of a header.
  // An accepted answer's "Solution" badge closes the post above it.
  if (isActionLine(content) || ANSWER_BADGE.test(content) || matchBoilerplate(content) !== null) return STOP;
  // "created", "last reply" over a date: the thread's status, not a poster.
  if (STATUS_WORDS.has(content.toLowerCase())) return STOP;
  if (INITIALS.test(content)) return INITIALS_PART;
  if ((USERNAME.test(content) || looksLikeName(content)) && content.length <= 40 && !isVersionNumber(content)) return NAME_PART;
  // "night_owl_42 (Leeds)", "#12 Anna Berg", "Anna Berg #12": a name with its location or its post number.
  // "Tomas, IP: 78.56.xxx.xxx": a name with the masked address the site prints beside it (site metadata, not the name).
  // classify.ts `namesOverDates` reads any field after the name, but only once the thread repeats the
  // line three times; this reads the address on a page with one or two comments.
  const number = /^#\d{1,7}\s+/u.exec(content)?.[0].length ?? 0;
  const place = /\s+(?:\([^()]{1,30}\)|#\d{1,7})$|,\s*IP:?\s*[\dx*]{1,3}(?:\.[\dx*]{1,3}){3}$/iu.exec(content)?.index ?? content.length;
  const bare = content.slice(number, place);
  if (bare !== content && bare.length >= 2 && bare.length <= 40 && (USERNAME.test(bare) || looksLikeName(bare))) return { kind: 'name', range: [number, place] };
  return content.length <= FLAIR_MAX && FLAIR_LINE.test(content) ? FLAIR : NONE;
}

/**
 * "Useful 4", "Elite 26", "Love this 22": a reaction button or a badge with its count, never a
 * name. Only these words: a name may end in a number too ("Dave 77", "Guest 4521").
 */
const COUNT_LABEL = new RegExp(
  `^(?:${[
    // reactions and votes
    'useful', 'funny', 'cool', 'helpful', 'not helpful', 'unhelpful', 'insightful', 'thanks', 'thank you', 'like', 'likes', 'love', 'love this',
    'oh no', 'wow', 'haha', 'sad', 'angry', 'agree', 'disagree', 'upvotes?', 'downvotes?', 'points?',
    // badges that carry a year or a level
    'elite', 'top reviewer', 'top contributor', 'local guide',
  ].join('|')}) \\d[\\d,]*$`,
  'iu',
);

/**
 * "at 3:12", "@ 1:05:40": where in the track or video a timed comment was left; a clock reading
 * alone on its line, so no sentence of text, and no date either. Only between name and date: the
 * same line under the date is a reply's text.
 */
const MEDIA_POSITION = /^(?:at|@)\s?\d{1,2}:\d{2}(?::\d{2})?$/u;

/** "Anna Berg" / "says:" / DATE: the header's verb printed on a line of its own. */
const VERB_LINE = new RegExp(`^(?:${HEADER_VERBS})\\s?:?$`, 'iu');

/**
 * A forum's stat beside each post, its label first and no colon: "Messages 9,412", "Joined Aug
 * 2016", or the label alone with its value on the line below ("Reaction score" / "98").
 */
const FORUM_STAT_LABEL = new RegExp(`^(?:${FORUM_STAT_LABELS})(?:\\s*:?\\s+(\\S.*))?$`, 'iu');
/**
 * What a stat counts or dates: "9,412", "1.2k", "-3", "Aug 2016", "Mar 5, 2019", "05/03/2019",
 * "2016", or any other whole date (isDateSpan). Never free text: "Karma is real" and "Messages
 * from home" open a reader's comment.
 */
const STAT_VALUE = new RegExp(`^(?:[+-]?\\d[\\d,.\\s']*[km]?|(?:${MONTH}|${FOREIGN_MONTH})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})$`, 'iu');
/** The label of a forum's stat and, when printed beside it, its value; null for any other line. */
function matchForumStat(line: string): { value: string | undefined } | null {
  const stat = FORUM_STAT_LABEL.exec(line);
  if (!stat || (stat[1] !== undefined && !isStatValue(stat[1]))) return null;
  return { value: stat[1] };
}
/** "Reaction score 412": a forum's stat, which a page's header template ("W score #") must not read as a name. */
export function isForumStat(line: string): boolean {
  return matchForumStat(line) !== null;
}
/** The longest value a stat takes, beside its label or on the line under it. */
const STAT_VALUE_MAX = 30;
function isStatValue(text: string): boolean {
  return text.length <= STAT_VALUE_MAX && (STAT_VALUE.test(text) || isDateSpan(text));
}

/** "Posted by Mags_W", "Submitted by dieselpete": a line that names a post's author and nothing else. */
const POSTED_BY = /^(?:posted|submitted|written|comment(?:ed)?|reply|post) by:?\s+@?([\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’-]*(?:\s[\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’-]*){0,3})$/diu;

/**
 * "5,118 posts", "38 reviews", "47 helpful votes": what a profile counts of its writer. Counts of a
 * thread ("12 comments", "3 replies") are no profile's.
 */
const PROFILE_STAT = /^\d[\d,.]*k?\s+(?:posts?|reviews?|(?:helpful )?votes?|contributions?|photos?|friends?|followers?|answers?|questions?|messages?|reactions?|badges?|check-ins?)$/iu;

/** "for Lisbon", "since 2019": a badge's second line, a short phrase opened by a preposition, under the badge. */
const BADGE_TAIL = /^(?:for|in|since|of|at|from)(?: [\p{L}\p{N}'’&-]+){1,2}$/u;

/** "Senior member · Cornwall", "Joined 2019 · Essex", "NZ · 4 reviews": a rank, a join date or a count of posts with a place, fields of a few words. */
const PROFILE_ROW_MAX = 80;
const PROFILE_FIELD = /^(?:joined|member since|posts|messages)\s+\S.{0,20}$/iu;

function isProfileRow(content: string): boolean {
  if (content.length > PROFILE_ROW_MAX || !/\s[·•|]\s/u.test(content)) return false;
  const fields = content.split(/\s+[·•|]\s+/u);
  if (fields.length < 2 || fields.length > 4) return false;
  // "Dec 6, 2026 · #2": a post's date beside its number dates the post; the number is no profile field.
  if (fields.some((field) => isDateSpan(field)) && fields.every((field) => isDateSpan(field) || POST_NUMBER.test(field))) return false;
  if (!fields.some((field) => AFFILIATION_LINE.test(field) || PROFILE_FIELD.test(field) || PROFILE_LINE.test(field) || PROFILE_STAT.test(field))) return false;
  return fields.every((field) => field.split(/\s+/u).length <= 3);
}

const POST_NUMBER = /^#\d{1,7}$/u;

/** A profile headline: one line, no sentence in it (a final "Co." is no sentence's end), at most a dozen or so words. */
function isUserHeadline(content: string): boolean {
  return content.length <= USER_HEADLINE_MAX && !/[!?…]["”’)]?$/u.test(content) && !/[.!?]\s/u.test(content) && content.split(/\s+/u).length <= USER_HEADLINE_WORDS;
}

/** The longest user headline; also the longest one-line header part a header group takes in (classify.ts). */
export const USER_HEADLINE_MAX = 100;
const USER_HEADLINE_WORDS = 14;

/** "Label: value", a field of a forum profile: a label of one or two words and a short value. */
const PROFILE_FIELD_LINE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+)?:\s+\S.{0,40}$/u;

/** A name-shaped line that is a page's control or label: a capital, then a lowercase word ("Sort reviews", "Filter by rating"). */
const PAGE_LABEL = /^\p{Lu}\p{Ll}+(?: \p{Ll}+){1,2}$/u;
/** A given name and an initial ("Dev R."), the way review sites print a reviewer; a badge never ends in an initial. */
const GIVEN_NAME_INITIAL = /^\p{Lu}\p{Ll}+ \p{Lu}\.$/u;

/** Arrows that draw a reply's indent: down, then right. */
const NESTING_ARROW = /^\s*[↳⤷└]/u;
/** The level a nesting arrow prints: one under the top-level comments (level 1 when none is printed). */
const NESTED_LEVEL = 2;

/** Folds header parts one line at a time; `result()` is the header so far, or null. */
export class HeaderFold {
  private author: [number, number] | null = null;
  private postedAt: [number, number] | null = null;
  private level: number | undefined;
  private rule = 'header:multi-line';
  private replyTo: [number, number] | undefined;
  /** The header opened with a nesting arrow before a name ("↳ Sandra Keller, Baden" / "vor 3 Std."). */
  private arrowFirst = false;
  private answersAbove = false;
  /** A one-line header with a name and a date has been read. */
  private headed = false;
  private profileLines = 0;
  /** Lines of stats printed as a label alone over its value ("Joined" / "Mar 12, 2011"): two lines per field. */
  private statPairLines = 0;
  /** The line before was a stat's label alone: this one is its value. */
  private statValueNext = false;
  /** The author so far is a bare name line, not a name printed beside a date. */
  private authorFromNameLine = false;
  /** The author so far is avatar initials ("DL"): a fuller name line under them is the name. */
  private authorFromInitials = false;
  /** The initials read as the author, and whether a second initials line has stopped the search for their name. */
  private initials = '';
  private initialsRepeated = false;
  private flaired = false;
  /** A badge line ("Author", "• 2nd") has been read under the name. */
  private badged = false;
  private titled = false;
  /** The kind of the line read before this one. */
  private previous: HeaderPart['kind'] | null = null;
  /** The last name line's range: the name a place line under it belongs to. */
  private lastName: [number, number] | null = null;
  private lastNameText = '';
  /** A name line right under the author's name line (before any date), and not the name that took its place. */
  private nameOverName = false;
  /** The author's name line, when the author so far is one. */
  private authorText = '';
  private badgeTail = false;
  /** A name-shaped line under a whole one-line header was taken as a flair because text follows it. */
  flairOverText = false;
  lines = 0;

  /**
   * Adds a line at `offset` in the block; false when the line cannot be part of a header.
   * `textBelow`: a line of text follows this one with no blank line between; `actionBelow`: a
   * button row does; `profileBelow`: a profile line ("Join Date: Sep 2007", "Posts: 14,882") does.
   */
  add(part: HeaderPart, offset: number, length: number, content = '', textBelow = false, actionBelow = false, profileBelow = false): boolean {
    this.lines++;
    const previous = this.previous;
    this.previous = part.kind;
    // The line under a stat's label alone is its value ("Joined" / "Mar 5, 2019"), whatever part it
    // reads as, when it counts or dates: "Messages" over "Thanks all" is a reader's text.
    const value = this.statValueNext && isStatValue(content) && part.kind !== 'header' && part.kind !== 'stop';
    this.statValueNext = part.kind === 'profile' && part.label === true;
    if (value) {
      this.profileLines++;
      this.statPairLines += 2;
      return true;
    }
    switch (part.kind) {
      case 'level':
        this.level = part.level;
        return true;
      case 'reply-to':
        this.arrowFirst ||= this.lines === 1 && NESTING_ARROW.test(content);
        this.replyTo ??= shifted(part.range, offset)!;
        return true;
      case 'skip':
        this.badged ||= this.author !== null;
        return true;
      case 'position':
        // Under a name and over its date; under the date it is the reply's text ("at 31:02": there).
        return this.author !== null && this.postedAt === null;
      case 'profile':
        this.profileLines++;
        return true;
      case 'date':
        this.postedAt ??= shifted(part.range, offset);
        return true;
      case 'header':
        // "Post by X » DATE" then "Y wrote: ↑DATE": the second header opens a quote in the post;
        // so does "Y wrote:" under any header that has named its author.
        if (this.headed && part.match.author !== null) return false;
        if (this.author !== null && part.match.rule === 'header:says') return false;
        // "Sort reviews / Dev R. / Austin, TX / DATE": the name right over the place is the writer's
        // when the name-shaped line above it reads as a page label or the lower line as a person's
        // name. Otherwise the lower line is a badge or title ("rowan_b / Local Expert / Galway, Ireland").
        if (part.match.rule === 'header:name-city' && previous === 'name' && this.authorFromNameLine && !this.authorFromInitials && this.postedAt === null && this.lastName && this.lastNameIsWriter()) {
          if (this.replyTo && this.replyTo[0] === this.lastName[0]) this.replyTo = undefined;
          this.author = this.lastName;
          this.nameOverName = false;
        }
        this.headed ||= part.match.author !== null && part.match.postedAt !== null;
        // A name printed beside its date ("Big Sal · 3h") outranks a bare name-shaped line above it
        // (avatar initials "BS", a "View Forum Posts" link, a profile label).
        if (this.authorFromNameLine && part.match.author !== null && (part.match.postedAt !== null || part.match.rule === 'header:posted-by-line')) this.author = null;
        this.author ??= shifted(part.match.author, offset);
        this.authorFromNameLine = false;
        this.authorFromInitials = false;
        this.postedAt ??= shifted(part.match.postedAt, offset);
        if (part.match.replyTo) this.replyTo ??= shifted(part.match.replyTo, offset)!;
        this.answersAbove ||= part.match.answersAbove === true;
        this.rule = part.match.rule;
        return true;
      case 'flair':
        // Under a name and above its date only, and once.
        if (this.author === null || this.postedAt !== null || this.flaired) return false;
        this.flaired = true;
        return true;
      case 'name':
        // Under a whole one-line header ("Bingus  14 Nov @ 9:40pm") a short line with no text under it is
        // the text ("based review"); over text it is a flair ("goalie_dad_88 · 7h" / "Hartford Wolves" / text).
        if (this.headed && !textBelow) return false;
        // "dmitri_k / Jan 3 / Agree with Prof. Patel / Reply": under a name and its date, a name-shaped
        // line right over the comment's button row is the comment's one line: a flair has text under it.
        if (this.author !== null && this.postedAt !== null && actionBelow) return false;
        this.flairOverText ||= this.headed;
        // The first name-shaped line is the author; later ones are a flair or a user title.
        if (this.authorFromInitials && part.initials) this.initialsRepeated = true;
        // A name line right under the author's name line, before any date.
        const underAuthor = previous === 'name' && this.postedAt === null && this.author !== null && this.lastName !== null && this.lastName[0] === this.author[0];
        this.lastName = part.range ? shifted(part.range, offset) : [offset, offset + length];
        this.lastNameText = part.range ? content.slice(...part.range) : content;
        // Initials give way only to the name they abbreviate ("DL" over "Dana L.", never "Boston").
        if (this.author === null || (this.authorFromInitials && !part.initials && this.postedAt === null && !this.initialsRepeated && abbreviates(this.initials, part.range ? content.slice(...part.range) : content))) {
          this.author = part.range ? shifted(part.range, offset) : [offset, offset + length];
          this.authorFromNameLine = true;
          this.authorText = this.lastNameText;
          this.authorFromInitials = part.initials === true;
          this.initials = part.initials ? content : '';
        } else if (this.authorFromNameLine && !this.authorFromInitials && !part.initials && this.postedAt === null) {
          // "nullpointer / grimdark_quill / • 3h": a second name between name and date is the
          // replied-to commenter (Disqus, Discourse) or a user title; the thread tells which.
          this.replyTo ??= part.range ? shifted(part.range, offset)! : [offset, offset + length];
        }
        this.nameOverName ||= underAuthor && this.author !== null && this.author[0] !== this.lastName![0];
        return true;
      // A button ("Follow") may sit in a header as its title's stand-in; a byline or page furniture
      // ("Sort by Newest") never does.
      case 'stop':
        if (!isActionLine(content)) return false;
      // falls through
      default:
        // "Marcus Feld / • 3rd+ / Talent Acquisition Lead at Brightwave Retail / 3d": a user's
        // headline under a name and its badge, above the date, once. Without the badge, a line
        // between name and date may be the text ("Name / great news / 2h"), so it ends the header.
        // "rowan_b / Local Expert / for Galway / DATE": a badge printed over two lines.
        // Only under a badge: a flair, or a second name line (a title); right under the author's own
        // name a short line is the text ("Jo Marsh / great news / 2h").
        if (this.author !== null && this.postedAt === null && !this.badgeTail && (previous === 'flair' || (previous === 'name' && this.lastName !== null && this.lastName[0] !== this.author[0])) && BADGE_TAIL.test(content)) {
          this.badgeTail = true;
          // The title over it was a badge, not a replied-to commenter.
          if (previous === 'name' && this.replyTo && this.replyTo[0] === this.lastName![0]) this.replyTo = undefined;
          return true;
        }
        if (this.badged && !this.titled && this.postedAt === null && isUserHeadline(content)) {
          this.titled = true;
          return true;
        }
        // "Midpack / Thinks s/he gets paid by the post / Join Date: Sep 2007": a forum's user title,
        // whatever its words, right under the name and over the profile the forum prints by each post.
        if (previous === 'name' && this.authorFromNameLine && profileBelow && !this.titled && isUserHeadline(content)) {
          this.titled = true;
          return true;
        }
        // "Car: 2017 Superb 2.0 TDI" under "Posts: 11204" / "Location: Chippenham": one more field
        // of the profile the forum prints by each post, whatever its label.
        // A value that ends or breaks a sentence is the post's first line ("Short answer: yes, replace the chain.").
        if (this.profileLines >= 2 && PROFILE_FIELD_LINE.test(content) && !endsSentence(content) && !/[.!?]\s/u.test(content)) {
          this.profileLines++;
          return true;
        }
        return false;
    }
  }

  /**
   * A name and its profile, no date: "Marjorie_and_Ted / Cool Cruiser / 142 posts / Tucson, AZ".
   * The author's range when the name opens the stack and a profile line is under it, else null.
   */
  stackAuthor(): [number, number] | null {
    if (this.postedAt !== null || this.profileLines === 0 || this.author === null || this.author[0] !== 0) return null;
    return this.author;
  }

  /** The second name line outranks the first: the first is a label ("Sort reviews"), or only the second is a given name and an initial. */
  private lastNameIsWriter(): boolean {
    const upper = this.authorText;
    const lower = this.lastNameText;
    return PAGE_LABEL.test(upper) || (GIVEN_NAME_INITIAL.test(lower) && !GIVEN_NAME_INITIAL.test(upper));
  }

  result(): HeaderMatch | null {
    // A block of profile lines alone continues the header above it.
    if (this.profileLines === this.lines) return { rule: 'header:profile', author: null, postedAt: null, strong: false };
    // Stats printed as a label over its value make a stack long without adding a name line: they do not count.
    if (this.lines - this.statPairLines > NAME_WITHIN_LINES && this.nameOverName) return null;
    // "↳ Sandra Keller, Baden" / "vor 3 Std.": the arrow opening the header marks a nested reply
    // and the name after it is its writer's; "rob_tinkers" / "↩ PaulRB" names the one answered.
    if (this.arrowFirst && this.author === null && this.replyTo) {
      this.author = this.replyTo;
      this.replyTo = undefined;
      this.level ??= NESTED_LEVEL;
    }
    if (!this.postedAt && (this.author === null || (this.level === undefined && !this.answersAbove))) return null;
    const { rule, author, postedAt, level, replyTo, answersAbove } = this;
    return { rule, author, postedAt, strong: true, ...(level === undefined ? {} : { level }), ...(replyTo ? { replyTo } : {}), ...(answersAbove ? { answersAbove } : {}) };
  }
}

/**
 * Initials stand for a name when they share its words' first and last first letters: "DL" for
 * "Dana L.", "MJO" or "MO" for "Mary-Jane Olsen"; "JT" never for "Boston".
 */
function abbreviates(initials: string, name: string): boolean {
  const letters = (name.match(/(?<![\p{L}\p{M}'’])\p{L}/gu) ?? []).join('').toUpperCase();
  return letters.length >= 2 && letters[0] === initials[0] && letters[letters.length - 1] === initials[initials.length - 1];
}

function shifted(range: [number, number] | null, offset: number): [number, number] | null {
  return range ? [range[0] + offset, range[1] + offset] : null;
}

/** The part of one line: a known layout or one of the page's templates, else what its text says. */
export function partOfLine(content: string, templateOf: ((line: string) => HeaderMatch | null) | null): HeaderPart {
  const part = headerPartOf(content);
  if (templateOf && (part.kind === 'none' || part.kind === 'flair' || part.kind === 'name')) {
    const template = templateOf(content);
    if (template) return template.author === null ? { kind: 'date', range: template.postedAt } : { kind: 'header', match: template };
  }
  return part;
}

export function matchHeaderBlock(block: Block, text: string, templateOf: ((line: string) => HeaderMatch | null) | null = null): HeaderMatch | null {
  if (block.lines.length < 2 || block.lines.length > headerLinesAllowed(STAT_LABELS_MAX)) return null;
  const fold = new HeaderFold();
  const contents = block.lines.map((line) => line.text);
  const parts = contents.map((content) => partOfLine(content, templateOf));
  if (block.lines.length > headerLinesAllowed(parts.filter(isStatLabelAlone).length)) return null;
  const named = (part: HeaderPart) => part.kind === 'name' || part.kind === 'flair';
  const counted = (i: number) => named(parts[i]!) && i + 1 < contents.length && BARE_COUNT.test(contents[i + 1]!);
  // The last name line that is no count's label: the author's, when reaction buttons come first.
  let lastName = -1;
  for (let i = 0; i < parts.length; i++) if ((named(parts[i]!) && !counted(i)) || (parts[i]!.kind === 'header' && (parts[i] as { match: HeaderMatch }).match.author !== null)) lastName = i;
  for (let i = 0; i < block.lines.length; i++) {
    const line = block.lines[i]!;
    // A reaction button over its count ("Agree" / "1,204") left by the comment above, a name printed
    // under them: a label and a count, neither the name nor a replied-to name.
    const part = (counted(i) || (i > 0 && counted(i - 1))) && i < lastName ? SKIP : parts[i]!;
    if (!fold.add(part, line.contentStart - block.start, contents[i]!.length, contents[i]!, false, false, parts[i + 1]?.kind === 'profile')) return null;
  }
  return fold.result();
}

/** A count alone on its line: "1,204", "5.6万", "12k". */
const BARE_COUNT = /^\d[\d,.]*(?:k|万|萬)?$/iu;
