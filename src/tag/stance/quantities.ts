/**
 * Quantities a text states: a number with a unit or a currency sign ("56%", "40 months", "£2.4m",
 * "2,400 hours", "$2.50"). A reply that takes up a figure its parent gave (same value, same unit)
 * beside a dispute sign in the same sentence (a negator, a contrast before it, a question, a scale
 * word: "nowhere near", "only", "more like", "of what") is arguing with it: "40 months is nowhere near
 * long enough", "But 56% was with a 4% pick rate". A repeated figure alone is as often agreement or a
 * follow-up ("At 56% that is impressive", "Mine also took 5 days", "40 months. Wow."), so it does not
 * count. On the tune fixture threads the rule fires on 5 replies, all denials (8 of 8 before the
 * dispute sign was required, with agreement left unmeasured). A top-level comment quoting the
 * article's figures is another matter (18 on the tune pages, under half denials): the article's
 * numbers are what people react to.
 */
import type { TextView } from '../../text/view.js';

/**
 * A number, then a unit word or sign, or a currency sign before it. The lookbehind starts a match
 * only at the start of a digit run, so a long run of digits is tried once, not from every digit.
 */
const QUANTITY = /(?<![\p{L}\p{N}.,])([£$€¥]\s?)?(\d[\d,.]*)(\s?(?:%|percent|per ?cent|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|yrs?|m|k|bn|million|billion|thousand|litres?|liters?|l|ml|kg|g|lbs?|km|miles?|ft|feet|metres?|meters?|fps|mph|kph)(?![\p{L}\p{N}]))?/giu;

const ASCII_DIGIT = /[0-9]/u;

export interface Quantity {
  /** The number with separators and a closing full stop removed: "2,400" and "2400" are one figure. */
  value: string;
  /**
   * Value and unit together, the unit in one spelling per kind ("5 days" and "5 day" are `5 day`, "5 hrs" is `5 hour`; "£2.4m"
   * is `£2.4 million`): "5 years" and "£5" are different figures.
   */
  key: string;
  start: number;
  end: number;
}

/** Every quantity in `text` (a bare number, without unit or currency, is not one). */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  // Every quantity holds an ASCII digit (`\d`): most comments have none, and the pattern's
  // lookbehind would otherwise be tried at every offset.
  if (!ASCII_DIGIT.test(text)) return out;
  for (const match of text.matchAll(QUANTITY)) {
    if (match[1] === undefined && match[3] === undefined) continue;
    const value = match[2]!.replace(/,/gu, '').replace(/\.+$/u, '');
    if (value === '') continue;
    // A separator after the digits is sentence punctuation ("cost $2.50."), not part of the figure.
    const end = match[3] === undefined ? match.index + match[0].replace(/[.,]+$/u, '').length : match.index + match[0].length;
    out.push({ value, key: figureKey(match[1], value, match[3]), start: match.index, end });
  }
  return out;
}

/** One spelling per unit kind. */
const UNIT_KINDS: [RegExp, string][] = [
  [/^(?:%|percent|per ?cent)$/u, '%'],
  [/^(?:hours?|hrs?|h)$/u, 'hour'],
  [/^(?:minutes?|mins?)$/u, 'minute'],
  [/^(?:seconds?|secs?)$/u, 'second'],
  [/^days?$/u, 'day'],
  [/^weeks?$/u, 'week'],
  [/^months?$/u, 'month'],
  [/^(?:years?|yrs?)$/u, 'year'],
  [/^(?:million|m)$/u, 'million'],
  [/^(?:thousand|k)$/u, 'thousand'],
  [/^(?:bn|billion)$/u, 'billion'],
  [/^(?:litres?|liters?|l)$/u, 'litre'],
  [/^(?:lbs?)$/u, 'lb'],
  [/^(?:miles?)$/u, 'mile'],
  [/^(?:ft|feet)$/u, 'ft'],
  [/^(?:metres?|meters?)$/u, 'metre'],
];

function figureKey(currency: string | undefined, value: string, unit: string | undefined): string {
  const sign = currency?.trim() ?? '';
  const word = unit?.trim().toLowerCase() ?? '';
  // Without a currency sign a bare "m" is metres ("100m"), with one it is millions ("£2.4m").
  let kind = word === 'm' && sign === '' ? 'metre' : word;
  for (const [pattern, name] of UNIT_KINDS) {
    if (pattern.test(kind)) {
      kind = name;
      break;
    }
  }
  return `${sign}${value}${kind === '' ? '' : ` ${kind}`}`;
}

/** The figures a parent states (value and unit, `Quantity.key`), read once per parent view. */
export function parentFigures(parent: TextView): ReadonlySet<string> {
  return parent.derive('stance:parent-figures', () => new Set(findQuantities(parent.text.length > 3000 ? parent.text.slice(0, 3000) : parent.text).map((q) => q.key)));
}
