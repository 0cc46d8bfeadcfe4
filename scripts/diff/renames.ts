/**
 * The renames issue 12 intends, written as a function of the OLD output: what a pre-change record
 * must look like after the change. The differential (scripts/diff) applies it to the base build's
 * records and then expects the new build's records to be equal, field by field, with the new
 * `source` members set aside (they did not exist before; their presence is checked on its own).
 */

/** The grammar the renames lead to (src/schema/segment.ts). */
const RULE_ID = /^[a-z][A-Za-z]*\/[a-z0-9]+(?:[.-][a-z0-9]+)*$/u;

/** Tag fields whose findings carry a rule, each its own rule namespace. */
const TAG_FIELDS = ['stance', 'conspiracy', 'slurs', 'insults', 'profanity', 'questions'] as const;

/** An old rule id as it reads in the one grammar `namespace/rule`. */
export function renamedRule(namespace: string, old: string): string {
  // A base that already has the grammar (a commit after the rename) keeps its rules.
  if (old.startsWith(`${namespace}/`) && RULE_ID.test(old)) return old;
  // Conspiracy markers already carried their namespace.
  const bare = namespace === 'conspiracy' ? old.replace(/^conspiracy\//u, '') : old;
  // The splitters' inner names use ':' ("reply:at-mention"); the taggers used '+' to join a
  // question's cues and ':' before a target-stance side. All become the grammar's separators.
  const rule = namespace === 'split' ? bare.replace(/:/gu, '-') : bare.replace(/[+:]/gu, '.');
  return `${namespace}/${rule}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Renames every `rule` inside one tag field's value. */
function renameRules(value: Json, namespace: string): Json {
  if (Array.isArray(value)) return value.map((item) => renameRules(item, namespace));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = key === 'rule' && typeof inner === 'string' ? renamedRule(namespace, inner) : renameRules(inner, namespace);
  }
  return out;
}

/** Tag fields of a comment or CommentTags record, renamed; other fields untouched. */
export function renameTags(record: Json): Json {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const out: { [key: string]: Json } = { ...record };
  for (const field of TAG_FIELDS) if (field in out) out[field] = renameRules(out[field]!, field);
  return out;
}

/** A PageAnalysis from the base build as the new build should produce it. */
export function renamePage(page: Json): Json {
  if (page === null || typeof page !== 'object' || Array.isArray(page)) return page;
  const out: { [key: string]: Json } = { ...page };
  if (Array.isArray(out.boilerplate)) out.boilerplate = out.boilerplate.map((b) => renameRules(b, 'split'));
  if (Array.isArray(out.comments)) {
    out.comments = out.comments.map((comment) => {
      const renamed = renameTags(comment) as { [key: string]: Json };
      if (renamed.replyEvidence) renamed.replyEvidence = renameRules(renamed.replyEvidence, 'split');
      return renamed;
    });
  }
  return out;
}

/**
 * A record without the members that are new by design (`source` on findings), applied to both
 * builds so a base that already has them compares too; sources are checked on their own.
 */
export function withoutNewMembers(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutNewMembers);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) {
    // A finding's `source` sits beside its `rule`; a page's `source` (the input's name) is old.
    if (key === 'source' && typeof inner === 'string' && 'rule' in value) continue;
    out[key] = withoutNewMembers(inner);
  }
  return out;
}

export type { Json };
