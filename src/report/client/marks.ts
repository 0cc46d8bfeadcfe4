/**
 * Draws a comment's findings over its text: one <mark> per finding (more than one piece only where
 * spans cross), each with data-tag, data-rule, data-start, data-end (the record's page offsets) and
 * data-finding, so a script can find any finding. The first piece takes keyboard focus.
 */
import { layoutMarks, pieces, type Piece } from '../model/layout.js';
import type { KindInfo } from '../model/kinds.js';
import type { ReportFinding } from '../model/types.js';
import { h } from './dom.js';

/** Padding per stacked mark below the text, in px: outer marks draw their line lower. */
const STACK_STEP = 3;
const MAX_DRAWN_STACK = 6;

export interface DrawnText {
  element: HTMLElement;
  /** Findings placed in the text that could not be drawn (stacked too deep). */
  unplaced: Set<string>;
}

export function drawText(text: string, offset: number | null, findings: readonly ReportFinding[], kinds: Map<string, KindInfo>, hidden: ReadonlySet<string>): DrawnText {
  const container = h('div', { class: 'ctext' });
  if (offset === null) {
    container.appendChild(document.createTextNode(text));
    return { element: container, unplaced: new Set(findings.filter((f) => f.placement === 'text').map((f) => f.id)) };
  }
  const inText = findings.filter((finding) => finding.placement === 'text');
  const byId = new Map(inText.map((finding) => [finding.id, finding]));
  const layout = layoutMarks(inText.map((f) => ({ id: f.id, start: f.start - offset, end: f.end - offset })), text.length);
  drawPieces(container, pieces(layout.marks, 0, text.length), text, byId, kinds, hidden);
  return { element: container, unplaced: new Set(layout.unplaced) };
}

function drawPieces(parent: Node, list: readonly Piece[], text: string, byId: Map<string, ReportFinding>, kinds: Map<string, KindInfo>, hidden: ReadonlySet<string>): void {
  for (const piece of list) {
    if ('text' in piece) {
      parent.appendChild(document.createTextNode(text.slice(piece.text[0], piece.text[1])));
      continue;
    }
    const finding = byId.get(piece.mark.id)!;
    const mark = markElement(finding, piece.mark.part, piece.mark.height, kinds.get(finding.kind), hidden.has(finding.kind));
    drawPieces(mark, piece.pieces, text, byId, kinds, hidden);
    parent.appendChild(mark);
  }
}

function markElement(finding: ReportFinding, part: number, height: number, kind: KindInfo | undefined, off: boolean): HTMLElement {
  const mark = h('mark', {
    class: `hl tk-${kind?.style ?? 0}${off ? ' off' : ''}`,
    'data-tag': finding.kind,
    'data-rule': finding.rule,
    'data-start': finding.start,
    'data-end': finding.end,
    'data-finding': finding.id,
    'data-part': part,
    // One tab stop per finding: its first piece.
    tabindex: part === 0 && !off ? 0 : null,
  });
  mark.style.setProperty('--stack', `${Math.min(height, MAX_DRAWN_STACK) * STACK_STEP}px`);
  return mark;
}
