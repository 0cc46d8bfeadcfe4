/**
 * A shop's furniture inside the main region (issue 13, WCXB `without` snippets, eighteenth
 * session): a collapsible "Shipping & Returns" panel, WooCommerce's SKU and categories line and a
 * script's "Loading..." placeholder are no part of the body; an open "Delivery" section, the same
 * panel on a page that sells nothing, and sentences that begin with "Loading" stay.
 */
import { describe, expect, it } from 'vitest';
import { bodyLines, PROSE } from './html-body-lines.js';

const PANEL_TEXT = 'Orders over fifty dollars are delivered free within five working days, and unworn items may be sent back within sixty days.';

function page(inner: string, product = true): string {
  const head = product ? '<meta property="og:type" content="product">' : '';
  return `<!doctype html><html><head><title>Field Lantern</title>${head}</head><body><nav><a href="/">Shop</a> <a href="/lights">Lights</a></nav><main><h1>Field Lantern</h1>
<p>${PROSE[0]}</p><p>${PROSE[1]}</p>${inner}<p>${PROSE[2]}</p></main><footer><a href="/about">About</a></footer></body></html>`;
}

describe('body: a shop\'s collapsible service panel is left out', () => {
  it.each([
    ['a <details> panel', `<details><summary>Shipping &amp; Returns</summary><p>${PANEL_TEXT}</p></details>`],
    ['a <details> panel inside a div of inline content', `<div class="info"><details><summary><h4>Delivery and returns</h4></summary>${PANEL_TEXT}</details></div>`],
    ['a theme accordion item', `<div class="product__accordion"><h3>Return policy</h3><div class="content"><p>${PANEL_TEXT}</p></div></div>`],
  ])('%s', (_name, inner) => {
    const lines = bodyLines(page(inner));
    expect(lines).toContain(PROSE[0]);
    expect(lines).toContain(PROSE[2]);
    expect(lines.some((line) => line.includes('Orders over fifty dollars'))).toBe(false);
    expect(lines.some((line) => /returns?/i.test(line) && line.length < 30)).toBe(false);
  });
});

describe('body: service text that stays', () => {
  it('an open section headed "Delivery"', () => {
    expect(bodyLines(page(`<section><h3>Delivery</h3><p>${PANEL_TEXT}</p></section>`))).toContain(PANEL_TEXT);
  });
  it('the same panel on a page that sells nothing', () => {
    expect(bodyLines(page(`<details><summary>Shipping &amp; Returns</summary><p>${PANEL_TEXT}</p></details>`, false))).toContain(PANEL_TEXT);
  });
  it('an accordion that holds the description as well as the shipping panel', () => {
    const accordion = `<div class="accordion"><h3>Details</h3><p>${PANEL_TEXT}</p><h3>Shipping</h3><p>Sent the next working day.</p></div>`;
    expect(bodyLines(page(accordion))).toContain(PANEL_TEXT);
  });
});

describe('body: WooCommerce product meta', () => {
  it('is left out', () => {
    const meta = '<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">LT-204</span></span> <span class="posted_in">Categories: <a href="/c/lights">Lights</a>, <a href="/c/camping">Camping</a></span></div>';
    const lines = bodyLines(page(meta));
    expect(lines).toContain(PROSE[2]);
    expect(lines.some((line) => line.includes('SKU'))).toBe(false);
  });
});

describe('body: a loading placeholder', () => {
  it.each(['Loading...', 'Loading paragraph…'])('%s is left out', (line) => {
    const lines = bodyLines(page(`<div class="slot"><div>${line}</div></div>`, false));
    expect(lines).toContain(PROSE[2]);
    expect(lines).not.toContain(line);
  });
  it('a sentence that begins with "Loading" stays', () => {
    const line = 'Loading the lantern into a pack takes a few seconds thanks to its folding handle.';
    expect(bodyLines(page(`<p>${line}</p>`, false))).toContain(line);
  });
});
