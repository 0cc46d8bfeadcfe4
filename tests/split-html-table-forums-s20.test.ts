/**
 * Old table-layout forum engines (issue 13, session 20, found on blind tune pages): each post a
 * table row with no class, a name cell (name, rank, post count) and a message cell ("Posted -
 * date" then the words); the page layout wrapping the whole topic in an outer row of the same
 * shape; a reply's own words after a quote in an element named `quote`. Pages written for these
 * tests; none is copied from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { isProfileHref } from '../src/split/html/vocabulary.js';
import { split, wrap } from './html-pages.js';

const POSTS = [
  { name: 'orla_b', rank: 'New Member', date: '02/14/2022 :  09:12:40', words: 'My greenhouse door warped over the winter and now it will not close at the top corner.' },
  { name: 'Tam Keogh', rank: 'Senior Member', date: '02/14/2022 :  11:40:02', words: 'Aluminium or timber? A timber door usually comes back once it dries out in spring.' },
  { name: 'orla_b', rank: 'New Member', date: '02/15/2022 :  08:05:51', words: 'Timber, cedar I think. It was painted by the last owner, maybe badly.' },
  { name: 'greenfinger', rank: 'Moderator', date: '02/16/2022 :  19:30:13', words: 'Paint only on one face traps damp on the other: strip it and oil both faces.' },
];

/** One post row: a name cell and a message cell, no class anywhere, as Snitz-like engines print them. */
const row = (post: (typeof POSTS)[number], i: number, message = `<p>${post.words}</p>`) => `<tr>
  <td valign="top" width="150"><font size="2"><b><span title="${post.name}">${post.name}</span></b></font><br><font size="1"><small>${post.rank}</small></font><br><font size="1"><small>${40 + i} Posts</small></font></td>
  <td valign="top"><font size="1">Posted - ${post.date} <a href="member_profile.asp?mode=show&id=${700 + i}"><img src="p.gif" alt="Profile"></a></font><hr>${message}</td>
</tr>
<tr><td colspan="2" align="right"><a href="#top"><img src="up.gif" alt="Top"></a></td></tr>`;

const forum = (rows: string) =>
  wrap(
    'Greenhouse Forum - Warped door',
    `<table width="100%"><tr><td><a href="/">Greenhouse Forum</a> » Warped door</td></tr></table>
<table width="100%" cellspacing="1"><tr><td><b>Author</b></td><td><b>Topic</b></td></tr>${rows}</table>`,
  );

describe('posts as table rows with no class', () => {
  it('each row after the first is a comment, its name cell the author; the first row opens the thread', () => {
    const r = split(forum(POSTS.map((post, i) => row(post, i)).join('')));
    expect(r.comments.map((c) => c.author)).toEqual(POSTS.slice(1).map((p) => p.name));
    expect(r.comments.map((c) => c.text.includes(POSTS[r.comments.indexOf(c) + 1]!.words))).toEqual([true, true, true]);
    expect(r.body?.text.includes(POSTS[0]!.words)).toBe(true);
  });

  it('a data table of the same shape (names and dates, no profile links, no posting word) is no thread', () => {
    const fixture = (team: string, date: string, venue: string) => `<tr><td>${team}</td><td>${date} at ${venue}, kick-off in the afternoon with the usual warm-up beforehand</td></tr>`;
    const rows = [fixture('Rovers', '02/14/2022', 'Mill Lane'), fixture('Athletic', '02/21/2022', 'The Dell'), fixture('Rovers', '02/28/2022', 'Park Road'), fixture('United', '03/07/2022', 'Mill Lane')].join('');
    const r = split(wrap('Fixtures', `<h1>Spring fixtures</h1><p>All home games start at three; bring a flask, the stand is cold in February and the tea bar closes at half time.</p><table>${rows}</table>`));
    expect(r.comments).toEqual([]);
  });
});

describe('the layout row around the whole topic', () => {
  it('an outer row holding the title bar and the post rows is no post: the first post row opens the thread', () => {
    const page = wrap(
      'Warped door',
      `<table width="100%"><tr><td><table><tr><td><a href="/t/1">Warped door</a></td></tr></table>
<table width="100%" cellspacing="1">${POSTS.map((post, i) => row(post, i)).join('')}</table></td></tr></table>`,
    );
    const r = split(page);
    expect(r.comments.map((c) => c.author)).toEqual(POSTS.slice(1).map((p) => p.name));
    expect(r.body?.text.includes(POSTS[0]!.words)).toBe(true);
  });
});

describe('a reply after a quote, in an element named quote', () => {
  it("the reply's words are its text; a short 'Quote' control stays out", () => {
    const quoted = (i: number) =>
      `<blockquote><i>Originally posted by ${POSTS[i - 1]!.name}</i><br>${POSTS[i - 1]!.words}</blockquote><font id="quote">${POSTS[i]!.words}</font><div><a class="quote" href="#">Quote</a></div>`;
    const r = split(forum(POSTS.map((post, i) => row(post, i, i === 2 ? quoted(i) : undefined)).join('')));
    const reply = r.comments.find((c) => c.text.includes(POSTS[1]!.words) && c.author === POSTS[2]!.name);
    expect(reply?.text.includes(POSTS[2]!.words)).toBe(true);
    expect(r.comments.some((c) => /\bQuote$/.test(c.text.trim()))).toBe(false);
  });
});

describe('profile links of forum scripts', () => {
  const cases: [string, boolean][] = [
    ['pop_profile.asp?mode=display&id=100', true],
    ['member_profile.asp?mode=show&id=700', true],
    ['profile.php?id=48211', true],
    ['userinfo.pl?uid=41', true],
    ['download.php?id=12', false],
    ['topic.asp?TOPIC_ID=2814', false],
  ];
  it.each(cases)('%s is a profile link: %s', (href, expected) => {
    expect(isProfileHref(href)).toBe(expected);
  });
});
