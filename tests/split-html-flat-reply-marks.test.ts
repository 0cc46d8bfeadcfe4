/**
 * Reply parents on flat lists (issue 13): a BEM depth class (`reply--level--2`), a "Reply to" link
 * whose address ends with the answered post's id (`/notice/Ab12Cd34Ef`, the post `status-Ab12Cd34Ef`),
 * and an "@Name" opening the text under a post's "Re: <topic>" subject heading.
 * Pages written for these tests; none is copied from a fixture.
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

/** Each comment's parent, by the parent's first word. */
const parents = (r: PageAnalysis) => r.comments.map((c) => (c.parentId ? r.comments.find((p) => p.id === c.parentId)!.text.split(' ')[0] : null));

const article = (comments: string) => `<!doctype html><html><head><title>Night buses return</title></head><body>
  <article><h1>Night buses return to the east side</h1><p class="byline">By Staff, June 3, 2025</p>
  <p>The city brings back three night bus lines from Monday after a two-year pause, the transport office said on Tuesday, with buses every thirty minutes.</p></article>
  <section id="comments" class="comments">${comments}</section></body></html>`;

describe('a depth class in BEM form', () => {
  const reply = (level: number, who: string, words: string) =>
    `<div class="reply reply--level--${level}"><a class="author" href="/u/${who}">${who}</a> <time datetime="2025-06-03T10:00:00Z">2 hours ago</time><div class="reply__body"><p>${words}</p></div></div>`;
  const r = () =>
    split(
      article(
        [
          reply(1, 'mo_h', 'Alpha: finally, I work late shifts.'),
          reply(2, 'kat', 'Bravo: same here, the taxi bill was killing me.'),
          reply(3, 'mo_h', 'Charlie: exactly, forty a week for me.'),
          reply(1, 'deniz', 'Delta: thirty minutes is still a long wait.'),
          reply(2, 'kat', 'Echo: better than no bus at all.'),
        ].join(''),
      ),
    );
  it('each reply hangs under the nearest earlier one a level up', () => {
    expect(parents(r())).toEqual([null, 'Alpha:', 'Bravo:', null, 'Delta:']);
  });
});

describe('a "Reply to" link to the answered post by its id', () => {
  const status = (id: string, who: string, words: string, replyTo = '') =>
    `<div class="status" id="status-${id}"><h4 class="status-name">${who}</h4> <a class="when" href="/notice/${id}"><time datetime="2025-06-03T10:00:00Z">2h</time></a>${
      replyTo ? `<div class="reply-row"><a class="reply-to" href="https://social.example/notice/${replyTo}" aria-label="Reply to"><span>Reply to</span></a></div>` : ''
    }<div class="status-body"><p>${words}</p></div></div>`;
  const r = () =>
    split(
      article(
        [
          status('Ab12Cd34Ef', 'Mo', 'Alpha: good news for shift workers.'),
          status('Gh56Ij78Kl', 'Kat', 'Bravo: which lines are they?'),
          status('Mn90Op12Qr', 'Mo', 'Charlie: the 41, 42 and 45 as far as I know.', 'Gh56Ij78Kl'),
          status('St34Uv56Wx', 'Deniz', 'Delta: I hope the 45 runs past the hospital.', 'Ab12Cd34Ef'),
          status('Yz78Ab90Cd', 'Lena', 'Echo: it does, the stop is at the main gate.', 'St34Uv56Wx'),
        ].join(''),
      ),
    );
  it('each reply answers the post its link names; a link to no comment says nothing', () => {
    expect(parents(r())).toEqual([null, null, 'Bravo:', 'Alpha:', 'Delta:']);
  });
});

describe('"@Name" after a post\'s "Re:" subject heading', () => {
  const post = (n: number, who: string, words: string) =>
    `<div class="msg" id="m${n}"><div class="msg-head"><span class="num">${n}</span> <strong class="poster"><a href="/user/${who}/">${who}</a></strong> <a class="permalink" href="#m${n}">2025-06-0${n} 10:0${n}</a></div><div class="msg-entry"><h4 class="entry-title">Re: Night buses return</h4><div class="entry-content"><p>${words}</p></div></div></div>`;
  const r = () =>
    split(
      article(
        [
          post(1, 'mo_h', 'Alpha: finally, I work late shifts.'),
          post(2, 'kat', 'Bravo: which lines are they?'),
          post(3, 'deniz', 'Charlie: thirty minutes is still a long wait.'),
          post(4, 'lena', '@kat the 41, 42 and 45 as far as I know.'),
        ].join(''),
      ),
    );
  it.each([
    ['the subject heading is no part of the text', (x: PageAnalysis) => x.comments.map((c) => c.text.split(' ')[0]), ['Alpha:', 'Bravo:', 'Charlie:', '@kat']],
    ['"@kat" answers kat', parents, [null, null, null, 'Bravo:']],
  ])('%s', (_name, read, expected) => {
    expect(read(r())).toEqual(expected);
  });
});
