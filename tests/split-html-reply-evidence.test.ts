/**
 * Reply parents from evidence an unseen engine shows (issue 13): "@handle" mentions matched through
 * the author's profile link, the microblog habit of naming the original poster in every reply,
 * "replied to <link to another comment>", a linked name opening
 * the reply without "@", and a "replying to Name" line where replies stop nesting. Every page here
 * is invented; each table row is a shape of markup, each with the parent it must give.
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

const ARTICLE = `<article><h1>Night buses return to the valley</h1>${'<p>The regional council brings back three night bus lines from March, after a year without them, the transport office said on Monday.</p>'.repeat(3)}</article>`;

/** The parent of each comment as the index of the comment it answers, or null. */
function parents(page: PageAnalysis): (number | null)[] {
  return page.comments.map((c) => (c.parentId === null ? null : page.comments.findIndex((p) => p.id === c.parentId)));
}

describe('"@handle" mentions on a flat microblog thread', () => {
  /** A reply as a fediverse page shows it: the display name, then the handle its profile link names. */
  const toot = (id: number, name: string, handle: string, text: string) =>
    `<div class="zz-status" id="s${id}"><div class="zz-info"><a class="zz-name" href="https://coast.example/@${handle}@other.example"><b>${name}</b></a> <time datetime="2026-12-05T09:${10 + id}:00Z">${id}h</time></div><div class="zz-text"><p>${text}</p></div><div class="zz-bar"><button aria-label="Reply">Reply</button></div></div>`;
  const page = (toots: string) => split(`<html><body>${ARTICLE}<section id="replies" class="comments">${toots}</section></body></html>`);

  it.each([
    [
      'a handle that is not the display name answers that member',
      [toot(1, 'Tom Reddaway', 'tomr', 'Saw the first bus pass the station at midnight, right on time.'), toot(2, 'Ines Falcão', 'inesfalcao', '@tomr Good to hear, which line was it?')],
      [null, 0],
    ],
    [
      'of several handles, the latest comment by any of them',
      [toot(1, 'Tom Reddaway', 'tomr', 'The N2 was late twice this week already, sadly.'), toot(2, 'Fern Brook', 'fernbrook', 'Which stop do you wait at for the N2 usually?'), toot(3, 'Anika', 'anika', '@tomr @fernbrook Same stop here, and the same delays.')],
      [null, null, 1],
    ],
    [
      'a name before a comma ("Okafor, Bede") answers "@Okafor", as a reply line naming it does',
      [toot(1, 'Okafor, Bede', 'bedeok', 'The N4 skipped our stop twice, no one told us why.'), toot(2, 'Lin Aro', 'linaro', '@Okafor It was diverted for the roadworks, says the operator.')],
      [null, 0],
    ],
  ])('%s', (_shape, toots, expected) => {
    expect(parents(page(toots.join('')))).toEqual(expected);
  });

  it("leaves replies naming the thread's addressee on the post, unless her comment answered the writer", () => {
    const p = page(
      [
        toot(1, 'Fern Brook', 'fernbrook', '@oonav Which lines run after two in the morning?'),
        toot(2, 'Oona Vale', 'oonav', '@fernbrook Only the N1, the others stop at two.'),
        toot(3, 'Fern Brook', 'fernbrook', '@oonav Thanks, that makes sense for our street.'),
        toot(4, 'Gull Watcher', 'gulls', '@oonav Great news for the late shift workers here.'),
        toot(5, 'Seb', 'sebmakes', '@oonav Will the buses take bicycles at night too?'),
      ].join(''),
    );
    // The mention of oonav: her comment answered fernbrook, who thanks her; others answer the post.
    expect(parents(p)).toEqual([null, 0, 1, null, null]);
  });
});

describe('reply lines and links naming the comment answered', () => {
  /** A flat comment whose byline may say, with a link to another comment's anchor, which it answers; its permalink links its own anchor in full. */
  const entry = (address: string, id: number, name: string, text: string, answers = '') =>
    `<div class="jr-entry" id="c${id}"><p class="jr-by"><cite>${name}</cite>${answers} · <a href="${address}#c${id}">permalink</a> · <span class="jr-when" title="2025-03-1${id % 10}T21:05">March 1${id % 10}</span></p><div class="jr-said"><p>${text}</p></div></div>`;
  const page = 'https://journal.example/2025/03/night-buses.html';
  const journal = (answers: string) =>
    split(`<html><body>${ARTICLE}<div id="responses">${entry(page, 11, 'Halvard', 'The timetable on the website still shows the old lines.')}${entry(page, 12, 'Noor', 'It was updated this morning, at least on my phone.')}${entry(page, 13, 'Petra', 'Mine still shows the winter timetable after a reload.', answers)}</div></body></html>`);

  it.each([
    ['a link to the anchor on this page, written in full as the permalinks are', ` replied to <a href="${page}#c11">Halvard's comment</a>`, [null, null, 0]],
    ['a bare #anchor link', ` in response to <a href="#c11">this comment</a>`, [null, null, 0]],
    // Control: another page of the same blog numbers its comments the same way.
    ['a link to the same anchor on another page (no parent)', ` replied to <a href="https://journal.example/2024/11/older-entry.html#c11">a comment there</a>`, [null, null, null]],
  ])('reads "replied to <link #anchor>" in a byline: %s', (_shape, answers, expected) => {
    const p = journal(answers);
    expect(p.comments.map((c) => c.author)).toEqual(['Halvard', 'Noor', 'Petra']);
    expect(parents(p)).toEqual(expected);
    if (expected[2] !== null) expect(p.comments[2]!.replyEvidence?.rule).toMatch(/in-reply-to$/);
  });

  it('keeps a linked name opening a reply in its text, and answers that member (no "@")', () => {
    const comment = (id: number, name: string, login: string, body: string) =>
      `<div class="activity-comment" id="comment-${id}"><div class="action-details"><a class="user-hover" href="/secure/ViewProfile.jspa?name=${login}">${name}</a> added a comment - <time datetime="2024-01-29T0${id % 10}:12">29/Jan/24 0${id % 10}:12</time></div><div class="action-body"><p>${body}</p></div></div>`;
    const p = split(`<html><body>${ARTICLE}<div id="issue_actions_container">${comment(1, 'Ama Osei', 'aosei', 'Which timetable file did you import, the winter one or the night one?')}${comment(2, 'Ferdinand Ruiz', 'fruiz', 'The import skips stops without coordinates, that may explain the gaps.')}${comment(3, 'Ulla Berg', 'uberg', '<a href="/secure/ViewProfile.jspa?name=aosei" class="user-hover">Ama Osei</a> the night one, downloaded from the open data portal this morning.')}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['Ama Osei', 'Ferdinand Ruiz', 'Ulla Berg']);
    expect(p.comments[2]!.text).toMatch(/^Ama Osei the night one/);
    expect(parents(p)).toEqual([null, null, 0]);
    expect(p.comments[2]!.replyEvidence?.rule).toMatch(/linked-mention$/);
  });

  it('lets a "↳ replying to Name" line pick a sibling where replies stop nesting', () => {
    const post = (id: number, name: string, text: string, kids = '', re = '') =>
      `<section class="lx-msg" id="m${id}"><header class="lx-top"><strong class="lx-who">${name}</strong> <span class="lx-at" title="2025-02-0${id % 9} 07:30">Feb ${id}</span></header>${re ? `<p class="lx-note">↳ replying to ${re}</p>` : ''}<div class="lx-body"><p>${text}</p></div><div class="lx-under">${kids}</div></section>`;
    const kids = post(2, 'Greta Lindqvist, Transport editor', 'The council gave us the night timetable on Friday.') + post(3, 'morwen', 'Thanks, so the N3 really stops at the hospital.', '', 'Greta Lindqvist');
    const p = split(`<html><body>${ARTICLE}<div class="lx-thread">${post(1, 'morwen', 'Does any of the night lines stop at the hospital?', kids)}${post(4, 'Arvo', 'Good to see the valley gets buses again after midnight.')}${post(5, 'Tuuli', 'The fares at night are the same as by day, I asked.')}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['morwen', 'Greta Lindqvist, Transport editor', 'morwen', 'Arvo', 'Tuuli']);
    expect(parents(p)).toEqual([null, 0, 1, null, null]);
  });

  it('keeps the nesting where the "↳ replying to Name" line names a comment of another branch', () => {
    const post = (id: number, name: string, text: string, kids = '', re = '') =>
      `<section class="lx-msg" id="m${id}"><header class="lx-top"><strong class="lx-who">${name}</strong> <span class="lx-at" title="2025-02-0${id % 9} 07:30">Feb ${id}</span></header>${re ? `<p class="lx-note">↳ replying to ${re}</p>` : ''}<div class="lx-body"><p>${text}</p></div><div class="lx-under">${kids}</div></section>`;
    const first = post(2, 'Greta Lindqvist', 'The council gave us the night timetable on Friday.');
    const second = post(5, 'Tuuli', 'Same here, the N3 stops at the hospital now.', '', 'morwen');
    const p = split(`<html><body>${ARTICLE}<div class="lx-thread">${post(1, 'morwen', 'Does any of the night lines stop at the hospital?', first)}${post(4, 'Arvo', 'Good to see the valley gets buses again after midnight.', second)}${post(6, 'Pekka', 'The fares at night are the same as by day, I asked.')}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['morwen', 'Greta Lindqvist', 'Arvo', 'Tuuli', 'Pekka']);
    expect(parents(p)).toEqual([null, 0, null, 2, null]);
  });

  it('follows a long chain of "↳ replying to" lines, each answering the reply before it, to its end', () => {
    // Every reply sits directly under the first post; the line moves it under the one before, so
    // the chain is one step deeper per reply (the branch test walks it: it must see the whole chain).
    const post = (id: number, name: string, text: string, kids = '', re = '') =>
      `<section class="lx-msg" id="m${id}"><header class="lx-top"><strong class="lx-who">${name}</strong> <span class="lx-at" title="2025-02-0${1 + (id % 9)} 07:30">Feb ${id}</span></header>${re ? `<p class="lx-note">↳ replying to ${re}</p>` : ''}<div class="lx-body"><p>${text}</p></div><div class="lx-under">${kids}</div></section>`;
    const n = 400;
    const replies = Array.from({ length: n }, (_, i) => post(i + 2, `rider${i + 1}`, `Stop ${i + 1} on the night line is also served after midnight.`, '', `rider${i}`)).join('');
    const p = split(`<html><body>${ARTICLE}<div class="lx-thread">${post(1, 'rider0', 'Does any of the night lines stop at the hospital?', replies)}</div></body></html>`);
    expect(p.comments).toHaveLength(n + 1);
    expect(parents(p)).toEqual([null, ...Array.from({ length: n }, (_, i) => i)]);
  });
});

describe('the text block of repeated posts no vocabulary names', () => {
  it('keeps every paragraph of a post, where most posts are one paragraph long', () => {
    const note = (id: number, name: string, paragraphs: string[]) =>
      `<div class="qq-entry" id="change-${id}"><div class="qq-top"><b>${name}</b> <span>Mar ${id}, 2024</span></div><div class="qq-rich">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div><a href="#" class="qq-q">Reply</a></div>`;
    const p = split(`<html><body>${ARTICLE}<div id="history">${[
      note(1, 'holger', ['I can reproduce this on the current trunk with a clean install.']),
      note(2, 'mizuki', ['Is this also happening when the project has no versions at all?']),
      note(3, 'tomasz', ['It happens without versions as well, I checked twice.', 'So grouping is not the trigger here, it must be the start date.']),
      note(4, 'anna', ['Same here on the last release with another database.']),
      note(5, 'go_maeda', ['Thank you for the patch, could you add a functional test for the export as well?']),
      note(6, 'pbrandt', ['Still present in the latest release, the export drops all the subtasks for us.']),
      note(7, 'kowalczyk', ['I do not think this is a bug in the chart helper, the filter decides what is exported.']),
      note(8, 'lindqvist', ['Our managers export the chart every Monday and have now stopped trusting it.']),
    ].join('')}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['holger', 'mizuki', 'tomasz', 'anna', 'go_maeda', 'pbrandt', 'kowalczyk', 'lindqvist']);
    expect(p.comments[2]!.text).toMatch(/checked twice\.\n\nSo grouping is not the trigger/);
  });
});

describe('posts dated by a short label whose title holds the date', () => {
  it.each([['short names', ['ann', 'bo', 'cy', 'dee']], ['a long name among short ones', ['ann', 'bo', 'cy', 'deedeelong']]])(
    'finds every post, with %s beside "9 months" titled with the full date',
    (_shape, names) => {
      const note = (id: number, name: string, body: string) =>
        `<div class="pp-journal" id="change-${id}"><div class="pp-head"><a href="/people/${name}">${name}</a> <a title="03/0${id}/2024 08:30 AM" href="/activity?from=2024-03-0${id}">9 months</a> ago</div><div class="pp-notes"><p>${body}</p></div></div>`;
      const p = split(`<html><body>${ARTICLE}<div id="history">${names.map((name, i) => note(i + 1, name, `Note number ${i + 1} on this issue, with a few words more to read as a note.`)).join('')}</div></body></html>`);
      expect(p.comments.map((c) => c.author)).toEqual(names);
    },
  );
});

describe('a guest post among posts each in a wrapper of its own', () => {
  it('joins the post whose name is plain text to the list of linked names', () => {
    const post = (id: number, name: string, text: string, linked = true) =>
      `<div><div class="tk-thread" id="tk-${id}"><div class="tk-hd">${linked ? `<a class="tk-by" href="/-/users/${name}">${name}</a>` : `<span class="tk-by">${name}</span>`} <span class="tk-at" title="2024-03-1${id}T19:22:05Z">Mar 1${id}</span></div><div class="tk-bd"><p>${text}</p></div></div></div>`;
    const p = split(`<html><body>${ARTICLE}<div class="tk-list">${[
      post(1, 'marguerite', 'Buy the guide, it takes the guesswork out of the angle.'),
      post(2, 'bert_h', 'The guide only helps with straight irons, not with gouges.'),
      post(3, 'Guest', 'Is the cheap guide fine for narrow irons in a block plane?', false),
      post(4, 'owen_k', 'Thanks all, I ordered one and will report back next week.'),
    ].join('')}</div></body></html>`);
    expect(p.comments.map((c) => c.text.slice(0, 12))).toEqual(['Buy the guid', 'The guide on', 'Is the cheap', 'Thanks all, ']);
  });
});

/**
 * Negative rows (review of html2): evidence that looks like a reply line but is not one. Each page is
 * invented; each row fails if the rule it guards reads the chrome or prose as a reply.
 */
describe('reply evidence that must not move a comment', () => {
  /** A threaded blog comment whose own reply button names its own author, as WordPress prints it. */
  const wp = (id: number, name: string, text: string, kids = '', button = `<a rel="nofollow" class="comment-reply-link" href="?replytocom=${id}#respond" aria-label="Reply to ${name}">Reply</a>`) =>
    `<li class="comment" id="comment-${id}"><article class="comment-body"><footer class="comment-meta"><b class="fn">${name}</b> <time datetime="2025-06-0${id % 9}T10:00">June ${id}</time></footer><div class="comment-content"><p>${text}</p></div><div class="reply">${button}</div></article>${kids ? `<ol class="children">${kids}</ol>` : ''}</li>`;
  const blog = (items: string) => split(`<html><body>${ARTICLE}<div id="comments"><ol class="comment-list">${items}</ol></div></body></html>`);

  it.each([
    ['an aria-label "Reply to NAME" on a reply link (WordPress)', (id: number, name: string) => `<a rel="nofollow" class="comment-reply-link" href="?replytocom=${id}#respond" aria-label="Reply to ${name}">Reply</a>`],
    ['a "↩ Reply to NAME" link text', (id: number, name: string) => `<a href="#comment-${id}" class="rp">↩ Reply to ${name}</a>`],
    ['a "Reply to NAME" button', (_id: number, name: string) => `<button type="button">Reply to ${name}</button>`],
  ])("a comment's own reply button (%s) neither overrides nesting nor makes a parent", (_shape, button) => {
    const b = (id: number, name: string) => button(id, name);
    const kids =
      wp(2, 'pilar', 'Which platform does it leave from, the old one by the depot?', '', b(2, 'pilar')) +
      wp(3, 'orrin', 'From the new one, the old platform is closed for works.', '', b(3, 'orrin')) +
      wp(4, 'pilar', 'Orrin: the one by the depot has a lift at least, that helps.', '', b(4, 'pilar'));
    const p = blog(wp(1, 'wendell', 'Good news for everyone working late shifts in town.', kids, b(1, 'wendell')) + wp(5, 'pilar', 'On another matter, will the fares stay the same as by day?', '', b(5, 'pilar')));
    expect(p.comments.map((c) => c.author)).toEqual(['wendell', 'pilar', 'orrin', 'pilar', 'pilar']);
    expect(parents(p)).toEqual([null, 0, 0, 0, null]);
  });

  it('answers a commenter who gets many "@Name" replies when her own comment is no reply (not a microblog addressee)', () => {
    const c = (id: number, name: string, text: string) =>
      `<div class="cm-item" id="cm-${id}"><div class="cm-head"><b class="cm-author">${name}</b> <time datetime="2025-02-0${id}T08:00">Feb ${id}</time></div><div class="cm-body"><p>${text}</p></div></div>`;
    const p = split(`<html><body>${ARTICLE}<section id="comments" class="comments">${[
      c(1, 'Rosalind', 'I rode the first night bus home yesterday and it was nearly empty.'),
      c(2, 'Jory', '@Rosalind which stop did you get on at, the central one?'),
      c(3, 'Kwame', '@Rosalind did the driver take cards or only cash?'),
      c(4, 'Lene', '@Rosalind was it warm inside, the day buses are freezing.'),
    ].join('')}</section></body></html>`);
    expect(parents(p)).toEqual([null, 0, 0, 0]);
  });

  it.each([
    ['a link to another page of the site', (n: number) => `I wrote more on this in response to <a href="https://other.example/2019/older-entry.html#comment-${n}">a reader last year</a>, it still holds.`],
    ['a same-page link in the middle of a sentence', (n: number) => `Nobody has replied to <a href="#comment-${n}">this point</a> yet, which surprises me a little.`],
  ])('does not take "reply to <link #comment-N>" from %s as the parent', (_shape, body) => {
    const c = (id: number, name: string, text: string) =>
      `<div class="note" id="comment-${id}"><div class="note-text"><p>${text}</p></div><div class="note-foot"><span class="vcard author">${name}</span> | <a href="#comment-${id}">link</a> <abbr class="published" title="2025-03-0${id}T09:00">March ${id}</abbr></div></div>`;
    const p = split(`<html><body>${ARTICLE}<div id="comments">${c(1, 'Halvard', 'The timetable on the website still shows the old lines.')}${c(2, 'Noor', 'It was updated this morning, at least on my phone.')}${c(3, 'Petra', body(1))}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['Halvard', 'Noor', 'Petra']);
    expect(parents(p)).toEqual([null, null, null]);
  });
});

/** Controls for the guest-join and linked-name-in-prose rules (review of html2, finding 5): shapes they must leave alone. */
describe('shapes the guest-join and prose-link rules must leave alone', () => {
  it('does not join a related-stories card, in a wrapper like the posts, to the posts', () => {
    const post = (id: number, name: string, text: string) =>
      `<div><div class="rv-post" id="rv-${id}"><div class="rv-hd"><a class="rv-by" href="/members/${name}">${name}</a> <span class="rv-at" title="2025-04-1${id}T18:40:00Z">Apr 1${id}</span></div><div class="rv-bd"><p>${text}</p></div></div></div>`;
    const card = (id: number, headline: string) =>
      `<div><div class="rv-card"><div class="rv-hd"><span class="rv-by">Staff Writer</span> <span class="rv-at" title="2025-04-0${id}T08:00:00Z">Apr ${id}</span></div><h3><a href="/news/2025/04/story-${id}.html">${headline}</a></h3></div></div>`;
    const p = split(`<html><body>${ARTICLE}<div class="rv-list">${[
      post(1, 'quintin', 'The night line to the airport is the one I will use most.'),
      post(2, 'halla_b', 'Hope they keep the buses running through the summer too.'),
      post(3, 'ysolde', 'My shift ends at one, so this changes everything for me.'),
    ].join('')}</div><aside><h2>Related</h2><div class="rv-list">${card(1, 'Tram works close the bridge for a month')}${card(2, 'Ferry timetable cut back in winter')}</div></aside></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['quintin', 'halla_b', 'ysolde']);
  });

  it('keeps the author of a byline paragraph that holds a profile link and the date', () => {
    const c = (id: number, name: string, text: string) =>
      `<div class="fb-entry" id="fb-${id}"><p class="fb-line">Posted by <a href="/profile/${name}">${name}</a> on <time datetime="2025-05-0${id}T20:15">May ${id}, 2025 at 8:15 pm</time></p><div class="fb-text"><p>${text}</p></div></div>`;
    const p = split(`<html><body>${ARTICLE}<div id="comments" class="comments">${[
      c(1, 'greta_l', 'Finally, I have been waiting for this since the lines were cut.'),
      c(2, 'olumide', 'Does anyone know if the N1 will run on public holidays as well?'),
      c(3, 'vesna', 'The old timetable had a bus every forty minutes, I hope it stays that way.'),
    ].join('')}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['greta_l', 'olumide', 'vesna']);
  });
});

/**
 * Engines that nest replies one level only (Isso's follow-ups) or stop nesting at a maximum depth
 * put a reply to a reply beside it, built like it: an "@Name" opening it says which sibling it
 * answers. A reply without one stays under the comment it is nested in.
 */
describe('"@Name" picking a sibling where replies stop nesting', () => {
  const note = (id: number, name: string, text: string, follow = '') =>
    `<div class="fu-note" id="fu-${id}"><div class="fu-head"><span class="fu-author">${name}</span> <time datetime="2025-01-1${id % 10}T10:00" title="Jan 1${id % 10}">2 months ago</time></div><div class="fu-text"><p>${text}</p></div>${follow ? `<div class="fu-follow">${follow}</div>` : ''}</div>`;
  const page = (notes: string) => split(`<html><body>${ARTICLE}<section id="fu-thread">${notes}</section></body></html>`);

  it.each([
    ['"@Name" naming a sibling answers it', '@Bruno the N5 too, I took it on Friday night.', [null, 0, 0, 1]],
    ['"@Name" naming the comment nested around it stays under it', '@Aino the N5 too, I took it on Friday night.', [null, 0, 0, 0]],
    ['no mention: under the comment nested around it', 'The N5 too, I took it on Friday night.', [null, 0, 0, 0]],
    // A reply could nest under the sibling it answers here: only "@" says the engine stopped nesting.
    ['a name without "@" is no evidence where replies are built like comments', 'Bruno, the N5 too, I took it on Friday night.', [null, 0, 0, 0]],
  ])('%s', (_shape, last, expected) => {
    const follow =
      note(2, 'Bruno', 'The N3 was full at one in the morning, they need longer buses.') +
      note(3, 'Cato', 'Good to see them back, I missed the last train twice in January.') +
      note(4, 'Dalia', last);
    const later = note(6, 'Fenna', 'Same here, the taxi cost me more than the shift paid.');
    const p = page(note(1, 'Aino', 'Does any of the lines run past the hospital after midnight?', follow) + note(5, 'Eero', 'Finally, a way home from the late shift without a taxi.', later));
    expect(p.comments.map((c) => c.author)).toEqual(['Aino', 'Bruno', 'Cato', 'Dalia', 'Eero', 'Fenna']);
    expect(parents(p).slice(0, 4)).toEqual(expected);
  });

  // Three replies one level deep on a small page: any nesting engine shows that much, so the
  // markup's parent stays (see the WordPress guard in tests/split-html-threads).
  it('keeps the markup parent where too few replies show how deep the engine nests', () => {
    const follow =
      note(2, 'Bruno', 'The N3 was full at one in the morning, they need longer buses.') +
      note(3, 'Cato', 'Good to see them back, I missed the last train twice in January.') +
      note(4, 'Dalia', '@Bruno the N5 too, I took it on Friday night.');
    const p = page(note(1, 'Aino', 'Does any of the lines run past the hospital after midnight?', follow) + note(5, 'Eero', 'Finally, a way home from the late shift without a taxi.'));
    expect(parents(p).slice(0, 4)).toEqual([null, 0, 0, 0]);
  });
});

/**
 * A flat comment addressing an earlier commenter by name without "@": the name before a comma,
 * after a greeting, or thanked in the first clause. Names nobody in the thread goes by, the
 * comment's own author's name, and a capitalised word that starts a sentence stay top-level.
 */
describe('a flat comment addressing an earlier commenter by name', () => {
  const c = (id: number, name: string, text: string) =>
    `<div class="rk-entry" id="rk-${id}"><div class="rk-head"><b class="rk-author">${name}</b> <time datetime="2025-02-0${id}T08:00">Feb ${id}</time></div><div class="rk-body"><p>${text}</p></div></div>`;
  const page = (last: string, lastAuthor = 'Pavla Horak') =>
    split(`<html><body>${ARTICLE}<section id="comments" class="comments">${[
      c(1, 'Anneli Strand', 'The N2 timetable has the wrong times for the depot stop, at least online.'),
      c(2, 'Jonas Weber', 'Will the night buses take bicycles on the rack at the front?'),
      c(3, 'Mirela', 'It is about time, the last bus at eleven was a joke for shift workers.'),
      c(4, lastAuthor, last),
    ].join('')}</section></body></html>`);

  it.each([
    ['a first name before a comma', 'Anneli, the printed timetable at the stop has it right.', [null, null, null, 0]],
    ['a whole name before a colon', 'Jonas Weber: yes, two bicycles at a time, says the operator.', [null, null, null, 1]],
    ['a greeting before the name', 'Hi Mirela, the last bus used to be at half past eleven, not eleven.', [null, null, null, 2]],
    ['a commenter thanked in the first clause', 'Good to know, thanks Jonas!', [null, null, null, 1]],
    ['a name nobody in the thread goes by', 'Oskar, my neighbour, drives the N2 and says it is always on time.', [null, null, null, null]],
    ['a capitalised first word, no comma', 'Anneli was right about the depot stop, I checked this morning.', [null, null, null, null]],
    ['thanks to someone outside the thread', 'Great news, thanks Council!', [null, null, null, null]],
  ])('%s', (_shape, last, expected) => {
    const p = page(last);
    expect(p.comments).toHaveLength(4);
    expect(parents(p)).toEqual(expected);
    if (expected[3] !== null) expect(p.comments[3]!.replyEvidence?.rule).toMatch(/name-address$/);
  });

  it("does not take the commenter's own name as an address", () => {
    expect(parents(page('Mirela: that is me above, I meant the weekday timetable.', 'Mirela'))).toEqual([null, null, null, null]);
  });

  // Display names made of ordinary words: the word opening a comment, after a greeting or after a
  // lower-case "thanks" is that word, not the commenter; only the whole name addresses them.
  const thread = (first: string, last: string) =>
    split(`<html><body>${ARTICLE}<section id="comments" class="comments">${[
      c(1, first, 'About time the council listened to the people who work nights.'),
      c(2, 'Anneli Strand', 'The N2 timetable has the wrong times for the depot stop, at least online.'),
      c(3, 'Jonas Weber', 'Will the night buses take bicycles on the rack at the front?'),
      c(4, 'Pavla', last),
    ].join('')}</section></body></html>`);
  it.each([
    ['a reply opener before a comma', 'True Patriot', 'True, but the council cut the day buses to pay for it.', null],
    ['a discourse word before a comma', 'Well Wisher', 'Well, I never thought I would see a night bus in the valley again.', null],
    ['a verdict before a comma', 'Good Samaritan', 'Good, the late shift at the hospital needed this.', null],
    ['a function word before a comma', 'No Name', 'No, the N4 does not stop at the depot any more.', null],
    ['a heading word before a colon', 'Update', 'Update: the operator has put the new times online.', null],
    ['a greeting to everyone', 'All Saints', 'Hi All, does anyone know if the N4 runs on holidays?', null],
    ['a greeting to the paper', 'Editor', 'Dear Editor, please print the timetable in the paper too.', null],
    ['a one-letter word after a greeting', 'I Ride Buses', 'Hey I think the N4 skips the depot after midnight.', null],
    ['a lower-case word thanked', 'Man About Town', 'Good to know, thanks man!', null],
    ['a lower-case "again" thanked', 'Again Rider', 'Thanks again! The N4 is the one I needed.', null],
    // Controls: the whole name addresses its commenter, whatever words it is made of.
    ['the whole name before a comma', 'True Patriot', 'True Patriot, the council cut the day buses to pay for it.', 0],
    ['a first name thanked', 'True Patriot', 'Good to know, thanks Anneli!', 1],
  ])('%s', (_shape, first, last, expected) => {
    const p = thread(first, last);
    expect(p.comments.map((x) => x.author)).toEqual([first, 'Anneli Strand', 'Jonas Weber', 'Pavla']);
    expect(parents(p)).toEqual([null, null, null, expected]);
  });

  it.each([
    ['thanked for the article', 'Great article, thanks Sarah!', null],
    ['greeted about the piece', 'Hi Sarah, a good piece, the N2 needed it.', null],
    // Control: thanked for her answer, she is the one answered.
    ['thanked for her answer', 'Good to know, thanks Sarah!', 2],
  ])("does not take the article's writer %s for her comment", (_shape, last, expected) => {
    const p = split(`<html><body>${ARTICLE}<section id="comments" class="comments">${[
      c(1, 'Anneli Strand', 'The N2 timetable has the wrong times for the depot stop, at least online.'),
      c(2, 'Jonas Weber', 'Will the night buses take bicycles on the rack at the front?'),
      c(3, 'Sarah Lind', 'Jonas, yes, two bicycles per bus.'),
      c(4, 'Pavla', last),
    ].join('')}</section></body></html>`);
    expect(parents(p)).toEqual([null, null, 1, expected]);
  });

  it.each([
    ['whose items state their depth', (depth: number) => `comment depth-${depth}`],
    ['that nests replies in the comment', () => 'comment'],
  ])('leaves top-level comments of an engine %s at the top, names or not', (_shape, classes) => {
    const li = (id: number, depth: number, name: string, text: string, children = '') =>
      `<li class="${classes(depth)}" id="comment-${id}"><article class="comment-body"><footer class="comment-meta"><b class="fn">${name}</b> <a href="#comment-${id}"><time>March ${id}, 2019 at 4:12 pm</time></a></footer><div class="comment-content"><p>${text}</p></div></article>${children ? `<ol class="children">${children}</ol>` : ''}</li>`;
    const p = split(`<html><body>${ARTICLE}<div id="comments"><ol class="comment-list">${[
      li(1, 1, 'Hana', 'A sad day for the students who study late.', li(2, 2, 'Lev', 'They study at home anyway, most of them.')),
      li(3, 1, 'Omar', 'Hi Hana, I think the board had no choice with this budget.'),
      li(4, 1, 'True Reader', 'The board should publish the budget before it votes.'),
      li(5, 1, 'Ida', 'True Reader, nobody reads budgets, published or not.'),
    ].join('')}</ol></div></body></html>`);
    expect(p.comments.map((x) => x.author)).toEqual(['Hana', 'Lev', 'Omar', 'True Reader', 'Ida']);
    expect(parents(p)).toEqual([null, 0, null, null, null]);
  });

  it('reads a name addressed where every item sits at depth 1 (a blog with threading off)', () => {
    const li = (id: number, name: string, text: string) =>
      `<li class="comment depth-1" id="comment-${id}"><article class="comment-body"><footer class="comment-meta"><b class="fn">${name}</b> <a href="#comment-${id}"><time>March ${id}, 2019 at 4:12 pm</time></a></footer><div class="comment-content"><p>${text}</p></div></article></li>`;
    const p = split(`<html><body>${ARTICLE}<div id="comments"><ol class="comment-list">${[
      li(1, 'Hana', 'A sad day for the students who study late.'),
      li(2, 'Lev', 'They study at home anyway, most of them.'),
      li(3, 'Omar', 'Hi Hana, I think the board had no choice with this budget.'),
    ].join('')}</ol></div></body></html>`);
    expect(parents(p)).toEqual([null, null, 0]);
  });
});

/**
 * A link naming the post answered by its anchor: an "@Name" link opening the reply that goes to
 * another comment's id (engines that nest every reply of a thread in one flat list), or a "Re:
 * Name" link beside the subject that goes to the post answered; one going to the opening post says
 * the reply answers the post itself.
 */
describe('links that name the answered post by its anchor', () => {
  const card = (id: string, name: string, text: string, at = '', replies = '') =>
    `<div class="qc-card" id="${id}"><div class="qc-head"><span class="qc-nick">${name}</span> <span class="qc-time">2024-05-0${id.length % 9}</span></div><div class="qc-text"><p>${at}${text}</p></div>${replies ? `<div class="qc-quote">${replies}</div>` : ''}</div>`;
  const page = (cards: string) => split(`<html><body>${ARTICLE}<div id="qc-comments"><div class="qc-cards">${cards}</div></div></body></html>`);

  it.each([
    ['an "@" link to a reply in the same list answers that reply', '<a class="qc-at" href="#b2">@Berit</a> , ', [null, 0, 1]],
    ['an "@" link to the thread root answers the root', '<a class="qc-at" href="#a1">@Arvid</a> , ', [null, 0, 0]],
    // Control: a link to another page's anchor names no comment here.
    ['an "@" link to a profile page is no anchor', '<a class="qc-at" href="https://people.example/berit">@someone</a> , ', [null, 0, 0]],
    // Control: an "@" link to an anchor in the middle of the text is prose, not the reply's address.
    ['an "@" link to a reply mid-text is prose', 'As <a class="qc-at" href="#b2">@Berit</a> said, ', [null, 0, 0]],
    ['no link: the list the reply sits in', '', [null, 0, 0]],
  ])('%s', (_shape, at, expected) => {
    // The link's text need not be the name shown (a nick beside a display name): its anchor says which post.
    const replies = card('b2', 'berit_lund', 'The N2 stops there too, every forty minutes.', '<a class="qc-at" href="#a1">@Arvid</a> , ') + card('c3', 'Cyril', 'Not on Sundays though, I waited an hour.', at);
    const p = page(card('a1', 'Arvid', 'Does any night line stop at the old depot?', '', replies) + card('d4', 'Dagny', 'Glad to see the buses back in the valley.'));
    expect(p.comments.map((c) => c.text.slice(0, 10))).toHaveLength(4);
    expect(parents(p).slice(0, 3)).toEqual(expected);
  });

  /** A post as a flat-mode forum prints it: a subject row, "[Re: Name]" linking to the post answered, then the author cell and the text. */
  const post = (n: number, name: string, text: string, re = '') =>
    `<div id="Msg${n}"></div><table class="qq-post"><tr><td class="qq-subject"><a name="Msg${n}" href="/forum/topics/${n}/night-buses#Msg${n}">Re: Night buses are back</a>${re} <span class="qq-date">05/0${n % 9}/24</span></td></tr><tr><td class="qq-author"><a href="/forum/users/${n}/${name}"><span class="qq-user">${name}</span></a></td><td class="qq-body"><div class="qq-inner"><p>${text}</p></div></td></tr></table>`;
  const re = (n: number, name: string) => ` [<a href="/forum/topics/${n}/night-buses#Msg${n}">Re: ${name}</a>]`;
  const forum = (posts: string[]) => split(`<html><body><h1>Night buses are back</h1><div class="qq-topic">${posts.join('')}</div></body></html>`);

  it('answers the post a "[Re: Name]" link goes to, and the post itself when it goes to the opening post', () => {
    const p = forum([
      post(1, 'ottilie', 'The council brings back three night lines from March, after a year without them. Which ones will you use?'),
      post(2, 'bram_v', 'The N2 for me, it passes right by the hospital where I work nights.', re(1, 'ottilie')),
      post(3, 'sanne', 'Does the N2 run on Sundays as well, or only on weekdays?', re(2, 'bram_v')),
      post(4, 'ottilie', 'Mostly the N1, since I live out past the ring road.', re(1, 'ottilie')),
      post(5, 'bram_v', 'Every night, Sundays included, I checked the timetable.', re(3, 'sanne')),
    ]);
    expect(p.body?.text).toMatch(/three night lines/);
    expect(p.comments.map((c) => c.author)).toEqual(['bram_v', 'sanne', 'ottilie', 'bram_v']);
    expect(parents(p)).toEqual([null, 0, null, 1]);
  });
});
