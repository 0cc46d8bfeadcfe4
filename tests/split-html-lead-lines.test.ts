/**
 * Header lines at the top of a body (src/split/html/body/lead-lines.ts): the poster's line and
 * counts above a thread's opening post, an issue tracker's field list with its "Description"
 * heading, are no body; an article's own "by Name on date" line and a short opening heading stay.
 * Below an opening post, its edit note, its poster's presence and signature are no body either,
 * and the edit note's date is not the post's.
 * Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { footerLineStart, headerLineCount } from '../src/split/html/body/lead-lines.js';
import { splitHtml } from '../src/split/html/index.js';

const lines = (...texts: string[]) => {
  let at = 0;
  return texts.map((text) => ({ text, start: (at += text.length + 2) - text.length - 2, end: at - 2 }));
};
const PROSE = 'The kiln reached cone six twice this week, but the glaze on the lower shelf came out matte and pinholed every time.';

describe('headerLineCount', () => {
  it.each([
    ['a poster line, rank and counts above an opening post', lines('#1 2024-03-01 21:14:52', 'Member', 'Posts: 87', PROSE), true, 3],
    // The field labels are marked up as fields (all lines here), as a tracker's <th>/<dt>/label elements are.
    ['a field list and its heading above a description', lines('Type: Bug', 'Status: Open', 'Priority:', 'Major', 'Description', PROSE), false, 5, () => true],
    // The same lines as plain paragraphs: an article's own "Label: value" lines (negative).
    ['a field list not marked up as one', lines('Type: Bug', 'Status: Open', 'Priority:', 'Major', 'Description', PROSE), false, 0, undefined],
    // An article's byline line is the article's (Dragnet's gold counts it).
    ['a byline line above an opening post (more than a date: kept)', lines('by Ines Moll on July 7, 2012', PROSE), true, 0],
    ['an opening heading and prose', lines('Why the glaze crawled', PROSE), true, 0],
    ['one field-like line alone', lines('Update: fixed', PROSE), false, 0],
    ['header lines with no prose after them', lines('#1 2024-03-01 21:14:52', 'Member', 'Thanks!'), true, 0],
  ])('%s', (_name, paragraphs, post, count, marked?: () => boolean) => {
    expect(headerLineCount(paragraphs, post, marked)).toBe(count);
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

describe('footerLineStart', () => {
  it.each([
    ['an edit note and a presence line', lines(PROSE, 'Last edited by kiln_kate (2024-03-04 19:40:03)', 'Offline'), 1],
    ['an edit note with its date first', lines(PROSE, 'Last edit: 18 Jan 2024 19:31 by kiln_kate.'), 1],
    // A closing line of the post itself is the post's.
    ['a sign-off', lines(PROSE, 'Thanks, Kate'), 2],
    ['a sentence about editing', lines(PROSE, 'Edited the firing schedule as Jo suggested and it worked.'), 2],
  ])('%s', (_name, paragraphs, end) => {
    expect(footerLineStart(paragraphs)).toBe(end);
  });
});

describe('an opening post with a signature and an edit note', () => {
  const post = (id: number, name: string, body: string, day: number) =>
    `<div id="p${id}" class="blockpost"><h2><span><span class="conr">#${id}</span> <a href="viewtopic.php?pid=${id}#p${id}">2024-03-0${day} 21:14:52</a></span></h2>
    <div class="box"><div class="postleft"><dl><dt><strong><a href="profile.php?id=${id + 40}">${name}</a></strong></dt><dd class="usertitle">Member</dd></dl></div>
    <div class="postright"><div class="postmsg"><p>${body}</p>${id === 1 ? '<p class="postedit"><em>Last edited by kiln_kate (2024-03-05 08:00:00)</em></p>' : ''}</div>
    <div class="postsignature postmsg"><hr /><p>Skutt KM-818 · cone 6 · Brighton</p></div></div>
    <div class="postfootleft"><p><span>Offline</span></p></div></div></div>`;
  const html = `<!doctype html><html><head><title>Pinholes at cone 6 / Kilns / Potters Forum</title></head><body><div id="brdmain"><h1>Pinholes at cone 6</h1>${[
    post(1, 'kiln_kate', PROSE, 1),
    post(2, 'glazeguy', 'Slow the cooling between 1900 and 1500 degrees and most pinholes heal over in the glaze melt.', 2),
    post(3, 'mudlark', 'Also check whether the bisque was fired hot enough; underfired bisque outgasses late.', 3),
  ].join('')}</div></body></html>`;
  it('ends with the post text and keeps its posting date', () => {
    const body = splitHtml(html, {})!.body!;
    expect(body.text.trim().endsWith('came out matte and pinholed every time.')).toBe(true);
    expect(body.postedAt).toBe('2024-03-01 21:14:52');
  });
});
