/**
 * Comment systems whose class and id names say nothing (issue 13, session 18, found with
 * scripts/probe/unnamed-markup.ts on tune pages): a commenter's name drawn as a button opening
 * their profile card, icon controls labelled only by a title or a longer label ("Reply to comment
 * by X"), customer reviews that show a helpfulness vote, and dated header lines in a definition list
 * under a "Comments" heading. Pages written for these tests with meaningless class names; none is
 * copied from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { split, wrap } from './html-pages.js';

const ARTICLE = `<article><h1>Keeping a sourdough starter through the winter</h1>
  <p>A starter kept in a cold kitchen slows down rather than dies: below about 18 °C the yeast still works, only the bacteria take over the flavour and the rise takes twice as long as the recipe says.</p>
  <p>Feed it with warm water instead of cold, keep it near the oven while bread bakes, and judge it by how much it has grown rather than by the clock. A rubber band around the jar at the level after feeding shows the rise.</p>
  <p>If it smells of nail varnish it is hungry, not dead: two feeds a day for three days bring most starters back.</p></article>`;

const WORDS = [
  'Mine lives on top of the fridge all winter and it is fine.',
  'The top of the fridge is the warmest shelf in most kitchens.',
  'Does the rubber band trick work with a wide jar too?',
];
const NAMES = ['Orla', 'tomas_k', 'Priya Raman'];

describe('a commenter name drawn as a button', () => {
  // Button evidence, one kind per case: what the label says, what the button opens, what a control beside it says.
  const cases: [string, (name: string, i: number) => string, (name: string) => string][] = [
    ['a label offering the profile', (name) => `<button class="qz" type="button" aria-label="View profile of ${name}">${name}</button>`, () => '<button class="kv">Reply</button>'],
    ['a user card it opens', (name, i) => `<button class="qz" aria-controls="user-card-${i}" aria-expanded="false"><span class="wq">${name}</span></button>`, () => '<button class="kv">Reply</button>'],
    ['a control naming the writer', (name) => `<button class="qz"><span class="wq">${name}</span></button>`, (name) => `<button class="kv" aria-label="Report comment by ${name}"><span>Report</span></button>`],
  ];
  for (const [label, nameButton, control] of cases) {
    it(`${label}: each block is a comment and the button's text its author`, () => {
      const block = (i: number) =>
        `<div class="xr"><div class="pb">${nameButton(NAMES[i]!, i)}<span class="lm" title="5/1/2024, 7:12 PM">${i + 1} hours ago</span></div><div class="tt"><p>${WORDS[i]}</p></div><div class="ab">${control(NAMES[i]!)}</div></div>`;
      const r = split(wrap('Winter starter', `${ARTICLE}<div class="zz"><h2>Comments</h2>${[0, 1, 2].map(block).join('')}</div>`));
      expect(r.comments.map((c) => c.author)).toEqual(NAMES);
      expect(r.comments.map((c) => c.text.includes(WORDS[r.comments.indexOf(c)]!))).toEqual([true, true, true]);
    });
  }

  it('a button with no such evidence stays out of the text', () => {
    const r = split(wrap('Winter starter', `${ARTICLE}<div class="zz"><button class="qz" aria-label="Follow">Follow Orla</button></div>`));
    expect(r.text.includes('Follow Orla')).toBe(false);
  });
});

describe('buttons beside a named writer that are not names', () => {
  // The writer is named by markup the detector knows; the button is an action or a sort control whose word a label repeats.
  const cases: [string, string][] = [
    ['an action on the user ("Follow user")', '<button class="fw" aria-label="Follow user">Follow</button>'],
    ['an action on the member ("Block this member")', '<button class="fw" aria-label="Block this member">Block</button>'],
    ['a word that follows "from" in a line that names no writer', '<button class="so">Newest</button><span class="sl">Sort from newest</span>'],
    ['a word that follows "by" in a line that names no writer', '<button class="so">Oldest</button><span class="sl">Sort by Oldest</span>'],
  ];
  it.each(cases)('%s stays out and the named writer is the author', (_label, button) => {
    const block = (i: number) =>
      `<div class="xr"><div class="pb"><b class="nm">${NAMES[i]}</b>${button}<span class="lm">March ${i + 3}, 2024 at 9:41 pm</span></div><div class="tt"><p>${WORDS[i]}</p></div><div class="ab"><button class="kv">Reply</button></div></div>`;
    const r = split(wrap('Winter starter', `${ARTICLE}<div class="zz"><h2>Comments</h2>${[0, 1, 2].map(block).join('')}</div>`));
    expect(r.comments.map((c) => c.author)).toEqual(NAMES);
  });
});

describe('controls known by a title or a longer label', () => {
  // Blocks outside any named section, no heading: only their controls say they are posts by people.
  const block = (i: number, control: string) =>
    `<div class="xr"><div class="pb"><b class="nm">${NAMES[i]}</b> <span class="lm">March ${i + 3}, 2024 at 9:41 pm</span></div><div class="tt"><p>${WORDS[i]}</p></div><div class="ab">${control}</div></div>`;
  const page = (control: string) => split(wrap('Winter starter', `${ARTICLE}<div class="zz">${[0, 1, 2].map((i) => block(i, control)).join('')}</div>`));

  it('an icon button titled "Reply" is a post control', () => {
    expect(page('<button class="ic" type="button" title="Reply"></button>').comments.map((c) => c.author)).toEqual(NAMES);
  });
  it('"Reply to this comment" as a label is a post control', () => {
    expect(page('<a class="ic" href="#" aria-label="Reply to this comment"><i>r</i></a>').comments.map((c) => c.author)).toEqual(NAMES);
  });
  it('an icon button titled "Share" says nothing', () => {
    expect(page('<button class="ic" type="button" title="Share"></button>').comments).toEqual([]);
  });
});

describe('customer reviews with no telling class', () => {
  const review = (i: number, cue: string) =>
    `<div class="rv"><div class="hd"><b class="nm">${NAMES[i]}</b> <span class="lm">${i + 3} March 2024</span></div><div class="tt"><p>${WORDS[i]}</p></div><div class="ft"><span class="q">${cue}</span> <a class="y">Yes</a> <a class="n">No</a></div></div>`;
  const page = (cue: string) => split(wrap('Winter starter', `${ARTICLE}<div class="zz">${[0, 1, 2].map((i) => review(i, cue)).join('')}</div>`));

  it('a helpfulness vote under each block makes them reviews by people', () => {
    expect(page('Was this review helpful?').comments.map((c) => c.author)).toEqual(NAMES);
  });
  it('a plain label under each block does not', () => {
    expect(page('Rate this recipe').comments).toEqual([]);
  });
});

describe('dated header lines in a definition list', () => {
  const list = (heading: string) => `${ARTICLE}<div class="zz"><h3>${heading}</h3><dl>${[0, 1, 2]
    .map((i) => `<dt class="x${i % 2}">Le ${i + 6} octobre 2024, 11:40 par ${NAMES[i]}</dt><dd class="x${i % 2}"><p>${WORDS[i]}</p></dd>`)
    .join('')}</dl></div>`;

  it('under a heading naming comments, each term and its description is a comment', () => {
    const r = split(wrap('Winter starter', list('Commentaires')));
    expect(r.comments.map((c) => c.author)).toEqual(NAMES);
  });
  it('under another heading, they are not', () => {
    expect(split(wrap('Winter starter', list('Programme'))).comments).toEqual([]);
  });
});
