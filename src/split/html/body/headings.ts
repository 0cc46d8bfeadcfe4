/**
 * A heading titles what follows it. When what followed it was taken out of the body (a related
 * grid under "You might like", a form under "Join our newsletter", a bio under "Written by …"), the
 * heading is left with nothing under it: it belongs to the box that was removed, not to the article.
 */
import type { Element } from '../dom.js';
import type { Block } from './blocks.js';
import { lowerBound } from '../../../text/view.js';

const HEADING = /^h([1-6])$/;
/** Characters of page text left out after a heading that make a removed box, not a link line. */
const REMOVED_BOX = 200;

/** A heading tag's rank (1 for <h1>), or 0 for a tag that is no heading. */
export function headingRank(tag: string): number {
  const match = HEADING.exec(tag);
  return match ? Number(match[1]) : 0;
}

/** A block's heading rank (1 for <h1>), or 0 for a block that is no heading. */
function rank(block: Block): number {
  return block.element ? headingRank(block.element.tag) : 0;
}

/** Whether a block is a heading (<h1> to <h6>). */
export const isHeading = (block: Block): boolean => rank(block) > 0;

/**
 * Drops headings whose section is empty in the body: the body's last blocks when they are headings,
 * and a heading the next kept block outranks or equals when a box's worth of page text was left out
 * between them.
 * @param text the rendered text the blocks index.
 */
export function withoutOrphanHeadings(blocks: Block[], text: string, picturesBetween: (from: number, to: number) => number = () => 0): Block[] {
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const level = rank(block);
    if (level > 0 && (orphaned(block, level, blocks[i + 1], text) || titlesPictures(block, level, blocks[i + 1], text, picturesBetween))) continue;
    kept.push(block);
  }
  // A body of headings alone (a table of contents) keeps them: they are all it has.
  return kept.length > 0 ? kept : blocks;
}

function orphaned(heading: Block, level: number, next: Block | undefined, text: string): boolean {
  if (!next) return true;
  const nextLevel = rank(next);
  if (nextLevel === 0 || nextLevel > level) return false;
  // Two headings in a row are a title and its subtitle, or a listing's headlines with a meta line
  // between them; only a box's worth of text left out between them was the first one's section.
  return text.slice(heading.end, next.start).replace(/\s+/g, ' ').length >= REMOVED_BOX;
}

/** Pictures it takes to make a wall of them (client logos, partner badges): a figure or two illustrates a section. */
const PICTURE_WALL = 3;

/**
 * A heading over pictures alone, then the next section's heading (its rank or higher): it titles a
 * wall of logos or badges ("Trusted by teams at …", "Our partners"), whose pictures the text never
 * holds, so what is left in the body is a heading over nothing.
 */
function titlesPictures(heading: Block, level: number, next: Block | undefined, text: string, picturesBetween: (from: number, to: number) => number): boolean {
  if (!next) return false;
  const nextLevel = rank(next);
  if (nextLevel === 0 || nextLevel > level || text.slice(heading.end, next.start).trim().length > 0) return false;
  return picturesBetween(heading.end, next.start) >= PICTURE_WALL;
}

const PICTURE = new Set(['img', 'picture', 'svg']);

/**
 * Counts the pictures shown between two text offsets (an <img> renders no text: its span is a point).
 * A picture framed in a <figure> illustrates the text (a photo essay's section) and is no wall's.
 */
export function pictureWall(elements: Element[]): (from: number, to: number) => number {
  const shown = elements.filter(isWallPicture);
  const inRow = inPictureRow(shown);
  const points = shown.filter(inRow).map((e) => e.start).sort((a, b) => a - b);
  // Sorted offsets, so each count is two binary searches: a page may hold thousands of headings and pictures.
  return (from, to) => lowerBound(points, (at) => at > to) - lowerBound(points, (at) => at >= from);
}

function isWallPicture(e: Element): boolean {
  if (!PICTURE.has(e.tag)) return false;
  // An <svg> is hidden by its tag (its text is not rendered) yet drawn: its parent says whether it shows.
  const shown = e.tag === 'svg' ? !e.parent?.hidden : !e.hidden;
  return shown && !(e.parent && PICTURE.has(e.parent.tag)) && !insideFigure(e);
}

/** Characters of text a row of pictures shows per picture at most: a logo's name under it, not a section's prose. */
const ROW_TEXT_PER_PICTURE = 30;
/** How far up a picture looks for the row of pictures it stands in. */
const ROW_REACH = 6;

/**
 * A wall's pictures stand together in a row of their own (a `logos` strip, a grid of badges): the
 * nearest element around PICTURE_WALL of them shows little text besides. Photos set bare into an
 * article's flow (a photo essay's <img>s between its headings) share no such row: the element
 * around three of them is the article, its text and headings with them.
 */
function inPictureRow(pictures: Element[]): (picture: Element) => boolean {
  const counts = new Map<Element, number>();
  for (const picture of pictures) {
    let current = picture.parent;
    for (let up = 0; current && up < ROW_REACH; current = current.parent, up++) counts.set(current, (counts.get(current) ?? 0) + 1);
  }
  return (picture) => {
    let current = picture.parent;
    for (let up = 0; current && up < ROW_REACH; current = current.parent, up++) {
      const count = counts.get(current) ?? 0;
      if (count >= PICTURE_WALL) return current.end - current.start <= ROW_TEXT_PER_PICTURE * count;
    }
    return false;
  };
}

/** How far up a picture looks for the <figure> framing it (a link and a wrapper or two between). */
const FIGURE_REACH = 4;

function insideFigure(e: Element): boolean {
  let current = e.parent;
  for (let up = 0; current && up < FIGURE_REACH; current = current.parent, up++) if (current.tag === 'figure') return true;
  return false;
}
