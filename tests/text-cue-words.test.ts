/**
 * The text view reads cue words off its words as written (`cueWordsOf`) instead of scanning the
 * text a second time; this pins that reading to the scan it replaces, token for token, on every
 * tune fixture page and its comments and on the characters where the two letter classes differ.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { cueWordsOf, scanCueWords, scanWords } from '../src/text/tokens.js';
import { TextView } from '../src/text/view.js';
import { loadGoldPages } from './gold.js';

const EDGES = [
  "don't do n't don 't we've they 'll",
  'café cafe\u0301 naïve a\u0301b', // a combining mark: a letter to cue words only
  '𝐇𝐞𝐥𝐥𝐨 world 😀x', // outside the BMP: a letter to words only
  'donʼt stop', // U+02BC: a letter both ways, an apostrophe in a cue word's lower case
  '#tag @user a-b-c it’s x’ ‘quoted’ --a b- -c',
  "n't at the start; ǅemal İstanbul WHO. Next\nline | bar … end",
  "rock'n'roll o'clock ma'am y'all it's-not",
];

function texts(): string[] {
  const out = [...EDGES];
  for (const { input } of loadGoldPages('tune')) {
    out.push(input);
    for (const comment of splitPage(input).comments) out.push(comment.text);
  }
  return out;
}

describe('cue words read off the words as written', () => {
  it('equal the cue-word scan on every tune fixture page, comment and edge case', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(EDGES.length + 100);
    for (const text of all) expect(cueWordsOf(text, scanWords(text)), text.slice(0, 80)).toEqual(scanCueWords(text));
  });

  it.each([
    ['do n\'t go', ["don't", 'go']],
    ["it's al-Assad", ["it's", 'al', 'assad']],
    ['café cafe\u0301', ['café', 'cafe\u0301']],
    ['donʼt', ["don't"]],
  ])('%j reads as %j', (text, norms) => {
    expect(new TextView(text).cueWords.map((t) => t.norm)).toEqual(norms);
  });
});
