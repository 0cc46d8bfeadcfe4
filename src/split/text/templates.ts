/**
 * Comment headers found by repetition: a comment system prints the same header template above
 * every comment ("Maria July 7, 2012 at 2:31 pm", "by garaged (579941) on Monday July 23, …",
 * "On October 29, 2012 at 2:35am, Rosa said..."). Each short line is reduced to its shape (names
 * and other words become W, dates D, clock times T, numbers #, header words stay as they are); a
 * shape that carries a header anchor and recurs above text across the page is a header template.
 * No list of names or sites: the page's own repetition is the evidence.
 */
import { FUNCTION_WORDS } from '../../language/function-words.js';
import { memoize } from '../../memo.js';
import type { Block } from './blocks.js';
import { DATE, type HeaderMatch } from './headers.js';
import { isTimeUnit } from './time-units.js';
import { isVersionNumber } from './names.js';

/** One symbol of a line's shape, with its offsets in the line. */
interface Symbol {
  kind: string;
  start: number;
  end: number;
}

export interface Shape {
  key: string;
  /**
   * The first two symbols, when they make a header on their own ("by W" of "by W ( N )"): a site
   * prints "by Anonymous Coward" where others get "by name (12345)".
   */
  prefix: string | null;
  symbols: Symbol[];
  /** The shape carries a date, a clock time, a header verb or another header anchor. */
  anchored: boolean;
  /** The word after the number of a relative date at the line's end, lowercased ("tim", "órája"). */
  unit?: string;
}

const MAX_LINE = 120;
/**
 * A reply's subject line ("Re:", "Aw:", "Sv:", "Antw:", "Odp:") running up to the " by " that names
 * its writer: the last one, as a title may have its own ("Re: Ferry Hit By Storm by Ann(m): …").
 */
const SUBJECT_BEFORE_BY = /^(?:re|aw|sv|antw|odp)\s*:\s*\S.{0,90}(?=\sby\s)/iu;
const MAX_SYMBOLS = 16;

/** Words that header templates print literally; every other word is part of a name or a title. */
const HEADER_WORDS = new Set([
  'by', 'on', 'at', 'from', 'in', 'to', 're', 'said', 'says', 'wrote', 'writes', 'posted', 'written', 'commented', 'replied',
  'reply', 'replies', 'score', 'points', 'point', 'votes', 'vote', 'likes', 'like', 'ago', 'edited', 'permalink', 'quote',
  'member', 'guest', 'report', 'share', 'link',
]);
/** Header words that make a shape a header candidate on their own (with a name beside them). */
const ANCHOR_WORDS = new Set(['by', 'said', 'says', 'wrote', 'writes', 'posted', 'written', 'commented', 'replied', 'score', 'points', 'ago', 'edited', 'permalink', 're']);
const VERBS = new Set(['said', 'says', 'wrote', 'writes', 'commented', 'replied', 'posted']);
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu;
const WEEKDAYS = /^(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$/iu;
// A fediverse handle's instance is part of the name: "Tja@programming.dev".
const WORD_REST = "(?:[\\p{L}\\p{M}\\p{N}_'’-]|[.@](?=[\\p{L}\\p{N}]))*(?:\\.(?!\\.))?";
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?';

/**
 * One token per match, tried in order at the current position: a date, a link, a clock time, a
 * number, a word, whitespace, any other character. Dates must not run into a following letter.
 */
const TOKEN = new RegExp(
  [
    // "4 min read" is a teaser's reading time, not its age: no date, so no "read" for a writer.
    `(${DATE})(?![\\p{L}\\p{N}])(?!\\s+read\\b)`,
    '(https?://\\S+|www\\.\\S+)',
    `(${CLOCK})(?![\\p{L}\\p{N}])`,
    '(\\d[\\d,.]*)',
    // Words keep inner dots and one final dot ("Rick V."), never an ellipsis ("said...").
    `((?:[\\p{L}\\p{M}_]|\\p{N}+[\\p{L}_])${WORD_REST})`,
    '(\\s+)',
    '([^])',
  ].join('|'),
  'iuy',
);

/** The shape of one line, or null for lines too long or too busy to be a header. Kept per line text. */
export const shapeOf: (line: string) => Shape | null = memoize(20_000, (line: string): Shape | null => {
  if (line.length === 0 || line.length > MAX_LINE) return null;
  const symbols: Symbol[] = [];
  let anchored = false;
  // "Best Photo (nominated by Jo Marsh):": a "by" inside brackets credits someone in an
  // aside; a header's "by" names the writer in the open ("by garaged (579941) on …").
  let bracketed = false;
  TOKEN.lastIndex = 0;
  // "Re: <the thread's title> by Emeka_Obi(m): 8:40am On Dec 06": a forum prints the subject before
  // the writer; whatever words the title has, it is one symbol, the same on every post.
  const subject = SUBJECT_BEFORE_BY.exec(line);
  if (subject) {
    symbols.push({ kind: 'S', start: 0, end: subject[0].length });
    TOKEN.lastIndex = subject[0].length;
  }
  while (TOKEN.lastIndex < line.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(line);
    if (!match) break;
    const end = TOKEN.lastIndex;
    const kind = symbolKind(match);
    if (kind === null) continue;
    const last = symbols[symbols.length - 1];
    // Names of any length are one W; repeated punctuation ("...") is one symbol.
    if (last && last.kind === kind && (kind === 'W' || kind.length === 1 && !/[\p{L}\p{N}]/u.test(kind))) {
      last.end = end;
      continue;
    }
    symbols.push({ kind, start, end });
    if (kind === '(' || kind === ')') bracketed = kind === '(';
    anchored ||= isAnchor(symbols[symbols.length - 1]!) && !(bracketed && kind === 'by');
    if (symbols.length > MAX_SYMBOLS) return null;
  }
  const unit = relativeDateAtEnd(symbols, line);
  anchored ||= unit !== null;
  const key = symbols.map((s) => s.kind).join(' ');
  const head = symbols.slice(0, 2);
  // After a subject, "S by W": the same forum header with or without its day ("9:15am" today).
  const prefix = subject && key.startsWith('S by W ') ? 'S by W' : symbols.length > 2 && isHeaderPrefix(head[0]!.kind, head[1]!.kind) ? `${head[0]!.kind} ${head[1]!.kind}` : null;
  return unit === null ? { key, prefix, symbols, anchored } : { key, prefix, symbols, anchored, unit: unit.toLowerCase() };
});

/**
 * "wrzeszczanin_84 · 2 godz. temu", "Lena · 3 tim": a number and a word or two, set off by a
 * separator at the line's end, is a relative date in whatever language; it becomes one date symbol
 * (R). Returns the word after the number (its unit), or null. Only the page's repetition of the
 * whole line above text makes it a header (`learnTemplates`), and a unit no list knows
 * (time-units.ts) must change down the thread: "Leeds · 3 nights" in an article's list counts
 * nights on every line, a thread's ages run from hours to minutes.
 */
function relativeDateAtEnd(symbols: Symbol[], line: string): string | null {
  const n = symbols.length;
  if (n < 4 || symbols[n - 2]!.kind !== 'N' || symbols[n - 1]!.kind !== 'W') return null;
  // "Jordi · fa 3 hores", "Ola · for 2 timer siden": one short word may stand before the number.
  const lead = symbols[n - 3]!.kind === 'W' && symbols[n - 3]!.end - symbols[n - 3]!.start <= LEAD_WORD_MAX && n >= 5 ? 1 : 0;
  if (!SEPARATORS.has(symbols[n - 3 - lead]!.kind)) return null;
  // A count before it ("Like · Reply · 12 · 3n") makes the line a button row with its age.
  const before = symbols.slice(0, n - 3 - lead);
  const words = line.slice(symbols[n - 1]!.start).match(/\p{L}+/gu) ?? [];
  if (!before.some((s) => s.kind === 'W') || before.some((s) => s.kind === 'N') || words.length > RELATIVE_WORDS) return null;
  symbols.splice(n - 2 - lead, 2 + lead, { kind: 'R', start: symbols[n - 2 - lead]!.start, end: symbols[n - 1]!.end });
  return words[0] ?? '';
}

/** The longest word printed before an age's number: "fa", "vor", "hace", "acum". */
const LEAD_WORD_MAX = 4;

const SEPARATORS = new Set(['·', '•', '|', '–', '—', '-', ',']);
const RELATIVE_WORDS = 2;

/** "by W", "W D", "W T", "W said": a name beside what marks it as the writer. */
function isHeaderPrefix(first: string, second: string): boolean {
  if (first === 'by') return second === 'W';
  return first === 'W' && (second === 'D' || second === 'T' || VERBS.has(second));
}

function isAnchor(symbol: Symbol): boolean {
  return symbol.kind === 'D' || symbol.kind === 'T' || symbol.kind === 'U' || symbol.kind === 'R' || ANCHOR_WORDS.has(symbol.kind);
}

function symbolKind(match: RegExpExecArray): string | null {
  if (match[1] !== undefined) return 'D';
  if (match[2] !== undefined) return 'U';
  if (match[3] !== undefined) return 'T';
  if (match[4] !== undefined) return 'N';
  if (match[6] !== undefined) return null;
  if (match[7] !== undefined) return match[7];
  const word = match[5]!;
  const lower = word.toLowerCase();
  if (HEADER_WORDS.has(lower)) return lower;
  if (MONTHS.test(word)) return 'M';
  if (WEEKDAYS.test(word)) return 'K';
  // Function words keep sentences apart: "I posted this on Monday" never shares a header's shape.
  // English writes its "I" in capitals; a lowercase "i" joins a Catalan name ("Jordi Puig i Ferrer").
  if (FUNCTION_WORDS.get(lower)?.includes('en') && word !== 'i') return 'f';
  return 'W';
}

/**
 * Header templates of one page: shape keys that recur above text, each with whether its name slot
 * is a label (the same word on every line: the header names nobody).
 */
export type Templates = ReadonlyMap<string, TemplateSlot>;

interface TemplateSlot {
  label: boolean;
  /** For a family key: lines of the family printed above the template's first line, which it does not reach. */
  above?: ReadonlySet<string>;
}

const NO_TEMPLATES: Templates = new Map();

/**
 * A shape is a template when it has a header anchor and a name, recurs at least three times (twice
 * with a date), and at least two thirds of its lines stand above text: a list of "Title / July 5,
 * 2012 / In Local News" links repeats too, but above labels, and back to back.
 */
export function learnTemplates(text: string, blocks: readonly Block[]): Templates {
  const lines: string[] = [];
  for (const block of blocks) {
    // Long lines are text, whatever they say: a stand-in of the same length keeps the page small.
    for (const line of block.lines) lines.push(line.contentEnd - line.contentStart > MAX_LINE ? LONG_LINE : line.text);
  }
  const seen = new Map<string, { count: number; aboveText: number; dated: boolean; names: Set<string>; lines: Set<string>; inDate: boolean; units: Set<string> }>();
  const tally = (key: string, shape: Shape, aboveText: boolean, name: string, line: string, inDate: boolean) => {
    const entry = seen.get(key) ?? { count: 0, aboveText: 0, dated: shape.symbols.some((s) => s.kind === 'D' || s.kind === 'T'), names: new Set(), lines: new Set(), inDate: true, units: new Set() };
    entry.count++;
    if (shape.unit !== undefined && entry.units.size < 2) entry.units.add(shape.unit);
    entry.inDate &&= inDate;
    if (aboveText) entry.aboveText++;
    if (entry.names.size < 2) entry.names.add(name);
    if (entry.lines.size < 2) entry.lines.add(line);
    seen.set(key, entry);
  };
  for (let i = 0; i < lines.length; i++) {
    const shape = candidateShape(lines[i]!, lines[i - 1]);
    if (!shape) continue;
    const aboveText = standsAboveText(lines, i, shape.key);
    const name = nameIn(lines[i]!, shape);
    const inDate = isSlotInsideDate(lines[i]!, shape);
    // One poster's two comments repeat a header over different texts; a reprint repeats the line
    // with the line under it, or a headline's words where a header names someone.
    const printed = isHeaderSized(lines[i]!, shape) ? `${lines[i]!}\n${lines[i + 1] ?? ''}` : lines[i]!;
    tally(shape.key, shape, aboveText, name, printed, inDate);
    if (shape.prefix !== null) tally(shape.prefix, shape, aboveText, name, printed, inDate);
  }
  let templates: Map<string, TemplateSlot> | null = null;
  for (const [key, { count, aboveText, dated, names, lines: printed, inDate, units }] of seen) {
    if (count < (dated ? 2 : 3) || aboveText * 3 < count * 2) continue;
    // One unknown word after every number is what a list counts ("3 nights", "2 nights"), not an age;
    // a thread's ages may use one known unit throughout ("3 tim") or mix units ("5 minutos", "4 horas").
    if (units.size === 1 && !isTimeUnit([...units][0]!)) continue;
    // Two prints of one dated line over the same line are the page printing a list twice (a post
    // link and a sidebar list): two comments differ in their text, whoever posted them when.
    if (dated && printed.size < 2) continue;
    (templates ??= new Map()).set(key, { label: count >= 3 && isLabelSlot(names, inDate) });
  }
  // "By Name" alone is how articles and teasers sign themselves; it heads comments only as the
  // short form of a fuller template on the same page ("by name (12345) on …").
  // "By Name and Name" is the same signature with co-authors.
  if (templates && !hasFullerByline(seen)) for (const key of templates.keys()) if (BARE_BYLINE_SHAPE.test(key)) templates.delete(key);
  // A template learnt from its repetition reaches the lines of its family: the same header with a
  // name or place of another shape ("Isle of Wight"), fewer place fields, or a placeholder name.
  if (templates) reachFamilies(lines, templates);
  return templates ?? NO_TEMPLATES;
}

/** Each learnt template's family gets its slot, and the family's lines above its first exact header, read once per family. */
function reachFamilies(lines: readonly string[], templates: Map<string, TemplateSlot>): void {
  const aboveOf = new Map<string, ReadonlySet<string>>();
  for (const [key, slot] of [...templates]) {
    const family = familyOf(key);
    if (family === key) continue;
    let above = aboveOf.get(family);
    if (above === undefined) aboveOf.set(family, (above = familyAbove(lines, templates, family)));
    templates.set(family, { ...slot, above });
  }
}

/**
 * Lines of a family printed above the first line of an exact template of it: a family reaches down
 * a comment section from its first header, never up into the article (a dated subheading).
 */
function familyAbove(lines: readonly string[], templates: ReadonlyMap<string, TemplateSlot>, family: string): ReadonlySet<string> {
  const above = new Set<string>();
  for (const line of lines) {
    const shape = shapeOf(line);
    if (!shape) continue;
    const exact = templates.has(shape.key) && !shape.key.startsWith('~') ? shape.key : shape.prefix !== null && templates.has(shape.prefix) ? shape.prefix : null;
    if (exact !== null && familyOf(exact) === family) break;
    if (familyOf(shape.key) === family) above.add(line);
  }
  return above;
}

/** Symbols that join the words of one name or place: "Bev from Bolton", "Isle of Wight", "Pantry & Hob". */
const JOINERS = new Set(['f', 'from', 'in', '&']);
/** Joined words in a shape key, read as one name or place. */
const NAME_JOINERS = new RegExp(`\\bW (?:(?:${[...JOINERS].join('|')}) W )+`, 'gu');
/**
 * "Name, Place, Country, DATE" and "Name, Place, DATE": one place field or more, never none ("Lights
 * in Halden, December 12" is an article's dated subheading, not "Name, Place, DATE" without its place).
 */
const PLACE_FIELDS = /^W , W(?: , W)+ , /u;

/**
 * A shape's family key, marked apart from exact keys. Only dated shapes have a family: an undated
 * "Name, Place" line reads like any "Paris, France".
 */
function familyOf(key: string): string {
  if (!/\b[DT]\b/u.test(key)) return key;
  const joined = `${key} `.replace(/^guest /u, 'W ').replace(NAME_JOINERS, 'W ').trimEnd();
  // A placeholder poster ("Guest, 20 minutes ago") prints no place: the one line of the family without one.
  if (/^guest , [DT]\b/u.test(key)) return `~W , W , ${joined.slice('W , '.length)}`;
  return `~${joined.replace(PLACE_FIELDS, 'W , W , ')}`;
}

/**
 * Words a header prints beside its date: a name and a label or two ("Anna Berg on … at … Reply");
 * a dated headline ("Ferry Operator To Add Winter Crossings On November 16") prints more.
 */
const HEADER_LINE_WORDS = 6;
function isHeaderSized(line: string, shape: Shape): boolean {
  let words = 0;
  let from = 0;
  for (const symbol of shape.symbols) {
    if (symbol.kind !== 'D' && symbol.kind !== 'T') continue;
    words += wordsIn(line.slice(from, symbol.start));
    from = symbol.end;
  }
  return words + wordsIn(line.slice(from)) <= HEADER_LINE_WORDS;
}
const wordsIn = (text: string) => text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;

/** The name a shape's line prints, lower-cased ('' for none). */
function nameIn(line: string, shape: Shape): string {
  const author = authorOf(shape.symbols);
  return author ? line.slice(author.start, author.end).toLowerCase() : '';
}

/**
 * A name slot that prints the same past-tense verb on every line is a label ("Tracked on DATE"
 * over each trackback, "Responded DATE" over a seller's answer): the line is a date line, weak,
 * and names nobody. A name, even one that posts three times (the thread's OP), is not a verb. The
 * same words on every line, in lower case, between a day's number and a clock are the date's own
 * ("4 мар в 09:15": a month and "at" in a language the rules do not know); a name printed there
 * ("1 Hans 20:00", a numbered live blog) or beside the date ("night_reader 4 мар в 09:15", one
 * writer's page) is the writer, however often.
 */
function isLabelSlot(names: ReadonlySet<string>, inDate: boolean): boolean {
  if (names.size !== 1) return false;
  const [name] = names;
  return LABEL_VERBS.has(name!) || inDate;
}

/** The line's name slot sits between a day's number and a clock, and is written in lower-case words: "12 мая в 11:20". */
function isSlotInsideDate(line: string, shape: Shape): boolean {
  const author = authorOf(shape.symbols);
  if (author === null) return false;
  // A joined name ("Isle of Wight") is one symbol made of several.
  const first = shape.symbols.findIndex((s) => s.start === author.start);
  const last = shape.symbols.findIndex((s) => s.end === author.end);
  return shape.symbols[first - 1]?.kind === 'N' && shape.symbols[last + 1]?.kind === 'T' && DATE_WORDS.test(line.slice(author.start, author.end));
}

/** Words a date prints between its day and its clock: lower-case letters only ("мая в", "de mayo a las"). */
const DATE_WORDS = /^\p{Ll}+(?:\s+\p{Ll}+)*$/u;

/**
 * The verbs comment and review software prints in a header's name slot, as data: an "-ed" ending
 * alone would take Mohammed, Khaled, Alfred or Naveed for a label.
 */
const LABEL_VERBS = new Set([
  'tracked', 'responded', 'replied', 'answered', 'posted', 'commented', 'edited', 'updated', 'submitted', 'added', 'published',
  'reviewed', 'pinged', 'linked', 'mentioned', 'shared', 'quoted', 'featured', 'approved', 'moderated', 'reposted', 'purchased',
  'verified', 'recommended', 'pinned', 'archived', 'closed', 'locked', 'merged', 'solved', 'resolved', 'asked', 'created', 'joined',
]);

const BARE_BYLINE = 'by W';
const BARE_BYLINE_SHAPE = /^by W(?: f W)*$/u;

/** A fuller "by name …" header ("by name (12345)") printed on two lines or more. */
function hasFullerByline(seen: ReadonlyMap<string, { count: number }>): boolean {
  for (const [key, { count }] of seen) if (count >= 2 && key.startsWith(`${BARE_BYLINE} `) && !BARE_BYLINE_SHAPE.test(key)) return true;
  return false;
}

/** "Originally Posted by X" and the line under "Quote:" introduce a quoted post, not a new one. */
const QUOTE_INTRO = /^(?:originally posted by|quote(?: from| originally posted by)?\b)/iu;
/** "Quote:" alone on its line: the site's label over the line that names the quoted writer. */
export const QUOTE_LABEL = /^quote:$/iu;

function candidateShape(line: string, previous: string | undefined): Shape | null {
  if (line.length === 0 || line.length > MAX_LINE || QUOTE_INTRO.test(line) || (previous !== undefined && QUOTE_LABEL.test(previous))) return null;
  const shape = shapeOf(line);
  return shape && isCandidate(shape) && !isTeaser(line, shape) ? shape : null;
}

/** Words a teaser list prints after its time ("6:43 PM What Is Sexy: A Guide to …"); a header prints a name or a link there. */
const TEASER_WORDS = 6;

/**
 * A "Newer stories" list prints a tag and a time before each headline: a headline after the last
 * date or time, where a header has at most a name, "Reply" or "#12".
 */
function isTeaser(line: string, shape: Shape): boolean {
  let last: Symbol | undefined;
  for (const symbol of shape.symbols) if (symbol.kind === 'D' || symbol.kind === 'T') last = symbol;
  if (last === undefined) return false;
  const words = line.slice(last.end).split(/\s+/u).filter((word) => /\p{L}/u.test(word) && !HEADER_WORDS.has(word.toLowerCase()));
  return words.length >= TEASER_WORDS;
}

/**
 * The first line under a header that is not another header part (a flair, a name, a date, a vote
 * count: short and unpunctuated, or anchored) reads as text: a sentence's end, or a long line.
 * A headline under a dated link is neither.
 */
function standsAboveText(lines: string[], index: number, key: string): boolean {
  for (let i = index + 1; i < Math.min(lines.length, index + 4); i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    if (line.length > MAX_LINE) return true;
    const words = line.split(/\s+/u).length;
    const shape = shapeOf(line) ?? NOT_A_SHAPE;
    // The same shape again with nothing between is a list ("Nov 23rd to 25th: Region …" per line), not a comment.
    if (shape.key === key) return false;
    const headerPart = words <= 4 && !/[.!?…]$/u.test(line);
    if (headerPart || isCandidate(shape)) continue;
    return /[.!?…)"”:;]$/u.test(line) || words >= 10 || line.length >= 70;
  }
  return false;
}

const LONG_LINE = 'x'.repeat(MAX_LINE + 1);
const NOT_A_SHAPE: Shape = { key: '', prefix: null, symbols: [], anchored: false };

/** An anchored shape with a name in it, or a date-only line ("November 1, 2012 at 10:57 am"). */
function isCandidate(shape: Shape): boolean {
  if (!shape.anchored) return false;
  return shape.symbols.some((s) => s.kind === 'W') || shape.symbols.every((s) => DATE_PARTS.has(s.kind));
}

const DATE_PARTS = new Set(['D', 'T', 'M', 'K', 'N', ',', 'at', 'on', '@', ':', '-', '|', '•', '·']);

/** The header a template line prints: its author (the name by "by" or a verb, else the first) and date. */
export function templateHeader(templates: Templates, line: string): HeaderMatch | null {
  if (templates.size === 0) return null;
  const shape = shapeOf(line);
  const exact = shape && (templates.get(shape.key) ?? (shape.prefix !== null ? templates.get(shape.prefix) : undefined));
  const family = shape && !exact ? templates.get(familyOf(shape.key)) : undefined;
  const template = exact ?? (family?.above?.has(line) ? undefined : family);
  if (!shape || !template) return null;
  const author = template.label ? null : authorOf(shape.symbols);
  // "By signing up you agree …" shares "By Priya Nair · 1 year ago"'s opening: a name of several
  // words is capitalised.
  if (author && shape.symbols[0]?.kind === 'by' && !isNameCased(line.slice(author.start, author.end))) return null;
  // "v2.3.1 — Dec 3, 2025" over each entry of a changelog: a release in the name slot, nobody's post.
  if (author && isVersionNumber(line.slice(author.start, author.end))) return null;
  // A label's line is a date line, read as the date-only layout is.
  return { rule: template.label ? 'header:date-only' : 'header:template', author: author ? [author.start, author.end] : null, postedAt: dateOf(shape.symbols), strong: author !== null };
}

export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al', 'y', 'dos', 'das', 'ter']);

/** A one-word name (a handle) may be lower case; a name of several words has capitalised words. */
function isNameCased(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length === 1 || words.every((word) => !/^\p{Ll}/u.test(word) || NAME_PARTICLES.has(word));
}

function authorOf(symbols: Symbol[]): Symbol | null {
  // "Re: Clutch judder …": a post's subject line names the thread, never the writer.
  if (symbols[0]?.kind === 're') return null;
  for (let i = 0; i + 1 < symbols.length; i++) {
    if (symbols[i]!.kind === 'by' && symbols[i + 1]!.kind === 'W') return withJoinedWords(symbols, i + 1);
    if (symbols[i]!.kind === 'W' && VERBS.has(symbols[i + 1]!.kind)) return symbols[i]!;
  }
  const first = symbols.findIndex((s) => s.kind === 'W');
  return first < 0 ? null : withJoinedWords(symbols, first);
}

/**
 * "Bev from Bolton, …", "Al from Leominster on DATE said:", "by Pantry & Hob Team on DATE": a name
 * joined by small words or an ampersand is the name as shown.
 */
function withJoinedWords(symbols: Symbol[], first: number): Symbol {
  let last = first;
  while (JOINERS.has(symbols[last + 1]?.kind ?? '') && symbols[last + 2]?.kind === 'W') last += 2;
  if (last === first) return symbols[first]!;
  return { kind: 'W', start: symbols[first]!.start, end: symbols[last]!.end };
}

function dateOf(symbols: Symbol[]): [number, number] | null {
  const first = symbols.findIndex((s) => s.kind === 'D' || s.kind === 'T' || s.kind === 'M' || s.kind === 'K' || s.kind === 'R');
  if (first < 0) return null;
  let last = first;
  while (last + 1 < symbols.length && DATE_PARTS.has(symbols[last + 1]!.kind)) last++;
  // A run never ends on a separator.
  while (last > first && !/^[DTMKNR]$/u.test(symbols[last]!.kind)) last--;
  return [symbols[first]!.start, symbols[last]!.end];
}
