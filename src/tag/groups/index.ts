/**
 * Protected groups: bundled data (data/groups.json), validated once on first use, merged with a caller's
 * `extend`/`allow`, compiled to lookups once per options object.
 */
import { once } from '../../memo.js';
import groupsJson from './data/groups.json';
import { GroupsFile, parseGroupOptions, type GroupOptions, type ParsedGroupEntry, type ProtectedCategory } from './schema.js';

export { GroupEntry, GroupOptions, GroupsFile, ProtectedCategory, parseGroupOptions } from './schema.js';

/** A group as findings name it. */
export interface GroupRef {
  id: string;
  category: ProtectedCategory;
}

export interface CompiledGroups {
  version: string;
  /** Distinct per compilation: a text's clause view is kept per groups compiled. */
  id: number;
  /** Noun sequences by their first word: "asylum" → [["asylum", "seekers"]]. */
  nouns: Map<string, { words: string[]; group: GroupRef }[]>;
  /** Adjective sequences by their first word ("mentally" → [["mentally", "ill"]]). */
  adjectives: Map<string, { words: string[]; group: GroupRef }[]>;
  /** Nouns an adjective turns into a group: "people", "lives". */
  personNouns: Set<string>;
}

/** data/groups.json validated on first use (not at import). */
const groupsFile = once(() => GroupsFile.parse(groupsJson));
export const GROUPS_VERSION: string = groupsJson.version;

/** The built-in groups as parsed from data/groups.json. */
export function builtinGroups(): ParsedGroupEntry[] {
  return groupsFile().groups;
}

let builtin: CompiledGroups | undefined;

/** The built-in groups, compiled once (the one-call wrappers and tests use them). */
export function getGroups(options?: GroupOptions): CompiledGroups {
  const file = groupsFile();
  if (!options || Object.keys(options).length === 0) return (builtin ??= compile(file.groups, file.personNouns, GROUPS_VERSION));
  return compileGroups(options);
}

/**
 * Groups for a caller's options: the built-in list with `extend` first (a caller's group with a
 * built-in id replaces it) and `allow`ed ids and terms left out. Validated: a bad list throws
 * `invalid-options`. An analyzer calls this once; nothing is cached here.
 */
export function compileGroups(options?: GroupOptions): CompiledGroups {
  if (!options || Object.keys(options).length === 0) return getGroups();
  const parsed = parseGroupOptions(options);
  const extend = (parsed.extend ?? []) as ParsedGroupEntry[];
  const replaced = new Set(extend.map((group) => group.id));
  const allow = new Set((parsed.allow ?? []).map((word) => word.toLowerCase()));
  const file = groupsFile();
  const groups = [...extend, ...file.groups.filter((group) => !replaced.has(group.id))]
    .filter((group) => !allow.has(group.id))
    .map((group) => ({ ...group, nouns: group.nouns.filter((w) => !allow.has(w)), adjectives: group.adjectives.filter((w) => !allow.has(w)) }));
  return compile(groups, file.personNouns, `${GROUPS_VERSION}+caller`);
}

let compilations = 0;

/** Words as the view keys them: lower case, apostrophes and hyphens dropped inside a word. */
export const groupKey = (word: string): string[] => word.split(/\s+/).map((w) => w.replace(/['\u2019-]/g, '')).filter(Boolean);

function compile(groups: readonly ParsedGroupEntry[], personNouns: readonly string[], version: string): CompiledGroups {
  const nouns = new Map<string, { words: string[]; group: GroupRef }[]>();
  const adjectives = new Map<string, { words: string[]; group: GroupRef }[]>();
  const add = (map: typeof nouns, term: string, group: GroupRef) => {
    const words = groupKey(term);
    if (words.length === 0) return;
    const list = map.get(words[0]!) ?? [];
    // First writer wins: a caller's group listed first claims a shared term.
    if (!list.some((item) => item.words.join(' ') === words.join(' '))) list.push({ words, group });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  };
  for (const entry of groups) {
    const ref: GroupRef = { id: entry.id, category: entry.category };
    for (const noun of entry.nouns) add(nouns, noun, ref);
    for (const adjective of entry.adjectives) add(adjectives, adjective, ref);
  }
  return { version, id: ++compilations, nouns, adjectives, personNouns: new Set(personNouns.flatMap(groupKey)) };
}
