/**
 * What the `pages` run holds in its main thread must not grow with the number of inputs (issue 17:
 * a WARC of 1 GB runs in bounded memory): the resume skips hold only the keys still to skip, and the
 * ordered writer hands out no more sequence numbers than its window before one is written.
 */
import { describe, expect, it } from 'vitest';
import { Occurrences, ResumeSkips } from '../src/cli/identity/keys.js';
import { OrderedWriter } from '../src/cli/ordered.js';
import type { Output } from '../src/cli/output.js';
import { jsonl } from '../src/cli/formats/jsonl.js';

/** The rule ResumeSkips keeps: the k-th input with key K is skipped when k < done[K]. */
function skippedByCounting(done: Map<string, number>, keys: string[]): boolean[] {
  const seen = new Occurrences();
  return keys.map((key) => seen.next(key) < (done.get(key) ?? 0));
}

describe('ResumeSkips skips the inputs whose records are already written', () => {
  const cases: { name: string; done: [string, number][]; keys: string[]; skipped: boolean[] }[] = [
    { name: 'nothing written', done: [], keys: ['a', 'b', 'a'], skipped: [false, false, false] },
    { name: 'one capture of each written', done: [['a', 1], ['b', 1]], keys: ['a', 'b', 'c'], skipped: [true, true, false] },
    { name: 'a URL captured twice, one written', done: [['u r1', 1]], keys: ['u r1', 'u r1', 'v r2'], skipped: [true, false, false] },
    { name: 'a key written twice', done: [['a', 2]], keys: ['a', 'b', 'a', 'a'], skipped: [true, false, true, false] },
    { name: 'a key the input no longer has', done: [['gone', 3]], keys: ['a', 'b'], skipped: [false, false] },
  ];
  for (const { name, done, keys, skipped } of cases) {
    it(name, () => {
      const skips = new ResumeSkips(new Map(done));
      expect(keys.map((key) => skips.skip(key))).toEqual(skipped);
      expect(skipped).toEqual(skippedByCounting(new Map(done), keys));
    });
  }

  it('counts the map it was given down in place: the resumed keys are not held twice', () => {
    const done = new Map([['a', 2], ['b', 1]]);
    const skips = new ResumeSkips(done);
    skips.skip('a');
    expect(done.get('a')).toBe(1);
    skips.skip('a');
    expect([...done.keys()]).toEqual(['b']);
  });

  it('holds no key per input read: 20,000 records, two of them already written', () => {
    const skips = new ResumeSkips(new Map([['r5', 1], ['r7', 1]]));
    let most = skips.size;
    let skipped = 0;
    for (let i = 0; i < 20_000; i++) {
      if (skips.skip(`r${i}`)) skipped++;
      most = Math.max(most, skips.size);
    }
    expect(skipped).toBe(2);
    expect(most).toBeLessThanOrEqual(2);
    expect(skips.size).toBe(0);
  });
});

/** An output that never fills up and keeps what is written. */
function memoryOutput(): Output & { text: string } {
  const out = { text: '', write: (chunk: string) => ((out.text += chunk), true), drained: () => Promise.resolve() };
  return out as unknown as Output & { text: string };
}

describe('OrderedWriter keeps at most its window of sequence numbers open', () => {
  it('a reserve past the window waits until the oldest is written', async () => {
    const writer = new OrderedWriter(memoryOutput(), jsonl, 4);
    const seqs = [await writer.reserve(), await writer.reserve(), await writer.reserve(), await writer.reserve()];
    let fifth: number | null = null;
    const waiting = writer.reserve().then((seq) => (fifth = seq));
    await new Promise((resolve) => setImmediate(resolve));
    expect(fifth).toBeNull();
    // A later one written first does not free room: the oldest still holds its place.
    writer.complete(seqs[3]!, 'd\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(fifth).toBeNull();
    writer.complete(seqs[0]!, 'a\n');
    await waiting;
    expect(fifth).toBe(4);
  });

  it('two reserves made at once: the second waits for room after the first awaits the output', async () => {
    // The window is checked again after waiting for the output to drain, or both pass one check.
    const cases = [
      { window: 1, callers: 2, openAfterOneTurn: 1 },
      { window: 2, callers: 4, openAfterOneTurn: 2 },
    ];
    for (const { window, callers, openAfterOneTurn } of cases) {
      const writer = new OrderedWriter(memoryOutput(), jsonl, window);
      const got: number[] = [];
      const all = Array.from({ length: callers }, () => writer.reserve().then((seq) => got.push(seq)));
      await new Promise((resolve) => setImmediate(resolve));
      expect(got.length).toBe(openAfterOneTurn);
      for (let seq = 0; seq < callers; seq++) {
        while (got.length <= seq) await new Promise((resolve) => setImmediate(resolve));
        writer.complete(seq, `${seq}\n`);
      }
      await Promise.all(all);
      expect(got).toEqual(Array.from({ length: callers }, (_, i) => i));
    }
  });

  it('open sequence numbers never pass the window over 5,000 records finishing out of order', async () => {
    const output = memoryOutput();
    const window = 8;
    const writer = new OrderedWriter(output, jsonl, window);
    const written = () => output.text.length / 2;
    let most = 0;
    let turn = 0;
    for (let reserved = 1; reserved <= 5000; reserved++) {
      const seq = await writer.reserve();
      most = Math.max(most, reserved - written());
      // Workers finish in their own order: every third record takes three turns longer.
      const delay = seq % 3 === 0 ? 3 : 0;
      const finish = (left: number) => setImmediate(() => (left > 0 ? finish(left - 1) : writer.complete(seq, `${turn++ % 10}\n`)));
      finish(delay);
    }
    await writer.settled();
    expect(written()).toBe(5000);
    expect(most).toBeLessThanOrEqual(window);
  });
});
