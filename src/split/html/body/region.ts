/**
 * Where the main content is. A page that labels its own furniture, with a `<main>` landmark or with
 * HTML5 sectioning tags (nav, header, footer, aside...), is trusted: the main content is everything
 * left in its main area, down to the smallest element that still holds most of that area's text,
 * which keeps multi-section bodies, product and service pages and listings whole. A page that does
 * not (most pages before HTML5) keeps the article core the scorer found: there, sidebars and blog
 * rolls are unlabelled divs, and only the scorer tells them from the article.
 */
import type { Element } from '../dom.js';
import type { PageBlocks } from './blocks.js';

/** Share of the area's block text the region must hold. */
const MASS_SHARE = 0.8;
/** Sectioning tags that show a page labels its furniture. */
const LANDMARK_TAGS = ['nav', 'header', 'footer', 'aside', 'article', 'section'];
const LANDMARKS_NEEDED = 4;

/** `mass`: each element's block text outside links (`proseMass`): link lists weigh nothing, whatever their length. */
export function mainRegion(elements: Element[], page: PageBlocks, mass: Float64Array): Element | null {
  const main = mainLandmark(elements, page);
  if (!main && !labelsFurniture(elements)) return null;
  return densest(main ?? elements[0]?.parent ?? null, mass);
}

/** The smallest element holding most of the page's block text outside links, as for a page that labels its furniture. */
export function wholePageRegion(elements: Element[], mass: Float64Array): Element | null {
  return densest(elements[0]?.parent ?? null, mass);
}

/** The largest visible `<main>` or `role="main"` not inside boilerplate. */
function mainLandmark(elements: Element[], page: PageBlocks): Element | null {
  let best: Element | null = null;
  for (const element of elements) {
    if (element.tag !== 'main' && element.attrs.role !== 'main') continue;
    if (element.hidden || element.end <= element.start || page.isExcluded(element)) continue;
    if (!best || element.end - element.start > best.end - best.start) best = element;
  }
  return best;
}

function labelsFurniture(elements: Element[]): boolean {
  const seen = new Set<string>();
  for (const element of elements) if (!element.hidden && LANDMARK_TAGS.includes(element.tag)) seen.add(element.tag);
  return seen.size >= LANDMARKS_NEEDED;
}

/** The deepest element under `area` (or `area` itself) holding MASS_SHARE of its block text. */
function densest(area: Element | null, mass: Float64Array): Element | null {
  if (!area) return null;
  const total = mass[area.order]!;
  if (total <= 0) return area.tag === '#root' ? null : area;
  let region = area;
  for (;;) {
    let next: Element | null = null;
    for (const child of region.children) if (child.kind === 'element' && mass[child.order]! >= MASS_SHARE * total) next = child;
    if (!next) break;
    region = next;
  }
  return region.tag === '#root' ? null : region;
}
