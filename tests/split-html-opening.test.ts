/**
 * The opening-post step on its own: which element before a thread's items opens it. XenForo marks
 * every post but the first with schema.org/Comment microdata, so the items found by microdata
 * leave the first post out, and the step must find it before them, past a supporter banner, a row
 * of menu links and a one-line notice, none of which is an article.
 */
import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../src/split/html/boilerplate.js';
import { openingPost } from '../src/split/html/comments/opening.js';
import { parseHtml } from '../src/split/html/dom.js';
import { PageFacts } from '../src/split/html/facts.js';
import { render } from '../src/split/html/render.js';
import { placeTitle } from '../src/split/html/title.js';

const post = (id: number, name: string, text: string, micro: boolean) =>
  `<article class="xx-msg xx-msg--post"${micro ? ' itemscope itemtype="https://schema.org/Comment"' : ''}><div class="xx-user"><a href="/members/${name}.${id}/" itemprop="author">${name}</a></div>
  <header><time datetime="2024-03-0${id}">Mar ${id}, 2024</time></header><div class="xx-body"><p>${text}</p></div></article>`;

const BANNER = '<p>Become a supporter for $50/year with no ads, the ability to filter stories, and private forums.</p>';
const MENU = '<div><a href="/new">New posts</a> <a href="/list">Forum list</a> <a href="/wiki">WikiPost</a> <a href="/latest">Latest summaries</a> <a href="/watched">Watched</a></div>';
const NOTICE = '<p>The first post of this thread is a WikiPost and can be edited by anyone with the appropriate permissions.</p>';
const ARTICLE = '<p>A long article paragraph about phone storage, what the sync setting does and why switching it off does not free the space at once.</p>'.repeat(6);

/** The opening post found for a thread whose items are the microdata posts, with `before` above it. */
function opening(before: string): string | null {
  const html = `<!doctype html><html><head><title>Messages still take space | Forum</title></head><body><nav><a href="/">Forums</a></nav>${before}
    <h1>Messages still take space after switching sync off</h1><div class="xx-thread">${[
      post(1, 'felix', 'My messages still take up sixteen gigabytes of storage after I switched the sync off, how come?', false),
      post(2, 'mike', 'Did you choose disable and delete on the second screen, or only disable?', true),
      post(3, 'felix', 'I had not seen that button, that must be it, thank you for the pointer.', true),
    ].join('')}</div></body></html>`;
  const doc = parseHtml(html);
  const placed = placeTitle(doc, render(doc).text);
  const facts = new PageFacts(doc.elements, placed.text);
  const boilerplate = findBoilerplate(doc.elements, placed.text, placed.element ? [placed.element] : [], facts);
  const items = doc.elements.filter((element) => element.attrs.itemtype);
  const found = openingPost(items, placed.text, facts, [...boilerplate.items, ...(placed.title ? [placed.title] : [])]);
  return found && placed.text.slice(found.element.start, found.element.end);
}

describe('the opening post before microdata posts', () => {
  it('is the first post when a banner, menu links, a notice and the headline come before it', () => {
    expect(opening(BANNER + MENU + NOTICE)).toMatch(/^felix[\s\S]*sixteen gigabytes/);
  });

  it('is none when an article comes before the posts', () => {
    expect(opening(BANNER + ARTICLE)).toBeNull();
  });
});
