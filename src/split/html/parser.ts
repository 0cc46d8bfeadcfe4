/**
 * htmlparser2's tree-building rules (implied end tags, void elements, foreign svg/math content,
 * lowercased names, `</p>` and `</br>` without an opener) driven from its Tokenizer, with the
 * open-element stack kept top-last. htmlparser2's own Parser keeps it top-first with
 * Array.unshift/shift and looks close tags up with indexOf, which makes deep nesting quadratic
 * (a megabyte of `<div>` took many seconds); here every push, pop and lookup is O(1) amortized,
 * and the events are the same, in the same order, as htmlparser2's Parser gives for a whole
 * document written at once.
 */
import { Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2';

export interface TreeHandler {
  onopentag(name: string, attrs: Record<string, string>): void;
  ontext(value: string): void;
  onclosetag(name: string): void;
}

const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P = new Set(['p']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
/** Opening the key closes these while they are the current element (htmlparser2's table). */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTION],
  ['tfoot', TABLE_SECTION],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM] as [string, Set<string>]),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details',
    'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav',
    'ol', 'pre', 'section', 'table', 'ul',
  ].map((tag) => [tag, P] as [string, Set<string>]),
]);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * Calls the handler as htmlparser2's Parser would (HTML mode, entities decoded, names lowercased)
 * for one document: `write(html)` once, then `end()`, which flushes trailing text and closes
 * whatever is still open.
 */
export class TreeParser implements TokenizerCallbacks {
  /** Open element names, current element last. */
  private readonly stack: string[] = [];
  /** How many of each name are open, so a close tag for a name not open costs O(1), not O(depth). */
  private readonly openCount = new Map<string, number>();
  /** Whether self-closing syntax counts here (inside svg/math), innermost last. */
  private readonly foreign: boolean[] = [false];
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
    this.html = html;
    this.tokenizer.write(html);
  }

  end(): void {
    this.tokenizer.end();
  }

  private push(name: string): void {
    this.stack.push(name);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
  }

  private pop(): string {
    const name = this.stack.pop()!;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    return name;
  }

  private top(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  ontext(start: number, endIndex: number): void {
    this.handler.ontext(this.html.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    this.handler.ontext(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, endIndex: number): void {
    this.emitOpenTag(this.html.slice(start, endIndex).toLowerCase());
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.top()!)) this.handler.onclosetag(this.pop());
    }
    if (!VOID.has(name)) {
      this.push(name);
      if (FOREIGN.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION.has(name)) this.foreign.push(false);
    }
    this.attribs = {};
  }

  private endOpenTag(): void {
    if (this.attribs) {
      this.handler.onopentag(this.tagname, this.attribs);
      this.attribs = null;
    }
    if (VOID.has(this.tagname)) this.handler.onclosetag(this.tagname);
    this.tagname = '';
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) this.foreign.pop();
    if (!VOID.has(name)) {
      if ((this.openCount.get(name) ?? 0) > 0) {
        // Close everything above the innermost open element of that name, then it.
        let closed: string;
        do {
          closed = this.pop();
          this.handler.onclosetag(closed);
        } while (closed !== name);
      } else if (name === 'p') {
        // `</p>` with no open <p>: an empty paragraph, as browsers make.
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // `</br>` is read as <br>.
      this.handler.onopentag('br', {});
      this.handler.onclosetag('br');
    }
  }

  onselfclosingtag(): void {
    if (this.recognizeSelfClosing || this.foreign[this.foreign.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    // A self-closed element is still the current one.
    if (this.top() === name) {
      this.handler.onclosetag(name);
      this.pop();
    }
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
