/**
 * Title and body edges on invented pages, one table per shape (issue 13): a thread prefix or a
 * field label inside the headline, a <title> the page shows whole, a declared product's
 * description, an affiliate disclosure over a post, a standfirst the markup names, a Q&A poster
 * card under a question, a declared author shown after a colon label, a headline that is a <span>
 * inside the <h1> above the comments.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const split = (html: string) => splitHtml(html, {});
const squeeze = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

const PROSE = [
  'The harbour committee voted on Tuesday evening to close the eastern slipway for the whole winter season.',
  'Fishing crews who rely on the slipway said they had not been consulted before the decision was taken.',
  'A spokesperson for the committee said repairs would begin in January and take about ten weeks to finish.',
].map((p) => `<p>${p}</p>`).join('');

describe('title: labels beside the headline, and a <title> shown whole', () => {
  it.each([
    [
      'a thread prefix label before bare words',
      '<title>Help - First all-grain batch stuck at 1.030, pitch more yeast? | Brew Forums</title>',
      '<h1><span class="label">Help</span><span class="label-append">&nbsp;</span>First all-grain batch stuck at 1.030, pitch more yeast?</h1>',
      'First all-grain batch stuck at 1.030, pitch more yeast?',
    ],
    [
      'a field label in bare words before the linked title',
      '<title>help &gt; WAL replay takes 20 minutes after crash | Chat archive</title>',
      '<h3>Topic: <a href="/t/1">WAL replay takes 20 minutes after crash</a></h3>',
      'WAL replay takes 20 minutes after crash',
    ],
    [
      'bare words beside an element that shares the title words stay whole',
      '<title>Planing the oak table again | Workshop</title>',
      '<h1>Planing the oak table <em>again</em></h1>',
      'Planing the oak table again',
    ],
    [
      'a <title> the breadcrumb shows whole keeps its dash',
      '<title>Peco code 75 points - live or insulated frog for DCC?</title>',
      '<div class="nav"><a href="/">Forum</a> › Peco code 75 points - live or insulated frog for DCC?</div><b>Topic: Peco code 75 points - live or insulated frog for DCC?</b>',
      'Peco code 75 points - live or insulated frog for DCC?',
    ],
    [
      'a <title> the page does not show loses its site name',
      '<title>Slipway closed for winter repairs - Harbour Weekly News</title>',
      '<div class="nav"><a href="/">Harbour Weekly</a></div>',
      'Slipway closed for winter repairs',
    ],
  ])('%s', (_name, head, header, title) => {
    const result = split(`<!doctype html><html><head>${head}</head><body>${header}${PROSE}</body></html>`);
    expect(squeeze(result?.title?.text)).toBe(title);
  });
});

const PRODUCT_LD = '<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Hill Teapot"}</script>';
const DESCRIPTION = [
  'Every one of our teapots is thrown by hand in the studio near the river, so no two are quite alike in their glaze.',
  'The body is a stoneware that fires to a warm oatmeal colour, and the iron in the clay comes through as dark speckles.',
  'We recommend washing by hand to keep the glaze at its best.',
].map((p) => `<p>${p}</p>`).join('');

function productPage(declared: string, descriptionClass: string): string {
  return `<!doctype html><html><head><title>Hill Teapot</title>${declared}</head><body><main><h1>Hill Teapot</h1>
<div class="price">£48.00 Tax included. Shipping calculated at checkout, usually within two working days of your order.</div>
<product-form><form><label>Glaze</label><select><option>Oatmeal</option></select></form></product-form>
<div class="${descriptionClass}">${DESCRIPTION}</div>
<table class="specs"><tr><th>Capacity</th><td>1.2 litres, enough for six cups of tea</td></tr><tr><th>Material</th><td>Stoneware fired to 1280 degrees</td></tr></table>
<div class="delivery"><h2>Delivery &amp; returns</h2><p>Free delivery over £50. Thirty-day returns on anything unused, in its original box.</p></div>
</main></body></html>`;
}

describe('body: a declared product page has its description as the body', () => {
  it.each([
    ['JSON-LD Product, Shopify class', PRODUCT_LD, 'product__description rte'],
    ['og:type product, a product detail page class', '<meta property="og:type" content="product">', 'pdp-description'],
  ])('%s', (_name, declared, descriptionClass) => {
    const body = split(productPage(declared, descriptionClass))?.body;
    expect(squeeze(body?.text)).toMatch(/^Every one of our teapots/);
    expect(squeeze(body?.text)).toMatch(/at its best\.$/);
  });

  it('keeps the page around the description when the page declares no product', () => {
    const body = split(productPage('', 'product__description'))?.body;
    expect(squeeze(body?.text)).not.toMatch(/^Every one of our teapots/);
  });

  it('keeps a listing of many product cards whole', () => {
    const card = (i: number) => `<div class="card"><h3><a href="/p/${i}">Teapot number ${i}</a></h3><div class="product-description"><p>A hand-thrown stoneware teapot in glaze number ${i}, holding about a litre and a bit, for everyday tea at home.</p></div></div>`;
    const html = `<!doctype html><html><head><title>Teapots</title>${PRODUCT_LD}</head><body><main><h1>Teapots</h1>${[1, 2, 3, 4, 5, 6, 7].map(card).join('')}</main></body></html>`;
    const body = split(html)?.body;
    expect(squeeze(body?.text)).toContain('glaze number 1,');
    expect(squeeze(body?.text)).toContain('glaze number 7,');
  });
});

function article(lead: string, after = ''): string {
  return `<!doctype html><html><head><title>Slipway closed</title><meta name="author" content="Lin Yuhang"></head><body><article><h1>Slipway closed for winter repairs</h1>${lead}${PROSE}</article>${after}</body></html>`;
}

describe('body: notices and a named standfirst over the article', () => {
  it.each([
    ['an affiliate disclosure', '<p class="disclosure"><em>This post may contain affiliate links. Please read my <a href="/disclosure">disclosure policy</a>.</em></p>'],
    ['an Amazon Associate notice', '<p>As an Amazon Associate I earn from qualifying purchases.</p>'],
    [
      'a standfirst the markup names, ending its sentence, over a byline',
      '<p class="dek">Councillors split 6-4 after a two-hour debate; the slipway will shut from May to September.</p><div class="who"><span class="by">By <a href="/people/jo-pell">Jo Pell</a></span><span class="when">5:47am Fri 5 Dec 2026</span></div>',
    ],
  ])('drops %s', (_name, lead) => {
    expect(squeeze(split(article(lead))?.body?.text)).toMatch(/^The harbour committee voted/);
  });

  it.each([
    ['a sentence that mentions affiliate links later', '<p>Our committee reporter looked into the affiliate links readers asked about, and found none on the harbour site.</p>', /^Our committee reporter/],
    ['an unmarked first sentence over a byline', '<p>Councillors split 6-4 after a two-hour debate, the slipway will shut.</p><div><span class="by">By <a href="/people/jo-pell">Jo Pell</a></span></div>', /^Councillors split 6-4/],
  ])('keeps %s', (_name, lead, start) => {
    expect(squeeze(split(article(lead))?.body?.text)).toMatch(start);
  });

  it('reads a declared author shown after a colon label under the post', () => {
    const result = split(article('', '<footer class="post-footer"><ul class="post-copyright"><li><strong>本文作者： </strong>Lin Yuhang</li></ul></footer>'));
    expect(result?.body?.author).toBe('Lin Yuhang');
  });

  it('reads no author from a sentence that names the declared author', () => {
    const result = split(article('', '<footer class="post-footer">Thanks for reading: Lin Yuhang and two harbour staff checked this note before it went out.</footer>'));
    expect(result?.body?.author ?? null).toBeNull();
  });
});

describe('body: a Q&A poster card under the question', () => {
  const question = (card: string) =>
    `<!doctype html><html><head><title>solve() returns [] for a cubic</title></head><body><main><h1>solve() returns [] for a cubic</h1><div class="question-body">
<p>I have a cubic with three real roots, I can see them on a plot, but solve() gives me back an empty list every single time.</p>
<p>Without the flag I get three enormous expressions with I in them, which is even worse. Am I calling solve wrong?</p>
${card}</div></main></body></html>`;

  it('ends the question before "asked <date>" and reads the poster from the card', () => {
    const body = split(question('<div class="post-update-info"><p class="tip">asked <abbr class="timeago" title="2023-03-06 19:47:03 +0100">2023-03-06 19:47:03 +0100</abbr></p><a href="/users/41187/jkrauss/">jkrauss</a><br/><span class="reputation-score">23</span></div>'))?.body;
    expect(squeeze(body?.text)).toMatch(/Am I calling solve wrong\?$/);
    expect(body?.author).toBe('jkrauss');
  });

  it('keeps a last line that only mentions asking', () => {
    const body = split(question('<p>asked 2023-03-06 on the mailing list as well, and nobody there knew the answer to this one either.</p>'))?.body;
    expect(squeeze(body?.text)).toMatch(/knew the answer to this one either\.$/);
  });
});

describe('body: a headline <span> inside the <h1> is no paragraph that bounds the comments', () => {
  it('keeps the description between the headline and the comment list', () => {
    const comment = (i: number) =>
      `<div class="boardComment"><div class="boardCommentDetails"><a href="https://example.org/~user${i}" class="person">User ${i}</a> wrote on <time datetime="2024-04-2${i}">2024-04-2${i}</time></div><div class="boardCommentBody"><p>Comment number ${i} says the headset still only offers the headset profile here after the upgrade.</p></div></div>`;
    const html = `<!doctype html><html><head><title>Bug 42</title></head><body><div id="maincontent">
<div id="registration"><a href="/bugs/42">Bug #42</a> reported by <a href="https://example.org/~tk">Tomasz K</a> on <time datetime="2024-04-27">2024-04-27</time></div>
<h1 id="edit-title"><span class="editable-text">pipewire-pulse: Bluetooth headset stuck in the headset profile after the upgrade to noble</span></h1>
<div class="report-this-bug">This bug affects 27 people</div>
<div id="maincontentsub"><p>This bug report is public.</p><div id="bug-description"><h2>Bug Description</h2><div class="editable-text">
<p>After upgrading my headset connects but only offers the headset profile, and audio is mono and sounds like a phone call now.</p>
<p>I can attach the full journal if needed, I expected this to just keep working after the upgrade.</p></div></div>
<div class="conversation">${[1, 2, 3].map(comment).join('')}</div></div></div></body></html>`;
    const result = split(html);
    expect(result?.comments.length).toBe(3);
    expect(squeeze(result?.body?.text)).toMatch(/keep working after the upgrade\.$/);
  });
});

describe('body: a FAQ answer in a dropdown <nav> is content', () => {
  const faq = (attrs: string) =>
    `<!doctype html><html><head><title>Pricing</title></head><body><nav class="navbar"><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav><main><h1>Simple pricing for small teams</h1>${PROSE}
<h2>Pricing questions</h2><div class="faq-dropdown"><div class="faq-toggle" id="toggle-1" aria-controls="list-1">Where is my data stored?</div>
<nav class="faq-answer-wrap" id="list-1" ${attrs}><p class="faq-answer">In data centres in London and Dublin. We are ISO 27001 certified and can sign a DPA on the Business plan.</p></nav></div></main></body></html>`;

  it('keeps the answer a toggle labels', () => {
    expect(squeeze(split(faq('aria-labelledby="toggle-1"'))?.body?.text)).toMatch(/can sign a DPA on the Business plan\.$/);
  });

  it('leaves a <nav> no toggle labels out', () => {
    expect(squeeze(split(faq(''))?.body?.text)).not.toMatch(/can sign a DPA on the Business plan\.$/);
  });
});
