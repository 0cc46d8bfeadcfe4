/**
 * Tune-only study of the `without` snippets WCXB's gold says must not be in the main content:
 * for each tune page where our title + body (+ posts on forums) holds one, the element chain that
 * holds the snippet in the rendered page. Check pages are never read.
 * Run: npx tsx scripts/eval/wcxb/study-without.ts > out.jsonl (STUDY_IDS=0001,0002 limits it to those tune pages)
 */
import { splitHtml } from '../../../src/split/html/index.js';
import { parseHtml, revealCollapsedPanels, revealNoscriptPage, revealStreamedParts, type Element } from '../../../src/split/html/dom.js';
import { render } from '../../../src/split/html/render.js';
import { partOf } from '../../lib/parts.js';
import { extractedText } from '../sections/21-wcxb.js';
import { loadWcxb, wcxbIds } from './load.js';
import { scorePage } from './score.js';

const label = (e: Element) => `${e.tag}${e.attrs.id ? '#' + e.attrs.id : ''}${e.attrs.class ? '.' + e.attrs.class.trim().split(/\s+/).slice(0, 3).join('.') : ''}${e.attrs.role ? '[role=' + e.attrs.role + ']' : ''}`;

const only = process.env.STUDY_IDS?.split(',');
const ids = wcxbIds().filter((id) => partOf('wcxb', id) === 'tune' && (!only || only.includes(id)));
const pages = loadWcxb(ids);
for (const page of pages) {
  const result = splitHtml(page.html, {});
  const ours = extractedText(result, page.type);
  const score = scorePage(ours, page);
  const lower = ours.toLowerCase();
  const found = page.without.filter((s) => lower.includes(s.toLowerCase()));
  if (found.length === 0) { process.stdout.write(JSON.stringify({ id: page.id, type: page.type, f1: score.f1, withRate: score.withRate, without: page.without.length, found: [] }) + '\n'); continue; }
  const doc = parseHtml(page.html);
  revealNoscriptPage(doc); revealStreamedParts(doc); revealCollapsedPanels(doc);
  const text = render(doc).text.toLowerCase();
  const where = found.map((snippet) => {
    // The occurrence in our output, found again in the rendered page by its surroundings.
    const full = (result?.text ?? '').toLowerCase();
    const spans = [result?.title, ...(result?.body?.paragraphs ?? []), ...(page.type === 'forum' ? (result?.comments ?? []) : [])].filter((s): s is { start: number; end: number; text: string } => !!s);
    let at = -1;
    let paragraph = '';
    for (const span of spans) {
      const i = full.slice(span.start, span.end).indexOf(snippet.toLowerCase());
      if (i < 0) continue;
      const p = span.start + i;
      paragraph = span.text.replace(/\s+/g, ' ').slice(0, 160);
      for (const pad of [40, 20, 0]) {
        const j = text.indexOf(full.slice(Math.max(0, p - pad), p + snippet.length + pad));
        if (j >= 0) { at = j + Math.min(pad, p); break; }
      }
      break;
    }
    if (at < 0) at = text.indexOf(snippet.toLowerCase());
    if (at < 0) return { snippet, chain: 'NOT IN RENDER' };
    let best: Element | null = null;
    for (const e of doc.elements) if (!e.hidden && e.start <= at && e.end >= at + snippet.length) best = e;
    const chain: string[] = [];
    for (let c = best; c && chain.length < 9; c = c.parent) chain.push(label(c));
    const inTitle = result?.title && result.title.text.toLowerCase().includes(snippet.toLowerCase());
    return { snippet, inTitle: !!inTitle, paragraph, chain: chain.join(' < ') };
  });
  process.stdout.write(JSON.stringify({ id: page.id, type: page.type, url: page.url, f1: score.f1, withRate: score.withRate, without: page.without.length, found: where }) + '\n');
}
