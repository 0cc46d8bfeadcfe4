/**
 * Posts of forum engines no vocabulary knows (issue 13): a profile link by number names the
 * poster, a quote's "X wrote:" names the quoted poster and not this one, and a guest's post (a
 * name in plain text, no profile link) is one of the list all the same.
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

/** A post: a numbered header with a permalink date, a side column with the name, a message. */
const post = (n: number, who: string, date: string, words: string, quote = '') => `<div id="r${900 + n}" class="rpost">
  <h2><span>#${n}</span> <a href="show.php?rid=${900 + n}#r${900 + n}">${date}</a></h2>
  <div class="rside">${who}</div>
  <div class="rmain">${quote}<p>${words}</p></div>
  <div class="rfoot"><a href="act.php?flag=${900 + n}">Flag</a></div></div>`;
const member = (id: number, name: string) => `<b><a href="profile.php?id=${id}">${name}</a></b><br>Member`;
const guest = (name: string) => `<b>${name}</b><br>Guest`;
const quoted = (name: string, words: string) => `<blockquote><cite>${name} wrote:</cite><p>${words}</p></blockquote>`;

const page = (posts: string[]) => `<!doctype html><html><head><title>Lawn mower will not start after winter</title></head><body>
  <div id="brdmenu"><a href="/">Index</a> <a href="/search">Search</a></div>
  <h1>Lawn mower will not start after winter</h1><div id="topic">${posts.join('')}</div>
  <div id="brdfooter"><p>Powered by a forum engine</p></div></body></html>`;

describe('posts of an unknown forum engine', () => {
  const p = () =>
    split(
      page([
        post(1, member(41, 'greenthumb'), '2025-04-02 09:10:00', 'My mower cranks but will not fire after standing in the shed all winter. Fresh petrol already.'),
        post(2, member(7, 'sparkplug_sam'), '2025-04-02 09:45:12', 'Old petrol gums up the carburettor jet. Take the bowl off and clean the jet with a thin wire.'),
        post(3, member(41, 'greenthumb'), '2025-04-02 12:01:40', 'Cleaned it and it started on the second pull, thanks a lot.', quoted('sparkplug_sam', 'Old petrol gums up the carburettor jet.')),
        post(4, guest('visitor_ann'), '2025-04-03 18:22:05', 'Same fix worked on mine, I never knew the jet was that small.'),
        post(5, member(88, 'Ruth K'), '2025-04-04 07:30:00', 'Add stabiliser to the last tank of the year and you will not need to do this again.'),
      ]),
    );

  it.each([
    ['every reply is found, the guest one too', (r: PageAnalysis) => r.comments.map((c) => c.text.match(/Take the bowl|second pull|Same fix|stabiliser/)?.[0]), ['Take the bowl', 'second pull', 'Same fix', 'stabiliser']],
    // A guest's name typed in plain text where members show their linked one is the guest's (the fixtures' gold reads it so).
    ['the poster, not the quoted one, from the profile link; a guest by the plain name', (r: PageAnalysis) => r.comments.map((c) => c.author), ['sparkplug_sam', 'greenthumb', 'visitor_ann', 'Ruth K']],
    ['dates from the permalink header', (r: PageAnalysis) => r.comments.map((c) => c.postedAt), ['2025-04-02 09:45:12', '2025-04-02 12:01:40', '2025-04-03 18:22:05', '2025-04-04 07:30:00']],
  ])('%s', (_name, read, expected) => {
    expect(read(p())).toEqual(expected);
  });

  // A guest names nobody by a profile link: the name and date a quote in the post cites are the quoted post's.
  it.each([
    ['a "said:" header', '<blockquote><p>sparkplug_sam said:</p><p>Old petrol gums up the carburettor jet.</p></blockquote>'],
    ['a "Posted by" line with a date', '<blockquote><p class="meta">Posted by sparkplug_sam | 2025-04-02 09:45</p><p>Old petrol gums up the carburettor jet.</p></blockquote>'],
  ])('a guest post quoting %s does not take the quoted author', (_name, quote) => {
    const r = split(
      page([
        post(1, member(41, 'greenthumb'), '2025-04-02 09:10:00', 'My mower cranks but will not fire after standing in the shed all winter. Fresh petrol already.'),
        post(2, member(7, 'sparkplug_sam'), '2025-04-02 09:45:12', 'Old petrol gums up the carburettor jet. Take the bowl off and clean the jet with a thin wire.'),
        post(3, member(41, 'greenthumb'), '2025-04-02 12:01:40', 'Cleaned it and it started on the second pull, thanks a lot.'),
        post(4, guest('visitor_ann'), '2025-04-03 18:22:05', 'Same fix worked on mine, I never knew the jet was that small.', quote),
      ]),
    );
    const ann = r.comments.find((c) => /Same fix/.test(c.text));
    expect(ann?.author ?? null).not.toBe('sparkplug_sam');
    expect(ann?.postedAt).toBe('2025-04-03 18:22:05');
  });

  it('reads the opening post as the body', () => {
    expect(p().body?.text).toMatch(/Fresh petrol already\.$/);
  });
});

/** A post whose date and permalink sit in a header block drawn just before it, as its sibling. */
const headed = (id: number, date: string, name: string, words: string) => `<li><div id="msg-${id}" class="zz-head"><span class="zz-when">${date}</span>
  <a href="#msg-${id}" class="zz-link">#${id}</a> <a href="?reply_to=${id}" class="zz-reply-link">Reply</a></div>
  <div class="reply zz-body"><div class="zz-who"><a href="/people/${name.toLowerCase()}/">${name}</a></div><div class="zz-text"><p>${words}</p></div></div></li>`;

describe('dates shown beside the post rather than in it', () => {
  const p = () =>
    split(`<!doctype html><html><head><title>Pond pump hums but does not move water</title></head><body>
      <main><h1>Pond pump hums but does not move water</h1>
      <ul class="zz-replies">
      ${headed(300, 'June 1, 2025 at 7:02 pm', 'Gareth', 'Our pond pump has been humming for a week and no water comes out of the fountain head at all.')}
      ${headed(301, 'June 2, 2025 at 8:14 am', 'Marta', 'A humming pump with a free impeller usually has a failed start capacitor, check it first.')}
      ${headed(302, 'June 2, 2025 at 9:40 am', 'Olu', 'Also check the intake sponge, a clogged sponge starves the pump and it only hums.')}
      ${headed(305, '2 weeks, 3 days ago', 'Ines', 'Ours did exactly this and it was a snail stuck in the impeller housing.')}
      </ul></main></body></html>`);

  it.each([
    ['dates from the header before each reply, a compound age whole', (r: PageAnalysis) => r.comments.map((c) => c.postedAt), ['June 2, 2025 at 8:14 am', 'June 2, 2025 at 9:40 am', '2 weeks, 3 days ago']],
    ['authors from the reply itself', (r: PageAnalysis) => r.comments.map((c) => c.author), ['Marta', 'Olu', 'Ines']],
    ['the first post, dated the same way, is the body', (r: PageAnalysis) => [r.body?.author, r.body?.postedAt ?? null], ['Gareth', 'June 1, 2025 at 7:02 pm']],
  ])('%s', (_name, read, expected) => {
    expect(read(p())).toEqual(expected);
  });
});

/** A talk-page comment: words, then the signature (user link, talk link, time), then a reply control. */
const signed = (words: string, user: string, time: string, href = `/wiki/User:${user.replace(/ /g, '_')}`) =>
  `${words} <a href="${href}">${user}</a> (<a href="/wiki/User_talk:${user.replace(/ /g, '_')}">talk</a>) <span class="sig-stamp"><a href="#c-${user.length}">${time}</a></span> <span class="rb">[<a role="button">reply</a>]</span>`;

describe('talk pages: comments that end with their signature', () => {
  const p = () =>
    split(`<!doctype html><html><head><title>Talk:Canal lock</title></head><body><h1>Talk:Canal lock</h1>
      <div class="mw-parser-output"><p>This is the talk page for discussing improvements to the article.</p>
      <h2>Lock dimensions</h2>
      <p>${signed('The infobox gives the chamber as 22 m long, the body says 21.9 m; which source is right?', 'Lockkeeper', '10:02, 3 May 2025 (UTC)')}</p>
      <dl><dd>${signed('The trust survey says 21.9 m, I will change the infobox to match.', 'Wharf Rat', '11:40, 3 May 2025 (UTC)')}
        <dl><dd>${signed('Thanks, that survey is the better source for all of the flight.', 'Lockkeeper', '12:15, 3 May 2025 (UTC)')}</dd></dl></dd>
      <dd>${signed('Lengths are usually rounded in infoboxes, no need to fuss over it.', '203.0.113.9', '18:20, 4 May 2025 (UTC)', '/wiki/Special:Contributions/203.0.113.9')}</dd></dl>
      </div></body></html>`);

  it.each([
    ['authors from the signature, an IP editor too', (r: PageAnalysis) => r.comments.map((c) => c.author), ['Lockkeeper', 'Wharf Rat', 'Lockkeeper', '203.0.113.9']],
    ['the signature time as shown, the zone kept', (r: PageAnalysis) => r.comments.map((c) => c.postedAt), ['10:02, 3 May 2025 (UTC)', '11:40, 3 May 2025 (UTC)', '12:15, 3 May 2025 (UTC)', '18:20, 4 May 2025 (UTC)']],
    ['indented replies answer the comment one level up; a second reply in a list too', (r: PageAnalysis) => r.comments.map((c) => r.comments.findIndex((o) => o.id === c.parentId)), [-1, 0, 1, 0]],
  ])('%s', (_name, read, expected) => {
    expect(read(p())).toEqual(expected);
  });

  // The default `~~~~` signature without DiscussionTools: the time is plain text after the talk link.
  const plain = (words: string, user: string, time: string) =>
    `${words} <a href="/wiki/User:${user.replace(/ /g, '_')}">${user}</a> (<a href="/wiki/User_talk:${user.replace(/ /g, '_')}">talk</a>) ${time}`;
  const talk = (first: string, replies: string[]) =>
    split(`<!doctype html><html><head><title>Talk:Canal lock</title></head><body><h1>Talk:Canal lock</h1>
      <div class="mw-parser-output"><p>This is the talk page for discussing improvements to the article.</p>
      <h2>Lock dimensions</h2><p>${first}</p><dl>${replies.map((reply) => `<dd>${reply}</dd>`).join('')}</dl></div></body></html>`);
  it.each([
    ['a plain-text time', plain('The infobox gives the chamber as 22 m long, the body says 21.9 m; which source is right?', 'Lockkeeper', '10:02, 3 May 2025 (UTC)'), [
      plain('The trust survey says 21.9 m, I will change the infobox to match.', 'Wharf Rat', '11:40, 3 May 2025 (UTC)'),
      plain('Thanks, that survey is the better source for all of the flight.', 'Lockkeeper', '12:15, 3 May 2025 (UTC)'),
      `${plain('Lengths are usually rounded in infoboxes, no need to fuss over it.', 'Ferry Nan', '18:20, 4 May 2025 (UTC)')} [<a role="button">reply</a>]`,
    ], ['Lockkeeper', 'Wharf Rat', 'Lockkeeper', 'Ferry Nan']],
    ['short replies', signed('The infobox gives the chamber as 22 m long, the body says 21.9 m; which source is right?', 'Lockkeeper', '10:02, 3 May 2025 (UTC)'), [
      signed('Agreed.', 'Wharf Rat', '11:40, 3 May 2025 (UTC)'),
      signed('Yes, fixed.', 'Ferry Nan', '12:15, 3 May 2025 (UTC)'),
      plain('Thanks!', 'Lockkeeper', '18:20, 4 May 2025 (UTC)'),
    ], ['Lockkeeper', 'Wharf Rat', 'Ferry Nan', 'Lockkeeper']],
  ])('signatures with %s are comments', (_name, first, replies, authors) => {
    expect(talk(first, replies).comments.map((c) => c.author)).toEqual(authors);
  });

  it.each([
    ['bylines with a plain date', (n: number, name: string) => `<p>By <a href="/author/${name.toLowerCase()}">${name}</a> on March ${n}, 2025</p>`],
    ['labelled bylines with a plain date', (n: number, name: string) => `<p>Author: <a href="/author/${name.toLowerCase()}">${name}</a> March ${n}, 2025</p>`],
    ['a name and a bare clock', (n: number, name: string) => `<p>Read the notes kept by <a href="/author/${name.toLowerCase()}">${name}</a> 10:0${n}</p>`],
    ['a name with words after it', (n: number, name: string) => `<p>Our thanks go to <a href="/author/${name.toLowerCase()}">${name}</a> for the photographs taken on March ${n}, 2025 along the whole of the towpath and the lock flight</p>`],
  ])('does not read %s as signed comments', (_name, line) => {
    const r = split(`<!doctype html><html><head><title>Latest stories</title></head><body><h1>Latest stories</h1>
      <p>The council approved the new cycle lanes on Harbour Road after a long public consultation this spring.</p>
      ${line(3, 'Ana')}${line(4, 'Ben')}${line(5, 'Cleo')}${line(6, 'Dan')}</body></html>`);
    expect(r.comments).toEqual([]);
  });

  it('does not read dated bylines of a list of stories as signed comments', () => {
    const teaser = (n: number, name: string) => `<p>By <a href="/author/${name.toLowerCase()}">${name}</a> on March ${n}, 2025</p>`;
    const r = split(`<!doctype html><html><head><title>Latest stories</title></head><body><h1>Latest stories</h1>
      <p>The council approved the new cycle lanes on Harbour Road after a long public consultation this spring.</p>
      ${teaser(3, 'Ana')}${teaser(4, 'Ben')}${teaser(5, 'Cleo')}${teaser(6, 'Dan')}</body></html>`);
    expect(r.comments).toEqual([]);
  });

  it('does not read story cards that end with a byline and a date as signed comments', () => {
    const card = (n: number, name: string) => `<li><h3><a href="/news/story-${n}">Council publishes the budget for the harbour works, part ${n}</a></h3>
      <p>What the new figures mean for the ferry, the wharf and the fishing fleet over the next five years. By <a href="/author/${name.toLowerCase()}">${name}</a> Dec. ${n}, 2025</p></li>`;
    const r = split(`<!doctype html><html><head><title>Harbour news</title></head><body><h1>Harbour news</h1><ul class="stories">${card(3, 'Ana')}${card(4, 'Ben')}${card(5, 'Cleo')}</ul></body></html>`);
    expect(r.comments).toEqual([]);
  });
});

/** A flat thread's post: its number in a data attribute, a "replied to" link, or a quote headed by a name and a date. */
const flat = (pid: number, name: string, date: string, words: string, extra = '') => `<li class="tp-post" data-pid="${pid}"><div class="tp-head">
  <a href="/member/${name.toLowerCase()}/">${name}</a> <span class="tp-time" title="${date}">${date}</span>${extra.startsWith('<a') ? extra : ''}</div>
  <div class="tp-body">${extra.startsWith('<a') ? '' : extra}<p>${words}</p></div></li>`;
const repliedTo = (pid: number, name: string) => `<a class="tp-parent" href="/post/${pid}"><i class="icon"></i><span>replied to</span> <span>${name}</span></a>`;
const quoteOf = (header: string, words: string) => `<blockquote>${header ? `<p>${header}</p>` : ''}<p>${words}</p></blockquote>`;

describe('parents in a flat thread', () => {
  const p = () =>
    split(`<!doctype html><html><head><title>Bread machine paddle stuck</title></head><body><h1>Bread machine paddle stuck</h1><ul class="tp-list">
      ${flat(7001, 'Nell', '2025-02-01 08:00', 'The paddle is stuck to the shaft after every loaf, how do I get it off without breaking it?')}
      ${flat(7002, 'Ravi', '2025-02-01 08:30', 'Soak the pan in warm water for ten minutes before you pull the paddle.')}
      ${flat(7003, 'Ozzy', '2025-02-01 09:00', 'Grease the shaft with a little oil before adding the dough next time.')}
      ${flat(7004, 'Nell', '2025-02-01 09:30', 'Soaking worked, thanks, it came off with a gentle twist.', repliedTo(7002, 'Ravi'))}
      ${flat(7005, 'Kit', '2025-02-01 10:00', 'Which oil, anything from the kitchen or something food-safe for machines?', quoteOf('Ozzy 发表于 2025-02-01 09:00', 'Grease the shaft with a little oil'))}
      ${flat(7006, 'Ozzy', '昨天 22:10', 'Any cooking oil will do, just a drop.', quoteOf('Kit posted 2025-02-01 10:00', 'Which oil, anything from the kitchen'))}
      </ul></body></html>`);

  it('a quote naming nobody answers the earlier post that holds its words', () => {
    const r = split(`<!doctype html><html><head><title>Bread machine paddle stuck</title></head><body><h1>Bread machine paddle stuck</h1><ul class="tp-list">
      ${flat(7101, 'Nell', '2025-02-01 08:00', 'The paddle is stuck to the shaft after every loaf, how do I get it off without breaking it?')}
      ${flat(7102, 'Ravi', '2025-02-01 08:30', 'Soak the pan in warm water for ten minutes before you pull the paddle.')}
      ${flat(7103, 'Ozzy', '2025-02-01 09:00', 'Grease the shaft with a little oil before adding the dough next time.')}
      ${flat(7104, 'Kit', '2025-02-01 10:00', 'Warm water never worked for me, the paddle only came off with pliers.', quoteOf('', 'Soak the pan in warm water for ten minutes'))}
      </ul></body></html>`);
    expect(r.comments.map((c) => (c.parentId ? r.comments.find((o) => o.id === c.parentId)?.author : null))).toEqual([null, null, 'Ravi']);
  });

  const parents = (r: PageAnalysis) => r.comments.map((c) => (c.parentId ? r.comments.find((o) => o.id === c.parentId)?.author : null));
  const quoting = (header: string) =>
    split(`<!doctype html><html><head><title>Bread machine paddle stuck</title></head><body><h1>Bread machine paddle stuck</h1><ul class="tp-list">
      ${flat(7201, 'Nell', '2025-02-01 08:00', 'The paddle is stuck to the shaft after every loaf, how do I get it off without breaking it?')}
      ${flat(7202, 'Mia Wong', '2025-02-01 08:30', 'Soak the pan in warm water for ten minutes before you pull the paddle.')}
      ${flat(7203, 'Ozzy', '2025-02-01 09:00', 'Grease the shaft with a little oil before adding the dough next time.')}
      ${flat(7204, 'Kit', '2025-02-01 10:00', 'Warm water never worked for me, the paddle only came off with pliers.', quoteOf(header, 'Soak the pan in warm water for ten minutes'))}
      </ul></body></html>`);
  it.each([
    // A two-word name before the date is the whole name, not a name and a word of posting.
    ['Mia Wong 2025-02-01 08:30', 'Mia Wong'],
    ['Mia Wong posted 2025-02-01 08:30', 'Mia Wong'],
    // A name that is no author of the thread: the quoted words still say whose post it is.
    ['M. Wong 2025-02-01 08:30', 'Mia Wong'],
    ['Someone Else wrote:', 'Mia Wong'],
  ])('a quote headed %j answers %j', (header, parent) => {
    expect(parents(quoting(header))).toEqual([null, null, parent]);
  });

  // Ravi quotes the manual mid-sentence, Kit quotes the manual too: Kit answers nobody in the thread.
  it('a quote naming nobody whose words sit mid-sentence in an earlier post stays top-level', () => {
    const r = split(`<!doctype html><html><head><title>Bread machine paddle stuck</title></head><body><h1>Bread machine paddle stuck</h1><ul class="tp-list">
      ${flat(7501, 'Nell', '2025-02-01 08:00', 'The paddle is stuck to the shaft after every loaf, how do I get it off without breaking it?')}
      ${flat(7502, 'Ravi', '2025-02-01 08:30', 'I love how the manual says clean the paddle after every single use, as if anyone does.')}
      ${flat(7503, 'Kit', '2025-02-01 10:00', 'The manual is right about this one though.', quoteOf('', 'clean the paddle after every single use'))}
      </ul></body></html>`);
    expect(parents(r)).toEqual([null, null]);
  });

  // Ravi posts twice: the link's post number, not his name, says which post is answered.
  it('a "replied to" link answers the post its number points at, not the name\'s latest', () => {
    const r = split(`<!doctype html><html><head><title>Bread machine paddle stuck</title></head><body><h1>Bread machine paddle stuck</h1><ul class="tp-list">
      ${flat(7301, 'Nell', '2025-02-01 08:00', 'The paddle is stuck to the shaft after every loaf, how do I get it off without breaking it?')}
      ${flat(7302, 'Ravi', '2025-02-01 08:30', 'Soak the pan in warm water for ten minutes before you pull the paddle.')}
      ${flat(7303, 'Ravi', '2025-02-01 09:00', 'Also check the seal under the shaft, a worn seal lets dough in and glues it.')}
      ${flat(7304, 'Nell', '2025-02-01 09:30', 'Soaking worked, thanks, it came off with a gentle twist.', repliedTo(7302, 'Ravi'))}
      </ul></body></html>`);
    expect(parents(r)).toEqual([null, null, 'Ravi']);
    expect(r.comments[2]?.parentId).toBe(r.comments[0]?.id);
  });

  // Ozzy repeats Ravi's words later: the earliest post holding them wrote them.
  it('a quote naming nobody answers the earliest post holding its words', () => {
    const r = split(`<!doctype html><html><head><title>Bread machine paddle stuck</title></head><body><h1>Bread machine paddle stuck</h1><ul class="tp-list">
      ${flat(7401, 'Nell', '2025-02-01 08:00', 'The paddle is stuck to the shaft after every loaf, how do I get it off without breaking it?')}
      ${flat(7402, 'Ravi', '2025-02-01 08:30', 'Soak the pan in warm water for ten minutes before you pull the paddle.')}
      ${flat(7403, 'Ozzy', '2025-02-01 09:00', 'Right, as said: soak the pan in warm water for ten minutes before you pull the paddle. Works every time.')}
      ${flat(7404, 'Kit', '2025-02-01 10:00', 'Warm water never worked for me, the paddle only came off with pliers.', quoteOf('', 'Soak the pan in warm water for ten minutes before you pull the paddle.'))}
      </ul></body></html>`);
    expect(parents(r)).toEqual([null, null, 'Ravi']);
    expect(r.comments[2]?.parentId).toBe(r.comments[0]?.id);
  });

  it.each([
    ['a "replied to" link to a post number, a quote headed "Name <posted> <date>"', (r: PageAnalysis) => r.comments.map((c) => (c.parentId ? r.comments.find((o) => o.id === c.parentId)?.author : null)), [null, null, 'Ravi', 'Ozzy', 'Kit']],
    ['"yesterday" in Chinese before the time is part of the date', (r: PageAnalysis) => r.comments.at(-1)?.postedAt, '昨天 22:10'],
  ])('%s', (_name, read, expected) => {
    expect(read(p())).toEqual(expected);
  });
});

/**
 * A Q&A page whose answers show their author after the text, by a profile link with the member's
 * number before the name (`/users/4411/ines-moreau/`), and keep their comment list in a generic
 * `div.content`: the answers are comments, their own words (not the wrapper around their comments)
 * their text, and their comments replies to them.
 */
describe('answers whose comment list sits in a generic content wrapper', () => {
  const remark = (id: number, name: string, words: string) =>
    `<div class="remark" id="remark-${id}"><div class="remark-body"><p>${words}</p><a class="author" href="/users/${id}/${name}/">${name}</a> <span class="age">( <abbr class="timeago" title="2024-04-0${id % 9} 10:00:00 +0200">2024-04-0${id % 9} 10:00:00 +0200</abbr> )</span></div></div>`;
  const answer = (id: number, name: string, words: string, remarks: string, wrapper: string) =>
    `<div class="post answer" id="post-${id}"><div class="votes">3</div><div class="answer-body"><div class="post-text"><p>${words}</p></div><div class="post-info"><p>answered <abbr class="timeago" title="2024-04-0${id % 9} 09:00:00 +0200">2024-04-0${id % 9} 09:00:00 +0200</abbr></p><a href="/users/${id}/${name.toLowerCase().replace(/ /g, '-')}/">${name}</a></div></div><div class="remarks" id="remarks-for-${id}"><div class="${wrapper}">${remarks}</div></div></div>`;
  const page = (wrapper: string) =>
    split(`<html><body><h1>Why does my starter smell of acetone?</h1><div class="question"><div class="post-text"><p>My rye starter smells like nail polish remover after two days on the counter. Is it dead, or just hungry?</p></div><div class="post-info"><p>asked <abbr class="timeago" title="2024-04-01 08:00:00 +0200">2024-04-01 08:00:00 +0200</abbr></p><a href="/users/7/oskar/">oskar</a></div><div class="remarks" id="remarks-for-7"><div class="${wrapper}">${remark(40, 'mehmet_k', 'Which flour do you feed it with, the same rye?')}</div></div></div>
      <h2>2 Answers</h2>
      ${answer(31, 'Ines Moreau', 'It is hungry, not dead: feed it twice a day for a few days and the smell goes away as the yeast catches up.', remark(41, 'bakerjo', 'That worked, thank you, it smells of apples now.') + remark(42, 'rye_rita', 'Also keep it a little cooler, it slows the acid down.'), wrapper)}
      ${answer(32, 'Tomas Berg', 'Pour off the liquid on top before feeding, that is where most of the smell sits, then feed as usual.', remark(43, 'bakerjo', 'I poured it off, fine now.'), wrapper)}</body></html>`);

  it.each([['a generic `content` wrapper', 'content'], ['a wrapper with no class', '']])('finds the answers around their comments, with %s', (_shape, wrapper) => {
    const p = page(wrapper);
    expect(p.body?.text).toMatch(/smells like nail polish remover/);
    expect(p.comments.map((c) => c.author)).toEqual(['mehmet_k', 'Ines Moreau', 'bakerjo', 'rye_rita', 'Tomas Berg', 'bakerjo']);
    expect(p.comments[1]!.text).toMatch(/^It is hungry, not dead/);
    const ids = p.comments.map((c) => c.id);
    expect(p.comments.map((c) => (c.parentId ? ids.indexOf(c.parentId) : null))).toEqual([null, null, 1, 1, null, 4]);
  });
});

/**
 * A "most popular" box above the thread repeats one comment word for word: the copy is no comment
 * of its own. A member who posts the same long words twice in one list keeps both posts.
 */
describe('a comment repeated in a box above the thread', () => {
  const ARTICLE = `<article><h1>First galaxy from a suburban garden</h1>${'<p>After four years of trying, the faint smudge finally showed up in the eyepiece on a cold clear night in April, from a garden in town.</p>'.repeat(3)}</article>`;
  const parents = (p: PageAnalysis) => p.comments.map((c) => (c.parentId === null ? null : p.comments.findIndex((q) => q.id === c.parentId)));
  const note = (id: string, name: string, words: string, replies = '') =>
    `<div class="kk-comment" id="kk-${id}"><div class="kk-head"><span class="kk-name">${name}</span> <span class="kk-date">April 10th, 2024</span></div><div class="kk-words"><p>${words}</p></div>${replies}</div>`;
  const LONG = 'Forty minutes of dark adaptation is the part most beginners skip, and it matters more than the telescope.';
  const page = (box: string, thread: string) =>
    split(`<html><body>${ARTICLE}<div id="comments"><div class="kk-top"><span class="kk-title">Most popular</span>${box}</div><div class="kk-list">${thread}</div></div></body></html>`);

  it.each([
    ['the copy in the box is dropped, the comment keeps its place and reply', note('2p', 'Dev', LONG), ['Ada', 'Dev', 'Rut'], [null, null, 1]],
    ['no box: nothing dropped', '', ['Ada', 'Dev', 'Rut'], [null, null, 1]],
  ])('%s', (_shape, box, authors, expected) => {
    const p = page(box, note('1', 'Ada', 'Clear skies all week here, finally a chance to try the method.') + note('2', 'Dev', LONG, note('2r', 'Rut', 'Thank you, I wish I had read this four years ago.')));
    expect(p.comments.map((c) => c.author)).toEqual(authors);
    expect(parents(p)).toEqual(expected);
  });

  it('keeps a double post in one list', () => {
    const p = page('', note('1', 'Ada', LONG) + note('2', 'Dev', 'Clear skies all week here, finally a chance to try the method.') + note('3', 'Ada', LONG));
    expect(p.comments.map((c) => c.author)).toEqual(['Ada', 'Dev', 'Ada']);
  });

  // The thread's first comment said again below is no box: a box is a list of its own above the
  // thread, neither beside the thread's first comment nor around it.
  const replies = (inner: string) => `<div class="kk-replies">${inner}</div>`;
  const AGREED = 'Agreed, the eyes need time, I gave up twice before learning that.';
  it.each([
    ['repeated as a reply under a later comment', note('1', 'Ada', LONG) + note('2', 'Dev', AGREED, replies(note('3', 'Ada', LONG))), ['Ada', 'Dev', 'Ada'], [null, null, 1]],
    ['repeated as a reply under itself', note('1', 'Anonymous', LONG, replies(note('2', 'Dev', AGREED) + note('3', 'Anonymous', LONG))), ['Anonymous', 'Dev', 'Anonymous'], [null, 0, 0]],
  ])('keeps the first comment of the thread %s', (_shape, thread, authors, expected) => {
    const p = split(`<html><body>${ARTICLE}<div id="comments"><div class="kk-list">${thread}</div></div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(authors);
    expect(parents(p)).toEqual(expected);
  });
});
