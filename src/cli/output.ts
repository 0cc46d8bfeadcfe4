/** Where records go: stdout or the -o file. A closed pipe (e.g. `| head`) ends the run quietly. */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

export class Output {
  private readonly stream: Writable;
  /** Set when the reader went away; the run stops dispatching and exits without a stack trace. */
  closed = false;
  private onClose: () => void = () => {};

  constructor(path: string | null, append: boolean) {
    this.stream = path ? createWriteStream(path, { flags: append ? 'a' : 'w' }) : process.stdout;
    this.stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
        this.closed = true;
        this.onClose();
        return;
      }
      process.stderr.write(`threadlens: cannot write output: ${error.message}\n`);
      process.exit(1);
    });
  }

  whenClosed(callback: () => void): void {
    this.onClose = callback;
  }

  /** False when the stream's buffer is full; wait for `drained()` before producing more. */
  write(chunk: string): boolean {
    if (this.closed || chunk === '') return true;
    return this.stream.write(chunk);
  }

  drained(): Promise<void> {
    if (this.closed || !this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => this.stream.once('drain', resolve));
  }

  /** Resolves once everything written has reached the file or pipe. */
  finish(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.stream === process.stdout) {
      return new Promise((resolve) => (this.stream.writableNeedDrain ? this.stream.once('drain', resolve) : resolve()));
    }
    return new Promise((resolve) => this.stream.end(resolve));
  }
}
