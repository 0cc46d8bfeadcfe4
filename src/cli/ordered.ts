/**
 * Writes chunks in sequence order however the workers finish. At most `window` sequence numbers
 * are open (handed out, not yet written), which bounds memory for any corpus size.
 */
import type { Format } from './formats/index.js';
import type { Output } from './output.js';

export class OrderedWriter {
  private readonly ready = new Map<number, string | null>();
  private nextSeq = 0;
  private nextToWrite = 0;
  private wroteAny = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly output: Output,
    private readonly format: Format,
    private readonly window: number,
    writeHead = true,
  ) {
    if (writeHead) output.write(format.head());
  }

  /**
   * The next sequence number, once the window has room and the output has drained. The window is
   * checked again after every wait: two callers waiting on the output at once would both pass one check.
   */
  async reserve(): Promise<number> {
    for (;;) {
      if (this.nextSeq - this.nextToWrite >= this.window) await new Promise<void>((resolve) => this.waiters.push(resolve));
      else {
        await this.output.drained();
        if (this.nextSeq - this.nextToWrite < this.window) return this.nextSeq++;
      }
    }
  }

  /** `chunk` null: this sequence number writes nothing (e.g. a row already in a resumed file). */
  complete(seq: number, chunk: string | null): void {
    this.ready.set(seq, chunk);
    while (this.ready.has(this.nextToWrite)) {
      const next = this.ready.get(this.nextToWrite)!;
      this.ready.delete(this.nextToWrite);
      if (next !== null) {
        this.output.write(this.format.join(next, !this.wroteAny));
        this.wroteAny = true;
      }
      this.nextToWrite++;
    }
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }

  /** Resolves once every reserved sequence number has been written. */
  async settled(): Promise<void> {
    while (this.nextToWrite < this.nextSeq) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.output.write(this.format.tail(this.wroteAny));
  }
}
