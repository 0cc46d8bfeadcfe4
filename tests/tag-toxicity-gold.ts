/**
 * Agreement between tagToxicity and the hand annotations of fixtures/gold (per comment: slurs,
 * insults, profanity as exact substrings). Shared by the gold test; also printable on its own.
 */
import { tagToxicity } from '../src/tag/toxicity/index.js';
import { loadGoldPages } from './gold.js';

export interface ListAgreement {
  gold: number;
  found: number; // gold spans overlapped by a finding of the same list
  predicted: number;
  correct: number; // predictions overlapping a gold span of the same list
  anyListFound: number; // gold spans overlapped by a finding of ANY list
}

export interface GoldAgreement {
  comments: number;
  lists: Record<'slurs' | 'insults' | 'profanity', ListAgreement>;
  slurCategoryAgree: number;
  slurUseAgree: number;
  misses: string[];
  extras: string[];
}

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Gold texts located in the comment, in order, so repeated words map to successive places. */
function locate(text: string, needles: string[]): Span[] {
  const out: Span[] = [];
  const lower = text.toLowerCase();
  const used = new Map<string, number>();
  for (const needle of needles) {
    const from = used.get(needle) ?? 0;
    const at = lower.indexOf(needle.toLowerCase(), from);
    if (at < 0) continue;
    used.set(needle, at + needle.length);
    out.push({ start: at, end: at + needle.length });
  }
  return out;
}

export function goldAgreement(): GoldAgreement {
  const empty = (): ListAgreement => ({ gold: 0, found: 0, predicted: 0, correct: 0, anyListFound: 0 });
  const result: GoldAgreement = { comments: 0, lists: { slurs: empty(), insults: empty(), profanity: empty() }, slurCategoryAgree: 0, slurUseAgree: 0, misses: [], extras: [] };
  for (const { gold } of loadGoldPages()) {
    for (const comment of gold.comments) {
      if (comment.slurs === undefined && comment.insults === undefined && comment.profanity === undefined) continue;
      result.comments++;
      const tags = tagToxicity(comment.text);
      const all = [...tags.slurs, ...tags.insults, ...tags.profanity];
      const goldLists = {
        slurs: comment.slurs ?? [],
        insults: (comment.insults ?? []).map((text) => ({ text })),
        profanity: (comment.profanity ?? []).map((text) => ({ text })),
      };
      for (const list of ['slurs', 'insults', 'profanity'] as const) {
        const spans = locate(comment.text, goldLists[list].map((g) => g.text));
        const ours = tags[list];
        const agg = result.lists[list];
        agg.gold += spans.length;
        agg.predicted += ours.length;
        spans.forEach((span, k) => {
          const hit = ours.find((f) => overlaps(f, span));
          if (hit) agg.found++;
          else result.misses.push(`${list}: ${comment.text.slice(span.start, span.end)}`);
          if (all.some((f) => overlaps(f, span))) agg.anyListFound++;
          if (list === 'slurs' && hit && 'category' in hit) {
            const g = comment.slurs![k];
            if (g && g.category === hit.category) result.slurCategoryAgree++;
            if (g && g.use === (hit as { use?: string }).use) result.slurUseAgree++;
          }
        });
        for (const f of ours) {
          if (spans.some((span) => overlaps(f, span))) agg.correct++;
          else result.extras.push(`${list}: ${f.text} (${f.rule})`);
        }
      }
    }
  }
  return result;
}
