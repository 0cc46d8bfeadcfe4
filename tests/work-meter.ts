/**
 * Counts work, not time: while `run` executes, every call of the built-in string, array, regular
 * expression, Map and Set methods costs 1 plus the length it may walk (a regex pays for the span it
 * scanned). Growth of this count with input size shows a quadratic step as clearly as a clock
 * would, and gives the same number on a loaded machine.
 */
export function meterWork(run: () => void): number {
  let units = 0;
  const restore: (() => void)[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const wrap = (target: object, name: string, cost: (self: any, args: any[], result: any, lastIndex: number) => number) => {
    const proto = target as Record<string, unknown>;
    const original = proto[name] as (...args: unknown[]) => unknown;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const lastIndex = this instanceof RegExp && (this.global || this.sticky) ? this.lastIndex : 0;
      const result = original.apply(this, args);
      units += 1 + cost(this, args, result, lastIndex);
      return result;
    };
    restore.push(() => {
      proto[name] = original;
    });
  };
  wrap(RegExp.prototype, 'exec', (self: RegExp, [input], match: RegExpExecArray | null, lastIndex: number) => {
    if (self.sticky) return match ? match[0].length : 0;
    return (match ? match.index + match[0].length : String(input).length) - lastIndex;
  });
  const walksReceiver = (self: { length: number }) => self.length;
  for (const name of ['split', 'includes', 'indexOf', 'lastIndexOf', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'normalize']) {
    wrap(String.prototype, name, walksReceiver);
  }
  for (const name of ['slice', 'substring', 'startsWith', 'endsWith']) wrap(String.prototype, name, (_self, _args, result) => (typeof result === 'string' ? result.length : 0));
  for (const name of ['some', 'every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'indexOf', 'lastIndexOf', 'map', 'flatMap', 'forEach', 'reduce', 'join', 'sort', 'concat']) {
    wrap(Array.prototype, name, walksReceiver);
  }
  wrap(Array.prototype, 'slice', (_self, _args, result: unknown[]) => result.length);
  for (const name of ['push']) wrap(Array.prototype, name, () => 0);
  for (const name of ['get', 'set', 'has']) wrap(Map.prototype, name, () => 0);
  for (const name of ['add', 'has']) wrap(Set.prototype, name, () => 0);
  try {
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return units;
}

/**
 * Work at 16 times the input over work at the input (`run(16)` against `run(1)`), both run once
 * unmetered first so first-use compiling and caches are not counted. Linear stages give about 16;
 * the tests allow 20.
 */
export function workGrowth(run: (scale: number) => void): number {
  run(1);
  run(16);
  return meterWork(() => run(16)) / meterWork(() => run(1));
}
