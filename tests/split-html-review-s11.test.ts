/**
 * Review findings on the HTML splitter (session 11): a title full of " [" splits in linear work; an
 * article's opening "Label: value" lines (recipe fields, steps, Q&A) are its content; an opening
 * post's own short lines that mention a date, and its own "EDIT:" note, are the post's; a version
 * number is no date; an author's name ending in ':' is still a name; a tag or label closing a
 * headline is the headline's. Invented pages; each input is the reviewer's.
 */
import { describe, expect, it } from 'vitest';
import { footerLineStart, headerLineCount } from '../src/split/html/body/lead-lines.js';
import { DATE_TEXT } from '../src/split/html/dates.js';
import { splitHtml } from '../src/split/html/index.js';
import { parseHtml } from '../src/split/html/dom.js';
import { isDate } from '../src/split/html/vocabulary.js';

const PROSE = 'The cake needs a tin lined with paper, four eggs beaten with the sugar until pale, and the zest of two lemons folded in last.';
const KILN = 'The kiln reached cone six twice this week, but the glaze on the lower shelf came out matte and pinholed every time.';
const lines = (...texts: string[]) => {
  let at = 0;
  return texts.map((text) => ({ text, start: (at += text.length + 2) - text.length - 2, end: at - 2 }));
};
const bodyOf = (html: string) => splitHtml(html, {})!.body!.text;

describe('a <title> with many " [" and no closing "]" (finding 3)', () => {
  it('splits a 100,000-bracket title without hanging', () => {
    const html = `<!doctype html><html><head><title>a${' ['.repeat(100_000)}b</title></head><body><article><p>${PROSE}</p><p>${KILN}</p></article></body></html>`;
    expect(bodyOf(html)).toContain('The cake needs');
  }, 20_000);
  it.each([
    ['Glaze recipes [Potters Wiki]', 'Glaze recipes'],
    ['a [b [c]', 'a'],
    ['[draft] Glaze recipes [Potters Wiki]', '[draft] Glaze recipes'],
  ])('the site name in brackets is cut: %s', (title, headline) => {
    const html = `<!doctype html><html><head><title>${title}</title></head><body><main><p>${PROSE}</p><p>${KILN}</p></main></body></html>`;
    expect(splitHtml(html, {})!.title?.text).toBe(headline);
  });
});

describe("an article's opening field-like lines are its content (finding 1)", () => {
  const article = (lead: string) =>
    `<!doctype html><html><head><title>Lemon cake</title></head><body><article><h1>Lemon cake</h1>${lead}<p>${PROSE}</p><p>${KILN}</p></article></body></html>`;
  it.each([
    ['recipe fields', '<p>Prep time: 10 minutes</p><p>Cook time: 40 minutes</p><p>Serves: 8</p>', 'Prep time: 10 minutes'],
    ['steps', '<p>Step 1: open the door</p><p>Step 2: remove the pin</p>', 'Step 1: open the door'],
    ['an interview', '<p>Q: Where do you live</p><p>A: Brighton, by the sea</p><p>Q: What do you make</p>', 'Q: Where do you live'],
  ])('%s', (_name, lead, first) => {
    expect(bodyOf(article(lead)).startsWith(first)).toBe(true);
  });
  it.each([
    ['recipe fields', lines('Prep time: 10 minutes', 'Cook time: 40 minutes', 'Serves: 8', PROSE)],
    ['steps', lines('Step 1: open the door', 'Step 2: remove the pin', PROSE)],
    ['an interview', lines('Q: Where do you live', 'A: Brighton, by the sea', 'Q: What do you make', PROSE)],
  ])('headerLineCount: %s are no header', (_name, paragraphs) => {
    expect(headerLineCount(paragraphs, false)).toBe(0);
  });
});

/** A FluxBB-shaped thread whose opening post's text is `body`. */
function fluxThread(body: string): string {
  const post = (id: number, name: string, text: string) =>
    `<div id="p${id}" class="blockpost"><h2><span><span class="conr">#${id}</span> <a href="viewtopic.php?pid=${id}#p${id}">2024-03-0${id} 21:14:52</a></span></h2>
    <div class="box"><div class="postleft"><dl><dt><strong><a href="profile.php?id=${id + 40}">${name}</a></strong></dt><dd class="usertitle">Member</dd></dl></div>
    <div class="postright"><div class="postmsg">${text}</div></div><div class="postfootleft"><p><span>Offline</span></p></div></div></div>`;
  return `<!doctype html><html><head><title>Pinholes at cone 6 / Kilns / Potters Forum</title></head><body><div id="brdmain"><h1>Pinholes at cone 6</h1>${[
    post(1, 'kiln_kate', body),
    post(2, 'glazeguy', '<p>Slow the cooling between 1900 and 1500 degrees and most pinholes heal over in the glaze melt.</p>'),
    post(3, 'mudlark', '<p>Also check whether the bisque was fired hot enough; underfired bisque outgasses late.</p>'),
  ].join('')}</div></body></html>`;
}

describe("an opening post's own short lines that mention a date are the post's (finding 2)", () => {
  it.each([
    ['a greeting and a dated line', '<p>Hi all</p><p>Since March 3 my kiln misbehaves</p>', 'Hi all'],
    ['field-like lines with a date', '<p>Kiln: Skutt KM-818</p><p>Fired: 2024-03-01</p>', 'Kiln: Skutt KM-818'],
  ])('%s', (_name, lead, first) => {
    expect(bodyOf(fluxThread(`${lead}<p>${KILN}</p>`)).startsWith(first)).toBe(true);
  });
  it.each([
    ['a line with a version', lines('My setup', 'Python 3.10.12 on Ubuntu', KILN), 0],
    ['a line that mentions a date', lines('Hi all', 'Since March 3 my kiln misbehaves', KILN), 0],
    // The poster's line is mostly its date: a header still.
    ['a poster line', lines('#1 2024-03-01 21:14:52', 'Member', 'Posts: 87', KILN), 3],
    ['a poster line with a name', lines('kiln_kate · Mar 14, 2024', 'Member', KILN), 2],
  ])('headerLineCount: %s', (_name, paragraphs, count) => {
    expect(headerLineCount(paragraphs, true)).toBe(count);
  });
});

describe("an opening post's own EDIT line is the post's; the engine's edit note is not (finding 4)", () => {
  it.each([
    ['a dated EDIT line', lines(KILN, 'EDIT: solved on 12/03/2024 by reinstalling'), 2],
    ['an EDIT line with an age-like length', lines(KILN, 'Edit: a 2m cable fixed it'), 2],
    ['an engine edit note', lines(KILN, 'Last edited by kiln_kate (2024-03-04 19:40:03)'), 1],
    ['an engine edit note, date first', lines(KILN, 'Last edit: 18 Jan 2024 19:31 by kiln_kate.'), 1],
  ])('footerLineStart: %s', (_name, paragraphs, end) => {
    expect(footerLineStart(paragraphs)).toBe(end);
  });
  it('keeps the EDIT line in the body', () => {
    expect(bodyOf(fluxThread(`<p>${KILN}</p><p>EDIT: solved on 12/03/2024 by reinstalling</p>`))).toContain('EDIT: solved on 12/03/2024');
  });
});

describe('a version number is no date (finding 5)', () => {
  it.each(['Python 3.10.12', 'Linux 2.6.32', 'version 10.15.70', 'v3.11.14 released'])('%s', (value) => {
    expect(DATE_TEXT.exec(value)).toBeNull();
  });
  it.each([
    ['03/03/2019', '03/03/2019'],
    ['am 3.10.12 um 10:00', '3.10.12 um 10:00'],
  ])('a dotted date still is one: %s', (value, date) => {
    expect(DATE_TEXT.exec(value)?.[0]).toBe(date);
  });
});

describe("an author's name ending in ':' (finding 6)", () => {
  const page = (byline: string) =>
    `<!doctype html><html><head><title>Lemon cake</title></head><body><article><h1>Lemon cake</h1>${byline}<p>${PROSE}</p><p>${KILN}</p></article></body></html>`;
  it.each([
    ['a name ending in a colon', '<p class="byline"><span class="author">Jo Pell:</span></p>', 'Jo Pell'],
    ['a one-letter name', '<p class="byline">By <span class="author">Q</span></p>', 'Q'],
    // A label of a property list classed name, its value after it, is no one's name (negative).
    ['a two-word field label', '<ul class="props"><li><strong class="name">Affects Version/s:</strong> <span class="value">3.6.1</span></li></ul>', null],
  ])('%s', (_name, byline, author) => {
    expect(splitHtml(page(byline), {})!.body?.author).toBe(author);
  });
});

describe("a label or tag closing a headline is the headline's (finding 7)", () => {
  const page = (heading: string) =>
    `<!doctype html><html><head><title>Notes</title></head><body><article><h1>${heading}</h1><p>${PROSE}</p><p>${KILN}</p></article></body></html>`;
  it.each([
    ['a version label', 'Release notes <span class="label">v2.0</span>', 'Release notes v2.0'],
    ['a tag link', 'How we built it <a class="tag-link">Rust</a>', 'How we built it Rust'],
    // A thread's state badge is no headline (negative).
    ['a status badge', 'Dark mode for the app <span class="status-label-planned">Planned</span>', 'Dark mode for the app'],
  ])('%s', (_name, heading, title) => {
    expect(splitHtml(page(heading), {})!.title?.text).toBe(title);
  });
});

describe('a date class with "edit" inside a word is a date class (finding 10)', () => {
  it.each([
    ['edition-date', true],
    ['credit-date', true],
    ['postedit', false],
    ['last-edit-date', false],
    ['updated-date', false],
  ])('%s', (token, date) => {
    const html = `<!doctype html><html><body><span class="${token}">x</span></body></html>`;
    const element = parseHtml(html).elements.find((e) => e.tag === 'span')!;
    expect(isDate(element)).toBe(date);
  });
});
