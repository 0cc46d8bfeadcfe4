/**
 * Every small word list's examples (src/tag/word-lists.ts): each names a tag field and whether the
 * example fills it, so a list that stops doing its job fails here.
 */
import { describe, expect, it } from 'vitest';
import { tagComment } from '../src/index.js';
import clauseLists from '../src/tag/clause/data/lists.json';
import contextWords from '../src/tag/toxicity/data/context-words.json';
import { WordListsFile } from '../src/tag/word-lists.js';

const FILES: [string, unknown][] = [
  ['clause/data/lists.json', clauseLists],
  ['toxicity/data/context-words.json', contextWords],
];

for (const [name, json] of FILES) {
  describe(`word lists of ${name}`, () => {
    const file = WordListsFile.parse(json);
    for (const [list, { examples }] of Object.entries(file.lists)) {
      it.each(examples)(`${list}: %j`, ({ text, field, where, found }) => {
        const tags = tagComment(text) as unknown as Record<string, Record<string, unknown>[]>;
        expect(tags[field], `no field ${field}`).toBeInstanceOf(Array);
        const matching = tags[field]!.filter((finding) => Object.entries(where ?? {}).every(([key, value]) => finding[key] === value));
        expect(matching.length > 0).toBe(found);
      });
    }
  });
}
