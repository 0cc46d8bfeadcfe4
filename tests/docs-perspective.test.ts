/** docs/perspective.md shows real output: the example's figures are recomputed here. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagComment } from '../src/analyze.js';

const doc = readFileSync(new URL('../docs/perspective.md', import.meta.url), 'utf8');

describe('docs/perspective.md', () => {
  it('prints what the example computes', () => {
    const text = /tagComment\('([^']+)'\)/.exec(doc)![1]!;
    const { attributes, threats } = tagComment(text);
    expect(doc).toContain(`attributes.identityAttack   // ${attributes.identityAttack}:`);
    expect(doc).toContain(`attributes.threat           // ${attributes.threat}`);
    expect(doc).toContain(`attributes.evidence.threat  // [ '${attributes.evidence.threat!.join("', '")}' ]`);
    expect(doc).toContain(`threats[0].target.text      // '${threats[0]!.target.text}'`);
  });

  it('names all six attributes and the CSV columns the code writes', () => {
    const csv = readFileSync(new URL('../src/tag/attributes/tagger.ts', import.meta.url), 'utf8');
    for (const column of ['toxicity', 'severe_toxicity', 'identity_attack', 'insult', 'profanity_score', 'threat']) {
      expect(doc).toContain(`\`${column}\``);
      expect(csv).toContain(`${column}: (`);
    }
  });
});
