/**
 * A tree builder on htmlparser2's Tokenizer that closes elements the way browsers do for the parts
 * of the HTML standard's tree construction that shape comment lists and paragraphs:
 * - `<li>` closes an open `li`, and `<dd>`/`<dt>` an open `dd`/`dt`, through other open elements,
 *   up to the nearest "special" element (ul, ol, dl, table, td, body...) other than address/div/p;
 * - block start tags (div, ul, ol, h1–h6, table, hr, li...) close a `<p>` open in button scope;
 * - `<td>`, `<th>`, `<tr>`, `<tbody>`... close the open cell, row or section of their table;
 * - `<option>`/`<optgroup>` close the open option/optgroup of their `<select>`;
 * - an unclosed `<svg>`/`<math>` ends at the first HTML-only start tag (div, p, li, b, span...);
 * - end tags of li, dd, dt, p, h1–h6, td, th, tr and table sections only act inside their scope
 *   (`</h3>` ends an open `<h2>`, a stray `</td>` in a nested table is ignored);
 * - noscript, iframe, noembed and noframes are closed boxes, as for a browser running scripts
 *   (which reads their content as text): nothing inside them closes anything outside.
 * Not done: the adoption agency (misnested formatting tags), reconstructing formatting elements,
 * foster parenting and implied tbody/tr (no element is invented, except the empty `<p>` for a
 * stray `</p>` and the `<br>` for `</br>`, as before); other end tags keep htmlparser2's rule and
 * close the innermost open element of their name wherever it is (`</div>` inside a cell can
 * close a div outside the table; `</span>` can close blocks opened after the span).
 *
 * Every scope question ("is there an li above the nearest barrier?") is answered in O(1): the
 * stack is kept top-last, and for each category of element (li, p, scope barriers...) a stack of
 * the positions of the open elements in it, so the innermost one is its last entry. Each element
 * is pushed and popped once, so the whole parse is linear.
 */
import { Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2';

export interface TreeHandler {
  onopentag(name: string, attrs: Record<string, string>): void;
  ontext(value: string): void;
  onclosetag(name: string): void;
}

/** Namespaces of open elements. */
const Ns = { Html: 0, Svg: 1, Math: 2 } as const;
type Ns = (typeof Ns)[keyof typeof Ns];

/** Categories an open element can belong to, as bits; each has a stack of open positions. */
const LI = 0;
const DD_DT = 1;
/** Where the `<li>` walk stops: special elements other than address, div, p (and li itself). */
const LI_STOP = 2;
/** Where the `<dd>`/`<dt>` walk stops: special elements other than address, div, p, dd, dt. */
const DD_DT_STOP = 3;
const PARA = 4;
/** Button scope: the default scope's barriers plus button. */
const BUTTON_SCOPE = 5;
/** Table scope: html, table, template. */
const TABLE_SCOPE = 6;
const ROW = 7;
const CELL = 8;
const SECTION = 9;
const SELECT = 10;
const OPTION = 11;
const OPTGROUP = 12;
const HEADING = 13;
/** List item scope: the default scope's barriers plus ol, ul. */
const LIST_SCOPE = 14;
const DEFAULT_SCOPE = 15;
const CATEGORIES = 16;

const bit = (category: number) => 1 << category;

const SPECIAL = [
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body',
  'br', 'button', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'li',
  'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript',
  'object', 'ol', 'p', 'param', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source',
  'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title',
  'tr', 'track', 'ul', 'wbr', 'xmp',
];
const DEFAULT_SCOPE_HTML = ['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template'];
/**
 * Browsers (scripting on) read these as raw text, so nothing inside them closes anything outside;
 * the tokenizer parses their markup, so they are made barriers of every scope instead (a <table>
 * in a <noscript> in a <p> would otherwise close the <p> and leave the noscript's table visible).
 */
const OPAQUE = ['noscript', 'iframe', 'noembed', 'noframes'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Category bits of HTML elements by name. */
const HTML_BITS = new Map<string, number>();
function addBits(names: string[], bits: number): void {
  for (const name of names) HTML_BITS.set(name, (HTML_BITS.get(name) ?? 0) | bits);
}
addBits(SPECIAL.filter((n) => !['address', 'div', 'p', 'li'].includes(n)), bit(LI_STOP));
addBits(SPECIAL.filter((n) => !['address', 'div', 'p', 'dd', 'dt'].includes(n)), bit(DD_DT_STOP));
addBits(DEFAULT_SCOPE_HTML, bit(BUTTON_SCOPE) | bit(LIST_SCOPE) | bit(DEFAULT_SCOPE));
addBits(['button'], bit(BUTTON_SCOPE));
addBits(['ol', 'ul'], bit(LIST_SCOPE));
addBits(['html', 'table', 'template'], bit(TABLE_SCOPE));
addBits(OPAQUE, bit(LI_STOP) | bit(DD_DT_STOP) | bit(BUTTON_SCOPE) | bit(LIST_SCOPE) | bit(DEFAULT_SCOPE) | bit(TABLE_SCOPE));
addBits(['li'], bit(LI));
addBits(['dd', 'dt'], bit(DD_DT));
addBits(['p'], bit(PARA));
addBits(['tr'], bit(ROW));
addBits(['td', 'th'], bit(CELL));
addBits(['tbody', 'thead', 'tfoot'], bit(SECTION));
addBits(['select'], bit(SELECT));
addBits(['option'], bit(OPTION));
addBits(['optgroup'], bit(OPTGROUP));
addBits(HEADINGS, bit(HEADING));

/** svg/math elements where HTML rules apply again; they are special and default-scope barriers. */
const SVG_INTEGRATION = new Set(['foreignobject', 'desc', 'title']);
const MATH_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml']);
const FOREIGN_BARRIER_BITS = bit(LI_STOP) | bit(DD_DT_STOP) | bit(BUTTON_SCOPE) | bit(LIST_SCOPE) | bit(DEFAULT_SCOPE);

/** Start tags that close a `<p>` open in button scope. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p',
  'search', 'section', 'summary', 'ul', ...HEADINGS, 'pre', 'listing', 'form', 'li', 'dd', 'dt',
  'plaintext', 'table', 'hr', 'xmp',
]);
/** Start tags that end unclosed svg/math content (font too, when it has color, face or size). */
const BREAKS_OUT_OF_FOREIGN = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed',
  ...HEADINGS, 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre',
  'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
/** htmlparser2's rules kept where the standard's are not modelled: these close the current element. */
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const RT_RP = new Set(['rt', 'rp']);
const CLOSES_CURRENT = new Map<string, Set<string>>([
  ['body', new Set(['head', 'link', 'script'])],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM] as [string, Set<string>]),
]);
/** The attributes of every tag that has none: read-only, shared. */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
/** Distinct tag names kept for sharing; a page inventing more names than this keeps the rest as they come. */
const MAX_INTERNED = 1000;
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * Calls the handler with a well-nested event stream (HTML mode, entities decoded, names
 * lowercased) for one document: `write(html)` once, then `end()`, which flushes trailing text and
 * closes whatever is still open.
 */
export class TreeParser implements TokenizerCallbacks {
  /** Open element names, current element last, with their namespaces and category bits. */
  private readonly stack: string[] = [];
  private readonly namespaces: Ns[] = [];
  private readonly bits: number[] = [];
  /** For each category, the stack positions of the open elements in it, innermost last. */
  private readonly positions: number[][] = Array.from({ length: CATEGORIES }, () => []);
  /** Stack positions of the open elements of each name, innermost last: end tags look up in O(1). */
  private readonly openAt = new Map<string, number[]>();
  private readonly names = new Map<string, string>();
  private tagname = '';
  private attribname = '';
  private attribvalue = '';
  private attribs: Record<string, string> | null = null;
  private readonly tokenizer: Tokenizer;
  private html = '';

  private readonly recognizeSelfClosing: boolean;

  /** @param options.recognizeSelfClosing `<div/>` closes itself (htmlparser2's option; HTML says only in svg/math) */
  constructor(
    private readonly handler: TreeHandler,
    options: { recognizeSelfClosing: boolean },
  ) {
    this.recognizeSelfClosing = options.recognizeSelfClosing;
    this.tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, this);
  }

  /** Tokenizes the whole document; slices index it, so it is written once. */
  write(html: string): void {
    if (this.html) throw new Error('TreeParser takes one document');
    // Outside svg and math a browser reads `<![CDATA[` as a bogus comment that ends at the next
    // `>`; the tokenizer reads a CDATA section up to `]]>`, so one stray opener hid whole pages.
    // The same-length rewrite makes it a declaration, which also ends at `>` and adds nothing.
    const source = html.includes('<![CDATA[') ? html.replaceAll('<![CDATA[', '<!_CDATA[') : html;
    this.html = source;
    this.tokenizer.write(source);
  }

  end(): void {
    this.tokenizer.end();
  }

  private push(name: string, ns: Ns): void {
    const index = this.stack.length;
    let bits = 0;
    if (ns === Ns.Html) bits = HTML_BITS.get(name) ?? 0;
    else if (isIntegrationPoint(ns, name)) bits = FOREIGN_BARRIER_BITS;
    this.stack.push(name);
    this.namespaces.push(ns);
    this.bits.push(bits);
    for (let category = 0; bits !== 0; category++, bits >>>= 1) {
      if (bits & 1) this.positions[category]!.push(index);
    }
    const at = this.openAt.get(name);
    if (at) at.push(index);
    else this.openAt.set(name, [index]);
  }

  private pop(): string {
    const name = this.stack.pop()!;
    this.namespaces.pop();
    let bits = this.bits.pop()!;
    for (let category = 0; bits !== 0; category++, bits >>>= 1) {
      if (bits & 1) this.positions[category]!.pop();
    }
    this.openAt.get(name)!.pop();
    return name;
  }

  /** Closes the element at `index` and everything above it. */
  private closeThrough(index: number): void {
    while (this.stack.length > index) this.handler.onclosetag(this.pop());
  }

  private top(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Stack position of the innermost open element in a category, -1 when none. */
  private innermost(category: number): number {
    const list = this.positions[category]!;
    return list.length ? list[list.length - 1]! : -1;
  }

  /** Innermost element of `category` when no `barrier` element is open above it, else -1. */
  private inScope(category: number, barrier: number): number {
    const index = this.innermost(category);
    return index > this.innermost(barrier) ? index : -1;
  }

  /** True when the current element is svg/math content (not an integration point). */
  private inForeign(): boolean {
    const index = this.stack.length - 1;
    if (index < 0) return false;
    const ns = this.namespaces[index]!;
    return ns !== Ns.Html && !isIntegrationPoint(ns, this.stack[index]!);
  }

  /** Closes svg/math elements up to the nearest HTML element or integration point. */
  private breakOutOfForeign(): void {
    while (this.inForeign()) this.handler.onclosetag(this.pop());
  }

  ontext(start: number, endIndex: number): void {
    this.handler.ontext(this.html.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    this.handler.ontext(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, endIndex: number): void {
    // The tree changes when the tag ends: breaking out of svg depends on <font>'s attributes.
    this.tagname = this.intern(this.html.slice(start, endIndex).toLowerCase());
    this.attribs = NO_ATTRS;
  }

  /**
   * One string per tag name for the whole document: elements keep their name, and a million
   * `<li>`s should hold one "li", not a million copies of it.
   */
  private intern(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    if (this.names.size < MAX_INTERNED) this.names.set(name, name);
    return name;
  }

  onopentagend(): void {
    this.openTag(false);
  }

  onselfclosingtag(): void {
    this.openTag(true);
  }

  private openTag(selfClosing: boolean): void {
    const name = this.tagname;
    const attrs = this.attribs;
    this.tagname = '';
    this.attribs = null;
    if (!attrs) return;
    const ns = this.openElement(name, attrs);
    // Self-closing syntax counts in svg/math (and everywhere with recognizeSelfClosing).
    if (ns !== null && (selfClosing && (this.recognizeSelfClosing || ns !== Ns.Html)) && this.top() === name) {
      this.handler.onclosetag(this.pop());
    }
  }

  /** Applies the implied closes, then opens the element; returns its namespace, null when void. */
  private openElement(name: string, attrs: Record<string, string>): Ns | null {
    if (this.inForeign() && (BREAKS_OUT_OF_FOREIGN.has(name) || (name === 'font' && ('color' in attrs || 'face' in attrs || 'size' in attrs)))) {
      this.breakOutOfForeign();
    }
    const ns = this.namespaceFor(name);
    if (ns === Ns.Html) this.closeImplied(name);
    this.handler.onopentag(name, attrs);
    if (ns === Ns.Html && VOID.has(name)) {
      this.handler.onclosetag(name);
      return null;
    }
    this.push(name, ns);
    return ns;
  }

  private namespaceFor(name: string): Ns {
    if (name === 'svg') return Ns.Svg;
    if (name === 'math') return Ns.Math;
    return this.inForeign() ? this.namespaces[this.namespaces.length - 1]! : Ns.Html;
  }

  /** What an HTML start tag closes first. */
  private closeImplied(name: string): void {
    switch (name) {
      case 'li':
        this.closeListItem(LI, LI_STOP);
        break;
      case 'dd':
      case 'dt':
        this.closeListItem(DD_DT, DD_DT_STOP);
        break;
      case 'td':
      case 'th':
        this.closeCell();
        break;
      case 'tr':
        this.closeTableParts([ROW, CELL]);
        break;
      case 'tbody':
      case 'thead':
      case 'tfoot':
        this.closeTableParts([SECTION, ROW, CELL]);
        break;
      case 'option':
        this.closeOptions([OPTION]);
        break;
      case 'optgroup':
        this.closeOptions([OPTGROUP, OPTION]);
        break;
    }
    if (CLOSES_P.has(name)) {
      const p = this.inScope(PARA, BUTTON_SCOPE);
      if (p >= 0) this.closeThrough(p);
    }
    // A heading never holds another heading.
    if ((this.currentBits() & bit(HEADING)) !== 0 && HEADINGS.includes(name)) this.handler.onclosetag(this.pop());
    const current = CLOSES_CURRENT.get(name);
    if (current) {
      while (this.stack.length > 0 && current.has(this.top()!)) this.handler.onclosetag(this.pop());
    }
  }

  /** `<li>` (or `<dd>`/`<dt>`) closes the open one unless a list, table, cell... lies between. */
  private closeListItem(item: number, stop: number): void {
    const index = this.inScope(item, stop);
    if (index >= 0) this.closeThrough(index);
  }

  /** `<td>`/`<th>` close the open cell of their table, then anything else open in its row. */
  private closeCell(): void {
    const table = this.innermost(TABLE_SCOPE);
    const row = this.innermost(ROW);
    const cell = this.innermost(CELL);
    if (cell > table && cell > row) this.closeThrough(cell);
    if (row > table) this.closeThrough(row + 1);
  }

  /** Closes the first of these parts (outermost first) open above `limit` (default: the current table). */
  private closeTableParts(parts: number[], limit = this.innermost(TABLE_SCOPE)): void {
    for (const part of parts) {
      const index = this.innermost(part);
      if (index > limit) {
        this.closeThrough(index);
        return;
      }
    }
  }

  /** Inside a `<select>`, `<option>`/`<optgroup>` close its open option/optgroup; elsewhere only a current one. */
  private closeOptions(parts: number[]): void {
    const select = this.innermost(SELECT);
    if (select >= 0) {
      this.closeTableParts(parts, select);
      return;
    }
    for (const part of parts.length > 1 ? [OPTION, OPTGROUP] : [OPTION]) {
      if ((this.currentBits() & bit(part)) !== 0) this.handler.onclosetag(this.pop());
    }
  }

  private currentBits(): number {
    return this.bits.length ? this.bits[this.bits.length - 1]! : 0;
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    // `</p>` and `</br>` end svg/math content like an HTML start tag would.
    if ((name === 'p' || name === 'br') && this.inForeign()) this.breakOutOfForeign();
    const scoped = this.scopedEnd(name);
    if (scoped !== undefined) {
      if (scoped >= 0) this.closeThrough(scoped);
      else if (name === 'p') {
        // `</p>` with no open <p>: an empty paragraph, as browsers make.
        this.openElement('p', NO_ATTRS);
        this.handler.onclosetag(this.pop());
      }
    } else if (!VOID.has(name)) {
      // Close the innermost open element of that name and everything above it.
      const index = this.innermostNamed(name);
      if (index >= 0) this.closeThrough(index);
    } else if (name === 'br') {
      // `</br>` is read as <br>.
      this.openElement('br', NO_ATTRS);
    }
  }

  /**
   * For end tags that act only within a scope, the stack position they close (-1: ignored);
   * undefined for the others.
   */
  private scopedEnd(name: string): number | undefined {
    switch (name) {
      case 'li':
        return this.inScope(LI, LIST_SCOPE);
      case 'dd':
      case 'dt':
      case 'p':
        return this.scopedByName(name, name === 'p' ? BUTTON_SCOPE : DEFAULT_SCOPE);
      case 'td':
      case 'th':
      case 'tr':
      case 'tbody':
      case 'thead':
      case 'tfoot':
        return this.scopedByName(name, TABLE_SCOPE);
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        // `</h2>` closes an open <h1>: any heading ends any heading.
        return this.inScope(HEADING, DEFAULT_SCOPE);
    }
    return undefined;
  }

  /** The innermost open element of this name when no barrier is open above it, else -1. */
  private scopedByName(name: string, barrier: number): number {
    const index = this.innermostNamed(name);
    return index > this.innermost(barrier) ? index : -1;
  }

  private innermostNamed(name: string): number {
    const at = this.openAt.get(name);
    return at?.length ? at[at.length - 1]! : -1;
  }

  onattribname(start: number, endIndex: number): void {
    this.attribname = this.html.slice(start, endIndex).toLowerCase();
  }

  onattribdata(start: number, endIndex: number): void {
    this.attribvalue += this.html.slice(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    this.attribvalue += String.fromCodePoint(codepoint);
  }

  onattribend(_quote: QuoteType): void {
    // Tags without attributes share one frozen empty object; the first attribute gets its own.
    if (this.attribs === NO_ATTRS) this.attribs = {};
    if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = '';
  }

  // Comments, CDATA (a comment in HTML), doctypes and processing instructions add nothing.
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  onend(): void {
    // Whatever is still open closes at the end, innermost first.
    while (this.stack.length > 0) this.handler.onclosetag(this.pop());
  }
}

function isIntegrationPoint(ns: Ns, name: string): boolean {
  return (ns === Ns.Svg && SVG_INTEGRATION.has(name)) || (ns === Ns.Math && MATH_INTEGRATION.has(name));
}
