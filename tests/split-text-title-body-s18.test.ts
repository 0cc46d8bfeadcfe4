/**
 * Title and body rules of the thirteenth session (issue 14), on page shapes rather than on any one
 * page: a headline printed with its meta rows and no blank line between them (a byline row cut by
 * bars, a forum's "Thread starter X  Start date Y", a name over a labelled dateline) is the title,
 * not a hard-wrapped paragraph or an entry of a menu. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { spaced, splitChecked } from './text-pages.js';

const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const P3 = 'The council will review the winter service in April, when the operator publishes its passenger figures for the first full season.';
const MASTHEAD = ['Skip to content', 'HARBOUR POST', 'News  Sport  Business  Opinion  Weather', 'Search  Sign in'];
const TAIL = ['Most read', 'Bridge repairs to start in May', 'Harbour fair returns'];

const paragraphs = (text: string) => (splitChecked(text).body?.paragraphs ?? []).map((paragraph) => paragraph.text);

describe('a headline with its meta rows under it, no blank line between', () => {
  const HEADLINE = 'Island ferry to keep its winter timetable through January, operator says';
  it.each([
    // (A share row in the site's own language: no rule knows its label.)
    ['a byline row cut by bars and a share row', ['Mara Quint | 7 Dec 2026, 10:22 | 4 min read | 18 comments', 'Teilen: Facebook  X  Telegram  Kopieren']],
    ['a row of fields set apart by wide spaces', ['Posted by harbour_desk  Last updated Dec 4, 2026', 'Watch']],
    ['a name and a dateline whose label comes first, then a share row', ['Mara Quint', 'Published December 7, 2026 Updated about 3 hours ago', 'Facebook  X  WhatsApp  Comments (4)']],
  ])('%s', (_shape, meta) => {
    const text = [...MASTHEAD, '', [HEADLINE, ...meta].join('\n'), '', ...spaced([P1, P2, P3, ...TAIL]).split('\n')].join('\n');
    expect(splitChecked(text).title?.text).toBe(HEADLINE);
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
});

describe('a hard-wrapped paragraph stays one paragraph', () => {
  // Two spaces after a full stop are a typist's habit, not a gap between fields.
  const WRAPPED = [
    'The island ferry will keep its timetable through December and January.  The',
    'operator said on Monday that a trial last winter carried more passengers than',
    'it expected, and that the crew would stay on the route until the spring.',
  ].join('\n');
  it('with two spaces after a full stop', () => {
    const text = spaced([...MASTHEAD, 'The Winter Ferry Keeps Sailing', 'By Mara Quint', WRAPPED, P2, P3, ...TAIL]);
    expect(paragraphs(text)).toEqual([WRAPPED, P2, P3]);
  });
  // A gap a scraper left mid-sentence (a dropped link, a typist's slip) splits no fields: the words
  // on either side of it run on into the next line.
  it.each([
    ['two spaces mid-sentence', '  '],
    ['three spaces mid-sentence', '   '],
    ['a tab mid-sentence', '\t'],
  ])('with %s', (_shape, gap) => {
    const wrapped = [
      'The island ferry will keep its timetable through December and January, the',
      `operator said on Monday, after a trial last winter carried more${gap}passengers`,
      'than it expected, and the crew will stay on the route until the spring.',
    ].join('\n');
    const text = spaced([...MASTHEAD, 'The Winter Ferry Keeps Sailing', 'By Mara Quint', wrapped, P2, P3, ...TAIL]);
    expect(splitChecked(text).title?.text).toBe('The Winter Ferry Keeps Sailing');
    expect(paragraphs(text)).toEqual([wrapped, P2, P3]);
  });
});

describe("the comment section's label over its form, in the site's language", () => {
  const HEAD = ['Skip to content', 'HARBOUR POST', 'News  Sport  Business  Opinion  Weather', 'The Winter Ferry Keeps Sailing', 'Mara Quint, harbourpost.hr', '2026-12-07 09:14'];
  // A related-links box under a label no rule knows: nothing but the section's label ends the text.
  const RELATED = 'Povezani članci\nBridge repairs to start in May\nHarbour fair returns';
  const THREAD = [
    'ana_m, IP: 93.1.xxx.xxx\n2026-12-07 09:31\nAbout time, the winter gap was a disgrace for years.\nOdgovori  ▲ 12  ▼ 1',
    'Dario, IP: 78.2.xxx.xxx\n2026-12-07 09:40\nWho pays for the extra crew in January?\nOdgovori  ▲ 3  ▼ 0',
    'kapetan_77, IP: 88.3.xxx.xxx\n2026-12-07 10:02\nThe ministry does, it was in the budget last year.\nOdgovori  ▲ 7  ▼ 0',
  ];
  it.each([
    ['Croatian', 'Komentari (3)\nNapiši komentar\nIme\nKomentar\nPošalji'],
    ['Bulgarian', 'Коментари (3)\nНапиши коментар\nИме\nКоментар\nИзпрати'],
    ['Croatian, with a word after the label', 'Komentari čitatelja (3)\nNapiši komentar\nIme\nKomentar\nPošalji'],
    ['Lithuanian, with a word before the label', 'Skaitytojų komentarai (3)\nRašykite komentarą\nJūsų vardas\nKomentaras\nSiųsti'],
  ])('%s: the text ends above it', (_language, form) => {
    const text = spaced([...HEAD, P1, P2, P3, RELATED, form, ...THREAD, 'Most read\nBridge repairs to start in May']);
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
});

describe('a name printed with the masked address the site shows beside it', () => {
  it('is the author without the address', () => {
    const text = spaced(['The Winter Ferry Keeps Sailing', 'By Mara Quint', P1, P2, P3, 'Comments (3)',
      'ana_m, IP: 93.1.xxx.xxx\n2026-12-07 09:31\nAbout time, the winter gap was a disgrace for years.\nReply  ▲ 12  ▼ 1',
      'Dario, IP: 78.2.xxx.xxx\n2026-12-07 09:40\nWho pays for the extra crew in January?\nReply  ▲ 3  ▼ 0',
      'kapetan_77, IP: 88.3.xxx.xxx\n2026-12-07 10:02\nThe ministry does, it was in the budget last year.\nReply  ▲ 7  ▼ 0']);
    expect(splitChecked(text).comments.map((comment) => comment.author)).toEqual(['ana_m', 'Dario', 'kapetan_77']);
  });
});
