/**
 * The article's salient actors, used as stance targets when the caller names none. Capitalised
 * word runs and acronyms are counted in one cheap pass; only the most frequent few are shown to
 * compromise, one short name at a time, to keep people, organisations and places and drop
 * sentence openers and other capitalised words. Full parsing of the article is never needed.
 */
import { nlp } from './nlp.js';
import type { TargetInput } from '../types.js';
import { STOPWORDS } from '../../text/stems.js';
import type { WordToken } from '../../text/tokens.js';
import { TextView, viewOf } from '../../text/view.js';
import { memoize } from '../../memo.js';

const MAX_ARTICLE = 50_000;
const MAX_CANDIDATES = 8;
const MAX_TARGETS = 6;
/** Joiners allowed inside a name: "Hayat Tahrir al-Sham", "Bank of America". */
const JOINERS = new Set(['al', 'el', 'bin', 'ibn', 'of', 'de', 'van', 'von', 'abu', 'ul']);
const NOT_NAMES = new Set(['i', 'photo', 'video', 'image', 'source', 'click', 'read', 'share', 'comments', 'reply', 'update', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr']);

/** The article's salient actors; given the article's view, its words are the ones every tagger shares. */
export function findSalientTargets(article: string | TextView): TargetInput[] {
  if (typeof article !== 'string' && !(article instanceof TextView)) return [];
  const view = viewOf(article);
  if (view.text.length === 0) return [];
  const counts = countNameRuns(view.text, view.wordsIn(0, MAX_ARTICLE));
  // Names also count the mentions of their last word ("Assad" for "Bashar al-Assad").
  const heads = new Map<string, number>();
  for (const [name, n] of counts) {
    const head = lastWord(name);
    heads.set(head, (heads.get(head) ?? 0) + n);
  }
  const ranked = [...counts.keys()]
    .map((name) => ({ name, score: (counts.get(name) ?? 0) + (name.includes(' ') ? (heads.get(lastWord(name)) ?? 0) - (counts.get(name) ?? 0) : 0) }))
    .filter((c) => c.score >= 2)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, MAX_CANDIDATES);
  const out: { name: string; aliases: string[] }[] = [];
  for (const { name } of ranked) {
    if (out.some((t) => t.name.includes(name) || t.aliases.includes(name))) continue;
    if (!isActor(name)) continue;
    const aliases = aliasesOf(name);
    out.push({ name, aliases });
    if (out.length >= MAX_TARGETS) break;
  }
  return out;
}

/** Counts maximal runs of capitalised words (with joiners inside) and all-caps acronyms. */
function countNameRuns(text: string, tokens: readonly WordToken[]): Map<string, number> {
  const counts = new Map<string, number>();
  // What lies between consecutive tokens: plain spacing keeps a name going, a sentence end starts anew.
  const gaps = tokens.map((token, k) => gapKind(text, k === 0 ? 0 : tokens[k - 1]!.end, token.start, k === 0));
  const capital = tokens.map((t) => isCapitalised(t.text));
  // A capitalised sentence opener ("Later", "Residents") is a name only if it is also capitalised
  // mid-sentence somewhere in the article.
  const midCaps = new Set<string>();
  tokens.forEach((t, k) => {
    if (capital[k] && gaps[k] !== 'sentence') midCaps.add(t.text);
  });
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && JOINERS.has(run[run.length - 1]!.toLowerCase())) run.pop();
    // Longer runs are headlines in Title Case, not names.
    if (run.length > 0 && run.length <= 4) {
      const name = run.join(' ');
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    run = [];
  };
  tokens.forEach((token, k) => {
    if (run.length > 0 && gaps[k] !== 'space') flush();
    const word = token.text;
    if (capital[k] && word.length >= 2) {
      const lower = word.toLowerCase();
      const stop = STOPWORDS.has(lower) || NOT_NAMES.has(lower);
      const opener = run.length === 0 && gaps[k] === 'sentence' && !midCaps.has(word) && !isAcronym(word);
      if (!stop && !opener) {
        run.push(word);
        return;
      }
    } else if (run.length > 0 && JOINERS.has(word.toLowerCase())) {
      run.push(word);
      return;
    }
    flush();
  });
  flush();
  return counts;
}

/** 'space' (blanks or a hyphen), 'sentence' (a sentence end or line break) or 'other' punctuation. */
function gapKind(text: string, from: number, to: number, first: boolean): 'space' | 'sentence' | 'other' {
  if (first) return 'sentence';
  let kind: 'space' | 'sentence' | 'other' = 'space';
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '\n') return 'sentence';
    if (ch !== ' ' && ch !== '\t' && ch !== '-') kind = 'other';
  }
  return kind;
}

const NAME_PREFIX = /^(?:al|el|ad|as|an|ash|bin|abu)-\p{Lu}/u;

function isCapitalised(word: string): boolean {
  const first = word[0]!;
  if (first === '#' || first === '@') return false;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return true;
  return word.slice(2, 5).includes('-') && NAME_PREFIX.test(word);
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function lastWord(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  const dash = last.lastIndexOf('-');
  return dash > 0 && /^(?:al|el|ad|as|ash|an)$/iu.test(last.slice(0, dash)) ? last.slice(dash + 1) : last;
}

const DIRECTIONS = /^(?:eastern|western|northern|southern|east|west|north|south|central|greater|upper|lower)\s+/iu;

/** People are also named by surname ("Assad"); "Eastern Ghouta" also by "Ghouta". */
function aliasesOf(name: string): string[] {
  if (DIRECTIONS.test(name) && name.replace(DIRECTIONS, '').length >= 4) return [name.replace(DIRECTIONS, '')];
  if (!name.includes(' ')) return [];
  const surname = lastWord(name);
  return surname.length >= 4 && classify(name).person ? [surname] : [];
}

/** A name longer than this is a run of capitalised words, not an actor; it is neither classified nor cached. */
const MAX_NAME = 80;

function isActor(name: string): boolean {
  return name.length <= MAX_NAME && classify(name).actor;
}

/** compromise's verdict per name, kept: the same names recur page after page. */
const classify = memoize(5000, (name: string) => classifyUncached(name));

/** compromise on the bare name: is it a person, place or organisation (or at least a proper noun)? */
function classifyUncached(name: string): { actor: boolean; person: boolean } {
  if (/^\p{Lu}{2,6}$/u.test(name)) return { actor: true, person: false }; // acronyms: SAA, ISIS, HTS
  const doc = nlp(name);
  // Demonyms ("Syrian", "Russian") describe; they are not actors.
  if (!name.includes(' ') && (doc.has('#Demonym') || /(?:ian|ese|ish)$/u.test(name))) return { actor: false, person: false };
  return { actor: doc.has('(#Person|#Place|#Organization|#ProperNoun)'), person: doc.has('#Person') };
}
