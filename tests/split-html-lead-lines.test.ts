/**
 * Header lines at the top of a body (src/split/html/body/lead-lines.ts): the poster's line and
 * counts above a thread's opening post, an issue tracker's field list with its "Description"
 * heading, are no body; an article's own "by Name on date" line and a short opening heading stay.
 * Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { headerLineCount } from '../src/split/html/body/lead-lines.js';
import { splitHtml } from '../src/split/html/index.js';

const lines = (...texts: string[]) => {
  let at = 0;
  return texts.map((text) => ({ text, start: (at += text.length + 2) - text.length - 2, end: at - 2 }));
};
const PROSE = 'The kiln reached cone six twice this week, but the glaze on the lower shelf came out matte and pinholed every time.';

describe('headerLineCount', () => {
  it.each([
    ['a poster line, rank and counts above an opening post', lines('#1 2024-03-01 21:14:52', 'Member', 'Posts: 87', PROSE), true, 3],
    ['a field list and its heading above a description', lines('Type: Bug', 'Status: Open', 'Priority:', 'Major', 'Description', PROSE), false, 5],
    // An article's byline line is the article's (Dragnet's gold counts it).
    ['an article byline line', lines('by Ines Moll on July 7, 2012', PROSE), false, 0],
    ['an opening heading and prose', lines('Why the glaze crawled', PROSE), true, 0],
    ['one field-like line alone', lines('Update: fixed', PROSE), false, 0],
    ['header lines with no prose after them', lines('#1 2024-03-01 21:14:52', 'Member', 'Thanks!'), true, 0],
  ])('%s', (_name, paragraphs, post, count) => {
    expect(headerLineCount(paragraphs, post)).toBe(count);
  });
});

describe('an issue page: the body starts at the description', () => {
  const fields = ['Status', 'Priority', 'Assignee', 'Category']
    .map((name, i) => `<tr><th class="${name.toLowerCase()}">${name}:</th><td>${['Confirmed', 'Normal', '-', 'Kilns'][i]}</td></tr>`)
    .join('');
  const journal = (name: string, i: number) =>
    `<div class="journal"><h4 class="note-header">Updated by <a href="/users/${i}">${name}</a> ${i + 2} days ago</h4><div class="wiki"><p>Note ${i + 1}: the thermocouple was replaced and the firing log looks steady since then.</p></div></div>`;
  const html = `<!doctype html><html><head><title>Bug #12: Glaze pinholes - Tracker</title></head><body><div id="content"><h2>Bug #12</h2><div class="issue"><h3>Glaze pinholes on the lower shelf</h3>
    <table class="attributes">${fields}</table><hr><div class="description"><p><strong>Description</strong></p><div class="wiki"><p>${PROSE}</p><p>${PROSE}</p></div></div></div>
    <div id="history"><h3>History</h3>${['Ann Berg', 'Tove Lind', 'Sam Rhee'].map(journal).join('')}</div></div></body></html>`;
  it('starts with the description prose', () => {
    expect(splitHtml(html, {})!.body?.text.startsWith('The kiln reached cone six')).toBe(true);
  });
});
