/**
 * Comment systems in markup never seen (issue 13, session 21): dates as Korean pages print them, and
 * a comment list with only hashed CSS-in-JS classes whose header shows the writer as "@handle";
 * what the handle rule leaves alone (an "@name" before the words of a comment that names its writer).
 * Pages and dates written for these tests; none is copied from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TEXT, isDateText, showsMoment } from '../src/split/html/dates.js';
import { parseHtml } from '../src/split/html/dom.js';
import { shapeOf } from '../src/split/html/comments/items.js';
import { parentIndex, split, wrap } from './html-pages.js';

const ARTICLE = `<article><h1>Sourdough starter that never doubles</h1>
  <p>A starter that bubbles but never doubles is usually cold or underfed rather than dead. Keep it somewhere warm, feed it at the same hours each day and give it a week before deciding anything.</p>
  <p>Flour matters too: whole rye and whole wheat carry more of the yeasts and bacteria a young starter needs than bleached white flour, and a spoonful of rye in each feed often wakes a sluggish jar.</p>
  <p>Measure by weight, discard before each feed, and mark the level on the jar with a rubber band so you can see the rise instead of guessing.</p></article>`;

describe('dates with the Korean year, month and day signs', () => {
  it.each([
    ['2023년 3월 9일', '2023년 3월 9일'],
    ['2025년12월1일', '2025년12월1일'],
    ['7월 15일 21:40', '7월 15일 21:40'],
    ['2026年5月14日 18:32', '2026年5月14日 18:32'],
  ])('%s is date text naming a moment', (shown, read) => {
    expect(isDateText(shown)).toBe(true);
    expect(showsMoment(shown)).toBe(true);
    expect(DATE_TEXT.exec(shown)?.[0]).toBe(read);
  });
  it.each(['3월에 다시 봐요', '2024년 계획', '일 년 동안'])('%s is no date', (shown) => {
    expect(isDateText(shown)).toBe(false);
  });
});

describe('a comment list drawn by CSS-in-JS: hashed classes and ids, the writer shown as "@handle"', () => {
  const comment = (id: string, handle: string, when: string, iso: string, words: string) => `
    <div class="css-9q2xkf1" id="c-${id}">
      <div class="css-4hd81m"><a href="/${handle}" class="css-0v7aa2"><img src="/a/${handle}.png" alt=""></a>
        <div><a href="/${handle}" class="css-l3k9z0">@${handle}</a> <a href="#c-${id}" class="css-77ybq1"><time datetime="${iso}">${when}</time></a></div></div>
      <div class="css-2bt6c8">${words}</div>
    </div>`;
  const page = wrap(
    'Sourdough starter that never doubles',
    `${ARTICLE}<section id="responses"><h2>Responses</h2>
    ${comment('5f0c9e27a1b4d3c8', 'ovenspring', '2025-02-03 08:10', '2025-02-03T08:10:00Z', 'Try feeding it twice a day with rye for a week; mine only started doubling once the kitchen stayed above 24 degrees.')}
    ${comment('a83d17e4c20f6b95', 'crumb_shot', '2025-02-03 19:42', '2025-02-03T19:42:00Z', '<a href="/ovenspring" class="css-l3k9z0">@ovenspring</a> rye did it for me too. I also switched to filtered water because our tap water is heavily chlorinated.')}
    ${comment('0e6b2c94fd71a358', 'levain-lou', '2025-02-05 07:05', '2025-02-05T07:05:00Z', 'A starter that rises a third and smells sour is already fine for a slow overnight bake, doubling is not the only test.')}
    </section>`,
  );
  const result = split(page);
  it('finds every comment with its handle and date', () => {
    expect(result.comments.map((c) => c.author)).toEqual(['@ovenspring', '@crumb_shot', '@levain-lou']);
    expect(result.comments.map((c) => c.postedAt)).toEqual(['2025-02-03 08:10', '2025-02-03 19:42', '2025-02-05 07:05']);
  });
  it('keeps a linked mention opening the words (no paragraph around them) as words, not as the writer', () => {
    expect(result.comments[1]!.text.startsWith('@ovenspring rye did it')).toBe(true);
  });
  it('reads "@handle" opening a comment as an answer to the comment that handle wrote', () => {
    expect(parentIndex(result)).toEqual([-1, 0, -1]);
  });
});

describe('an "@name" on a line of its own before the words, in a comment that names its writer elsewhere', () => {
  // Stack Exchange's shape: the words, then "– name date"; the reply opens with a linked mention and a
  // line break, in a block no class marks as the comment's words.
  const comment = (who: string, date: string, words: string) =>
    `<div class="cmt"><div class="txt">${words}</div><div class="meta">– <a class="user" href="/users/${who}">${who}</a> <span class="date">${date}</span></div></div>`;
  it.each([
    ['followed by a line break', '<a class="user" href="/users/orla">@orla</a><br>'],
    ['in a block of its own', '<div><a class="user" href="/users/orla">@orla</a></div>'],
  ])('%s: the mention is words, the name after them the writer', (_, mention) => {
    const r = split(
      wrap(
        'Sourdough starter that never doubles',
        `${ARTICLE}<div class="comments">${comment('orla', 'Mar 12, 2024', 'Mine lives on top of the fridge all winter and it is fine.')}${comment('tomas', 'Mar 13, 2024', `${mention}The top of the fridge is the warmest shelf in most kitchens.`)}${comment('priya', 'Mar 14, 2024', 'Does the rubber band trick work with a wide jar too?')}</div>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['orla', 'tomas', 'priya']);
    expect(r.comments[1]!.text.startsWith('@orla')).toBe(true);
  });
});

describe('hashed ids on hostile input', () => {
  // The word and the hash of HASHED_ID overlap ('a-f', '-'): unbounded, this id of 200,000 characters
  // took 68 s in this test (a synchronous loop: vitest reports the time, its timeout does not stop it).
  it('an id of 200,000 characters is read as no word and hash', () => {
    const { elements } = parseHtml(`<div id="a${'-a'.repeat(100_000)}1!"></div>`);
    const started = performance.now();
    expect(shapeOf(elements.find((element) => element.tag === 'div')!)).not.toContain('#');
    // A hang guard, not a speed figure: linear work on 200,000 characters is far below a second.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it.each([
    ['comment-8a1f20c4e5b7d9a31c02', 'div#comment-#'],
    ['c-5f0c9e27-a1b4-4d3c-8e2f-0a9b8c7d6e5f', 'div#c-#'],
  ])('a word and a hash or a UUID (%s) is a shape', (id, shape) => {
    const { elements } = parseHtml(`<div id="${id}"></div>`);
    expect(shapeOf(elements.find((element) => element.tag === 'div')!)).toBe(shape);
  });
});
