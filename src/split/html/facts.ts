/**
 * What every later step asks about an element, read once per page: which comment or boilerplate
 * vocabulary its class, id and attributes carry, and how much of its rendered text sits in links.
 * Kept in typed arrays indexed by document order (`element.order`), so a million-element page costs
 * two small arrays, and every question is one lookup instead of a regex walk over class tokens.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import { isDateText, titledDate } from './dates.js';
import type { Element } from './dom.js';
import * as vocabulary from './vocabulary.js';

/** Vocabulary facts, as bits of `PageFacts.flags`. */
export const Fact = {
  author: 1 << 0,
  date: 1 << 1,
  commentBody: 1 << 2,
  commentChrome: 1 << 3,
  replyList: 1 << 4,
  commentItem: 1 << 5,
  commentSection: 1 << 6,
  microdataComment: 1 << 7,
  quote: 1 << 8,
  weakBody: 1 << 9,
  /** Short text that reads as a date, whatever the markup says. */
  dateText: 1 << 10,
} as const;
export type Fact = (typeof Fact)[keyof typeof Fact];

const CLASSIFIERS: [Fact, (element: Element) => boolean][] = [
  [Fact.author, vocabulary.isAuthor],
  [Fact.date, vocabulary.isDate],
  [Fact.commentBody, vocabulary.isCommentBody],
  [Fact.commentChrome, vocabulary.isCommentChrome],
  [Fact.replyList, vocabulary.isReplyList],
  [Fact.commentItem, vocabulary.isCommentItemToken],
  [Fact.commentSection, vocabulary.isCommentSection],
  [Fact.microdataComment, vocabulary.isMicrodataComment],
  [Fact.quote, vocabulary.isQuoteBlock],
  [Fact.weakBody, vocabulary.isWeakCommentBody],
];

export class PageFacts {
  /** Vocabulary bits per element. */
  private readonly flags: Uint16Array;
  /** Index into `vocabulary.BOILERPLATE_KINDS` plus one; 0 when the markup says nothing. */
  private readonly boilerplate: Uint8Array;
  /** Rendered characters inside visible `<a>` elements, the element itself included. */
  private readonly links: Float64Array;
  /** Vocabulary bits of the element and everything inside it, for "holds an author" questions. */
  private readonly held: Uint16Array;
  /**
   * Roles the page's own repeated structure showed (the name and the date in each of many
   * same-shaped blocks of an unknown comment system), kept apart so they can be forgotten.
   */
  private learned: { flags: Uint16Array; held: Uint16Array } | null = null;

  constructor(readonly elements: Element[], text: string) {
    const size = elements.length + 1;
    this.flags = new Uint16Array(size);
    this.boilerplate = new Uint8Array(size);
    this.links = new Float64Array(size);
    this.held = new Uint16Array(size);
    for (const element of elements) {
      let bits = 0;
      for (const [fact, test] of CLASSIFIERS) if (test(element)) bits |= fact;
      const length = element.end - element.start;
      if (length > 0 && length <= 60 && !element.hidden && isDateText(text.slice(element.start, element.end))) bits |= Fact.dateText;
      // A short label standing for the full date in its title ("9 months" titled "03/04/2024 08:30 AM").
      else if (length > 0 && !element.hidden && titledDate(element, text)) bits |= Fact.dateText;
      this.flags[element.order] = bits;
      this.boilerplate[element.order] = vocabulary.boilerplateIndex(element) + 1;
    }
    // Reverse document order: children are summed before their parent.
    for (let i = elements.length - 1; i >= 0; i--) {
      const element = elements[i]!;
      if (!element.hidden && element.end > element.start) this.held[element.order]! |= this.flags[element.order]!;
      if (element.parent) this.held[element.parent.order]! |= this.held[element.order]!;
      if (element.tag === 'a' && !element.hidden && element.end > element.start) this.links[element.order]! += element.end - element.start;
      if (element.parent) this.links[element.parent.order]! += this.links[element.order]!;
    }
  }

  is(element: Element, fact: Fact): boolean {
    return ((this.flags[element.order]! | (this.learned?.flags[element.order] ?? 0)) & fact) !== 0;
  }

  /** Whether the element or a visible element inside it carries the fact. */
  holds(element: Element, fact: Fact): boolean {
    return ((this.held[element.order]! | (this.learned?.held[element.order] ?? 0)) & fact) !== 0;
  }

  /** Gives a visible element a role its markup does not name but the page's repeated structure shows. */
  learn(element: Element, fact: Fact): void {
    const size = this.flags.length;
    this.learned ??= { flags: new Uint16Array(size), held: new Uint16Array(size) };
    this.learned.flags[element.order]! |= fact;
    for (let current: Element | null = element; current; current = current.parent) this.learned.held[current.order]! |= fact;
  }

  /** Forgets every learned role. */
  forgetLearned(): void {
    this.learned = null;
  }

  /** What kind of boilerplate the element is by its markup alone, with the rule, or null. */
  boilerplateKind(element: Element): [BoilerplateKind, string] | null {
    const index = this.boilerplate[element.order]!;
    return index ? vocabulary.BOILERPLATE_KINDS[index - 1]! : null;
  }

  linkChars(element: Element): number {
    return this.links[element.order]!;
  }
}
