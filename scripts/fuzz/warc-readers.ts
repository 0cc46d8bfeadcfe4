/**
 * Hostile WARC variants read by every reader (plain file, gzip per record, gzip as one member, a
 * member too large to inflate whole, stdin plain, stdin gzip per record and as one member): prints
 * each variant where the readers disagree, or where a good record is missing, with what each read.
 * Records are compared by source and outcome; error records by count, their keys (offsets in the file
 * or in the inflated bytes) differ by packing. `npx tsx scripts/fuzz/warc-readers.ts [filter]`.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { warcFileItems, warcStreamItems } from '../../src/cli/sources/warc.js';
import type { PageItem } from '../../src/cli/sources/types.js';
import { rawWarcRecord as record, WARC_PACKINGS } from '../lib/warc-build.js';

const MAX_BYTES = 1000;
const dir = mkdtempSync(join(tmpdir(), 'warc-fuzz-'));

/** An HTML response whose target URI holds the bytes e9 ff (not UTF-8). */
function latin1Uri(body: string): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>${body}</p>`);
  const head = Buffer.concat([Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://f.example/caf'), Buffer.from([0xe9, 0xff]), Buffer.from(`\r\nWARC-Record-ID: <urn:t:l>\r\nContent-Length: ${http.length}\r\n\r\n`)]);
  return Buffer.concat([head, http, Buffer.from('\r\n\r\n')]);
}

const packings = WARC_PACKINGS;

async function readAll(bytes: Buffer, stdin: boolean): Promise<string[]> {
  const path = join(dir, bytes[0] === 0x1f ? 'in.warc.gz' : 'in.warc');
  writeFileSync(path, bytes);
  const notes = { skippedWarcRecords: 0 };
  const items = stdin ? warcStreamItems(createReadStream(path), MAX_BYTES, notes) : warcFileItems(path, MAX_BYTES, notes);
  const out: string[] = [];
  for await (const item of items as AsyncGenerator<PageItem & { content?: Uint8Array }>) {
    out.push(item.error ? (item.source.includes('#offset=') ? 'error' : `${item.source} ${item.error.code}`) : `${item.source} ok ${item.content!.length}`);
  }
  out.push(`skipped ${notes.skippedWarcRecords}`);
  return out;
}

const good = ['a', 'b', 'c'].map((n) => record(`http://f.example/${n}`, `page ${n} `.repeat(5)));
const meta = record('http://f.example/meta', 'via: test', { type: 'metadata', contentType: 'application/warc-fields' });
/** Offsets inside a record where a cut is interesting: in the version line, the WARC header, the HTTP header, the body. */
function cutPoints(r: Buffer): [string, number][] {
  const text = r.toString('latin1');
  const warcEnd = text.indexOf('\r\n\r\n');
  const httpEnd = text.indexOf('\r\n\r\n', warcEnd + 4);
  return [['version', 4], ['warc-header', warcEnd - 10], ['warc-header-end', warcEnd + 2], ['http-header', warcEnd + 20], ['body', httpEnd + 20], ['trailer', r.length - 2]];
}

type Variant = { name: string; pieces: Buffer[]; expectOk: string[] };
const variants: Variant[] = [];
const ok = (...names: string[]) => names.map((n) => `http://f.example/${n}`);
variants.push({ name: 'whole records', pieces: [good[0]!, meta, good[1]!, good[2]!], expectOk: ok('a', 'b', 'c') });
for (const [where, at] of cutPoints(good[1]!)) {
  variants.push({ name: `b cut in ${where}, then c`, pieces: [good[0]!, good[1]!.subarray(0, at), good[2]!], expectOk: ok('a', 'c') });
  variants.push({ name: `b cut in ${where} at the end`, pieces: [good[0]!, good[1]!.subarray(0, at)], expectOk: ok('a') });
}
for (const delta of [-30, -1, 1, 30]) variants.push({ name: `b's Content-Length ${delta > 0 ? '+' : ''}${delta}`, pieces: [good[0]!, record('http://f.example/b', 'page b '.repeat(5), { lengthDelta: delta }), good[2]!], expectOk: ok('a') });
variants.push({ name: 'a zero-length record', pieces: [good[0]!, Buffer.from('WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:t:z>\r\nContent-Length: 0\r\n\r\n\r\n\r\n'), good[1]!], expectOk: ok('a', 'b') });
variants.push({ name: 'a zero-length response', pieces: [good[0]!, Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://f.example/z\r\nWARC-Record-ID: <urn:t:z>\r\nContent-Length: 0\r\n\r\n\r\n\r\n'), good[1]!], expectOk: ok('a', 'b') });
variants.push({ name: 'non-UTF-8 bytes in a target URI', pieces: [good[0]!, latin1Uri('x'), good[1]!], expectOk: ['http://f.example/caf\uFFFD\uFFFD', ...ok('a', 'b')] });
variants.push({ name: 'non-UTF-8 bytes in the target URI of an over-limit response', pieces: [good[0]!, latin1Uri('x'.repeat(70_000)), good[1]!], expectOk: ok('a', 'b') });
// warcio reads no HTTP headers or body under bare LF line ends: every reader reports the records as damage.
variants.push({ name: 'LF line ends', pieces: ['a', 'b'].map((n) => record(`http://f.example/${n}`, `page ${n}`, { eol: '\n' })), expectOk: [] });
variants.push({ name: 'a header cut mid-line by the next record', pieces: [good[0]!, Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://f.ex'), good[1]!], expectOk: ok('a', 'b') });

// Review of the cli merge, findings 1-3: a body quoting a whole WARC record, a target URI ending in a version.
const quotedPage = (x: string) => `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>${x}</p>`;
const exact = (uri: string, body: string, sep = '\r\n\r\n') => Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}${sep}`);
const quoting = (sep: string) => exact('http://f.example/q', quotedPage('<pre>' + exact('http://inner.example/x', quotedPage('inner')).toString() + '</pre>'), sep);
variants.push({ name: 'a body quoting a WARC, no separator', pieces: [good[0]!.subarray(0, good[0]!.length - 4), quoting(''), good[1]!], expectOk: ok('a', 'q', 'b') });
variants.push({ name: 'a body quoting a WARC, then a space and a line break', pieces: [good[0]!, quoting(' \r\n'), good[1]!], expectOk: ok('a', 'q', 'b') });
variants.push({ name: 'a body quoting a WARC, cut 5 bytes short at the end', pieces: [good[0]!, quoting('').subarray(0, quoting('').length - 5)], expectOk: ok('a') });
variants.push({ name: 'a target URI ending in a WARC version', pieces: [good[0]!, exact('http://f.example/spec/WARC/1.1', quotedPage('s')), good[1]!], expectOk: ok('a', 'spec/WARC/1.1', 'b') });

/** Bytes no packing makes: read as a file and on stdin, each must keep every good record. */
const gz = (b: Buffer) => gzipSync(b);
/** A member whose trailer's CRC does not match its data (its records still inflate). */
const badCrc = (member: Buffer) => Buffer.concat([member.subarray(0, member.length - 8), Buffer.from([member[member.length - 8]! ^ 0xff]), member.subarray(member.length - 7)]);
const raw: { name: string; bytes: Buffer; expectOk: string[] }[] = [
  { name: 'gzip members, then a plain record, then a member', bytes: Buffer.concat([gz(good[0]!), good[1]!, gz(good[2]!)]), expectOk: ok('a', 'b', 'c') },
  { name: 'a plain record, then a gzip member, then a plain record', bytes: Buffer.concat([good[0]!, gz(good[1]!), good[2]!]), expectOk: ok('a', 'b', 'c') },
  { name: 'a WARC gzipped twice, one member', bytes: gz(gz(Buffer.concat(good))), expectOk: ok('a', 'b', 'c') },
  { name: 'a WARC gzipped twice, a member per record', bytes: Buffer.concat(good.map((r) => gz(gz(r)))), expectOk: ok('a', 'b', 'c') },
  { name: 'a member per record, the last one cut', bytes: (() => { const all = Buffer.concat(good.map(gz)); return all.subarray(0, all.length - 20); })(), expectOk: ok('a', 'b') },
  { name: 'one member, cut', bytes: (() => { const all = gz(Buffer.concat([...good, good[0]!, good[1]!])); return all.subarray(0, all.length - 20); })(), expectOk: ok('a', 'b') },
  { name: 'an empty member between records', bytes: Buffer.concat([gz(good[0]!), gz(Buffer.alloc(0)), gz(good[1]!)]), expectOk: ok('a', 'b') },
  { name: 'a member holding only a line break', bytes: Buffer.concat([gz(good[0]!), gz(Buffer.from('\r\n')), gz(good[1]!)]), expectOk: ok('a', 'b') },
  { name: 'a WARC gzipped three times, one member', bytes: gz(gz(gz(Buffer.concat(good)))), expectOk: ok('a', 'b', 'c') },
  { name: 'a plain WARC, then a .warc.gz (cat of both)', bytes: Buffer.concat([good[0]!, ...good.slice(1).map(gz)]), expectOk: ok('a', 'b', 'c') },
  { name: 'plain records and members by turns', bytes: Buffer.concat([gz(good[0]!), good[1]!, gz(good[2]!), good[0]!.toString().replaceAll('/a', '/d'), gz(Buffer.from(good[1]!.toString().replaceAll('/b', '/e')))].map((b) => Buffer.from(b))), expectOk: ok('a', 'b', 'c', 'd', 'e') },
  { name: 'members, the middle one\'s CRC wrong', bytes: Buffer.concat([gz(good[0]!), badCrc(gz(good[1]!)), gz(good[2]!)]), expectOk: ok('a', 'b', 'c') },
  { name: 'a member, a cut member, then a plain record', bytes: Buffer.concat([gz(good[0]!), gz(good[1]!).subarray(0, 40), good[2]!]), expectOk: ok('a', 'c') },
  { name: 'a plain record, a cut member, then a plain record', bytes: Buffer.concat([good[0]!, gz(good[1]!).subarray(0, 40), good[2]!]), expectOk: ok('a', 'c') },
  { name: 'a plain record, a member whose CRC is wrong, a plain record', bytes: Buffer.concat([good[0]!, badCrc(gz(good[1]!)), good[2]!]), expectOk: ok('a', 'b', 'c') },
];

const filter = process.argv[2];
let bad = 0;
for (const variant of variants) {
  if (filter && !variant.name.includes(filter)) continue;
  const results = new Map<string, string[]>();
  for (const packing of packings) results.set(packing.name, await readAll(packing.pack(variant.pieces), packing.stdin));
  // A damage stretch over several members is an error record per member: runs of them count as one.
  for (const [name, r] of results) results.set(name, r.filter((line, i) => line !== 'error' || r[i - 1] !== 'error'));
  const first = JSON.stringify([...results.values()][0]);
  const agree = [...results.values()].every((r) => JSON.stringify(r) === first);
  const missing = [...results].filter(([, r]) => variant.expectOk.some((uri) => !r.some((line) => line.startsWith(`${uri} ok`))));
  if (agree && missing.length === 0) continue;
  bad++;
  console.log(`\n${variant.name}: ${agree ? '' : 'readers disagree; '}${missing.length ? `good records missing in ${missing.map(([n]) => n).join(', ')}` : ''}`);
  for (const [name, r] of results) console.log(`  ${name.padEnd(66)} ${r.join(' | ')}`);
}
for (const variant of raw) {
  if (filter && !variant.name.includes(filter)) continue;
  const results = new Map<string, string[]>([['file', await readAll(variant.bytes, false)], ['stdin', await readAll(variant.bytes, true)]]);
  const [file, stdin] = [...results.values()].map((r) => JSON.stringify(r));
  const missing = [...results].filter(([, r]) => variant.expectOk.some((uri) => !r.some((line) => line.startsWith(`${uri} ok`))));
  if (file === stdin && missing.length === 0) continue;
  bad++;
  console.log(`\n${variant.name}: ${file === stdin ? '' : 'file and stdin disagree; '}${missing.length ? `good records missing in ${missing.map(([n]) => n).join(', ')}` : ''}`);
  for (const [name, r] of results) console.log(`  ${name.padEnd(66)} ${r.join(' | ')}`);
}
console.log(`\n${bad} of ${variants.length + raw.length} variants with a disagreement or a lost record`);
rmSync(dir, { recursive: true, force: true });
