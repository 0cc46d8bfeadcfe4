/**
 * English inflection for the meaning-class builder: noun plurals and verb forms, so the shipped
 * word lists hold every form a tokenizer meets ("rats", "lice", "stabbed", "hanging"). Regular
 * rules plus the irregular forms the chosen classes need; over-generation is harmless (a form
 * nobody writes is never looked up).
 */
const IRREGULAR_PLURALS: Record<string, string> = {
  louse: 'lice', mouse: 'mice', man: 'men', woman: 'women', ox: 'oxen', goose: 'geese', tooth: 'teeth',
  foot: 'feet', child: 'children', person: 'people', wolf: 'wolves', calf: 'calves', leaf: 'leaves', half: 'halves',
  thief: 'thieves', wife: 'wives', knife: 'knives', life: 'lives', bacterium: 'bacteria', fungus: 'fungi',
  larva: 'larvae', nymph: 'nymphs', criterion: 'criteria', phenomenon: 'phenomena', cactus: 'cacti',
  housewife: 'housewives',
};
const INVARIANT = new Set([
  'sheep', 'swine', 'deer', 'fish', 'cattle', 'vermin', 'livestock', 'bison', 'moose', 'offspring', 'scum', 'filth',
  'dirt', 'garbage', 'trash', 'rubbish', 'waste', 'excrement', 'feces', 'faeces', 'sewage', 'slime', 'sludge',
  'refuse', 'vomit', 'poultry', 'fauna', 'riffraff', 'rabble', 'trash', 'bacteria', 'lice', 'people', 'police',
]);

export function plural(noun: string): string {
  if (noun.includes(' ')) {
    const words = noun.split(' ');
    return [...words.slice(0, -1), plural(words[words.length - 1]!)].join(' ');
  }
  if (INVARIANT.has(noun)) return noun;
  // WordNet lists some plurals as lemmas ("cows", "droppings"): they stay as they are.
  if (noun.endsWith('s') && !/(ss|us|is)$/.test(noun)) return noun;
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (noun.endsWith('man') && noun.length > 4) return `${noun.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

const IRREGULAR_VERBS: Record<string, string[]> = {
  shoot: ['shot'], hang: ['hung', 'hanged'], burn: ['burnt', 'burned'], beat: ['beaten'], slay: ['slew', 'slain'],
  strike: ['struck', 'stricken'], bite: ['bit', 'bitten'], break: ['broke', 'broken'], stick: ['stuck'],
  fight: ['fought'], hit: ['hit'], cut: ['cut'], run: ['ran'], throw: ['threw', 'thrown'], blow: ['blew', 'blown'],
  drive: ['drove', 'driven'], shake: ['shook', 'shaken'], tear: ['tore', 'torn'], spit: ['spat'], feel: ['felt'],
  take: ['took', 'taken'], give: ['gave', 'given'], make: ['made'], get: ['got', 'gotten'], put: ['put'],
  bury: ['buried'], fry: ['fried'], crucify: ['crucified'], stand: ['stood'], smite: ['smote', 'smitten'],
  overrun: ['overran'], sting: ['stung'], wring: ['wrung'], string: ['strung'], hold: ['held'], send: ['sent'],
  keep: ['kept'], lose: ['lost'], leave: ['left'], kick: ['kicked'], loathe: ['loathed'], choke: ['choked'],
};

const VOWEL = /[aeiou]/;

/** Base, third person, past and participles, -ing: "stab" → stab, stabs, stabbed, stabbing. */
export function verbForms(verb: string): string[] {
  if (verb.includes(' ')) {
    // Phrasal verbs inflect their first word: "wipe out" → "wiped out".
    const [head, ...rest] = verb.split(' ');
    return verbForms(head!).map((form) => [form, ...rest].join(' '));
  }
  const forms = new Set<string>([verb, ...(IRREGULAR_VERBS[verb] ?? [])]);
  const doubles = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) && !/(w|x|y)$/.test(verb) && verb.length <= 5;
  const stem = doubles ? verb + verb[verb.length - 1] : verb;
  if (/(s|x|z|ch|sh)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  if (verb.endsWith('e')) {
    forms.add(`${verb}d`);
    forms.add(verb.endsWith('ee') ? `${verb}ing` : `${verb.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(verb)) {
    forms.add(`${verb.slice(0, -1)}ied`);
    forms.add(`${verb}ing`);
  } else {
    forms.add(`${stem}ed`);
    forms.add(`${stem}ing`);
  }
  if (!VOWEL.test(verb)) return [verb];
  return [...forms];
}

/**
 * Comparative and superlative of a short adjective ("dirty" → dirtier, dirtiest; "vile" → viler,
 * vilest; "dumb" → dumber, dumbest). Long or derived adjectives ("disgusting", "pathetic") take
 * "more"/"most", which the clause matcher reads as adverbs, so they get no forms.
 */
export function gradeForms(adjective: string): string[] {
  if (adjective.includes(' ') || adjective.includes('-') || adjective.length > 7) return [];
  if (/(ful|ous|ive|ic|al|ed|ing|less|ent|ant|able|ible|ish|ist|ian|ese)$/.test(adjective)) return [];
  if (/[^aeiou]y$/.test(adjective)) return [`${adjective.slice(0, -1)}ier`, `${adjective.slice(0, -1)}iest`];
  if (adjective.endsWith('e')) return [`${adjective}r`, `${adjective}st`];
  const doubles = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(adjective);
  const stem = doubles ? adjective + adjective[adjective.length - 1] : adjective;
  return [`${stem}er`, `${stem}est`];
}
