/**
 * The speed-ups in src/text must not change a single result: each fast path is checked against the
 * plain regex it replaces, on real cue lists and on random text full of case traps (Kelvin sign,
 * long s, dotted I, micro sign, Deseret letters, curly quotes, emoji).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldSource, foldText } from '../src/text/case-fold.js';
import { caseKey, compileCues, cueList, matchCues, type CompiledCue, type CueList } from '../src/text/cues.js';
import { LiteralScanner, requiredLiterals } from '../src/text/literals.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitPage } from '../src/split/index.js';
import { FIXTURES } from './gold.js';
import { countLetterRuns, countWordRuns } from '../src/text/letters.js';
import { scanWords } from '../src/text/tokens.js';
import { TextView } from '../src/text/view.js';
import { detectLanguage } from '../src/language/index.js';
import { scanText } from '../src/tag/stance/parent.js';
import { scoreTokens, sentimentSum } from '../src/text/sentiment.js';
import parentCues from '../src/tag/stance/data/parent-cues.json' with { type: 'json' };
import targetCues from '../src/tag/stance/data/target-cues.json' with { type: 'json' };
import questionCues from '../src/tag/questions/data/questions.json' with { type: 'json' };

const TRAPS = ['a', 'A', 'z', 'Z', 'k', 'K', '\u212a', 'ſ', 'µ', 'İ', 'ı', 'é', 'É', '𐐀', '𐐨', '😀', '’', '“', '—', '\u00a0', ' ', '\n', '.', '?', '!', ',', "'", '-', '#', '@', '1', '_'];
const WORDS = ['not', 'true', 'agree', 'with', 'you', 'source', 'what', 'is', 'this', 'god', 'bless', 'terrorists', 'regime', 'why', 'the', 'hell', 'thanks', 'yes', 'no', 'I', 'Well', 'said', 'fake', 'news', 'how', 'many'];
const piece = fc.oneof(fc.constantFrom(...TRAPS), fc.constantFrom(...WORDS), fc.constantFrom(...WORDS).map((w) => w.toUpperCase()));
const trickyText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** matchCues as it was before the fast paths: every cue's own case-insensitive regex over the text. */
function reference(cues: CompiledCue[], text: string) {
  const slow = cues.map((cue) => ({ ...cue, folded: null }));
  return matchCues(slow, text).map((m) => [m.cue.id, m.text, m.start, m.end]);
}

const lists = [compileCues(parentCues, 'parent'), compileCues(targetCues, 'target'), compileCues(questionCues, 'questions')].map((c) => c.cues);

/** The alternatives of a list's first cue whose own regexes were made. */
function madeAlternatives(list: CueList): number[] {
  return Object.keys(list.alternativeRegexes[0]!).map(Number);
}

describe('matchCues with case folding finds exactly what the plain case-insensitive regexes find', () => {
  it('on random text with case traps', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        for (const cues of lists) {
          expect(matchCues(cues, text).map((m) => [m.cue.id, m.text, m.start, m.end])).toEqual(reference(cues, text));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on known cue phrases in mixed case', () => {
    const texts = ['Well SAID, I Agree With You.', 'Not TRUE. Source?', 'God bless the SAA heroes', 'WHY THE HELL?', 'Thanks for this’s info — fake NEWS!!'];
    for (const text of texts) for (const cues of lists) expect(matchCues(cues, text).map((m) => [m.cue.id, m.text, m.start, m.end])).toEqual(reference(cues, text));
    expect(matchCues(lists[0]!, 'Not TRUE. Source?').length).toBeGreaterThan(0);
  });
});

describe('matchCues with a cue list skips only cues that could not match', () => {
  const cueLists = lists.map(cueList);
  const withList = (i: number, text: string) => matchCues(cueLists[i]!, text).map((m) => [m.cue.id, m.text, m.start, m.end]);
  it('on random text with case traps', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        lists.forEach((cues, i) => expect(withList(i, text)).toEqual(reference(cues, text)));
      }),
      { numRuns: 400 },
    );
  });

  it('on every comment-sized paragraph of the fixture pages', () => {
    const dir = new URL('../fixtures/pages/', import.meta.url);
    const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split(/\n\s*\n/u));
    expect(texts.length).toBeGreaterThan(1000);
    let matched = 0;
    for (const text of texts) {
      lists.forEach((cues, i) => {
        const found = withList(i, text);
        matched += found.length;
        expect(found).toEqual(reference(cues, text));
      });
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('matches a text with a regex of only the alternatives whose strings it holds, finding the same', () => {
    const file = { version: '1.0.0', description: 'test', cues: [{ id: 'agree', label: 'support', weight: 1, note: '', source: 'test', patterns: ['well said', 'so+ true', 'exactly'] }] };
    const { cues } = compileCues(file, 'test');
    const list = cueList(cues);
    const text = 'Well said, and sooo TRUE. Well SAID.';
    expect(matchCues(list, text).map((m) => [m.text, m.start])).toEqual(reference(cues, text).map(([, t, s]) => [t, s]));
    expect(matchCues(list, text).map((m) => m.text)).toEqual(['Well said', 'sooo TRUE', 'Well SAID']);
    // "exactly" is absent: the regexes tried were the other two alternatives', each made once.
    expect(madeAlternatives(list)).toEqual([0, 1]);
    // A text holding every alternative's strings uses the cue's own regex.
    matchCues(list, 'exactly, well said, so true');
    expect(madeAlternatives(list)).toEqual([0, 1]);
  });

  it('makes each alternative\'s regexes once, whatever subsets of them texts hold, finding the same', () => {
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    const file = { version: '1.0.0', description: 'test', cues: [{ id: 'words', label: 'x', weight: 1, note: '', source: 'test', terms: words }] };
    const { cues } = compileCues(file, 'test');
    const list = cueList(cues);
    const textOf = (subset: number) => words.filter((_, k) => subset & (1 << k)).join(', ').toUpperCase();
    for (let subset = 1; subset < 255; subset++) {
      const text = textOf(subset);
      expect(matchCues(list, text).map((m) => [m.cue.id, m.text, m.start, m.end])).toEqual(reference(cues, text));
    }
    expect(madeAlternatives(list)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Another pass over every subset, the other way round, makes nothing new: the same regex objects answer.
    const made = [...list.alternativeRegexes[0]!];
    for (let subset = 254; subset >= 1; subset--) {
      const text = `${textOf(subset).toLowerCase()}, ${textOf(subset & 0x0f)}`;
      expect(matchCues(list, text).map((m) => [m.cue.id, m.text, m.start, m.end])).toEqual(reference(cues, text));
    }
    list.alternativeRegexes[0]!.forEach((regexes, a) => expect(regexes).toBe(made[a]));
  });

  it('finds the leftmost match of the alternatives, the first alternative on a tie, as one joined regex does', () => {
    // "so" and "so true" both match at "so true"; "true story" starts inside it; 'exactly' needs both sides bounded.
    const file = { version: '1.0.0', description: 'test', cues: [{ id: 'agree', label: 'support', weight: 1, note: '', source: 'test', patterns: ['so', 'so true', 'true story', 'exactly!?', '!!+'] }] };
    const { cues } = compileCues(file, 'test');
    const list = cueList(cues);
    for (const text of ['so true story', 'Exactly! so true', 'so true!!! true story', 'exactlyso true', 'TRUE STORY, so']) {
      expect([text, matchCues(list, text).map((m) => [m.text, m.start, m.end])]).toEqual([text, reference(cues, text).map(([, t, s, e]) => [t, s, e])]);
    }
  });

  // Texts with cased letters outside ASCII are ruled out by their case key (caseKey): foreign cue
  // words in either case, and the characters whose case classes are not one upper and one lower.
  const FOREIGN = ['NIE', 'JEST', 'TO', 'SAMO', 'nie jest', 'MÊME', 'Même', 'même', 'PAS LA', 'CHOSE', 'НЕ', 'ТО', 'ЖЕ', 'САМОЕ', 'не то же самое', 'NÃO', 'É', 'MESMA', 'COISA', 'não é a mesma coisa', 'ΣΟΦΟΣ', 'σοφος', 'ς', 'Σ', 'σ', 'µ', 'μ', 'Μ', 'ᲂ', 'İ', 'ı', 'K', 'ſ', 'ß', 'ẞ', 'Ω', 'Å'];
  const foreignText = fc.array(fc.oneof(piece, fc.constantFrom(...FOREIGN)), { maxLength: 40 }).map((parts) => parts.join(''));
  it('on random text with cased letters outside ASCII', () => {
    fc.assert(
      fc.property(foreignText, (text) => {
        lists.forEach((cues, i) => expect(withList(i, text)).toEqual(reference(cues, text)));
      }),
      { numRuns: 600 },
    );
  });

  it('narrows texts with cased letters outside ASCII too', () => {
    const file = { version: '1.0.0', description: 'test', cues: [{ id: 'agree', label: 'support', weight: 1, note: '', source: 'test', patterns: ['well said', 'exactly', 'то же самое'] }] };
    const { cues } = compileCues(file, 'test');
    const list = cueList(cues);
    const made: number[][] = [];
    for (const text of ['Très bien, WELL SAID.', 'ТО ЖЕ САМОЕ', 'Exactement: exactly']) {
      expect(matchCues(list, text).map((m) => [m.cue.id, m.text, m.start, m.end])).toEqual(reference(cues, text));
      made.push(madeAlternatives(list));
    }
    expect(made).toEqual([[0], [0, 2], [0, 1, 2]]);
  });

  // The case pairs Unicode folds but an `i` regex without `u` does not (Turkish İ/ı, ß/ẞ/SS, the
  // Kelvin sign, ligatures), and those it does (Σ/σ/ς, É/é): the count is what the regex finds.
  const casePairs: [string, string, number][] = [
    ['this', 'THİS thıs', 0],
    ['this', 'THIS İş', 1],
    ['straße', 'STRASSE STRAẞE', 0],
    ['straße', 'Straße İ', 1],
    ['strasse', 'STRASSE İ', 1],
    ['kill', '\u212aILL İ', 0],
    ['fine', 'ﬁne İ', 0],
    ['ﬁne', 'ﬁNE İ', 1],
    ['σοφος', 'ΣΟΦΟΣ σοφοσ', 2],
    ['même', 'MÊME Même', 2],
  ];
  it.each(casePairs)('cue %j in %j: %i matches, as the plain regex', (pattern, text, count) => {
    const file = { version: '1.0.0', description: 'test', cues: [{ id: 'pair', label: 'x', weight: 1, note: '', source: 'test', patterns: [pattern] }] };
    const { cues } = compileCues(file, 'test');
    expect(matchCues(cueList(cues), text)).toHaveLength(count);
    expect(reference(cues, text)).toHaveLength(count);
  });

  it('takes as present the cue strings a case key cannot read (final sigma, micro sign)', () => {
    const file = { version: '1.0.0', description: 'test', cues: [{ id: 'odd', label: 'x', weight: 1, note: '', source: 'test', patterns: ['σοφος', '5 µg'] }] };
    const { cues } = compileCues(file, 'test');
    const list = cueList(cues);
    for (const text of ['ΣΟΦΟΣ!', 'σοφοσ', 'Ещё 5 μg', 'ЕЩЁ 5 ΜG']) {
      expect(matchCues(list, text).map((m) => [m.cue.id, m.text, m.start, m.end])).toEqual(reference(cues, text));
      expect(matchCues(list, text)).toHaveLength(1);
    }
  });

  it('keys alike every two characters a case-insensitive regex without u matches alike (Latin, Greek, Cyrillic and letterlike blocks)', () => {
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');
    const ranges = [[0x41, 0x5a], [0x80, 0x24f], [0x370, 0x52f], [0x1c80, 0x1c8f], [0x1e00, 0x1fff], [0x2100, 0x214f], [0xa640, 0xa69f]];
    let checked = 0;
    for (const [from, to] of ranges) {
      for (let code = from!; code <= to!; code++) {
        const unit = String.fromCharCode(code);
        const regex = new RegExp(unit.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&'), 'gi');
        for (const match of units.matchAll(regex)) {
          checked++;
          if (caseKey(match[0]) !== caseKey(unit)) expect([code.toString(16), match.index.toString(16), caseKey(match[0]), caseKey(unit)]).toBeNull();
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('reads required strings conservatively', () => {
    expect(requiredLiterals('well said')).toEqual(['well said']);
    // " with " is one of the commonest words: the rarer "gree" narrows more texts.
    expect(requiredLiterals("a?gree(?:d|s)? with (?:you|u)")).toEqual(['gree']);
    expect(requiredLiterals('(?:read|reading) the (?:article|post)')).toEqual(['read', 'reading']);
    expect(requiredLiterals('the')).toEqual(['the']);
    expect(requiredLiterals('(?:could not|cannot) (?:agree|have said it)')).toEqual(['could not', 'cannot']);
    expect(requiredLiterals('so+ true')).toEqual([' true']);
    expect(requiredLiterals('\\?{2,}')).toEqual(['??']);
    expect(requiredLiterals('(?<!x)no(?=\\s)')).toEqual(['no']);
    expect(requiredLiterals('[a-z]+ly')).toEqual(['ly']);
    expect(requiredLiterals('x|yz')).toBeNull();
    expect(requiredLiterals('\\d+')).toBeNull();
  });

  it('finds every literal in one pass', () => {
    const scanner = new LiteralScanner(['he', 'she', 'his', 'hers', 'x y']);
    expect([...scanner.scan('ushers')]).toEqual([1, 1, 0, 1, 0]);
    expect([...scanner.scan('a x y!')]).toEqual([0, 0, 0, 0, 1]);
    expect([...scanner.scan('')]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('foldSource / foldText', () => {
  const patterns = ['Foo', '[A-z]+', '[^A-Z]+x', '\\A\\Bb', '[\\w-]+', 'ab|CD', '(?<!Q)Z(?=Y)', '[\\u0041-\\u0046]', '\\x41B', '[^\\x41]', 'é|É', '[\\]A]', '\\bHe\\b', '[-A]', '[A-]'];
  it.each(patterns)('%s matches lower-cased eligible text as the i-flag regex matches the original', (pattern) => {
    const folded = foldSource(pattern);
    expect(folded).not.toBeNull();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRAPS, 'Q', 'Y', 'b', 'B', '[', ']', 'x', 'X', 'F', 'f'), { maxLength: 14 }), (chars) => {
        const text = chars.join('');
        const lower = foldText(text);
        if (lower === null) return;
        expect(lower.length).toBe(text.length);
        const find = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0].length]);
        expect(find(new RegExp(folded!, 'g'), lower)).toEqual(find(new RegExp(pattern, 'gi'), text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text whose letters have case outside ASCII, and syntax it does not know', () => {
    expect(foldText('Kelvin \u212a')).toBeNull();
    expect(foldText('ſtop')).toBeNull();
    expect(foldText('𐐀 Deseret')).toBeNull();
    expect(foldText('“Quoted” — fine 😀')).toBe('“quoted” — fine 😀');
    expect(foldSource('(a)\\1')).toBeNull();
    expect(foldSource('\\cA')).toBeNull();
  });
});

describe('scanWords (hand-written scan) equals the regex it replaces', () => {
  const WORD = /[#@]?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRAPS, '٣', 'ǅ', '\ud835', '\udc00'), { maxLength: 24 }), fc.nat(5), (chars, offset) => {
        const text = chars.join('');
        const expected = [...text.matchAll(WORD)].map((m) => ({
          text: m[0],
          lower: m[0].toLowerCase().replace(/’/gu, "'"),
          start: m.index + offset,
          end: m.index + offset + m[0].length,
        }));
        expect(scanWords(text, offset)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('TextView.wordsIn reads a range as the range alone would read', () => {
  it('on random text and ranges', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRAPS, '٣', 'ǅ', '\ud835', '\udc00', '#', '@', '-', "'"), { maxLength: 30 }), fc.nat(40), fc.nat(40), (chars, a, b) => {
        const text = chars.join('');
        const [start, end] = a <= b ? [a, b] : [b, a];
        const view = new TextView(text);
        const from = Math.min(start, text.length);
        expect(view.wordsIn(start, end)).toEqual(scanWords(text.slice(from, Math.min(end, text.length)), from));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sentimentSum', () => {
  it('equals the sum of scoreTokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('not', 'good', 'bad', 'hate', 'love', 'but', ',', ' ', '  ', '.', 'never', 'awful', '#great', "don't", 'happy'), { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        const tokens = scanWords(text);
        expect(sentimentSum(tokens, text)).toBe(scoreTokens(tokens, text).reduce((sum, t) => sum + t.score, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('scored tokens are the words with their score and negation, field for field and in the same key order', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const tokens = scanWords(text);
        const scored = scoreTokens(tokens, text);
        expect(scored.map((t) => Object.keys(t))).toEqual(tokens.map(() => ['text', 'lower', 'start', 'end', 'score', 'negated']));
        expect(scored.map(({ text: t, lower, start, end }) => ({ text: t, lower, start, end }))).toEqual(tokens);
      }),
      { numRuns: 300 },
    );
  });
});

describe('TextView.language is the stance scan\'s language', () => {
  // Stance's English-only rules read the view's guess, where they once guessed from their scan (the first SCAN_LIMIT characters).
  // Each case reads differently at 1,000, 1,500 and 3,000 characters: the test fails if the scan
  // gets shorter than the language guess's sample, or the sample longer than the scan.
  const english = 'The council said that it would not be there and this is what they did with it. ';
  const french = 'Le conseil a dit que ce ne serait pas là et que les gens sont pour la ville. ';
  it.each([
    ['English, then French', english.repeat(8) + french.repeat(40)],
    ['French, then English', french.repeat(12) + english.repeat(50)],
    ['short', 'The council said that it is not there.'],
  ])('%s', (_name, text) => {
    const view = new TextView(text);
    expect(view.language).toBe(detectLanguage(scanText(view)));
  });
});

describe('a split comment\'s language is the guess its view would make', () => {
  // analyzePage gives each comment's view the splitter's guess (src/analyzer/page.ts): both
  // splitters must guess from the comment's text itself, or the stance rules would read another guess.
  const pages = (dir: string, ext: string) =>
    readdirSync(join(FIXTURES, dir))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => [name, readFileSync(join(FIXTURES, dir, name), 'utf8')] as const);
  it.each([...pages('pages', '.txt'), ...pages('html/written', '.html')])('%s', (_name, input) => {
    for (const comment of splitPage(input).comments) expect(comment.language).toBe(detectLanguage(comment.text));
  });
});

describe('countLetterRuns counts the /\\p{L}+/gu matches up to one past its cap', () => {
  it('on random text with case traps, at every cap', () => {
    fc.assert(
      fc.property(trickyText, fc.integer({ min: 0, max: 12 }), (text, cap) => {
        const all = text.match(/\p{L}+/gu)?.length ?? 0;
        expect(countLetterRuns(text, cap)).toBe(Math.min(all, cap + 1));
      }),
      { numRuns: 400 },
    );
  });
});

describe('countWordRuns counts the /\\p{L}{2,}/gu matches up to one past its cap', () => {
  it('on random text with case traps, at every cap', () => {
    fc.assert(
      fc.property(trickyText, fc.integer({ min: 0, max: 12 }), (text, cap) => {
        const all = text.match(/\p{L}{2,}/gu)?.length ?? 0;
        expect(countWordRuns(text, cap)).toBe(Math.min(all, cap + 1));
      }),
      { numRuns: 400 },
    );
  });
});
