import { describe, expect, it } from 'vitest';
import { ForgettableWeakMap, forgetMemos, IdFlags, IdMemo, MAX_KEY_CHARS, memoize, memoizeBy, memoizeById, once } from '../src/memo.js';

describe('memoize', () => {
  it('computes once per key, null answers included', () => {
    let calls = 0;
    const lookup = memoize(10, (key: string) => {
      calls++;
      return key === 'none' ? null : key.length;
    });
    expect([lookup('abc'), lookup('abc'), lookup('none'), lookup('none')]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
  });

  it('forgets everything once the limit is reached, so memory stays bounded', () => {
    let calls = 0;
    const lookup = memoize(3, (key: number) => {
      calls++;
      return key * 2;
    });
    for (const key of [1, 2, 3, 4]) lookup(key);
    expect(calls).toBe(4);
    lookup(1); // cleared when 4 went in
    expect(calls).toBe(5);
    lookup(4);
    expect(calls).toBe(5);
  });

  // maxKeyChars set by the caller (stems.ts keeps words of at most 40): keys of that length are
  // kept, one character longer are answered every time; memoizeBy takes the same bound.
  it.each([
    ['memoize', (compute: (key: string) => number) => memoize(10, compute, 5)],
    ['memoizeBy', (compute: (key: string) => number) => memoizeBy(10, (key: string) => key, compute, 5)],
  ])('%s keeps keys up to the maxKeyChars it is given, and no longer ones', (_name, make) => {
    const keys: string[] = [];
    const lookup = make((key) => {
      keys.push(key);
      return key.length;
    });
    expect(['abcde', 'abcde', 'abcdef', 'abcdef'].map(lookup)).toEqual([5, 5, 6, 6]);
    expect(keys).toEqual(['abcde', 'abcdef', 'abcdef']);
  });

  it('answers a very long string key without keeping it, so the cache cannot hold megabytes', () => {
    let calls = 0;
    const lookup = memoize(10, (key: string) => {
      calls++;
      return key.length;
    });
    const long = 'x'.repeat(MAX_KEY_CHARS + 1);
    expect([lookup(long), lookup(long)]).toEqual([long.length, long.length]);
    expect(calls).toBe(2);
    const short = 'x'.repeat(MAX_KEY_CHARS);
    expect([lookup(short), lookup(short)]).toEqual([short.length, short.length]);
    expect(calls).toBe(3);
  });

  it('forgets every memoized answer on forgetMemos, for a bench whose timed page repeats its warm-up', () => {
    let calls = 0;
    const lookup = memoize(10, (key: string) => {
      calls++;
      return key.length;
    });
    lookup('abc');
    lookup('abc');
    expect(calls).toBe(1);
    forgetMemos();
    lookup('abc');
    expect(calls).toBe(2);
  });
});

describe('ForgettableWeakMap', () => {
  it('keeps a value per object until forgetMemos', () => {
    const cache = new ForgettableWeakMap<object, number>();
    const [a, b] = [{}, {}];
    cache.set(a, 1);
    expect([cache.get(a), cache.get(b)]).toEqual([1, undefined]);
    forgetMemos();
    expect(cache.get(a)).toBeUndefined();
    cache.set(a, 2);
    expect(cache.get(a)).toBe(2);
  });
});

describe('memoizeBy', () => {
  it('keys an argument by what keyOf names, and computes uncached when keyOf gives undefined', () => {
    let calls = 0;
    const size = memoizeBy(
      10,
      (list: string[]) => (list.length > 2 ? undefined : list.join('|')),
      (list: string[]) => {
        calls++;
        return list.length;
      },
    );
    expect([size(['a', 'b']), size(['a', 'b'])]).toEqual([2, 2]);
    expect(calls).toBe(1);
    expect([size(['a', 'b', 'c']), size(['a', 'b', 'c'])]).toEqual([3, 3]);
    expect(calls).toBe(3);
    forgetMemos();
    size(['a', 'b']);
    expect(calls).toBe(4);
  });
});

describe('once', () => {
  it('computes nothing until first asked, then keeps the value (undefined included)', () => {
    let calls = 0;
    const value = once(() => {
      calls++;
      return calls === 1 ? undefined : 'again';
    });
    expect(calls).toBe(0);
    expect([value(), value(), value()]).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(1);
  });
});

describe('memoizeById', () => {
  it('computes once per id, answers an argument without an id (-1) afresh each time, and forgets on forgetMemos', () => {
    let calls = 0;
    const lengthOf = memoizeById(8, (word: { id: number; key: string }) => {
      calls++;
      return word.key.length;
    });
    expect([lengthOf({ id: 3, key: 'abc' }), lengthOf({ id: 3, key: 'abc' }), lengthOf({ id: 7, key: 'seven' })]).toEqual([3, 3, 5]);
    expect(calls).toBe(2);
    expect([lengthOf({ id: -1, key: 'toolong' }), lengthOf({ id: -1, key: 'toolong' })]).toEqual([7, 7]);
    expect(calls).toBe(4);
    forgetMemos();
    expect(lengthOf({ id: 3, key: 'abc' })).toBe(3);
    expect(calls).toBe(5);
  });

  it('IdFlags holds one yes per id, none for -1, and forgets on forgetMemos', () => {
    const flags = new IdFlags(4);
    flags.add(0);
    flags.add(3);
    expect([0, 1, 2, 3, -1].map((id) => flags.has(id))).toEqual([true, false, false, true, false]);
    forgetMemos();
    expect([0, 3].map((id) => flags.has(id))).toEqual([false, false]);
  });

  // Ids far apart land in different blocks, each made when one of its ids is first set; each block
  // answers only for its own ids.
  it('IdMemo answers ids in blocks far apart, and forgets them all on forgetMemos', () => {
    const memo = new IdMemo<string>(1 << 17);
    memo.set(5, 'five');
    memo.set(100_000, 'far');
    expect([memo.get(5), memo.get(100_000), memo.get(6), memo.get(99_999), memo.get(-1)]).toEqual(['five', 'far', undefined, undefined, undefined]);
    forgetMemos();
    expect([memo.get(5), memo.get(100_000)]).toEqual([undefined, undefined]);
  });

  // Blocks are made on first use, not all at once: a memo of 2^30 ids that filled its slots when
  // first set would need gigabytes (and fail or hang here); made per block, two ids cost two blocks.
  it('IdMemo makes only the blocks of the ids it is given', () => {
    const size = 2 ** 30;
    const memo = new IdMemo<string>(size);
    memo.set(3, 'low');
    memo.set(size - 1, 'high');
    expect([memo.get(3), memo.get(size - 1), memo.get(size - 2), memo.get(4)]).toEqual(['low', 'high', undefined, undefined]);
  });

  it('IdMemo and IdFlags keep nothing for an id past their size (answered again, never a wrong answer)', () => {
    const memo = new IdMemo<string>(4);
    memo.set(3, 'three');
    memo.set(9, 'nine');
    memo.set(-1, 'none');
    expect([memo.get(3), memo.get(9), memo.get(-1)]).toEqual(['three', undefined, undefined]);
    const flags = new IdFlags(4);
    flags.add(9);
    flags.add(-1);
    flags.add(2);
    expect([9, -1, 2].map((id) => flags.has(id))).toEqual([false, false, true]);
  });
});
