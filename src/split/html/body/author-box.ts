/**
 * Where the article ends when an author box without markup follows it: a label ("About the author",
 * "Written by Jo Pell"), the writer's name and role on short lines, then a bio in the third person
 * ("Jo Pell is a freelance writer who covers …"). Page builders and hand-made themes print it as
 * plain paragraphs in the post's own container, so no class marks it (the class-named author boxes
 * are boilerplate already). The box and what little follows it (a "Latest posts by" list, a
 * disclosure) are the page's, not the article's.
 */
import type { Block } from './blocks.js';

/** A label that heads an author box, alone on its line. */
const BOX_LABEL = /^(?:about\s+(?:the\s+)?(?:author|writer|contributor)s?|meet\s+the\s+author|author\s+bio(?:graphy)?|written\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:?$/iu;
/** A capitalised name word: "Jo", "O'Neil", "Holliday-Bell". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/**
 * A bio's opening: a person's whole name (two to four capitalised words, a title before it, a
 * nickname in brackets or a degree after it) and a verb that describes them: "is a", "has been",
 * "writes about". The name line above it ("Jo Pell", "Follow Jo") shows one of its words.
 */
const BIO_OPENING = new RegExp(
  String.raw`^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(${NAME_WORD}(?:\s+(?:\([^)]{1,24}\)\s+)?(?:\p{Lu}\.\s+)?${NAME_WORD}){0,3})(?:,\s*\p{Lu}[\p{L}.]{1,5})?\s+` +
    String.raw`(?:is\s+(?:a|an|the|our|currently|passionate|based)\b|has\s+(?:been|over|more|written|worked|spent|covered|a|an)\b|writes\b|covers\b|was\s+(?:born|raised)\b)`,
  'u',
);
/** Capitalised words that open sentences, never a name's first word. */
const SENTENCE_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'our', 'his', 'her', 'their', 'its', 'there', 'each', 'every', 'which', 'what', 'who', 'one', 'a', 'an', 'my', 'your', 'i']);
/** Short lines of the box before the bio: the name, the role, a "Follow" link. */
const BOX_LINE_CHARS = 80;
/** How many such lines may sit between the label or name line and the bio. */
const BOX_LINES = 3;
/** A bio is a paragraph or two, not a section of the article. */
const BIO_CHARS = 800;
/** Prose the article holds before the box: a short page of bios (a team page) has no article to end. */
const ARTICLE_PROSE = 1000;
/** Prose after the box's start, besides the box itself, as a share of the article's: a list of the writer's posts, a disclosure. */
const TAIL_SHARE = 0.15;
const PROSE_CHARS = 80;

/** The blocks before an author box that closes the article; all of them when there is none. */
export function beforeAuthorBox(blocks: Block[], text: string): Block[] {
  const lines = blocks.map((block) => text.slice(block.start, block.end).replace(/\s+/g, ' ').trim());
  const prose = blocks.map((block, i) => (lines[i]!.length >= PROSE_CHARS && block.linkChars * 2 < block.end - block.start ? lines[i]!.length : 0));
  // Prose up to each block, summed once: each candidate then asks in constant time.
  const upTo = [0];
  for (const chars of prose) upTo.push(upTo[upTo.length - 1]! + chars);
  const total = upTo[blocks.length]!;
  // A name line over a "… is a" paragraph earlier in the article makes it a list of people or
  // products ("7. Movavi" then "Movavi is a video editor …"): its last item is no author box.
  let listed = false;
  for (let i = 0; i < blocks.length; i++) {
    const entry = entryAt(lines, i);
    if (!entry) continue;
    // Once listed, no entry ends the article: the byline search below runs for the first named entry only.
    const start = entry.start;
    if (!listed && upTo[start]! >= ARTICLE_PROSE && total - upTo[i + 1]! <= TAIL_SHARE * upTo[start]! && isBox(entry, lines, text, blocks)) return blocks.slice(0, start);
    if (entry.kind === 'named') listed = true;
  }
  return blocks;
}

/** A label line, or a bio under a name line (`start`, the name line; `shown`, the name it shows). */
interface Entry {
  kind: 'label' | 'named';
  start: number;
  bio: number;
  shown: string;
}

/** The label or the name-line-and-bio entry whose last line is line `i`, or null. */
function entryAt(lines: string[], i: number): Entry | null {
  const line = lines[i]!;
  if (line.length <= BOX_LINE_CHARS && BOX_LABEL.test(line)) return { kind: 'label', start: i, bio: i, shown: '' };
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
    if (shown) return { kind: 'named', start: j > 0 && BOX_LABEL.test(lines[j - 1]!) ? j - 1 : j, bio: i, shown };
  }
  return null;
}

/**
 * Whether an entry is shown as an author box shows it: a label, a label or a role line ("Founder
 * and CEO") between the name and the bio, or a name the page printed before (the byline). A name
 * line over a bio with none of these is an item of a list (a product, an artist).
 */
function isBox(entry: Entry, lines: string[], text: string, blocks: Block[]): boolean {
  if (entry.kind === 'label' || BOX_LABEL.test(lines[entry.start]!)) return true;
  if (entry.bio - entry.start > 1) return true;
  return text.lastIndexOf(entry.shown, blocks[entry.start]!.start - 1) >= 0;
}

/** Words a name line may hold besides the name: "Follow Jo", "About Jo Pell", "Jo Pell, MD*". */
const NAME_LINE_EXTRA = /^(?:follow|about|by|written\s+by|meet)\s+|[,*]+.*$|\*+$/gi;
/** Lower-case particles of a name: "Marna van der Merwe". */
const PARTICLES = new Set(['van', 'der', 'de', 'la', 'le', 'von', 'da', 'di', 'del', 'bin', 'al']);
const NAME_LINE_CHARS = 40;

/** The name a short line shows when it is a name line for the bio's name (its words capitalised, one shared), else null. */
function nameShown(line: string, name: string[]): string | null {
  if (line.length > NAME_LINE_CHARS) return null;
  const shown = line.replace(NAME_LINE_EXTRA, '').trim();
  const words = shown.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return null;
  if (!words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || PARTICLES.has(word))) return null;
  return words.some((word) => name.includes(word)) ? shown : null;
}
