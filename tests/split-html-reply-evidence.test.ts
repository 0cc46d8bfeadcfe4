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
      [toot(1, 'Tom Reddaway', 'tomr', 'The N2 was late twice this week already, sadly.'), toot(2, 'Kelp Friend', 'kelpfriend', 'Which stop do you wait at for the N2 usually?'), toot(3, 'Anika', 'anika', '@tomr @kelpfriend Same stop here, and the same delays.')],
      [null, null, 1],
    ],
  ])('%s', (_shape, toots, expected) => {
    expect(parents(page(toots.join('')))).toEqual(expected);
  });

  it("leaves replies naming the thread's addressee on the post, unless her comment answered the writer", () => {
    const p = page(
      [
        toot(1, 'Kelp Friend', 'kelpfriend', '@drmaya Which lines run after two in the morning?'),
        toot(2, 'Dr. Maya', 'drmaya', '@kelpfriend Only the N1, the others stop at two.'),
        toot(3, 'Kelp Friend', 'kelpfriend', '@drmaya Thanks, that makes sense for our street.'),
        toot(4, 'Gull Watcher', 'gulls', '@drmaya Great news for the late shift workers here.'),
        toot(5, 'Seb', 'sebmakes', '@drmaya Will the buses take bicycles at night too?'),
      ].join(''),
    );
    // The mention of drmaya: her comment answered kelpfriend, who thanks her; others answer the post.
    expect(parents(p)).toEqual([null, 0, 1, null, null]);
  });
});

describe('reply lines and links naming the comment answered', () => {
  it('takes "replied to <a href=…#comment-N>comment from X</a>" in a flat list as the parent', () => {
    const comment = (id: number, name: string, text: string, replyTo?: number) =>
      `<div class="comment" id="comment-${id}"><div class="comment-content"><p>${text}</p></div><div class="comment-footer"><span class="vcard author">${name}</span>${replyTo ? ` replied to <a href="https://blog.example/2024/04/entry.html#comment-${replyTo}">comment from someone</a>` : ''} | <abbr class="published" title="2024-04-22T10:0${id % 10}">April 22, 2024 10:0${id % 10} AM</abbr></div></div>`;
    const p = split(`<html><body>${ARTICLE}<div id="comments"><div class="comments-content">${comment(401, 'Derek', 'The rounding rule catches out so many people.')}${comment(402, 'Gwen', 'Ages in that year were rounded down, yes.')}${comment(403, 'Sal', 'Yes, my enumerator wrote 35 for my great-grandmother.', 401)}</div></div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['Derek', 'Gwen', 'Sal']);
    expect(parents(p)).toEqual([null, null, 0]);
    expect(p.comments[2]!.replyEvidence?.rule).toMatch(/in-reply-to$/);
  });

  it('keeps a linked name opening a reply in its text, and answers that member (no "@")', () => {
    const comment = (id: number, name: string, login: string, body: string) =>
      `<div class="activity-comment" id="comment-${id}"><div class="action-details"><a class="user-hover" href="/secure/ViewProfile.jspa?name=${login}">${name}</a> added a comment - <time datetime="2024-01-29T0${id % 10}:12">29/Jan/24 0${id % 10}:12</time></div><div class="action-body"><p>${body}</p></div></div>`;
    const p = split(`<html><body>${ARTICLE}<div id="issue_actions_container">${comment(1, 'Luke Chen', 'lchen', 'Thanks for the report. Is this with the classic protocol or with the new one?')}${comment(2, 'David Jacot', 'djacot', 'I am not sure this is a bug at all, it may be the configuration.')}${comment(3, 'Riccardo M', 'rmarch', '<a href="/secure/ViewProfile.jspa?name=lchen" class="user-hover">Luke Chen</a> the classic protocol, consumers are on the default settings here.')}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['Luke Chen', 'David Jacot', 'Riccardo M']);
    expect(p.comments[2]!.text).toMatch(/^Luke Chen the classic protocol/);
    expect(parents(p)).toEqual([null, null, 0]);
    expect(p.comments[2]!.replyEvidence?.rule).toMatch(/linked-mention$/);
  });

  it('lets a "↳ replying to Name" line pick a sibling where replies stop nesting', () => {
    const post = (id: number, name: string, text: string, kids = '', re = '') =>
      `<div class="xv-post" id="xv${id}"><div class="xv-hd"><b class="xv-nm">${name}</b> <span class="xv-dt" title="2024-12-0${id % 9} 18:00">5 Dec</span></div>${re ? `<p class="xv-re">↳ replying to ${re}</p>` : ''}<div class="xv-txt"><p>${text}</p></div><div class="xv-kids">${kids}</div></div>`;
    const kids = post(2, 'Sophie Matagi, Reporter', 'The council confirmed the figure to us on Friday.') + post(3, 'sandy', 'Thank you, that is what I wanted to know.', '', 'Sophie Matagi');
    const p = split(`<html><body>${ARTICLE}<div class="xv-thread">${post(1, 'sandy', 'Where does the figure of forty swims a day come from?', kids)}${post(4, 'Ben', 'Good to see the pool stays open in winter.')}${post(5, 'Tom', 'The school lessons are not counted in that figure.')}</div></body></html>`);
    expect(p.comments.map((c) => c.author)).toEqual(['sandy', 'Sophie Matagi, Reporter', 'sandy', 'Ben', 'Tom']);
    expect(parents(p)).toEqual([null, 0, 1, null, null]);
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
