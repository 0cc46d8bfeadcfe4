/**
 * A WARC read from a stream of plain bytes one record at a time, each record's bytes bounded: a
 * record's WARC header block, and for an over-limit response its HTTP header block after it, must
 * end within headerLimit bytes of the record's start; a body is held only when the record is within
 * the limit, and a longer body is dropped as it streams by. This reads what is not in whole gzip
 * members: plain .warc files, stdin with --input warc, and gzip members too large to inflate whole.
 * Bytes that are not a record are one `skipped` stretch, up to the next record read (record starts
 * found without holding more than a chunk), and reading goes on there: damage never ends reading
 * early. A header block ends at a line that starts a record, so a read holds no more than one
 * record's header block, or one record within the limit.
 * warcio's own streaming reader is not used: it inflates with pako (JavaScript) and looks for a
 * record's first line by holding everything up to a line break, so a gzip member of 512 MB of zeros
 * behind a real WARC header grew the process to 1.2 GB and took 3-8 s of CPU; here zlib inflates
 * natively.
 */
import { startsGzipMember } from './gzip-members.js';
import type { PageItem, SourceNotes } from './types.js';
import { cutShort, described, type Described, headerLimit, headerTooLong, HTTP_HEADROOM, type LongField, RECORD_START, type RecordFields, startsRecord, startsWarc, tooLarge, tooLargeUnknownType } from './warc-record.js';

const END_OF_HEADERS = Buffer.from('\r\n\r\n');
const LINE_END = Buffer.from('\r\n');
/** A version line ("WARC/1.1") ends within this many bytes; one that runs on is damage, not a record. */
const VERSION_LINE = 64;

/** Where reading stopped early, at an offset in the stream's bytes: a record cut by the end of the data. */
export interface Stop {
  at: number;
  /**
   * A cut HTML response's own error record, under its URI: not yielded, so that a caller that may
   * still join more data on (a .warc.gz member whose record goes on in the next) writes it only once
   * the cut is final; without it, the caller reports the cut by offset.
   */
  cut?: PageItem;
}

/**
 * The records of bytes whose last record is cut at their end (in a .warc.gz it may go on in the next
 * member): the complete ones before it, and how many non-HTML records are among them, not yet counted
 * in the notes (joined members are parsed again as they grow; only the last parse counts).
 */
export interface Spans {
  spans: PageItem[];
  skipped: number;
  /** The cut record's own error record when it is an HTML response (named by its URI). */
  cut?: PageItem;
}

/**
 * The records in the bytes of one whole record (warcio parses its HTTP headers and body), named by
 * `fields` from its header block as framed here; anything but a list when it is not one readable record.
 */
export type RecordItems = (bytes: Uint8Array, fields: RecordFields) => Promise<PageItem[] | 'unreadable' | Spans>;

/** The error record for bytes `from`-`to` of the stream that are not a WARC record. */
export type Skipped = (from: number, to: number) => PageItem;

/**
 * Inflates the gzip members at the front of `front` (a stream of plain records with gzip members
 * among them): their inflated bytes, then the bytes after them that are not gzip, as they are; the
 * reader goes on with the rest of its stream after that. `at` is where the members start in the stream.
 */
export type Inflate = (front: AsyncIterator<Uint8Array>, at: number) => InflatedRun;

/** The inflated bytes of a run of gzip members, then the bytes after the run as they are. */
export interface InflatedRun extends AsyncIterator<Uint8Array> {
  /** True once the bytes after the run were given (or the run ended): nothing more comes from it. */
  readonly finished: boolean;
}

/** Gzip members among plain records: how they are inflated, and the error records of members that did not inflate whole, taken as they are found. */
export interface GzipAmongRecords {
  inflate: Inflate;
  faults: () => PageItem[];
}

/** Shared with the byte source: true while the reader waits for the next record with nothing held (a member stream may end there). */
export interface Position {
  betweenRecords: boolean;
}

/**
 * The records of `chunks`: a record within the limit (`limit` is --max-bytes) is parsed whole by
 * `recordItems`, a longer one is reported from its headers alone. Bytes that are not a record are
 * reported by `skipped`, one stretch from where they start to the next record read, and reading goes
 * on at the next record start. Returns null at the end of the data, or a Stop where the data ends
 * inside a record.
 */
export async function* framedItems(chunks: AsyncIterator<Uint8Array>, limit: number, notes: SourceNotes, recordItems: RecordItems, skipped: Skipped, position: Position = { betweenRecords: false }, gzip?: GzipAmongRecords): AsyncGenerator<PageItem, Stop | null> {
  const bytes = new ByteQueue(chunks);
  const headerBound = headerLimit(limit);
  // Where bytes that are not a record began, while no record has been read after them.
  let damaged: number | undefined;
  for (;;) {
    position.betweenRecords = true;
    await bytes.dropBlankLines();
    position.betweenRecords = false;
    const start = bytes.offset;
    const more = await bytes.fill(1);
    // A member that did not inflate whole is reported where reading went on after it, as a file's reader reports it.
    if (gzip && damaged === undefined) yield* gzip.faults();
    if (more === 0) break;
    // A gzip member where a record could start (plain records and gzip members in one stream, as
    // `cat` of a .warc and a .warc.gz makes): its records are read from its inflated bytes.
    if (gzip && (await gzipMemberAtFront())) {
      if (damaged !== undefined) yield skipped(damaged, start);
      damaged = undefined;
      bytes.inflateFront(gzip.inflate);
      continue;
    }
    const read = await oneRecord(start);
    if ('resumeAt' in read) {
      damaged ??= start;
      // Reading goes on at the next record start, or with gzip among the records at the next gzip member
      // (a .warc.gz after junk): past a magic that starts no member, the search goes on a byte later.
      for (let from = read.resumeAt; (await bytes.seek(gzip ? RESUME_AT_GZIP : RESUME_AT, from)) === 1 && !(await gzipMemberAtFront()); ) from = 1;
      continue;
    }
    if (damaged !== undefined) yield skipped(damaged, start);
    damaged = undefined;
    yield* read.items;
    if (read.stop) return read.stop;
  }
  if (damaged !== undefined) yield skipped(damaged, bytes.offset);
  return null;

  /** A gzip member starts the bytes held, and fewer than MAX_GZIP_LAYERS runs are inflated inside one another. */
  async function gzipMemberAtFront(): Promise<boolean> {
    return bytes.gzipLayers() < MAX_GZIP_LAYERS && (await bytes.fill(GZIP_HEADER)) >= GZIP_HEADER && startsGzipMember(bytes.peek(GZIP_HEADER));
  }

  /**
   * Reads the record at the front: its items, and a Stop when the data ends inside it; or, for bytes
   * that are not a record, how far into them to look for the next record start.
   */
  async function oneRecord(start: number): Promise<{ items: PageItem[]; stop?: Stop } | Damage> {
    const block = await headerBlock(bytes, headerBound);
    if (block === 'cut') return { items: [], stop: { at: start } };
    if ('resumeAt' in block) return block;
    const { fields: headers, bodyStart } = block;
    const length = headers.get('content-length');
    // Past the header block: a record start inside it is inside a field line, not a record's own.
    if (length === undefined || !/^\d+$/.test(length)) return { resumeAt: bodyStart };
    const whole = bodyStart + Number(length);
    const type = headers.get('warc-type');
    // The same limit as for a record read from a whole member: --max-bytes plus room for HTTP headers.
    if (!block.over && Number(length) <= limit + HTTP_HEADROOM) {
      const held = Math.min(await bytes.fill(whole + RECORD_START.length), whole + RECORD_START.length);
      // A Content-Length is trusted unless the record is known damaged: the data ends inside its body,
      // or what follows the body is neither a line break nor the next record's start (a WARC quoted in
      // a body is no record of the file). Only then is the body searched for the next record start, at
      // a line's start: a record cut short, or a Content-Length too large. Without one inside, a body
      // cut by the end of the data stops reading.
      if (held < whole || !endsClean(bytes.peek(held).subarray(whole))) {
        const next = recordStartIn(bytes.peek(held), bodyStart, whole);
        if (next >= 0) return cutBy(describe(headers, httpHead(bytes.peek(next).subarray(bodyStart))), length, next);
        if (held < whole) return cutRecord(describe(headers, httpHead(bytes.peek(whole).subarray(bodyStart))), length, start);
      }
      // A copy: what is parsed from it outlives the queue's buffer.
      const read = await recordItems(Buffer.from(bytes.peek(whole)), recordFields(headers));
      if (!Array.isArray(read)) return { resumeAt: bodyStart };
      bytes.drop(whole);
      return { items: read };
    }
    // Over the limit, or a header block past the header bound: named from its headers, its body
    // dropped as it is read. Only a response has HTTP headers to read, and no more of them than
    // makes the record's held bytes reach the header bound (past a header block already over it, one
    // bound more); the body of any other record is not searched for them.
    const httpWithin = type !== 'response' ? bodyStart : block.over ? Math.min(whole, bodyStart + headerBound) : Math.max(bodyStart, Math.min(whole, headerBound));
    const httpEnd = await bytes.indexOf(END_OF_HEADERS, bodyStart, httpWithin);
    const record = describe(headers, bytes.peek(httpEnd < 0 ? httpWithin : httpEnd).subarray(bodyStart));
    // A response whose HTTP header block runs on past what is read has an unknown content type: it is
    // reported, not skipped as not HTML (one record per input).
    const unknownType = type === 'response' && httpEnd < 0 && httpWithin < whole;
    const reported = record.html || unknownType;
    const end = bytes.offset + whole;
    if ((await bytes.skip(whole)) < whole) return cutRecord(record, length, start);
    if (!reported) {
      notes.skippedWarcRecords++;
      return { items: [] };
    }
    const error = block.over ? headerTooLong(block.over, headerBound) : unknownType ? tooLargeUnknownType(length, limit, headerBound) : tooLarge(length, limit);
    // Named by its URI, unless the URI is the field too long to hold: then by where it is.
    const named = block.over && !headers.has('warc-target-uri') ? skipped(start, end) : record.item;
    return { items: [{ ...named, error }] };
  }

  /** A record cut short by the record that starts at `next`: a cut HTML response is an error under its URI, any other is damage. */
  function cutBy(record: Described, length: string, next: number): { items: PageItem[] } | Damage {
    if (!record.html) return { resumeAt: next };
    bytes.drop(next);
    return { items: [{ ...record.item, error: cutShort(length) }] };
  }

  function cutRecord(record: Described, length: string, start: number): { items: PageItem[]; stop: Stop } {
    // A cut HTML response is an error under its URI; any other cut record, at its offset.
    if (!record.html) return { items: [], stop: { at: start } };
    return { items: [], stop: { at: start, cut: { ...record.item, error: cutShort(length) } } };
  }
}

/** The fixed part of a gzip member's header. */
const GZIP_HEADER = 10;
/** Where reading goes on after bytes that are not a record: a record start, or (with gzip among the records) a gzip member's magic and deflate method. */
const RESUME_AT = [RECORD_START];
const RESUME_AT_GZIP = [RECORD_START, Buffer.from([0x1f, 0x8b, 0x08])];
/**
 * Gzip layers inflated inside one another at record boundaries: a WARC gzipped again and again is
 * read through this many, and a gzip file that inflates to itself ends there.
 */
const MAX_GZIP_LAYERS = 3;

/** Bytes at the front that are not a record: reading goes on at the first record start from `resumeAt` bytes on. */
interface Damage {
  resumeAt: number;
}

/** A WARC header block read: its fields, where the body starts (counted from the front of the queue), and the field too long to hold, when there was one. */
interface HeaderBlock {
  fields: Map<string, string>;
  bodyStart: number;
  over?: LongField;
}

/**
 * The WARC header block at the front, held: its fields and where its body starts; 'cut' when the
 * data ends inside it; Damage when the bytes there are not a header block. It ends at its first blank
 * line within `within` bytes. A version line longer than a version is damage, and a line inside the
 * block that starts a record means the block was cut there: that record is read on its own, and the
 * damage ends where it starts. So each line is searched once, and no search runs past the next
 * record start at a line's start (a search to the bound from every `WARC/1.` in damaged bytes took
 * time quadratic in their length, and swallowed the record after a cut header block). A line that
 * does not end within the bound is read on without being held (longHeaderBlock).
 */
async function headerBlock(bytes: ByteQueue, within: number): Promise<HeaderBlock | 'cut' | Damage> {
  // Bytes that do not start as a record are not held while looking for a header block's end.
  await bytes.fill(RECORD_START.length);
  if (!startsWarc(bytes.peek(RECORD_START.length))) return { resumeAt: 1 };
  const versionEnd = await bytes.indexOf(LINE_END, 0, VERSION_LINE);
  if (versionEnd < 0) return bytes.ended && bytes.length < VERSION_LINE ? 'cut' : { resumeAt: 1 };
  // A line ending in a version may be a header block cut mid-line by the next record ("...http://r.exaWARC/1.1"),
  // or a field whose value ends so ("http://x.org/spec/WARC/1.1"): it is a cut only when a field
  // before it is named again after it (the next record's own fields).
  let glued: { at: number; before: Set<string> } | undefined;
  const names = new Set<string>();
  for (let line = versionEnd + LINE_END.length; ; ) {
    const end = await bytes.indexOf(LINE_END, line, within);
    if (end < 0) {
      if (bytes.ended && bytes.length < within) return 'cut';
      // No end within the bound: the next record start is looked for from the glued version on; with
      // none, the line is too long to hold, not damage.
      return glued ? { resumeAt: glued.at } : longHeaderBlock(bytes, line, within);
    }
    if (end === line) return { fields: fieldsOf(bytes.peek(line).toString('utf8')), bodyStart: line + LINE_END.length };
    const text = bytes.peek(end).subarray(line);
    if (startsRecord(text)) return { resumeAt: glued?.at ?? line };
    // Only the name is decoded: a header line (a long URI) is not turned into a string twice.
    const name = nameOf(text)?.toLowerCase() ?? '';
    if (glued) {
      if (glued.before.has(name)) return { resumeAt: glued.at };
    } else {
      names.add(name);
      const at = versionAtEnd(text);
      if (at >= 0) glued = { at: line + at, before: names };
    }
    line = end + LINE_END.length;
  }
}

/**
 * The rest of a header block whose line at `line` crosses the header bound: the lines before it are
 * read; from that line on the block is past the bound, so it is read one line at a time and only
 * the fields that name the record (NAMING_FIELDS) are kept, each within the bound, while every other
 * line, and any line too long to hold, is dropped as it streams by. So a block past the bound costs
 * time linear in its length and never more memory than a bound per naming field, however many lines
 * follow (folded lines and distinct names once grew one field past a string's length). `over` names
 * the line where the block passed the bound: the crossing line itself, kept when it ends within one
 * more bound. A record start inside a dropped line (a version and a line end) means the block was cut
 * there by the next record: Damage, and reading goes on at that record. Returns the block with
 * `bodyStart` counted from the queue's new front.
 */
async function longHeaderBlock(bytes: ByteQueue, line: number, within: number): Promise<HeaderBlock | 'cut' | Damage> {
  const fields = fieldsOf(bytes.peek(line).toString('utf8'));
  const kept = new Set(fields.keys());
  let over: LongField | undefined;
  // The field a continuation line continues: its name as written, and whether its value is kept.
  let last: { name: string; kept: boolean } | undefined;
  bytes.drop(line);
  for (;;) {
    const end = await bytes.indexOf(LINE_END, 0, within);
    if (end < 0) {
      const name = lineName(bytes.peek(NAME_BOUND), last?.name);
      const from = bytes.offset;
      const found = await dropLongLine(bytes);
      if (found === 'ended') return 'cut';
      if (found === 'record') return { resumeAt: 0 };
      over ??= { name, bytes: bytes.offset - from };
      // A naming field too long to hold is not kept at all (a cut value would misname the record).
      if (last?.kept) fields.delete(last.name.toLowerCase());
      bytes.drop(LINE_END.length);
      last = undefined;
      continue;
    }
    if (end === 0) return { fields, bodyStart: LINE_END.length, ...(over ? { over } : {}) };
    const text = bytes.peek(end);
    if (startsRecord(text)) return { resumeAt: 0 };
    over ??= { name: lineName(text.subarray(0, NAME_BOUND), last?.name), bytes: end };
    last = keepNamingField(fields, kept, text, last, within);
    bytes.drop(end + LINE_END.length);
  }
}

/** The header fields that name a record and say where it ends: all a block past the header bound keeps. */
const NAMING_FIELDS = new Set(['warc-type', 'warc-target-uri', 'warc-record-id', 'warc-date', 'content-length']);

/**
 * Adds one header line of a block past the bound to `fields` when it is a naming field seen for the
 * first time, or continues one whose value stays within the bound (one longer is dropped). Only the
 * name of any other line is decoded. Returns the field a continuation line after it would continue.
 */
function keepNamingField(fields: Map<string, string>, kept: Set<string>, line: Buffer, last: { name: string; kept: boolean } | undefined, within: number): { name: string; kept: boolean } | undefined {
  if (line[0] === 0x20 || line[0] === 0x09) {
    if (!last?.kept) return last;
    const key = last.name.toLowerCase();
    const value = trimmed(line.toString('utf8'));
    const joined = `${fields.get(key)} ${value}`;
    if (joined.length > within) {
      fields.delete(key);
      return { name: last.name, kept: false };
    }
    if (value) fields.set(key, joined);
    return last;
  }
  const colon = line.indexOf(0x3a);
  if (colon < 0) return undefined;
  const name = nameOf(line, colon)!;
  const key = name.toLowerCase();
  if (!NAMING_FIELDS.has(key) || kept.has(key)) return { name, kept: false };
  kept.add(key);
  fields.set(key, trimmed(line.toString('utf8', colon + 1)));
  return { name, kept: true };
}

/** How much of a line past the header bound is read for its name. */
const NAME_BOUND = 256;

/**
 * What the header line starting `head` (its first NAME_BOUND bytes) is, for the error message: the
 * field it names or continues, or why it names none (a name longer than NAME_BOUND, no colon).
 */
function lineName(head: Buffer, continued: string | undefined): string {
  if (head[0] === 0x20 || head[0] === 0x09) return continued === undefined ? 'continuation line, with no field before it to continue' : `${continued} field (a continuation line)`;
  const name = nameOf(head);
  if (name === null) return head.length >= NAME_BOUND ? `field whose name runs past ${NAME_BOUND} bytes (${JSON.stringify(head.toString('utf8', 0, 40))}...)` : 'line without a field name (no colon)';
  return name ? `${name} field` : 'field with an empty name';
}

/** A header line's field name as written, spaces around it dropped; null when the line has no colon. */
function nameOf(line: Buffer, colon = line.indexOf(0x3a)): string | null {
  return colon < 0 ? null : line.toString('utf8', 0, colon).trim();
}

/** Drops the line at the front up to its line end, holding no more than a chunk: 'line-end' there, 'record' at a version line inside it, 'ended' with the data. */
async function dropLongLine(bytes: ByteQueue): Promise<'line-end' | 'record' | 'ended'> {
  for (;;) {
    const found = await bytes.seek([LINE_END, RECORD_START], 0);
    if (found === 0) return 'line-end';
    if (found < 0) return 'ended';
    await bytes.fill(RECORD_START.length + 5);
    if (versionLineAt(bytes.peek(bytes.length), 0)) return 'record';
    bytes.drop(1);
  }
}

/** A header line's field name in lower case ('' when it has no colon): one reading for every use. */
function fieldName(line: string): string {
  const colon = line.indexOf(':');
  return colon < 0 ? '' : line.slice(0, colon).trim().toLowerCase();
}

function isLineBreak(byte: number): boolean {
  return byte === 0x0d || byte === 0x0a;
}

/** What may follow a record's body: the end of the data, a line break, or the next record glued on. */
function endsClean(after: Buffer): boolean {
  return after.length === 0 || isLineBreak(after[0]!) || startsRecord(after);
}

/** A version line ("WARC/1.1" and its line break) starts at `at`. */
function versionLineAt(bytes: Buffer, at: number): boolean {
  let i = at + RECORD_START.length;
  const digits = i;
  while (i < bytes.length && i - digits < 4 && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++;
  if (i === digits || i - digits > 3) return false;
  if (bytes[i] === 0x0d) i++;
  return bytes[i] === 0x0a;
}

/**
 * Where the next record inside the body of a record known damaged starts (-1 when none does): the
 * first version line from `from` on (before `to`) whose record is followed by line breaks and the next
 * record, or runs past what is held (a WARC quoted inside a body is followed by the rest of that body,
 * so it is not taken). Searched in
 * the bytes as they are, each byte once, and at most CANDIDATES starts checked (a string made of the
 * rest of the held bytes per record was quadratic).
 */
function recordStartIn(bytes: Buffer, from: number, to: number): number {
  let checked = 0;
  for (let at = bytes.indexOf(RECORD_START, from); at >= 0 && at < to && checked < CANDIDATES; at = bytes.indexOf(RECORD_START, at + 1)) {
    if (!versionLineAt(bytes, at)) continue;
    checked++;
    if (endsAsRecord(bytes, at)) return at;
  }
  return -1;
}
const CANDIDATES = 16;
/** A record found inside a damaged one has a header block this short (real ones are a few KB). */
const CANDIDATE_HEADERS = 16 * 1024;

/** The record at `at` in `held` has a header block with a Content-Length, and its body runs past what is held or is followed by line breaks and a record. */
function endsAsRecord(held: Buffer, at: number): boolean {
  const end = held.subarray(at, at + CANDIDATE_HEADERS).indexOf(END_OF_HEADERS);
  if (end < 0) return held.length - at < CANDIDATE_HEADERS;
  const length = fieldsOf(held.toString('utf8', at, at + end)).get('content-length');
  if (length === undefined || !/^\d+$/.test(length)) return false;
  const whole = at + end + END_OF_HEADERS.length + Number(length);
  let next = whole;
  while (next < held.length && isLineBreak(held[next]!)) next++;
  return next >= held.length || startsRecord(held.subarray(next));
}

/**
 * Where a version glued onto the end of a header line starts (a header block cut mid-line by the next
 * record), or -1. A field whose whole value is a version ("X: WARC/1.0") is a field, not a cut.
 */
function versionAtEnd(line: Buffer): number {
  const at = line.lastIndexOf(RECORD_START);
  return at > 0 && !FIELD_SEPARATOR.has(line[at - 1]!) && /^WARC\/1\.\d{1,3}$/.test(line.toString('latin1', at)) ? at : -1;
}
const FIELD_SEPARATOR = new Set([0x20, 0x09, 0x3a]);

/** The HTTP header block at the start of a body read in part (as far as it goes when it does not end there). */
function httpHead(body: Buffer): Buffer {
  const end = body.indexOf(END_OF_HEADERS);
  return end < 0 ? body : body.subarray(0, end);
}

/** What a record is, from its WARC header fields and the HTTP header block of a response (as far as it was read). */
function describe(headers: Map<string, string>, http: Buffer): Described {
  return described(recordFields(headers, fieldsOf(http.toString('latin1')).get('content-type') ?? ''));
}

/**
 * A record's identity from its WARC header fields, for both readers (warcio parses the HTTP headers
 * and body of a record within the limit, but its names differed: repeated fields joined, a value
 * Headers refuses re-encoded as Latin-1).
 */
export function recordFields(headers: Map<string, string>, contentType = ''): RecordFields {
  return {
    type: headers.get('warc-type'),
    contentType,
    targetUri: headers.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1'),
    recordId: headers.get('warc-record-id'),
    date: headers.get('warc-date'),
  };
}

/**
 * A header block's fields by lower-case name, read once: the first of a repeated name, its value
 * with spaces and tabs around it dropped (in code: a pattern trimming them backtracked quadratically
 * on a long run of them); a line starting with a space or tab continues the field before it.
 */
function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split('\n')) last = addField(fields, line.endsWith('\r') ? line.slice(0, -1) : line, last);
  return fields;
}

/** Adds one header line to `fields`; returns the name it set, for a continuation line after it. */
function addField(fields: Map<string, string>, line: string, last?: string): string | undefined {
  if ((line[0] === ' ' || line[0] === '\t') && last !== undefined) {
    const value = trimmed(line);
    if (value) fields.set(last, `${fields.get(last)} ${value}`);
    return last;
  }
  const name = fieldName(line);
  if (!name || fields.has(name)) return undefined;
  fields.set(name, trimmed(line.slice(line.indexOf(':') + 1)));
  return name;
}

/** The text without the spaces and tabs around it. */
function trimmed(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
  while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
  return text.slice(from, to);
}

/** The bytes of a stream as a queue: filled from the stream as far as asked, read from the front. */
class ByteQueue {
  private held: Buffer = Buffer.alloc(0);
  /** How many bytes of the stream came before the first one held. */
  offset = 0;
  ended = false;
  /** The streams read on from once the one read now (inflated gzip members) ends, the innermost last. */
  private readonly outer: AsyncIterator<Uint8Array>[] = [];

  constructor(private source: AsyncIterator<Uint8Array> | InflatedRun) {}

  /**
   * How many runs of gzip members are being read inside one another. A run that has given the plain
   * bytes after it is left first: counted, plain records and members taking turns in one chunk nested a
   * layer per turn, and past MAX_GZIP_LAYERS every member was read as damage.
   */
  gzipLayers(): number {
    while (this.outer.length > 0 && 'finished' in this.source && this.source.finished) this.source = this.outer.pop()!;
    return this.outer.length;
  }

  /**
   * The bytes from the front on are read through `inflate` (gzip members there), then from the stream
   * as it goes on after them: a stack, not a stream wrapped in one more each time, so a file switching
   * between plain records and members many times costs no more per chunk.
   */
  inflateFront(inflate: Inflate): void {
    this.gzipLayers();
    const held = this.held;
    const outer = this.source;
    this.held = Buffer.alloc(0);
    this.outer.push(outer);
    let given = held.length === 0;
    this.source = inflate({ next: async () => (given ? outer.next() : ((given = true), { done: false, value: held })) }, this.offset);
  }

  /** The stream's next chunk as a Buffer (not copied), or null at its end (then `ended`). */
  private async nextChunk(): Promise<Buffer | null> {
    for (;;) {
      if (this.ended) return null;
      const next = await this.source.next();
      if (!next.done) return Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      const outer = this.outer.pop();
      if (outer) this.source = outer;
      else this.ended = true;
    }
  }

  /** Holds at least `n` bytes, or all that are left; returns how many are held. */
  async fill(n: number): Promise<number> {
    const parts: Buffer[] = [this.held];
    let size = this.held.length;
    for (let chunk; size < n && (chunk = await this.nextChunk()); size += chunk.length) parts.push(chunk);
    if (parts.length > 1) this.held = Buffer.concat(parts, size);
    return size;
  }

  get length(): number {
    return this.held.length;
  }

  /** Where `needle` is in bytes `from`-`within` held, filling as it looks; -1 when it is not. */
  async indexOf(needle: Buffer, from: number, within: number): Promise<number> {
    for (let searched = from; ; ) {
      const found = this.held.subarray(0, within).indexOf(needle, Math.max(from, searched - needle.length + 1));
      if (found >= 0) return found;
      searched = Math.min(this.held.length, within);
      if (searched >= within || this.ended) return -1;
      // Doubling what is held keeps a long header block's reads linear (each fill copies what is held).
      await this.fill(Math.min(within, Math.max(2 * this.held.length, this.held.length + 16 * 1024)));
    }
  }

  peek(n: number): Buffer {
    return this.held.subarray(0, n);
  }

  /** Drops `n` bytes without holding them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let dropped = Math.min(n, this.held.length);
    this.held = this.held.subarray(dropped);
    for (let chunk; dropped < n && (chunk = await this.nextChunk()); ) {
      const used = Math.min(n - dropped, chunk.length);
      dropped += used;
      if (used < chunk.length) this.held = chunk.subarray(used);
    }
    this.offset += dropped;
    return dropped;
  }

  /**
   * Drops the first `from` bytes, then every byte before the first of `needles` (all that is left
   * when there is none), holding no more than a chunk; returns which needle is at the front (-1 at the
   * end). Chunks are searched where they are, not copied onto what is held: a copy per chunk was
   * garbage as large as the bytes searched (128 MB of junk after a header line peaked at 395 MB RSS),
   * freed only as fast as V8 collects.
   */
  async seek(needles: Buffer[], from: number): Promise<number> {
    this.drop(Math.min(from, this.held.length));
    // A needle cut by a chunk's end keeps its first bytes.
    const keep = Math.max(...needles.map((needle) => needle.length)) - 1;
    for (;;) {
      const found = firstOf(this.held, needles);
      if (found) {
        this.drop(found.at);
        return found.needle;
      }
      this.drop(this.held.length - Math.min(this.held.length, keep));
      const chunk = await this.nextChunk();
      if (!chunk) {
        this.drop(this.held.length);
        return -1;
      }
      // Only the kept bytes and the chunk's first few are joined, to find a needle across the two.
      if (firstOf(Buffer.concat([this.held, chunk.subarray(0, keep)]), needles)) this.held = Buffer.concat([this.held, chunk]);
      else {
        this.offset += this.held.length;
        this.held = chunk;
      }
    }
  }

  drop(n: number): void {
    this.held = this.held.subarray(n);
    this.offset += n;
  }

  /** The line breaks between records (WARC puts two after each; a stray one is no harm). */
  async dropBlankLines(): Promise<void> {
    for (;;) {
      if ((await this.fill(1)) === 0) return;
      let blank = 0;
      while (blank < this.held.length && (this.held[blank] === 0x0d || this.held[blank] === 0x0a)) blank++;
      if (blank === 0) return;
      this.held = this.held.subarray(blank);
      this.offset += blank;
    }
  }
}

/** The earliest of `needles` in `bytes`: where, and which. */
function firstOf(bytes: Buffer, needles: Buffer[]): { at: number; needle: number } | undefined {
  let first: { at: number; needle: number } | undefined;
  needles.forEach((needle, index) => {
    const at = bytes.indexOf(needle);
    if (at >= 0 && (!first || at < first.at)) first = { at, needle: index };
  });
  return first;
}
