/**
 * Rule ids get their namespace at one point: a tagger names its rules locally ("deny-false",
 * "slur.example") and the finding's tag field supplies the namespace ("stance/deny-false"), so
 * every rule in a record reads `namespace/rule` (schema `RULE_ID`).
 */

/** Prefixes the `rule` of every finding inside one tag field's value, in place; returns the value. */
export function namespaceRules<T>(namespace: string, value: T): T {
  if (Array.isArray(value) && value.length === 0) return value; // most comments' lists: no prefix or walker to make
  const prefix = `${namespace}/`;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const inner = record[key];
      if (key === 'rule' && typeof inner === 'string') record[key] = prefix + inner;
      else if (inner !== null && typeof inner === 'object') visit(inner);
    }
  };
  visit(value);
  return value;
}
