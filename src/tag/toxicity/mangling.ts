import type { LexicalToken as Token } from '../../text/tokens.js';

/** Words swapped into a name to mock it ("Hayat Tahrir Al Toilet", "Yankee Jewdle"). */
const MOCK_WORDS = new Set([
  'toilet', 'turd', 'turds', 'poop', 'poo', 'crap', 'shit', 'trash', 'garbage', 'sewage', 'sewer', 'dung', 'piss',
  'fart', 'farts', 'clown', 'clowns', 'idiot', 'idiots', 'moron', 'morons', 'loser', 'losers', 'liar', 'liars',
  'rat', 'rats', 'pig', 'pigs', 'dumb', 'dummy', 'stupid', 'diarrhea', 'diarrhoea', 'vomit', 'puke', 'manure',
]);
/** Name particles that glue a mocking word onto a name ("Al", "bin", "von"). */
/** Capitalized words that start sentences or titles, not names. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'my', 'our', 'your', 'his', 'her', 'their', 'i', 'we', 'you', 'it', 'in', 'on', 'at', 'of', 'and', 'or', 'mr', 'mrs', 'ms', 'dr', 'big', 'little', 'old', 'new']);
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'abu', 'von', 'van', 'de', 'del', 'da', 'di', 'le', 'la', 'mc', 'mac']);

export interface MangleHit {
  from: number;
  to: number;
  term: string;
}

/**
 * A capitalized mocking word ending a run of capitalized name words, at least one of them real
 * and not sentence-initial-only: "Hayat Tahrir Al Toilet". The span is the whole mangled name.
 */
export function findNameMangling(tokens: readonly Token[]): MangleHit[] {
  const hits: MangleHit[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.capital || !MOCK_WORDS.has(token.key) || !/^\s{1,2}$|^-$/.test(token.gap)) continue;
    let from = i;
    let names = 0;
    while (from > 0) {
      const prev = tokens[from - 1]!;
      const glued = /^\s{1,2}$|^-$/.test(tokens[from]!.gap);
      if (!glued || prev.sentence !== token.sentence || !prev.capital || MOCK_WORDS.has(prev.key) || NOT_NAMES.has(prev.key)) break;
      if (!PARTICLES.has(prev.key)) names++;
      from--;
    }
    // Two or more name words: a lone "The Toilet" or "Mr Toilet" is not enough evidence.
    if (names >= 2 && from < i) hits.push({ from, to: i + 1, term: token.key });
  }
  return hits;
}
