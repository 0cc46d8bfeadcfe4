/**
 * Recommendation and review sections read by their label (issue 13, WCXB `without` snippets,
 * twentieth session): "You may also like", "Customers also bought", "Customer Reviews" and the
 * grid or list under such a heading leave the body whatever the classes say; the article's prose
 * after a related box set into it, a sentence that uses the words and a bare "Reviews" heading stay.
 * And a page's <footer> that outweighs its content (a list of every town served) is still no body.
 */
import { describe, expect, it } from 'vitest';
import { bodyLines, PROSE } from './html-body-lines.js';

const CARDS = ['Trail Lantern Mini', 'Camp Stove Duo', 'Canvas Tent Four'].map((name, i) => `<div class="x${i}"><a href="/p/${i}"><img src="/${i}.jpg" alt=""></a><a href="/p/${i}">${name}</a><span>$${29 + i}.00</span></div>`).join('');

function page(inner: string, after = ''): string {
  return `<!doctype html><html><head><title>Field Lantern</title><meta property="og:type" content="product"></head><body><nav><a href="/">Shop</a> <a href="/lights">Lights</a></nav><main><h1>Field Lantern</h1>
<p>${PROSE[0]}</p><p>${PROSE[1]}</p>${inner}${after}</main><footer><a href="/about">About</a></footer></body></html>`;
}

describe('body: a recommendation section goes by its label', () => {
  it.each([
    ['You may also like', 'h2'],
    ['YOU MIGHT ALSO LIKE:', 'h3'],
    ['Customers who bought this item also bought', 'h2'],
    ['Frequently bought together', 'h2'],
    ['Recently viewed', 'h4'],
  ])('"%s" in an <%s> and its cards', (label, tag) => {
    const lines = bodyLines(page(`<div class="c9f"><${tag}>${label}</${tag}><div class="q1">${CARDS}</div></div>`));
    expect(lines).toContain(PROSE[0]);
    expect(lines).not.toContain(label);
    expect(lines.some((line) => line.includes('Camp Stove Duo') || line.includes('$30.00'))).toBe(false);
  });
  it('a reviews section under "Customer Reviews"', () => {
    const reviews = '<section class="k2"><h2>Customer Reviews</h2><div>4.6 out of 5</div><div>Based on 212 reviews</div><h3>Bright enough</h3><div>Used it all week.</div></section>';
    const lines = bodyLines(page(reviews));
    expect(lines).toContain(PROSE[1]);
    expect(lines.some((line) => /Customer Reviews|212 reviews|Bright enough/.test(line))).toBe(false);
  });
  it('a label line that is no heading', () => {
    const lines = bodyLines(page(`<div class="r5"><div>You might like</div></div><p>${PROSE[2]}</p>`));
    expect(lines).not.toContain('You might like');
    expect(lines).toContain(PROSE[2]);
  });
});

describe('body: what stays', () => {
  it('the prose after a related box set into an article', () => {
    const lines = bodyLines(page(`<div class="z"><h3>Related articles</h3><a href="/a">Choosing a lantern</a></div><p>${PROSE[2]}</p>`));
    expect(lines).toContain(PROSE[2]);
    expect(lines).not.toContain('Related articles');
  });
  it('the next section heading of the same rank, and what it heads', () => {
    const lines = bodyLines(page(`<h2>You may also like</h2><div>${CARDS}</div><h2>Care and storage</h2><p>${PROSE[2]}</p>`));
    expect(lines).toContain('Care and storage');
    expect(lines).toContain(PROSE[2]);
  });
  it('a sentence that uses the words', () => {
    const line = 'You may also like the amber mode, which keeps insects away on summer evenings by the lake.';
    expect(bodyLines(page(`<p>${line}</p>`))).toContain(line);
  });
  it('a bare "Reviews" heading over the page\'s own text', () => {
    expect(bodyLines(page(`<h2>Reviews</h2><p>${PROSE[2]}</p>`))).toContain('Reviews');
  });
});

describe('body: a page footer that outweighs the content', () => {
  const towns = Array.from({ length: 300 }, (_, i) => `Town${i}`).join(' ');
  const html = (footer: string) => `<!doctype html><html><head><title>Tent rentals</title></head><body><div class="page"><h1>Tent rentals</h1><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div>${footer}</body></html>`;
  it('is left out however much text it holds', () => {
    const lines = bodyLines(html(`<footer id="footer"><div class="zipcodes"><div>We serve the following towns:</div><div>${towns}</div></div></footer>`));
    expect(lines).toContain(PROSE[0]);
    expect(lines.some((line) => line.includes('Town12'))).toBe(false);
  });
  it('holding the headline, it is the page (markup left unclosed) and stays', () => {
    const lines = bodyLines(`<!doctype html><html><head><title>Tent rentals</title></head><body><footer><h1>Tent rentals</h1><p>${PROSE[0]}</p><p>${PROSE[1]}</p><p>${towns}</p></footer></body></html>`);
    expect(lines).toContain(PROSE[0]);
  });
});

describe('body: a labelled section ends with the element it opens (twenty-first session)', () => {
  const verdict = 'Bright, light and sealed against the rain: the best lantern we carried this season.';
  const reviews = (label: string, tag: string) => `<section class="k2"><${tag}>${label}</${tag}><div>4.6 out of 5</div><div>Based on 212 reviews</div></section>`;
  it.each([
    ['Customer reviews', 'h2', 'h3', 'Verdict'],
    ['Related products', 'h2', 'h4', 'Our verdict'],
    ['You may also like', 'h3', 'h4', 'Who it is for'],
  ])('"%s" in an <%s> section, then the article\'s own <%s> "%s"', (label, tag, lower, heading) => {
    const lines = bodyLines(page(reviews(label, tag), `<${lower}>${heading}</${lower}><div>${verdict}</div><p>${PROSE[2]}</p>`));
    expect(lines).toContain(heading);
    expect(lines).toContain(verdict);
    expect(lines.some((line) => /212 reviews/.test(line))).toBe(false);
  });
  it('a label heading set flat among the blocks still cuts its lower headings up to prose', () => {
    const lines = bodyLines(page(`<h2>You may also like</h2><h3>Camp Stove Duo</h3><div>$30.00</div>`, `<p>${PROSE[2]}</p>`));
    expect(lines).not.toContain('Camp Stove Duo');
    expect(lines).toContain(PROSE[2]);
  });
});
