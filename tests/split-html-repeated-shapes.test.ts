/**
 * Comment lists of engines no vocabulary knows (issue 13): a run of same-shaped blocks, each with a
 * short varying name, a date and a text block, is a comment list, its nested blocks replies; event
 * rows, comment forms, hidden copies, teaser grids, listings and dated footers are not.
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

const article = (after: string) => `<!doctype html><html><head><title>Harbour ferry timetable cut | Bay Courier</title></head><body>
  <header><a href="/">Bay Courier</a></header>
  <main><h1>Harbour ferry timetable cut</h1>
  <p>The regional council will run the harbour ferry every forty minutes instead of every twenty from February, citing a shortage of licensed skippers.</p>
  <p>Commuters from the eastern bays say the change will add half an hour to their day, and the operator says it is recruiting.</p>
  ${after}</main><footer><p>Bay Courier, 4 Quay Street.</p></footer></body></html>`;

/** A note of an unknown system: a name with no class saying so, a short date whose title holds the full date. */
const note = (id: number, name: string, shown: string, full: string, words: string, kids = '', extra = '') =>
  `<div class="qn-note${extra}" id="qn-${id}"><div class="qn-top"><span class="qn-who">${name}</span><span class="qn-at" title="${full}">${shown}</span></div>
   <div class="qn-words"><p>${words}</p></div><div class="qn-bar"><button>Answer</button><a class="qn-x" href="/qn/flag/${id}">Flag</a></div>${kids ? `<div class="qn-sub">${kids}</div>` : ''}</div>`;

describe('comment lists found by repeated structure alone', () => {
  const notes = [
    note(11, 'Ruth Pomare, Eastbourne', '4 Mar', '4 Mar 2025 7:02am', 'Forty minutes is too long in winter when the shelter at the wharf has no heating at all.',
      note(12, 'Dev Anand', '4 Mar', '4 Mar 2025 8:15am', 'The shelter was promised a heater two years ago and nothing happened since then.')),
    note(13, 'kayak_kev', '4 Mar', '4 Mar 2025 9:40am', 'I gave up on the ferry last year and paddle across when the weather is calm enough.'),
    note(14, 'M. Tuhiwai', '5 Mar', '5 Mar 2025 6:55am', 'The skipper shortage has been obvious since the training school closed down.', '', ' qn-boosted'),
    note(15, 'Alan Frost', '5 Mar', '5 Mar 2025 7:30am', 'Could the council not lease a second boat from the island service in winter?'),
  ].join('');
  const page = () => split(article(`<section class="qn-list" id="notes"><h2>Notes (5)</h2>${notes}</section>`));

  it.each([
    ['authors, shown as the page shows them', (p: PageAnalysis) => p.comments.map((c) => c.author), ['Ruth Pomare, Eastbourne', 'Dev Anand', 'kayak_kev', 'M. Tuhiwai', 'Alan Frost']],
    ['dates as shown, the title holding the full date', (p: PageAnalysis) => p.comments.map((c) => c.postedAt), ['4 Mar', '4 Mar', '4 Mar', '5 Mar', '5 Mar']],
    ['text from the text block, not the name line', (p: PageAnalysis) => p.comments.map((c) => c.text.slice(0, 12)), ['Forty minute', 'The shelter ', 'I gave up on', 'The skipper ', 'Could the co']],
  ])('%s', (_name, read, expected) => {
    expect(read(page())).toEqual(expected);
  });

  it('hangs a nested block under the block around it, and keeps the body to the article', () => {
    const p = page();
    expect(p.comments[1]?.parentId).toBe(p.comments[0]?.id);
    expect(p.comments[2]?.parentId).toBeNull();
    expect(p.body?.text).toMatch(/recruiting\.$/);
  });

  it('does not count a hidden copy of the list or a template of a note', () => {
    const hidden = `<div style="display:none">${notes}</div><template>${note(99, 'Template Name', '1 Jan', '1 Jan 2025 1:00am', 'A template note that a script would clone.')}</template>`;
    const p = split(article(`<section class="qn-list">${notes}</section>${hidden}`));
    expect(p.comments.map((c) => c.author)).toEqual(['Ruth Pomare, Eastbourne', 'Dev Anand', 'kayak_kev', 'M. Tuhiwai', 'Alan Frost']);
  });
});

/** A forum post keyed only by a numbered id, its name in a profile column, a permalink "floor" link beside the date. */
const forumPost = (id: number, floor: string, name: string, date: string, words: string) => `<div id="msg_${id}"><table class="pt" id="pt${id}"><tr>
  <td class="side"><div class="who"><a href="space-${id % 97}.html">${name}</a></div><p><a href="space-${id % 97}-posts.html">${(id % 7) * 13 + 2}</a> posts</p></td>
  <td class="main"><div class="hd"><strong><a href="thread.php?goto=findpost&amp;pid=${id}">${floor}</a></strong> <em>Posted ${date}</em></div>
  <div class="msg"><table><tr><td class="mt">${words}</td></tr></table></div></td></tr></table></div>`;

describe('forum posts keyed by numbered ids', () => {
  const page = () =>
    split(`<!doctype html><html><head><title>Sourdough starter smells of acetone</title></head><body><div id="nav"><a href="/">Home</a></div>
      <div id="postlist"><h1>Sourdough starter smells of acetone</h1>
      ${forumPost(5501, 'OP', 'crumb_shot', '2025-01-08 21:14', 'My starter smells of nail varnish remover after a week in the fridge, is it dead or just hungry?')}
      ${forumPost(5502, '#2', 'Hedda', '2025-01-08 21:40', 'Just hungry. Feed it twice a day at room temperature for a few days and the smell goes.')}
      ${forumPost(5507, '#3', 'bakerboy_99', '2025-01-09 07:02', 'Same thing happened to mine, a higher ratio of fresh flour fixed it in two feeds.')}
      ${forumPost(5510, '#4', 'crumb_shot', '2025-01-09 18:30', 'Two feeds in and it smells like yoghurt again, thanks both.')}
      </div></body></html>`);

  it('reads the first post as the body and the others as comments with their names and dates', () => {
    const p = page();
    expect(p.body?.text).toMatch(/^My starter smells/);
    expect(p.comments.map((c) => c.author)).toEqual(['Hedda', 'bakerboy_99', 'crumb_shot']);
    expect(p.comments.map((c) => c.postedAt)).toEqual(['2025-01-08 21:40', '2025-01-09 07:02', '2025-01-09 18:30']);
    expect(p.comments.map((c) => c.text.slice(0, 10))).toEqual(['Just hungr', 'Same thing', 'Two feeds ']);
  });
});

describe('what repeats a name and a date but is no comment', () => {
  const events = `<div class="comments">
    ${[1, 2, 3].map((n) => `<div class="tl-item comment" id="c${n}"><div class="tl-head"><a class="author" href="/u/user${n}">user${n}</a> <time datetime="2025-02-0${n}">Feb ${n}, 2025</time></div><div class="tl-body"><p>Comment number ${n} has a body of its own with several words in it.</p></div></div>`).join('')}
    ${[1, 2, 3].map((n) => `<div class="tl-item event"><span class="line"><a class="author" href="/u/maint">maint${n}</a> added the label wontfix${n} to this <time datetime="2025-02-0${n}">Feb ${n}, 2025</time></span></div>`).join('')}
    <div class="tl-item comment form"><div class="tl-body"><a href="/user/login">Sign in</a> to join this conversation on the tracker.</div></div></div>`;

  it('keeps event rows and the comment form out of an issue thread', () => {
    const p = split(article(events));
    expect(p.comments.map((c) => c.author)).toEqual(['user1', 'user2', 'user3']);
  });

  const card = (n: number) =>
    `<div class="rc-card"><h3><a href="/2025/02/story-${n}">Another story number ${n} about the harbour</a></h3><span class="rc-by">Reporter ${String.fromCharCode(64 + n)}</span> <span class="rc-when">Feb ${n}, 2025</span><p>A teaser line for story ${n} that sits under its linked headline.</p></div>`;
  const row = (n: number) =>
    `<tr class="lr"><td><a href="/t/${n}">Thread title number ${n} on the listing</a></td><td><b>poster${n}</b></td><td>2025-02-0${n} 10:0${n}</td><td>${n * 3} replies</td></tr>`;
  const footerColumn = (n: number) =>
    `<div class="fc"><b>Office ${String.fromCharCode(64 + n)}</b><span>Updated 2025-01-0${n}</span><p>Open weekdays from nine until five, closed on public holidays.</p></div>`;

  it.each([
    ['a related-post grid of linked teaser cards', article(`<div class="rc-grid">${[1, 2, 3, 4].map(card).join('')}</div>`)],
    ['a listing table of threads', `<!doctype html><html><body><h1>Bread forum</h1><table>${[1, 2, 3, 4, 5].map(row).join('')}</table></body></html>`],
    ['footer columns with names and dates', article(`</main><div class="fcols">${[1, 2, 3].map(footerColumn).join('')}</div><main>`)],
  ])('finds no comments in %s', (_name, html) => {
    expect(split(html).comments).toEqual([]);
  });
});
