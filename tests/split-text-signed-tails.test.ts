/**
 * Comments signed at the end of their own line ("text – Name date", Stack Exchange comments): the
 * head is the comment, the tail its header, once the page signs two or more comments that way. A
 * paragraph ending in one dash and a name is a quotation's attribution. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const QUESTION = [
  'How do I keep a cast-iron pan from rusting between uses?',
  '',
  'I wash my pan with water after every use and dry it with a towel, but within a day there are orange spots along the rim. I oil it lightly afterwards too.',
  '',
  'Is the towel not enough, or is something else going on with the seasoning layer?',
  '',
];
const SIGNED = [
  'Do you heat it on the stove after drying? A towel leaves a film of water in the pores. – pan_whisperer_9 Apr 2 at 10:15',
  '',
  '@pan_whisperer_9 No, I just towel it and hang it up. I will try heating it. – Oskar Lind Apr 2 at 10:40',
  '',
  'Which oil are you using? Olive oil tends to stay sticky and trap moisture. – M. Adeyemi 3 hours ago',
];

const commentsOf = (page: string) => splitPage(page).comments.map((c) => [c.author, c.postedAt, c.text]);

describe('comments signed at the end of their own line', () => {
  it.each([
    ['three signed comments under a question, blank lines between', [...QUESTION, ...SIGNED], [
      ['pan_whisperer_9', 'Apr 2 at 10:15', 'Do you heat it on the stove after drying? A towel leaves a film of water in the pores.'],
      ['Oskar Lind', 'Apr 2 at 10:40', '@pan_whisperer_9 No, I just towel it and hang it up. I will try heating it.'],
      ['M. Adeyemi', '3 hours ago', 'Which oil are you using? Olive oil tends to stay sticky and trap moisture.'],
    ]],
    ['signed with an em dash and a comma before the date', [...QUESTION, 'Dry it over a low flame for a minute, then wipe on a drop of oil. — Ruth Calloway, yesterday', '', 'Store it with the lid off so the air can move over it. — kettle_and_crumb, 2 days ago'], [
      ['Ruth Calloway', 'yesterday', 'Dry it over a low flame for a minute, then wipe on a drop of oil.'],
      ['kettle_and_crumb', '2 days ago', 'Store it with the lid off so the air can move over it.'],
    ]],
  ])('%s', (_name, lines, expected) => {
    const page = lines.join('\n');
    expect(commentsOf(page)).toEqual(expected);
    expect(spanViolations(splitPage(page))).toEqual([]);
  });

  it.each([
    ['one paragraph closed by a dated attribution is the article', [...QUESTION, 'The best pans are the ones used every day, and the worst are the ones kept for best. – Ada Fennimore, March 3, 2019', '', 'Our own test ran for six weeks on three pans and two kinds of oil, with one pan left unoiled as a control.']],
    ['two quotations attributed without a date are the article', [...QUESTION, 'A pan remembers every meal you cook in it. – Ada Fennimore', '', 'Seasoning is patience you can hold in your hand. — Tomasz Wrona', '', 'Our own test ran for six weeks on three pans and two kinds of oil, with one pan left unoiled as a control.']],
  ])('%s', (_name, lines) => {
    const page = lines.join('\n');
    const result = splitPage(page);
    expect(result.comments).toEqual([]);
    expect(result.body?.text).toContain(lines[lines.length - 3]);
    expect(spanViolations(result)).toEqual([]);
  });

  it('a one-word label before the tail is no comment text; two words are', () => {
    const page = [...QUESTION, 'Edited – Oskar Lind Apr 2 at 10:40', '', 'Thanks, fixed. – Ruth Calloway Apr 2 at 11:02', '', 'Same here, works now. – kettle_and_crumb Apr 2 at 11:30'].join('\n');
    const comments = commentsOf(page);
    expect(comments.some(([, , text]) => text === 'Edited')).toBe(false);
    expect(comments).toContainEqual(['Ruth Calloway', 'Apr 2 at 11:02', 'Thanks, fixed.']);
  });
});
