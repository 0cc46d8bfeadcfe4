import { describe, expect, it } from 'vitest';
import { PageAnalysis, type Segment } from '../src/schema/index.js';
import { decodeHtmlBytes } from '../src/split/charset.js';
import { splitHtml } from '../src/split/html/index.js';
import { overlaps } from './spans.js';

const ARTICLE = `<article class="post"><h1 class="entry-title">Council votes on the new bridge</h1>
<div class="entry-content"><p>The city council voted on Tuesday to fund the new bridge, after a long debate about costs, traffic and the river.</p>
<p>Opponents said the money would be better spent on schools, while supporters pointed to the jobs it would bring.</p></div></article>`;

function page(body: string, head = '<title>Council votes on the new bridge | Daily</title>'): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function split(html: string): PageAnalysis {
  const result = splitHtml(html, {});
  if (!result) throw new Error('splitHtml returned null');
  PageAnalysis.parse({ ...result, schemaVersion: '1.0.0' });
  expectSpans(result);
  return result;
}

/** The contract: every segment is a slice of the rendered text. */
function expectSpans(result: PageAnalysis): void {
  const segments: Segment[] = [];
  if (result.title) segments.push(result.title);
  if (result.body) segments.push(result.body, ...result.body.paragraphs);
  for (const c of result.comments) {
    segments.push(c, ...c.paragraphs);
    if (c.header) segments.push(c.header);
    if (c.replyEvidence) segments.push(c.replyEvidence);
  }
  segments.push(...result.boilerplate);
  for (const s of segments) expect(result.text.slice(s.start, s.end)).toBe(s.text);
}

const WORDPRESS = page(`${ARTICLE}
<div id="comments"><h3>3 Responses</h3><ol class="commentlist">
<li class="comment even thread-even depth-1" id="li-comment-1"><div id="comment-1">
  <div class="comment-author vcard"><img class="avatar" src="a.png"><cite class="fn">Alice Walker</cite> <span class="says">says:</span></div>
  <div class="comment-meta commentmetadata"><a href="#comment-1">March 3, 2012 at 10:00 am</a></div>
  <p>The bridge is long overdue and the river crossing is a nightmare every morning.</p>
  <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></div>
  <ul class="children"><li class="comment odd alt depth-2" id="li-comment-2"><div id="comment-2">
    <div class="comment-author vcard"><cite class="fn">Bob</cite> <span class="says">says:</span></div>
    <div class="comment-meta commentmetadata"><a href="#comment-2">March 3, 2012 at 11:15 am</a></div>
    <p>Overdue, maybe, but who pays for it?</p><p>Not the developers, that much is clear.</p>
    <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></div></li></ul></li>
<li class="comment even thread-odd depth-1" id="li-comment-3"><div id="comment-3">
  <div class="comment-author vcard"><cite class="fn">Carol</cite> <span class="says">says:</span></div>
  <div class="comment-meta commentmetadata"><a href="#comment-3">March 4, 2012 at 9:02 pm</a></div>
  <p>Schools first. Always schools first.</p></div></li>
</ol></div>
<div id="respond"><form><label>Name *</label><input name="author"><textarea></textarea></form></div>`);

const DISQUS_LIKE = page(`${ARTICLE}
<div id="dsq-content"><ul id="dsq-comments">
<li class="dsq-comment" id="dsq-comment-11"><div class="dsq-comment-header"><span class="dsq-commenter-name">river_rat</span></div>
  <div class="dsq-comment-body"><div class="dsq-comment-message"><p>About time somebody did something about that crossing.</p></div></div></li>
<li class="dsq-comment" id="dsq-comment-12"><div class="dsq-comment-header"><span class="dsq-commenter-name">tax_payer</span></div>
  <div class="dsq-comment-body"><div class="dsq-comment-message"><p>Another boondoggle paid by us, as usual.</p></div></div></li>
</ul></div>`);

const MICRODATA = page(`${ARTICLE}
<section class="discussion">
<article itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Dana</span> <time itemprop="dateCreated" datetime="2020-05-01">1 May 2020</time>
  <div itemprop="text"><p>Great reporting, thank you for covering the council.</p></div></article>
<article itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Eli</span> <time itemprop="dateCreated" datetime="2020-05-02">2 May 2020</time>
  <div itemprop="text"><p>I disagree with the framing of the costs here.</p></div></article>
</section>`);

const JSON_LD = page(
  `${ARTICLE}<div class="talk"><p>Frank: The bridge design looks beautiful in the drawings.</p></div>`,
  `<title>Council votes on the new bridge</title><script type="application/ld+json">${JSON.stringify({
    '@type': 'NewsArticle',
    comment: [{ '@type': 'Comment', text: 'The bridge design looks beautiful in the drawings.', author: { name: 'Frank' } }],
  })}</script>`,
);

const BLOGGER_DL = page(`${ARTICLE}<div id="comments"><h4>2 comments:</h4><dl id="comments-block">
<dt class="comment-author" id="c1"><a href="/p/1">tRiSh</a> said...</dt>
<dd class="comment-body"><p>That is exactly what I needed to read today.</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">September 10, 2012 4:45 AM</a></span></dd>
<dt class="comment-author" id="c2"><a href="/p/2">Ankita</a> said...</dt>
<dd class="comment-body"><p>Wish I could think this way more often.</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="#c2">September 10, 2012 6:14 AM</a></span></dd>
</dl></div>`);

const SAID_HEADER = page(`${ARTICLE}
<div class="comment-even" id="comment-1"><div class="comment-header">Forlork said:</div><div class="comment-content"><p>Could that be a bit excessive?</p></div>
  <div class="comment-footer"><a href="#comment-1">November 10, 2012 1:52 PM</a></div></div>
<div class="comment-even" id="comment-2"><div class="comment-header">Gumba Masta said:</div><div class="comment-content"><p>Homestuck reference?</p></div>
  <div class="comment-footer"><a href="#comment-2">November 10, 2012 2:00 PM</a></div></div>`);

const HEADER_LINE = page(`${ARTICLE}<div class="commentsblock"><h3>Post a Comment</h3>
<ol class="commentlist"><li class="commentpost"><strong>1&nbsp;Stuart McIntyre</strong>&nbsp;<a href="http://x.example">http://x.example</a>&nbsp;| <small class="commentmetadata">11/7/2012 11:57:57 PM</small>
<p>Thank you Ed, I really appreciate the efforts.</p></li></ol>
<ol class="commentlist"><li class="commentpost"><strong>2&nbsp;Patrice Vialor</strong>&nbsp;| <small class="commentmetadata">11/8/2012 1:04:41 AM</small>
<p>Thanks Ed. That is great news for our customers.</p></li></ol></div>`);

const SLASHDOT_TREE = page(`${ARTICLE}<ul id="commentlisting">
<li class="comment"><div id="comment_1" class="cw"><div class="details"><span class="by">by <a href="/~a">garaged</a></span> <span class="otherdetails">on Tuesday July 24, @11:35AM</span></div>
  <div class="commentBody"><p>I can build a computer!</p></div></div>
  <ul id="commtree_1"><li class="comment"><div id="comment_2" class="cw"><div class="details"><span class="by">by <a href="/~b">kcin</a></span> <span class="otherdetails">on Tuesday July 24, @11:40AM</span></div>
    <div class="commentBody"><p>I make my own silicon wafers!</p></div></div></li></ul></li>
<li class="comment"><div id="comment_3" class="cw"><div class="details"><span class="by">by <a href="/~c">swalve</a></span> <span class="otherdetails">on Tuesday July 24, @12:01PM</span></div>
  <div class="commentBody"><p>No, you can put together a puzzle.</p></div></div></li>
</ul>`);

const DRUPAL_MENTIONS = page(`${ARTICLE}<div id="comments">
<div class="comment comment-published odd"><span class="submitted">Fri, 2012-11-09 18:05 — Jeff Moore (not verified)</span><div class="content"><p>Ms Adesioye</p><p>Thank you for your words.</p></div></div>
<div class="comment comment-published even"><span class="submitted">Fri, 2012-11-09 16:55 — Shobhan (not verified)</span><div class="content"><p>@Jeff I do not agree with any of that.</p></div></div>
</div>`);

describe('splitHtml comment structures', () => {
  const cases: { name: string; html: string; authors: (string | null)[]; parents: (string | null)[]; dates?: (string | null)[] }[] = [
    {
      name: 'WordPress ol.commentlist > li.comment with ul.children',
      html: WORDPRESS,
      authors: ['Alice Walker', 'Bob', 'Carol'],
      parents: [null, 'c1', null],
      dates: ['March 3, 2012 at 10:00 am', 'March 3, 2012 at 11:15 am', 'March 4, 2012 at 9:02 pm'],
    },
    { name: 'Disqus-like dsq-comment list', html: DISQUS_LIKE, authors: ['river_rat', 'tax_payer'], parents: [null, null] },
    { name: 'schema.org Comment microdata', html: MICRODATA, authors: ['Dana', 'Eli'], parents: [null, null], dates: ['1 May 2020', '2 May 2020'] },
    { name: 'JSON-LD comment array', html: JSON_LD, authors: ['Frank'], parents: [null] },
    {
      name: 'Blogger dl: dt author, dd text, dd footer date',
      html: BLOGGER_DL,
      authors: ['tRiSh', 'Ankita'],
      parents: [null, null],
      dates: ['September 10, 2012 4:45 AM', 'September 10, 2012 6:14 AM'],
    },
    { name: '"Name said:" header lines (Movable Type)', html: SAID_HEADER, authors: ['Forlork', 'Gumba Masta'], parents: [null, null] },
    {
      name: 'numbered header line before the text (Lotus Domino)',
      html: HEADER_LINE,
      authors: ['Stuart McIntyre', 'Patrice Vialor'],
      parents: [null, null],
      dates: ['11/7/2012 11:57:57 PM', '11/8/2012 1:04:41 AM'],
    },
    {
      name: 'Drupal "submitted" lines and an @mention reply',
      html: DRUPAL_MENTIONS,
      authors: ['Jeff Moore', 'Shobhan'],
      parents: [null, 'c1'],
      dates: ['Fri, 2012-11-09 18:05', 'Fri, 2012-11-09 16:55'],
    },
    { name: 'replies in a list after the comment (Slashdot)', html: SLASHDOT_TREE, authors: ['garaged', 'kcin', 'swalve'], parents: [null, 'c1', null] },
  ];
  it.each(cases)('$name', ({ html, authors, parents, dates }) => {
    const result = split(html);
    expect(result.inputType).toBe('html');
    expect(result.comments.map((c) => c.author)).toEqual(authors);
    expect(result.comments.map((c) => c.parentId)).toEqual(parents);
    expect(result.comments.map((c) => c.id)).toEqual(authors.map((_, i) => `c${i + 1}`));
    if (dates) expect(result.comments.map((c) => c.postedAt)).toEqual(dates);
    expect(result.title?.text).toBe('Council votes on the new bridge');
    expect(result.body?.text).toContain('The city council voted on Tuesday');
    for (const c of result.comments) expect(result.body!.end <= c.start || result.body!.start >= c.end).toBe(true);
  });

  it('links an @mention to the latest comment by that author, with the mention as evidence', () => {
    const reply = split(DRUPAL_MENTIONS).comments[1]!;
    expect(reply.replyEvidence).toMatchObject({ text: '@Jeff', rule: 'at-mention' });
    expect(reply.depth).toBe(1);
  });

  it('keeps header lines out of comment text', () => {
    expect(split(HEADER_LINE).comments.map((c) => c.text)).toEqual([
      'Thank you Ed, I really appreciate the efforts.',
      'Thanks Ed. That is great news for our customers.',
    ]);
    expect(split(BLOGGER_DL).comments.map((c) => c.text)).toEqual(['That is exactly what I needed to read today.', 'Wish I could think this way more often.']);
  });

  it('keeps reply links, "says:", avatars and headers out of comment text', () => {
    const result = split(WORDPRESS);
    const [first, reply] = result.comments;
    expect(first!.text).toBe('The bridge is long overdue and the river crossing is a nightmare every morning.');
    expect(reply!.paragraphs.map((p) => p.text)).toEqual(['Overdue, maybe, but who pays for it?', 'Not the developers, that much is clear.']);
    expect(reply!.depth).toBe(1);
    expect(reply!.replyEvidence?.rule).toBe('dom-nesting');
    expect(first!.header?.text).toContain('Alice Walker');
    expect(first!.selector).toMatch(/li#li-comment-1$/);
    expect(result.comments.map((c) => c.text).join(' ')).not.toMatch(/Reply|says:|Name \*/);
  });

  it('sets parents from depth-N classes when comments are rendered flat', () => {
    const flat = page(`${ARTICLE}<div id="comments">
      <div class="comment depth-1"><span class="comment-author">Ann</span> <span class="comment-date">May 1, 2020</span><p>First thoughts on the bridge vote.</p></div>
      <div class="comment depth-2"><span class="comment-author">Ben</span> <span class="comment-date">May 2, 2020</span><p>Replying to Ann about the vote.</p></div>
      <div class="comment depth-1"><span class="comment-author">Cat</span> <span class="comment-date">May 3, 2020</span><p>A new thread entirely here.</p></div></div>`);
    const result = split(flat);
    expect(result.comments.map((c) => [c.author, c.parentId])).toEqual([['Ann', null], ['Ben', 'c1'], ['Cat', null]]);
    expect(result.comments[1]!.replyEvidence?.rule).toBe('depth-class');
  });
});

describe('splitHtml boilerplate', () => {
  it('returns nav, footer, aside, share and ad blocks as boilerplate with their kind, never as body', () => {
    const html = page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>${ARTICLE}
      <div class="share"><a href="#">Share on Twitter</a></div><aside><h3>Popular now</h3><ul><li><a href="#">Other story</a></li></ul></aside>
      <div class="advertisement">Buy our sponsor's shoes today</div><footer>Copyright 2024 Daily News</footer>`);
    const result = split(html);
    const kinds = Object.fromEntries(result.boilerplate.map((b) => [b.text.split('\n')[0], b.kind]));
    expect(kinds).toMatchObject({
      'Home News': 'navigation',
      'Share on Twitter': 'widget',
      'Popular now': 'widget',
      "Buy our sponsor's shoes today": 'advertisement',
      'Copyright 2024 Daily News': 'footer',
    });
    for (const b of result.boilerplate) expect(result.body!.paragraphs.some((p) => p.start < b.end && p.end > b.start)).toBe(false);
    expect(result.comments).toEqual([]);
  });
});

describe('splitHtml boxes named in prefixed and BEM classes', () => {
  const prose = '<p>The city council voted on Tuesday to fund the new bridge, after a long debate about costs, traffic and the river below it.</p>'.repeat(6);

  it('keeps newsletter, author-bio and consent boxes out of the body, and a consent dialog however much prose it holds', () => {
    const consent = `<div id="onetrust-consent-sdk"><div role="dialog"><h3>Manage Consent Preferences</h3>${'<p>These cookies are set by our advertising partners and may be used to build a profile of your interests on other sites.</p>'.repeat(30)}</div></div>`;
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}
      <div class="c-newsletter-box"><h3>Join our mailing list</h3><p>Get the week's news in your inbox.</p></div>
      <div class="hero-author--bio"><p>Jane Doe is a reporter covering city hall.</p></div></article></main>${consent}`));
    expect(result.body!.text).toMatch(/river below it\.$/);
    expect(result.body!.text).not.toMatch(/mailing list|reporter covering|Consent/);
    expect(result.boilerplate.map((b) => b.rule)).toEqual(expect.arrayContaining(['class-box-word', 'class-author-box', 'class-consent']));
  });

  // A shop's cross-sell and up-sell rows, a docs page's "was this helpful?" box, a paywall's sign-in bar, a likes row.
  it.each([
    ['up-sells upsells products', '<h2>You may also like</h2><ul><li>Linen shirt $40</li><li>Hemp skirt $55</li></ul>'],
    ['c-pdtlistsection', '<h2>Goes well with</h2>', 'cross-sell-article'],
    ['article-feedback', '<h2>Was this page helpful?</h2><p>Tell us how we can improve this page.</p>'],
    ['paywall-login', '<p>Already a subscriber? Log in to read on.</p>'],
    ['likes-section', '<a href="#">Like</a> <span>Tom Becker and 2 others like this</span>'],
  ])('keeps a box classed %s out of the body', (cls, inner, id = '') => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}<div class="${cls}"${id ? ` id="${id}"` : ''}>${inner}</div>${prose}</article></main>`));
    const paragraphs = result.body!.paragraphs.map((p) => p.text).join('\n');
    expect(paragraphs).toMatch(/river below it\./);
    expect(paragraphs).not.toMatch(/may also like|Goes well with|helpful|subscriber|others like this/);
    expect(result.boilerplate.map((b) => b.rule)).toContain('class-box-word');
  });

  // A news site wraps the gated paragraphs of the article itself in `paywall`; a summary of readers'
  // feedback is the story. Paragraphs of prose in a box of those names are the text, however short the box.
  it.each([
    ['paywall', '<p>Tolls start at two dollars a crossing for cars and rise to five for trucks over ten tonnes.</p><p>The first toll booth opens on the east bank in the spring, the second a month later.</p>'],
    ['article-body paywall-content', '<p>Tolls start at two dollars a crossing for cars and rise to five for trucks over ten tonnes.</p>'],
    ['feedback-summary', '<h3>What residents told us</h3><p>Tolls start at two dollars a crossing for cars, and most of the 400 replies backed them.</p>'],
  ])('keeps paragraphs of prose in a box classed %s in the body', (cls, inner) => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}<div class="${cls}">${inner}</div>${prose}</article></main>`));
    expect(result.body!.paragraphs.map((p) => p.text).join('\n')).toMatch(/Tolls start at two dollars a crossing for cars/);
  });

  it.each(['feedbacks-list', 'upsellers', 'crossroads', 'likely-outcomes'])('keeps a block whose class only contains the letters (%s) in the body', (cls) => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}<div class="${cls}"><p>Tolls start at two dollars a crossing for cars.</p></div>${prose}</article></main>`));
    expect(result.body!.paragraphs.map((p) => p.text)).toContain('Tolls start at two dollars a crossing for cars.');
  });

  it.each(['sr-only', 'visually-hidden', 'screen-reader-text', 'element-invisible', 'show-for-sr', 'okereviews-a11ytext', 'govuk-visually-hidden'])('keeps screen-reader-only text (%s) out of the body paragraphs', (cls) => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1><h2 class="${cls}">Sort and filter the results</h2>${prose}</article></main>`));
    expect(result.body!.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Sort and filter/);
    expect(result.boilerplate.map((b) => b.rule)).toContain('class-screen-reader');
  });

  it.each(['not-sr-only', 'a-offscreen', 'md-visually-hidden-toggle'])('keeps text a class shows again or never hides (%s) in the body paragraphs', (cls) => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}<div class="${cls}">Tolls start at two dollars a crossing for cars.</div>${prose}</article></main>`));
    expect(result.body!.paragraphs.map((p) => p.text)).toContain('Tolls start at two dollars a crossing for cars.');
    expect(result.boilerplate.map((b) => b.rule)).not.toContain('class-screen-reader');
  });

  it('keeps a paragraph whole around screen-reader text inside it', () => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}<p>The mayor called the vote <a href="/v">a turning point<span class="sr-only"> (link opens a new tab)</span></a> for the east side, <span class="visually-hidden">Note:</span>and work starts in spring.</p>${prose}</article></main>`));
    const paragraph = result.body!.paragraphs.find((p) => p.text.startsWith('The mayor'));
    expect(paragraph?.text).toMatch(/^The mayor called the vote a turning point.*and work starts in spring\.$/);
  });

  it('keeps button-styled links out of the body paragraphs, but not a long link with a button class', () => {
    const long = 'Read the full council minutes, with every amendment and every vote recorded on Tuesday evening';
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}
      <p>Want the details on the tolls? <a class="btn btn-primary" href="/demo">Book a briefing</a> <a class="button-link" href="/m">${long}</a></p></article></main>`));
    const paragraphs = result.body!.paragraphs.map((p) => p.text).join('\n');
    expect(paragraphs).toMatch(/Want the details on the tolls\?/);
    expect(paragraphs).not.toMatch(/Book a briefing/);
    expect(paragraphs).toContain(long);
    expect(result.boilerplate.map((b) => b.rule)).toContain('class-button-link');
  });

  // The label over an ad slot or a paid card is all a reader without the ad's script sees of it;
  // the same word inside a sentence, or a label with more to say, is prose.
  it.each([
    ['Advertisement', true],
    ['ARTICLE CONTINUES BELOW', true],
    ['Advertisement - scroll to continue', true],
    ['Sponsored', true],
    ['Sponsored by the regional transport fund, the bridge opens in spring.', false],
    ['Advertisement rules for the new bridge were set on Tuesday.', false],
  ])('takes the ad label %j out of the body: %s', (label, out) => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}<div class="slot"><span>${label}</span></div>${prose}</article></main>`));
    const paragraphs = result.body!.paragraphs.map((p) => p.text);
    expect(paragraphs.includes(label)).toBe(!out);
    expect(result.boilerplate.some((b) => b.rule === 'ad-label' && b.text === label)).toBe(out);
  });

  // A box of links that jump to the article's own sections is its table of contents, label and all;
  // jump links that name no section (line numbers, reference back-links) are the article's.
  it.each([
    ['a contents box with its label', `<div class="box"><p>Table of Contents</p><ul><li><a href="#tolls">How the tolls are set</a></li><li><a href="#vote">Who voted for the bridge</a></li><li><a href="#works">When the works begin</a></li></ul></div>`, ['Table of Contents', 'How the tolls are set'], true],
    ['a collapsed contents box', `<div class="box"><span>On this page</span><ul hidden><li><a href="#tolls">How the tolls are set</a></li><li><a href="#vote">Who voted for the bridge</a></li><li><a href="#works">When the works begin</a></li></ul></div>`, ['On this page'], true],
    ['a gutter of line-number links beside code', `<table><tr><td class="gutter"><a href="#L1">1</a><br><a href="#L2">2</a><br><a href="#L3">3</a></td><td><pre>toll = 2\ncars = 800\nprint(toll * cars)</pre></td></tr></table>`, ['1\n2\n3', 'print(toll * cars)'], false],
  ])('%s', (_name, box, lines, out) => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose}${box}${prose}<h2 id="tolls">How the tolls are set</h2>${prose}</article></main>`));
    // What comes before the section heading the contents point to.
    const paragraphs = result.body!.paragraphs.map((p) => p.text);
    const text = paragraphs.slice(0, paragraphs.lastIndexOf('How the tolls are set')).join('\n');
    for (const line of lines) expect(text.includes(line)).toBe(!out);
    expect(result.boilerplate.some((b) => b.rule === 'table-of-contents')).toBe(out);
  });

  it('keeps an article whose own class names a newsletter (Substack) whole', () => {
    const result = split(page(`<article class="newsletter-post"><h1>Council votes on the new bridge</h1>${prose}</article>`));
    expect(result.body!.paragraphs).toHaveLength(6);
  });

  it('reads cards whose heading sits inside a link elsewhere as teasers, not comments', () => {
    const card = (i: number) => `<div class="card-item"><div class="card-topic">SEO Guides</div><a href="/post/guide-${i}" class="card-link"><h3>Guide number ${i} to ranking your pages in search</h3></a>
      <span class="author-name"><a href="/author/${i}">${['Julian C', 'Stephen J', 'Ada L'][i - 1]}</a></span> <time datetime="2025-01-0${i}">January ${i}, 2025</time><p>A short teaser of guide ${i} with a few words.</p></div>`;
    const result = split(page(`<article><h1>Council votes on the new bridge</h1>${prose}</article><div class="more-posts">${[1, 2, 3].map(card).join('')}</div>`));
    expect(result.comments).toEqual([]);
  });
});

describe('splitHtml listing: headlines that link to their stories', () => {
  it('keeps a linked heading among the paragraphs, and still drops a short link line between them', () => {
    const story = (i: number) => `<div class="story"><h3><a href="/story-${i}">Story number ${i} about the new bridge</a></h3><p>The council heard a long report on the bridge's costs, its traffic and what the river authority asks for in case ${i}.</p><p><a href="/story-${i}">Read more</a></p></div>`;
    const result = split(page(`<main><h1>Bridge news</h1>${[1, 2, 3, 4].map(story).join('')}</main>`, '<title>Bridge news</title>'));
    const paragraphs = result.body!.paragraphs.map((p) => p.text);
    expect(paragraphs).toEqual(expect.arrayContaining(['Story number 1 about the new bridge', 'Story number 4 about the new bridge']));
    expect(paragraphs).not.toContain('Read more');
  });

  it('keeps the headlines of a page of headlines, each with only a byline link under it', () => {
    const item = (i: number) => `<div class="item"><h2><a href="/story-${i}">Story number ${i} about the new bridge and its tolls</a></h2><div class="meta"><a href="/author/${i}">Ann Lee</a></div></div>`;
    const result = split(page(`<main><h1>Bridge news</h1>${[1, 2, 3, 4, 5, 6].map(item).join('')}</main>`, '<title>Bridge news</title>'));
    const paragraphs = result.body!.paragraphs.map((p) => p.text);
    expect(paragraphs).toEqual(expect.arrayContaining(['Story number 1 about the new bridge and its tolls', 'Story number 4 about the new bridge and its tolls']));
  });

  it.each([
    ['in cards of their own', (h: string[]) => `<div class="mid">${h.map((t, i) => `<div class="card"><h3><a href="/news/${i}">${t}</a></h3></div>`).join('')}</div>`],
    ['one after another', (h: string[]) => h.map((t, i) => `<h4><a href="/news/${i}">${t}</a></h4>`).join('')],
    ['before a paragraph of the article', (h: string[]) => `<h3><a href="/news/0">${h[0]}</a></h3>`],
  ])('drops "read also" headlines that link elsewhere, %s, between the paragraphs of an article', (_shape, teasers) => {
    const prose = (topic: string) => `<p>${topic} is the theme of this paragraph, which runs on for a while with commas, clauses and a point or two, so that it reads as the prose of an article.</p>`;
    const headlines = ['Harbour wall repairs delayed again by the winter storms', 'School board picks a new head for the grammar school'];
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1>${prose('The vote')}${prose('The money')}${teasers(headlines)}${prose('The tolls')}${prose('The end')}</article></main>`));
    const paragraphs = result.body!.paragraphs.map((p) => p.text);
    expect(paragraphs.join('\n')).not.toMatch(/Harbour wall|School board/);
    expect(paragraphs).toHaveLength(4);
  });
});

describe('splitHtml headings whose section was taken out', () => {
  const prose = (topic: string) => `<p>${topic} is the theme of this paragraph, which runs on for a while with commas, clauses and a point or two, so that it reads as the prose of an article.</p>`;
  const related = `<div class="related-posts">${[1, 2, 3].map((i) => `<div class="related-item"><a href="/p${i}">A related post number ${i} on a topic next to this one, with a long teaser line under it</a></div>`).join('')}</div>`;

  it('drops a heading left with nothing under it, inside the article or at its end', () => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1><h2>The vote</h2>${prose('The vote')}<h2>You might like</h2>${related}<h2>The money</h2>${prose('The money')}${prose('The tolls')}<h3>Join our newsletter</h3></article></main>`));
    const paragraphs = result.body!.paragraphs.map((p) => p.text);
    expect(paragraphs).toEqual(expect.arrayContaining(['The vote', 'The money']));
    expect(paragraphs).not.toContain('You might like');
    expect(paragraphs).not.toContain('Join our newsletter');
  });

  it('keeps a heading followed by its subheading, and headlines with a short line between them', () => {
    const result = split(page(`<main><article><h1>Council votes on the new bridge</h1><h2>The vote</h2><h3>Who said what</h3>${prose('The vote')}<h3>Costs</h3><p><a href="/c">More</a></p><h3>Tolls</h3>${prose('The tolls')}</article></main>`));
    expect(result.body!.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['The vote', 'Who said what', 'Costs', 'Tolls']));
  });
});

describe('splitHtml headline and byline on a blog', () => {
  it("takes the post's own title over the blog's name, a date header just above it, and never the title as the author", () => {
    const result = split(page(`<header><h1>Tin Soldier Diaries</h1></header><div class="blog-posts"><h2 class="date-header"><span>Sunday, 14 January 2024</span></h2>
      <div class="post" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">Painting Napoleonic highlanders step by step</h3>
      <div class="post-body">${'<p>Twelve figures finished after three months on the shelf, and here is how the tartan is done in five steps.</p>'.repeat(4)}</div></div></div>`,
      '<title>Tin Soldier Diaries: Painting Napoleonic highlanders step by step</title>'));
    expect(result.title?.text).toBe('Painting Napoleonic highlanders step by step');
    expect(result.body?.postedAt).toBe('Sunday, 14 January 2024');
    expect(result.body?.author ?? null).toBeNull();
  });

  it('takes the <h1> that shows the declared title over a section heading sharing more of its fewer words', () => {
    const result = split(page(`<main><h1>Top 10 Health and Nutrition Trends to Watch</h1>${'<p>Shoppers are reading labels again, and the brands that answer their questions plainly are the ones that grow.</p>'.repeat(4)}
      <h2>FAQs about health and nutrition trends for 2026</h2><p>Which trend grows fastest? Gut health, by a wide margin, in every market we track.</p></main>`,
      '<title>Health And Nutrition Trends For 2026 - Tastebuds</title>'));
    expect(result.title?.text).toBe('Top 10 Health and Nutrition Trends to Watch');
  });

  it('keeps a site name in an <h1> from beating the heading that shows the declared title', () => {
    const result = split(page(`<header><h1>Arch Linux</h1></header><main><h2>What happened with Arch Linux ISO in 2024</h2>${'<p>The monthly image moved to a new build system and the signing keys changed in spring, which broke some mirrors.</p>'.repeat(3)}</main>`,
      '<title>What happened with Arch Linux ISO in 2024 / Newbie Corner / Arch Linux Forums</title>'));
    expect(result.title?.text).toBe('What happened with Arch Linux ISO in 2024');
  });
});

describe('splitHtml rendered text', () => {
  it('renders blocks, paragraphs, <br>, list items and table rows like innerText', () => {
    const result = split(page('<div>one   two\n three</div><p>para</p><p>next<br>line</p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>', ''));
    expect(result.text).toBe('one two three\n\npara\n\nnext\nline\n\na\nb\nx\ty\nz');
  });

  it('excludes script, style, noscript and template contents and decodes entities', () => {
    const result = split(page('<p>Fish &amp; chips &eacute;t&eacute; &#8220;ok&#8221;</p><script>var x = "<p>no</p>";</script><style>p{}</style><noscript>enable js</noscript><template><p>tpl</p></template>', ''));
    expect(result.text).toBe('Fish & chips été “ok”');
  });

  it('shows the parts a streaming server sent hidden for its script to swap in, and nothing else hidden', () => {
    const prose = '<p>The city council voted on Tuesday to fund the new bridge, after a long debate about costs and traffic.</p>'.repeat(3);
    // Revealed where they are: a placeholder inside <main> would still hold only its fallback.
    const result = split(page(`<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->
      <div hidden id="S:0"><article><h1>Council votes on the new bridge</h1>${prose}<div hidden>Private draft note</div></article></div>
      <div hidden id="S:7"><p>No placeholder stands for this one.</p></div><script>$RC("B:0","S:0")</script>`));
    expect(result.body?.text).toMatch(/^The city council voted/);
    expect(result.text).not.toMatch(/Private draft note|No placeholder/);
  });

  it('shows a streamed segment whose placeholder is a P: template', () => {
    const prose = '<p>The city council voted on Tuesday to fund the new bridge, after a long debate about costs and traffic.</p>'.repeat(3);
    const result = split(page(`<main><h1>Council votes on the new bridge</h1><template id="P:2"></template></main>
      <div hidden id="S:2">${prose}</div><script>$RS("S:2","P:2")</script>`));
    expect(result.body?.text).toMatch(/^The city council voted/);
  });

  it('renders the <title> as the first line when no heading shows it', () => {
    const result = split(page('<p>Just a paragraph of article text that is long enough to count, with commas, and more.</p>', '<title>Only In Head</title>'));
    expect(result.title).toMatchObject({ text: 'Only In Head', start: 0 });
    expect(result.text.startsWith('Only In Head\n\n')).toBe(true);
  });
});

describe('splitHtml bad input', () => {
  it('survives truncated HTML with unclosed tags and says so', () => {
    const result = split(WORDPRESS.slice(0, Math.floor(WORDPRESS.length * 0.6)));
    expect(result.comments.length).toBeGreaterThan(0);
    expect(result.warnings.map((w) => w.code)).toContain('truncated-input');
  });

  it('parses 10,000-deep nesting without recursion', () => {
    const html = `${'<div>'.repeat(10_000)}<p>deep text</p>${'</div>'.repeat(10_000)}`;
    const result = split(html);
    expect(result.text).toBe('deep text');
    expect(result.warnings.map((w) => w.code)).toContain('deep-nesting');
  });

  it.each(['', '<', '<<<>>>', '<div', '</p></p></div>', '<p>\u0000\uFFFF\uD800</p>', '<a href="x">'.repeat(5000)].map((html, i) => ({ i, html })))('does not crash on odd input #$i', ({ html }) => {
    expect(() => split(html)).not.toThrow();
  });
});

describe('comments outside the markup', () => {
  it('warns when a Disqus embed loads the comments', () => {
    const html = page(`${ARTICLE}<div id="disqus_thread"></div><script>var disqus_shortname = 'daily';
      (function() { var dsq = document.createElement('script'); dsq.src = '//' + disqus_shortname + '.disqus.com/embed.js'; })();</script>`);
    const result = split(html);
    expect(result.comments).toEqual([]);
    const warning = result.warnings.find((w) => w.code === 'comments-loaded-by-script');
    expect(warning?.message).toContain('Disqus');
  });

  it('warns for a Facebook comments plugin', () => {
    const result = split(page(`${ARTICLE}<div class="fb-comments" data-href="http://x"></div>`));
    expect(result.warnings.find((w) => w.code === 'comments-loaded-by-script')?.message).toContain('Facebook');
  });

  it('falls back to the text splitter inside a comment section with no per-comment markup', () => {
    const html = page(`${ARTICLE}<div id="comments"><h3>2 Comments</h3><div class="body">
      John Smith says:<br>March 3, 2012 at 10:00 am<br><br>I think this article is quite wrong about the facts.<br><br>
      Mary Jones says:<br>March 4, 2012 at 11:00 am<br><br>No, it is right, and you know it.</div></div>`);
    const result = split(html);
    expect(result.warnings.map((w) => w.code)).toContain('html-fallback-to-text');
    expect(result.comments.map((c) => c.text)).toEqual(['I think this article is quite wrong about the facts.', 'No, it is right, and you know it.']);
  });

  it('does not invent comments on a page without any', () => {
    const result = split(page(ARTICLE));
    expect(result.comments).toEqual([]);
    expect(result.warnings.map((w) => w.code)).not.toContain('html-fallback-to-text');
  });
});

describe('decodeHtmlBytes', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it.each([
    { name: 'declared windows-1252, bytes are UTF-8', bytes: utf8('<meta charset="windows-1252"><p>café “quoted”</p>'), text: 'café “quoted”', warning: 'charset-mismatch' },
    { name: 'declared UTF-8, bytes are windows-1252', bytes: Uint8Array.from([...utf8('<meta charset="utf-8"><p>caf'), 0xe9, 0x93, ...utf8('x</p>')]), text: 'café“x', warning: 'charset-mismatch' },
    { name: 'http-equiv iso-8859-1 with latin-1 bytes', bytes: Uint8Array.from([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na'), 0xef, ...utf8('ve</p>')]), text: 'naïve', warning: null },
    { name: 'shift_jis declared and used', bytes: Uint8Array.from([...utf8('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...utf8('</p>')]), text: '日本', warning: null },
    { name: 'UTF-8 BOM wins over the declaration', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1252"><p>é</p>')]), text: 'é', warning: null },
    { name: 'no declaration, not UTF-8', bytes: Uint8Array.from([...utf8('<p>caf'), 0xe9, ...utf8('</p>')]), text: 'café', warning: 'invalid-utf8' },
  ])('$name', ({ bytes, text, warning }) => {
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.text).toContain(text);
    expect(decoded.warnings.map((w) => w.code)).toEqual(warning ? [warning] : []);
    expect(split(decoded.text).text).toContain(text);
  });
});

const LONG = 'This is a long paragraph of article text, with commas, and more words, so that it wins the vote for content. '.repeat(3);

describe('no text is claimed twice (leaves do not overlap)', () => {
  const cases: [string, string][] = [
    [
      'a loose text run around a <span> that holds a <p>',
      page(`<div class="post">Loose text before, quite a lot of it to count as a run. <span>inline <p>${LONG}</p> tail</span> after text<p>${LONG}</p></div>`),
    ],
    [
      'the headline inside a line of body text',
      page(`<div class="post"><span>Posted today <h1>Council votes on the new bridge</h1> by Someone</span><p>${LONG}</p><p>${LONG}</p></div>`),
    ],
    [
      'an inline <font> run before the paragraphs',
      page(`<div class="entry"><font>Related text in font, long enough to be a paragraph here.</font><p>${LONG}</p><p>${LONG}</p></div>`),
    ],
    [
      'share buttons inside the <h1>',
      page(`<h1>Council votes on the new bridge <span class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></span></h1>
<div class="entry-content"><p>The city council voted on Tuesday to fund the new bridge, after a long debate about costs, traffic and the river.</p>
<p>Opponents said the money would be better spent on schools, while supporters pointed to the jobs it would bring.</p></div>`),
    ],
  ];
  it.each(cases)('%s', (_name, html) => {
    const result = split(html);
    expect(overlaps(result)).toEqual([]);
    expect(result.body?.paragraphs.length ?? 0).toBeGreaterThan(0);
  });

  it('keeps the headline apart from share buttons inside it', () => {
    const result = split(cases[3]![1]);
    expect(result.title?.text).toBe('Council votes on the new bridge');
  });
});

describe('splitHtml article bodies built from page-builder modules', () => {
  const module = (heading: string, paragraphs: number) =>
    `<div class="pb-module pb-rich-text"><div class="pb-module-content"><h2>${heading}</h2>${`<p>${heading} matters because a podcast lives or dies by its sound, and a good setup, a quiet room and some care with levels beat an expensive microphone every time.</p>`.repeat(paragraphs)}</div></div>`;
  const html = page(`<div class="pb-col"><div class="pb-col-content">${module('Microphones', 2)}${module('Headphones', 6)}${module('Interfaces', 2)}${module('Recording software', 2)}</div></div>
    <div class="post-replies"><div class="reply-row"><p>Benny said,</p><p>Great list, though I would add a pop filter to the essentials, it saved my plosives.</p></div></div>`);

  it('takes every module of the column, not the one the scorer found', () => {
    const result = split(html);
    expect(result.body?.text).toMatch(/^Microphones/);
    expect(result.body?.text).toMatch(/Recording software matters/);
  });

  it('does not grow into a reply list beside the article', () => {
    const reply = `<div class="reply-row"><p>Benny said,</p>${'<p>Great list, though I would add a pop filter to the essentials, it saved my plosives more than once on long takes.</p>'.repeat(4)}</div>`;
    const result = split(page(`<div class="entry"><div class="post">${module('Microphones', 6)}</div><div class="replies">${reply.repeat(3)}</div></div>`));
    expect(result.body?.text).toMatch(/^Microphones/);
    expect(result.body?.text ?? '').not.toMatch(/pop filter/);
  });
});

describe('splitHtml article end inside the post container', () => {
  const prose = (topic: string) => `<p>${topic} is the theme of this paragraph, which runs on for a while with commas, clauses and a point or two, so that it reads as the prose of an article rather than a label.</p>`;
  const article = ['Yoga', 'Breathing', 'Patience', 'Laughter', 'Practice', 'Rest', 'Kitchens', 'Plumbing', 'Winter', 'Change', 'Friends', 'Habits', 'Calm', 'Chaos'].map(prose).join('');
  const tail = `<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">X</a></li><li><a href="#">Facebook</a></li></ul></div>
    <h4>Written by</h4><p>Jordanna</p><h3>Recent Posts</h3><p><a href="/a">My journey</a></p><p><a href="/b">Week one</a></p><h3>Categories</h3>`;
  const html = (after: string) => page(`<main><div class="post-wrap"><h1>Yoga and the kitchen</h1>${article}${after}</div></main>`);

  it('ends at a share row that only labels and link lists follow', () => {
    const result = split(html(tail));
    expect(result.body?.text).toMatch(/Chaos is the theme/);
    expect(result.body?.text ?? '').not.toMatch(/Recent Posts|Written by/);
    expect(result.boilerplate.some((item) => item.text.startsWith('Share this'))).toBe(true);
  });

  it('goes on past a share row that more of the article follows', () => {
    const result = split(html(`${tail.slice(0, tail.indexOf('<h4>'))}${['Ending', 'Summary', 'Morals', 'Lessons'].map(prose).join('')}`));
    expect(result.body?.text).toMatch(/Lessons is the theme/);
  });
});

describe('splitHtml short article closed by a share row', () => {
  const prose = (topic: string) => `<p>${topic} is the theme of this paragraph, which runs on for a while with commas, clauses and a point or two, so that it reads as prose.</p>`;
  const table = '<section class="standings"><h2>Table</h2><table><tr><td>1</td><td>Rovers</td><td>9</td></tr><tr><td>2</td><td>United</td><td>7</td></tr></table></section>';
  const html = (shareClass: string, after: string) =>
    page(`<main><article><h1>Manager leaves</h1>${['Sacking', 'Derby', 'Board', 'Fans', 'Squad', 'Future'].map(prose).join('')}<div class="${shareClass}"><span>Share this article</span><a href="#">Facebook</a><a href="#">X</a></div>${after}</article></main>`);

  it.each([
    ['a prefixed share row that only a table follows', 'site-share-row', table, false],
    ['a prefixed share row that more prose follows', 'site-share-row', ['Ending', 'Summary'].map(prose).join(''), true],
    ['a box of another kind that only a table follows', 'site-promo-row', table, true],
  ])('%s', (_, shareClass, after, bodyGoesOn) => {
    const result = split(html(shareClass, after));
    expect(result.body?.text).toMatch(/Future is the theme/);
    expect(/Rovers|Summary is the theme/.test(result.body?.text ?? '')).toBe(bodyGoesOn);
  });
});

describe('splitHtml sign-up box inside an article', () => {
  const prose = (topic: string) => `<p>${topic} is the theme of this paragraph, which runs on for a while with commas, clauses and a point or two, so that it reads as prose.</p>`;
  const box = (fields: string) =>
    `<div class="group-box"><h3>Get our letter</h3><p>Our free weekday letter has the town news and the events calendar.</p><form method="post"><p>${fields}<input type="submit" value="Go"></p></form></div>`;
  const html = (fields: string) => page(`<main><article><h1>Library closes</h1>${['Vote', 'Budget', 'Branch', 'Service'].map(prose).join('')}${box(fields)}</article></main>`);

  it.each([
    ['a form asking only for an email', '<input type="email" name="EMAIL">', false],
    ['a form asking for an email beside a text area', '<input type="email" name="email"><textarea name="comment"></textarea>', true],
    ['a form asking for no email', '<input type="text" name="q">', true],
  ])('%s', (_, fields, boxInBody) => {
    const result = split(html(fields));
    expect(result.body?.text).toMatch(/Service is the theme/);
    expect(/Our free weekday letter/.test(result.body?.text ?? '')).toBe(boxInBody);
  });

  // A form asking for an email is a sign-up box with its heading only when it speaks of subscribing or asks for nothing else.
  const headedBox = (heading: string, words: string, fields: string) =>
    `<div class="group-box"><h3>${heading}</h3><p>${words}</p><form method="post"><p><input type="email" name="email">${fields}<input type="submit" value="Send"></p></form></div>`;
  it.each([
    ['a contact box asking for an email and a choice', 'Reach the planning office', 'Tell the planning officers what you think of the plan before the hearing.', '<select name="ward"><option>North ward</option><option>South ward</option></select>', true],
    ['a box offering updates that asks for a name too', 'Stay in the loop', 'Get updates on the plan in your inbox every Friday.', '<input type="text" name="first">', false],
    ['a box asking only for an email, whatever its words', 'Stay in the loop', 'Every Friday, the week at the town hall.', '', false],
  ])('%s', (_, heading, words, fields, boxInBody) => {
    const result = split(page(`<main><article><h1>Library closes</h1>${['Vote', 'Budget', 'Branch', 'Service'].map(prose).join('')}${headedBox(heading, words, fields)}</article></main>`));
    expect(result.body?.text).toMatch(/Service is the theme/);
    expect(result.body?.text?.includes(heading)).toBe(boxInBody);
    expect(result.body?.text?.includes(words)).toBe(boxInBody);
  });

  it('takes only the form, not a card without a heading that it sits in', () => {
    const card = '<div class="card"><p>The garden bench in oak, with a slatted seat and a lifetime guarantee on every joint.</p><form><input type="email" name="notify"></form></div>';
    const result = split(page(`<main><article><h1>Benches</h1>${['Oak', 'Teak', 'Pine'].map(prose).join('')}${card}</article></main>`));
    expect(result.body?.text).toMatch(/slatted seat/);
  });
});

describe('splitHtml collapsed accordion and tab panels', () => {
  const step = (n: number, hidden: string) => `<div class="accordion"><a role="button" aria-controls="step-${n}" aria-expanded="false">Step ${n}</a>
    <div id="step-${n}" role="region" aria-labelledby="h-${n}" ${hidden}><p>Step ${n} of the installation takes about a week, while the installer files the permits and orders the panels for your roof.</p></div></div>`;
  const html = page(`<nav><button aria-controls="menu" aria-expanded="false">Menu</button><ul id="menu" style="display:none"><li><a href="/a">Secret menu link</a></li></ul></nav>
    <article><h1>How to install solar panels</h1><p>Installing solar panels can cut your bills, and the process has several steps, each of which takes a while to finish.</p>
    ${step(1, 'style="display:none;"')}${step(2, 'hidden')}</article>`);

  it('shows the panels a control opens as part of the body', () => {
    const result = split(html);
    expect(result.body?.text).toMatch(/Step 1 of the installation/);
    expect(result.body?.text).toMatch(/Step 2 of the installation/);
  });

  it('leaves a hidden menu hidden, though a button controls it', () => {
    expect(split(html).text).not.toMatch(/Secret menu link/);
  });
});

describe('splitHtml panels: tabs are alternative views, comment sections stay as shown', () => {
  const opinions = ['The bridge will pay for itself within a decade, judging by the last one.', 'Nobody asked the people who live by the river what they wanted here.', 'I would rather see the money spent on the bus routes that were cut.'];
  const comment = (n: number) => `<div class="comment"><span class="author">reader${n}</span><p>${opinions[n - 1]}</p></div>`;
  const thread = (order: number[]) => order.map(comment).join('');
  const tabbed = (panelAttrs: string) => page(`${ARTICLE}<section class="comments"><h3>3 comments</h3>
    <div role="tablist"><button role="tab" id="tab-new" aria-controls="sort-new" aria-selected="true">Newest</button><button role="tab" id="tab-top" aria-controls="sort-top">Top</button></div>
    <div id="sort-new" role="tabpanel" aria-labelledby="tab-new">${thread([1, 2, 3])}</div>
    <div id="sort-top" ${panelAttrs} aria-labelledby="tab-top" hidden>${thread([3, 1, 2])}</div></section>`);

  it('counts each comment once when an inactive sort tab repeats the thread', () => {
    for (const attrs of ['role="tabpanel"', '']) {
      const result = split(tabbed(attrs));
      expect(result.comments.map((c) => c.text).sort()).toEqual([...opinions].sort());
    }
  });

  it('leaves a hidden tab panel outside comments hidden beside the shown one', () => {
    const html = page(`<article><h1>Our trail guide</h1><p>The trail runs along the ridge for eleven miles, with two huts where hikers can sleep when the weather turns.</p>
      <button aria-controls="map-view">Map</button><button aria-controls="list-view">List</button>
      <div id="map-view" role="tabpanel"><p>The map view shows the ridge trail with both huts, the spring and the parking area at the bottom.</p></div>
      <div id="list-view" role="tabpanel" hidden><p>The list view repeats the ridge trail stops one by one, from the parking area up to the second hut.</p></div></article>`);
    const result = split(html);
    expect(result.text).toMatch(/The map view shows/);
    expect(result.text).not.toMatch(/The list view repeats/);
  });

  it('still opens an accordion region beside one already open', () => {
    const html = page(`<article><h1>Questions about the bridge</h1><p>These are the questions readers asked most often about the bridge project and the closures it brings.</p>
      <button aria-controls="q1" aria-expanded="true">When does work start?</button><div id="q1" role="region"><p>Work starts in March, once the river is low enough for the crews to set the first piers safely.</p></div>
      <button aria-controls="q2" aria-expanded="false">Will the road close?</button><div id="q2" role="region" hidden><p>The road closes at night for six weeks, and a detour runs over the old bridge upstream meanwhile.</p></div></article>`);
    expect(split(html).body?.text).toMatch(/The road closes at night/);
  });

  it('opens no panel inside a comment section', () => {
    const html = page(`${ARTICLE}<div id="comments">${thread([1, 2])}<button aria-controls="older" aria-expanded="false">Show older</button>
      <div id="older" role="region" hidden>${comment(3)}</div></div>`);
    expect(split(html).text).not.toMatch(/bus routes/);
  });
});

describe('splitHtml panels nested in panels, and boxes that hold a form', () => {
  it('opens a collapsed answer inside a collapsed tab', () => {
    const html = page(`<article><h1>Heat pump questions</h1><p>Readers sent us their questions about heat pumps, and our energy desk answered the ones that came up most often.</p>
      <button role="tab" aria-controls="t1">Costs</button><button role="tab" aria-controls="t2">Noise</button>
      <div id="t1" role="tabpanel" hidden><p>Outer panel: a heat pump costs more to fit than a boiler, though it runs for less over the years.</p>
      <button aria-controls="a1" aria-expanded="false">Are there grants?</button><div id="a1" role="region" hidden><p>Inner answer: grants cover part of the fitting cost in most regions, if the house is insulated.</p></div></div></article>`);
    const body = split(html).body?.text ?? '';
    expect(body).toMatch(/Outer panel/);
    expect(body).toMatch(/Inner answer/);
  });

  it('leaves a hidden login box hidden though a header button names it, and opens a labelled panel', () => {
    const html = page(`<header><button aria-controls="login">Sign in</button></header>
      <div id="login" aria-labelledby="login-title" hidden><h2 id="login-title">Sign in to your account</h2><form><label>Email address for your account</label><input name="email"></form></div>
      <article><h1>How the bridge was built</h1><p>The bridge took four years to build, and most of that time went into the foundations under the river bed.</p>
      <button aria-controls="more" aria-expanded="false">Read more</button><div id="more" aria-labelledby="more-label" hidden><p>The piers were sunk in winter, when the river runs lowest, and the deck was lifted into place in spring.</p></div></article>`);
    const result = split(html);
    expect(result.text).not.toMatch(/Sign in to your account/);
    expect(result.body?.text).toMatch(/The piers were sunk in winter/);
  });
});

describe('splitHtml article end: an inline box near the end is no end', () => {
  const prose = (topic: string) => `<p>${topic} is the theme of this paragraph, which runs on for a while with commas, clauses and a point or two, so that it reads as the prose of an article rather than a label.</p>`;
  const article = ['Rivers', 'Ferries', 'Tolls', 'Traffic', 'Cyclists', 'Budgets', 'Steel', 'Concrete', 'Piers', 'Cranes', 'Winter', 'Delays', 'Workers', 'Neighbours'].map(prose).join('');
  const last = '<p>The last paragraph says when the bridge opens: next autumn, if the steel arrives on time, with a party on both banks of the river for everyone.</p>';
  const html = (box: string, after: string) => page(`<main><div class="post"><h1>The new bridge, step by step</h1>${article}${box}${after}</div></main>`);
  const boxes = [
    '<aside class="related"><h3>Related</h3><ul><li><a href="/x">Another story about bridges</a></li></ul></aside>',
    '<div class="widget newsletter"><p>Sign up</p></div>',
  ];

  it('keeps the paragraph after a related box or a newsletter box', () => {
    for (const box of boxes) expect(split(html(box, last)).body?.text).toMatch(/The last paragraph says when the bridge opens/);
  });

  it('still ends at such a box when teasers come back between further boxes', () => {
    const teaser = (topic: string) => `<p>${topic}: a short teaser for another story on this site, which a reader opens from the link below it.</p><div class="related-link"><a href="/s">Read article</a></div>`;
    const result = split(html(boxes[0]!, ['Tunnels', 'Canals'].map(teaser).join('')));
    expect(result.body?.text).toMatch(/Neighbours is the theme/);
    expect(result.body?.text ?? '').not.toMatch(/short teaser/);
  });

  it('still ends at such a box that only labels and links follow', () => {
    for (const box of boxes) {
      const result = split(html(box, '<h3>Recent Posts</h3><p><a href="/a">My journey</a></p><p><a href="/b">Week one</a></p><h3>Categories</h3>'));
      expect(result.body?.text).toMatch(/Neighbours is the theme/);
      expect(result.body?.text ?? '').not.toMatch(/Recent Posts/);
    }
  });
});

describe('splitHtml service page of sections built differently, no landmarks', () => {
  // Each section nests its text deeper than a paragraph's vote reaches: the scorer's winner is one section.
  const section = (heading: string, sentence: string, cls: string) => `<div class="${cls}"><div class="row"><div class="col"><div class="inner"><h2>${heading}</h2><p>${sentence}</p></div></div></div></div>`;
  const sections = [
    section('Breach response', 'Our response team answers an active breach at any hour, isolates the systems it reached and restores them.', 'hero-band'),
    section('Risk assessment', 'We map what you run, where it is exposed, and which controls close the gaps, in a report your board can read.', 'split-media'),
    section('Compliance', 'Audits against the frameworks your sector asks for, with the evidence gathered for you, and fixes tracked.', 'card-grid'),
    section('Managed detection', 'Analysts watch your endpoints and cloud accounts, and call you, not a ticket queue, when something moves.', 'quote-band'),
  ].join('\n');
  const html = page(`<div class="top"><a href="/">Home</a> <a href="/services">Services</a> <a href="/contact">Contact</a></div><div class="page">${sections}</div><div class="bottom"><a href="/privacy">Privacy</a></div>`, '<title>Security services</title>');

  it('takes every section as the body when no one of them holds the page', () => {
    const body = split(html).body;
    for (const heading of ['Breach response', 'Risk assessment', 'Compliance', 'Managed detection']) expect(body?.text).toContain(heading);
  });

  it('keeps a post of a few paragraphs as the body beside longer unlabelled boxes', () => {
    const post = `<div class="post"><h1>Notes from the allotment</h1><p>${'The beans came up late this year, after a cold spring, but the crop was the best we have had in a while, and the neighbours took the rest. '.repeat(5)}</p></div>`;
    const box = (n: number) => `<div class="box${n}"><div class="in"><div class="in2"><p>${'A reader wrote in about the old orchard by the river, where the pears ripen in September, and asked who keeps it now. '.repeat(3)}</p></div></div></div>`;
    const body = split(page(`<div class="wrap">${post}<div class="col2">${[1, 2, 3, 4, 5, 6, 7, 8].map(box).join('')}</div></div>`)).body;
    expect(body?.text).toMatch(/^The beans came up late/);
    expect(body?.text).not.toContain('old orchard');
  });
});

describe('splitHtml forms: a form of hidden inputs wraps what it shows', () => {
  const post = (form: string) => page(`<div class="site"><a href="/">Home</a></div><div class="post"><h1>Got doored on the avenue today</h1>${form}</div><div class="foot"><a href="/about">About</a></div>`, '<title>Got doored on the avenue today</title>');
  const text = '<p>Posting this partly to vent: a driver opened his door into the bike lane and I went over the handlebars, then he said it was my fault.</p><p>Is it worth filing a police report a day later?</p>';

  it('keeps a post inside a form that asks nothing (old Reddit) as the body', () => {
    const body = split(post(`<form action="#" class="usertext"><input type="hidden" name="thing_id" value="t3_1"><div class="md">${text}</div></form>`)).body;
    expect(body?.text).toMatch(/^Posting this partly to vent/);
  });

  it('leaves out a form of hidden inputs around a grid of linked cards', () => {
    const cards = [1, 2, 3, 4].map((n) => `<div class="card"><a href="/p/${n}">Dash camera model number ${n} with parking mode</a> Records in 4K.</div>`).join('');
    const result = split(post(`<div class="md">${text}<form action="/compare"><input type="hidden" name="list" value="1">${cards}</form></div>`));
    expect(result.body?.text).not.toContain('Dash camera model');
  });

  it('still leaves out a form that asks for something', () => {
    const result = split(post(`<div class="md">${text}</div><form action="/search"><label>Search the forum for similar questions and answers</label><input type="text" name="q"></form>`));
    expect(result.body?.text).not.toContain('Search the forum');
  });
});
