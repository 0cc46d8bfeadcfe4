/**
 * Tag kinds as the legend lists them. The known ones come from the schema's tag fields (passed in
 * by renderReport); any other finding-bearing field found in the records is added after them, so
 * a new tagger shows up without a change here.
 */

/** People's names for the fields threadlens has today; other fields get their name spelled out. */
const LABELS: Record<string, string> = {
  slurs: 'Slurs',
  insults: 'Insults',
  profanity: 'Profanity',
  conspiracy: 'Conspiracy markers',
  stance: 'Stance evidence',
  questions: 'Questions',
  reply: 'Reply evidence',
};

/** Styles of the fields threadlens has today, kept when fields are added; new fields take the free ones. */
const STYLES: Record<string, number> = { slurs: 0, insults: 1, profanity: 2, conspiracy: 3, stance: 4, questions: 5, reply: 6 };

/** How many distinct highlight styles the stylesheet defines (colour, line style and pattern). */
export const STYLE_COUNT = 10;

export interface KindInfo {
  name: string;
  label: string;
  /** Index of its highlight style, tk-0 … tk-9. */
  style: number;
}

export function kindLabel(name: string): string {
  if (LABELS[name]) return LABELS[name]!;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_.]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}

/** The kinds to show: the schema's first, in its order, then those only the data has. */
export function orderKinds(known: readonly string[], found: Iterable<string>): KindInfo[] {
  const names = [...known];
  for (const name of found) if (!names.includes(name)) names.push(name);
  const free = [...Array(STYLE_COUNT).keys()].filter((style) => !Object.values(STYLES).includes(style));
  let next = 0;
  return names.map((name) => {
    // Past the tenth kind styles repeat; the legend still names each kind in words.
    const style = STYLES[name] ?? free[next++ % free.length]!;
    return { name, label: kindLabel(name), style };
  });
}
