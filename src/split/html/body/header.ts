/**
 * The article's header inside the body's first blocks: a standfirst (dek) between the headline and
 * the byline, the byline's own lines and a lead image's caption are the header's, not the body's.
 * When the body opens with the headline, one standfirst line and then the author's element, the
 * body starts after it: past the byline's short meta lines (role, date, read time, counts) and
 * the lead figure's caption, at the first block that is neither. The byline may have been taken out
 * as boilerplate: its element still marks where the header ends.
 */
import { descendants, type Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import type { Block } from './blocks.js';
import { blankDates, DATE_TEXT, isDateText } from '../dates.js';

/** Characters a standfirst may hold: a sentence of summary, not a paragraph. */
const DEK_CHARS = 200;
/** A line of the byline's meta (role, date, "7 min read", a clap count): shorter than a sentence. */
const META_LINE = 40;

export function afterByline(blocks: Block[], elements: Element[], facts: PageFacts, text: string, title: Element | null): Block[] {
  if (!title) return blocks;
  // The first block after the headline is the standfirst, when it is one.
  const at = blocks.findIndex((block) => block.start >= title.end);
  const dek = blocks[at];
  // A linked line is an item's headline on a page of items, not a summary of this one.
  if (!dek || dek.linkChars > 0 || !isStandfirst(dek, text)) return blocks;
  // The byline: the first element the markup names as the author's right after it, in the next
  // block or between the two (taken out as boilerplate).
  const reach = blocks[at + 1]?.end ?? dek.end;
  const byline = elements.find((element) => element.start >= dek.end && element.start < reach && element.end > element.start && !element.hidden && element.end - element.start <= BYLINE_CHARS && facts.is(element, Fact.author));
  if (!byline) return blocks;
  let start = blocks.findIndex((block) => block.start >= byline.end);
  if (start < 0) return blocks;
  while (start < blocks.length && (inFigure(blocks[start]!) || isMetaLine(blocks[start]!, text))) start++;
  // A body of header lines alone keeps them: they are all it has.
  return start < blocks.length ? blocks.slice(start) : blocks;
}

/**
 * A standfirst is one line of summary: longer than a meta line, shorter than a paragraph, and
 * ending without a full stop (a first paragraph of the article ends its sentence), and holding no
 * date or time of day (a dateline is the byline's, and what follows it is the article).
 */
function isStandfirst(block: Block, text: string): boolean {
  const line = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
  if (line.length < META_LINE || line.length > MARKED_DEK_CHARS || DATELINE.test(line)) return false;
  // A standfirst the markup names as one may end its sentence ("…; the pool will shut next year.").
  if (block.element?.tokens.some((token) => DEK_CLASS.test(token))) return true;
  return line.length <= DEK_CHARS && !/[.!?…:]["'”’)]*$/.test(line);
}

/**
 * A class naming a standfirst, whole or as one part of a compound name ("dek", "article-dek",
 * "c-article__standfirst", "entry-subtitle", "sub-headline"). "deck" only whole: as a part it is
 * also a card set ("card-deck").
 */
const DEK_CLASS = /(?:^|[-_])(?:dek|standfirst|strapline|sub-?headline|subtitle)(?:$|[-_])|^deck$/;
/** A standfirst the markup names may run to two sentences. */
const MARKED_DEK_CHARS = 320;

/** A time of day or a numeric date: "02:20", "2012-08-09", "9/8/12". */
const DATELINE = /\b\d{1,2}:\d{2}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

/** A byline's name is short: a longer element named for authors is a bio or a list of them. */
const BYLINE_CHARS = 80;

/** A short line that ends no sentence: a role, a date, "7 min read", a count. */
function isMetaLine(block: Block, text: string): boolean {
  const line = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
  return line.length < META_LINE && !/[.!?…:]["'”’)]*$/.test(line);
}

function inFigure(block: Block): boolean {
  for (let current: Element | null = block.element ?? block.parent; current; current = current.parent) {
    if (current.tag === 'figcaption' || current.tag === 'figure') return true;
  }
  return false;
}

/** A line of the article's header around the headline: a breadcrumb trail, a kicker, a dateline. */
const HEADER_LINE = 80;
/** All the header lines above the headline together: a trail and a kicker, not a paragraph. */
const ABOVE_HEADLINE = 240;

/**
 * The body starts at the headline when its container holds the headline: the short lines above it
 * (breadcrumbs "Log › Galaxies", a kicker) and one dated line between it and the prose ("Jo
 * Brennan · 2 March 2021 · Comments") are the article's header. Prose above the headline keeps its place.
 */
export function fromHeadline(blocks: Block[], text: string, title: Element | null): Block[] {
  if (!title) return blocks;
  const at = blocks.findIndex((block) => block.start >= title.end);
  if (at < 0) return blocks;
  const above = blocks.slice(0, at).filter((block) => block.end <= title.start);
  const headerAbove = above.length > 0 && above.every((block) => isHeaderLine(block, text)) && above.reduce((sum, block) => sum + block.end - block.start, 0) <= ABOVE_HEADLINE;
  if (above.length > 0 && !headerAbove) return blocks;
  const dateline = blocks[at]!;
  // Only a dated line between the headline and the prose: a dateline over more header lines (a byline) is left to afterByline.
  const dated = at + 1 < blocks.length && isDateline(dateline, text) && !isHeaderLine(blocks[at + 1]!, text);
  if (!headerAbove && !dated) return blocks;
  return blocks.filter((block) => !(headerAbove && block.end <= title.start) && !(dated && block === dateline));
}

/** Words a dateline or byline uses around its date and names: "Published on", "by", "4 min read", "Comments". */
const DATELINE_WORDS = /^(?:by|on|at|in|of|and|from|posted|published|updated|written|filed|last|modified|edited|comments?|min|mins|minutes?|read|reading|views?|words|ago|am|pm|utc|gmt)$/;
const HEADING = /^h[1-6]$/;
/** A dateline's opening label: "Posted on …", "By …", "Published …". */
const DATELINE_LABEL = /^(?:by|posted|published|updated|written|filed)\b/i;

/**
 * A dateline: a short line that is a date and little else ("Jo Brennan · 2 March 2021 · Comments",
 * "Published on Monday, 5 May 2024 by Jo Brennan"). Not a subheading (unless its date is a child element), not a sentence (a lower-case
 * word beside the date that no dateline uses: "On 5 May 2024 the council met", "…announced the
 * following changes:"), not a date whose colon introduces content ("Update, 6 May 2024: the council…").
 */
function isDateline(block: Block, text: string): boolean {
  if (!isHeaderLine(block, text)) return false;
  const line = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
  if (block.element && HEADING.test(block.element.tag) && !DATELINE_LABEL.test(line) && !datedByChild(block.element, text)) return false;
  const date = DATE_TEXT.exec(line);
  if (!date || /^\s*:\s*\p{L}/u.test(line.slice(date.index + date[0].length))) return false;
  // Words only: a handle ("@jo_b") names someone, and a colon closing "Name (date):" opens their post.
  const rest = blankDates(line).split(/[\s·|•—–,;/()]+/).filter((word) => /^\p{L}/u.test(word));
  // A word all in lower case is a sentence's, unless a dateline uses it or it follows "by" (a user name: "by randfish").
  return !rest.some((word, i) => /^\p{Ll}+[.:]*$/u.test(word) && !DATELINE_WORDS.test(word.replace(/[.:]+$/, '')) && !/^by$/i.test(rest[i - 1] ?? ''));
}

/**
 * A heading whose date stands in an element of its own is a post's header line (a chat archive's
 * `<h4>Name <a>(date, time)</a>:</h4>`), as is one opening with a dateline's label
 * (`<h3>Posted on … in <a>Category</a></h3>`); a subheading writes its date in its words.
 */
const DATE_CHILD = 60;

function datedByChild(heading: Element, text: string): boolean {
  for (const inner of descendants(heading)) {
    if (inner !== heading && inner.end - inner.start <= DATE_CHILD && isDateText(text.slice(inner.start, inner.end).trim())) return true;
  }
  return false;
}

function isHeaderLine(block: Block, text: string): boolean {
  const line = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
  return line.length < HEADER_LINE && !/[.!?…]["'”’)]*$/.test(line);
}
