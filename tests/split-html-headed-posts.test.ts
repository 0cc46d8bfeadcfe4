/**
 * Posts with no element of their own (issue 13): a chat or mailing-list archive prints each message
 * as a "Name (date):" heading followed by its paragraphs, all siblings in one container. Runs of
 * such headings are read as posts; dated headlines and release notes are not. A "Name said:" line
 * above a quote block cites the quoted writer, and a mention's class names nobody as the author.
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

const page = (title: string, inner: string) => `<!doctype html><html><head><title>${title}</title></head><body>
  <nav><a href="/">Archive home</a> <a href="/streams">All streams</a></nav>
  <main><h2>Channel: gardening</h2><h3>Topic: ${title}</h3><hr>${inner}<hr><p>Generated from the public log.</p></main>
  <footer><p>Archive of a public chat.</p></footer></body></html>`;

/** A message: an anchor, a heading with the name and a permalinked date, the message's blocks. */
const message = (id: number, who: string, date: string, blocks: string) =>
  `<a name="m${id}"></a><h4><a href="#m${id}" class="icon"><img src="i.svg" alt="permalink"></a> ${who} <a href="#m${id}">(${date})</a>:</h4>${blocks}`;

const chat = page(
  'Tomato leaves curling',
  [
    message(1, 'Lena Brandt', 'Jun 02 2025 at 08:10', '<p>My tomato leaves are curling upwards since last week. Watering every morning.</p>'),
    message(2, 'okra_fan', 'Jun 02 2025 at 08:31', '<p>Upward curl in heat is usually stress, not disease. How hot does the greenhouse get?</p>'),
    message(3, 'Lena Brandt', 'Jun 02 2025 at 09:02', '<p>Around 38 degrees in the afternoon.</p><p>I did not think it mattered.</p>'),
    message(
      4,
      'Piet',
      'Jun 02 2025 at 09:40',
      '<p><span class="user-mention">okra_fan</span> <a href="#m2">said</a>:</p><blockquote><p>Upward curl in heat is usually stress</p></blockquote><p>Could also be herbicide drift if a neighbour sprayed.</p>',
    ),
    message(5, 'okra_fan', 'Jun 02 2025 at 10:05', '<p><span class="user-mention">@Piet</span> fair, but then the new growth would be twisted too.</p>'),
  ].join('\n'),
);

describe('posts headed by a "Name (date):" line, no wrapper each', () => {
  it.each([
    ['every message after the first is a comment, a quote and its header kept in the reply', (r: PageAnalysis) => r.comments.map((c) => c.text.match(/^\S+ \S+/)?.[0]), ['Upward curl', 'Around 38', 'okra_fan said:', '@Piet fair,']],
    ['the name on each heading, not the one a quote header cites', (r: PageAnalysis) => r.comments.map((c) => c.author), ['okra_fan', 'Lena Brandt', 'Piet', 'okra_fan']],
    ['the date on each heading', (r: PageAnalysis) => r.comments.map((c) => c.postedAt), ['Jun 02 2025 at 08:31', 'Jun 02 2025 at 09:02', 'Jun 02 2025 at 09:40', 'Jun 02 2025 at 10:05']],
    ['the first message opens the thread', (r: PageAnalysis) => [r.body?.author, r.body?.text.slice(0, 20)], ['Lena Brandt', 'My tomato leaves are']],
    ['the quote answers the post it links to, "@Piet" answers Piet; the rest stay top-level', (r: PageAnalysis) => r.comments.map((c) => (c.parentId ? r.comments.find((p) => p.id === c.parentId)!.author : null)), [null, null, 'okra_fan', 'Piet']],
  ])('%s', (_name, read, expected) => {
    expect(read(split(chat))).toEqual(expected);
  });

  it('the footer line after the run is no part of the last message', () => {
    expect(split(chat).comments.at(-1)!.text).not.toMatch(/Generated/);
  });
});

describe('plain-text "Name (date):" headings, the date a small share of a long name line', () => {
  // No link around the date: the whole heading is the header line, the name the text before the date.
  const plain = page(
    'Seed swap',
    [
      ['Marguerite Okonkwo-Hale', 'Mar 01 2025 at 18:02', 'Anyone bringing bean seeds to the swap on Saturday?'],
      ['tobias_k', 'Mar 01 2025 at 18:20', 'I have three kinds of runner beans, all saved from last year.'],
      ['Marguerite Okonkwo-Hale', 'Mar 01 2025 at 18:45', 'Wonderful, I will bring squash seeds to trade for them.'],
      ['Ines Ferreira da Costa', 'Mar 02 2025 at 07:30', 'Count me in, I will bring lettuce and chard.'],
    ]
      .map(([who, date, words]) => `<h4>${who} (${date}):</h4><p>${words}</p>`)
      .join('\n'),
  );
  it.each([
    ['every message after the first, without its heading', (r: PageAnalysis) => r.comments.map((c) => c.text.split(' ')[0]), ['I', 'Wonderful,', 'Count']],
    ['the name before the date', (r: PageAnalysis) => r.comments.map((c) => c.author), ['tobias_k', 'Marguerite Okonkwo-Hale', 'Ines Ferreira da Costa']],
    ['the date on the heading', (r: PageAnalysis) => r.comments.map((c) => c.postedAt), ['Mar 01 2025 at 18:20', 'Mar 01 2025 at 18:45', 'Mar 02 2025 at 07:30']],
  ])('%s', (_name, read, expected) => {
    expect(read(split(plain))).toEqual(expected);
  });
});

describe('dated headings that are no posts', () => {
  const story = (n: number, headline: string, date: string) => `<h3>${headline} <a href="#s${n}">(${date})</a></h3><p>Story ${n} of the week, told in a few sentences for the front page.</p>`;
  it.each([
    [
      'a news archive: every headline different',
      page('News archive', [story(1, 'Harbour reopens', 'Mar 3, 2025'), story(2, 'Ferry fares rise', 'Mar 4, 2025'), story(3, 'New library wing', 'Mar 5, 2025'), story(4, 'Market moves', 'Mar 6, 2025')].join('')),
    ],
    [
      'release notes: one word on every heading',
      page('Changelog', [story(1, 'Release', 'Apr 1, 2025'), story(2, 'Release', 'Apr 9, 2025'), story(3, 'Release', 'May 2, 2025')].join('')),
    ],
    [
      'a heading too long for a name line',
      page('Minutes', [1, 2, 3, 4].map((n) => story(n, n % 2 ? 'Minutes of the monthly meeting of the allotment society committee' : 'Minutes of the annual general meeting of the allotment society', `Jan ${n}, 2025`)).join('')),
    ],
  ])('%s', (_name, html) => {
    expect(split(html).comments).toEqual([]);
  });
});

describe('labelled, timed headings on an article page are no posts', () => {
  // A label that comes back (a liveblog's "Update", a section, a weekday) repeats like a poster's
  // name; a message's header introduces what follows ("Name (date):", "Name wrote"), a label does not.
  const articlePage = (inner: string) => `<!doctype html><html><head><title>Harbour day</title></head><body>
  <article><h1>Harbour day, as it happened</h1><p>The harbour reopened to ferries this morning after the storm repairs, and the first boats left on time for the islands.</p>${inner}</article></body></html>`;
  const entries = (heading: (label: string, n: number) => string, labels: string[]) =>
    articlePage(labels.map((label, n) => `<h3>${heading(label, n)}</h3><p>Entry ${n}: more boats are queueing at the outer pier, and the harbour master expects delays into the afternoon.</p>`).join(''));
  it.each([
    ['liveblog updates with a clock time', entries((label, n) => `${label} (May 6, 2025 at 1${n}:15)`, ['Update', 'Update', 'Correction', 'Update'])],
    ['section labels with a clock time', entries((label, n) => `${label} (May ${n + 6}, 2025 at 09:00)`, ['Ferries', 'Weather', 'Ferries', 'Traffic'])],
    ['weekday headings with a date and time', entries((label, n) => `${label} (May ${n + 5}, 2025 at 08:30)`, ['Monday', 'Tuesday', 'Monday', 'Friday'])],
  ])('%s', (_name, html) => {
    expect(split(html).comments).toEqual([]);
  });
});

describe('a table-layout forum: each post a header row (name, date, number) and the rows after it, no class or id', () => {
  // Invented thread; one table holds every post's rows, as InvisionFree-style boards print them.
  const posts: [string, string, string][] = [
    ['hedgewitch', 'Apr 9 2012, 07:15 PM', 'My lavender went woody in the middle after three years. Prune hard or replace it?'],
    ['Tom Ashby', 'Apr 9 2012, 08:02 PM', 'Never cut into the old wood, it will not come back from there. Replace it.'],
    ['hedgewitch', 'Apr 9 2012, 08:40 PM', 'Even if I take cuttings first? They root easily in grit I read.'],
    ['Tom Ashby', 'Apr 10 2012, 06:55 AM', 'Cuttings are the way, yes. Take them in late summer.'],
  ];
  const rows = posts
    .map(
      ([who, when, words], i) =>
        `<tr><td><a href="/profile/${100 + i}/">${who}</a></td><td><span>Posted: ${when}</span> <a href="/single/?p=${500 + i}">#${i + 1}</a></td></tr>` +
        `<tr><td><dl><dt>Posts:</dt><dd>${20 + i}</dd><dt>Joined:</dt><dd>Jan 2, 2010</dd></dl></td><td>${words}</td></tr>` +
        `<tr><td colspan="2"><a href="#top">Top</a> <a href="/post/?quote=${500 + i}">Quote</a></td></tr>`,
    )
    .join('\n');
  const html = `<!doctype html><html><head><title>Woody lavender - prune or replace? &middot; Garden Board</title></head><body>
    <h1><a href="/board/index/">Garden Board</a></h1>
    <ul><li><a href="/board/index/">Garden Board</a></li><li>&gt; <a href="/topic/88/">Woody lavender - prune or replace?</a></li></ul>
    <table><tr><td><span>Woody lavender - prune or replace?</span> <span>Herbs and shrubs</span></td></tr></table>
    <table><tbody>${rows}</tbody></table><p>Powered by a free forum host</p></body></html>`;
  it.each([
    ['the first post opens the thread', (r: PageAnalysis) => [r.body?.author, r.body?.text.slice(0, 24)], ['hedgewitch', 'My lavender went woody i']],
    ['every later post is a comment with its own words', (r: PageAnalysis) => r.comments.map((c) => c.text.includes(posts[1]![2]) || c.text.includes(posts[2]![2]) || c.text.includes(posts[3]![2])), [true, true, true]],
    ['the name on each header row', (r: PageAnalysis) => r.comments.map((c) => c.author), ['Tom Ashby', 'hedgewitch', 'Tom Ashby']],
    ['the date on each header row', (r: PageAnalysis) => r.comments.map((c) => c.postedAt), ['Apr 9 2012, 08:02 PM', 'Apr 9 2012, 08:40 PM', 'Apr 10 2012, 06:55 AM']],
    ['the topic line is the title, not the board name in the <h1>', (r: PageAnalysis) => r.title?.text, 'Woody lavender - prune or replace?'],
  ])('%s', (_name, read, expected) => {
    expect(read(split(html))).toEqual(expected);
  });

  // Cells and spans printed with nothing between them: "hedgewitch" "Posted: …" "#1" are still apart.
  it('cells printed without whitespace between them still head posts', () => {
    const tight = html.replace(/<\/span> <a/g, '</span><a');
    expect(tight).not.toBe(html);
    expect(split(tight).comments.map((c) => c.author)).toEqual(['Tom Ashby', 'hedgewitch', 'Tom Ashby']);
  });
});

describe('a <title> whose front is the site name keeps the page <h1> as headline', () => {
  // Invented pages: the line showing the <title>'s front is the masthead above the <h1>, or the
  // footer below an <h1> that links nowhere; only a linked <h1> above the line names the site.
  const story = '<p>The council voted on Tuesday to keep the branch library open for another three years, after a long campaign by parents and teachers.</p><p>The building will get a new roof and longer opening hours on Saturdays from the spring.</p>';
  const page = (title: string, top: string, bottom = '') => `<!doctype html><html><head><title>${title}</title></head><body>${top}<div class="story">${story}</div>${bottom}</body></html>`;
  it.each([
    ['a masthead line above the <h1>', page('Riverside Valley Community News Online - Library stays open', '<p class="masthead">Riverside Valley Community News Online</p><h1>Library stays open after vote</h1>'), 'Library stays open after vote'],
    ['a site name and tagline in a span above the <h1>', page('The Gardeners Weekly Almanac | Tomatoes', '<div id="hdr"><span>The Gardeners Weekly Almanac</span></div><h1>Growing tomatoes in pots</h1>'), 'Growing tomatoes in pots'],
    ['a footer line below an <h1> that is no link', page('Riverside Valley Community News Online - Library stays open', '<h1>Library stays open after vote</h1>', '<div class="foot">Riverside Valley Community News Online</div>'), 'Library stays open after vote'],
    ['a linked board name above the topic line', page('Woody lavender - prune or replace? &middot; Garden Board', '<h1><a href="/board/">Garden Board</a></h1><table><tr><td><span>Woody lavender - prune or replace?</span></td></tr></table>'), 'Woody lavender - prune or replace?'],
  ])('%s', (_name, html, title) => {
    expect(split(html).title?.text).toBe(title);
  });
});

describe('a data table of names and dates, each row with a notes row, is no thread', () => {
  // Invented tables: a team or a stall comes back, as a poster does, but no row marks a post.
  const article = '<h1>Spring fixtures 2024</h1><div class="entry"><p>The club published its spring fixtures on Monday. Every home game starts at three in the afternoon.</p><p>Away games are listed with the coach times for supporters who travel with the club.</p></div>';
  const table = (rows: [string, string, string][]) =>
    `<table><tr><th>Opponent</th><th>Date</th></tr>${rows.map(([who, when, note]) => `<tr><td>${who}</td><td>${when}</td></tr><tr><td colspan="2">${note}</td></tr>`).join('')}</table>`;
  const html = (rows: [string, string, string][]) => `<!doctype html><html><head><title>Spring fixtures 2024 - Oakridge FC</title></head><body>${article}${table(rows)}<p>Fixtures may change at short notice.</p></body></html>`;
  it.each([
    ['a fixtures list', [['Hartley Town', 'Sat 2 March 2024', 'Home, 3pm. Coach not needed.'], ['Millbrook United', 'Sat 9 March 2024', 'Away. Coach leaves the ground at 11am.'], ['Hartley Town', 'Sat 16 March 2024', 'Away. Coach leaves at 10am.'], ['Eastfield Rovers', 'Sat 23 March 2024', 'Home, 3pm.']]],
    ['a market rota', [['Ellis Bakery', '4 May 2024', 'Bread and cakes, north end of the square.'], ['Greenway Farm', '11 May 2024', 'Vegetables and eggs, by the fountain.'], ['Ellis Bakery', '18 May 2024', 'Bread only this week, the oven is being mended.'], ['Ferris Cheese', '25 May 2024', 'Cheese and butter.']]],
  ] as [string, [string, string, string][]][])('%s', (_name, rows) => {
    expect(split(html(rows)).comments).toEqual([]);
  });
});
