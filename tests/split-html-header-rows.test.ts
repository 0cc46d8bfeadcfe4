/**
 * A post's date in a short row just before it (bbPress prints a header row, then the post with its
 * author and text), and the layout that must not borrow it: each date in a row below its post.
 * Invented pages: one opening post and three replies.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const people = ['tankgirl_88', 'Ray Castellano', 'Phil', 'MossyMick'];
const dates = ['March 3, 2024 at 9:41 pm', 'March 3, 2024 at 10:15 pm', 'March 4, 2024 at 9:48 am', 'March 4, 2024 at 12:20 pm'];
const texts = [
  'I have a sixty litre tank, four months in, dosing liquid carbon every day, and the carpet plants are patchy at best.',
  'Night and day for carpets, honestly. Two months after going pressurised the carpet was wall to wall and the algae calmed down.',
  'A word of caution: half of that change is usually the flow and the light, not the gas, so fix those before you buy a rig.',
  'Agree with that. Most of the stories of gas fixing a tank are really stories of someone finally sorting out their flow.',
];

const row = (i: number) => `<div class="reply-header"><div class="meta"><span class="reply-post-date">${dates[i]}</span> <a href="#post-${i}" class="permalink">#${9140 + i}</a></div></div>`;
const post = (i: number) =>
  `<div class="post-${i} reply hentry"><div class="reply-author"><a href="/forums/users/${i}/" class="author-link"><span class="author-name">${people[i]}</span></a><div class="author-role">Participant</div></div><div class="reply-content"><p>${texts[i]}</p></div></div>`;

/** Each post with its row in a list item of its own, or all of them side by side in one container. */
function page(item: (i: number) => string, wrap = (inner: string) => `<li>${inner}</li>`): string {
  const items = people.map((_, i) => wrap(item(i))).join('');
  return `<!doctype html><html><head><title>Pressurised CO2 on a 60L</title></head><body><main><h1>Pressurised CO2 on a 60L</h1><ul class="forums">${items}</ul></main></body></html>`;
}

describe('a date in a row beside the post', () => {
  it('reads the header row before each post as its date', () => {
    const result = splitHtml(page((i) => row(i) + post(i)), {})!;
    expect(result.comments.map((comment) => [comment.author, comment.postedAt])).toEqual(people.slice(1).map((name, i) => [name, dates[i + 1]]));
  });

  it('never gives a post the date in the row below the post before it', () => {
    const result = splitHtml(page((i) => post(i) + row(i), (inner) => inner), {})!;
    expect(result.comments.map((comment) => comment.author)).toEqual(people.slice(1));
    // Its own date (the row below it) or none, never the row above (the post before it's).
    result.comments.forEach((comment, i) => expect([null, dates[i + 1]]).toContain(comment.postedAt));
  });
});
