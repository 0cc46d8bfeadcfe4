/**
 * The plain-text splitter on WCXB pages that have no reader comments, rendered to text the way
 * section 11 renders Dragnet pages (`splitHtml(...).text`, then `splitText`): how often it invents
 * a comment section on product pages, documentation, service pages, listings, collections, and on
 * articles whose HTML split finds no comments (the benchmark's gold has no comment field, so the
 * HTML path is the witness there). Same selection rule for tune and check; only totals for check.
 *
 * `WCXB_TEXT_TUNE_DUMP=path` writes the tune pages that fire, with what was taken as comments, for
 * error study; check pages are only ever counted.
 */
import { writeFileSync } from 'node:fs';
import { splitHtml } from '../../../src/split/html/index.js';
import { splitText } from '../../../src/split/text/index.js';
import { PARTS, partOf, type Part } from '../../lib/parts.js';
import { printTable } from '../../lib/table.js';
import { loadWcxb, WCXB_DIR, type PageType } from '../wcxb/load.js';
import { sectionOpener } from './11-split-dragnet-text.js';

/** Page types that carry no reader comments; articles qualify only when the HTML split finds none. */
const COMMENT_FREE_TYPES: readonly PageType[] = ['product', 'documentation', 'service', 'listing', 'collection'];

interface Fired {
  id: string;
  type: PageType;
  url: string;
  opener: string;
  comments: { author: string | null; header: string | null; text: string }[];
}

interface PartTally {
  pages: Map<PageType, number>;
  fired: Map<PageType, number>;
}

export async function run(): Promise<void> {
  const pages = loadWcxb();
  if (pages.length === 0) {
    process.stdout.write(`## WCXB rendered text: no data at ${WCXB_DIR}\n\n`);
    return;
  }
  const parts: Record<Part, PartTally> = { tune: { pages: new Map(), fired: new Map() }, check: { pages: new Map(), fired: new Map() } };
  const tuneFired: Fired[] = [];
  for (const page of pages) {
    const html = splitHtml(page.html, {});
    // The page's HTML is not needed again: let it go.
    page.html = '';
    if (!COMMENT_FREE_TYPES.includes(page.type) && !(page.type === 'article' && html !== null && html.comments.length === 0)) continue;
    const part = partOf('wcxb', page.id);
    const tally = parts[part];
    tally.pages.set(page.type, (tally.pages.get(page.type) ?? 0) + 1);
    const rendered = html?.text ?? '';
    const result = splitText(rendered);
    if (result.comments.length === 0) continue;
    tally.fired.set(page.type, (tally.fired.get(page.type) ?? 0) + 1);
    if (part === 'tune') {
      const comments = result.comments.map((c) => ({ author: c.author, header: c.header?.text ?? null, text: c.text.slice(0, 160) }));
      tuneFired.push({ id: page.id, type: page.type, url: page.url, opener: sectionOpener(rendered), comments });
    }
  }
  const types: PageType[] = ['article', ...COMMENT_FREE_TYPES];
  const rate = (t: PartTally, only?: PageType) => {
    const sum = (m: Map<PageType, number>) => (only ? (m.get(only) ?? 0) : [...m.values()].reduce((a, b) => a + b, 0));
    const n = sum(t.pages);
    return n === 0 ? '-' : `${(sum(t.fired) / n).toFixed(3)} (${sum(t.fired)} of ${n})`;
  };
  printTable('Text splitter on WCXB pages without comments, rendered to text: pages on which comments are reported (articles: only those whose HTML split finds no comments)', ['page type', ...PARTS], [
    ['all', ...PARTS.map((p) => rate(parts[p]))],
    ...types.map((type) => [type, ...PARTS.map((p) => rate(parts[p], type))]),
  ]);
  const openers = new Map<string, number>();
  for (const page of tuneFired) openers.set(page.opener, (openers.get(page.opener) ?? 0) + 1);
  printTable('What opened the comment section on TUNE pages that fired (error analysis: never printed for check)', ['opener', 'tune pages'], [...openers].sort((a, b) => b[1] - a[1]));
  const path = process.env.WCXB_TEXT_TUNE_DUMP;
  if (path) {
    writeFileSync(path, JSON.stringify(tuneFired, null, 1));
    process.stdout.write(`(tune pages that fired written to ${path})\n`);
  }
}
