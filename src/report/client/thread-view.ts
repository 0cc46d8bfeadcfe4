/**
 * The comment tree of one page, drawn in reading order a slice at a time so a page of thousands
 * of comments never blocks the browser; filters apply to what is drawn and to what comes later.
 */
import type { ReportComment } from '../model/entries.js';
import type { KindInfo } from '../model/kinds.js';
import { buildThread, readingOrder, type Thread } from '../model/thread.js';
import { h } from './dom.js';
import { commentElement } from './comment-view.js';

/** Comments drawn before the page first shows; the rest follow in slices of about SLICE_MS. */
const FIRST_SLICE = 60;
const SLICE_MS = 12;
/** Deeper replies stop indenting, so long chains stay readable. */
const MAX_INDENT = 10;

export interface Filters {
  hiddenKinds: Set<string>;
  onlyTagged: boolean;
  query: string;
}

export class ThreadView {
  readonly element = h('div', { class: 'thread-root' });
  private readonly thread: Thread;
  private readonly order: number[];
  private readonly drawn: (HTMLElement | undefined)[];
  private next = 0;
  private visibility: Uint8Array;
  private timer: number | undefined;

  constructor(
    private readonly comments: readonly ReportComment[],
    private readonly kinds: Map<string, KindInfo>,
    private readonly filters: Filters,
    private readonly elementId: (commentId: string) => string | null,
    private readonly onProgress: (drawn: number, total: number) => void,
  ) {
    this.thread = buildThread(comments);
    this.order = readingOrder(this.thread);
    this.drawn = comments.map(() => undefined);
    this.visibility = this.computeVisibility();
  }

  /** Draws the first slice now and the rest in the background. */
  start(): void {
    this.drawUntil(FIRST_SLICE);
    this.schedule();
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  get complete(): boolean {
    return this.next >= this.order.length;
  }

  /** Draws everything up to a comment (a permalink can point past what is drawn) and returns it. */
  reveal(commentId: string): HTMLElement | null {
    const index = this.thread.indexOf.get(commentId);
    if (index === undefined) return null;
    this.drawUntil(this.order.indexOf(index) + 1);
    return this.drawn[index] ?? null;
  }

  /** Re-applies the filters to every drawn comment; comments drawn later read them as they come. */
  refilter(): number {
    this.visibility = this.computeVisibility();
    this.drawn.forEach((element, index) => {
      if (!element) return;
      this.applyVisibility(element, index);
      element.querySelectorAll<HTMLElement>(':scope > .ctext mark[data-finding]').forEach((mark) => this.applyKind(mark));
    });
    let matches = 0;
    for (const state of this.visibility) if (state === 2) matches++;
    return matches;
  }

  private schedule(): void {
    if (this.complete) {
      this.onProgress(this.next, this.order.length);
      return;
    }
    this.timer = window.setTimeout(() => {
      const until = performance.now() + SLICE_MS;
      while (!this.complete && performance.now() < until) this.drawOne();
      this.onProgress(this.next, this.order.length);
      this.schedule();
    }, 0);
  }

  private drawUntil(count: number): void {
    while (this.next < Math.min(count, this.order.length)) this.drawOne();
    this.onProgress(this.next, this.order.length);
  }

  private drawOne(): void {
    const index = this.order[this.next++]!;
    const comment = this.comments[index]!;
    const parentIndex = this.thread.parentOf[index]!;
    const parent = parentIndex >= 0 ? this.comments[parentIndex]! : null;
    const element = commentElement(comment, {
      kinds: this.kinds,
      hiddenKinds: this.filters.hiddenKinds,
      elementId: this.elementId,
      parent,
      note: this.thread.notes.get(index) ?? null,
    });
    element.dataset.depth = String(depthOf(this.thread, index));
    if (depthOf(this.thread, index) >= MAX_INDENT) element.classList.add('flat');
    this.applyVisibility(element, index);
    this.drawn[index] = element;
    const host = parentIndex >= 0 ? this.drawn[parentIndex]!.querySelector(':scope > .replies')! : this.element;
    host.appendChild(element);
  }

  private applyVisibility(element: HTMLElement, index: number): void {
    const state = this.visibility[index];
    element.hidden = state === 0;
    element.classList.toggle('context', state === 1);
  }

  private applyKind(mark: HTMLElement): void {
    const off = this.filters.hiddenKinds.has(mark.dataset.tag ?? '');
    mark.classList.toggle('off', off);
    if (mark.dataset.part === '0') {
      if (off) mark.removeAttribute('tabindex');
      else mark.tabIndex = 0;
    }
  }

  /** 2: matches the filters; 1: shown as context for a reply that matches; 0: hidden. */
  private computeVisibility(): Uint8Array {
    const { query, onlyTagged, hiddenKinds } = this.filters;
    const needle = query.trim().toLowerCase();
    const states = new Uint8Array(this.comments.length);
    // Parents come before their replies, so one backward pass lifts every ancestor of a match.
    for (let index = this.comments.length - 1; index >= 0; index--) {
      const comment = this.comments[index]!;
      const tagged = !onlyTagged || comment.findings.some((f) => !hiddenKinds.has(f.kind));
      const found = needle === '' || comment.text.toLowerCase().includes(needle) || (comment.author ?? '').toLowerCase().includes(needle);
      if (tagged && found) states[index] = 2;
      const parent = this.thread.parentOf[index]!;
      if (states[index]! > 0 && parent >= 0 && states[parent] === 0) states[parent] = 1;
    }
    return states;
  }
}

function depthOf(thread: Thread, index: number): number {
  let depth = 0;
  for (let at = thread.parentOf[index]!; at >= 0; at = thread.parentOf[at]!) depth++;
  return depth;
}
