/**
 * Lines that look like comment furniture inside an article, beside the furniture they resemble:
 * dated subheadings, news about letters, "Solution" subheadings, "May '68", a place under avatar
 * initials, a name ending in "-ed". Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const HEAD = ['Harbour town plans a week of winter events', '', 'By Ines Varga | 4 December 2026', ''];
const OPENING = 'The harbour committee has announced its winter week, with free events on every evening and a market on the quay at the weekend.';

const bodyOf = (lines: readonly string[]) => {
  const page = splitPage(lines.join('\n'));
  expect(spanViolations(page)).toEqual([]);
  return page;
};

describe('article lines shaped like comment furniture', () => {
  it('keeps dated subheadings ("Boats on the quay, January 9") in the article above a "Name, Place, Country, DATE" comment section', () => {
    const page = bodyOf([
      ...HEAD,
      OPENING,
      '',
      'Boats on the quay, January 9',
      '',
      'The fishing fleet is dressed in lights and sails past the lighthouse at seven, with a brass band on the harbour wall.',
      '',
      'Songs from Rope Walk, January 11',
      '',
      'The choir sings along the old rope walk and ends at the Anchor, where the collection goes to the lifeboat.',
      '',
      'Comments (3)',
      '',
      'gull_watcher, Whitby, United Kingdom, 4 hours ago',
      '',
      'The fleet parade is the best night of the year.',
      '',
      'Nell, Scarborough, United Kingdom, 3 hours ago',
      '',
      'Parking on the quay is impossible that night.',
      '',
      'Tom88, Filey, United Kingdom, 2 hours ago',
      '',
      'Take the bus, it runs late all week.',
    ]);
    expect(page.body?.paragraphs.map((p) => p.text)).toContain('Songs from Rope Walk, January 11');
    expect(page.comments.map((c) => [c.author, c.postedAt])).toEqual([
      ['gull_watcher', '4 hours ago'],
      ['Nell', '3 hours ago'],
      ['Tom88', '2 hours ago'],
    ]);
  });

  it('a header template reaches its family (one place field fewer) only below its own first line, never up into the article', () => {
    const page = bodyOf([
      ...HEAD,
      OPENING,
      '',
      'Lanterns in Staithes, North Yorkshire, January 10',
      '',
      'Children carry paper lanterns down the bank to the beck, and the old school opens for soup afterwards.',
      '',
      'Comments (3)',
      '',
      'gull_watcher, Whitby, United Kingdom, 4 hours ago',
      '',
      'The lanterns are the best night of the year.',
      '',
      'Nell, Scarborough, United Kingdom, 3 hours ago',
      '',
      'Parking on the bank is impossible that night.',
      '',
      'Tom88, Filey, 2 hours ago',
      '',
      'Take the bus, it runs late all week.',
    ]);
    expect(page.body?.paragraphs.map((p) => p.text)).toContain('Lanterns in Staithes, North Yorkshire, January 10');
    expect(page.comments.map((c) => c.author)).toEqual(['gull_watcher', 'Nell', 'Tom88']);
  });

  it('keeps news about letters in the article; the paper asking for letters in its own voice is its widget', () => {
    const news = [
      'The harbour trust invites letters from fishermen until the end of the month and will send them to the minister.',
      'Residents have been asked to write letters to the editor of the weekly paper about the loss of the ferry.',
    ];
    const page = bodyOf([...HEAD, OPENING, '', ...news.flatMap((p) => [p, '']), 'The committee meets again in March.']);
    expect(page.body?.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(news));
    const asked = bodyOf([...HEAD, OPENING, '', 'The committee meets again in March.', '', 'Have your say. Send us a letter about this or any other article in this week’s edition.']);
    expect(asked.boilerplate.map((b) => b.rule)).toContain('split/letters-invite');
  });

  it('keeps a how-to\'s "Solution" subheadings in the article and a comment\'s opening "Solution:" in its text', () => {
    const page = bodyOf([
      'How to fix a dripping outdoor tap',
      '',
      'A tap that drips after it is closed nearly always has a worn washer, and the fix takes ten minutes with a spanner.',
      '',
      'Solution',
      '',
      'Turn off the water at the stopcock, undo the headgear nut and replace the rubber washer under the spindle.',
      '',
      'Solution 2',
      '',
      'If the drip goes on, the seat is scored and a reseating tool will grind it flat again.',
      '',
      '2 Comments',
      '',
      'dave_on_the_allotment',
      'Jan 3, 2027',
      '',
      'Solution:\nSwap the whole tap for a quarter-turn one. Never drips.',
      '',
      'Reply',
      '',
      'Lin Cho',
      'Jan 4, 2027',
      '',
      'The washer did it for me, thanks.',
    ]);
    const body = page.body?.paragraphs.map((p) => p.text) ?? [];
    expect(body).toEqual(expect.arrayContaining(['Solution', 'Solution 2']));
    expect(page.comments.map((c) => c.text)).toEqual(['Solution:\nSwap the whole tap for a quarter-turn one. Never drips.', 'The washer did it for me, thanks.']);
  });

  it('keeps "May \'68"-style subheadings in an essay (the forum\'s "Nov \'24" beside a name line is tested in split-text.test.ts)', () => {
    const page = bodyOf([
      'The summer the dockers stopped work',
      '',
      'By Ines Varga',
      '',
      'Some summers are remembered by a month and a year. On the river, everyone over seventy knows which one you mean.',
      '',
      "July '72",
      '',
      'The strike began at the container berths and spread to every wharf on the river within a week.',
      '',
      "August '72",
      '',
      'At the end of the month the government gave way, and the men went back with the scheme they had asked for.',
    ]);
    const body = page.body?.paragraphs.map((p) => p.text) ?? [];
    expect(body).toEqual(expect.arrayContaining(["July '72", "August '72"]));
  });
});

describe('comment headers', () => {
  const ARTICLE = [...HEAD, OPENING, '', 'Tickets for the market are free from the harbour office.', ''];

  it('initials give way only to the name they abbreviate, never to a place line under them', () => {
    const page = bodyOf([
      ...ARTICLE,
      '3 Comments',
      '',
      'RP\nRP\nGlasgow\nJan. 5\n\nWill the market run in the rain?\n\nReply',
      '',
      'SW\nAberdeen\nJan. 5\n\nIt did last year, under the fish sheds.\n\nReply',
      '',
      'HA\nHelen A.\nJan. 6\n\nThe fish sheds are lovely for it.\n\nReply',
    ]);
    expect(page.comments.map((c) => c.author)).toEqual(['RP', 'SW', 'Helen A.']);
  });

  it('a name ending in "-ed" posting three times as the original poster is a name, not a label', () => {
    const thread = [['Khaled', 'OP • '], ['fishwife_jo', ''], ['Khaled', 'OP • '], ['Bram', ''], ['Khaled', 'OP • ']]
      .map(([name, badge], i) => `${name} • ${badge}${6 - i} hr ago\n\nI would go on the Saturday, market number ${i} is the busiest.`)
      .join('\n\n');
    const page = bodyOf([...ARTICLE, '5 Comments', '', thread]);
    expect(page.comments.map((c) => c.author)).toEqual(['Khaled', 'fishwife_jo', 'Khaled', 'Bram', 'Khaled']);
  });
});
