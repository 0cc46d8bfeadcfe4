/**
 * Lines of a shop's or a list's furniture inside the main region (issue 13, WCXB `without`
 * snippets): a result count or pager over a list ("Showing 24 of 291 results", "Page 1 of 8") and a
 * short service promise in a buy box ("FREE SHIPPING over $100", "Pick Up in Store") are no part of
 * the body; sentences that speak of the same things, and a bare "1-30 of 154 products" header, stay.
 */
import { describe, expect, it } from 'vitest';
import { bodyLines, PROSE } from './html-body-lines.js';


function page(line: string): string {
  return `<!doctype html><html><head><title>Field Lantern</title><meta property="og:type" content="product"></head><body><nav><a href="/">Shop</a> <a href="/lights">Lights</a></nav><main><h1>Field Lantern</h1>
<p>${PROSE[0]}</p><div class="row"><span>${line}</span></div><p>${PROSE[1]}</p><p>${PROSE[2]}</p></main><footer><a href="/about">About</a></footer></body></html>`;
}

describe('body: list and shop furniture lines left out', () => {
  it.each([
    ['a result count', 'Showing 24 of 291 results'],
    ['a result count with a range', 'Displaying 1 - 20 of 85 products'],
    ['a pager line', 'Page 1 of 8'],
    ['a shipping promise', 'FREE SHIPPING over $100'],
    ['a delivery promise', 'FREE Fast Delivery'],
    ['a pickup option', 'Shop Online | Pick-up In Store'],
    ['a returns line', 'Returns & exchanges accepted'],
    ['a dispatch date', 'Warehouse Transition: Ships by March 10th'],
  ])('%s', (_name, line) => {
    const lines = bodyLines(page(line));
    expect(lines).toContain(PROSE[0]);
    expect(lines).toContain(PROSE[2]);
    expect(lines).not.toContain(line);
  });
});

describe('body: lines that only look like it stay', () => {
  it.each([
    ['a bare count header', '1-30 of 154 products'],
    ['a sentence about shipping', 'Most orders ship within two days of ordering.'],
    ['a long line naming free delivery', 'We offer free delivery to every village on the island, including the harbour cottages'],
    ['a chapter line', 'Part 1 of 8: choosing a lantern'],
  ])('%s', (_name, line) => {
    expect(bodyLines(page(line))).toContain(line);
  });
});

/** A heading over a wall of logos, then the next section: the heading titles pictures the text never holds. */
function logoPage(pictures: number): string {
  const logos = Array.from({ length: pictures }, (_, i) => `<img src="/logo-${i}.png" alt="">`).join('');
  return `<!doctype html><html><head><title>Courses</title></head><body><main><h1>Blockchain Fundamentals</h1><p>${PROSE[0]}</p>
<section><h3>Trusted by employees at leading organizations</h3><div class="logos">${logos}</div></section>
<section><h3>What you will learn</h3><p>${PROSE[1]}</p><p>${PROSE[2]}</p></section></main></body></html>`;
}

describe('body: a heading over a wall of pictures', () => {
  it('is left out before the next section', () => {
    const lines = bodyLines(logoPage(6));
    expect(lines).not.toContain('Trusted by employees at leading organizations');
    expect(lines).toContain('What you will learn');
    expect(lines).toContain(PROSE[1]);
  });
  it('is left out over logos each in a wrapper of their own', () => {
    const wrapped = logoPage(6).replace(/<img [^>]*>/g, (img) => `<div class="logo"><a href="/client">${img}</a></div>`);
    expect(bodyLines(wrapped)).not.toContain('Trusted by employees at leading organizations');
  });
  it('stays over one or two figures', () => {
    expect(bodyLines(logoPage(2))).toContain('Trusted by employees at leading organizations');
  });
});

/** A menu written inline as a row of short links with separators, inside the main region. */
function rowPage(row: string): string {
  return `<!doctype html><html><head><title>Lantern</title></head><body><main><h1>Field Lantern</h1><p>${PROSE[0]}</p>
<p>${PROSE[1]}</p><div class="links">${row}</div><p>${PROSE[2]}</p></main></body></html>`;
}
const links = (words: string[], separator: string) => words.map((word) => `<a href="/${word.length}">${word}</a>`).join(` ${separator} `);

describe('body: an inline row of short links', () => {
  it.each([
    ['pipes', links(['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal'], '|')],
    ['middle dots', links(['Terms', 'Privacy', 'Help', 'Contact'], '·')],
  ])('set apart by %s is a menu', (_name, row) => {
    const lines = bodyLines(rowPage(row));
    expect(lines.some((line) => line.includes('Guidelines') || line.includes('Privacy'))).toBe(false);
    expect(lines).toContain(PROSE[2]);
  });
  it.each([
    ['three links', links(['Terms', 'Privacy', 'Help'], '|')],
    ['a sentence with a pipe in it', 'Battery: 40 hours | Weight: 310 g | Sealed: IP67 | Charging: USB-C'],
  ])('stays with %s', (_name, row) => {
    expect(bodyLines(rowPage(row)).some((line) => line.includes('Terms') || line.includes('Battery'))).toBe(true);
  });
});

/** A news article on the same subjects: its headings, points and own link rows are the article's. */
const NEWS = [
  'Retailers spent the decade competing on delivery speed, and shoppers came to expect parcels at no charge.',
  'Now several of the largest chains have quietly raised the minimum basket needed to avoid a fee.',
  'Analysts say the change reflects rising fuel and labour costs across the logistics industry this year.',
  'Smaller shops, which never could afford the promise, say the reset may finally level the field.',
];
function article(middle: string): string {
  return `<!doctype html><html><head><title>Retail news</title></head><body><article><h1>The cost of parcels</h1><p>${NEWS[0]}</p><p>${NEWS[1]}</p>${middle}<p>${NEWS[2]}</p><p>${NEWS[3]}</p></article></body></html>`;
}

describe('body: an article keeps what only looks like shop or menu furniture', () => {
  it.each([
    ['a heading on shipping', '<h2>Free shipping is over</h2>', 'Free shipping is over'],
    ['a short paragraph on shipping', '<p>Free shipping is over</p>', 'Free shipping is over'],
    ['a heading on a flat rate', '<h2>Why a flat rate tax failed</h2>', 'Why a flat rate tax failed'],
    ['a heading on ships', '<h2>Ships in the harbour</h2>', 'Ships in the harbour'],
    ['a point on returns', '<ul><li>Free returns for a year</li><li>Cheaper parcels</li></ul>', 'Free returns for a year'],
    ['a contents row', '<p><a href="#a">Background</a> · <a href="#b">Costs</a> · <a href="#c">Reactions</a> · <a href="#d">Outlook</a></p>', 'Background'],
    ['a row of citations', '<p><a href="#r1">Smith 2019</a> | <a href="#r2">Jones 2020</a> | <a href="#r3">Lee 2021</a> | <a href="#r4">Wu 2022</a></p>', 'Smith 2019'],
  ])('%s', (_name, middle, kept) => {
    const lines = bodyLines(article(middle));
    expect(lines.some((line) => line.includes(kept))).toBe(true);
    expect(lines).toContain(NEWS[2]);
  });
});

/** A photo essay: a section heading over its photos, then the next section. */
function essay(pictures: string): string {
  return `<!doctype html><html><head><title>Harbour</title></head><body><article><h1>A year in the harbour</h1><p>${NEWS[0]}</p><h2>Winter</h2>${pictures}<h2>Spring</h2><p>${NEWS[1]}</p><p>${NEWS[2]}</p><h2>Summer</h2><p>${NEWS[3]}</p></article></body></html>`;
}
const photo = (i: number) => `<img src="/harbour-${i}.jpg" alt="The harbour at dawn, ${i}">`;

describe('body: a heading over pictures that are no wall stays', () => {
  it.each([
    ['photos in figures', [1, 2, 3].map((i) => `<figure>${photo(i)}</figure>`).join('')],
    ['photos in linked figures', [1, 2, 3].map((i) => `<figure><a href="/p${i}">${photo(i)}</a></figure>`).join('')],
    ['pictures hidden on the page', [1, 2, 3].map((i) => `<img src="/px-${i}.gif" hidden>`).join('')],
    ['bare photos in the article\'s flow', [1, 2, 3].map(photo).join('')],
    ['photos each in a paragraph', [1, 2, 3].map((i) => `<p>${photo(i)}</p>`).join('')],
  ])('%s', (_name, pictures) => {
    expect(bodyLines(essay(pictures))).toContain('Winter');
  });
});

