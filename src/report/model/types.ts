/**
 * The report's view of a record. Built from records as they arrive (from this version, an older
 * one, or a hand-edited file), so every field is read defensively and nothing here trusts a shape.
 * Shared by the Node side (renderReport) and the browser side (the bundled client): no imports.
 */

/** A JSON value as the records hold it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Where a finding can be drawn: inside the comment text, elsewhere on the page, or nowhere. */
export type Placement = 'text' | 'page' | 'unanchored';

/** One finding of any tag field, found by shape ({ start, end, rule }), not by field name. */
export interface ReportFinding {
  /** Unique within the page: `<comment index>.<n>`. */
  id: string;
  /** The tag field it came from (`slurs`, `stance`, …), or `reply` for reply evidence. */
  kind: string;
  /** Where in the comment record it sits, e.g. `stance.toParent.evidence[0]`. */
  path: string;
  /** What the finding says: its own label, kind, role or category, or its enclosing object's label. */
  label: string | null;
  rule: string;
  source: string | null;
  /** Offsets into the page text, as the record gives them. */
  start: number;
  end: number;
  text: string;
  /** Every other field, flattened to text for the tooltip, in record order. */
  details: [string, string][];
  /** Ids of comments the finding points to (a question's answeredBy). */
  links: { field: string; ids: string[] }[];
  placement: Placement;
}

/** A labelled judgement about a whole comment (stance toward its parent, conspiracy label…). */
export interface ReportBadge {
  /** The tag field (`stance`, `conspiracy`, …). */
  kind: string;
  path: string;
  label: string;
  /** A target name, where the judgement is toward one. */
  target: string | null;
  /** confidence or score, when the record gives one. */
  strength: number | null;
}
