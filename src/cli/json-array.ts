/**
 * Splits a JSON array into the source text of its elements as the chunks arrive, so a large
 * `.json` file of comment rows (what pandas' to_json and `--format json` write) is read one row
 * at a time. Only strings and nesting are tracked; each element is then parsed by JSON.parse.
 * A library such as stream-json would emit a token event per value; this is one scan per chunk.
 */
import { UsageError } from './args.js';

export interface ArrayElement {
  text: string;
  /** The line (from 1) where the element starts, for error records. */
  line: number;
}

const enum State {
  Before,
  Between,
  Inside,
  After,
}

export class JsonArraySplitter {
  private state = State.Before;
  private depth = 0;
  private inString = false;
  private escape = false;
  private parts: string[] = [];
  private line = 1;
  private elementLine = 1;

  constructor(
    private readonly emit: (element: ArrayElement) => void,
    private readonly name: string,
  ) {}

  push(chunk: string): void {
    let start = this.state === State.Inside ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.state === State.Inside) {
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (c === 92) this.escape = true;
          else if (c === 34) this.inString = false;
        } else if (c === 34) this.inString = true;
        else if (c === 123 || c === 91) this.depth++;
        else if ((c === 125 || c === 93) && this.depth > 0) this.depth--;
        else if (this.depth === 0 && (c === 44 || c === 93)) {
          this.finish(chunk.slice(start, i));
          this.state = c === 44 ? State.Between : State.After;
        }
        continue;
      }
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) continue;
      if (this.state === State.Before) {
        if (c !== 91) throw new UsageError(`${this.name} is read as a JSON array of rows (it ends in .json or starts with "["), but it does not start with "["`);
        this.state = State.Between;
      } else if (this.state === State.Between) {
        if (c === 93 && this.parts.length === 0) {
          this.state = State.After; // an empty array, or a trailing comma
          continue;
        }
        this.state = State.Inside;
        this.depth = 0;
        this.elementLine = this.line;
        start = i;
        i--; // the element's first character is read in the Inside state
      } else {
        throw new UsageError(`${this.name}: text after the end of the JSON array (line ${this.line})`);
      }
    }
    if (this.state === State.Inside) this.parts.push(chunk.slice(Math.max(0, start)));
  }

  end(): void {
    if (this.state === State.Inside) {
      // The file ends inside an element: it is reported as that row's problem.
      this.finish('');
      return;
    }
    if (this.state !== State.After) throw new UsageError(`${this.name}: the JSON array is never closed with "]"`);
  }

  private finish(last: string): void {
    this.parts.push(last);
    const text = this.parts.join('').trim();
    this.parts = [];
    this.emit({ text, line: this.elementLine });
  }
}
