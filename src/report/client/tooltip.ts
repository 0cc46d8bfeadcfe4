/**
 * One tooltip for every highlight, shown on hover and on keyboard focus, filled with text nodes:
 * tag, label, rule id, source, offsets and every other field of the finding.
 */
import type { KindInfo } from '../model/kinds.js';
import type { ReportFinding } from '../model/types.js';
import { clear, h } from './dom.js';

export const TOOLTIP_ID = 'tl-tooltip';

export class Tooltip {
  readonly element = h('div', { id: TOOLTIP_ID, role: 'tooltip', class: 'tooltip', hidden: true });
  private findings = new Map<string, ReportFinding>();
  private anchor: HTMLElement | null = null;

  constructor(private readonly kinds: Map<string, KindInfo>) {
    document.body.appendChild(this.element);
    document.addEventListener('mouseover', (event) => this.enter(event.target));
    document.addEventListener('focusin', (event) => this.enter(event.target));
    document.addEventListener('mouseout', (event) => this.leave(event.target, (event as MouseEvent).relatedTarget));
    document.addEventListener('focusout', (event) => this.leave(event.target, null));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  /** The findings of the page on show, by id. */
  use(findings: Map<string, ReportFinding>): void {
    this.findings = findings;
    this.hide();
  }

  private enter(target: EventTarget | null): void {
    const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-finding]') : null;
    const finding = mark ? this.findings.get(mark.dataset.finding ?? '') : undefined;
    if (!mark || !finding || mark.classList.contains('off')) return;
    this.show(mark, finding);
  }

  private leave(target: EventTarget | null, next: EventTarget | null): void {
    if (!this.anchor || !(target instanceof Node) || !this.anchor.contains(target)) return;
    if (next instanceof Node && this.anchor.contains(next)) return;
    this.hide();
  }

  private show(mark: HTMLElement, finding: ReportFinding): void {
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = mark;
    mark.setAttribute('aria-describedby', TOOLTIP_ID);
    fill(this.element, finding, this.kinds.get(finding.kind)?.label ?? finding.kind);
    this.element.hidden = false;
    const box = mark.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - this.element.offsetWidth - 8));
    this.element.style.left = `${left}px`;
    this.element.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  hide(): void {
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = null;
    this.element.hidden = true;
  }
}

function fill(element: HTMLElement, finding: ReportFinding, kindLabel: string): void {
  clear(element);
  const rows: [string, string][] = [
    ['tag', kindLabel],
    ...(finding.label ? ([['label', finding.label]] as [string, string][]) : []),
    ['rule', finding.rule],
    ['source', finding.source ?? '(not given)'],
    ['offsets', `${finding.start}–${finding.end}`],
    ['text', finding.text],
    ...finding.details,
    ['field', finding.path],
  ];
  const list = h('dl');
  for (const [name, value] of rows) list.append(h('dt', {}, name), h('dd', {}, value));
  element.appendChild(list);
}
