/**
 * An old forum engine's table layout (issue 13): each post a table of a user cell and a post cell,
 * the cells' classes alternating by a digit from post to post (`rowbg`/`rowbg2`), the poster's
 * profile linked by `?action=viewprofile;username=`, a guest's name in plain bold. The page's
 * chrome rows (a welcome bar, a "Author / Topic" header row) are cells on one line, no article.
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

const member = (name: string) => `<b><a href="board.cgi?action=viewprofile;username=${name.replace(/ /g, '_')}">${name}</a></b><br><span class="tiny">Member<br>Posts: 40</span>`;
const guest = (name: string) => `<b>${name}</b><br><span class="tiny">Guest</span>`;

/** A post: a table whose cells alternate `rowbg` and `rowbg2`, the date under the subject, then the message. */
const post = (n: number, who: string, date: string, words: string) => {
  const bg = n % 2 ? 'rowbg2' : 'rowbg';
  return `<a name="${n}"></a><table class="frame" width="100%"><tr>
  <td class="${bg}" width="150" valign="top">${who}</td>
  <td class="${bg}" valign="top"><a href="board.cgi?num=77/${n}#${n}"><b>Re: Which glue for oak?</b></a><br><span class="tiny">${n ? `Reply #${n} - ` : ''}${date}</span>
  <div style="float:right"><a href="board.cgi?action=post;quote=${n}">Quote</a></div>
  <hr><div class="msgtext">${words}</div></td></tr></table>`;
};

const page = (posts: string[]) => `<!doctype html><html><head><title>Which glue for oak?</title></head><body>
  <table width="100%"><tr><td>Welcome, Guest. Please Login or Register</td><td align="right">Jun 9th, 2025 at 10:00am</td></tr></table>
  <div class="banner">The woodworkers' club board: meets on Thursdays at the village hall workshop</div>
  <table class="frame" width="100%"><tr><td class="titlebg">Author</td><td class="titlebg">Topic: Which glue for oak? A question about outdoor furniture (Read 120 times)</td></tr></table>
  ${posts.join('\n')}
  <div class="copyright">Powered by a board script</div></body></html>`;

const thread = page([
  post(0, member('Harriet Cole'), 'Jun 1st, 2025 at 9:00am', 'Building a garden bench in oak this summer. Which glue holds up outdoors, PVA or something else?'),
  post(1, member('joiner_jim'), 'Jun 1st, 2025 at 9:40am', 'Type III PVA is fine outdoors if the joints are tight. Oak is acidic, so use stainless screws too.'),
  post(2, member('Harriet Cole'), 'Jun 1st, 2025 at 11:05am', 'Thank you, I had not thought about the screws at all.'),
  post(3, guest('Walt'), 'Jun 2nd, 2025 at 8:15am', 'Epoxy if the joints are gappy, otherwise the same as Jim says.'),
  post(4, member('joiner_jim'), 'Jun 2nd, 2025 at 9:30am', '@Walt agreed, epoxy fills gaps where PVA will not.'),
]);

describe('posts in table rows of alternating classes', () => {
  it.each([
    ['every reply is a comment, the guest one too', (r: PageAnalysis) => r.comments.map((c) => c.text.slice(0, 12)), ['Type III PVA', 'Thank you, I', 'Epoxy if the', '@Walt agreed']],
    ['the names, a guest name in plain bold among them', (r: PageAnalysis) => r.comments.map((c) => c.author), ['joiner_jim', 'Harriet Cole', 'Walt', 'joiner_jim']],
    ['the first post opens the thread, the chrome rows before it no article', (r: PageAnalysis) => [r.body?.author, r.body?.text.slice(0, 24)], ['Harriet Cole', 'Building a garden bench ']],
    ['"@Walt" answers the guest', (r: PageAnalysis) => r.comments.map((c) => (c.parentId ? r.comments.find((p) => p.id === c.parentId)!.author : null)), [null, null, null, 'Walt']],
  ])('%s', (_name, read, expected) => {
    expect(read(split(thread))).toEqual(expected);
  });

  // "[deleted]" fails on its bracket; "Guest" and "Anonymous" are words a name could start with.
  it.each(['[deleted]', 'Guest', 'Anonymous', 'deleted user'])('a placeholder in the name cell names nobody: %s', (placeholder) => {
    const r = split(page([post(0, member('Harriet Cole'), 'Jun 1st, 2025 at 9:00am', 'Building a garden bench in oak this summer, which glue?'), post(1, member('joiner_jim'), 'Jun 1st, 2025 at 9:40am', 'Type III PVA is fine outdoors.'), post(2, guest(placeholder), 'Jun 1st, 2025 at 9:50am', 'This post was edited away by its writer.'), post(3, member('Harriet Cole'), 'Jun 1st, 2025 at 11:05am', 'Thanks, Type III it is.')]));
    expect(r.comments.map((c) => c.author)).toEqual(['joiner_jim', null, 'Harriet Cole']);
  });
});
