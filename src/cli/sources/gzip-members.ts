/**
 * The gzip members of a file (a .warc.gz holds one record per member), each inflated whole with
 * Node's native zlib. warcio inflates with pako, in JavaScript on the CLI's main thread, which the
 * `--jobs N` workers wait on: on the WARC bench's file pako's inflate took about 0.8 s of the main
 * thread's 2.7 s, native zlib inflates the same members in about 0.1 s. The file is read through a
 * window of a few MB, so memory holds one member at a time whatever the file's size.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';

const WINDOW = 4 * 1024 * 1024;
/** A member is first tried on what the window holds from its start, if that is at least this much. */
const FIRST_TRY = 64 * 1024;
/** Header flags (RFC 1952): extra field, file name, comment, header CRC. */
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;
const TRAILER = 8;
/** Bits 5-7 of the flags byte are reserved: a member that sets them is not read (RFC 1952 2.3.1.2). */
const RESERVED = 0xe0;
/** Room on top of the inflated limit for a member's header, block headers and trailer. */
const CAP_SLACK = 64 * 1024;

/** One member: its inflated bytes, or why it could not be read (`at` is its offset in the file). */
export type Member = { at: number; next: number; bytes: Buffer } | { at: number; fault: 'corrupt' | 'truncated' | 'too-large' };

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
      // The trailer's CRC and length catch damage that still inflates.
      const intact = view.readUInt32LE(trailer) === crc32(inflated.bytes) && view.readUInt32LE(trailer + 4) === inflated.bytes.length % 2 ** 32;
      return intact ? { at, next: at + trailer + TRAILER, bytes: inflated.bytes } : { at, fault: 'corrupt' };
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

/**
 * A member too large to inflate whole, looked at without keeping its output: whether its inflated
 * bytes start a WARC record and, when they do not, where the member ends (native zlib streams
 * through it, dropping what it inflates, so a gzip bomb costs CPU time, not memory). `next` is null
 * where the member does not inflate to its end.
 */
export function probeMember(path: string, at: number, size: number): Promise<{ warc: true } | { warc: false; next: number | null }> {
  const fd = openSync(path, 'r');
  let body: number | null;
  try {
    const head = Buffer.alloc(Math.min(FIRST_TRY, size - at));
    const got = readSync(fd, head, 0, head.length, at);
    body = headerLength(head.subarray(0, got));
    if (body !== null && body > got) body = null;
  } finally {
    closeSync(fd);
  }
  if (body === null) return Promise.resolve({ warc: false, next: null });
  const start = at + body;
  return new Promise((resolve) => {
    const input = createReadStream(path, { start, highWaterMark: FIRST_TRY });
    const inflate = createInflateRaw();
    let first = Buffer.alloc(0);
    let done = false;
    const finish = (result: { warc: true } | { warc: false; next: number | null }) => {
      if (done) return;
      done = true;
      input.destroy();
      inflate.destroy();
      resolve(result);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (first.length >= WARC.length) return;
      first = Buffer.concat([first, chunk]);
      if (first.length >= WARC.length && first.subarray(0, WARC.length).equals(WARC)) finish({ warc: true });
    });
    inflate.on('end', () => {
      const next = start + inflate.bytesWritten + TRAILER;
      finish({ warc: false, next: next <= size ? next : null });
    });
    inflate.on('error', () => finish({ warc: false, next: null }));
    input.on('error', () => finish({ warc: false, next: null }));
    input.pipe(inflate);
  });
}

const WARC = Buffer.from('WARC/');
