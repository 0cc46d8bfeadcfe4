/**
 * JSON-LD blocks are parsed once per document and shared by the comment reader and the author
 * reader (src/split/html/embeds.ts): both must see every block, in either order and asked again,
 * and the shared values must come out of a reader unchanged. Every input is invented here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../src/split/html/dom.js';
import { declaredAuthors, jsonLdComments } from '../src/split/html/embeds.js';

const ARTICLE = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Rust on cast iron', author: { '@type': 'Person', name: 'Ada Brook' } };
const COMMENTS = {
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  author: 'Owen Hale',
  comment: [
    { '@type': 'Comment', text: 'Heat it dry on the hob.', author: { name: 'Copper Kettle' } },
    { '@type': 'Comment', text: 'Lard worked for me.', author: 'Pia Holm' },
  ],
};
const BLOCKS = [JSON.stringify(ARTICLE), '{ not json ', JSON.stringify(COMMENTS)];
const html = [
  '<html><head>',
  ...BLOCKS.map((block) => `<script type="application/ld+json">${block}</script>`),
  '<meta name="author" content="Ada Brook">',
  '</head><body><p>Text.</p></body></html>',
].join('');

const EXPECTED_COMMENTS = [
  { text: 'Heat it dry on the hob.', author: 'Copper Kettle' },
  { text: 'Lard worked for me.', author: 'Pia Holm' },
];
const EXPECTED_AUTHORS = ['Ada Brook', 'Owen Hale'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('JSON-LD read once per document', () => {
  it('gives both readers every block, in either order, and the same answers when asked again', () => {
    const first = parseHtml(html);
    expect([jsonLdComments(first), declaredAuthors(first), jsonLdComments(first)]).toEqual([EXPECTED_COMMENTS, EXPECTED_AUTHORS, EXPECTED_COMMENTS]);
    const second = parseHtml(html);
    expect([declaredAuthors(second), jsonLdComments(second), declaredAuthors(second)]).toEqual([EXPECTED_AUTHORS, EXPECTED_COMMENTS, EXPECTED_AUTHORS]);
  });

  // Only parses of the blocks count: a reader may JSON-parse other things (data it loads lazily,
  // an attribute) without that being a cache regression.
  it('parses each block once per document, not once per reader', () => {
    const doc = parseHtml(html);
    const parse = vi.spyOn(JSON, 'parse');
    const blockParses = () => parse.mock.calls.filter(([text]) => BLOCKS.includes(String(text).trim()) || BLOCKS.includes(String(text))).length;
    jsonLdComments(doc);
    declaredAuthors(doc);
    jsonLdComments(doc);
    expect(blockParses()).toBe(3); // three ld+json scripts, the broken one included
    parse.mockClear();
    jsonLdComments(parseHtml(html));
    expect(blockParses()).toBe(3); // a new document is read afresh
  });
});
