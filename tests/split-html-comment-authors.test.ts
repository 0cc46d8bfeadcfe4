/**
 * Which element of a comment names its author: not an avatar drawn as the name's initial even when
 * screen readers are told more beside it, and without the account number printed after the name.
 * Invented pages: three comments, each header given by the case.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const people = ['hop_hannah', 'Dieter Brandt', 'mash_tun_mike'];
const texts = [
  'The gravity stalled at 1.020 after ten days, so I moved the fermenter somewhere warmer overnight.',
  'Before doing anything else, check your hydrometer in plain water; mine read two points high for months.',
  'Let it free-rise a couple of degrees and swirl it gently once a day; it usually drops a few more points.',
];

function page(header: (name: string, i: number) => string): string {
  const items = people
    .map((name, i) => `<li class="post" data-pid="${i}">${header(name, i)}<span class="date">${i + 2} days ago</span><div class="content"><p>${texts[i]}</p></div></li>`)
    .join('');
  return `<!doctype html><html><head><title>Stuck fermentation</title></head><body><main><h1>Stuck fermentation</h1><p>${'My dubbel stopped fermenting early and I am not sure what to try next with it. '.repeat(3)}</p><ul class="posts">${items}</ul></main></body></html>`;
}

const slug = (name: string) => name.toLowerCase().replace(/\W+/g, '-');
const authors = (html: string) => splitHtml(html, {})?.comments.map((comment) => comment.author) ?? [];

describe('the comment author is the element that shows a name', () => {
  it.each([
    [
      'avatar initial with a screen-reader status before the name link',
      (name: string) =>
        `<a href="/user/${name}" class="avatar-link"><span class="avatar">${name[0]!.toUpperCase()}</span><span class="status"><span class="visually-hidden">Offline</span></span></a> <a class="username" href="/user/${name}">${name}</a> `,
    ],
    ['an account number in brackets after the name', (name: string, i: number) => `<span class="author">by <a href="/~${name}">${name}</a> ( <a href="/~${name}">10223${i}</a> )</span> `],
    // A wrapper named for the author also holds the reviewer's location, glued to the name; the
    // author-classed element inside it holds the name alone.
    [
      'a location beside the name inside an author wrapper',
      (name: string, i: number) => `<span class="rev__author-wrapper"><span class="rev__author">${name}</span><span class="rev__location">${['Ireland', 'Netherlands', 'United Kingdom'][i]}</span></span> `,
    ],
    // MyBB: the poster's statistics come after the name in an author-classed box of their own.
    [
      'statistics after the name in the author block',
      (name: string, i: number) =>
        `<div class="post_author"><div class="author_avatar"><a href="user-${i}.html"><img src="/a.png" alt=""></a></div><div class="author_information"><strong><span class="largetext"><a href="user-${i}.html">${name}</a></span></strong></div><div class="author_statistics">Posts: 11${i}<br>Threads: 23<br>Joined: Feb 2019</div></div> `,
    ],
    // A tilde path is a member's page (Lobsters, tilde hosts): the link is the name, the hat beside it is not.
    [
      'a /~name profile link in a byline with a hat after it',
      (name: string) => `<div class="byline"><a href="/~${slug(name)}"><img class="avatar" alt="${name} avatar" src="/a.png"></a> <a href="/~${slug(name)}" class="">${name}</a> <span class="hat" title="Sysadmin at a university"><span class="crown">Sysadmin at a university</span></span></div> `,
    ],
    // Drupal core prints "(not verified)" after a name an anonymous commenter typed in.
    ['a name marked "(not verified)"', (name: string) => `<p class="comment__author"><span property="schema:author">${name} (not verified)</span></p> `],
  ])('%s', (_name, header) => {
    expect(authors(page(header))).toEqual(people);
  });

  // A name a screen reader hears in full beside a visible one is still the visible name's element,
  // and the author is what the page shows, without what only the screen reader hears.
  it.each([
    ['a name link with a screen-reader note', people, (name: string) => `<a class="username" href="/user/${name}">${name}<span class="sr-only"> (original poster)</span></a> `],
    [
      'two-letter names with a screen-reader note and a title beside',
      ['Jo', 'Al', 'CJ'],
      (name: string) => `<div class="post-author"><a class="username" href="/user/${name}">${name}<span class="sr-only">, author</span></a> <span class="user-name-title">Brewer</span></div> `,
    ],
  ])('%s', (_name, names, header) => {
    const html = page(header).replace(/hop_hannah|Dieter Brandt|mash_tun_mike/g, (name) => names[people.indexOf(name)]!);
    expect(authors(html)).toEqual(names);
  });
});

// FluxBB and PunBB: the name in each post's profile panel links to profile.php?id=N; a quote of the
// post before ("jasonwalls wrote:") names someone else, and the panel's title is no name.
describe('a profile.php?id= link names the poster', () => {
  const posters = ['kestrel_t', 'jasonwalls', 'Mr.Bones', 'kestrel_t'];
  const post = (name: string, i: number) =>
    `<div id="p${i}" class="blockpost blockpost${i + 1}"><h2><span><a href="viewtopic.php?pid=${i}#p${i}">2024-03-0${i + 1} 21:14:52</a></span></h2><div class="box"><div class="postleft"><dl><dt><strong><a href="profile.php?id=48${i}">${name}</a></strong></dt><dd class="usertitle"><strong>Member</strong></dd></dl></div><div class="postright"><h3>Re: Wi-Fi drops after suspend</h3><div class="postmsg">${
      i > 0 ? `<div class="quotebox"><cite>${posters[i - 1]} wrote:</cite><blockquote><p>${texts[i % 3]!.slice(0, 40)}</p></blockquote></div>` : ''
    }<p>${texts[i % 3]}</p></div></div></div></div>`;
  it('reads each name from its own panel', () => {
    const html = `<!doctype html><html><head><title>Wi-Fi drops after suspend</title></head><body><div id="punviewtopic"><h1>Wi-Fi drops after suspend</h1>${posters.map(post).join('')}</div></body></html>`;
    expect(authors(html)).toEqual(posters.slice(1));
  });
});
