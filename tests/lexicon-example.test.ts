/** The documented lexicon file (examples/lexicon.json) loads, validates and changes the results as it says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, parseLexiconFile } from '../src/index.js';

const FILE = new URL('../examples/lexicon.json', import.meta.url);
const SCHEMA = new URL('../dist/schema.json', import.meta.url);

describe('examples/lexicon.json', () => {
  const lexicon = parseLexiconFile(JSON.parse(readFileSync(FILE, 'utf8')));

  it('parses with parseLexiconFile', () => {
    expect(lexicon.version).toBe('newsroom-2026.1');
    expect(lexicon.extend?.map((entry) => entry.id)).toEqual(['insult.clown-car', 'prof.frak']);
  });

  it('adds its entries, with the file as source, and allows what it allows', () => {
    const analyzer = createAnalyzer({ lexicon });
    const tags = analyzer.tagComment('You absolute clown car. This frakking thread is a load of crap.');
    expect(tags.insults.map((f) => [f.text, f.rule, f.source])).toContainEqual(['clown car', 'insults/insult.clown-car', 'custom-lexicon@newsroom-2026.1']);
    expect(tags.profanity.map((f) => f.rule)).toContain('profanity/prof.frak');
    expect([...tags.profanity, ...tags.insults].map((f) => f.text.toLowerCase())).not.toContain('crap');
    const plain = createAnalyzer().tagComment('This frakking thread is a load of crap.');
    expect(plain.profanity.map((f) => f.text.toLowerCase())).toEqual(['crap']);
  });

  it('is described in schema.json as LexiconFile', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.$defs.LexiconFile?.properties ?? {})).toEqual(expect.arrayContaining(['extend', 'allow', 'replace', 'dehumanization', 'version']));
    expect(schema.$defs.LexiconEntry).toBeDefined();
  });
});
