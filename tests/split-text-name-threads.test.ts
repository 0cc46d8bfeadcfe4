/**
 * Name-only threads (a commenter's name alone on its line, no date): a one-line comment ("+1",
 * "Agreed.") is too short to be checked as a sentence, but the thread's own rhythm, a name over
 * each comment, vouches for its name (issue 14). Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';
import { HARBOUR_ARTICLE as ARTICLE } from './text-pages.js';


const LONG1 = 'About time too, my mother has missed two appointments this winter.';
const LONG2 = 'I hope they keep the old ferry as a spare for the busy weeks.';
const LONG3 = 'The winter timetable should have come years ago.';

/** Name over text, each pair parted from the next by `gap` (the blank-line habit of the dump). */
function thread(entries: [string, string][], gap: string[]): string[] {
  return entries.flatMap(([name, text]) => [name, ...gap.slice(0, 1), text, ...gap]);
}

describe('one-line comments in a name-only thread keep their own comment and name', () => {
  const LAYOUTS: [string, string[]][] = [
    ['one blank line', ['']],
    ['two blank lines', ['', '']],
    ['no blank lines', []],
  ];
  it.each(LAYOUTS.flatMap(([layout, gap]) => ['+1', 'Agreed.', 'Same here.'].map((short): [string, string, string[]] => [layout, short, gap])))('%s, "%s"', (_layout, short, gap) => {
    const entries: [string, string][] = [['Marta Quinn', LONG1], ['Tom Reed', short], ['Marta Quinn', LONG2], ['Ivy Lang', short], ['Tom Reed', LONG3]];
    const result = splitPage([...ARTICLE, ...thread(entries, gap), '© 2026 Harbour Gazette'].join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual(entries);
  });

  it('a one-line paragraph and a name-shaped line under the last name open no comment', () => {
    const entries: [string, string][] = [['Marta Quinn', LONG1], ['Tom Reed', LONG2], ['Marta Quinn', LONG3]];
    const lines = [...ARTICLE, ...thread(entries, ['']), 'Free Chapter', '', 'Sign Up Today', '', '© 2026 Harbour Gazette'];
    const authors = splitPage(lines.join('\n')).comments.map((c) => c.author);
    expect(authors).toEqual(['Marta Quinn', 'Tom Reed', 'Marta Quinn']);
  });
});

describe('sub-headings of a service page with a few labels among them, no comment marker', () => {
  // "Learn more" printed three times makes a repeated "name", and two of the seven read as labels:
  // without a comment count over them, that many labels make the lines sub-headings.
  const page = [
    'Harbour Tech', '', 'Keeping a small office network safe', '',
    'Small offices are attacked as often as large ones, and they have fewer people to notice. These are the areas we look at first when we visit.', '',
    'Most fixes cost little: a setting changed, an old account closed, a backup tested once a month.', '',
    'Zero Trust Access', '', 'Every device proves who it is before it reaches a file, even inside the office.', '',
    'Cloud Backups', '', 'A backup that was never restored is a hope, not a backup. We test yours every month.', '',
    'Learn more', '', 'Read how a restore drill works, step by step, in our short guide for office managers.', '',
    'Remote Work Security', '', 'Laptops that leave the building get the same checks as the ones that stay.', '',
    'Learn more', '', 'See what we check on a laptop before it leaves the office, and why each check matters.', '',
    'Printer Firmware', '', 'Printers run old software more often than anything else on the network.', '',
    'Learn more', '', 'Our printer checklist covers the settings most offices never change from the default.', '',
    'Phishing Drills', '', 'A short drill each quarter teaches more than a long course once a year.', '',
    '© 2026 Harbour Tech',
  ].join('\n');
  it('gives no comments', () => {
    expect(splitPage(page).comments).toEqual([]);
  });
  it('the same names under a comment count stay a thread', () => {
    const marked = page.replace('Zero Trust Access', '7 Comments\n\nZero Trust Access');
    expect(splitPage(marked).comments.length).toBeGreaterThan(0);
  });
});

describe('a short name-only thread with one label-like name, no comment marker', () => {
  // "Winter Traveller" is made of words its comment uses, so it reads as a label; one such name
  // among four is a pseudonym, not a page of sub-headings.
  const entries: [string, string][] = [
    ['Marta Quinn', LONG1],
    ['Winter Traveller', 'The winter crossing is rough, but a traveller like me takes it anyway.'],
    ['Marta Quinn', 'Thanks, I had not thought of that.'],
    ['Ann Berg', LONG3],
  ];
  it('keeps every comment and name', () => {
    const result = splitPage([...ARTICLE, ...thread(entries, ['']), '© 2026 Harbour Gazette'].join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => c.author)).toEqual(['Marta Quinn', 'Winter Traveller', 'Marta Quinn', 'Ann Berg']);
  });
});
