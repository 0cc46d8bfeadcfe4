/**
 * The gzip members of a file (a .warc.gz holds one record per member), each inflated whole with
 * Node's native zlib. warcio inflates with pako, in JavaScript on the CLI's main thread, which the
 * `--jobs N` workers wait on: on the WARC bench's file pako's inflate took about 0.8 s of the main
 * thread's 2.7 s, native zlib inflates the same members in about 0.1 s. The file is read through a
 * window of a few MB, so memory holds one member at a time whatever the file's size.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { crc32, createInflateRaw, inflateRawSync, type InflateRaw } from 'node:zlib';
import { RECORD_START } from './warc-record.js';

const WINDOW = 4 * 1024 * 1024;
/** A member is first tried on what the window holds from its start, if that is at least this much. */
const FIRST_TRY = 64 * 1024;
/** Header flags (RFC 1952): extra field, file name, comment, header CRC. */
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;
const TRAILER = 8;
/** A gzip member's magic and deflate method (RFC 1952): what a member after another starts with. */
const MEMBER_START = Buffer.from([0x1f, 0x8b, 0x08]);
/** Bits 5-7 of the flags byte are reserved: a member that sets them is not read (RFC 1952 2.3.1.2). */
const RESERVED = 0xe0;
/** Output chunk of a streamed member: zlib's default 16 KB made a 512 MB bomb 32,000 chunks through async iteration. */
const INFLATE_CHUNK = 256 * 1024;
/** Read size of a streamed member's compressed bytes. */
const READ_CHUNK = 64 * 1024;
/** Room on top of the inflated limit for a member's header, block headers and trailer. */
const CAP_SLACK = 64 * 1024;

/**
 * One member: its inflated bytes, or why it could not be read (`at` is its offset in the file).
 * `badTrailer`: it inflated whole but its trailer's CRC or length does not match, and a member, a
 * record or the end follows the trailer (afterMember): its bytes are read all the same, as stdin's
 * reader reads them. Without such a boundary after it the mismatch is `corrupt`: a member cut short
 * whose deflate data ran on into the next record inflates and "ends" inside that record.
 */
export type Member = { at: number; next: number; bytes: Buffer; badTrailer?: true } | { at: number; fault: 'corrupt' | 'truncated' | 'too-large' };

/** The first two bytes of a gzip file. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** Reads one member at a time; `read(at)` inflates the member starting at byte `at`. */
export class GzipMembers {
  private readonly fd: number;
  private window = Buffer.alloc(0);
  private windowAt = 0;

  constructor(
    path: string,
    readonly size: number,
    /** Members inflating to more than this are `too-large` (a bomb is not inflated). */
    readonly maxOutput: number,
  ) {
    this.fd = openSync(path, 'r');
  }

  close(): void {
    closeSync(this.fd);
  }

  read(at: number): Member {
    // Inflating stops at the member's end, so the first try takes the whole rest of the window;
    // only a member reaching past it is read again, from its start, into a larger window (doubling).
    // Deflate data can be far larger than what it inflates to (empty blocks), so the window stops
    // growing at what a member inflating to maxOutput can take: past that it is too large, unread.
    const cap = Math.ceil(this.maxOutput * 1.01) + CAP_SLACK;
    for (let want = FIRST_TRY; ; want = Math.min(cap, Math.max(WINDOW, 2 * want))) {
      const view = this.view(at, want);
      const atEnd = at + view.length >= this.size;
      const more = () => (atEnd ? ({ at, fault: 'truncated' } as const) : view.length >= cap ? ({ at, fault: 'too-large' } as const) : null);
      const body = headerLength(view);
      if (body === null) return { at, fault: 'corrupt' };
      if (body > view.length) {
        const fault = more();
        if (fault) return fault;
        continue;
      }
      const inflated = inflate(view.subarray(body), this.maxOutput);
      if (inflated === 'needs-more') {
        const fault = more();
        if (fault) return fault;
        continue;
      }
      if (typeof inflated === 'string') return { at, fault: inflated };
      const trailer = body + inflated.consumed;
      if (trailer + TRAILER > view.length) {
        const fault = more();
        if (fault) return fault;
        continue;
      }
      // The trailer's CRC and length catch damage that still inflates: reported, its records read
      // when its end is a boundary, a damaged stretch when it is not.
      const intact = view.readUInt32LE(trailer) === crc32(inflated.bytes) && view.readUInt32LE(trailer + 4) === inflated.bytes.length % 2 ** 32;
      if (!intact) {
        const boundary = afterMember(view.subarray(trailer + TRAILER), atEnd);
        if (boundary === 'needs-more') {
          if (more()) return { at, fault: 'corrupt' };
          continue;
        }
        if (!boundary) return { at, fault: 'corrupt' };
      }
      return { at, next: at + trailer + TRAILER, bytes: inflated.bytes, ...(intact ? {} : { badTrailer: true as const }) };
    }
  }

  /** The window's bytes from `at`: at least `want` of them (fewer at the end of the file), re-read from `at` when it holds fewer. */
  private view(at: number, want: number): Buffer {
    const held = at >= this.windowAt ? this.windowAt + this.window.length - at : -1;
    if (held < Math.min(want, this.size - at)) {
      const buffer = Buffer.allocUnsafe(Math.min(this.size - at, Math.max(want, WINDOW)));
      let got = 0;
      for (let n = -1; got < buffer.length && n !== 0; got += n) n = readSync(this.fd, buffer, got, buffer.length - got, at + got);
      this.window = buffer.subarray(0, got);
      this.windowAt = at;
    }
    return this.window.subarray(at - this.windowAt);
  }
}

/**
 * Whether the bytes after a member whose trailer does not match start where a member may end: the
 * end of the data, another member or a record (after line breaks, as between records). 'needs-more'
 * when `after` is too short to tell and more may follow (`ended` false).
 */
export function afterMember(after: Buffer, ended: boolean): boolean | 'needs-more' {
  let from = 0;
  while (from < after.length && (after[from] === 0x0d || after[from] === 0x0a)) from++;
  const rest = after.subarray(from);
  if (rest.length === 0) return ended ? true : 'needs-more';
  for (const start of [MEMBER_START, RECORD_START]) {
    const n = Math.min(rest.length, start.length);
    if (rest.subarray(0, n).equals(start.subarray(0, n))) return n === start.length ? true : ended ? false : 'needs-more';
  }
  return false;
}

/** A gzip member's header starts `view` (its fixed ten bytes held): what the stream readers inflate at a record boundary. */
export function startsGzipMember(view: Buffer): boolean {
  return view.length >= 10 && headerLength(view) !== null;
}

/** Where the deflate data starts after a gzip header; null for no gzip header, past the view when it is cut. */
function headerLength(view: Buffer): number | null {
  if (view.length < 10) return view.length < 2 || isGzip(view) ? 10 : null;
  if (!isGzip(view) || view[2] !== 8) return null;
  const flags = view[3]!;
  if (flags & RESERVED) return null;
  let at = 10;
  if (flags & FEXTRA) at = at + 2 > view.length ? at + 2 : at + 2 + view.readUInt16LE(at);
  if (flags & FNAME) at = zeroEnd(view, at);
  if (flags & FCOMMENT) at = zeroEnd(view, at);
  if (flags & FHCRC) at += 2;
  return at;
}

/** Just past the zero byte that ends a header string; past the view when it has none. */
function zeroEnd(view: Buffer, from: number): number {
  const zero = from < view.length ? view.indexOf(0, from) : -1;
  return zero < 0 ? view.length + 1 : zero + 1;
}

function inflate(data: Buffer, maxOutput: number): { bytes: Buffer; consumed: number } | 'needs-more' | 'corrupt' | 'too-large' {
  try {
    const { buffer, engine } = inflateRawSync(data, { info: true, maxOutputLength: maxOutput }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    return { bytes: buffer, consumed: engine.bytesWritten };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
    return code === 'Z_BUF_ERROR' ? 'needs-more' : 'corrupt';
  }
}

/** One member of a MemberStream: where it starts in the file and in the inflated bytes; `next` once it has ended whole. */
export interface StreamedMember {
  at: number;
  inflatedAt: number;
  next: number | null;
  /** Why it did not end whole: cut by the end of the file, or data that does not inflate or fails its trailer's check. */
  fault?: 'corrupt' | 'truncated';
  /** Where its deflate data ended, when it did (a bad trailer): the next member is looked for from there. */
  deflateEnd?: number;
}

/**
 * The members of a file from byte `from` on, inflated by native zlib as one stream of chunks, for
 * members too large to inflate whole: memory holds a chunk, never a member, so a gzip bomb costs
 * CPU time, not memory. `members` gains each member as it starts (the reader maps an offset in the
 * inflated bytes back to the member that holds it). The stream ends at the end of the file, at bytes
 * that are not a gzip member, at a member that does not inflate or whose trailer (CRC and length)
 * does not match (its `next` stays null), or after a whole member when `atBoundary()` says the reader
 * is between records: the members after it are read whole again (GzipMembers), each far cheaper than
 * a stream of its own.
 */
export class MemberStream {
  readonly members: StreamedMember[] = [];
  private inflated = 0;

  constructor(
    private readonly path: string,
    private readonly from: number,
    private readonly size: number,
  ) {}

  /** The member holding inflated byte `offset` (the last one started when it is past them all). */
  memberAt(offset: number): StreamedMember | undefined {
    let found = this.members[0];
    for (const member of this.members) if (member.inflatedAt <= offset) found = member;
    return found;
  }

  async *chunks(atBoundary: () => boolean = () => false): AsyncGenerator<Buffer> {
    for (let at = this.from; at < this.size; ) {
      const body = this.bodyStart(at);
      if (body === null) return;
      const member: StreamedMember = { at, inflatedAt: this.inflated, next: null };
      this.members.push(member);
      let crc = 0;
      const input = createReadStream(this.path, { start: at + body, highWaterMark: READ_CHUNK });
      const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
      // Inflating ends at the member's end: the bytes after it are left unread (bytesWritten says where).
      input.on('error', (error) => inflate.destroy(error));
      input.pipe(inflate);
      try {
        for await (const chunk of inflate as AsyncIterable<Buffer>) {
          this.inflated += chunk.length;
          crc = crc32(chunk, crc);
          yield chunk;
        }
      } catch (error) {
        // zlib names deflate data that stops short Z_BUF_ERROR ("unexpected end of file").
        member.fault = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt';
        return;
      } finally {
        input.destroy();
        inflate.destroy();
      }
      const deflateEnd = at + body + inflate.bytesWritten;
      if (deflateEnd + TRAILER > this.size) {
        member.fault = 'truncated';
        return;
      }
      // The trailer's CRC and length catch damage that still inflates, as GzipMembers checks them.
      const trailer = this.readAt(deflateEnd, TRAILER);
      if (trailer.readUInt32LE(0) !== crc || trailer.readUInt32LE(4) !== (this.inflated - member.inflatedAt) % 2 ** 32) {
        member.fault = 'corrupt';
        member.deflateEnd = deflateEnd;
        return;
      }
      member.next = at = deflateEnd + TRAILER;
      if (atBoundary()) return;
    }
  }

  private readAt(at: number, length: number): Buffer {
    const fd = openSync(this.path, 'r');
    try {
      const bytes = Buffer.alloc(length);
      return bytes.subarray(0, readSync(fd, bytes, 0, length, at));
    } finally {
      closeSync(fd);
    }
  }

  /** Where the deflate data of the member at `at` starts; null when no whole gzip header is there. */
  private bodyStart(at: number): number | null {
    const head = this.readAt(at, Math.min(FIRST_TRY, this.size - at));
    const body = headerLength(head);
    return body !== null && body <= head.length ? body : null;
  }
}

/** How far inflating a stream of gzip members went: bytes out, and the fault that ended it early. */
export interface Inflating {
  inflated: number;
  error?: Error;
  /** The fault left the member's end known (its trailer did not match): the bytes after it were given on. */
  wentOn?: boolean;
  /** The members ended at bytes that are not gzip: the last chunk given was those bytes, as they are. */
  givenOn?: boolean;
  /**
   * The fault was in deflate data held whole (a member cut short, then a plain record or the next
   * member): the bytes after the member's header were given on as they are, for the reader to find
   * the next record in and report the rest as damage, so the fault has no error record of its own.
   */
  damagedRest?: boolean;
  /** The next layer, when the inflated bytes were gzip again (a WARC gzipped twice). */
  inner?: Inflating;
}

/** A member's compressed bytes are given to zlib this much at a time: what one write inflates to is held until read (at most about 1000 times as much: 4 MB). */
const STREAM_WRITE = 4 * 1024;
/** A member of stdin held whole and inflating to at most this much is inflated in one call. */
const SYNC_MEMBER = 4 * 1024 * 1024;
/**
 * A member not whole in what is held is held on up to this many compressed bytes and tried whole
 * again: a member cut short is then known as cut while its bytes are still held, and what follows it
 * (a plain record) is given on instead of lost inside a stream that ran on into it.
 */
const SYNC_HOLD = 1024 * 1024;
/** Line breaks after a member whose trailer does not match are looked through this far for what follows. */
const BOUNDARY_LOOK = 64 * 1024;

/**
 * The inflated bytes of a stream of gzip members (stdin), one member at a time with native zlib, each
 * member's trailer checked. zlib's multi-member gunzip drops all it inflated from a write that ends in
 * an error (junk after the last member, a bad CRC), so two good records before junk were lost; here
 * a fault ends the bytes after every member before it, and is kept in `inflating`. Bytes after the
 * members that are not a gzip member (plain records between gzip members, or junk) end the members:
 * they are given on as they are, then the caller reads the rest of `source` itself.
 */
export async function* inflatedMembers(source: AsyncIterator<Buffer>, inflating: Inflating): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let ended = false;
  const pull = async (): Promise<Buffer | null> => {
    const step = await source.next();
    ended ||= !!step.done;
    return step.done ? null : step.value;
  };
  /** Holds at least `n` bytes in `pending`, or all that are left. */
  const fill = async (n: number) => {
    for (let chunk; pending.length < n && (chunk = await pull()); ) pending = Buffer.concat([pending, chunk]);
  };
  const fail = (message: string) => void (inflating.error = new Error(message));
  /** A member inflated whole, its deflate data ending at `end` in `pending`: its trailer does not match, and no member, record or end follows it. */
  const endIsDamaged = async (end: number, bytes: Buffer): Promise<boolean> => {
    await fill(end + TRAILER + RECORD_START.length);
    if (pending.length < end + TRAILER) return false;
    if (pending.readUInt32LE(end) === crc32(bytes) && pending.readUInt32LE(end + 4) === bytes.length % 2 ** 32) return false;
    for (;;) {
      const boundary = afterMember(pending.subarray(end + TRAILER), ended);
      if (boundary !== 'needs-more') return !boundary;
      if (pending.length - end > BOUNDARY_LOOK) return true;
      await fill(pending.length + 1);
    }
  };
  for (;;) {
    await fill(TRAILER + 10);
    if (pending.length === 0) return;
    let body = headerLength(pending);
    while (body !== null && body > pending.length) {
      const had = pending.length;
      await fill(body);
      if (pending.length === had) break;
      body = headerLength(pending);
    }
    if (body === null) {
      inflating.givenOn = true;
      yield pending;
      return;
    }
    if (body > pending.length) return fail('a gzip header cut by the end of the stream');
    let crc = 0;
    let length = 0;
    // A member whole in what is held (a record per member) is inflated at once: a stream per member
    // cost about 0.6 ms each.
    let whole = inflate(pending.subarray(body), SYNC_MEMBER);
    while (whole === 'needs-more' && !ended && pending.length - body < SYNC_HOLD) {
      await fill(Math.min(2 * pending.length, body + SYNC_HOLD));
      whole = inflate(pending.subarray(body), SYNC_MEMBER);
    }
    // A member damaged or cut short inside what is held, or one whose trailer does not match with no
    // member or record after it (its deflate data ran on into what follows and "ended" in it), with a
    // member or record start after its header (a plain record after a cut member): the bytes after
    // the header are given on as they are, for the record search, where a stream of them would lose
    // what follows. With no such start, it is streamed as any member: the records up to the damage.
    const damaged = whole === 'corrupt' || (whole === 'needs-more' && ended) || (typeof whole === 'object' && (await endIsDamaged(body + whole.consumed, whole.bytes)));
    const resume = damaged ? nextStart(pending, body) : pending.length;
    if (resume < pending.length) {
      fail('a gzip member whose data does not inflate whole');
      // A header with no deflate data at all (cut right after it) leaves no damaged bytes for the
      // record search to report: its end is known, and it gets an error record of its own.
      if (resume === body) inflating.wentOn = true;
      else inflating.damagedRest = true;
      inflating.givenOn = true;
      yield pending.subarray(body);
      return;
    }
    if (typeof whole === 'object') {
      crc = crc32(whole.bytes);
      length = whole.bytes.length;
      inflating.inflated += length;
      if (length > 0) yield whole.bytes;
      pending = pending.subarray(body + whole.consumed);
    } else {
      const member = inflateOne(pending.subarray(body), pull, inflating);
      for await (const chunk of member) {
        crc = crc32(chunk, crc);
        length += chunk.length;
        inflating.inflated += chunk.length;
        yield chunk;
      }
      const rest = await member.rest;
      if (rest === null) return;
      pending = rest;
    }
    await fill(TRAILER);
    if (pending.length < TRAILER) return fail('a gzip trailer cut by the end of the stream');
    if (pending.readUInt32LE(0) !== crc || pending.readUInt32LE(4) !== length % 2 ** 32) {
      // Its end is known: what follows it (more members, plain records) is given on as it is.
      fail('a gzip member whose CRC or length does not match its data');
      inflating.wentOn = true;
      inflating.givenOn = pending.length > TRAILER;
      if (pending.length > TRAILER) yield pending.subarray(TRAILER);
      return;
    }
    pending = pending.subarray(TRAILER);
  }
}

/** The first gzip member or record start in `bytes` after `from` (the end of `bytes` when none). */
function nextStart(bytes: Buffer, from: number): number {
  const found = [MEMBER_START, RECORD_START].map((start) => bytes.indexOf(start, from)).filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : bytes.length;
}

/**
 * Inflates one member's deflate data: `first`, then what `pull` gives. `rest` is the bytes after
 * the deflate data (the trailer on), null when it did not end whole (the fault is kept).
 */
function inflateOne(first: Buffer, pull: () => Promise<Buffer | null>, inflating: Inflating): AsyncIterable<Buffer> & { rest: Promise<Buffer | null> } {
  const inflate: InflateRaw = createInflateRaw({ chunkSize: INFLATE_CHUNK });
  const out: Buffer[] = [];
  let settled: 'end' | 'error' | null = null;
  let wake = () => {};
  inflate.on('data', (chunk: Buffer) => out.push(chunk));
  inflate.on('end', () => ((settled ??= 'end'), wake()));
  inflate.on('error', (error) => ((inflating.error = error), (settled ??= 'error'), wake()));
  let resolveRest: (rest: Buffer | null) => void = () => {};
  const rest = new Promise<Buffer | null>((resolve) => (resolveRest = resolve));
  async function* chunks(): AsyncGenerator<Buffer> {
    let piece: Buffer | null = first;
    let fedBefore = 0;
    try {
      for (;;) {
        for (let from = 0; from < piece.length && !settled; from += STREAM_WRITE) {
          const part = piece.subarray(from, from + STREAM_WRITE);
          await new Promise<void>((resolve) => {
            wake = resolve;
            inflate.write(part, () => resolve());
          });
          // 'end' may follow the write's callback.
          await new Promise((resolve) => setImmediate(resolve));
          yield* out.splice(0);
        }
        if (settled) break;
        fedBefore += piece.length;
        piece = await pull();
        if (!piece) {
          inflating.error = new Error('a gzip member cut by the end of the stream');
          return;
        }
      }
      yield* out.splice(0);
      if (settled === 'end') resolveRest(piece.subarray(inflate.bytesWritten - fedBefore));
    } finally {
      resolveRest(null);
      inflate.destroy();
    }
  }
  return Object.assign(chunks(), { rest });
}
