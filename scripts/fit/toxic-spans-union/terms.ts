/** Word and two-word phrase occurrences of a post, each with whether gold covers it wholly. */
export interface Occurrence {
  term: string;
  start: number;
  end: number;
  inGold: boolean;
}

const WORD = /[A-Za-z]+(?:'[a-z]+)?/g;

export function occurrences(text: string, gold: Set<number>, phrases: boolean): Occurrence[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ term: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const out: Occurrence[] = words.map((w) => ({ ...w, inGold: covered(gold, w.start, w.end) }));
  if (phrases) {
    for (let k = 0; k + 1 < words.length; k++) {
      const a = words[k]!;
      const b = words[k + 1]!;
      // Two words joined by spaces only: a phrase, not words across punctuation.
      if (!/^ +$/.test(text.slice(a.end, b.start))) continue;
      out.push({ term: `${a.term} ${b.term}`, start: a.start, end: b.end, inGold: covered(gold, a.start, b.end) });
    }
  }
  return out;
}

function covered(gold: Set<number>, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!gold.has(k)) return false;
  return true;
}
