/**
 * Prototype pollution: the own keys of the built-in prototypes, taken before the library loads and
 * compared after every call. This file imports nothing, so the snapshot precedes any library code.
 */

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype], ['Array.prototype', Array.prototype], ['String.prototype', String.prototype],
  ['Function.prototype', Function.prototype], ['RegExp.prototype', RegExp.prototype], ['Number.prototype', Number.prototype],
  ['Map.prototype', Map.prototype], ['Set.prototype', Set.prototype], ['Promise.prototype', Promise.prototype],
];

export type PrototypeSnapshot = Map<string, Set<string | symbol>>;

export function snapshotPrototypes(): PrototypeSnapshot {
  return new Map(PROTOTYPES.map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto))]));
}

/** Keys added to or removed from a built-in prototype since `before`; added keys are deleted again. */
export function prototypeChanges(before: PrototypeSnapshot): string[] {
  const out: string[] = [];
  for (const [name, proto] of PROTOTYPES) {
    const keys = before.get(name)!;
    const now = Reflect.ownKeys(proto);
    for (const key of now) {
      if (keys.has(key)) continue;
      out.push(`${name}.${String(key)} added`);
      delete (proto as Record<string | symbol, unknown>)[key];
    }
    for (const key of keys) if (!now.includes(key)) out.push(`${name}.${String(key)} removed`);
  }
  return out;
}
