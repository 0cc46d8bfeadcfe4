/**
 * Title and body rules of the fourteenth session (issue 14), on page shapes rather than on any one
 * page: a headline printed at the foot of the masthead's column of menu lines, right over its
 * byline; a group's name over a member's post (the post's own headline is the title); a short
 * closing paragraph under a photo's caption; the site's appeal for money, a bracketed signature and
 * a German site's tail (read-more label, ad label, forum count, community rules) after the article.
 * Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { spaced, splitChecked, unspaced } from './text-pages.js';

const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const P3 = 'The council will review the winter service in April, when the operator publishes its passenger figures for the first full season.';
const THREAD = ['Comments 2', '', 'Mara Quint', '2 hours ago', 'About time, the winter gap was a disgrace for years.', 'Like 4 · Reply', 'tern_77', '1 hour ago', 'Who pays for the extra crew in January?', 'Like 1 · Reply'];

const paragraphs = (text: string) => (splitChecked(text).body?.paragraphs ?? []).map((paragraph) => paragraph.text);

describe('a headline at the foot of the masthead column, its byline under it', () => {
  const HEADLINE = 'Island ferry to keep its winter timetable through January, operator confirms';
  const MENU = ['Skip to content', 'Harbour Post', 'The islands’ paper since 1921', 'Log in  Subscribe', 'News', 'Sport', 'Business', 'Opinion', 'Search'];
  it.each([
    ['a section name over it', ['News', HEADLINE], ['Anna Berg', 'Monday, December 7, 2026, 09:14']],
    ['a standfirst under it', ['News', HEADLINE, 'Crews and fares stay the same as in the summer months'], ['Anna Berg', 'Monday, December 7, 2026, 09:14']],
    ['a standfirst written as a sentence under it', [HEADLINE, 'Crews and fares stay the same as in the summer, the operator said.'], ['Anna Berg', 'Monday, December 7, 2026, 09:14']],
    ['a breadcrumb over it and a staff byline', ['Home > News > Transport', HEADLINE], ['Staff Correspondent', 'Mon Dec 7, 2026 09:14 AM']],
  ])('%s', (_shape, head, byline) => {
    const text = [unspaced([...MENU, ...head]), unspaced(byline), '', spaced([P1, P2, P3]), ...THREAD].join('\n');
    expect(splitChecked(text).title?.text).toBe(HEADLINE);
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });

  it('a headline printed above the column stays the title: the story at the column\u2019s foot is a link', () => {
    const trending = 'Ferry crews to vote on a new winter pay deal';
    const text = [HEADLINE, '', unspaced([...MENU, 'Trending', trending]), unspaced(['Anna Berg', 'Monday, December 7, 2026, 09:14']), '', spaced([P1, P2, P3]), ...THREAD].join('\n');
    expect(splitChecked(text).title?.text).toBe(HEADLINE);
  });

  it('three headlines at the foot are a list of other stories, none of them the title', () => {
    const others = ['Bridge repairs to start in May after a winter of delays', 'Harbour fair returns with a record number of stalls', 'Lifeboat crew honoured for a night rescue off the point'];
    const text = [unspaced([...MENU, ...others]), unspaced(['Anna Berg', 'Monday, December 7, 2026, 09:14']), '', spaced([P1, P2, P3]), ...THREAD].join('\n');
    expect(others).not.toContain(splitChecked(text).title?.text);
  });
});

describe("a group's name over a member's post: the post's headline is the title", () => {
  const QUESTION = 'Is it normal for the winter ferry to skip the last sailing when it is windy??';
  const POST = [
    'First winter on the island and I am losing my mind a little. Twice this week the last boat did not sail and nobody said anything at the pier until it was too late to get a taxi.',
    'Did anyone else get stuck? Is there a text alert or something? I start a night shift in town next week.',
  ];
  it.each([
    ['the group meta between', ['Community  >  Island Groups  >  Ferry Commuters Club', 'Ferry Commuters Club', '2.1K members  Join group', 'Back to group']],
    ['one meta line between', ['Community  >  Island Groups  >  Ferry Commuters Club', 'Ferry Commuters Club', '2.1K members  Join group']],
  ])('%s', (_shape, head) => {
    const text = spaced(['Skip to main content', 'IslandNest', 'Home  Groups  Events  Sign in', unspaced(head), unspaced([QUESTION, 'harbour_mum', 'Dec 6, 2026 at 9:47 PM']), unspaced(POST), 'Like 14   Comment   Share', unspaced(['3 Comments', 'Sort by: Oldest  Newest']), unspaced(['Kayla.R', 'Dec 6, 2026', 'Yes, the app sends an alert if you turn it on in settings.', 'Like 9   Reply']), unspaced(['dockside_dan', 'Dec 7, 2026', 'The skipper decides at the pier, the app is often late.', 'Like 2   Reply'])]);
    expect(splitChecked(text).title?.text).toBe(QUESTION);
    expect(paragraphs(text)).toEqual(POST);
  });
});

describe('the end of the article, no blank lines between its paragraphs', () => {
  const HEAD = ['Skip to content', 'HARBOUR POST', 'News  Sport  Business  Opinion', '', 'Island ferry to keep its winter timetable through January', 'By Anna Berg', ''];
  const CAPTION = 'Photo: The ferry at the north pier on Monday morning. Photo: Tom Lee';
  const SHORT = 'The ministry will review the timetable after six months.';
  const AFTER = ['Subscribe', 'Related Stories', 'Bridge repairs to start in May', 'Harbour fair returns', ''];
  it.each([
    ['a short closing paragraph under a caption, then a widget', [P1, P2, CAPTION, P3, SHORT], [P1, P2, P3, SHORT]],
    ['the same with the site’s appeal for money under it', [P1, P2, CAPTION, P3, SHORT, 'Independent journalism costs money. Support the Harbour Post for just €1.'], [P1, P2, P3, SHORT]],
    ['an appeal that names a price a month', [P1, P2, P3, 'Quality journalism takes your support. Subscribe to the Harbour Post from $2 a month.'], [P1, P2, P3]],
  ])('%s', (_shape, article, body) => {
    const text = [...HEAD, unspaced(article), ...AFTER, ...THREAD].join('\n');
    expect(paragraphs(text)).toEqual(body);
  });

  it('a news item about an appeal keeps its sentences', () => {
    const news = 'The trust said it would support the harbour museum for the next five years with a grant of €200,000 a year.';
    const text = [...HEAD, spaced([P1, P2, news]), ...AFTER, ...THREAD].join('\n');
    expect(paragraphs(text)).toEqual([P1, P2, news]);
  });
});

describe('a sentence that only opens like the appeal is not one', () => {
  const HEAD = ['Island ferry to keep its winter timetable through January', 'By Anna Berg', ''];
  it('a reader\u2019s line about journalism costing money stays in the comment', () => {
    const own = 'Good journalism costs money and so does bread, apparently.';
    const thread = ['Comments 2', '', 'Mara Quint', '2 hours ago', 'About time, the winter gap was a disgrace for years.', own, 'Like 4 · Reply', 'tern_77', '1 hour ago', 'Who pays for the extra crew in January?', 'Like 1 · Reply'];
    const result = splitChecked([...HEAD, spaced([P1, P2, P3]), ...thread].join('\n'));
    expect(result.comments[0]!.text).toBe(['About time, the winter gap was a disgrace for years.', own].join('\n'));
  });

  it('an article\u2019s sentence opening so keeps its paragraph', () => {
    const news = 'Local journalism costs money that small towns no longer have, the report concluded, and places without a paper see fewer candidates stand.';
    expect(paragraphs([...HEAD, spaced([P1, P2, news]), ...THREAD].join('\n'))).toEqual([P1, P2, news]);
  });
});

describe("a German site's tail between the article and its forum", () => {
  const D1 = 'Die Fähre zur Insel fährt in diesem Winter erstmals auch im Dezember und Jänner, wie der Betreiber am Montag mitteilte. Ein Versuch im Vorjahr war besser ausgelastet als erwartet.';
  const D2 = 'Anrainer hatten sich drei Jahre lang für einen ganzjährigen Betrieb eingesetzt, weil ältere Menschen im Winter nicht ins Spital auf dem Festland kamen.';
  const D3 = 'Die Kosten für den Winterbetrieb trägt zur Hälfte das Land, hieß es.';
  const HEAD = ['Zum Inhalt springen', 'HAFENBLATT', 'Inland  Wirtschaft  Sport  Kultur', '', 'Inselfähre fährt erstmals den ganzen Winter über', 'Anna Berg', '7. Dezember 2026, 09:14', ''];
  const FORUM = ['Ferry_Fan', '7. Dezember 2026, 10:03', 'Endlich, das hat lange gedauert.', 'Antworten  Melden', '', 'inselkind', '7. Dezember 2026, 10:20', 'Und wer zahlt das im Jänner?', 'Antworten  Melden'];
  it.each([
    ['signature, read-more list, ad label, forum count and rules', ['(Anna Berg, 7.12.2026)', '', 'Weiterlesen', 'Brücke wird ab Mai saniert', 'Hafenfest kehrt zurück', '', 'Anzeige', '', 'Forum', '86 Postings', 'Die Kommentare von Usern geben nicht die Meinung der Redaktion wieder. Bitte beachten Sie die Community-Richtlinien.', '']],
    ['the forum count alone', ['', '86 Postings', '']],
  ])('%s: the text ends at its last paragraph', (_shape, tail) => {
    const text = [...HEAD, spaced([D1, D2, D3]), ...tail, ...FORUM].join('\n');
    expect(paragraphs(text)).toEqual([D1, D2, D3]);
  });
});
