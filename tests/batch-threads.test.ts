import { describe, expect, it } from 'vitest';
import { indexThreads, tagComments } from '../src/batch/index.js';

describe('threads with repeated ids', () => {
  it('a parentId names the nearest earlier row with that id', () => {
    // Two articles numbered 0, 1, 2 each, exported one after the other without article text.
    const rows = [{ id: 0 }, { id: 1, parentId: 0 }, { id: 2, parentId: 1 }, { id: 0 }, { id: 1, parentId: 0 }, { id: 2, parentId: 0 }];
    const { threads, parentOf, report } = indexThreads(rows);
    expect(threads).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(parentOf).toEqual([-1, 0, 1, -1, 3, 3]);
    expect(report.duplicateIds).toBe(3);
    expect(report.firstDuplicate).toBe(3);
  });

  it('a parent that comes later is the first row with that id; a missing one is reported', () => {
    const { parentOf, report } = indexThreads([{ id: 'b', parentId: 'a' }, { id: 'a' }, { id: 'c', parentId: 'zz' }]);
    expect(parentOf).toEqual([1, -1, -1]);
    expect(report).toMatchObject({ missingParents: 1, firstMissingParent: 2 });
  });

  it('a row that names itself has no parent row, and its stance is read against the article', () => {
    const { parentOf, report } = indexThreads([{ id: 'x', parentId: 'x' }]);
    expect(parentOf).toEqual([-1]);
    expect(report).toMatchObject({ selfParents: 1, firstSelfParent: 0 });
    const article = 'The council approved the bike lanes on Tuesday.';
    const [self] = tagComments([{ id: 'x', parentId: 'x', text: 'That is false, they never approved anything.', articleText: article }]);
    const [plain] = tagComments([{ id: 'x', text: 'That is false, they never approved anything.', articleText: article }]);
    expect(self!.stance).toEqual(plain!.stance);
  });
});
