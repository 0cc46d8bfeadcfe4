/**
 * Markup damage: tag soup, unclosed and misnested tags, deep nesting, entity and attribute floods,
 * HTML comment and CDATA markers, raw-text elements left open, JSON-LD with hostile keys.
 */
import type { Rng } from '../rng.js';
import { insertAt, range, type Mutation } from './types.js';

const TAGS = ['div', 'p', 'span', 'b', 'i', 'a', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'blockquote', 'article', 'section', 'header', 'footer', 'nav', 'aside', 'h1', 'h3', 'pre', 'svg', 'math', 'form', 'select', 'option', 'template', 'br', 'hr', 'img', 'cite', 'time'];
const RAW = ['<script>', '<style>', '<textarea>', '<title>', '<noscript>', '<plaintext>', '<xmp>', '<iframe>', '<noembed>'];
const COMMENT_CLASSES = ['comment', 'comments', 'commentlist', 'comment-body', 'comment-content', 'reply', 'children', 'post', 'author', 'fn', 'says', 'vcard', 'depth-2', 'thing', 'usertext-body', 'entry-content', 'hentry', 'byline', 'ad'];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&nbsp;', '&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#x110000;', '&#99999999999;', '&#65;', '&#x41', '&bogus;', '&', '&amp', '&lt', '&#;', '&#x;', '&NotANamedEntityAtAll;', '&CounterClockwiseContourIntegral;', '&#128512;'];

const tag = (rng: Rng) => rng.pick(TAGS);
const attribute = (rng: Rng) =>
  rng.pick([
    `class="${rng.pick(COMMENT_CLASSES)}"`, `id="comment-${rng.int(0, 99)}"`, 'id="__proto__"', 'class="constructor prototype"', `data-author="${rng.pick(['Anna', '__proto__', ''])}"`,
    'style="display:none"', 'hidden', 'aria-hidden="true"', `a${rng.int(0, 9)}=${rng.int(0, 9)}`, 'x="a>b"', "y='<p>'", 'z=unquoted>', '"="', '=', 'class', 'dir="rtl"', 'lang="ar"', 'itemprop="comment"', 'itemtype="https://schema.org/Comment"',
  ]);

export const MARKUP_MUTATIONS: Mutation[] = [
  {
    name: 'tag soup',
    apply: (t, rng) => {
      let out = t;
      for (let k = rng.size(40); k > 0; k--) {
        const name = tag(rng);
        out = insertAt(out, rng, rng.pick([`<${name}>`, `</${name}>`, `<${name} ${attribute(rng)}>`, `<${name}/>`, `</${name} junk>`, '<', '>', '</', '<!', '<?', `<${name}`]));
      }
      return out;
    },
  },
  {
    name: 'misnest a region',
    apply: (t, rng) => {
      const [start, end] = range(t, rng, 2000);
      const [a, b] = [tag(rng), tag(rng)];
      return `${t.slice(0, start)}<${a}><${b}>${t.slice(start, end)}</${a}>${t.slice(end)}</${b}>`;
    },
  },
  {
    name: 'delete closing tags',
    apply: (t, rng) => t.replace(/<\/[a-z0-9]+>/gi, (close) => (rng.chance(0.3) ? '' : close)),
  },
  {
    name: 'deep nesting',
    apply: (t, rng) => {
      const name = rng.pick(['div', 'span', 'blockquote', 'li', 'ul', 'table', 'b', 'svg', 'ol', 'p']);
      const depth = rng.size(5000);
      const closed = rng.chance(0.5) ? `</${name}>`.repeat(rng.int(0, depth)) : '';
      return insertAt(t, rng, `<${name} class="${rng.pick(COMMENT_CLASSES)}">`.repeat(depth) + 'x' + closed);
    },
  },
  { name: 'entity flood', apply: (t, rng) => insertAt(t, rng, Array.from({ length: rng.size(5000) }, () => rng.pick(ENTITIES)).join('')) },
  {
    name: 'attribute flood',
    apply: (t, rng) => insertAt(t, rng, `<${tag(rng)} ${Array.from({ length: rng.size(3000) }, () => attribute(rng)).join(' ')}>`),
  },
  { name: 'long attribute value', apply: (t, rng) => insertAt(t, rng, `<div class="comment" title="${'x'.repeat(rng.size(100_000))}">`) },
  {
    name: 'HTML comment markers',
    apply: (t, rng) => {
      let out = t;
      for (let k = rng.size(10); k > 0; k--) out = insertAt(out, rng, rng.pick(['<!--', '-->', '<!-- x -->', '<!---->', '<!-->', '--!>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<!-- <div class="comment"> -->']));
      return out;
    },
  },
  { name: 'raw-text element left open', apply: (t, rng) => insertAt(t, rng, rng.pick(RAW)) },
  {
    name: 'strip all tags',
    apply: (t) => t.replace(/<[^>]*>/g, ''),
  },
  {
    name: 'wrap text in HTML',
    apply: (t, rng) => rng.pick([`<html><body><pre>${t}</pre></body></html>`, `<p>${t}`, `<!DOCTYPE html>${t}`, `<div class="comment">${t}</div>`]),
  },
  {
    name: 'hostile JSON-LD',
    apply: (t, rng) =>
      insertAt(t, rng, `<script type="application/ld+json">${rng.pick([
        '{"__proto__":{"polluted":"yes"},"@type":"Article","comment":[{"@type":"Comment","text":"x","author":{"__proto__":{"polluted":1}}}]}',
        '{"constructor":{"prototype":{"polluted":1}},"@graph":[{"@type":"Comment","text":"hi"}]}',
        '[{"@type":"Comment","comment":'.repeat(200) + '{}' + '}]'.repeat(200),
        '{"@type":"Comment","text":' + '"x",'.repeat(10) + '{',
        '{"comment": null, "commentCount": "NaN", "author": [[[[]]]]}',
      ])}</script>`),
  },
  {
    name: 'meta charset',
    apply: (t, rng) => `<meta charset="${rng.pick(['utf-8', 'utf-16', 'x-user-defined', 'windows-1252', 'iso-2022-jp', 'bogus', 'utf-7', ''])}">${t}`,
  },
];
