/**
 * A product page's body is its description: the text the shop wrote about the product, not the
 * price, the variant pickers, the delivery notes or the spec table around it. Shop themes name that
 * element the same way whatever the engine (Shopify's `product__description`, PrestaShop's and
 * WooCommerce's `product-description`, BigCommerce's `productView-description`, a product detail page's `pdp-description`, microdata's
 * `itemprop=description` inside a Product), and the page declares what it sells (JSON-LD or
 * microdata Product, `og:type` product), so the element is read only on a page that says it is one.
 */
import type { Element } from '../dom.js';

/** Class and id words of a product's description, as shop themes spell them. */
const DESCRIPTION = /^(?:(?:product|pdp|productview|product-single|product-details?)[-_]{0,2}description(?:-long)?|woocommerce-product-details__short-description)$/i;
/** Prose (block text outside links) a description holds: a paragraph, not a one-line strapline. */
const DESCRIPTION_PROSE = 150;
/** Description elements a product page shows: a short one by the price, the long one, a tab's copy and one more. */
const MAX_DESCRIPTIONS = 5;

/**
 * The product's description element with the most prose, on a page declaring a product; null
 * elsewhere or when none holds a paragraph's worth.
 * @param mass each element's block text outside links (`proseMass`)
 */
export function productDescription(elements: Element[], mass: Float64Array, declaresProduct: boolean): Element | null {
  if (!declaresProduct) return null;
  let best: Element | null = null;
  let count = 0;
  for (const element of elements) {
    if (element.hidden || element.end <= element.start || !isDescription(element)) continue;
    // A page of many products' cards, each with its teaser, is a listing: no one description is its body.
    if (++count > MAX_DESCRIPTIONS) return null;
    if (mass[element.order]! >= DESCRIPTION_PROSE && (!best || mass[element.order]! > mass[best.order]!)) best = element;
  }
  return best;
}

function isDescription(element: Element): boolean {
  if (element.tokens.some((token) => DESCRIPTION.test(token))) return true;
  if (element.attrs.itemprop !== 'description') return false;
  // Microdata's description counts inside the Product item, not the site's or an offer's.
  for (let current = element.parent; current; current = current.parent) {
    if (current.attrs.itemscope !== undefined) return /schema\.org\/Product\b/i.test(current.attrs.itemtype ?? '');
  }
  return false;
}
