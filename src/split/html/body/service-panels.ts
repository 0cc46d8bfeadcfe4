/**
 * A shop's service panels: the collapsible "Shipping & Returns", "Delivery and returns" or
 * "Return policy" panel beside a product's description (a `<details>` or a theme's accordion item).
 * They state the store's terms, the same on every product, not what the product is: on the WCXB
 * tune pages of shops the gold never keeps such a panel's lines (0 of 9 lines on the four shops
 * whose panel we kept), while an open section headed "Delivery" in the buy box may be kept (one
 * shop), so only collapsible panels go.
 */
import { descendants, type Element } from '../dom.js';

/** A panel's label: shipping, delivery or returns, alone or joined ("Shipping & Returns", "Delivery, returns and warranty", "Return policy"). */
const SERVICE_HEAD = /^(?:free )?(?:shipping|delivery|returns?)(?: ?(?:&|and|,) ?(?:returns?|exchanges?|shipping|delivery|warranty))*(?: (?:info|information|policy|details))?$/i;
/** Longest label read. */
const HEAD_CHARS = 40;
/** Class words of a collapsible item in a theme's accordion (`product__accordion`, `collapsible-content`, `accordion-item`). */
const COLLAPSIBLE = /(?:^|[-_])(?:accordion|collapsible|collapse|disclosure|expander)(?:$|[-_]|s$)/;
/** How far above its label a panel's container may be. */
const PANEL_REACH = 4;
const LABEL_TAGS = /^(?:summary|h[2-6]|button|dt)$/;

/** The collapsible service panels of a shop's page (an empty list on other pages). */
export function servicePanels(elements: Element[], text: string, shop: boolean): Element[] {
  if (!shop) return [];
  const panels: Element[] = [];
  for (const label of elements) {
    if (label.hidden || !LABEL_TAGS.test(label.tag) || label.end - label.start > 2 * HEAD_CHARS) continue;
    const words = text.slice(label.start, label.end).replace(/\s+/g, ' ').trim();
    if (words.length > HEAD_CHARS || !SERVICE_HEAD.test(words)) continue;
    const panel = panelOf(label);
    if (panel && !panels.includes(panel)) panels.push(panel);
  }
  return panels;
}

/**
 * The collapsible item a label opens: the nearest `<details>` or accordion-classed ancestor that
 * holds no other label, so the whole accordion of a product's tabs (its description among them) never goes.
 */
function panelOf(label: Element): Element | null {
  let current = label.parent;
  for (let up = 0; current && up < PANEL_REACH && current.tag !== 'body' && current.tag !== 'main'; current = current.parent, up++) {
    if (current.tag !== 'details' && !current.tokens.some((token) => COLLAPSIBLE.test(token))) continue;
    return holdsOtherLabel(current, label) ? null : current;
  }
  return null;
}

function holdsOtherLabel(panel: Element, label: Element): boolean {
  for (const inner of descendants(panel)) {
    if (inner === label || inner.hidden || !LABEL_TAGS.test(inner.tag) || inner.tag === 'button') continue;
    // The label's own wrapper (a <summary> around an <h4>) is the same label.
    if ((inner.start <= label.start && inner.end >= label.end) || (inner.start >= label.start && inner.end <= label.end)) continue;
    return true;
  }
  return false;
}
