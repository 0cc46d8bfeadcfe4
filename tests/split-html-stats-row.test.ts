/**
 * A post's stats row ("214 boosts · 389 favorites") under its text is not body. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const post = [
  'We counted the swifts nesting under the church roof again this spring, the fourth year of the survey.',
  'There were thirty-one nests, up from twenty-two last year, most of them on the south side of the tower.',
  'Thanks to everyone who came out with binoculars at dawn; the full counts are on the group page.',
].map((p) => `<p>${p}</p>`).join('');

function lastParagraph(after: string): string {
  const html = `<!doctype html><html><head><title>Swift count</title></head><body><main><h1>Swift count</h1>${post}${after}</main></body></html>`;
  const paragraphs = splitHtml(html, {})?.body?.paragraphs ?? [];
  return paragraphs[paragraphs.length - 1]?.text.trim() ?? '';
}

describe('a stats row ends no body', () => {
  it.each([
    // Plain text: a row of links is left out as links before the stats rule sees it.
    ['boosts and favorites', '<p><span>214</span> boosts · <span>389</span> favorites</p>', /group page\.$/],
    ['one reply', '<p>1 reply · 3 boosts</p>', /group page\.$/],
    ['likes and views', '<p>1.2k views | 38 likes</p>', /group page\.$/],
    // Words of counting in a sentence are the post's own.
    ['a sentence with counts', '<p>Next year we hope for 40 nests and more likes on the page.</p>', /more likes on the page\.$/],
    // A row of counted words with no number is a row of buttons, left to the boilerplate rules.
    ['a label with no number', '<p>Comments</p>', /^Comments$/],
    // A rating closing a review is the review's verdict, not a count of readers.
    ['a rating line', '<p>4.5 stars</p>', /^4\.5 stars$/],
  ])('%s', (_name, after, end) => {
    expect(lastParagraph(after)).toMatch(end);
  });
});
