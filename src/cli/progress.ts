/** A one-line progress bar on stderr, only when stderr is a terminal: done/total, rate, ETA. */
export class Progress {
  private done = 0;
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private total: number | null,
    private readonly unit: string,
    enabled: boolean,
  ) {
    if (enabled && process.stderr.isTTY) {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    }
  }

  tick(n = 1): void {
    this.done += n;
  }

  setTotal(total: number | null): void {
    this.total = total;
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    process.stderr.write('\r\x1b[K');
  }

  private draw(): void {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    if (this.total === null) {
      // A stream (WARC, page lines) has no known end: count and rate only.
      process.stderr.write(`\r\x1b[K${this.done} ${this.unit}  ${rate.toFixed(1)}/s`);
      return;
    }
    const left = rate > 0 ? (this.total - this.done) / rate : NaN;
    const share = this.total > 0 ? ` (${((100 * this.done) / this.total).toFixed(1)}%)` : '';
    const width = 24;
    const filled = this.total > 0 ? Math.min(width, Math.round((width * this.done) / this.total)) : 0;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const line = `${bar} ${this.done}/${this.total} ${this.unit}${share}  ${rate.toFixed(1)}/s  ETA ${clock(left)}`;
    process.stderr.write(`\r\x1b[K${line}`);
  }
}

export function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
