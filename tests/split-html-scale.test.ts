/**
 * Hostile input for the HTML splitter's thread steps: work is counted (tests/work-meter.ts), not
 * timed; 16 times the input may cost at most 20 times the work. Each step runs on its own, so the
 * parser's and the taggers' linear work does not hide a quadratic step.
 */
import { describe, expect, it } from 'vitest';
import { HTML_SHAPES } from '../scripts/fuzz/shapes/html.js';
import { findBoilerplate } from '../src/split/html/boilerplate.js';
import { openingPost } from '../src/split/html/comments/opening.js';
import { parseHtml } from '../src/split/html/dom.js';
import { PageFacts } from '../src/split/html/facts.js';
import { render } from '../src/split/html/render.js';
import { placeTitle } from '../src/split/html/title.js';
import { workGrowth } from './work-meter.js';

const shape = (name: string) => HTML_SHAPES.find((s) => s.name === name)!;

describe('HTML thread steps on hostile input grow linearly', () => {
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
