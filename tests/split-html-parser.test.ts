/**
 * The tree builder closes list items, paragraphs, cells, options and svg/math content the way the
 * HTML standard's tree construction does (the subset parser.ts models), checked three ways:
 * a table of snippets against the tree browsers build, a deliberately naive walk-the-stack
 * reference of the same rules on random tag soup (the parser answers scope questions from
 * indexes instead), and the splitter's comment threads on a list whose items are never closed.
 */
import fc from 'fast-check';
import { Parser, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';
import { TreeParser, type TreeHandler } from '../src/split/html/parser.js';
import { spanViolations } from './spans.js';

/** Serializes the events as markup without attributes: `<ul><li>a</li></ul>`. */
function serializer(): { handler: TreeHandler; out: () => string } {
  let out = '';
  return {
    handler: {
      onopentag: (name) => (out += `<${name}>`),
      ontext: (value) => (out += value),
      onclosetag: (name) => (out += `</${name}>`),
    },
    out: () => out,
  };
}

function tree(html: string): string {
  const { handler, out } = serializer();
  const parser = new TreeParser(handler, { recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  return out();
}

describe('implied closes follow the HTML standard', () => {
  // Expected trees are the ones browsers build, less the tbody/tr they insert into bare tables.
  const table: [string, string, string][] = [
    ['li closes li through inline and p', '<ol><li><cite>Bob</cite> <span>May 1</span><p>Hello<li><cite>Ann</cite><p>Another<li>x</ol>',
      '<ol><li><cite>Bob</cite> <span>May 1</span><p>Hello</p></li><li><cite>Ann</cite><p>Another</p></li><li>x</li></ol>'],
    ['li closes li through div', '<ul><li><div>a<li>b</ul>', '<ul><li><div>a</div></li><li>b</li></ul>'],
    ['a nested list stops the li walk', '<ul><li>a<ul><li>b</ul><li>c</ul>', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>'],
    ['an unclosed nested list keeps later items inside it', '<ul><li>a<ul><li>b<li>c</ul></ul>', '<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>'],
    ['a table stops the li walk', '<ul><li>a<table><tr><td><li>b</table></ul>', '<ul><li>a<table><tr><td><li>b</li></td></tr></table></li></ul>'],
    ['dd and dt close each other through inline content', '<dl><dt>a<span>b<dd>c<dt>d</dl>', '<dl><dt>a<span>b</span></dt><dd>c</dd><dt>d</dt></dl>'],
    ['an li stops the dd walk', '<dl><dd><ul><li>a<dd>b</ul></dl>', '<dl><dd><ul><li>a<dd>b</dd></li></ul></dd></dl>'],
    ['block start tags close p through inline elements', '<p>one<span>two<div>three</div>', '<p>one<span>two</span></p><div>three</div>'],
    ['every listed block closes p', '<p>a<ul><li>b</ul><p>c<h2>d</h2><p>e<table></table><p>f<hr><p>g<blockquote>h</blockquote>',
      '<p>a</p><ul><li>b</li></ul><p>c</p><h2>d</h2><p>e</p><table></table><p>f</p><hr></hr><p>g</p><blockquote>h</blockquote>'],
    ['inline start tags do not close p', '<p>a<span>b<img>c<a>d', '<p>a<span>b<img></img>c<a>d</a></span></p>'],
    ['a button keeps its p open', '<p>a<button>b<div>c</div></button>d', '<p>a<button>b<div>c</div></button>d</p>'],
    ['a table cell keeps an outer p open', '<p>a<table><tr><td>b<div>c</div></table>', '<p>a</p><table><tr><td>b<div>c</div></td></tr></table>'],
    ['a p inside a cell closes, the outer one does not', '<table><tr><td><p>a<div>b</div></td></tr></table>', '<table><tr><td><p>a</p><div>b</div></td></tr></table>'],
    ['a heading ends an open heading', '<h1>a<h2>b</h1>c', '<h1>a</h1><h2>b</h2>c'],
    ['td closes the open cell through blocks', '<table><tr><td>a<div>b<td>c</table>', '<table><tr><td>a<div>b</div></td><td>c</td></tr></table>'],
    ['tr closes the open row and cell', '<table><tr><td>a<tr><td>b</table>', '<table><tr><td>a</td></tr><tr><td>b</td></tr></table>'],
    ['tbody closes the open section', '<table><thead><tr><th>h<tbody><tr><td>b</table>', '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>'],
    ['a nested table in a cell is its own scope', '<table><tr><td><table><tr><td>a</table>b<td>c</table>', '<table><tr><td><table><tr><td>a</td></tr></table>b</td><td>c</td></tr></table>'],
    ['a stray </td> inside a nested table is ignored', '<table><tr><td><table><tr><td>a</td></td></tr></table>b</td><td>c</table>',
      '<table><tr><td><table><tr><td>a</td></tr></table>b</td><td>c</td></tr></table>'],
    ['option closes the open option of its select', '<select><option>a<b>b<option>c<optgroup><option>d<optgroup>e</select>',
      '<select><option>a<b>b</b></option><option>c</option><optgroup><option>d</option></optgroup><optgroup>e</optgroup></select>'],
    ['an unclosed svg ends at an HTML block', '<svg><path d=x><div>out</div>', '<svg><path></path></svg><div>out</div>'],
    ['an unclosed svg ends at an inline HTML tag', '<p><svg><g><text>x<span>y</span></p>', '<p><svg><g><text>x</text></g></svg><span>y</span></p>'],
    ['foreignObject holds HTML', '<svg><foreignObject><div>in</div></foreignObject><circle/><p>out', '<svg><foreignobject><div>in</div></foreignobject><circle></circle></svg><p>out</p>'],
    ['unknown tags stay in svg', '<svg><whatever><td>x</td></svg>after', '<svg><whatever><td>x</td></whatever></svg>after'],
    ['font with color ends math, plain font does not', '<math><mi>x<b>b</b></mi><font>f</font><font color=red>g', '<math><mi>x<b>b</b></mi><font>f</font></math><font>g</font>'],
    ['self-closing syntax counts in svg', '<svg><circle/><rect/></svg>', '<svg><circle></circle><rect></rect></svg>'],
    ['</li> outside a list item scope is ignored', '<li><ul></li><li>x', '<li><ul><li>x</li></ul></li>'],
    ['</p> with no open p makes an empty p', '<div></p>a</div>', '<div><p></p>a</div>'],
    ['</p> inside a button does not close an outer p', '<p>a<button>b</p>c</button>d</p>', '<p>a<button>b<p></p>c</button>d</p>'],
    ['</br> is a br', 'a</br>b', 'a<br></br>b'],
    ['a table in a noscript in a p stays in the noscript', '<p>a<noscript><table><tr><td>x</table></noscript>b', '<p>a<noscript><table><tr><td>x</td></tr></table></noscript>b</p>'],
    ['a stray <![CDATA[ in HTML ends at the next > (taking the first tag with it), as a bogus comment', '<body><![CDATA[\n<div id=top></div><div>a</div><p>b', '<body><div>a</div><p>b</p></body>'],
    ['a closed CDATA section in HTML shows what follows its first > (the <b> went with it)', '<div><![CDATA[x<b>y</b>]]></div>', '<div>y]]></div>'],
    ['a truncated start tag adds nothing', '<div>a</div><div class="trunc', '<div>a</div>'],
  ];
  it.each(table)('%s', (_name, html, expected) => {
    expect(tree(html)).toBe(expected);
  });
});

describe('comment lists whose items are never closed', () => {
  it('give sibling comments, not an invented reply chain', () => {
    const items = [
      ['Bob', 'May 1, 2012', 'Hello there, I think this is a fine article about the library.'],
      ['Ann', 'May 2, 2012', 'Another view: the hours were already long enough for most readers.'],
      ['Cid', 'May 3, 2012', 'A third comment, which thanks the author for writing it up.'],
    ];
    const list = items.map(([who, when, text]) => `<li class="comment"><cite class="fn">${who}</cite> <span class="date">${when}</span><p>${text}`).join('');
    const html = `<html><body><article><h1>Library hours</h1><p>${'The library will open until nine from next month, after a survey of readers. '.repeat(4)}</p></article><h3>3 Comments</h3><ol class="commentlist">${list}</ol></body></html>`;
    const page = splitHtml(html, {})!;
    expect(spanViolations(page)).toEqual([]);
    expect(page.comments.map((c) => c.text)).toEqual(items.map(([, , text]) => text));
    expect(page.comments.map((c) => c.parentId)).toEqual([null, null, null]);
  });

  it('keep real replies in a nested list as replies', () => {
    const html = `<html><body><article><h1>Library hours</h1><p>${'The library will open until nine from next month, after a survey of readers. '.repeat(4)}</p></article><ol class="commentlist">`
      + '<li class="comment"><cite class="fn">Bob</cite> <span class="date">May 1, 2012</span><p>Hello there, a fine article about the library.'
      + '<ul class="children"><li class="comment"><cite class="fn">Ann</cite> <span class="date">May 2, 2012</span><p>I answer Bob: the hours were long enough.</ul>'
      + '<li class="comment"><cite class="fn">Cid</cite> <span class="date">May 3, 2012</span><p>A third comment, thanking the author.</ol></body></html>';
    const page = splitHtml(html, {})!;
    expect(spanViolations(page)).toEqual([]);
    expect(page.comments).toHaveLength(3);
    expect(page.comments[1]!.parentId).toBe(page.comments[0]!.id);
    expect(page.comments[2]!.parentId).toBeNull();
  });
});

/**
 * The same rules, written as the standard words them: walk the stack from the top for every
 * question. Quadratic on deep input, so it only ever sees short random soup.
 */
type Space = 'html' | 'svg' | 'math';
interface Open {
  name: string;
  ns: Space;
}
const SPECIAL = new Set(('address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp').split(' '));
const OPAQUE = new Set(['noscript', 'iframe', 'noembed', 'noframes']);
const DEFAULT_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', ...OPAQUE]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CLOSES_P = new Set(('address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr xmp').split(' '));
const BREAKOUT = new Set(('b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var').split(' '));
const VOID = new Set(('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr').split(' '));
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const CLOSES_CURRENT: Record<string, string[]> = {
  body: ['head', 'link', 'script'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
  select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
};

const integration = (o: Open) =>
  (o.ns === 'svg' && ['foreignobject', 'desc', 'title'].includes(o.name)) ||
  (o.ns === 'math' && ['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml'].includes(o.name));
const html = (o: Open, names: Iterable<string>) => o.ns === 'html' && new Set(names).has(o.name);
const special = (o: Open) => (o.ns === 'html' ? SPECIAL.has(o.name) : integration(o));
const barrier = {
  default: (o: Open) => html(o, DEFAULT_SCOPE) || integration(o),
  button: (o: Open) => html(o, [...DEFAULT_SCOPE, 'button']) || integration(o),
  list: (o: Open) => html(o, [...DEFAULT_SCOPE, 'ol', 'ul']) || integration(o),
  table: (o: Open) => html(o, ['html', 'table', 'template', ...OPAQUE]),
};

function referenceTree(source: string): string {
  const stack: Open[] = [];
  let out = '';
  const top = () => stack[stack.length - 1];
  const popThrough = (index: number) => {
    while (stack.length > index) out += `</${stack.pop()!.name}>`;
  };
  /** Index of the topmost element matching `found`, walking down until `stop`; -1 when stopped first. */
  const walk = (found: (o: Open) => boolean, stop: (o: Open) => boolean) => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (found(stack[i]!)) return i;
      if (stop(stack[i]!)) return -1;
    }
    return -1;
  };
  const inForeign = () => !!top() && top()!.ns !== 'html' && !integration(top()!);
  const breakOut = () => {
    while (inForeign()) out += `</${stack.pop()!.name}>`;
  };
  const closeFirst = (groups: string[][], stop: (o: Open) => boolean) => {
    for (const names of groups) {
      const i = walk((o) => html(o, names), stop);
      if (i >= 0) return popThrough(i);
    }
  };
  const open = (name: string, attrs: Record<string, string>, selfClosing: boolean) => {
    if (inForeign() && (BREAKOUT.has(name) || (name === 'font' && ('color' in attrs || 'face' in attrs || 'size' in attrs)))) breakOut();
    const ns: Space = name === 'svg' ? 'svg' : name === 'math' ? 'math' : inForeign() ? top()!.ns : 'html';
    if (ns === 'html') {
      const notAddressDivP = (o: Open) => (special(o) && !html(o, ['address', 'div', 'p'])) || html(o, OPAQUE);
      if (name === 'li') closeFirst([['li']], notAddressDivP);
      if (name === 'dd' || name === 'dt') closeFirst([['dd', 'dt']], notAddressDivP);
      if (name === 'td' || name === 'th') {
        const cell = walk((o) => html(o, ['td', 'th']), (o) => barrier.table(o) || html(o, ['tr']));
        if (cell >= 0) popThrough(cell);
        const row = walk((o) => html(o, ['tr']), barrier.table);
        if (row >= 0) popThrough(row + 1);
      }
      if (name === 'tr') closeFirst([['tr'], ['td', 'th']], barrier.table);
      if (['tbody', 'thead', 'tfoot'].includes(name)) closeFirst([['tbody', 'thead', 'tfoot'], ['tr'], ['td', 'th']], barrier.table);
      if (name === 'option' || name === 'optgroup') {
        const groups = name === 'option' ? [['option']] : [['optgroup'], ['option']];
        if (stack.some((o) => html(o, ['select']))) closeFirst(groups, (o) => html(o, ['select']));
        else for (const names of name === 'option' ? [['option']] : [['option'], ['optgroup']]) if (top() && html(top()!, names)) popThrough(stack.length - 1);
      }
      if (CLOSES_P.has(name)) {
        const p = walk((o) => html(o, ['p']), barrier.button);
        if (p >= 0) popThrough(p);
      }
      if (HEADING.has(name) && top() && html(top()!, HEADING)) popThrough(stack.length - 1);
      for (const names = CLOSES_CURRENT[name] ?? []; top() && names.includes(top()!.name); ) popThrough(stack.length - 1);
    }
    out += `<${name}>`;
    if (ns === 'html' && VOID.has(name)) out += `</${name}>`;
    else {
      stack.push({ name, ns });
      if (selfClosing && top()!.name === name) popThrough(stack.length - 1);
    }
  };
  const close = (name: string) => {
    if ((name === 'p' || name === 'br') && inForeign()) breakOut();
    const scoped: Record<string, () => number> = {
      li: () => walk((o) => html(o, ['li']), barrier.list),
      dd: () => walk((o) => o.name === 'dd', barrier.default),
      dt: () => walk((o) => o.name === 'dt', barrier.default),
      p: () => walk((o) => o.name === 'p', barrier.button),
      ...Object.fromEntries(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'].map((n) => [n, () => walk((o) => o.name === n, barrier.table)])),
      ...Object.fromEntries([...HEADING].map((n) => [n, () => walk((o) => html(o, HEADING), barrier.default)])),
    };
    if (scoped[name]) {
      const i = scoped[name]();
      if (i >= 0) popThrough(i);
      else if (name === 'p') open('p', {}, true);
    } else if (!VOID.has(name)) {
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.name === name) return popThrough(i);
    } else if (name === 'br') open('br', {}, false);
  };

  let tag = '';
  let attrs: Record<string, string> | null = null;
  let attrName = '';
  let attrValue = '';
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, {
    ontext: (s, e) => (out += source.slice(s, e)),
    ontextentity: (cp) => (out += String.fromCodePoint(cp)),
    onopentagname: (s, e) => {
      tag = source.slice(s, e).toLowerCase();
      attrs = {};
    },
    onattribname: (s, e) => (attrName = source.slice(s, e).toLowerCase()),
    onattribdata: (s, e) => (attrValue += source.slice(s, e)),
    onattribentity: (cp) => (attrValue += String.fromCodePoint(cp)),
    onattribend: () => {
      if (attrs && !(attrName in attrs)) attrs[attrName] = attrValue;
      attrValue = '';
    },
    onopentagend: () => {
      if (attrs) open(tag, attrs, false);
      attrs = null;
    },
    onselfclosingtag: () => {
      if (attrs) open(tag, attrs, true);
      attrs = null;
    },
    onclosetag: (s, e) => close(source.slice(s, e).toLowerCase()),
    oncdata: () => {},
    oncomment: () => {},
    ondeclaration: () => {},
    onprocessinginstruction: () => {},
    onend: () => popThrough(0),
  });
  tokenizer.write(source);
  tokenizer.end();
  return out;
}

describe('the indexed parser matches a walk-the-stack reference', () => {
  const piece = fc.constantFrom(
    '<p>', '</p>', '<div>', '</div>', '<li>', '</li>', '<ul>', '</ul>', '<ol>', '<dl>', '<dd>', '<dt>', '</dd>',
    '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '<tbody>', '<thead>', '</tbody>',
    '<select>', '</select>', '<option>', '<optgroup>', '<svg>', '</svg>', '<math>', '<mi>', '</mi>', '<g>',
    '<foreignObject>', '</foreignObject>', '<title>', '</title>', '<font color=red>', '<font>', '<span>', '</span>',
    '<b>', '</b>', '<br>', '</br>', '<img/>', '<circle/>', '<h1>', '<h2>', '</h1>', '<button>', '</button>',
    '<noscript>', '</noscript>', '<input>', '<blockquote>', '<address>', '<body>', '<head>', 'text', ' ', '&amp;',
    '<!--c-->', '<a href=x>', '</a>', '<DIV>', '<', '>',
  );
  it('on random tag soup', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const source = pieces.join('');
        expect(tree(source)).toBe(referenceTree(source));
      }),
      { numRuns: 1000 },
    );
  });

  it('events are well nested and keep every character of text htmlparser2 finds', () => {
    const piece2 = fc.oneof(piece, fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece2, { maxLength: 60 }), (pieces) => {
        const source = pieces.join('');
        const open: string[] = [];
        let ours = '';
        const parser = new TreeParser(
          {
            onopentag: (name) => open.push(name),
            ontext: (value) => (ours += value),
            onclosetag: (name) => expect(open.pop()).toBe(name),
          },
          { recognizeSelfClosing: true },
        );
        parser.write(source);
        parser.end();
        expect(open).toEqual([]);
        let theirs = '';
        const reference = new Parser({ ontext: (value) => (theirs += value) }, { decodeEntities: true });
        reference.write(source);
        reference.end();
        expect(ours).toBe(theirs);
      }),
      { numRuns: 500 },
    );
  });
});
