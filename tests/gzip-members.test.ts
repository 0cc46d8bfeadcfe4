/** Gzip members read one at a time with native zlib (the .warc.gz reader): boundaries, window growth, faults. */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GzipMembers, type Member } from '../src/cli/sources/gzip-members.js';
import { tempDir } from './cli-helpers.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('gzip-members')));
afterAll(() => cleanup?.());

/** A member with a file name and a comment in its header, which gzipSync never writes. */
function namedMember(data: Buffer): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x08 | 0x10, 0, 0, 0, 0, 0, 0xff]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, Buffer.from('record.warc\0a comment\0'), deflateRawSync(data), trailer]);
}

/** Every member of the file, following `next` and stopping at the first fault. */
function readAll(file: Buffer, maxOutput = 1 << 30): Member[] {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.gz`);
  writeFileSync(path, file);
  const members = new GzipMembers(path, file.length, maxOutput);
  const out: Member[] = [];
  try {
    for (let at = 0; at < file.length; ) {
      const member = members.read(at);
      out.push(member);
      if (!('next' in member)) break;
      at = member.next;
    }
  } finally {
    members.close();
  }
  return out;
}

const texts = ['WARC/1.1 first record', 'WARC/1.1 second record '.repeat(50), 'third'];

describe('GzipMembers', () => {
  it('inflates each member and says where the next starts, header names and comments included', () => {
    const parts = [gzipSync(texts[0]!), namedMember(Buffer.from(texts[1]!)), gzipSync(texts[2]!)];
    const members = readAll(Buffer.concat(parts));
    expect(members.map((m) => ('bytes' in m ? m.bytes.toString() : m.fault))).toEqual(texts);
    expect(members.map((m) => m.at)).toEqual([0, parts[0]!.length, parts[0]!.length + parts[1]!.length]);
  });

  it('reads a member larger than its read window, and the one after it', () => {
    const big = randomBytes(6 * 1024 * 1024); // incompressible: the member is over 6 MB
    const members = readAll(Buffer.concat([gzipSync(big), gzipSync('after')]));
    expect(members.map((m) => ('bytes' in m ? m.bytes.length : m.fault))).toEqual([big.length, 5]);
  });

  it.each([
    ['a member cut short', (whole: Buffer) => whole.subarray(0, whole.length - 20), 'truncated'],
    ['a member missing its trailer', (whole: Buffer) => whole.subarray(0, whole.length - 4), 'truncated'],
    // A wrong trailer with bytes after it that are no member or record: its end is not known (a cut
    // member's deflate data that ran on into the next record "ends" inside it).
    ['a wrong CRC in the trailer, then junk', (whole: Buffer) => Buffer.concat([flip(whole, whole.length - 8), Buffer.from('junk, no record')]), 'corrupt'],
    ['damaged deflate data, then junk', (whole: Buffer) => Buffer.concat([flip(whole, 14), Buffer.from('junk, no record')]), 'corrupt'],
    ['bytes that are not gzip', () => Buffer.from('WARC/1.1 plain text, not gzip'), 'corrupt'],
  ])('%s is a fault, not an exception', (_, damage, fault) => {
    const whole = gzipSync(texts[1]!);
    expect(readAll(damage(whole))).toEqual([{ at: 0, fault }]);
  });

  // Only the trailer is wrong and a member, a record or the end follows it: its bytes are read, as
  // stdin's reader reads them, and the fault is kept (badTrailer).
  it.each([
    ['a wrong CRC, at the end', (bad: Buffer) => bad],
    ['a wrong CRC, then a member', (bad: Buffer) => Buffer.concat([bad, gzipSync(texts[2]!)])],
    ['a wrong CRC, then line breaks and a record', (bad: Buffer) => Buffer.concat([bad, Buffer.from('\r\nWARC/1.1 plain')])],
  ])('%s: read, its trailer reported', (_, around) => {
    const bad = flip(gzipSync(texts[1]!), gzipSync(texts[1]!).length - 8);
    const [first] = readAll(around(bad));
    expect(first).toEqual({ at: 0, next: bad.length, bytes: Buffer.from(texts[1]!), badTrailer: true });
  });

  it('reserved header flag bits make a member corrupt; plain flags keep reading', () => {
    const reserved = Buffer.from(gzipSync(texts[0]!));
    reserved[3] = 0x20;
    expect(readAll(reserved)).toEqual([{ at: 0, fault: 'corrupt' }]);
    expect(readAll(Buffer.concat([namedMember(Buffer.from(texts[2]!)), gzipSync(texts[0]!)])).map((m) => ('bytes' in m ? m.bytes.toString() : m.fault))).toEqual([texts[2], texts[0]]);
  });

  it('stops growing its window at what the output limit can take: deflate data of empty blocks is too large, not read whole', () => {
    // 5 MB of empty stored blocks (more than the read window) inflate to nothing, then a final block says "tail".
    const empty = Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff]);
    const data = Buffer.from('tail');
    const deflate = Buffer.concat([Buffer.concat(Array(1_000_000).fill(empty)), deflateRawSync(data)]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(data), 0);
    trailer.writeUInt32LE(data.length, 4);
    const member = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]), deflate, trailer]);
    expect(readAll(member, 10_000)).toEqual([{ at: 0, fault: 'too-large' }]);
    // The same member under a limit that allows its size reads; so does an incompressible one just under the limit.
    expect(readAll(member, 6_000_000).map((m) => ('bytes' in m ? m.bytes.toString() : m.fault))).toEqual(['tail']);
    const noise = randomBytes(99_000);
    expect(readAll(gzipSync(noise), 100_000).map((m) => ('bytes' in m ? m.bytes.length : m.fault))).toEqual([99_000]);
  });

  it('does not inflate a member past the output limit', () => {
    expect(readAll(gzipSync(Buffer.alloc(100_000)), 10_000)).toEqual([{ at: 0, fault: 'too-large' }]);
  });
});

function flip(buffer: Buffer, at: number): Buffer {
  const copy = Buffer.from(buffer);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}
