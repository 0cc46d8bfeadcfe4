/**
 * WARC input: every HTML `response` record of a `.warc` or `.warc.gz` file (gzip per record), one
 * record in memory at a time. A .warc.gz is read member by member, inflated with native zlib
 * (gzip-members.ts), and each member's records are parsed by warcio; members too large to inflate
 * whole, plain .warc files and WARCs on stdin are read record by record from a byte stream
 * (warc-frames.ts), each read bounded, gzip inflated by native zlib. Bytes that are not a readable
 * record are reported as one `corrupt-record` error, and reading resumes at the next record start:
 * damaged input never loses the whole records around the damage.
 */
import { createReadStream, closeSync, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { toErrorInfo } from '../../batch/errors.js';
import { ThreadlensError } from '../../errors.js';
import { fileKey } from '../identity/keys.js';
import { GzipMembers, inflatedMembers, type Inflating, isGzip, type Member, MemberStream } from './gzip-members.js';
import { framedItems, type GzipAmongRecords, type InflatedRun, type Position, type Skipped, type Spans } from './warc-frames.js';
import { cutShort, decodesPastLimit, described, HTTP_HEADROOM, RECORD_START, type RecordFields, startsWarc, tooLarge, wholeLimit } from './warc-record.js';
import type { PageItem, SourceNotes } from './types.js';

type WarcRecord = import('warcio').WARCRecord;

/**
 * Loaded on first use: library users and non-WARC runs never pay for warcio, and it is an optional
 * peer dependency, so a consumer who reads no WARC does not install it. Missing, it is a typed
 * `missing-dependency` error that says how to get it.
 */
export async function loadWarcio(load: () => Promise<typeof import('warcio')> = () => import('warcio')) {
  try {
    return await load();
  } catch (error) {
    if (!isMissingWarcio(error)) throw error;
    throw new ThreadlensError('missing-dependency', 'reading WARC input needs the optional package warcio: run `npm install warcio` beside threadlens', { cause: error });
  }
}

function isMissingWarcio(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes('warcio');
}

export async function* warcFileItems(path: string, maxBytes: number, notes: SourceNotes): AsyncGenerator<PageItem> {
  const warcio = await loadWarcio();
  const size = statSync(path).size;
  const name = fileKey(path);
  if (isGzip(fileHead(path))) yield* gzipWarcItems(path, size, name, maxBytes, notes, warcio);
  else yield* streamedWarcItems(path, size, name, maxBytes, notes, warcio);
}

/**
 * A .warc.gz, one gzip member at a time, inflated natively (gzip-members.ts) and handed to warcio
 * as plain bytes. A member that does not inflate, or holds no readable record, is one
 * `corrupt-record` error, and reading resumes at the next member. A member too large to inflate
 * whole (a file gzipped as one stream, one huge record, a gzip bomb) is streamed from there on
 * (streamedMemberItems).
 */
async function* gzipWarcItems(path: string, size: number, name: string, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio')): AsyncGenerator<PageItem> {
  const members = new GzipMembers(path, size, wholeLimit(maxBytes));
  try {
    members: for (let at = 0; at < size; ) {
      const member = members.read(at);
      // What a member of a WARC gzipped twice inflates to, inflated once here and read below.
      const inner = 'bytes' in member && isGzip(member.bytes) ? innerLayer(member.bytes, members.maxOutput) : null;
      // A WARC gzipped twice whose outer layer is not whole inner members (one member too large to
      // inflate whole, or blocks of the inner stream as pigz -i and bgzip write them): the rest of the
      // file is read as stdin reads it, the outer layer inflated as one stream.
      if (outerLayerStreamed(members, member, path, inner === 'cut')) {
        yield* streamItems(fileChunks(path, at), twiceGzipped(name, at), maxBytes, notes, warcio);
        return;
      }
      if (streamed(member)) {
        at = yield* streamedMemberItems(path, at, size, name, maxBytes, notes, warcio);
        continue;
      }
      // Plain records after gzip members (a .warc.gz and a .warc joined): the rest of the file is read
      // as stdin reads it, plain records and gzip members alike.
      if ('fault' in member && member.fault === 'corrupt' && startsWarc(fileBytes(path, at, RECORD_START.length))) {
        yield* streamItems(fileChunks(path, at), fromByte(name, at), maxBytes, notes, warcio);
        return;
      }
      // An empty member, or one of line breaks only, holds no record and loses none: stdin reads it
      // as nothing, or as the line breaks between records.
      if ('bytes' in member && onlyLineBreaks(member.bytes)) {
        if (member.badTrailer) yield badTrailer(name, at);
        at = member.next;
        continue;
      }
      // A WARC gzipped twice, a member of whole inner members: they are read as a stream, then the next
      // member. Damaged inner members are inflated again by the stream reader, which reads up to the damage.
      if ('bytes' in member && inner !== null) {
        yield* streamItems(once(Buffer.isBuffer(inner) ? inner : member.bytes), twiceGzipped(name, at), maxBytes, notes, warcio);
        if (member.badTrailer) yield badTrailer(name, at);
        at = member.next;
        continue;
      }
      if ('bytes' in member) {
        const skipped = skippedIn(name, at);
        let read: PageItem[] | 'unreadable' | Spans | 'reported' = await memberItems(member.bytes, maxBytes, notes, warcio, skipped);
        // A record that goes on past its member (records gzipped in pieces, or a whole file cut into
        // members): the following members are joined on until its records end, parsed again each time
        // the joined bytes double. Past the inflate limit, or at a following member too large to inflate
        // whole, the members from this one on are streamed (streamedMemberItems).
        let joined = { bytes: member.bytes, next: member.next };
        // Members of the run whose trailer does not match: reported after its records.
        const badTrailers = member.badTrailer ? [at] : [];
        for (let parsed = joined.bytes.length; isSpans(read); ) {
          const following = joined.next < size ? members.read(joined.next) : null;
          if (following && streamed(following)) {
            at = yield* streamedMemberItems(path, at, size, name, maxBytes, notes, warcio);
            continue members;
          }
          // A member that starts a record of its own ends the one before: that one is cut short.
          const more = following && 'bytes' in following && startsWarc(following.bytes) ? null : following;
          if (more && 'bytes' in more) {
            joined = { bytes: Buffer.concat([joined.bytes, more.bytes]), next: more.next };
            if (more.badTrailer) badTrailers.push(more.at);
          }
          if (joined.bytes.length > members.maxOutput) {
            at = yield* streamedMemberItems(path, at, size, name, maxBytes, notes, warcio);
            continue members;
          }
          const last = !more || !('bytes' in more);
          if (!last && joined.bytes.length < 2 * parsed) continue;
          // Bytes already parsed are not parsed again: a cut record at the file's end is read once.
          if (joined.bytes.length > parsed) {
            parsed = joined.bytes.length;
            read = await memberItems(joined.bytes, maxBytes, notes, warcio, skipped);
          }
          if (isSpans(read) && last) {
            // The record is cut: by the file's end, a member that does not inflate, or the next record. Its
            // complete records are written, then the cut one is reported and reading resumes there.
            notes.skippedWarcRecords += read.skipped;
            yield* read.spans;
            yield read.cut ?? unreadable(name, at, joined.next, size, 'truncated');
            read = 'reported';
          }
        }
        if (read !== 'unreadable') {
          if (read !== 'reported') yield* read;
          for (const from of badTrailers) yield badTrailer(name, from);
          at = joined.next;
          continue;
        }
      }
      const next = 'next' in member ? member.next : nextRecordStart(path, at + 1, size);
      yield unreadable(name, at, next, size, 'fault' in member && member.fault === 'truncated' ? 'truncated' : 'corrupt');
      at = next;
    }
  } finally {
    members.close();
  }
}

/**
 * Whether the gzip member at `member.at` is the start of an outer gzip layer that must be inflated as
 * one stream: it inflates to gzip, and it is too large to inflate whole, or what it inflates to ends
 * inside an inner member that the next outer member goes on with (its bytes neither a record nor a
 * member of their own). An inner member cut with nothing after it to go on stays a cut member.
 */
function outerLayerStreamed(members: GzipMembers, member: Member, path: string, innerCut: boolean): boolean {
  if (!('bytes' in member)) return member.fault === 'too-large' && isGzip(inflatedHead(path, member.at));
  if (!innerCut || member.next >= members.size) return false;
  const next = members.read(member.next);
  return !('bytes' in next) ? next.fault === 'too-large' : !startsWarc(next.bytes) && !isGzip(next.bytes);
}

/**
 * What gzip bytes (a member of a WARC gzipped twice) inflate to, when they are whole members and
 * nothing else (zlib refuses bytes after the last member); 'cut' when they may end inside a member:
 * they do (what is there inflates, but the member's end is missing), or they inflate past `maxOutput`
 * before their end, so it is not known (300 KB of one URI in a 1 KB block): the next member decides;
 * 'damaged' for any other fault.
 */
function innerLayer(bytes: Buffer, maxOutput: number): Buffer | 'cut' | 'damaged' {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxOutput });
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'Z_BUF_ERROR' || code === 'ERR_BUFFER_TOO_LARGE' ? 'cut' : 'damaged';
  }
}

/** The first bytes the gzip member at `at` inflates to (a few KB of it inflated, no more). */
function inflatedHead(path: string, at: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const read = readSync(fd, head, 0, head.length, at);
    return gunzipSync(head.subarray(0, read), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  } finally {
    closeSync(fd);
  }
}

function onlyLineBreaks(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x0d && byte !== 0x0a) return false;
  return true;
}

function fileChunks(path: string, at: number): AsyncIterator<Uint8Array> {
  return (createReadStream(path, { start: at }) as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
}

/**
 * Whether the members from this one on are read as a stream: it is too large to inflate whole, or
 * cut by the end of the file (the records inflated before the cut are read).
 */
function streamed(member: Member): boolean {
  return 'fault' in member && member.fault !== 'corrupt';
}

/**
 * The members from byte `at` on as one native zlib stream, read record by record with every read
 * bounded (warc-frames.ts): what is too large to inflate whole, a gzip bomb included, costs CPU time,
 * never memory. The stream goes on past a member only while a record spans into the next; bytes in
 * it that are not a record are one error record each (named by the member they start in), and
 * reading goes on at the next record. A member that does not end whole (cut, bad data or trailer) is
 * one more error record (a cut HTML response is named by its URI instead), and reading goes on at
 * the next gzip member. Returns where reading goes on (the file's size at the end).
 */
async function* streamedMemberItems(path: string, at: number, size: number, name: string, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio')): AsyncGenerator<PageItem, number> {
  const stream = new MemberStream(path, at, size);
  const position: Position = { betweenRecords: false };
  const chunks = stream.chunks(() => position.betweenRecords);
  const skipped: Skipped = (from, to) => {
    const member = stream.memberAt(from)!;
    return skippedIn(name, member.at)(from - member.inflatedAt, to - member.inflatedAt);
  };
  try {
    const stop = yield* framedItems(chunks, maxBytes, notes, (bytes, fields) => recordItems(bytes, fields, maxBytes, notes, warcio), skipped, position);
    const last = stream.members.at(-1);
    if (!last) {
      // No member could start there (a gzip header longer than the first read): one unreadable stretch.
      const next = nextRecordStart(path, at + 1, size);
      yield unreadable(name, at, next, size, 'corrupt');
      return next;
    }
    const next = last.next ?? nextRecordStart(path, last.deflateEnd ?? last.at + 1, size);
    if (stop) yield stop.cut ?? unreadable(name, stream.memberAt(stop.at)!.at, next, size, 'truncated');
    else if (last.fault) yield unreadable(name, last.at, next, size, last.fault);
    return next;
  } finally {
    await chunks.return(undefined);
  }
}


function isSpans(read: PageItem[] | 'unreadable' | Spans | 'reported'): read is Spans {
  return typeof read === 'object' && 'spans' in read;
}

/**
 * The error record for inflated bytes `from`-`to` of the gzip member at byte `at` that are not a
 * record: named by the member, and by the offset in it when the bytes do not start it.
 */
function skippedIn(name: string, at: number): Skipped {
  return (from, to) => {
    const source = `${name}#offset=${at}${from === 0 ? '' : `+${from}`}`;
    const message = `bytes ${from}-${to} of the gzip member at byte ${at}, inflated, are not a readable WARC record (corrupt); reading went on at the next record`;
    return { key: source, source, error: { code: 'corrupt-record', message } };
  };
}

/**
 * The records of one inflated member (or of members joined), framed as the stream reader frames them
 * (warc-frames.ts) and each parsed by warcio, collected before any is written (a member is bounded
 * by the inflate limit): 'unreadable' when it holds no record at all, Spans when the last record is
 * cut at the member's end, so nothing of the member is written twice.
 */
async function memberItems(bytes: Uint8Array, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio'), skipped: Skipped): Promise<PageItem[] | 'unreadable' | Spans> {
  const counted = { skippedWarcRecords: 0 };
  const items: PageItem[] = [];
  const framed = framedItems(once(bytes), maxBytes, counted, (record, fields) => recordItems(record, fields, maxBytes, counted, warcio), skipped);
  let step = await framed.next();
  for (; !step.done; step = await framed.next()) items.push(step.value);
  if (step.value) {
    const { cut } = step.value;
    return { spans: items, skipped: counted.skippedWarcRecords, ...(cut ? { cut } : {}) };
  }
  if (items.length === 0 && counted.skippedWarcRecords === 0) return 'unreadable';
  notes.skippedWarcRecords += counted.skippedWarcRecords;
  return items;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * warcio on the bytes of one record, named by `fields` (its header block as framed): 'unreadable' when
 * warcio read none or failed, Spans when it is cut at the bytes' end.
 */
async function recordItems(bytes: Uint8Array, fields: RecordFields, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio')): Promise<PageItem[] | 'unreadable' | Spans> {
  const parser = new warcio.WARCParser(new warcio.AsyncIterReader([bytes], null));
  const items: PageItem[] = [];
  const counted = { skippedWarcRecords: 0 };
  const spans = (): Spans => ({ spans: items, skipped: counted.skippedWarcRecords });
  try {
    for await (const record of parser) {
      // A record without a Content-Length here is a header block cut by the member's end.
      if (record.warcHeader('Content-Length') == null) return spans();
      const skippedBefore = counted.skippedWarcRecords;
      const read = itemsOf(record, fields, maxBytes, counted);
      // A cut record's own items (a cut HTML response's error) are not kept, nor is it counted as a
      // skipped record: it is reported by offset, as the stream reader reports it.
      const found: PageItem[] = [];
      for (let step = await read.next(); ; step = await read.next()) {
        if (step.done) {
          if (!step.value) {
            counted.skippedWarcRecords = skippedBefore;
            return spans();
          }
          items.push(...found);
          break;
        }
        found.push(step.value);
      }
    }
  } catch {
    return 'unreadable';
  }
  if (items.length === 0 && counted.skippedWarcRecords === 0) return 'unreadable';
  notes.skippedWarcRecords += counted.skippedWarcRecords;
  return items;
}

/**
 * A plain WARC, read record by record with every read bounded (warc-frames.ts; warcio's stream
 * reader held everything up to a line break, 720 MB for 200 MB of junk without one). Bytes that are
 * not a record are one error record each, and reading goes on at the next record.
 */
async function* streamedWarcItems(path: string, size: number, name: string, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio')): AsyncGenerator<PageItem> {
  const chunks = (createReadStream(path) as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  try {
    const skipped: Skipped = (from, to) => unreadable(name, from, to, size, 'corrupt');
    const gzip = membersAmongRecords((at) => `${name}#offset=${at}`, 'in the file');
    const stop = yield* framedItems(chunks, maxBytes, notes, (bytes, fields) => recordItems(bytes, fields, maxBytes, notes, warcio), skipped, undefined, gzip);
    if (stop) yield stop.cut ?? unreadable(name, stop.at, size, size, 'truncated');
    yield* gzip.faults();
  } finally {
    await chunks.return?.();
  }
}

/** A gzip member that inflated whole but whose trailer's CRC or length does not match: its records were read (as stdin's reader, which has passed them on before the trailer, reads them). */
function badTrailer(name: string, at: number): PageItem {
  const source = `${name}#offset=${at}`;
  const message = `the gzip member at byte ${at} ends with a CRC or length that does not match its data; its records were read, and reading went on after it`;
  return { key: source, source, error: { code: 'corrupt-record', message } };
}

/** An unreadable stretch; "truncated" only where a record or member was found cut by the file's end. */
function unreadable(name: string, stopped: number, next: number, size: number, found: 'corrupt' | 'truncated'): PageItem {
  const source = `${name}#offset=${stopped}`;
  const message =
    next >= size && found === 'truncated'
      ? `the WARC record at byte ${stopped} is truncated: the file ends before the record does`
      : found === 'truncated'
        ? `the WARC record at byte ${stopped} is truncated: the next record starts at byte ${next}, before it ends; reading went on there`
      : next >= size
        ? `bytes ${stopped}-${next} at the end of the file are not a readable WARC record (corrupt)`
        : `bytes ${stopped}-${next} are not a readable WARC record (corrupt); reading went on at the next record`;
  return { key: source, source, error: { code: 'corrupt-record', message } };
}

function fileHead(path: string): Uint8Array {
  return fileBytes(path, 0, 2);
}

/** Up to `length` bytes of the file from byte `at`. */
function fileBytes(path: string, at: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    return bytes.subarray(0, readSync(fd, bytes, 0, length, at));
  } finally {
    closeSync(fd);
  }
}

/**
 * stdin with `--input warc`, gzipped or not: read record by record, each read bounded, gzip
 * inflated by native zlib (warc-frames.ts). Bytes that are not a record are one error record each,
 * and reading goes on at the next record; gzip data that stops inflating (cut, bad CRC, junk after
 * the last member) ends reading after every record inflated before it, with one error record. An
 * error's offset counts the bytes after inflating.
 */
export async function* warcStreamItems(stream: Readable, maxBytes: number, notes: SourceNotes): AsyncGenerator<PageItem> {
  const warcio = await loadWarcio();
  yield* streamItems(stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>, STDIN, maxBytes, notes, warcio);
}

/** Where a stream of WARC bytes comes from, to name its error records by offset. */
interface StreamPlace {
  key: (at: number) => string;
  /** "on stdin", "in the gzip member at byte N, inflated twice". */
  where: string;
}
const STDIN: StreamPlace = { key: (at) => `-#offset=${at}`, where: 'on stdin' };

/** A gzip member of a file whose inflated bytes are gzip members again (a WARC gzipped twice). */
function twiceGzipped(name: string, at: number): StreamPlace {
  return { key: (from) => `${name}#offset=${at}${from === 0 ? '' : `+${from}`}`, where: `in the gzip member at byte ${at}, inflated twice,` };
}

/** The bytes of a file from byte `at` on, plain records and gzip members mixed. */
function fromByte(name: string, at: number): StreamPlace {
  return { key: (from) => `${name}#offset=${at}${from === 0 ? '' : `+${from}`}`, where: `in the file from byte ${at} on (gzip members counted inflated),` };
}

/** The records of a stream of bytes, plain or gzip (once or twice), named by `place`. */
async function* streamItems(source: AsyncIterator<Uint8Array>, place: StreamPlace, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio')): AsyncGenerator<PageItem> {
  const inflating: Inflating = { inflated: 0 };
  const chunks = plainChunks(source, () => inflating);
  const failed = (at: number, message: string): PageItem => ({ key: place.key(at), source: place.key(at), error: { code: 'corrupt-record', message } });
  const skipped: Skipped = (from, to) => failed(from, `bytes ${from}-${to} ${place.where} are not a readable WARC record (corrupt); reading went on at the next record`);
  const gzipError = () => {
    const error = firstError(inflating);
    return error ? ` (the gzip data stopped inflating: ${error.message})` : '';
  };
  const among = membersAmongRecords(place.key, place.where);
  // A member whose only fault is its trailer ends where it should: reading went on after it, and it is
  // reported there, with the members found among plain records.
  let wentOnReported = false;
  const wentOn = (): PageItem[] => {
    if (wentOnReported || !faultyLayer(inflating)?.wentOn) return [];
    wentOnReported = true;
    return [failed(innermost(inflating).inflated, `a gzip member ${place.where} ends here with a CRC or length that does not match its data; reading went on after it`)];
  };
  const gzip: GzipAmongRecords = { inflate: among.inflate, faults: () => [...wentOn(), ...among.faults()] };
  try {
    const stop = yield* framedItems(chunks, maxBytes, notes, (bytes, fields) => recordItems(bytes, fields, maxBytes, notes, warcio), skipped, undefined, gzip);
    if (stop) yield stop.cut ?? failed(stop.at, `the WARC record ${place.where} is truncated: the stream ends before the record does${gzipError()}`);
    else if (firstError(inflating) && !faultyLayer(inflating)!.wentOn && !faultyLayer(inflating)!.damagedRest) yield failed(innermost(inflating).inflated, `reading the WARC ${place.where} stopped here${gzipError()}`);
    yield* gzip.faults();
  } finally {
    await chunks.return(undefined);
  }
}

/**
 * Gzip members where a plain record could start (a .warc and a .warc.gz joined): inflated natively as
 * stdin's are; a run of them that does not inflate whole is an error record, taken by `faults()`
 * (`at` is where the run starts in the stream, `key` names it).
 */
function membersAmongRecords(key: (at: number) => string, where: string): GzipAmongRecords {
  // Only runs that failed are kept, until taken: a file alternating plain records and members holds no list of them.
  const failed: PageItem[] = [];
  const inflate = (front: AsyncIterator<Uint8Array>, at: number): InflatedRun => {
    const inflating: Inflating = { inflated: 0 };
    const run = inflatedMembers(front as AsyncIterator<Buffer>, inflating);
    let finished = false;
    return {
      get finished() {
        return finished;
      },
      next: async () => {
        const step = await run.next();
        // The bytes after the run (given on as they are) are its last: it is finished once they are given.
        if (!finished && (step.done || inflating.givenOn)) {
          finished = true;
          if (inflating.error && !inflating.damagedRest) {
            const source = key(at);
            failed.push({ key: source, source, error: { code: 'corrupt-record', message: `the gzip member at byte ${at} ${where} does not inflate whole (${inflating.error.message}); reading went on after it` } });
          }
        }
        return step;
      },
    };
  };
  return { inflate, faults: () => failed.splice(0) };
}

/** The layer whose inflated bytes are the WARC's own (offsets count them). */
function innermost(inflating: Inflating): Inflating {
  return inflating.inner ? innermost(inflating.inner) : inflating;
}

function firstError(inflating: Inflating | undefined): Error | undefined {
  return faultyLayer(inflating)?.error;
}

/** The outermost layer whose inflating failed. */
function faultyLayer(inflating: Inflating | undefined): Inflating | undefined {
  return inflating && (inflating.error ? inflating : faultyLayer(inflating.inner));
}

/** Layers of gzip taken off a stream: a WARC gzipped twice (a .warc.gz gzipped again) is read; a third layer is not looked for. */
const GZIP_LAYERS = 2;

/**
 * A stream's bytes, inflated member by member by native zlib when they start as gzip (members one
 * after another, as a .warc.gz holds them; gzip-members.ts), and again when what they inflate to starts
 * as gzip. A fault in the gzip data ends the bytes after every member before it, and is kept in the
 * layer's Inflating (`layer()` makes it, the first one the caller's).
 */
async function* plainChunks(source: AsyncIterator<Uint8Array>, layer: () => Inflating, layers = GZIP_LAYERS): AsyncGenerator<Buffer> {
  const head: Buffer[] = [];
  let headLength = 0;
  for (let step = await source.next(); !step.done; step = await source.next()) {
    head.push(Buffer.from(step.value.buffer, step.value.byteOffset, step.value.byteLength));
    headLength += step.value.byteLength;
    if (headLength >= 2) break;
  }
  const first = Buffer.concat(head, headLength);
  async function* rest(): AsyncGenerator<Buffer> {
    for (let step = await source.next(); !step.done; step = await source.next()) yield Buffer.from(step.value.buffer, step.value.byteOffset, step.value.byteLength);
  }
  async function* all(): AsyncGenerator<Buffer> {
    if (first.length > 0) yield first;
    yield* rest();
  }
  if (!isGzip(first) || layers === 0) return yield* all();
  const inflating = layer();
  yield* plainChunks(inflatedMembers(all(), inflating), () => (inflating.inner = { inflated: 0 }), layers - 1);
  // The members ended at bytes that are not gzip (given on as they are): plain records go on after them.
  if (!inflating.error || inflating.wentOn || inflating.damagedRest) yield* rest();
}

/** A record's raw body reader (warcio's LimitReader): `limit` is what it still owes. */
type BodyReader = AsyncIterable<Uint8Array> & { limit: number };

/**
 * The page of one record, if it is an HTML response. Returns false when the data ends before the
 * record's Content-Length does: a cut HTML response is written as a `corrupt-record` error under its
 * URI; the caller reports a cut record of another type, and stops reading (warcio's own skip loops
 * forever at the end of the data, so every body is read here, in the reader's bounded chunks).
 */
async function* itemsOf(record: WarcRecord, fields: RecordFields, maxBytes: number, notes: SourceNotes): AsyncGenerator<PageItem, boolean> {
  const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
  const { html, item } = described({ ...fields, contentType });
  if (!html) {
    notes.skippedWarcRecords++;
    return await drained(record);
  }
  const cut = (): PageItem => ({ ...item, error: cutShort(record.warcContentLength) });
  if (record.warcContentLength > maxBytes + HTTP_HEADROOM) {
    if (!(await drained(record))) {
      yield cut();
      return false;
    }
    yield { ...item, error: tooLarge(record.warcContentLength, maxBytes) };
    return true;
  }
  let content: Uint8Array | 'past-limit';
  try {
    content = await decodedBody(record, maxBytes);
  } catch (error) {
    if (!(await drained(record))) {
      yield cut();
      return false;
    }
    yield { ...item, error: toErrorInfo(error) };
    return true;
  }
  if (!(await drained(record))) {
    yield cut();
    return false;
  }
  if (content === 'past-limit') {
    yield { ...item, error: decodesPastLimit(maxBytes) };
    return true;
  }
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  yield { ...item, content, format: 'html', ...(charset ? { charset } : {}) };
  return true;
}

/**
 * Compressed bytes of a body handed to warcio's decoder at a time: its inflater (pako) inflates each
 * piece whole before anything is counted, and deflate inflates at most about 1,032 times, so one
 * piece adds at most about 4 MB on top of the limit.
 */
const DECODE_PIECE = 4 * 1024;

/**
 * A response's body with its Content-Encoding (gzip, deflate) and chunked Transfer-Encoding taken
 * off, as warcio's readFully(true) decodes it, but decoded only up to `maxBytes`: 'past-limit' when it
 * decodes to more. The record's Content-Length bounds the compressed bytes only; warcio decoded all
 * of them at once on the reader's thread, so 300 KB of gzip took 13 s and 1.4 GB, and a body of
 * --max-bytes could inflate to 1,000 times that and end the run. What is left of the body is the
 * caller's to drain.
 */
async function decodedBody(record: WarcRecord, maxBytes: number): Promise<Uint8Array | 'past-limit'> {
  if (!record.httpHeaders) return record.readFully(true);
  const decoder = record._createDecodingReader(pieces(record.reader, DECODE_PIECE));
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const part of decoder) {
    length += part.length;
    if (length > maxBytes) return 'past-limit';
    parts.push(part);
  }
  return Buffer.concat(parts, length);
}

/** The chunks of `source` cut into pieces of at most `size` bytes (views, not copies). */
async function* pieces(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, at + size);
}

/** Reads (and drops) what is left of a record's body; false when the data ends before all of it arrives. */
async function drained(record: WarcRecord): Promise<boolean> {
  const body = (record as unknown as { _reader: BodyReader })._reader;
  if (!body || typeof body.limit !== 'number') return true;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for await (const _chunk of body) if (body.limit <= 0) break;
  const complete = body.limit <= 0;
  // warcio's own skip then has nothing left to skip (or is not asked to, past the end).
  (record as unknown as { consumed: string }).consumed ||= 'skipped';
  return complete;
}

/**
 * Where the next gzip member of a .warc.gz (a member header, 1f 8b 08) or a plain record (its version
 * line) could start. A false match inside compressed data only yields another unreadable stretch,
 * after which the search goes on.
 */
function nextRecordStart(path: string, from: number, size: number): number {
  const fd = openSync(path, 'r');
  try {
    // A plain record start too: junk, then plain records (a .warc.gz and a .warc joined) lost every record after the junk.
    const needles = [Buffer.from([0x1f, 0x8b, 0x08]), RECORD_START];
    const chunk = Buffer.alloc(1024 * 1024);
    for (let at = from; at < size; at += chunk.length - RECORD_START.length) {
      const read = readSync(fd, chunk, 0, chunk.length, at);
      const found = needles.map((needle) => chunk.subarray(0, read).indexOf(needle)).filter((index) => index >= 0);
      if (found.length > 0) return at + Math.min(...found);
      if (read < chunk.length) break;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}
