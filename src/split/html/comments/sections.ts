/**
 * Comment sections: the containers a page names for its comments (`#comments`, `.comment-list`,
 * `#disqus_thread`). Items are looked for by structure only inside them, they stay out of the
 * body, and the text fallback keeps only comments found inside them.
 */
import type { Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';

/** Elements that only look like comments: sidebar "recent comments" lists, forms, counters. */
const NOT_A_THREAD = /(?:^|[-_])(?:recent|recentcomments|widget|sidebar|popular|latest|most|count|form|respond|reply-title|rss|feed|login|policy|rules|guidelines|preview|leaderboard|top|trending)(?:$|[-_])/;

/**
 * Spacing utilities (`ipsSpacer_top`, `margin-top`, `mt-4`) place a box; their `top` or `bottom`
 * says where its margin goes, not that it lists top comments.
 */
const SPACING_UTILITY = /spacer|spacing|margin|padding|(?:^|[-_])(?:space|gap|offset|pull|push)(?:$|[-_])|^[mp][tblrxy]?-/;

/** A class token that says the box only looks like a thread (a widget, a form, a counter). */
export function saysNotAThread(token: string): boolean {
  return NOT_A_THREAD.test(token) && !SPACING_UTILITY.test(token);
}

export function commentSections(elements: Element[], facts: PageFacts): Element[] {
  return elements.filter((element) => facts.is(element, Fact.commentSection) && !element.tokens.some(saysNotAThread));
}
