/**
 * Review findings on the learned-shape fallback (issue 13): repeated blocks with a name, a date and
 * a text are comments only with evidence that they are posts by people; a block with extra classes
 * joins its list once. Pages written for these tests; none is copied from a fixture.
 */
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../src/schema/index.js';
import { splitPage } from '../src/index.js';
import { overlaps, spanViolations } from './spans.js';

const split = (html: string): PageAnalysis => {
  const page = splitPage(html, { format: 'html' });
  expect(spanViolations(page)).toEqual([]);
  expect(overlaps(page)).toEqual([]);
  return page;
};

const NAMES = ['Alice Ng', 'Bob Ruiz', 'Carla Moe', 'Dan Otto', 'Eve Park'];
const SENTENCES = [
  'A long evening of chamber music with a short talk before the second half begins.',
  'Bring your own cushion because the benches in the old hall are hard and cold.',
  'The doors open an hour early for members who booked a table near the stage.',
  'Tickets at the door are cash only and the queue usually runs down the street.',
  'A family afternoon with a puppet show and a quiz for the children afterwards.',
];
const five = (block: (n: number) => string) => [0, 1, 2, 3, 4].map(block).join('');

const page = (after: string) => `<!doctype html><html><head><title>Harbour ferry timetable cut | Bay Courier</title></head><body>
  <main><h1>Harbour ferry timetable cut</h1>
  <p>The regional council will run the harbour ferry every forty minutes instead of every twenty from February, citing a shortage of licensed skippers.</p>
  <p>Commuters from the eastern bays say the change will add half an hour to their day, and the operator says it is recruiting.</p>
  </main>${after}<footer><p>Bay Courier, 4 Quay Street.</p></footer></body></html>`;

describe('lists that repeat a name, a date and a text but are no comments', () => {
  it.each([
    ['an event list', five((n) => `<div class="ev"><span class="ev-venue">${NAMES[n]} Hall</span><span class="ev-when">${n + 3} Mar 2025</span><p>${SENTENCES[n]}</p></div>`)],
    ['a product grid', five((n) => `<div class="prod"><div class="brand">${NAMES[n]!.split(' ')[0]}Co</div><div class="added">Added ${n + 1} Jan 2025</div><div class="pdesc">${SENTENCES[n]}</div></div>`)],
    ['search results', `<ol>${five((n) => `<li><div class="res"><div class="src">${NAMES[n]!.replace(' ', '').toLowerCase()}.com</div><div class="d">Mar ${n + 1}, 2025</div><div class="snip">${SENTENCES[n]}</div></div></li>`)}</ol>`],
    ['a photo gallery', five((n) => `<figure class="ph"><img src="/p/${n}.jpg" alt=""><div class="cr">${NAMES[n]}</div><div class="dt">${n + 2} Feb 2025</div><figcaption>${SENTENCES[n]}</figcaption></figure>`)],
    ['release notes', [0, 1, 2, 3].map((n) => `<div class="release"><div class="tag">v1.${n}.0</div><div class="rd">2025-01-1${n}</div><div class="notes">${SENTENCES[n]}</div></div>`).join('')],
    ['classless sections with numbered ids', five((n) => `<section id="entry10${n}"><div>${NAMES[n]}</div><div>${n + 3} Mar 2025</div><div>${SENTENCES[n]}</div></section>`)],
  ])('finds no comments in %s after the article', (_name, list) => {
    expect(split(page(`<div class="list">${list}</div>`)).comments).toEqual([]);
  });

  it('keeps a page that is only an event list whole as the body', () => {
    const html = `<!doctype html><html><head><title>What's on</title></head><body><h1>What's on</h1><div class="events">${five(
      (n) => `<div class="ev"><span class="ev-venue">${NAMES[n]} Hall</span><span class="ev-when">${n + 3} Mar 2025</span><p>${SENTENCES[n]}</p></div>`,
    )}</div></body></html>`;
    const p = split(html);
    expect(p.comments).toEqual([]);
    expect(p.body?.text).toContain(SENTENCES[0]);
    expect(p.body?.text).toContain(SENTENCES[4]);
  });
});

/** The same blocks as posts: each with a reply control, or inside a run named for a discussion. */
describe('the same shapes with evidence of posts by people', () => {
  it.each([
    ['a reply control in each block', `<div class="list">${five((n) => `<div class="ev"><span class="ev-venue">${NAMES[n]}</span><span class="ev-when">${n + 3} Mar 2025</span><p>${SENTENCES[n]}</p><button>Reply</button></div>`)}</div>`],
    ['a run under a class naming a discussion', `<div class="talk-thread">${five((n) => `<div class="ev"><span class="ev-venue">${NAMES[n]}</span><span class="ev-when">${n + 3} Mar 2025</span><p>${SENTENCES[n]}</p></div>`)}</div>`],
    ['a link to each poster\'s profile', `<div class="list">${five((n) => `<div class="ev"><a href="/members/${NAMES[n]!.split(' ')[0]!.toLowerCase()}">${NAMES[n]}</a><span class="ev-when">${n + 3} Mar 2025</span><p>${SENTENCES[n]}</p></div>`)}</div>`],
  ])('reads five comments with %s', (_name, list) => {
    expect(split(page(list)).comments.map((c) => c.author)).toEqual(NAMES);
  });
});

describe('a block with extra classes before its plain siblings', () => {
  const post = (classes: string, n: number) =>
    `<div class="${classes}"><span class="qa-n">${['Alice', 'Bob', 'Cy', 'Dan', 'Eli', 'Fay', 'Gus'][n]}</span><span class="qa-d">${n + 1} Mar 2025</span><div class="qa-t">${SENTENCES[n % 5]} Number ${n}.</div><a href="#">Reply</a></div>`;
  const classes = ['qa-post qa-gold qa-star', 'qa-post qa-gold', 'qa-post qa-gold', 'qa-post qa-gold', 'qa-post', 'qa-post', 'qa-post'];
  it.each([
    ['marked blocks first', classes],
    ['plain blocks first', [...classes].reverse()],
  ])('joins each block to the list once: %s', (_name, order) => {
    const p = split(page(`<div class="qa-list">${order.map((c, n) => post(c, n)).join('')}</div>`));
    expect(p.comments.map((c) => c.author)).toEqual(['Alice', 'Bob', 'Cy', 'Dan', 'Eli', 'Fay', 'Gus']);
  });
});
