/** Shared by the HTML body tests: a page's body paragraphs as squeezed lines, and three lines of prose to wrap around a case. */
import { splitHtml } from '../src/split/html/index.js';

export const squeeze = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
export const bodyLines = (html: string) => (splitHtml(html, {})?.body?.paragraphs ?? []).map((p) => squeeze(p.text));

export const PROSE = [
  'The Field Lantern is a rechargeable camping light with three brightness settings and a warm amber mode for evenings.',
  'Its aluminium body is sealed against rain and dust, and the folding handle doubles as a hook for a tent loop.',
  'One charge over USB-C lasts about forty hours on the lowest setting, or six hours at full brightness.',
];
