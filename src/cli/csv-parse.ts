/**
 * Streaming RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks; rows
 * end at CRLF, LF or CR; a leading BOM is dropped. Each row reports the line it starts on, so an
 * error record can point into the file. Linear time, chunk boundaries anywhere.
 */
export interface CsvRow {
  fields: string[];
  line: number;
  /** Offset of the row's first character in everything pushed (a byte offset when fed latin1). */
  start: number;
  /** The file ended inside a quoted field. */
  unterminated?: boolean;
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private rowLine = 1;
  private afterCR = false;
  private started = false;
  /** Characters pushed before the current chunk. */
  private base = 0;
  private rowStart = 0;
  private atRowStart = true;

  constructor(private readonly emit: (row: CsvRow) => void) {}

  push(chunk: string): void {
    let i = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = chunk.length;
    const base = this.base;
    this.base += n;
    while (i < n) {
      const c = chunk[i]!;
      if (this.afterCR) {
        this.afterCR = false;
        if (c === '\n') {
          i++;
          continue;
        }
      }
      if (this.atRowStart) {
        this.atRowStart = false;
        this.rowStart = base + i;
      }
      switch (this.state) {
        case State.Quoted: {
          const quote = chunk.indexOf('"', i);
          const stop = quote < 0 ? n : quote;
          const run = chunk.slice(i, stop);
          this.field += run;
          this.line += countNewlines(run);
          if (quote >= 0) this.state = State.QuoteInQuoted;
          i = stop + 1;
          continue;
        }
        case State.QuoteInQuoted:
          if (c === '"') {
            this.field += '"';
            this.state = State.Quoted;
            i++;
            continue;
          }
          this.state = State.Unquoted; // closing quote; lenient about text after it
          break;
        case State.FieldStart:
          if (c === '"') {
            this.state = State.Quoted;
            i++;
            continue;
          }
          this.state = State.Unquoted;
          break;
        case State.Unquoted:
          break;
      }
      // Unquoted: take the run up to the next delimiter in one slice.
      let j = i;
      while (j < n) {
        const d = chunk.charCodeAt(j);
        if (d === 44 || d === 10 || d === 13) break;
        j++;
      }
      this.field += chunk.slice(i, j);
      if (j >= n) return;
      const d = chunk[j]!;
      if (d === ',') this.endField();
      else this.endRow(d === '\r');
      i = j + 1;
    }
  }

  end(): void {
    if (this.state === State.Quoted) {
      this.fields.push(this.field);
      this.emit({ fields: this.fields, line: this.rowLine, start: this.rowStart, unterminated: true });
    } else if (this.field !== '' || this.fields.length > 0 || this.state === State.QuoteInQuoted) {
      this.fields.push(this.field);
      this.emit({ fields: this.fields, line: this.rowLine, start: this.rowStart });
    }
    this.fields = [];
    this.field = '';
    this.state = State.FieldStart;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRow(cr: boolean): void {
    const blank = this.fields.length === 0 && this.field === '' && this.state !== State.QuoteInQuoted;
    this.fields.push(this.field);
    if (!blank) this.emit({ fields: this.fields, line: this.rowLine, start: this.rowStart });
    this.fields = [];
    this.field = '';
    this.state = State.FieldStart;
    this.atRowStart = true;
    this.line++;
    this.rowLine = this.line;
    this.afterCR = cr;
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
