/**
 * Quantities a text states: a number with a unit or a currency sign ("56%", "40 months", "£2.4m",
 * "2,400 hours", "$2.50"). A reply that takes up a figure its parent gave is arguing with it: the
 * figure is the thing in dispute ("40 months is nowhere near long enough", "56% was with a 4% pick
 * rate"). Agreement seldom needs to repeat a number. On the tune fixture threads every reply that
 * repeated its parent comment's figure was a denial (8 of 8); on RumourEval tune replies the shape
 * fired twice, both comments. A top-level comment quoting the article's figures is another matter
 * (18 on the tune pages, under half denials): the article's numbers are what people react to.
 */
import type { TextView } from '../../text/view.js';

/**
 * A number, then a unit word or sign, or a currency sign before it. The lookbehind starts a match
 * only at the start of a digit run, so a long run of digits is tried once, not from every digit.
 */
const QUANTITY = /(?<![\p{L}\p{N}.,])([£$€¥]\s?)?(\d[\d,.]*)(\s?(?:%|percent|per ?cent|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|yrs?|m|k|bn|million|billion|thousand|litres?|liters?|l|ml|kg|g|lbs?|km|miles?|ft|feet|metres?|meters?|fps|mph|kph)(?![\p{L}\p{N}]))?/giu;

export interface Quantity {
  /** The number with separators and a closing full stop removed: "2,400" and "2400" are one figure. */
  value: string;
  start: number;
  end: number;
}

/** Every quantity in `text` (a bare number, without unit or currency, is not one). */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    if (match[1] === undefined && match[3] === undefined) continue;
    const value = match[2]!.replace(/,/gu, '').replace(/\.+$/u, '');
    if (value === '') continue;
    // A separator after the digits is sentence punctuation ("cost $2.50."), not part of the figure.
    const end = match[3] === undefined ? match.index + match[0].replace(/[.,]+$/u, '').length : match.index + match[0].length;
    out.push({ value, start: match.index, end });
  }
  return out;
}

/** The figures a parent states, read once per parent view. */
export function parentFigures(parent: TextView): ReadonlySet<string> {
  return parent.derive('stance:parent-figures', () => new Set(findQuantities(parent.text.length > 3000 ? parent.text.slice(0, 3000) : parent.text).map((q) => q.value)));
}
