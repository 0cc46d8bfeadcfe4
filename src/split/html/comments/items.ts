/**
 * Which elements are the comments. Two signals: class/id vocabulary (and schema.org microdata),
 * then repeated sibling structures inside a comment section. Either way a group of candidates
 * must look like a thread: per item an author, a date and text of its own.
 */
import { descendants, type Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import { isCommentItemTokenValue } from '../vocabulary.js';
import { partsOf } from './parts.js';
import { NOT_A_THREAD } from './sections.js';

/** The comment elements of the page, by vocabulary first, else by repeated structure inside the sections. */
export function findCommentItems(elements: Element[], sections: Element[], text: string, facts: PageFacts): Items | null {
  return itemsByVocabulary(elements, text, facts) ?? itemsByStructure(sections, text, facts);
}

export interface Items {
  elements: Element[];
  signal: 'vocabulary' | 'microdata' | 'structure';
}

function itemsByVocabulary(elements: Element[], text: string, facts: PageFacts): Items | null {
  const groups = new Map<string, Element[]>();
  for (const element of elements) {
    if (element.hidden || element.end <= element.start) continue;
    const microdata = facts.is(element, Fact.microdataComment);
    const named = facts.is(element, Fact.commentItem);
    const loose = microdata || named ? null : looseCommentToken(element);
    if (!microdata && !loose && !named) continue;
    if (insideNonThread(element, facts)) continue;
    const key = microdata ? 'microdata' : loose ? `${element.tag}.${loose}~loose` : `${element.tag}.${itemToken(element)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(element);
  }
  let best: Element[] | null = null;
  let bestKey = '';
  let bestScore = 0;
  for (const [key, group] of groups) {
    if (key.endsWith('~loose') && group.length < 2) continue;
    const score = groupScore(group, text, facts);
    if (score > bestScore) {
      best = group;
      bestKey = key;
      bestScore = score;
    }
  }
  if (!best || bestScore < 1.5) return null;
  return { elements: unwrap(best), signal: bestKey === 'microdata' ? 'microdata' : 'vocabulary' };
}

/**
 * Any other class naming comments (`commentbody`, `comment-wrapper`): a candidate only as a
 * group of repeated siblings, and only if it does not name a part of a comment.
 */
function looseCommentToken(element: Element): string | null {
  const token = element.tokens.find((t) => /comment/.test(t) && (element.tag === 'dt' || !LOOSE_PART.test(t)));
  return token ? token.replace(/\d+/g, '#') : null;
}
const LOOSE_PART = /author|meta|date|time|avatar|reply|count|form|link|header|head|footer|title|number|num|vote|rating|nav|feed|rss|respond|list|section|area|status|text|content|message|wrap|container|recent|widget|sidebar|policy|rules|login|moderat|preview|pagination|page|tab|sort|subscribe|share|spinner|error|hidden|input|button|submit|field|label|count/;

/** The class token that made an element a comment item, digits folded so ids group together. */
function itemToken(element: Element): string {
  const token = element.tokens.find(isCommentItemTokenValue) ?? '';
  return token.replace(/\d+/g, '#');
}

function insideNonThread(element: Element, facts: PageFacts): boolean {
  for (let current = element.parent; current && current.tag !== 'body'; current = current.parent) {
    if (current.tag === 'aside' || current.tag === 'form' || current.tag === 'nav' || (current.tag === 'footer' && !facts.is(current, Fact.commentSection))) return true;
    if (current.tokens.some((t) => NOT_A_THREAD.test(t) && !/comment/.test(t) || /recentcomments|recent-comments|widget/.test(t))) return true;
  }
  return false;
}

/**
 * How much a group looks like a comment thread: per item, an author, a date, and text of its own.
 * Averaged and scaled by count, so one stray `.comment` class does not beat a real thread.
 */
function groupScore(group: Element[], text: string, facts: PageFacts): number {
  let total = 0;
  let chars = 0;
  let linked = 0;
  const members = new Set(group);
  for (const item of group) {
    const parts = partsOf(item, members, text, facts);
    total += (parts.author ? 1 : 0) + (parts.date ? 1 : 0) + (parts.textChars >= 15 ? 1 : 0);
    chars += parts.textChars;
    linked += parts.linkChars;
  }
  const average = total / group.length;
  // Lists of links with a name and a date are headlines or "recent comments", not a thread.
  if (average < 1.5 || linked > 0.7 * chars) return 0;
  return average * Math.log2(1 + group.length);
}

/** Wrappers that hold exactly one item with the same text are not comments of their own. */
function unwrap(group: Element[]): Element[] {
  const set = new Set(group);
  const wrappers = new Set<Element>();
  for (const item of group) {
    for (let parent = item.parent; parent; parent = parent.parent) {
      if (!set.has(parent)) continue;
      if (parent.start === item.start && parent.end === item.end) wrappers.add(parent);
      break;
    }
  }
  return group.filter((item) => !wrappers.has(item));
}

/** Repeated siblings inside a comment section, each with an author or date element. */
function itemsByStructure(sections: Element[], text: string, facts: PageFacts): Items | null {
  let best: Element[] | null = null;
  let bestScore = 0;
  const scanned = new Set<Element>();
  for (const section of sections) {
    if (section.hidden) continue;
    // A section inside one already scanned has no parent that scan did not see (nested 200 deep, each rescan cost a whole subtree).
    if (insideAny(section, scanned)) continue;
    scanned.add(section);
    for (const parent of [section, ...descendants(section)]) {
      const bySignature = new Map<string, Element[]>();
      for (const child of parent.children) {
        if (child.kind !== 'element' || child.hidden || child.end <= child.start) continue;
        const signature = `${child.tag}.${child.tokens.filter((t) => !/\d|odd|even|alt|first|last|parent|depth|thread|by|author/.test(t)).sort().join('.')}`;
        let group = bySignature.get(signature);
        if (!group) bySignature.set(signature, (group = []));
        group.push(child);
      }
      for (const group of bySignature.values()) {
        if (group.length < 2) continue;
        const score = groupScore(group, text, facts);
        if (score > bestScore) {
          best = group;
          bestScore = score;
        }
      }
    }
  }
  return best && bestScore >= 2 ? { elements: best, signal: 'structure' } : null;
}


function insideAny(element: Element, set: Set<Element>): boolean {
  for (let current = element.parent; current; current = current.parent) if (set.has(current)) return true;
  return false;
}
