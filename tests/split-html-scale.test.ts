/**
 * Hostile input for the HTML splitter's thread steps: work is counted (tests/work-meter.ts), not
 * timed; 16 times the input may cost at most 20 times the work. Each step runs on its own, so the
 * parser's and the taggers' linear work does not hide a quadratic step.
 */
import { describe, expect, it } from 'vitest';
import { HTML_SHAPES } from '../scripts/fuzz/shapes/html.js';
import { findBoilerplate } from '../src/split/html/boilerplate.js';
import { findCommentItems } from '../src/split/html/comments/items.js';
import { openingPost } from '../src/split/html/comments/opening.js';
import { commentSections } from '../src/split/html/comments/sections.js';
import { parseHtml } from '../src/split/html/dom.js';
import { revealNameButtons } from '../src/split/html/name-buttons.js';
import { declaresThread } from '../src/split/html/embeds.js';
import { PageFacts } from '../src/split/html/facts.js';
import { render } from '../src/split/html/render.js';
import { placeTitle } from '../src/split/html/title.js';
import { meterWork, workGrowth } from './work-meter.js';

const shape = (name: string) => HTML_SHAPES.find((s) => s.name === name)!;

/** A Medium-like thread: each response with its test id, then an indented block with a reply of another component. */
function responsesWithReplies(n: number): string {
  const item = (i: number, testId: string) =>
    `<div class="c${i % 5}" data-testid="${testId}"><div class="h"><a href="/@reader${i}"><p>reader${i}</p></a><p class="dt"><a href="/p/${i}">Mar ${1 + (i % 28)}, 2024</a></p></div><div class="t"><pre>Response number ${i} has words of its own about the piece.</pre></div></div>`;
  const thread = Array.from({ length: n }, (_, i) => `${item(2 * i, 'responseItem')}<div class="r" style="margin-left:24px">${item(2 * i + 1, 'replyItem')}</div>`).join('');
  return `<!doctype html><html><head><title>Ninety days</title></head><body><article><h1>Ninety days</h1><p>${'A sample of one deserves every caveat, and this one has them all. '.repeat(4)}</p></article><div id="responses-section"><h2>Responses</h2><div class="sk">${thread}</div></div></body></html>`;
}

describe('HTML thread steps on hostile input grow linearly', () => {
  it('replies rendered by another component beside their responses (Medium-like)', () => {
    const prepared = [1, 16].map((scale) => {
      const doc = parseHtml(responsesWithReplies(100 * scale));
      const { text } = render(doc);
      const facts = new PageFacts(doc.elements, text);
      return { elements: doc.elements, sections: commentSections(doc.elements, facts), text, facts };
    });
    const find = (scale: number) => {
      const { elements, sections, text, facts } = prepared[scale === 1 ? 0 : 1]!;
      return findCommentItems(elements, sections, text, facts);
    };
    // Responses and their replies are all found, at both sizes.
    expect(find(1)?.elements.length).toBe(200);
    expect(find(16)?.elements.length).toBe(3200);
    const growth = workGrowth((scale) => void find(scale));
    expect(growth, `work 16x/1x ${growth.toFixed(1)}`).toBeLessThanOrEqual(20);
  });

  it('the opening post of a forum thread of many posts (XenForo)', () => {
    // 20,000 characters is about 50 posts; 16x is about 800.
    const prepared = [1, 16].map((scale) => {
      const doc = parseHtml(shape('html: forum thread of many posts').make(20_000 * scale));
      const placed = placeTitle(doc, render(doc).text);
      const facts = new PageFacts(doc.elements, placed.text);
      const boilerplate = findBoilerplate(doc.elements, placed.text, placed.element ? [placed.element] : [], facts);
      const items = doc.elements.filter((element) => element.attrs.itemtype);
      return { text: placed.text, facts, boilerplate: boilerplate.items, items };
    });
    const found = prepared.map(({ items, text, facts, boilerplate }) => openingPost(items, text, facts, boilerplate));
    // The first post, which alone lacks the microdata, opens the thread at both sizes.
    for (const opening of found) expect(opening?.amongItems).toBe(false);
    const growth = workGrowth((scale) => {
      const { items, text, facts, boilerplate } = prepared[scale === 1 ? 0 : 1]!;
      openingPost(items, text, facts, boilerplate);
    });
    expect(growth, `work 16x/1x ${growth.toFixed(1)}`).toBeLessThanOrEqual(20);
  });
});

describe('name buttons on hostile input grow linearly', () => {
  // Many buttons in a flat page, each beside a short line saying "from": the writer-naming controls are looked for once, not per button.
  const page = (n: number) =>
    `<html><body><article><p>${'Words of the article. '.repeat(20)}</p></article>${Array.from({ length: n }, (_, i) => `<div><span>Comment from reader${i}</span><button>reader${i}</button></div>`).join('')}</body></html>`;
  const pages = [page(100), page(1600)];
  it('every button named by a line beside it is shown, at both sizes, with linear work', () => {
    expect(pages.map((html) => revealNameButtons(parseHtml(html)))).toEqual([100, 1600]);
    const growth = workGrowth((scale) => void revealNameButtons(parseHtml(pages[scale === 1 ? 0 : 1]!)));
    expect(growth, `work 16x/1x ${growth.toFixed(1)}`).toBeLessThanOrEqual(20);
  });
});

/** The regex the thread-type scan replaced: right, but it rescanned a script from every `"@type":[`. */
const OLD_THREAD_PAGE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(?:DiscussionForumPosting|QAPage)"/;
const ldPage = (json: string) => parseHtml(`<html><head><script type="application/ld+json">${json}</script></head><body><p>x</p></body></html>`);

describe('the JSON-LD thread type', () => {
  it('is found where the regex it replaced found it', () => {
    const pieces = ['"@type"', '"@type":[', '"@type" : ', ':', ' ', '[', ']', ',', '"x"', '"QAPage"', '"https://schema.org/DiscussionForumPosting"', '"http://schema.org/QAPage"', '{', '}', '"'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8);
    let declared = 0;
    for (let n = 0; n < 3000; n++) {
      const json = Array.from({ length: 1 + (next() % 14) }, () => pieces[next() % pieces.length]).join('');
      const expected = OLD_THREAD_PAGE_TYPE.test(json);
      if (expected) declared++;
      expect(declaresThread(ldPage(json)), json).toBe(expected);
    }
    expect(declared).toBeGreaterThan(100);
    for (const json of ['{"@type":"QAPage"}', '{"@graph":[{"@type":["WebPage","QAPage"]}]}', '{"@type" : [ "Thing", "https://schema.org/DiscussionForumPosting"]}']) expect(declaresThread(ldPage(json)), json).toBe(true);
    for (const json of ['{"@type":["Article"],"about":"QAPage"}', '{"@type":["x"], "y": "QAPage"}', '{"name":"QAPage"}']) expect(declaresThread(ldPage(json)), json).toBe(false);
  });

  it('is looked for in linear work in a script flooded with "@type" arrays', () => {
    const pages = [1, 16].map((scale) => ldPage('"@type":["x",'.repeat(1000 * scale)));
    const growth = workGrowth((scale) => void declaresThread(pages[scale === 1 ? 0 : 1]!));
    expect(growth, `work 16x/1x ${growth.toFixed(1)}`).toBeLessThanOrEqual(20);
    // The regex it replaced is charged only the span it returned, so the meter cannot see its
    // backtracking (it passes this test); what is counted is the scan's own calls, which together
    // may pass over the script a few times, not once per key.
    expect(meterWork(() => void declaresThread(pages[1]!))).toBeLessThan(4 * 13 * 16_000);
  });
});
