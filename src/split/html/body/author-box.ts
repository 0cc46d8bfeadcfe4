/**
 * Where the article ends when an author box without markup follows it: a label ("About the author",
 * "Written by Jo Pell"), the writer's name and role on short lines, then a bio in the third person
 * ("Jo Pell is a freelance writer who covers …"). Page builders and hand-made themes print it as
 * plain paragraphs in the post's own container, so no class marks it (the class-named author boxes
 * are boilerplate already). The box and what little follows it (a "Latest posts by" list, a
 * disclosure) are the page's, not the article's.
 */
import { NAME_PARTICLES } from '../../text/templates.js';
import type { Block } from './blocks.js';
import { cumulativeProse } from './tail.js';
import { escapeRegExp } from '../../../regexp.js';

/** A label that heads an author box, alone on its line, in any case. */
const BOX_LABEL = /^(?:about\s+(?:the\s+)?(?:author|writer|contributor)s?|meet\s+the\s+author|author\s+bio(?:graphy)?)\s*:?$/i;
/**
 * "Written by Jo Pell": a label when a name (capitalised words) follows. Case-sensitive for the name:
 * under the `i` flag `\p{Lu}` matches any letter, and "Written by the residents" heads article text.
 */
const WRITTEN_BY = /^(?:[Ww]ritten\s+by|WRITTEN\s+BY)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*:?$/u;
/** A capitalised name word: "Jo", "O'Neil", "Holliday-Bell". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/**
 * A bio's opening: a person's whole name (two to four capitalised words, a title before it, a
 * nickname in brackets or a degree after it) and a verb that describes them: "is a", "has been",
 * "writes about". The name line above it ("Jo Pell", "Follow Jo") shows one of its words.
 */
const BIO_OPENING = new RegExp(
  String.raw`^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(${NAME_WORD}(?:\s+(?:\([^)]{1,24}\)\s+)?(?:\p{Lu}\.\s+)?${NAME_WORD}){0,3})(?:,\s*\p{Lu}[\p{L}.]{1,5})?\s+` +
    String.raw`(?:is\s+(?:a|an|the|our|currently|based)\b|has\s+(?:been|over|written|worked|covered|a|an)\b|writes\b|covers\b|was\s+(?:born|raised)\b)`,
  'u',
);
/** Capitalised words that open sentences, never a name's first word. */
const SENTENCE_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'our', 'his', 'her', 'their', 'its', 'there', 'each', 'every', 'which', 'what', 'who', 'one', 'a', 'an', 'my', 'your', 'i']);
/**
 * A role line between the name and the bio names a job: "Rivers Correspondent", "Founder and CEO",
 * "Executive Director at …". The words of the text splitter's author-bio rule and the boxes' own.
 * A detail line naming none ("Lower Lock, Shrewsbury", a phone number) belongs to a list's entry.
 */
const ROLE_LINE = /\b(?:editor|fellow|correspondent|reporter|writer|journalist|contributor|columnist|author|analyst|producer|researcher|photographer|founder|co-founder|ceo|director)s?\b/i;
/** Short lines of the box before the bio: the name, the role, a "Follow" link. */
const BOX_LINE_CHARS = 80;
/** How many such lines may sit between the label or name line and the bio. */
const BOX_LINES = 3;
/** A bio is a paragraph or two, not a section of the article. */
const BIO_CHARS = 800;
/** Prose the article holds before the box: a short page of bios (a team page) has no article to end. */
const ARTICLE_PROSE = 1000;
/** Prose after the box (its bio of up to BIO_CHARS besides), as a share of the article's: a list of the writer's posts, a disclosure. */
const TAIL_SHARE = 0.15;
/** A byline is a short line, not a sentence of the article. */
const BYLINE_CHARS = 160;

/** The blocks before an author box that closes the article; all of them when there is none. */
export function beforeAuthorBox(blocks: Block[], text: string): Block[] {
  const lines = blocks.map((block) => text.slice(block.start, block.end).replace(/\s+/g, ' ').trim());
  // Prose up to each block, summed once: each candidate then asks in constant time.
  const upTo = cumulativeProse(blocks);
  const total = upTo[blocks.length]!;
  // A name line over a "… is a" paragraph earlier in the article makes it a list of people or
  // products ("7. Movavi" then "Movavi is a video editor …"): its last item is no author box.
  let listed = false;
  for (let i = 0; i < blocks.length; i++) {
    const entry = entryAt(lines, i);
    if (!entry) continue;
    const start = entry.start;
    const labelled = isLabel(lines[start]!);
    // Once listed, only a labelled box ("About the author") ends the article: a named entry is the list's next item.
    const candidate = labelled || !listed;
    if (candidate && upTo[start]! >= ARTICLE_PROSE && total - upTo[boxEnd(entry, lines)]! <= TAIL_SHARE * upTo[start]! && isBox(entry, labelled, lines, text.slice(0, blocks[start]!.start))) return blocks.slice(0, start);
    if (entry.kind === 'named') listed = true;
  }
  return blocks;
}

/** A label line, or a bio under a name line (`start`, the name line or a label over it; `shown`, the name it shows). */
interface Entry {
  kind: 'label' | 'named';
  start: number;
  bio: number;
  shown: string;
}

function isLabel(line: string): boolean {
  return line.length <= BOX_LINE_CHARS && (BOX_LABEL.test(line) || WRITTEN_BY.test(line));
}

/** The label or the name-line-and-bio entry whose last line is line `i`, or null. */
function entryAt(lines: string[], i: number): Entry | null {
  const line = lines[i]!;
  if (isLabel(line)) return { kind: 'label', start: i, bio: i, shown: '' };
  if (line.length > BIO_CHARS) return null;
  const match = BIO_OPENING.exec(line);
  if (!match) return null;
  const name = match[1]!.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  // "The company is a …", "This Guide has over …": a sentence's opening, not a name.
  if (SENTENCE_OPENERS.has(name[0]!.toLowerCase())) return null;
  for (let j = i - 1; j >= Math.max(0, i - BOX_LINES); j--) {
    const above = lines[j]!;
    if (above.length > BOX_LINE_CHARS || /[.!?]$/.test(above)) return null;
    const shown = nameShown(above, name);
    if (shown) return { kind: 'named', start: j > 0 && isLabel(lines[j - 1]!) ? j - 1 : j, bio: i, shown };
  }
  return null;
}

/**
 * The line after the box: past the bio and the paragraphs that go on with it while the box stays
 * a bio's length (a label's bio starts on the line after it). What follows is the tail.
 */
function boxEnd(entry: Entry, lines: string[]): number {
  let end = entry.bio + 1;
  let chars = entry.kind === 'named' ? lines[entry.bio]!.length : 0;
  while (end < lines.length && chars + lines[end]!.length <= BIO_CHARS) chars += lines[end++]!.length;
  return end;
}

/**
 * Whether an entry is shown as an author box: a label over it, a name line saying "About Jo Pell",
 * a role line ("Founder and CEO") between the name and the bio, or a byline before it naming the
 * same person ("By Jo Pell"). A name line over a bio with none of these is an item of a list (a
 * product, an artist, a firm).
 */
function isBox(entry: Entry, labelled: boolean, lines: string[], before: string): boolean {
  if (labelled || /^about\s/i.test(lines[entry.start]!)) return true;
  for (let j = entry.start + 1; j < entry.bio; j++) if (ROLE_LINE.test(lines[j]!)) return true;
  const byline = bylineOf(entry.shown);
  // The page's text before the box, not only the body's blocks: the byline is often furniture already.
  return before.split('\n').some((line) => line.length <= BYLINE_CHARS && !/[.!?]$/.test((line = line.trim())) && byline.test(line));
}

/**
 * A byline naming `name`, the name as whole words: "by" before it ("By Jo Pell", "Posted on 3 May
 * by Jo Pell"), or the line opening with it and a degree or a separator after it ("Jo Pell MD",
 * "Jo Pell | 3 May"). A short line only, not a sentence: a mention in the article's prose ("… spoke
 * to Sam Hollis, the lock keeper."), a product's title ("Temple Smoke Beard Oil") or a heading that
 * is the name alone (a product's, a firm's) is none.
 */
function bylineOf(name: string): RegExp {
  const shown = escapeRegExp(name);
  // No `i` flag: under it `\p{Lu}` matches any letter, and "Beard" would pass for a degree.
  return new RegExp(String.raw`\b(?:[Bb]y|BY)\s*:?\s+${shown}(?![\p{L}\p{N}])|^${shown}(?:\s*[|·•,–—-]|\s+\p{Lu}{2,5}\b)`, 'u');
}

/** Words a name line may hold besides the name: "Follow Jo", "About Jo Pell", "Jo Pell, MD*". */
const NAME_LINE_EXTRA = /^(?:follow|about|by|written\s+by|meet)\s+|[,*]+.*$|\*+$/gi;
const NAME_LINE_CHARS = 40;

/** The name a short line shows when it is a name line for the bio's name (its words capitalised, one shared), else null. */
function nameShown(line: string, name: string[]): string | null {
  if (line.length > NAME_LINE_CHARS) return null;
  const shown = line.replace(NAME_LINE_EXTRA, '').trim();
  const words = shown.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return null;
  if (!words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || NAME_PARTICLES.has(word))) return null;
  return words.some((word) => name.includes(word)) ? shown : null;
}
