/**
 * Forum threads, Q&A pages and comment systems on the HTML path (issue 13): the opening post as
 * the body with its author and date, posts found by repeated structure on an unknown engine, quote
 * blocks and parent links as reply evidence, and the guards that keep feeds and teaser grids out.
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

/** A post of an engine nobody named: only its structure says it is a post. */
function post(id: number, name: string, date: string, text: string, quote = ''): string {
  return `<div class="xx-msg" id="m${id}"><div class="xx-head"><a href="/members/${encodeURIComponent(name)}.${id}/">${name}</a> <span class="xx-when">${date}</span></div>
    <div class="xx-text">${quote}<p>${text}</p></div><div class="xx-tools"><a href="#">Like</a></div></div>`;
}

const thread = (posts: string, before = '') => `<!doctype html><html><head><title>Which wood for a workbench top? | Bench Forum</title></head><body>
  <nav><a href="/">Forums</a> <a href="/new">New posts</a></nav>${before}
  <h1>Which wood for a workbench top?</h1><div class="xx-thread">${posts}</div><footer>Forum software footer</footer></body></html>`;

describe('forum threads', () => {
  const posts = [
    post(1, 'oak_lover', 'Mar 2, 2024', 'Building my first bench and cannot decide between beech and maple for the top, any advice from people who have done it?'),
    post(2, 'Lena K', 'Mar 2, 2024', 'Beech is cheaper here and plenty hard, I used it and have no regrets after six years.'),
    post(3, 'grumpy_joiner', 'Mar 3, 2024', 'Maple, always maple, beech moves too much with the seasons in my shop.', '<blockquote data-quote="Lena K"><div>Lena K said:</div>Beech is cheaper here</blockquote>'),
  ].join('');

  it('reads the opening post as the body with its author and date, and later posts as comments', () => {
    const page = split(thread(posts));
    expect(page.title?.text).toBe('Which wood for a workbench top?');
    expect(page.body?.text).toMatch(/^Building my first bench/);
    expect(page.body?.author).toBe('oak_lover');
    expect(page.body?.postedAt).toBe('Mar 2, 2024');
    expect(page.comments.map((c) => c.author)).toEqual(['Lena K', 'grumpy_joiner']);
    expect(page.comments.map((c) => c.postedAt)).toEqual(['Mar 2, 2024', 'Mar 3, 2024']);
  });

  it('sets the parent from a quote block, and keeps the quote in the reply text', () => {
    const [first, second] = split(thread(posts)).comments;
    expect(second?.parentId).toBe(first?.id);
    expect(second?.replyEvidence?.rule).toBe('split/quote');
    expect(second?.text).toMatch(/^Lena K said:/);
  });

  it("answers the post of the quoted author that holds the quoted words, not that author's latest", () => {
    const more = [
      posts,
      post(4, 'Lena K', 'Mar 4, 2024', 'Fair point about movement, I did leave mine to acclimatise in the garage for a month first.'),
      post(5, 'oak_lover', 'Mar 5, 2024', 'Beech it is, then, thanks all.', '<blockquote data-quote="Lena K"><div>Lena K said:</div>I used it and have no regrets after six years.</blockquote>'),
    ].join('');
    const comments = split(thread(more)).comments;
    expect(comments.map((c) => c.author)).toEqual(['Lena K', 'grumpy_joiner', 'Lena K', 'oak_lover']);
    expect(comments[3]?.parentId).toBe(comments[0]?.id);
  });

  it('keeps an article before the posts: then the first post is a comment', () => {
    const article = `<article><h2>Our guide</h2>${'<p>A long article paragraph about workbench tops, the woods people use and why hardness matters for a bench that lasts decades.</p>'.repeat(6)}</article>`;
    const page = split(thread(posts, article));
    expect(page.comments[0]?.author).toBe('oak_lover');
    expect(page.body?.text).toMatch(/A long article paragraph/);
  });

  it('takes the display name as the author when a fediverse handle follows it', () => {
    const page = split(thread([
      post(1, 'Maya Okafor @maya', 'Mar 2, 2024', 'Building my first bench and cannot decide between beech and maple for the top, any advice?'),
      post(2, 'Tom Briggs @tbriggs@mastodon.social', 'Mar 2, 2024', 'Beech is cheaper here and plenty hard, I used it and have no regrets after six years.'),
      post(3, 'Kev @kev@toot.wales', 'Mar 3, 2024', 'Maple, always maple, beech moves too much with the seasons in my shop.'),
    ].join('')));
    expect(page.body?.author).toBe('Maya Okafor');
    expect(page.comments.map((c) => c.author)).toEqual(['Tom Briggs', 'Kev']);
  });

  it('leaves one account posting in a row alone: a feed is no thread', () => {
    const feed = [1, 2, 3, 4].map((i) => post(i, 'NewsBot', `${i} hours ago`, `Headline number ${i} with a few more words so it reads like a post.`)).join('');
    const page = split(`<html><body><h1>Page</h1>${'<p>Some article text that is long enough to be the body of this page, with commas, clauses and more.</p>'.repeat(4)}<aside class="box">${feed}</aside></body></html>`);
    expect(page.comments).toEqual([]);
  });
});

describe('Q&A pages', () => {
  it('makes the question the body, answers comments, and comments under an answer replies to it', () => {
    const card = (verb: string, name: string, date: string) =>
      `<div class="user-info"><div class="user-action-time">${verb} <span class="relativetime">${date}</span></div><div class="user-details"><a href="/users/1/${name}">${name}</a></div></div>`;
    const comment = (name: string, date: string, text: string) =>
      `<li class="comment"><span class="comment-copy">${text}</span> – <a href="/users/9/${name}" class="comment-user">${name}</a> <span class="comment-date">${date}</span></li>`;
    const html = `<html><body><h1>Why does my sauce split?</h1>
      <div class="question" id="question"><div class="s-prose" itemprop="text"><p>My sauce splits after ten minutes on the stove, what am I doing wrong here?</p></div>${card('asked', 'clara', 'Mar 11, 2024 at 8:14')}
        <ul class="comments">${comment('joe', 'Mar 11, 2024 at 9:02', 'How warm is the water under the bowl exactly?')}</ul></div>
      <div id="answers"><div class="answer"><div class="s-prose" itemprop="text"><p>Your holding temperature is too high; keep it below sixty degrees and whisk now and then.</p></div>${card('answered', 'rafael', 'Mar 11, 2024 at 10:41')}
        <ul class="comments">${comment('clara', 'Mar 11, 2024 at 13:15', 'This was it, thank you, it held for an hour.')}</ul></div></div></body></html>`;
    const page = split(html);
    expect(page.body?.text).toMatch(/^My sauce splits/);
    expect(page.body?.author).toBe('clara');
    const byText = (start: string) => page.comments.find((c) => c.text.startsWith(start))!;
    const answer = byText('Your holding temperature');
    expect(answer.author).toBe('rafael');
    expect(byText('This was it').parentId).toBe(answer.id);
    expect(byText('How warm').parentId).toBeNull();
  });

  it.each([
    ['"@Name"', '@mira_k'],
    ["a sibling's whole name, as Facebook tags it", 'mira_k'],
  ])('makes a comment under an answer that opens with %s a reply to that sibling comment', (_shape, opener) => {
    const comment = (name: string, text: string) => `<li class="comment"><span class="comment-copy">${text}</span> – <a href="/users/9/${name}" class="comment-user">${name}</a> <span class="comment-date">Mar 12, 2024 at 9:0${name.length % 10}</span></li>`;
    const html = `<html><body><h1>Why does my sauce split?</h1>
      <div class="question" id="question"><div class="s-prose" itemprop="text"><p>My sauce splits after ten minutes on the stove, what am I doing wrong here?</p></div>
        <div class="user-info"><div class="user-action-time">asked <span class="relativetime">Mar 11, 2024 at 8:14</span></div><div class="user-details"><a href="/users/2/clara">clara</a></div></div>
        <ul class="comments">${comment('joe', 'How warm is the water under the bowl exactly?')}</ul></div>
      <div id="answers"><div class="answer"><div class="s-prose" itemprop="text"><p>Your holding temperature is too high; keep it below sixty degrees and whisk now and then.</p></div>
        <div class="user-info"><div class="user-action-time">answered <span class="relativetime">Mar 11, 2024 at 10:41</span></div><div class="user-details"><a href="/users/1/rafael">rafael</a></div></div>
        <ul class="comments">${comment('mira_k', 'Sixty is too hot for a hollandaise in my experience.')}${comment('tom', 'Worked for me at sixty.')}${comment('rafael', `${opener} good point, I have added a note to the answer.`)}</ul></div></div></body></html>`;
    const page = split(html);
    const byText = (start: string) => page.comments.find((c) => c.text.startsWith(start))!;
    const answer = byText('Your holding temperature');
    expect(byText('Worked for me').parentId).toBe(answer.id);
    expect(byText(opener).parentId).toBe(byText('Sixty is too hot').id);
  });

  // Stack Exchange's layout, and replies that open with a sibling's name: as a tag or "@" mention,
  // or as an ordinary word of a sentence, which keeps the reply under the answer.
  const answerWith = (comments: [string, string][]) => {
    const comment = (name: string, text: string) => `<li class="comment"><span class="comment-copy">${text}</span> – <a href="/users/9/${name}" class="comment-user">${name}</a> <span class="comment-date">Mar 12, 2024 at 9:0${name.length % 10}</span></li>`;
    return split(`<html><body><h1>Why does my bread collapse?</h1>
      <div class="question" id="question"><div class="s-prose" itemprop="text"><p>My loaf rises well and then falls flat in the oven, what is going on with the dough?</p></div>
        <div class="user-info"><div class="user-action-time">asked <span class="relativetime">Mar 11, 2024 at 8:14</span></div><div class="user-details"><a href="/users/2/ines">ines</a></div></div>
        <ul class="comments">${comment('joe', 'How long is the second rise, and how warm is the kitchen?')}</ul></div>
      <div id="answers"><div class="answer"><div class="s-prose" itemprop="text"><p>It is over-proofed; shorten the second rise and bake it as soon as it springs back slowly.</p></div>
        <div class="user-info"><div class="user-action-time">answered <span class="relativetime">Mar 11, 2024 at 10:41</span></div><div class="user-details"><a href="/users/1/piet">piet</a></div></div>
        <ul class="comments">${comments.map(([name, text]) => comment(name, text)).join('')}</ul></div></div></body></html>`);
  };
  it.each([
    ['a contraction of the name', 'will', "Will've been the yeast, not the proofing, in my book."],
    ['the name as a word of a sentence', 'grant', 'Grant me this much, the answer is right about the rise.'],
    ['the name glued to more letters', 'rob', 'Robust advice, the second rise was my problem too.'],
  ])("keeps a reply opening with %s under the answer, not under the sibling of that name", (_shape, name, text) => {
    const page = answerWith([[name, 'Works for rye too, I have tried it twice now.'], ['olga', 'A second opinion here from a baker.'], ['kai', text]]);
    const byText = (start: string) => page.comments.find((c) => c.text.startsWith(start))!;
    const answer = byText('It is over-proofed');
    expect(byText(text.slice(0, 12)).parentId).toBe(answer.id);
    expect(byText(text.slice(0, 12)).replyEvidence?.rule).toMatch(/dom-nesting$/);
  });

  it.each([
    ['"@name"', '@grant', 'at-mention'],
    ['a handle as Facebook tags it', 'grant_88', 'tagged-name'],
    ['a plain name addressed with a comma', 'grant,', 'tagged-name'],
  ])('answers the sibling a reply opens with %s, the mention as evidence', (_shape, opener, rule) => {
    const name = opener.replace(/^@|,$/g, '');
    const page = answerWith([[name, 'Works for rye too, I have tried it twice now.'], ['olga', 'A second opinion here from a baker.'], ['kai', `${opener} which rye flour did you use?`]]);
    const reply = page.comments.find((c) => c.text.startsWith(opener))!;
    expect(reply.parentId).toBe(page.comments.find((c) => c.text.startsWith('Works for rye'))!.id);
    expect(reply.replyEvidence).toMatchObject({ text: opener.replace(/,$/, ''), start: reply.start, rule: expect.stringMatching(new RegExp(`${rule}$`)) });
  });

  it.each([
    ['built like the comment it sits in', () => 'comment'],
    ['whose classes count its depth', (depth: number) => `comment ${depth % 2 ? 'odd' : 'even'} depth-${depth}`],
  ])('leaves a reply nested under its comment there (WordPress), %s, however it opens', (_shape, classes) => {
    const c = (id: number, name: string, text: string, children = '') => `<li class="${classes(id === 1 ? 1 : 2)}" id="comment-${id}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${name}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id}"><time>March ${id}, 2019 at 4:12 pm</time></a></div></footer><div class="comment-content"><p>${text}</p></div><div class="reply"><a class="comment-reply-link" href="?replytocom=${id}#respond">Reply</a></div></article>${children ? `<ol class="children">${children}</ol>` : ''}</li>`;
    const page = split(`<html><head><title>Library hours cut</title></head><body><article><h1>Library hours cut</h1><p>The library will close two hours earlier on weekdays from May, the board decided after a long meeting on the budget.</p><p>Weekend hours stay as they are for now, a spokesman said, though the board will look again in the autumn.</p></article>
      <div id="comments"><ol class="comment-list">${c(1, 'Hana', 'A sad day for students.', c(2, 'Lev', 'They study at home anyway.') + c(3, 'Omar', '@Lev not all of them have a quiet home, Hana is right.'))}</ol></div></body></html>`);
    // Two replies one level deep say nothing of how deep this engine nests: Omar chose to reply under Hana.
    // (Where many replies sit one level deep and none deeper, "@Lev" picks Lev: tests/split-html-reply-evidence.)
    const [hana, , omar] = page.comments;
    expect(omar!.parentId).toBe(hana!.id);
    expect(omar!.replyEvidence?.rule).toMatch(/dom-nesting$/);
  });
});

describe('Q&A pages as Stack Exchange lays them out', () => {
  it("reads the question, with its signature card and comment container, as the body and the answers as comments", () => {
    const card = (verb: string, name: string, date: string) =>
      `<div class="post-signature"><div class="user-info"><div class="user-action-time">${verb} <span class="relativetime">${date}</span></div><div class="user-details"><a href="/users/1/${name}">${name}</a></div><div class="-flair"><span class="reputation-score">163</span> 5 bronze badges</div></div></div>`;
    const comment = (name: string, date: string, text: string) =>
      `<li class="comment"><span class="comment-copy">${text}</span> – <a href="/users/9/${name}" class="comment-user">${name}</a> <span class="comment-date">${date}</span></li>`;
    const post = (kind: string, text: string, signature: string, comments: string) =>
      `<div class="${kind}"><div class="votecell"><button>Up vote</button>14</div><div class="postcell"><div class="s-prose" itemprop="text"><p>${text}</p></div>${signature}</div>
        <div class="post-layout--right"><div class="comments"><ul class="comments-list">${comments}</ul></div></div></div>`;
    const page = split(`<html><body><h1>Why does my sauce split?</h1><div><span>Asked</span> <time datetime="2024-03-11T08:14">1 month ago</time></div><div id="mainbar" role="main">
      ${post('question', 'My sauce splits after ten minutes on the stove, what am I doing wrong here?', card('asked', 'clara', 'Mar 11, 2024 at 8:14'), comment('joe', 'Mar 11, 2024 at 9:02', 'How warm is the water under the bowl exactly?'))}
      <div id="answers">${post('answer', 'Your holding temperature is too high; keep it below sixty degrees and whisk now and then.', card('answered', 'rafael', 'Mar 11, 2024 at 10:41'), comment('clara', 'Mar 11, 2024 at 13:15', 'This was it, thank you, it held for an hour.'))}</div></div></body></html>`);
    expect(page.body?.text).toMatch(/^My sauce splits/);
    expect(page.body?.author).toBe('clara');
    expect(page.body?.postedAt).toBe('Mar 11, 2024 at 8:14');
    expect(page.comments.map((c) => c.author)).toEqual(['joe', 'rafael', 'clara']);
  });
});

describe('comment systems', () => {
  it('reads a name shown as a button (Coral, Viafoura) as the author', () => {
    const comment = (name: string, text: string) =>
      `<div class="coral-comment"><div class="coral-comment-topBar"><button class="coral-comment-username"><span>${name}</span></button><time class="coral-timestamp" datetime="2024-05-01">1 day ago</time></div><div class="coral-content"><p>${text}</p></div></div>`;
    const page = split(`<html><body><h1>News story</h1>${'<p>The story itself runs for a few sentences, with commas, names and places.</p>'.repeat(4)}
      <section id="coral_thread">${comment('EastgateMom', 'Good news for the whole street.')}${comment('carlos_m', 'Same happened to us twice this year.')}</section></body></html>`);
    expect(page.comments.map((c) => c.author)).toEqual(['EastgateMom', 'carlos_m']);
  });

  it('ends the body where the comment section begins, before its count and sort menu', () => {
    const comment = (name: string, text: string) =>
      `<li class="comment"><cite class="fn">${name}</cite> <time datetime="2024-03-03">March 3, 2024</time><div class="comment-content"><p>${text}</p></div></li>`;
    const page = split(`<html><body><main><h1>Council votes</h1>${'<p>The council voted on Tuesday to approve the new plan for the library branch.</p>'.repeat(4)}
      <section class="site-comments"><div class="counter">12 Comments</div><div class="sort">Sort by Newest</div>
      <ol class="commentlist">${comment('Anna', 'Finally a decision after a year of hearings.')}${comment('Tom', 'I doubt it will change anything at all.')}</ol></section></main></body></html>`);
    expect(page.comments).toHaveLength(2);
    expect(page.body?.text).not.toMatch(/Comments|Sort by/);
  });

  it.each([
    ['a list whose first item is the first comment', 'li', (items: string) => `<ol class="replies">${items}</ol>`, false],
    ['comments loose in the section after its guidelines line', 'div', (items: string) => items, false],
  ])('keeps the section preamble out of the body: %s', (_, tag, list, bodyHasPreamble) => {
    const comment = (name: string, text: string) =>
      `<${tag} class="comment"><cite class="fn">${name}</cite> <time datetime="2024-03-03">March 3, 2024</time><div class="comment-content"><p>${text}</p></div></${tag}>`;
    const page = split(`<html><body><main><h1>Ferry timetable changes</h1>${'<p>The ferry adds two evening sailings each weekday from Monday, the operator said on Tuesday.</p>'.repeat(3)}
      <div id="talk-root"><div class="talk-head"><h2>Conversation</h2><span>9 Comments</span></div><p class="talk-rules">Please keep it civil. Remarks that break the house rules for this forum will be removed.</p>
      ${list(comment('Anna', 'Finally some sailings after work, this helps a lot.') + comment('Tom', 'I doubt the later boat will run on time at all.'))}</div></main></body></html>`);
    expect(page.comments).toHaveLength(2);
    expect(/Please keep it civil/.test(page.body?.text ?? '')).toBe(bodyHasPreamble);
  });

  it('keeps a thread whose own list has a widget-like id inside the comment section (Blogger ol#top-ra)', () => {
    const item = (id: number, name: string, text: string, replies = '') =>
      `<li class="comment" id="c${id}"><div class="comment-block"><cite class="user">${name}</cite> <span class="datetime"><a href="#c${id}">15 January 2024 at 09:${10 + id}</a></span><p class="comment-content">${text}</p></div>${replies}</li>`;
    const reply = `<div class="comment-replies"><div class="comment-thread inline-thread"><ol>${item(2, 'Alasdair', 'Thanks, a fine brush and a lot of tea does it.')}</ol></div></div>`;
    const page = split(`<html><body><div class="post"><h3>Painting highlanders</h3>${'<p>Twelve figures finished after three months on the shelf, here is how the tartan is done.</p>'.repeat(4)}</div>
      <div class="comments" id="comments"><h4>3 comments:</h4><div class="comment-thread toplevel-thread"><ol id="top-ra">${item(1, 'Colonel Blimp', 'Superb work as always, that tartan is incredible.', reply)}${item(3, 'Herr Oberst', 'Wunderschön bemalt, die Karos sind beeindruckend.')}</ol></div></div>
      <aside class="sidebar"><ul id="top-posts"><li>Other post</li></ul></aside></body></html>`);
    expect(page.comments.map((c) => c.author)).toEqual(['Colonel Blimp', 'Alasdair', 'Herr Oberst']);
    expect(page.comments[1]?.parentId).toBe(page.comments[0]?.id);
  });

  it('reads the byline: author and posting date, not the update time', () => {
    const page = split(`<html><body><article><h1>Bridge reopens</h1><div class="byline">By <a rel="author" href="/staff/jen">Jen Alvarado</a>
      <span class="updated">Updated May 2, 2024</span> <time class="published" datetime="2024-05-01">May 1, 2024 at 10:30 a.m.</time></div>
      ${'<p>The bridge reopened on Monday after eight months of repairs, officials said.</p>'.repeat(4)}</article></body></html>`);
    expect(page.body?.author).toBe('Jen Alvarado');
    expect(page.body?.postedAt).toBe('May 1, 2024 at 10:30 a.m.');
  });
});

describe('article bylines by structure', () => {
  const paragraphs = '<p>The ferry timetable changes on Monday, with two extra sailings each weekday evening.</p>'.repeat(4);
  const article = (head: string, header: string, footer = '') =>
    `<html><head>${head}</head><body><article><h1>Ferry adds evening sailings</h1>${header}<div class="entry">${paragraphs}</div>${footer}</article></body></html>`;
  const ld = (name: string) => `<script type="application/ld+json">{"@type":"BlogPosting","author":[{"@type":"Person","name":"${name}"}]}</script>`;

  it.each([
    ['a JSON-LD author the header shows in plain text', ld('Tove Marsh'), '<div class="meta">March 3, 2024 · 4 min · Tove Marsh</div>', 'Tove Marsh'],
    ['a meta author the header shows', '<meta name="author" content="Tove Marsh">', '<div class="meta">Words: Tove Marsh</div>', 'Tove Marsh'],
    ['a declared author the page never shows', ld('Tove Marsh'), '<div class="meta">March 3, 2024</div>', null],
    ['a meta author that is a profile URL', '<meta property="article:author" content="https://social.example/tove">', '<div class="meta">https://social.example/tove</div>', null],
  ])('author from %s', (_, head, header, author) => {
    expect(split(article(head, header)).body?.author ?? null).toBe(author);
  });

  // A declared name counts only as a whole name standing as a byline does (its own line, after "By" or a separator), never inside a word or a sentence.
  const titled = (head: string, headline: string, header: string, lead: string) =>
    `<html><head>${head}</head><body><article><h1>${headline}</h1>${header}<div class="entry"><p>${lead}</p>${paragraphs}</div></article></body></html>`;
  it.each([
    ['a declared name that only begins a word of the headline', '<meta name="author" content="Pia">', 'Pianists return to the old hall', '<div class="meta">March 3, 2024</div>', 'The hall reopens on Monday.', null],
    ['a declared site name the body cites while the byline names a writer', '<meta name="author" content="Harbour Street Courier">', 'Ferry adds evening sailings', '<div>By Lou Grant</div>', 'The operator told the Harbour Street Courier that more boats are coming.', null],
    ['a declared name that is a word of a question headline', '<meta name="author" content="Bill">', 'Bill the harbour board for the repairs?', '<div class="meta">March 3, 2024</div>', 'The board meets on Monday.', null],
    ['a declared name after "By" on a line of its own', '<meta name="author" content="Pia Lund">', 'Pianists return to the old hall', '<div>By Pia Lund</div>', 'The hall reopens on Monday.', 'Pia Lund'],
    ['a declared name after "By" with the writer\'s role beside it', '<meta name="author" content="Pia Lund">', 'Pianists return to the old hall', '<div class="meta"><span>By Pia Lund</span> <span>Arts reporter</span></div>', 'The hall reopens on Monday.', 'Pia Lund'],
    ['a declared name after "by" inside a sentence of the lead', '<meta name="author" content="Bill">', 'Harbour board meets', '<div class="meta">March 3, 2024</div>', 'The repairs were approved by Bill and the board.', null],
    ['a declared name closing a header line', '<meta name="author" content="Bill">', 'Harbour board meets', '<div class="meta">March 3, 2024 · 4 min · Bill</div>', 'The board meets on Monday.', 'Bill'],
  ])('author from %s', (_, head, headline, header, lead, author) => {
    expect(split(titled(head, headline, header, lead)).body?.author ?? null).toBe(author);
  });

  it.each([
    ['a "Posted by" name in the post footer', '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Tove Marsh</span></span></div>', 'Tove Marsh'],
    ['a linked name after the post with no "Posted by"', '<div class="post-footer"><span class="post-author vcard"><span class="fn">Tove Marsh</span></span></div>', null],
  ])('author from %s', (_, footer, author) => {
    expect(split(article('', '', footer)).body?.author ?? null).toBe(author);
  });

  it.each([
    ['a "Published" label before a <time>', '<time datetime="2024-03-03">Published March 3, 2024 at 9:05 a.m.</time>', 'March 3, 2024 at 9:05 a.m.'],
    ['a time, zone and date on one line', '<span class="date">Posted 9:05 PM CET, March 3, 2024</span>', '9:05 PM CET, March 3, 2024'],
    ['a date inside other words', '<span class="date">March 3, 2024 in Harbour News</span>', 'March 3, 2024'],
  ])('posting date from %s', (_, header, postedAt) => {
    expect(split(article('', `<div class="byline">${header}</div>`)).body?.postedAt).toBe(postedAt);
  });

  it.each([
    ['Ines Moraga@ines@fedi.example', 'Ines Moraga'],
    ['ines@fedi.example', 'ines@fedi.example'],
  ])('author name rendered against its fediverse address: %s', (rendered, author) => {
    const page = split(article('', `<div class="byline"><a rel="author" href="/@ines">${rendered}</a></div>`));
    expect(page.body?.author).toBe(author);
  });
});

describe('script-built pages', () => {
  it('reads a page that shows nothing but its <noscript> as a browser without scripts shows it', () => {
    const posts = [1, 2, 3]
      .map((i) => `<div class="topic-body crawler-post" id="post_${i}"><span class="creator"><a href="/u/user${i}"><span>user${i}</span></a></span><time class="post-time">March ${i}, 2024</time><div class="post" itemprop="text"><p>Post number ${i} of the thread, with enough words to be read as a post.</p></div></div>`)
      .join('');
    const page = split(`<html><head><title>Topic - Forum</title></head><body><div id="app"></div><noscript><h1>Topic</h1>${posts}</noscript></body></html>`);
    expect(page.text).toMatch(/Post number 1/);
    expect(page.body?.author).toBe('user1');
    expect(page.comments.map((c) => c.author)).toEqual(['user2', 'user3']);
  });
});

/**
 * A forum whose posts sit in a section it names "comments", inside a moderation form, below a
 * title bar that repeats the poster and date (Invision's layout, with names of our own).
 */
describe('a thread in a section named for comments', () => {
  const post = (id: number, name: string, text: string) => `<article class="zz-post zz-box" id="p${id}">
    <aside class="zz-pane"><h3><a href="/profile/${id}-${name}/">${name}</a></h3><ul><li>Members</li></ul></aside>
    <div class="zz-meta">Posted <time datetime="2024-03-19T21:22:50Z">March 19, 2024</time></div>
    <div data-role="commentContent"><p>${text}</p></div></article>`;
  const page = (jsonLd: boolean) => `<!doctype html><html><head><title>Two holes in the case - Forum</title>
    ${jsonLd ? '<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"Two holes in the case"}</script>' : ''}</head><body>
    <div class="zz-header zz-box"><h1>Two holes in the case</h1><p>By <a href="/profile/1-asker/">asker</a> <time datetime="2024-03-19T21:22:50Z">March 19, 2024</time> in <a href="/forum/3">Hardware</a></p></div>
    <div id="comments" class="zz-topic zz-spacer_top"><form action="/topic/9?do=multimod" method="post">
    ${post(1, 'asker', 'Does anyone know what the two round holes at the back of the case are meant for? The manual says nothing.')}
    ${post(2, 'helper', 'They are for an external connector of the lighting hub, a moderator said so somewhere.')}
    ${post(3, 'third', 'Mine has them too and I never found a use for them, so they are probably just for cables.')}
    </form></div><footer>Powered by forum software</footer></body></html>`;

  it('opens the thread with the first post when the page declares itself a forum thread', () => {
    const result = split(page(true));
    expect(result.title?.text).toBe('Two holes in the case');
    expect(result.body?.text).toMatch(/^Does anyone know/);
    expect(result.body?.author).toBe('asker');
    expect(result.comments.map((c) => c.author)).toEqual(['helper', 'third']);
  });

  it('finds the posts inside the moderation form, a spacing class notwithstanding, but reads them as comments without the declaration', () => {
    const result = split(page(false));
    expect(result.comments.map((c) => c.author)).toEqual(['asker', 'helper', 'third']);
  });
});

describe('post headers', () => {
  const post = (id: number, name: string, when: string, text: string) => `<div class="yy-post" id="post-${id}">
    <div class="yy-user"><a class="yy-avatar" href="/members/${name}.${id}/"><span>${name[0]!.toUpperCase()}</span></a>
    <h4><a href="/members/${name}.${id}/">${name}</a></h4><dl><dt>Joined</dt><dd>Jun 29, 2016</dd></dl></div>
    <div class="yy-main"><time datetime="2024-07-18"><span>${when}</span><span>1 yr</span></time><div class="yy-text"><p>${text}</p></div></div></div>`;
  const html = `<html><head><title>Interview invites | Forum</title></head><body><h1>Interview invites</h1><div class="yy-thread">
    ${post(1, 'boba', 'Jul 18, 2024', 'Got my first interview invite today, the program from last year.')}
    ${post(2, 'pnomes', 'Jul 19, 2024', 'That is amazing news, congratulations and good luck with it!')}
    ${post(3, 'kettle', 'Jul 20, 2024', 'Still waiting on mine, fingers crossed for next week then.')}</div></body></html>`;

  it('takes the name, not the avatar initial before it, and the first rendering of a time shown twice', () => {
    const page = split(html);
    expect(page.body?.author).toBe('boba');
    expect(page.body?.postedAt).toBe('Jul 18, 2024');
    expect(page.comments.map((c) => [c.author, c.postedAt])).toEqual([
      ['pnomes', 'Jul 19, 2024'],
      ['kettle', 'Jul 20, 2024'],
    ]);
  });
});

describe('a comment plugin that names its classes in camelCase', () => {
  const comment = (id: number, name: string, badge: string, text: string, when: string) => `<div class="qq-row clearfix">
    <a class="qq-img" href="https://social.example/p?id=${id}"><img src="a.jpg" alt=""></a><div class="qq-content">
    <div><span><a class="QQCommentActorName" href="https://social.example/p?id=${id}">${name}</a></span><span class="qq-b">${badge}</span>
    <div class="qq-t"><span>${text}</span></div></div>
    <div class="qq-bar"><a role="button" href="#">Like</a> · <a role="button" href="#">Reply</a> · <a href="?c=${id}"><abbr class="livetimestamp">${when}</abbr></a></div></div></div>`;
  const html = `<html><head><title>Buttermilk biscuits | Kitchen</title></head><body><h1>Buttermilk biscuits</h1>
    <article>${'<p>Cold butter, a hot oven and a light hand with the dough are the whole secret of tall biscuits that flake apart.</p>'.repeat(4)}</article>
    <div class="qq-list">${comment(1, 'Dana Whit', 'Top fan', 'Made these this morning, tall and flaky, four gone before the photo.', '1y')}
    ${comment(2, 'Tom Kowal', 'Lives in Toledo, Ohio', 'Can regular milk with lemon juice stand in for the buttermilk here?', '45w')}
    ${comment(3, 'Gloria Ben', '', 'Quedaron riquísimas, las hice con mantequilla salada y salieron perfectas.', '6d')}</div></body></html>`;

  it('finds the names by their class, and keeps a badge beside the name out of the text', () => {
    const page = split(html);
    expect(page.comments.map((c) => [c.author, c.postedAt])).toEqual([
      ['Dana Whit', '1y'],
      ['Tom Kowal', '45w'],
      ['Gloria Ben', '6d'],
    ]);
    expect(page.comments[0]?.text).toMatch(/^Made these/);
    expect(page.comments[1]?.header?.text).toMatch(/Lives in Toledo, Ohio/);
  });
});

describe('post-like boxes before an article', () => {
  const byline = (name: string) => `<div class="hero-foot"><p class="hero-author"><a href="/authors/${name}/">${name}</a></p>
    <p class="hero-meta"><time datetime="2025-08-11">August 11, 2025</time> · 12 minute read</p></div>`;
  const html = `<html><head><title>Choosing tax software | Blog</title></head><body><h1>Choosing tax software</h1>
    <header class="hero">${byline('Tax Team')}${byline('Editors')}</header>
    <div class="article-body">${'<p>The right software saves a preparer hours in every filing season, and the features that matter most are data import, review tools and client portals.</p>'.repeat(10)}</div></body></html>`;

  it('takes the article after them as the body: no byline opens a thread', () => {
    const page = split(html);
    expect(page.body?.text).toMatch(/^The right software/);
    expect(page.body?.paragraphs.length).toBe(10);
  });
});

describe('boilerplate around the whole opening post', () => {
  it('is no leaf: the body it holds overlaps nothing (fuzz seed 20261111 mutant 1249, minimized)', () => {
    const page = split('<li class=comment><footer><div>Marh 9></div>artｉcle></li><li class="comment">eａlｌｙ market al');
    expect(page.body?.text).toBe('artｉcle>');
    expect(page.boilerplate).toEqual([]);
  });
});

describe('Hacker News folds that count their comments', () => {
  const row = (id: number, user: string, folded: number, text: string) =>
    `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind" indent="0"><img src="s.gif" width="0"></td><td class="default"><div><span class="comhead"><a href="user?id=${user}" class="hnuser">${user}</a> <span class="age" title="2024-04-21T14:20:03"><a href="item?id=${id}">6 hours ago</a></span> <span class="navs"><a class="togg clicky" id="${id}" n="${folded}" href="javascript:void(0)">[–]</a></span></span></div><br><div class="comment"><div class="commtext c00">${text}</div></div></td></tr></table></td></tr>`;
  const page = `<html><head><title>Show HN: a job queue on SQLite | Hacker News</title></head><body><center><table id="hnmain"><tr><td><table class="fatitem"><tr class="athing submission" id="1"><td class="title"><span class="titleline"><a href="https://example.com">Show HN: a job queue on SQLite</a></span></td></tr>
      <tr><td class="subtext"><span class="subline">by <a href="user?id=mkessler" class="hnuser">mkessler</a> <span class="age" title="2024-04-21T08:00:00"><a href="item?id=1">12 hours ago</a></span></span></td></tr>
      <tr><td><div class="toptext">I built a small job queue on one SQLite file for my side projects, and would like to hear how others handle leases.</div></td></tr></table>
    <table class="comment-tree">${[
      row(11, 'ottoblum', 3, 'Is delivery at-least-once or exactly-once when a worker dies mid-job?'),
      row(12, 'mkessler', 1, 'At-least-once: the ack is conditional on the attempt counter, so a stale ack is a no-op.'),
      row(13, 'rjb_zurich', 1, 'Same question here, and what happens to the lease when the clock jumps?'),
      row(14, 'cyberdrone', 2, 'How does this compare with a plain Postgres SKIP LOCKED queue?'),
      row(15, 'mkessler', 1, 'Fewer moving parts: one file, no server, and the same claim query.'),
    ].join('')}</table></td></tr></table></center></body></html>`;

  it('gives each comment the nearest earlier one whose fold still reaches it as parent', () => {
    const result = split(page);
    const index = new Map(result.comments.map((comment, i) => [comment.id, i]));
    expect(result.comments.map((comment) => (comment.parentId ? index.get(comment.parentId) : null))).toEqual([null, 0, 0, null, 3]);
  });
});

describe('reply-to links that show only a name', () => {
  const post = (id: number, user: string, text: string, replyTo = '') =>
    `<article class="post" id="post-${id}"><div class="byline"><a href="/u/${user}" class="username">${user}</a><a href="/t/makerspace/812/${id}" class="post-date" title="Mar 3, 2024 2:05 pm">Mar 3</a>${replyTo ? `<a href="/t/makerspace/812/2" class="in-reply-to">&#9654; ${replyTo}</a>` : ''}</div><div class="cooked"><p>${text}</p></div></article>`;
  const page = `<html><head><title>Notes on a year of running a makerspace</title></head><body><article class="entry"><h1>Notes on a year of running a makerspace</h1>
    <p>${'We opened the space a year ago with twelve members, two laser cutters and a lot of optimism about inductions and insurance. '.repeat(3)}</p></article>
    <section class="discourse-comments"><h2>Comments</h2>${[
      post(1, 'laser_lena', 'The bit about compulsory inductions is so true, we had the same scare in our second month.'),
      post(2, 'bernd', 'How did you handle insurance in the end? Every insurer we ask says no or wants a fortune.'),
      post(3, 'june_bug', 'Came for the 3D printers, stayed for the Thursday repair evenings, great write-up.'),
      post(4, 'tomasz', 'We went through a broker who specialises in village halls and community centres.', 'bernd'),
    ].join('')}</section></body></html>`;

  it('answers the latest earlier comment by the name the link shows', () => {
    const result = split(page);
    const index = new Map(result.comments.map((comment, i) => [comment.id, i]));
    expect(result.comments.map((comment) => (comment.parentId ? index.get(comment.parentId) : null))).toEqual([null, null, null, 1]);
  });
});

/**
 * A comment system built with atomic CSS-in-JS (Medium-like): classes change from item to item,
 * the components carry test ids, replies are another component in an indented block after the
 * response, profile links carry tracking parameters.
 */
describe('comment systems with atomic class names', () => {
  const classes = ['yb qa', 'vl ye', 'qe ex', 'mu ox', 'ge ot', 'bi vh'];
  const response = (i: number, testId: string, name: string, date: string, text: string, badge = '', textClass = classes[i % classes.length]) =>
    `<div class="${classes[i % classes.length]} k${i}" data-testid="${testId}"><div class="h${i}"><a href="/@${name.replace(/\W/g, '')}?source=post_page-----${i}abc"><p class="be b${i}">${name}</p></a>${badge ? `<span class="x${i}">${badge}</span>` : ''}<p class="dt"><span><a href="/@${name.replace(/\W/g, '')}/${i}f00?source=post_page">${date}</a></span></p></div>
      <div class="t${i}"><pre class="${textClass}">${text}</pre></div><button>Reply</button></div>`;
  const replies = (inner: string) => `<div class="r${inner.length % 7}" style="margin-left:24px">${inner}</div>`;
  const page = `<!doctype html><html><head><title>Ninety days without sugar</title></head><body>
    <article><h1>Ninety days without sugar</h1><p>${'I cut out added sugar for three months and had my blood tested before and after, with every caveat a sample of one deserves. '.repeat(4)}</p></article>
    <div id="responses-section"><h2>Responses (4)</h2><div class="sk">
      ${response(0, 'responseItem', 'Alan Pierce', 'Mar 5, 2024', 'A single before and after test cannot tell you much about a change this small.')}
      ${replies(response(1, 'replyItem', 'Nadia Rahman', 'Mar 5, 2024', 'Fair, which is why the caveats section is there at all.', 'Author'))}
      ${response(2, 'responseItem', 'Jess T.', 'Mar 6, 2024', 'Same here, the cravings went away around the third week for me too.')}
      ${response(3, 'responseItem', 'keto_kevin', 'Mar 8, 2024', 'Ninety days is nothing, try a whole year and then we can talk about it.')}
      ${replies(response(4, 'replyItem', 'Marta Gómez', 'Mar 8, 2024', 'There is no good evidence for that, and a sustainable change beats a perfect one every time.', '', 'mu fn is'))}
    </div></div></body></html>`;

  it('finds the responses by their test ids when their classes differ, authors from profile links with tracking parameters', () => {
    const comments = split(page).comments;
    expect(comments.map((c) => c.author)).toEqual(['Alan Pierce', 'Nadia Rahman', 'Jess T.', 'keto_kevin', 'Marta Gómez']);
    expect(comments.map((c) => c.postedAt)).toEqual(['Mar 5, 2024', 'Mar 5, 2024', 'Mar 6, 2024', 'Mar 8, 2024', 'Mar 8, 2024']);
  });

  it('hangs a block of replies after a response under that response', () => {
    const comments = split(page).comments;
    expect(comments.map((c) => (c.parentId ? comments.findIndex((p) => p.id === c.parentId) : null))).toEqual([null, 0, null, null, 3]);
  });

  it('keeps a badge line between the name and the date in the header, and a text block whose atomic class reads "fn" in the text', () => {
    const comments = split(page).comments;
    expect(comments[1]?.text).toMatch(/^Fair, which is why/);
    expect(comments[4]?.text).toMatch(/^There is no good evidence/);
  });
});
