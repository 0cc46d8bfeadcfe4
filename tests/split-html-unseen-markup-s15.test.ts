/**
 * Comment systems in markup never seen (issue 13, session 15): a mail archive's sender headers,
 * reviews with replies listed under some of them, header rows whose words sit in the next sibling,
 * a thread's first post classed as such, a definition list of comments headed "<date> par <name>",
 * and dates in other languages. Pages written for these tests; none is copied from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TEXT, isDateText, showsMoment } from '../src/split/html/dates.js';
import { RESPONSE_FROM, writerOfDatedLine } from '../src/split/html/comments/header.js';
import { split, parentIndex, wrap } from './html-pages.js';

const ARTICLE = `<article><h1>Winter pruning for old apple trees</h1>
  <p>Old apple trees fruit on spurs that take years to form, so the first rule of winter pruning is to take out less than you think: a fifth of the canopy in one winter at most, starting with the dead, the crossing and the diseased wood.</p>
  <p>Cut back to an outward-facing bud or a side branch, never leave a stub, and do the big cuts on a dry day in late winter when the wood is dormant and the wounds dry quickly. Water shoots from the trunk come off every year.</p>
  <p>Spread the work over three winters and the tree will crop through all of it, which a hard cut in one year rarely allows.</p></article>`;

describe('a mail archive: the sender heading names the poster, without the address', () => {
  const message = (id: string, from: string, address: string, date: string, words: string, replies = '') => `<div class="msg" id="${id}">
    <div class="msg-head"><h4 class="msg-from"><a href="#">${from}</a> <small>&lt;${address}&gt;</small></h4>
    <span class="msg-date"><a href="#${id}">${date}</a></span></div>
    <div class="msg-body"><pre>${words}</pre></div>
    <div class="msg-actions"><a href="mailto:list@example.org">Reply to thread</a> <a href="#${id}">Export</a></div>${replies ? `<div class="thread-replies">${replies}</div>` : ''}</div>`;
  it('finds every message with its sender and date, the first one as the body', () => {
    const r = split(
      wrap(
        'Build fails on arm64',
        `<section class="thread"><h2>Build fails on arm64</h2>${message(
          'm1',
          'Pia Sand',
          'pia@example.org',
          'Tue Feb 4, 2025 at 08:10',
          'The build stops at the linker step on arm64 since the last release.\nIs anyone else seeing this?\n\nPia',
          message('m2', 'Ole Brandt', 'ole@example.org', 'Tue Feb 4, 2025 at 09:02', 'Same on a Raspberry Pi 5 with the stock image, the linker runs out of memory.') +
            message('m3', 'Ada Lind', 'ada@example.org', 'Tue Feb 4, 2025 at 11:45', 'Try passing -j1 to the build; the parallel link needs more memory than the board has.'),
        )}</section>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Ole Brandt', 'Ada Lind']);
    expect(r.comments.map((c) => c.postedAt)).toEqual(['Tue Feb 4, 2025 at 09:02', 'Tue Feb 4, 2025 at 11:45']);
    expect(r.body?.author).toBe('Pia Sand');
    // The message's action links are chrome, not the end of the opening post.
    expect(r.body?.text).not.toMatch(/Reply to thread/);
  });
});

describe('reviews with replies listed under some of them', () => {
  const review = (id: string, who: string, date: string, words: string, replies: string[] = []) => `<div class="rq-review" id="${id}">
    <div class="rq-head"><a class="user" href="/users/${who.toLowerCase()}/">${who}</a> <time datetime="2025-03-0${id.length}">${date}</time></div>
    <pre class="rq-text">${words}</pre>
    ${replies.length ? `<ul class="rq-replies">${replies.join('')}</ul>` : ''}</div>`;
  const reply = (id: string, who: string, date: string, words: string) =>
    `<li class="rq-reply" id="${id}"><div class="rq-reply-head"><a class="user" href="/users/${who.toLowerCase()}/">${who}</a> <time datetime="2025-03-06">${date}</time></div><pre>${words}</pre></li>`;
  it('keeps the reviews and puts each reply under its review', () => {
    const r = split(
      wrap(
        'Add retries to the uploader',
        `<div class="request"><h1>Add retries to the uploader</h1><p>Adds five retries with backoff to the uploader, so a slow store no longer fails the nightly build outright. The nightly job has failed about once a week since the move to the new bucket, always on a throttled response.</p>
        <p>Each attempt waits twice as long as the one before it, starting at half a second, and the count can be set per pipeline. The final commit step is retried only when no part was written, so a partial upload is never committed twice.</p>
        <p>Tested with a fault-injecting proxy in front of the store: twenty runs with one throttled response each all passed, and a run with every response throttled failed after the fifth attempt as expected.</p></div>
        ${review('r1', 'Kira', 'March 5, 2025, 6:40 p.m.', 'Looks fine overall; one concern about retrying the final commit step.', [
          reply('p1', 'Omar', 'March 6, 2025, 9:12 a.m.', 'Good catch, the final step is no longer retried.'),
          reply('p2', 'Lena', 'March 6, 2025, 9:40 a.m.', 'Agreed with the change, thanks for the quick turnaround.'),
        ])}
        ${review('r2', 'Lena', 'March 6, 2025, 11:05 a.m.', 'Ship it once the default count is documented in the readme.')}
        ${review('r3', 'Theo', 'March 7, 2025, 10:02 a.m.', 'Does the default also apply to the Windows agents we run?', [reply('p3', 'Omar', 'March 7, 2025, 10:40 a.m.', 'Yes, the default lives in code and applies everywhere.')])}`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Kira', 'Omar', 'Lena', 'Lena', 'Theo', 'Omar']);
    expect(parentIndex(r)).toEqual([-1, 0, 0, -1, -1, 4]);
  });

  it('a quote block under some posts is no reply', () => {
    const post = (who: string, date: string, words: string, quoted = '') => `<div class="fx-post">
      <div class="fx-head"><a class="user" href="/users/${who.toLowerCase()}/">${who}</a> <time datetime="2025-03-05">${date}</time></div>
      <div class="fx-text">${quoted}<p>${words}</p></div></div>`;
    const quote = (who: string, date: string, words: string) =>
      `<blockquote class="fx-quote"><div class="fx-quote-head"><a class="user" href="/users/${who.toLowerCase()}/">${who}</a> <time datetime="2025-03-05">${date}</time></div><p>${words}</p></blockquote>`;
    const r = split(
      wrap(
        'Pruning thread',
        `${ARTICLE}<section id="comments">
        ${post('Kira', 'March 5, 2025', 'I cut a third off last winter and got no apples at all this year.')}
        ${post('Omar', 'March 6, 2025', 'That is the water shoots taking over; a fifth is plenty.', quote('Kira', 'March 5, 2025', 'I cut a third off last winter') + quote('Kira', 'March 5, 2025', 'no apples at all'))}
        ${post('Lena', 'March 6, 2025', 'Late winter on a dry day is the part people skip.')}</section>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Kira', 'Omar', 'Lena']);
  });
});

describe('header rows whose words sit in the next sibling', () => {
  const block = (cls: string, who: string, date: string, words: string) =>
    `<div class="${cls}"><div class="k-meta"><a class="k-user" href="/~${who}">${who}</a> <time datetime="2025-06-22T10:00:00Z">${date}</time></div><div class="k-body"><p>${words}</p></div><div class="k-actions"><a>Like</a> <a>Reply</a></div></div>`;
  const thread = (seed: string, replies: string[]) => `<div class="k-thread">${seed}${replies.length ? `<div class="k-replies">${replies.join('')}</div>` : ''}</div>`;
  it('takes the blocks around the rows as the posts, a short row among them, and replies under their seed', () => {
    const r = split(
      wrap(
        'Pruning',
        `${ARTICLE}<div id="comments"><div class="k-threads">
        ${thread(block('k-seed', 'oldpear_grower', 'Jun 22', 'Took a fifth off last winter and the crop held up fine.'), [
          block('k-reply', 'danny_hollis', 'Jun 23', 'Same here, three winters of small cuts did it.'),
          block('k-reply', 'oldpear_grower', 'Jun 23', 'Good to hear it works on pears too.'),
        ])}
        ${thread(block('k-seed', 'ab', 'Jun 25', 'Is late February too late for this?'), [block('k-reply', 'danny_hollis', 'Jun 25', 'Not if the buds have not broken yet.')])}
        ${thread(block('k-seed', 'huw_pryce_99', 'Jun 27', 'The bit about stubs saved my old Bramley.'), [])}</div></div>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['oldpear_grower', 'danny_hollis', 'oldpear_grower', 'ab', 'danny_hollis', 'huw_pryce_99']);
    expect(parentIndex(r)).toEqual([-1, 0, 0, -1, 3, -1]);
  });
});

describe('a definition list of comments headed "<date> by <name>" in the page language', () => {
  const entry = (n: number, line: string, words: string) => `<dt id="c${n}"><a href="#c${n}" class="c-number">${n}.</a> ${line}</dt><dd><p>${words}</p></dd>`;
  it('reads each <dt> as the header of the words in the <dd> after it', () => {
    const r = split(
      wrap(
        'Taille des vieux pommiers',
        `${ARTICLE}<div id="comments"><h3>Commentaires</h3><dl>
        ${entry(1, 'Le dimanche 6 octobre 2024, 11:40 par <a href="https://example.org/jeanne" rel="ugc nofollow">Jeanne R.</a>', 'Merci, je taillais beaucoup trop fort chaque hiver.')}
        ${entry(2, 'Le lundi 7 octobre 2024, 08:15 par Marc', 'Et pour un poirier, la même règle du cinquième ?')}
        ${entry(3, 'Le lundi 7 octobre 2024, 09:02 par <a href="https://example.org/jeanne" rel="ugc nofollow">Jeanne R.</a>', '@Marc oui, la même chose pour les poiriers.')}</dl></div>`,
      ),
    );
    expect(r.comments.map((c) => c.author)).toEqual(['Jeanne R.', 'Marc', 'Jeanne R.']);
    expect(r.comments.map((c) => c.postedAt)).toEqual(['dimanche 6 octobre 2024, 11:40', 'lundi 7 octobre 2024, 08:15', 'lundi 7 octobre 2024, 09:02']);
    expect(r.comments[1]!.text).toMatch(/^Et pour un poirier/);
  });

  it('a glossary definition list is no comment list', () => {
    const r = split(
      wrap(
        'Pruning terms',
        `${ARTICLE}<dl><dt>Spur</dt><dd>A short shoot that carries the fruit buds for many years.</dd><dt>Water shoot</dt><dd>A fast upright shoot from the trunk or a big cut, which rarely fruits.</dd><dt>Stub</dt><dd>What is left when a cut is made too far from a bud or a branch.</dd></dl>`,
      ),
    );
    expect(r.comments).toEqual([]);
  });
});

describe('a thread whose first post is classed as the first', () => {
  const post = (first: boolean, who: string, date: string, words: string) =>
    `<div class="comment${first ? ' comment-first' : ''}"><div class="user-info"><span class="user-name">${who}</span> <abbr class="timeago" title="${date}">${date}</abbr></div><div class="p-content"><p>${words}</p></div></div>`;
  it('opens the thread: the body, with its poster and date', () => {
    const r = split(
      wrap(
        'Hub stopped syncing',
        `<section id="topic"><h2 class="heading">Hub stopped syncing after the update</h2><p class="meta">Answered · 4 posts · 120 views</p>
        <div id="topic-comments">
        ${post(true, 'Nora Quinn', 'Wed, 3 Apr, 2024 at 9:00 AM', 'Since the update on Monday the hub no longer syncs the schedule to the thermostats in two rooms.')}
        ${post(false, 'gary.l', 'Wed, 3 Apr, 2024 at 10:12 AM', 'Exactly the same here since Monday, two of five rooms.')}
        ${post(false, 'Ivo Marsh', 'Wed, 3 Apr, 2024 at 11:30 AM', 'Has anyone tried rolling back to the previous version?')}
        ${post(false, 'Rita Kwan', 'Thu, 4 Apr, 2024 at 8:05 AM', 'Thanks for the reports, a fix is on its way this week.')}</div></section>`,
      ),
    );
    expect(r.body?.text).toMatch(/^Since the update on Monday/);
    expect(r.body?.author).toBe('Nora Quinn');
    expect(r.comments.map((c) => c.author)).toEqual(['gary.l', 'Ivo Marsh', 'Rita Kwan']);
  });
});

describe('dates in other languages', () => {
  const dates: [string, string][] = [
    ['12. März 2024, 09:40', '12. März 2024, 09:40'],
    ['dimanche 6 octobre 2024, 11:40', 'dimanche 6 octobre 2024, 11:40'],
    ['12 de mayo de 2026', '12 de mayo de 2026'],
    ['2026年5月14日 18:32', '2026年5月14日 18:32'],
    ['3 天前', '3 天前'],
    ['3일 전', '3일 전'],
    ['vor 3 Tagen', 'vor 3 Tagen'],
    ['il y a 2 jours', 'il y a 2 jours'],
    ['4 dagen geleden', '4 dagen geleden'],
    ['2 godz. temu', '2 godz. temu'],
  ];
  it.each(dates)('%s is date text', (shown, read) => {
    expect(isDateText(shown)).toBe(true);
    expect(DATE_TEXT.exec(shown)?.[0]).toBe(read);
  });
  it.each(['for 3 days he waited', 'ha 2 ore', 'mars attacks 2024'])('%s is no date', (shown) => {
    expect(isDateText(shown)).toBe(false);
  });
});

describe('review of the session-15 rules: inputs their author did not try', () => {
  it.each([
    ['Response from Kestrel Home', 'Kestrel Home'],
    ['Response\u00a0from Kestrel Home', 'Kestrel Home'],
    ['Response  from Kestrel Home', 'Kestrel Home'],
    ['Comment\u00a0from Owen P.', 'Owen P.'],
  ])('"%s" is a reply label before the name %s', (line, name) => {
    expect(RESPONSE_FROM.exec(line)?.[2]).toBe(name);
  });

  it.each([
    ['há 2 dias', true],
    ['2 gün önce', true],
    ['5 tuntia sitten', true],
    ['vor 3 Tagen', true],
    ['3 dagar sedan', true],
    ['3 天前', true],
    ['4.7/5', false],
    ['000 Hrs', false],
  ])('date text "%s" names a moment: %s', (shown, moment) => {
    if (moment) expect(isDateText(shown)).toBe(true);
    expect(showsMoment(shown)).toBe(moment);
  });

  it.each([
    ['Środa, 6 maja 2024, 10:15', 'Środa, 6 maja 2024, 10:15'],
    ['Lördag 5 oktober 2024', 'Lördag 5 oktober 2024'],
  ])('a day name of another language starting with an accented letter stays with its date: %s', (shown, read) => {
    expect(DATE_TEXT.exec(shown)?.[0]).toBe(read);
  });

  // The writer after a date in a <dt> or a header line no class names: a version or a place is none.
  it.each([
    ['Le dimanche 6 octobre 2024, 11:40 par Margaux L.', 'Margaux L.'],
    ['Fri, 2012-11-09 18:05 — Jeff Moore (not verified)', 'Jeff Moore'],
    ['12 March 2024 - Version 2.1', null],
    ['12 marzo 2024 da Roma', null],
    ['Spur', null],
  ])('the writer of the header line "%s" is %s', (line, writer) => {
    expect(writerOfDatedLine(line)).toBe(writer);
  });
});
