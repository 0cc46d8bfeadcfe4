/**
 * Review findings on the HTML splitter's body and comment rules: each table holds the wrong
 * reading and a case that must keep working. All pages invented.
 */
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../src/schema/index.js';
import { splitHtml } from '../src/split/html/index.js';

function page(body: string, title = 'Daily Ledger'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}

function split(html: string): PageAnalysis {
  const result = splitHtml(html, {});
  if (!result) throw new Error('splitHtml returned null');
  return result;
}

function bodyText(result: PageAnalysis): string {
  return result.body?.paragraphs.map((p) => p.text).join('\n') ?? '';
}

const PROSE = [
  'The harbour board met on Thursday evening to hear the plan for the new ferry terminal, which has been argued over for years.',
  'Residents asked about parking, noise and the cost of moving the fish market, and the board promised answers before the summer.',
  'A final vote is expected in the autumn, once the engineers have finished their survey of the old sea wall along the quay.',
];

describe('a page with no article core keeps its listing rows (finding 1)', () => {
  const rows = Array.from({ length: 30 }, (_, i) => `<tr class="row"><td class="rank">${i + 1}.</td><td class="title"><a href="https://example${i}.org/post">Show board: a small tool number ${i} for sorting long lists of receipts</a> <span class="site">(example${i}.org)</span></td></tr><tr><td></td><td class="sub"><a href="/vote?id=${i}">${i + 3} votes</a> | <a href="/from?site=${i}">more from this site</a> | <a href="/save?id=${i}">save</a></td></tr>`).join('');
  it.each([
    ['a link listing (link-heavy rows are the content)', page(`<table class="top"><tr><td><a href="/">Board News</a> | <a href="/new">new</a> | <a href="/ask">ask</a></td></tr></table><table class="items">${rows}</table><div class="foot"><a href="/rules">Rules</a> | <a href="/faq">FAQ</a></div>`), /small tool number 17/],
  ])('%s', (_name, html, kept) => {
    expect(bodyText(split(html))).toMatch(kept);
  });
  it('still finds a short article as its core', () => {
    const result = split(page(`<div class="wrap"><div class="post"><h1>Ferry terminal plan</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div>`));
    expect(bodyText(result)).toContain('final vote is expected');
  });
});

describe('a form that posts somewhere is a widget even without visible controls (finding 3)', () => {
  const article = (form: string) => page(`<div class="entry">${PROSE.map((p) => `<p>${p}</p>`).join('')}${form}</div>`);
  it.each([
    ['a subscribe form', `<form action="/subscribe"><input type="hidden" name="list" value="7"><p>Get the best stories from the quay in your inbox every morning, free of charge.</p><a class="btn" href="#">Sign me up</a></form>`, /best stories from the quay/],
    ['a comment form whose editor a script mounts', `<form id="commentform" action="/wp-comments-post.php"><input type="hidden" name="post_id" value="12"><p>Your email address will not be published and replies are checked by an editor before they appear.</p><div id="editor-mount"></div></form>`, /will not be published/],
    ['a search form', `<form action="/search"><input type="hidden" name="site" value="ledger"><p>Search more than ten thousand stories from our archive, going back to the first issue.</p></form>`, /ten thousand stories/],
  ])('%s stays out of the body', (_name, form, text) => {
    const result = split(article(form));
    expect(bodyText(result)).toContain('final vote is expected');
    expect(bodyText(result)).not.toMatch(text);
  });
  it.each([
    ['no action', '<form class="usertext">'],
    ['action "#"', '<form action="#" class="usertext">'],
  ])('a form that posts nowhere (%s) around a post keeps its prose', (_name, open) => {
    const result = split(page(`<div class="entry">${open}<input type="hidden" name="thing" value="t3"><div class="md">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></form></div>`));
    expect(bodyText(result)).toContain('final vote is expected');
  });
});

describe('a block after a comment is its replies only with evidence (finding 5)', () => {
  const comment = (i: number, name: string, text: string, cls = 'comment') =>
    `<div class="${cls}" id="c${i}"><div class="meta"><span class="author">${name}</span> <time datetime="2024-03-0${i}">March ${i}, 2024</time></div><div class="text"><p>${text}</p></div></div>`;
  const threadPage = (inner: string) => page(`<div class="post"><h1>Ferry terminal plan</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div><div id="comments"><h2>4 comments</h2>${inner}</div>`);
  const c1 = comment(1, 'Ruth Adler', 'The quay has needed this for twenty years, good news at last.');
  const c2 = comment(2, 'Omar Haddad', 'Who pays for moving the fish market, though? Nobody says.');
  const c3 = comment(3, 'Lena Brook', 'I walk past the old sea wall every day and it is crumbling.');
  const c4 = comment(4, 'Piet Vos', 'Parking is going to be a nightmare during the works.');
  const parents = (html: string) => {
    const comments = split(html).comments;
    return comments.map((c) => (c.parentId ? comments.findIndex((p) => p.id === c.parentId) : null));
  };
  it.each([
    ['a "load more" batch of top-level comments', threadPage(`${c1}${c2}<div class="load-more-batch">${c3}${c4}</div>`), [null, null, null, null]],
    ['a highlighted comment in a wrapper', threadPage(`${c1}<div class="highlighted">${c2}</div>${c3}${c4}`), [null, null, null, null]],
    ['an indented block of replies', threadPage(`${c1}${c2}<div style="margin-left: 32px">${c3}</div>${c4}`), [null, null, 1, null]],
    ['a block named for replies', threadPage(`${c1}${c2}<div class="comment-replies">${c3}</div>${c4}`), [null, null, 1, null]],
    ['replies of another component', threadPage(`${c1}${c2}<div class="box">${comment(3, 'Lena Brook', 'I walk past the old sea wall every day and it is crumbling.', 'comment comment--reply')}</div>${c4}`), [null, null, 1, null]],
  ])('%s', (_name, html, expected) => {
    expect(parents(html)).toEqual(expected);
  });
});

describe('a short article beside a rail of teaser cards keeps to the article (finding 2)', () => {
  const teasers = ['Tides rise higher than forecast along the north coast this week', 'The bakery on Mill Lane closes after sixty years of early mornings', 'Volunteers count seals on the sandbank for the annual survey', 'A new bus route links the villages to the station at last', 'School choir wins the regional contest with a sea shanty medley', 'Lifeboat crew rescues two kayakers caught by the evening fog'];
  const cards = (n: number) => Array.from({ length: n }, (_, i) => `<div class="card"><h3><a href="/story/${i}">Story ${i}: ${teasers[i % teasers.length]!.split(' ').slice(0, 4).join(' ')}</a></h3><span>${teasers[i % teasers.length]} and more in story ${i}.</span></div>`).join('');
  const article = `<div class="k6"><h1>Ferry terminal plan</h1>${PROSE.slice(0, 3).map((p) => `<p>${p.slice(0, 115)}</p>`).join('')}</div>`;
  it('a rail of sixteen cards and a footer stay out of a short article', () => {
    const result = split(page(`<div class="k0">${article}<div class="k3">${cards(16)}</div></div><div class="k9"><p>Published by the Harbour Ledger Company, a member of the regional press council since 1952.</p><p>All rights reserved; reproduction of any part requires written permission.</p></div>`));
    const body = bodyText(result);
    expect(body).toContain('Residents asked about parking');
    expect(body).not.toMatch(/and more in story|Published by the Harbour/);
  });
  it('a listing whose longest card is the scorer\'s core keeps every card', () => {
    const lead = `<div class="card"><h3><a href="/story/lead">Lead story: the ferry terminal plan</a></h3><p>${PROSE[0]} ${PROSE[1]!.slice(0, 60)}.</p></div>`;
    const result = split(page(`<div class="k0"><h1>Latest stories</h1><div class="k3">${lead}${cards(16)}</div></div>`));
    expect(bodyText(result)).toMatch(/and more in story 9\./);
  });
  it('a page of cards with no article keeps its teasers', () => {
    const result = split(page(`<div class="k0"><h1>Latest stories</h1><div class="k3">${cards(16)}</div></div>`));
    expect(bodyText(result)).toMatch(/and more in story 9\./);
  });
});
