/**
 * Pathological HTML pages: deep and unclosed nesting, sibling and nested comment lists, floods of
 * attributes, entities and comments, misnested tags and one huge text line.
 */
import type { Shape } from './index.js';
import { fill, run, sentence, uniqueName } from './words.js';

const HEAD = '<!DOCTYPE html><html><head><title>Council approves bike lanes</title></head><body><article><h1>Council approves bike lanes</h1><p>The city council voted 6-1 on Tuesday to add protected bike lanes along two miles of Main Street.</p></article>';
const page = (inner: string) => `${HEAD}${inner}</body></html>`;

/** A WordPress list item, optionally left open so the next one nests inside it. */
const wpComment = (i: number, text: string, close = true) =>
  `<li class="comment depth-1" id="comment-${i}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${uniqueName(i)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${i}"><time>March 3, 2019 at 4:12 pm</time></a></div></footer><div class="comment-content"><p>${text}</p></div><div class="reply"><a class="comment-reply-link">Reply</a></div></article>${close ? '</li>' : ''}`;

/**
 * A XenForo post: the first lacks the schema.org/Comment microdata the others carry, so the
 * opening-post step weighs it against every item's own text. Short, and 160,000 characters at 1x,
 * so 16x is a thread of some 6,400 posts, where work per pair of posts would show.
 */
const xenForoPost = (i: number) =>
  `<article class="message message--post js-post" id="js-post-${i + 1}"${i ? ' itemscope itemtype="https://schema.org/Comment"' : ''}><h4 class="message-name"><a href="/members/${uniqueName(i)}.${i + 1}/" class="username" itemprop="author">${uniqueName(i)}</a></h4><time class="u-dt" datetime="2024-03-0${1 + (i % 9)}" itemprop="datePublished">Mar ${1 + (i % 9)}, 2024</time><div class="bbWrapper" itemprop="text">${sentence(i)}</div></article>`;

/** A forum post; `quote` is a block quoting an earlier post by name, at the top of its text. */
const forumPost = (i: number, name: string, text: string, quote = '') =>
  `<div class="xx-msg" id="m${i}"><div class="xx-head"><a href="/members/${name}.${i}/">${name}</a> <span class="xx-when">Mar ${i < 100 ? 2 : 3}, 2024</span></div><div class="xx-text">${quote}<p>${text}</p></div><div class="xx-tools"><a href="#">Like</a></div></div>`;

/**
 * Twenty long posts by one author, then replies that quote him with words he never wrote: each
 * reply looks for its quote in every one of his posts, whose length grows with the page, so
 * squeezing or searching whole posts per reply is quadratic.
 */
function quotedLongPosts(n: number): string {
  const long = run('word after word in a very long post that goes on ', n / 40);
  const posts = [forumPost(0, 'opener', 'Which wood is best for an outdoor bench, oak or larch?')];
  for (let i = 1; i <= 20; i++) posts.push(forumPost(i, 'prolific', `${i} ${long}`));
  const replies = fill(n / 2, (i) => forumPost(100 + i, `u${i}`, `Reply number ${i} with its own words.`, `<blockquote data-quote="prolific"><div>prolific said:</div>words prolific never wrote in reply ${i}</blockquote>`));
  return `<!DOCTYPE html><html><head><title>Which wood? | Bench Forum</title></head><body><h1>Which wood?</h1><div class="xx-thread">${posts.join('')}${replies}</div></body></html>`;
}

export const HTML_SHAPES: Shape[] = [
  { name: 'html: deep unclosed <div>', area: 'html', make: (n) => page(`${run('<div>', n)}x`) },
  { name: 'html: unclosed <p> siblings', area: 'html', make: (n) => page(fill(n, (i) => `<p>${sentence(i)}`)) },
  { name: 'html: misnested <b><i></b></i> soup', area: 'html', make: (n) => page(fill(n, (i) => `<b>${i}<i>x</b>y</i>`)) },
  { name: 'html: sibling WordPress comments', area: 'html', make: (n) => page(`<ol class="commentlist">${fill(n, (i) => wpComment(i, sentence(i)))}</ol>`) },
  { name: 'html: reply chain nested without end', area: 'html', make: (n) => page(`<ol class="commentlist">${fill(n, (i) => `${wpComment(i, `@${uniqueName(Math.max(0, i - 1))} ${sentence(i)}`, false)}<ul class="children">`)}</ol>`) },
  { name: 'html: comments with questions and @replies', area: 'html', make: (n) => page(`<ol class="commentlist">${fill(n, (i) => wpComment(i, i % 2 ? `@${uniqueName(i - 1)} About ${i} dollars.` : `How much will the ${sentence(i, '')} cost?`))}</ol>`) },
  { name: 'html: attribute flood on one element', area: 'html', make: (n) => page(`<div ${fill(n, (i) => `data-a${i}="${i}" class="comment c${i}"`, ' ')}>text</div>`) },
  { name: 'html: entity flood', area: 'html', make: (n) => page(`<p>${run('&amp;&lt;&#x1F600;&nbsp;&bogus;&#0;&#xD800;&#99999999;', n)}</p>`) },
  { name: 'html: <!-- --> between every paragraph', area: 'html', make: (n) => page(fill(n, (i) => `<!-- c${i} --><p>${sentence(i)}</p>`)) },
  { name: 'html: unclosed <!-- swallowing the rest', area: 'html', make: (n) => page(`<p>before</p><!--${fill(n, (i) => `<p>${sentence(i)}</p>`)}`) },
  { name: 'html: one 1 MB text line in <p>', area: 'html', make: (n) => page(`<p>${fill(n, (i) => sentence(i), ' ')}</p>`) },
  { name: 'html: one row of <td> cells', area: 'html', make: (n) => page(`<table><tr>${fill(n, (i) => `<td>${i}</td>`)}</tr></table>`) },
  { name: 'html: unclosed <li> siblings', area: 'html', make: (n) => page(`<ul>${fill(n, (i) => `<li class="comment">${sentence(i)}`)}`) },
  { name: 'html: JSON-LD with many comments', area: 'html', make: (n) => page(`<script type="application/ld+json">{"@type":"Article","comment":[${fill(n, (i) => `{"@type":"Comment","author":{"name":"${uniqueName(i)}"},"text":"${sentence(i)}"}`, ',')}]}</script>`) },
  { name: 'html: forum thread of many posts', area: 'html', baseChars: 160_000, make: (n) => `<!DOCTYPE html><html><head><title>Bike lanes on Main Street | Forum</title></head><body><h1>Bike lanes on Main Street</h1><div class="block-body js-replyNewMessageContainer">${fill(n, xenForoPost)}</div></body></html>` },
  { name: 'html: JSON-LD @type arrays flood', area: 'html', make: (n) => page(`<script type="application/ld+json">${run('"@type":["x",', n)}</script>`) },
  { name: 'html: replies quoting long posts by one author', area: 'html', make: quotedLongPosts },
];
