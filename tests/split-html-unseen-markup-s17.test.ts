/**
 * Comment lists whose classes no vocabulary knows (issue 13, session 17): the repeated-structure
 * path must still find them when (a) a writer who gave a website shows as a link and one who did
 * not as a span with the same class, and (b) the item finder takes the post around the block whose
 * roles were learned.
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

const article = (after: string) => `<!doctype html><html><head><title>Night buses return to the river line | Valley Post</title></head><body>
  <header><a href="/">Valley Post</a></header>
  <main><h1>Night buses return to the river line</h1>
  <p>Night buses will run on the river line again from April after the operator found drivers for the late shifts, the transport board said on Monday.</p>
  <p>The service was cut two years ago. Shift workers at the hospital had asked for it back in a petition with four thousand names.</p>
  ${after}</main><footer><p>Valley Post, 12 Mill Road.</p></footer></body></html>`;

/** A writer with a website shows as a link, one without as a span: the same class on both. */
const who = (name: string, site: string | null) => (site ? `<a class="zq-who" href="${site}" rel="nofollow">${name}</a>` : `<span class="zq-who">${name}</span>`);

const mixedNote = (id: number, name: string, site: string | null, when: string, words: string, kids = '') =>
  `<div class="zq-note zq-${id}" id="zq-${id}"><div class="zq-top">${who(name, site)}<span class="zq-dot">&bull;</span><a class="zq-link" href="#zq-${id}"><time datetime="${when}">${when.slice(0, 10)}</time></a></div>
   <div class="zq-words"><p>${words}</p></div><div class="zq-bar"><a class="zq-ans" href="#">Reply</a></div>${kids ? `<div class="zq-more">${kids}</div>` : ''}</div>`;

describe('names shown as a link for some writers and as a span for others', () => {
  const notes = [
    mixedNote(301, 'Oona Berg', 'https://oona.example.net/', '2025-03-03T07:10:00Z', 'Finally. I have been taking a taxi home after every late shift since the cut.',
      mixedNote(302, 'petr_v', null, '2025-03-03T08:02:00Z', 'Same here, it was costing me more than the shift paid some weeks.')),
    mixedNote(303, 'Ana Lima', null, '2025-03-03T09:15:00Z', 'Will the buses stop at the hospital gate or only on the main road?'),
    mixedNote(304, 'Hugh Dent', 'https://hughdent.example.org/', '2025-03-03T10:40:00Z', 'The petition worked, which is not something I expected to say this year.'),
    mixedNote(305, 'mira.k', null, '2025-03-04T06:55:00Z', 'Hoping the Sunday timetable comes back as well, not only the weekdays.'),
  ].join('');
  const page = () => split(article(`<section class="zq-list"><h2>5 Comments</h2>${notes}</section>`));

  it.each([
    ['every writer, linked or not', (p: PageAnalysis) => p.comments.map((c) => c.author), ['Oona Berg', 'petr_v', 'Ana Lima', 'Hugh Dent', 'mira.k']],
    ['each comment text from its text block', (p: PageAnalysis) => p.comments.map((c) => c.text.slice(0, 10)), ['Finally. I', 'Same here,', 'Will the b', 'The petiti', 'Hoping the']],
  ])('%s', (_name, read, expected) => {
    expect(read(page())).toEqual(expected);
  });

  it('hangs the nested note under the note around it', () => {
    const p = page();
    expect(p.comments[1]?.parentId).toBe(p.comments[0]?.id);
    expect(p.comments[2]?.parentId).toBeNull();
  });
});

/** A post whose name, date and words sit in an inner block, avatar initials and a vote bar around it; the first post marked. */
const wrappedPost = (id: number, initials: string, name: string, when: string, words: string, mark = '') =>
  `<div class="vx-item${mark} vx-${id}"><div class="vx-pic">${initials}</div><div class="vx-inner"><div class="vx-head"><span class="vx-u">${name}</span> wrote <span class="vx-t" title="${when}">${when}</span></div>
   <div class="vx-txt"><p>${words}</p></div></div><div class="vx-votes"><button>Up</button> 3</div></div>`;

describe('posts taken around the block whose roles were learned', () => {
  const page = () =>
    split(
      article(
        `<div class="vx-wall"><h2>Discussion</h2>${[
          wrappedPost(41, 'RT', 'rtan', '3 Mar 2025 07:40', 'Does anyone know whether the late buses will take bicycles on the rack?', ' vx-lead'),
          wrappedPost(42, 'JM', 'jmorrow', '3 Mar 2025 08:05', 'They did before the cut, two bikes at the front, so probably the same again.'),
          wrappedPost(43, 'EL', 'elinor_s', '3 Mar 2025 09:30', 'Two bikes is not enough at midnight when the trains have stopped running.'),
          wrappedPost(44, 'KB', 'kbaptiste', '3 Mar 2025 11:12', 'Good news for the hospital staff, they were the ones hit hardest by the cut.'),
        ].join('')}</div>`,
      ),
    );

  it('finds every post with its writer and date', () => {
    const p = page();
    expect(p.comments.map((c) => c.author)).toEqual(['rtan', 'jmorrow', 'elinor_s', 'kbaptiste']);
    expect(p.comments.map((c) => c.postedAt)).toEqual(['3 Mar 2025 07:40', '3 Mar 2025 08:05', '3 Mar 2025 09:30', '3 Mar 2025 11:12']);
  });
});

/** A comment of a utility-class theme; its replies in a block right after it, not inside it. */
const utilityComment = (id: number, name: string, when: string, words: string) =>
  `<div class="flex gap-3 py-3" data-testid="comment-${id}"><a href="/u/${name}" class="shrink-0"><img class="h-8 w-8 rounded-full" src="/a/${id}.png" alt="${name}"></a>
   <div class="flex-1"><div class="text-sm"><a href="/u/${name}" class="font-medium">${name}</a></div><div class="prose"><p>${words}</p></div>
   <div class="text-xs text-gray-500"><button type="button">Like</button><button type="button">Reply</button><a href="#c${id}"><time datetime="${when}">${when}</time></a></div></div></div>`;

describe('replies in a block after the comment, indented by a utility class or named by a test id', () => {
  const thread = (replyBlock: string, close = '</div>') =>
    split(
      article(
        `<div class="mt-6 border-t"><h2 class="font-semibold">Comments</h2>
        ${utilityComment(1, 'lena_w', '2025-03-03', 'Is the first bus at midnight or at half past, the article does not say which?')}
        ${replyBlock}${utilityComment(2, 'owen.b', '2025-03-03', 'Half past, it says so on the operator site in the timetable section.')}
        ${utilityComment(3, 'lena_w', '2025-03-03', 'Thanks, that works for the end of my shift at the care home.')}${close}
        ${utilityComment(4, 'sara_j', '2025-03-04', 'Good to see the petition worked, the hospital staff really needed this one.')}
        ${utilityComment(5, 'mo_h', '2025-03-04', 'Now do the same for the Sunday service on the coast road please.')}</div>`,
      ),
    );

  it.each([
    ['a margin-start utility', '<div class="ms-10 border-s ps-3">'],
    ['a left-margin utility at a breakpoint', '<div class="md:ml-8">'],
    ['a test id naming replies', '<div class="border-s" data-testid="nested-replies">'],
    ['a label naming replies', '<div class="border-s" aria-label="Replies to lena_w">'],
  ])('hangs the block under the comment before it: %s', (_name, open) => {
    const p = thread(open);
    expect(p.comments.map((c) => c.author)).toEqual(['lena_w', 'owen.b', 'lena_w', 'sara_j', 'mo_h']);
    expect(p.comments.map((c) => c.parentId)).toEqual([null, p.comments[0]!.id, p.comments[0]!.id, null, null]);
  });

  it('keeps a plain block after a comment (a spacing wrapper) at the top level', () => {
    const p = thread('<div class="mt-4 pt-2">');
    expect(p.comments.map((c) => c.parentId)).toEqual([null, null, null, null, null]);
  });
});

/** A block of a script-driven system: its only control is a plain element reading "Reply". */
const scriptedNote = (id: number, name: string, when: string, words: string, control = 'Reply') =>
  `<div class="rw-box rw-${id}"><p class="rw-from">${name}</p><p class="rw-when">${when}</p><div class="rw-txt"><p>${words}</p></div><p class="rw-act" data-rw-id="${id}">${control}</p></div>`;

describe('posts whose only control is a plain element reading "Reply"', () => {
  const page = (control?: string) =>
    split(
      article(
        `<div class="rw-wrap">${[
          scriptedNote(1, 'Dora Finch', 'May 14, 2025 3:22 PM', 'Does the night bus still stop at the hospital gate, or only on the ring road now?', control),
          scriptedNote(2, 'raj.k', 'May 14, 2025 6:01 PM', 'At the gate, the operator confirmed it on their page this morning.', control),
          scriptedNote(3, 'Ines P', 'May 15, 2025 8:47 AM', 'Great news for the night staff, it was a long walk from the ring road.', control),
        ].join('')}</div>`,
      ),
    );

  it('reads them as comments', () => {
    expect(page().comments.map((c) => c.author)).toEqual(['Dora Finch', 'raj.k', 'Ines P']);
  });

  it('does not read a block with some other short label as a post', () => {
    expect(page('Details').comments).toEqual([]);
  });
});
