/**
 * The report's view of records, without a browser: every finding of a real page is found, under
 * the right kind and where it can be drawn; new tag fields show up by shape; overlapping spans lay
 * out as nested marks that read back every finding's exact text; the reply tree survives bad ids.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../src/index.js';
import { readEntry, type ReportPage } from '../src/report/model/entries.js';
import { commentFindings } from '../src/report/model/findings.js';
import { orderKinds } from '../src/report/model/kinds.js';
import { layoutMarks, pieces, type MarkNode, type Piece } from '../src/report/model/layout.js';
import { buildThread, readingOrder } from '../src/report/model/thread.js';
import type { Json, JsonObject } from '../src/report/model/types.js';
import { allSegments } from './spans.js';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
// The 0xx and 1xx pages: real scraped pages and one of each site style the splitter knows.
const pageFiles = readdirSync(PAGES).filter((name) => /^[01]\d\d_.*\.txt$/.test(name));

function asJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

describe('findings by shape', () => {
  it('finds every tag finding and reply evidence of every fixture page, each under its field', () => {
    let total = 0;
    for (const name of pageFiles) {
      const page = analyzePage(readFileSync(new URL(name, PAGES)));
      const entry = readEntry(asJson(page), 0) as ReportPage;
      expect(entry.type).toBe('page');
      // The spans helper lists every segment the schema has; the tag ones are what the report must find.
      const expected = allSegments(page)
        .filter(({ where }) => /^comments\[\d+\]\.(slurs|insults|profanity|identityAttacks|threats|questions|conspiracy|stance|replyEvidence)/.test(where) && !where.endsWith('.target'))
        .map(({ where, segment }) => `${where.replace(/^comments\[(\d+)\]\.(\w+).*$/, '$1 $2').replace('replyEvidence', 'reply')} ${segment.start} ${segment.end}`);
      const found = entry.comments.flatMap((comment) => comment.findings.map((f) => `${comment.index} ${f.kind} ${f.start} ${f.end}`));
      expect(found.sort(), name).toEqual(expected.sort());
      for (const comment of entry.comments) {
        expect(comment.start, `${name} ${comment.id}`).not.toBeNull();
        for (const finding of comment.findings) {
          expect(finding.placement, `${name} ${finding.path}`).not.toBe('unanchored');
          expect(page.text.slice(finding.start, finding.end)).toBe(finding.text);
          // Tags lie in the comment text; only reply evidence may sit in the header.
          if (finding.kind !== 'reply') expect(finding.placement).toBe('text');
        }
      }
      total += found.length;
    }
    expect(total).toBeGreaterThan(200);
  });

  it('reads a tag field it has never heard of, with its extra fields as details', () => {
    const text = 'You should watch your back, pal.';
    const comment: JsonObject = {
      id: 'c1', text, start: 0, end: text.length, parentId: null,
      threats: [{ text: 'watch your back', start: 11, end: 26, rule: 'threats/veiled', source: 'threat-cues@0.1.0', target: 'second-person' }],
      attributes: { toxicity: { label: 'high', score: 0.9, evidence: [{ text: 'pal', start: 28, end: 31, rule: 'attributes/address', source: 'x@1' }] } },
    };
    const findings = commentFindings(comment, 0, text);
    expect(findings.map((f) => [f.kind, f.rule, f.text, f.label, f.placement])).toEqual([
      ['threats', 'threats/veiled', 'watch your back', null, 'text'],
      ['attributes', 'attributes/address', 'pal', 'high', 'text'],
    ]);
    expect(findings[0]!.details).toContainEqual(['target', 'second-person']);
    const entry = readEntry({ text, comments: [comment] }, 0) as ReportPage;
    expect(entry.counts).toEqual({ threats: 1, attributes: 1 });
    expect(entry.comments[0]!.badges).toEqual([{ kind: 'attributes', path: 'attributes.toxicity', label: 'high', target: null, strength: 0.9 }]);
    // New kinds follow the schema's, with styles of their own.
    const kinds = orderKinds(['slurs', 'stance'], ['threats', 'slurs', 'attributes']);
    expect(kinds.map((k) => k.name)).toEqual(['slurs', 'stance', 'threats', 'attributes']);
    expect(new Set(kinds.map((k) => k.style)).size).toBe(4);
    expect(kinds[2]!.label).toBe('Threats');
  });

  it('says which findings cannot be drawn: offsets off the page, or not slicing back to their text', () => {
    const text = 'abc def ghi';
    const comment: JsonObject = {
      id: 'c1', text: 'def', start: 4, end: 7,
      insults: [
        { text: 'def', start: 4, end: 7, rule: 'insults/a' },
        { text: 'abc', start: 0, end: 3, rule: 'insults/b' },
        { text: 'xyz', start: 4, end: 7, rule: 'insults/c' },
        { text: 'ghi', start: 8, end: 99, rule: 'insults/d' },
      ],
    };
    expect(commentFindings(comment, 0, text).map((f) => f.placement)).toEqual(['text', 'page', 'unanchored', 'unanchored']);
  });

  it('turns records that are not pages into entries that say so', () => {
    expect(readEntry(null, 3)).toMatchObject({ type: 'error', position: 3, code: 'not-a-page' });
    expect(readEntry([1, 2], 0)).toMatchObject({ type: 'error', code: 'not-a-page' });
    expect(readEntry({ id: 'r1', stance: {} }, 0)).toMatchObject({ type: 'error', code: 'not-a-page' });
    expect(readEntry({ source: 'a.html', error: { code: 'unreadable', message: 'gone' } }, 0)).toEqual({ type: 'error', position: 0, source: 'a.html', code: 'unreadable', message: 'gone' });
    const odd = readEntry({ text: 'abc', comments: [null, { text: 'zz', start: 0, end: 2, insults: 'no' }], warnings: 'x' }, 0) as ReportPage;
    expect(odd.comments.map((c) => [c.id, c.start])).toEqual([['#1', null], ['#2', null]]);
    expect(odd.problems[0]).toMatch(/2 of 2 comments have offsets that do not match/);
  });

  it('reads a forum body\'s author and date where the record has them', () => {
    const body = { text: 'Opening post.', start: 0, end: 13, paragraphs: [{ text: 'Opening post.', start: 0, end: 13 }] };
    const entry = readEntry({ text: 'Opening post.', comments: [], body: { ...body, author: 'op_user', postedAt: 'Jan 3' } }, 0) as ReportPage;
    expect(entry.body).toEqual({ text: 'Opening post.', paragraphs: ['Opening post.'], author: 'op_user', postedAt: 'Jan 3' });
    expect((readEntry({ text: 'Opening post.', comments: [], body }, 0) as ReportPage).body!.author).toBeNull();
  });
});

/** Text runs and marks flattened back, with every mark's id and the text under it. */
function readBack(list: readonly Piece[], text: string, marks: Map<string, string[]>): string {
  let out = '';
  for (const piece of list) {
    if ('text' in piece) out += text.slice(piece.text[0], piece.text[1]);
    else {
      const inner = readBack(piece.pieces, text, marks);
      marks.set(piece.mark.id, [...(marks.get(piece.mark.id) ?? []), inner]);
      out += inner;
    }
  }
  return out;
}

function nested(nodes: readonly MarkNode[], start: number, end: number): boolean {
  let at = start;
  for (const node of nodes) {
    if (node.start < at || node.end > end || node.end <= node.start) return false;
    if (!nested(node.children, node.start, node.end)) return false;
    at = node.end;
  }
  return true;
}

describe('layoutMarks', () => {
  const spans = fc.array(fc.tuple(fc.nat(60), fc.nat(20)), { maxLength: 25 }).map((list) => list.map(([start, length], i) => ({ id: `f${i}`, start, end: start + length })));

  it('nests marks properly and reads back the whole text and each finding exactly, in order', () => {
    fc.assert(
      fc.property(spans, fc.string({ minLength: 50, maxLength: 70 }), (list, text) => {
        const { marks, unplaced } = layoutMarks(list, text.length);
        expect(nested(marks, 0, text.length)).toBe(true);
        const byId = new Map<string, string[]>();
        expect(readBack(pieces(marks, 0, text.length), text, byId)).toBe(text);
        for (const span of list) {
          const drawable = span.end > span.start && span.end <= text.length;
          expect(unplaced.includes(span.id)).toBe(!drawable);
          if (drawable) expect(byId.get(span.id)!.join('')).toBe(text.slice(span.start, span.end));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('cuts a crossing span into parts and keeps a contained one whole', () => {
    const { marks } = layoutMarks([{ id: 'a', start: 0, end: 6 }, { id: 'b', start: 3, end: 9 }, { id: 'c', start: 1, end: 2 }], 10);
    const parts: string[] = [];
    const walk = (nodes: MarkNode[]) => nodes.forEach((n) => (parts.push(`${n.id}${n.part}:${n.start}-${n.end}`), walk(n.children)));
    walk(marks);
    expect(parts).toEqual(['a0:0-6', 'c0:1-2', 'b0:3-6', 'b1:6-9']);
  });

  it('lays out tens of thousands of marks in near-linear work and stops stacking at a bound', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: `m${i}`, start: i * 2, end: i * 2 + 1 }));
    expect(layoutMarks(many, 100_000).marks).toHaveLength(50_000);
    const stacked = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, start: 0, end: 10 }));
    const { unplaced } = layoutMarks(stacked, 10);
    expect(unplaced.length).toBeGreaterThan(900);
  });
});

describe('buildThread', () => {
  it('nests replies under earlier parents and shows replies to missing, later or repeated ids top-level with a note', () => {
    const thread = buildThread([
      { id: 'c1', parentId: null },
      { id: 'c2', parentId: 'c1' },
      { id: 'c3', parentId: 'c4' },
      { id: 'c4', parentId: 'c3' },
      { id: 'c5', parentId: 'gone' },
      { id: 'c2', parentId: 'c1' },
      { id: 'c7', parentId: 'c2' },
    ]);
    expect(thread.roots).toEqual([0, 2, 4]);
    expect(thread.replies[0]).toEqual([1, 5]);
    expect(thread.replies[1]).toEqual([6]);
    expect(thread.replies[2]).toEqual([3]);
    expect(thread.notes.get(2)).toMatch(/c4, which is not an earlier comment/);
    expect(thread.notes.get(5)).toMatch(/repeats/);
    expect(readingOrder(thread)).toEqual([0, 1, 6, 5, 2, 3, 4]);
  });

  it('walks a chain of 100,000 replies without recursion', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, parentId: i === 0 ? null : `c${i - 1}` }));
    expect(readingOrder(buildThread(chain))).toHaveLength(100_000);
  });
});
