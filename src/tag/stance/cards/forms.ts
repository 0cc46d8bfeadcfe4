/**
 * Word forms of a target's subject: plural and singular, the -ism / -ist / -ists family, and a
 * phrase joined into one word as hashtags and handles write it (#ClimateChange, @HillaryClinton).
 */
import { nameCardRules } from './rules.js';

/** The forms of a topic subject ("Abortion" → abortion, abortions; "Feminist Movement" → feminist, feminists, feminism, feminist movement). */
export function topicForms(subject: string[], groupHead: boolean): string[] {
  const lower = subject.map((w) => w.toLowerCase());
  if (lower.length === 0) return [];
  if (lower.length === 1) return wordForms(lower[0]!);
  const forms = [lower.join(' '), lower.join('')];
  const head = lower.at(-1)!;
  // "Feminist Movement": the group is named by the words before its head.
  if (groupHead) forms.push(...wordForms(lower.slice(0, -1).join(' ')));
  // "Climate Change": the first word alone still names the topic; "Gun Control" keeps "gun" out.
  else if (lower.length === 2 && nameCardRules().topicHeads.keepsFirstWord.includes(head)) forms.push(lower[0]!);
  return unique(forms);
}

/** A word's plural or singular and its -ism / -ist family; a phrase gives itself. */
export function wordForms(word: string): string[] {
  if (word.includes(' ')) return [word];
  const forms = [word, number(word)];
  const stem = /^(.{3,})(?:ism|ist|ists)$/u.exec(word)?.[1];
  if (stem) forms.push(`${stem}ism`, `${stem}ist`, `${stem}ists`);
  return unique(forms.filter((f): f is string => f !== null));
}

/** The other grammatical number of a noun whose ending marks it as common, or null. */
function number(word: string): string | null {
  if (word.length < 4) return null;
  const singular = /s$/u.test(word) ? word.slice(0, -1) : null;
  if (singular && nameCardRules().wordForms.pluralEndings.some((e) => singular.endsWith(e))) return singular;
  return nameCardRules().wordForms.pluralEndings.some((e) => word.endsWith(e)) ? `${word}s` : null;
}

/** "Black Lives Matter" → BLM: three or more capitalised words. */
export function acronym(words: string[]): string | null {
  const content = words.filter((w) => /^\p{Lu}/u.test(w));
  if (content.length < 3 || content.length !== words.filter((w) => w.length > 3).length) return null;
  return content.map((w) => w[0]!.toUpperCase()).join('');
}

export function unique(list: string[]): string[] {
  return [...new Set(list)];
}
