/**
 * Comment systems in markup never seen (issue 13, session 16): list entries classed with a
 * section's name, header rows in blocks passed over as sections, depth classes that do not start at
 * the top level, named time zones, share and account links beside names, signatures named by the
 * last word of a class, a post titled by its microformats, and a poster card above the post's own
 * heading. Pages written for these tests; none is copied from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TEXT } from '../src/split/html/dates.js';
import { isProfileHref } from '../src/split/html/vocabulary.js';
import { split, parentIndex, wrap } from './html-pages.js';

const ARTICLE = `<article><h1>Keeping a sourdough starter through the winter</h1>
  <p>A starter kept in a cold kitchen slows down rather than dies: below about 18 °C the yeast still works, only the bacteria take over the flavour and the rise takes twice as long as the recipe says.</p>
  <p>Feed it with warm water instead of cold, keep it near the oven while bread bakes, and judge it by how much it has grown rather than by the clock. A rubber band around the jar at the level after feeding shows the rise.</p>
  <p>If it smells of nail varnish it is hungry, not dead: two feeds a day for three days bring most starters back.</p></article>`;

describe('list entries that carry a section name, with depth classes counted from the post', () => {
  // Each comment is an <li> classed like a comment section; the post is level 1, so the top-level
  // comments say level 2: they answer the post, not the comment before them.
  const entry = (level: number, who: string, date: string, words: string, replies = '', kind = 'comment-wrapper') => `<li class="${kind} entry-level-${level}">
    <div class="entry-head"><a class="entry-name" href="/profile/${who.toLowerCase()}">${who}</a> <small>via Mastodon</small><br><small><time>${date}</time></small></div>
    <div class="entry-text"><p>${words}</p></div>${replies ? `<ul class="entry-thread">${replies}</ul>` : ''}</li>`;
  it('takes each entry as a comment and keeps the top-level ones at the top', () => {
    const r = split(
      wrap(
        'Winter starter',
        `${ARTICLE}<div class="comments"><ul class="entry-thread">
        ${entry(2, 'Orla', 'Mar 12, 2024 09:52', 'Mine lives on top of the fridge all winter and it is fine.', entry(3, 'Tomas', 'Mar 12, 2024 10:03', 'The top of the fridge is the warmest shelf in most kitchens.'))}
        ${entry(2, 'Priya', 'Mar 12, 2024 11:21', 'Does the rubber band trick work with a wide jar too?')}
        ${entry(2, 'Declan', 'Mar 12, 2024 13:05', 'Two feeds a day brought mine back after a fortnight away.')}</ul></div>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Orla', 'Tomas', 'Priya', 'Declan']);
    // The network label beside the name is the header's, not the comment's first words.
    expect(r.comments.map((c) => c.text.slice(0, 12))).toEqual(['Mine lives o', 'The top of t', 'Does the rub', 'Two feeds a ']);
    expect(parentIndex(r)).toEqual([-1, 0, -1, -1]);
  });

  it('entries of a plain list class, level 2 at the top, answer the post', () => {
    const plain = (level: number, who: string, date: string, words: string, replies = '') => entry(level, who, date, words, replies, 'entry');
    const r = split(
      wrap(
        'Winter starter',
        `${ARTICLE}<div class="comments"><ul class="entry-thread">
        ${plain(2, 'Orla', 'Mar 12, 2024 09:52', 'Mine lives on top of the fridge all winter and it is fine.', plain(3, 'Tomas', 'Mar 12, 2024 10:03', 'The top of the fridge is the warmest shelf in most kitchens.'))}
        ${plain(2, 'Priya', 'Mar 12, 2024 11:21', 'Does the rubber band trick work with a wide jar too?')}
        ${plain(2, 'Declan', 'Mar 12, 2024 13:05', 'Two feeds a day brought mine back after a fortnight away.')}</ul></div>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Orla', 'Tomas', 'Priya', 'Declan']);
    expect(parentIndex(r)).toEqual([-1, 0, -1, -1]);
  });

  it('zero-based depth classes put a reply under the comment before it', () => {
    const comment = (depth: number, who: string, words: string) => `<div class="comment comment-depth-${depth}"><p class="comment-from">${who}</p><p class="comment-date">May 14, 2024 3:22 PM</p><div class="comment-body"><p>${words}</p></div></div>`;
    const r = split(
      wrap(
        'Winter starter',
        `${ARTICLE}<div class="comments-listing">${comment(0, 'Orla', 'Mine lives on top of the fridge all winter.')}${comment(1, 'Tomas', 'The warmest shelf in most kitchens, yes.')}${comment(0, 'Priya', 'Does this work with a wide jar?')}</div>`,
      ),
    );
    // `comment-from` names who the comment is from.
    expect(r.comments.map((c) => c.author)).toEqual(['Orla', 'Tomas', 'Priya']);
    expect(parentIndex(r)).toEqual([-1, 0, -1]);
  });
});

describe('header rows in blocks named like a section', () => {
  const block = (who: string, words: string) => `<div class="comment-wrapper">
    <div class="cw-head"><a href="/users/${who.toLowerCase()}">${who}</a> <small>via Mastodon</small><br><time datetime="2024-03-12">12 March 2024</time></div>
    <div class="cw-words"><p>${words}</p></div></div>`;
  it('the blocks around the rows are the comments', () => {
    const r = split(
      wrap(
        'Winter starter',
        `${ARTICLE}<section><h2>Comments</h2>${block('Orla', 'Mine lives on top of the fridge all winter.')}${block('Tomas', 'A heated propagator mat works too.')}${block('Priya', 'Does this work with a wide jar?')}</section>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Orla', 'Tomas', 'Priya']);
    expect(r.comments.map((c) => c.text)).toEqual(['Mine lives on top of the fridge all winter.', 'A heated propagator mat works too.', 'Does this work with a wide jar?']);
  });
});

describe('a mail archive whose headers list From, Subject and Date', () => {
  const mail = (who: string, date: string, words: string, kids = '') => `<div class="mail">
    <div class="mail-header"><div>From: <span class="sender"><a href="#">${who} &lt;${who.toLowerCase()}@example.org&gt;</a></span></div>
    <div>Subject: <span class="subject">Re: Winter starter</span></div><div>Date: <span class="date">${date}</span></div></div>
    <pre class="email_body">${words}</pre>${kids ? `<div class="mail-kids">${kids}</div>` : ''}</div>`;
  it('reads the text from the mail body and the date with its zone', () => {
    const r = split(
      wrap(
        'Winter starter',
        `<div class="thread">${mail('Orla', 'Mon, 04 Mar 2024 10:12:33 GMT', 'Is anyone keeping a starter in an unheated kitchen?\nMine has slowed right down.', mail('Tomas', 'Mon, 04 Mar 2024 11:40:05 GMT', 'Warm water when you feed it, and keep it near the oven.') + mail('Priya', 'Mon, 04 Mar 2024 14:03:51 GMT', 'Same here, it doubles in ten hours instead of five.'))}</div>`,
      ),
    );
    expect(r.comments.map((c) => c.text)).toEqual(['Warm water when you feed it, and keep it near the oven.', 'Same here, it doubles in ten hours instead of five.']);
    expect(r.comments.map((c) => c.postedAt)).toEqual(['Mon, 04 Mar 2024 11:40:05 GMT', 'Mon, 04 Mar 2024 14:03:51 GMT']);
  });

  it.each([
    ['Mon, 04 Mar 2024 10:12:33 GMT', 'Mon, 04 Mar 2024 10:12:33 GMT'],
    ['Sunday 6 October 2024 09:47 BST', 'Sunday 6 October 2024 09:47 BST'],
    ['June 2, 2024 at 2:08:33 PM GMT+1', 'June 2, 2024 at 2:08:33 PM GMT+1'],
    ['posted 10:30 PDT yesterday', '10:30 PDT'],
    // "est" is a word in French: no zone after a bare time.
    ['le train de 12:00 est parti', '12:00'],
  ])('a named zone after the clock is part of the date: %s', (value, shown) => {
    expect(DATE_TEXT.exec(value)?.[0]).toBe(shown);
  });
});

describe('links that are no member profile', () => {
  it.each([
    ['https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fp', false],
    ['https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org', false],
    ['/users/sign_up', false],
    ['/user/login', false],
    ['/users/orla', true],
    ['/profile.php?id=4821', true],
  ])('%s is a profile: %s', (href, profile) => {
    expect(isProfileHref(href)).toBe(profile);
  });

  it('a share link beside a product is no byline', () => {
    const r = split(
      wrap(
        'Enamel mug',
        `<main><h1>Enamel mug</h1><ul class="share"><li><a title="Facebook" href="https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org">Facebook</a></li></ul>
        <div class="description"><p>A steel-core enamel mug that goes on a stove, in a rucksack and in the dishwasher, fired in the same works for forty years.</p><p>It holds 350 ml to the brim and weighs 140 g, so it nests in a pot with room for a gas canister.</p></div></main>`,
      ),
    );
    expect(r.body?.author ?? null).toBeNull();
  });
});

describe('a forum post with a signature classed by its last word', () => {
  const post = (who: string, date: string, words: string, signature: string) => `<div class="forum-post">
    <div class="forum-post-user"><a href="/user.php?id=${who.length}" class="forum-username">${who}</a></div>
    <div class="forum-post-head"><small class="forum-post-datestamp">${date}</small></div>
    <div class="forum-post-content">${words}</div><div class="forum-viewtopic-post-signature">${signature}</div></div>`;
  it("keeps the signature out of the opening post's body", () => {
    const r = split(
      wrap(
        'Starter gone flat',
        `<h1>Starter gone flat</h1><div class="forum-posts">${post('orla_bakes', 'Sat Feb 10 2024, 09:47AM', 'My starter stopped rising after a cold week. Is it dead or only sleeping? It smells sharp and there are no bubbles at all.', '-- Orla, Cork. Rye, spelt and too many jars.')}${post('tomas_k', 'Sat Feb 10 2024, 10:15AM', 'Only sleeping. Feed it twice a day with warm water and give it three days.', '-- Tomas')}${post('priya', 'Sat Feb 10 2024, 12:02PM', 'Sharp smell means hungry, not dead.', '-- P')}</div>`,
      ),
    );
    expect(r.body?.text).toMatch(/no bubbles at all\.$/);
    expect(r.comments.map((c) => c.author)).toEqual(['tomas_k', 'priya']);
  });
});

describe("a social post's page", () => {
  it("takes the entry's microformats name as its title and the poster card above it as the byline", () => {
    const r = split(`<!doctype html><html><head><title>Orla Byrne: "My starter has survived its first winter in…"</title></head><body>
      <div class="h-entry"><div class="post-head"><a class="author-name" href="/people/orla">Orla Byrne</a> <time datetime="2024-01-28T16:40:12Z">January 28, 2024 16:40</time></div>
      <div class="entry-title p-name"><h4>A starter in a cold kitchen</h4></div>
      <div class="e-content"><p>My starter has survived its first winter in an unheated kitchen, and here is what I changed to keep it going through the coldest weeks.</p>
      <p>Warm water at every feed, the jar next to the oven while bread bakes, and judging it by the rise rather than the clock.</p></div></div></body></html>`);
    expect(r.title?.text).toBe('A starter in a cold kitchen');
    expect(r.body?.author).toBe('Orla Byrne');
    expect(r.body?.postedAt).toBe('January 28, 2024 16:40');
  });
});

describe('a flat list of responses whose replies are another component, indented by style', () => {
  // Atomic classes differ between the response blocks and the reply blocks; only the indent says who answers whom.
  const block = (cls: string, indent: number, who: string, date: string, words: string) => `<div class="${cls}" style="padding-left:${indent}px"><div class="q1 ab">
    <div class="q2"><a href="/@${who.toLowerCase()}"><p class="bf b">${who}</p></a></div><span class="bf"><a href="#r"><p class="bf b dy">${date}</p></a></span></div>
    <div class="q3"><pre class="q4"><span>${words}</span></pre></div><div class="q5"><button>Reply</button></div></div>`;
  it('takes the replies as comments and puts each under the block one indent up', () => {
    const r = split(
      wrap(
        'Winter starter',
        `${ARTICLE}<div class="zz"><h2>Responses (5)</h2>
        ${block('ph pi ab', 0, 'Orla', 'Nov 30, 2026', 'Mine lives on top of the fridge all winter.')}
        ${block('pj pk ab', 24, 'Tomas', 'Dec 1, 2026', 'The warmest shelf in most kitchens, yes.')}
        ${block('pj pk ab', 48, 'Orla', 'Dec 1, 2026', 'Until the fridge is replaced, anyway.')}
        ${block('ph pi ab', 0, 'Priya', 'Dec 2, 2026', 'Does this work with a wide jar?')}
        ${block('pj pk ab', 24, 'Declan', 'Dec 2, 2026', 'It does, mark the band a little higher.')}
        ${block('ph pi ab', 0, 'Ines', 'Dec 3, 2026', 'Two feeds a day brought mine back.')}</div>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Orla', 'Tomas', 'Orla', 'Priya', 'Declan', 'Ines']);
    expect(parentIndex(r)).toEqual([-1, 0, 1, -1, 3, -1]);
  });
});

describe('what the rules for blocks beside the comments and for indents leave alone', () => {
  // Flat comments in a plain container (no section named), each a name, a date and its words.
  const comment = (who: string, date: string, words: string, style = '') =>
    `<div class="cm"${style ? ` style="${style}"` : ''}><div class="hd"><a class="nm" href="/u/${who.toLowerCase()}">${who}</a> <span class="dt">${date}</span></div><p>${words}</p></div>`;
  const three = (styles: string[] = ['', '', '']) =>
    comment('Orla', 'Mar 12, 2024', 'Mine lives on top of the fridge all winter and it is fine.', styles[0]) +
    comment('Tomas', 'Mar 12, 2024', 'The top of the fridge is the warmest shelf in most kitchens.', styles[1]) +
    comment('Priya', 'Mar 13, 2024', 'Does the rubber band trick work with a wide jar too?', styles[2]);
  const teaser = (who: string, date: string, words: string) =>
    `<div class="teaser"><div class="meta"><a class="nm" href="/u/${who.toLowerCase()}">${who}</a> <span class="dt">${date}</span></div><p>${words}</p><a href="/p/${who.toLowerCase()}">Read more</a></div>`;
  const teasers = teaser('Ines', 'Feb 2, 2024', 'What changes when the kitchen is warm: feed more often, use cooler water.') + teaser('Jo', 'Jan 9, 2024', 'A week of bread from a single starter and how to keep it happy in a cold flat.');

  it.each([
    ['teasers under a heading after the comments', `<div class="zz">${three()}<h3>More from the blog</h3>${teasers}</div>`],
    ['teasers after a newsletter box after the comments', `<div class="zz">${three()}<div class="signup"><p>Get new posts by email every Sunday.</p></div>${teasers}</div>`],
  ])('%s are no replies', (_, inner) => {
    const r = split(wrap('Winter starter', `${ARTICLE}${inner}`));
    expect(r.comments.map((c) => c.author)).toEqual(['Orla', 'Tomas', 'Priya']);
  });

  it.each([
    // A reply cannot skip a level: 48px right after 0px is layout, not a reply's reply.
    ['a level skipped', ['padding-left:0px', 'padding-left:48px', 'padding-left:24px']],
    // A thread starts at its top level: the first comment padded more than the rest is highlighted, not a reply.
    ['the first comment deepest', ['padding-left:16px', 'padding-left:8px', 'padding-left:8px']],
    // A share of the width is no indent step.
    ['percent and pixels', ['padding-left:0', 'padding-left:5%', 'padding-left:24px']],
  ])('indents that draw no thread (%s) put no comment under another', (_, styles) => {
    const r = split(wrap('Winter starter', `${ARTICLE}<div class="zz">${three(styles)}</div>`));
    expect(r.comments.map((c) => c.author)).toEqual(['Orla', 'Tomas', 'Priya']);
    expect(parentIndex(r)).toEqual([-1, -1, -1]);
  });
});
