/**
 * Reply parents from the shapes a thread repeats, not from words: a second name printed between a
 * commenter's name and the date (the replied-to commenter, when that name posted above), a writer
 * answering the reply made to them, and a reply toggle whose list is printed because the next
 * comment names the toggle's writer. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { matchHeader } from '../src/split/text/headers.js';
import { splitText } from '../src/split/text/index.js';

const ARTICLE = [
  'Riverside Gazette',
  '',
  'Bike lanes on Mill Road open next week after two years of works',
  '',
  'By Anna Kowalczyk',
  '',
  'The painted lanes between the station and the ring road will open on Monday, the council said on Tuesday. Work started in the autumn of last year and ran four months over.',
  '',
  'Traffic lights at the Hope Street junction will get a separate phase for cyclists. The council says the change adds eleven seconds to a car journey through the junction at peak times.',
  '',
];

/** Each comment as [author, index of its parent or null]. */
function thread(lines: string[]): [string | null, number | null][] {
  const page = splitText([...ARTICLE, ...lines].join('\n'));
  return page.comments.map((comment) => [comment.author, comment.parentId === null ? null : page.comments.findIndex((c) => c.id === comment.parentId)]);
}

/** A comment printed as name, optional second line, date, text and action row, with blank lines. */
const spaced = (name: string, second: string | null, date: string, text: string) => [name, '', ...(second ? [second, ''] : []), date, '', text, '', 'Reply • Share ›', ''];
/** The same without blank lines, one element per line. */
const unspaced = (name: string, second: string | null, date: string, text: string) => [name, ...(second ? [second] : []), date, text, '2 Likes'];

describe('a second name between a commenter and the date names the replied-to commenter', () => {
  const cases: Array<[layout: string, lines: string[], expected: [string | null, number | null][]]> = [
    [
      'spaced, the second name posted above',
      [
        '3 Comments',
        '',
        ...spaced('harbour_cyclist', null, '• 5 hours ago', "Finally. I've been dodging buses on that stretch for years."),
        ...spaced('OldRoadie', null, '• 4 hours ago', 'Eleven seconds at every junction adds up over a week of driving to work.'),
        ...spaced('Petra Lindqvist', 'harbour_cyclist', '• 3 hours ago', 'The junction by the station still looks grim to me, lanes or not.'),
      ],
      [['harbour_cyclist', null], ['OldRoadie', null], ['Petra Lindqvist', 0]],
    ],
    [
      'unspaced, one element per line',
      [
        '3 Comments',
        ...unspaced('harbour_cyclist', null, 'Mar 3', "Finally. I've been dodging buses on that stretch for years."),
        ...unspaced('OldRoadie', null, 'Mar 3', 'Eleven seconds at every junction adds up over a week of driving to work.'),
        ...unspaced('Petra Lindqvist', 'harbour_cyclist', 'Mar 4', 'The junction by the station still looks grim to me, lanes or not.'),
      ],
      [['harbour_cyclist', null], ['OldRoadie', null], ['Petra Lindqvist', 0]],
    ],
    [
      'a user title that names nobody above stays a title',
      [
        '3 Comments',
        '',
        ...spaced('harbour_cyclist', null, '• 5 hours ago', "Finally. I've been dodging buses on that stretch for years."),
        ...spaced('OldRoadie', null, '• 4 hours ago', 'Eleven seconds at every junction adds up over a week of driving to work.'),
        ...spaced('Petra Lindqvist', 'Commuter since 2009', '• 3 hours ago', 'The junction by the station still looks grim to me, lanes or not.'),
      ],
      [['harbour_cyclist', null], ['OldRoadie', null], ['Petra Lindqvist', null]],
    ],
  ];
  it.each(cases)('%s', (_layout, lines, expected) => {
    expect(thread(lines)).toEqual(expected);
  });
});

describe('a writer answering the reply made to them', () => {
  const cases: Array<[name: string, lines: string[], expected: [string | null, number | null][]]> = [
    [
      'the first writer comes back under the reply to them',
      [
        '4 Comments',
        '',
        ...spaced('Marek', null, '• 6 hours ago', 'Will the lanes be cleared of snow in winter, or is that left to luck?'),
        ...spaced('Sue Ellery', null, '• 5 hours ago', '@Marek the gritting map on the council site has them on the second round.'),
        ...spaced('Marek', null, '• 5 hours ago', 'Second round means mid-morning, so not much use at eight.'),
        ...spaced('Dot Fenwick', null, '• 2 hours ago', 'Good news for the school run at last.'),
      ],
      [['Marek', null], ['Sue Ellery', 0], ['Marek', 1], ['Dot Fenwick', null]],
    ],
    [
      'a writer coming back right after another writer, on a flat page, answers them and was answered',
      [
        '4 Comments',
        '',
        ...spaced('kestrel_rides', null, '• 6 hours ago', 'The lanes stop dead at the bridge. Where do bikes go from there?'),
        ...spaced('Imogen Frayne', null, '• 5 hours ago', 'There is a shared path on the far side, signed from the lights.'),
        ...spaced('kestrel_rides', null, '• 5 hours ago', 'Found it on the map. Narrow, but it beats the carriageway.'),
        ...spaced('Dot Fenwick', null, '• 2 hours ago', 'Good news for the school run at last.'),
      ],
      [['kestrel_rides', null], ['Imogen Frayne', 0], ['kestrel_rides', 1], ['Dot Fenwick', null]],
    ],
    [
      'a host who writes four comments answers each commenter, who stays top-level',
      [
        '7 Comments',
        '',
        ...spaced('Anna Kowalczyk', null, '• 7 hours ago', 'Reporter here: send me photos of the junction at peak times.'),
        ...spaced('Pip Oduya', null, '• 6 hours ago', 'Will the old cycle counter by the station stay?'),
        ...spaced('Anna Kowalczyk', null, '• 6 hours ago', 'It stays, and the council will publish its figures monthly.'),
        ...spaced('Lev Harrow', null, '• 5 hours ago', 'Any plan for the pothole outside number 40?'),
        ...spaced('Anna Kowalczyk', null, '• 5 hours ago', 'Reported to highways this morning.'),
        ...spaced('Mo Quint', null, '• 4 hours ago', 'The lights at Hope Street are already slower, eleven seconds feels low.'),
        ...spaced('Anna Kowalczyk', null, '• 3 hours ago', 'The figure is the council modelling, I will ask for the survey.'),
      ],
      [['Anna Kowalczyk', null], ['Pip Oduya', null], ['Anna Kowalczyk', 1], ['Lev Harrow', null], ['Anna Kowalczyk', 3], ['Mo Quint', null], ['Anna Kowalczyk', 5]],
    ],
    [
      'a comment that opens a new topic between an exchange answers nobody',
      [
        '3 Comments',
        '',
        ...spaced('wren_cycles', null, '• 7 hours ago', 'The new lanes stop dead at the bridge. Where do bikes go?'),
        ...spaced('Hattie Plume', null, '• 6 hours ago', 'Separately: does anyone know if the old footbridge reopens?'),
        ...spaced('wren_cycles', null, '• 5 hours ago', 'It reopens in May, the notice is on the railings.'),
      ],
      [['wren_cycles', null], ['Hattie Plume', null], ['wren_cycles', 1]],
    ],
    [
      'two placeholder names around a comment are two people, not an exchange',
      [
        '3 Comments',
        '',
        ...spaced('Guest', null, '• 6 hours ago', 'About time the lanes went in.'),
        ...spaced('Rhoda Vance', null, '• 5 hours ago', 'The bridge end is still a mess after the works.'),
        ...spaced('Guest', null, '• 5 hours ago', 'Eleven seconds at the lights is nothing next to the queue on the ring road.'),
      ],
      [[null, null], ['Rhoda Vance', null], [null, null]],
    ],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(thread(lines)).toEqual(expected);
  });
});

describe('a reply toggle whose replies are printed under it', () => {
  it('reads the list as replies when the next comment names the toggle writer', () => {
    const lines = [
      '5 Comments',
      '',
      '@gearhead_jo · 3 weeks ago',
      '',
      'Paint is not protection. A kerb would have cost the same.',
      '',
      '41',
      '',
      'Reply',
      '',
      '2 replies',
      '',
      '@Milo.R · 2 weeks ago',
      '',
      '@gearhead_jo kerbs need drainage work, paint does not.',
      '',
      'Reply',
      '',
      '@tandem_twins · 1 week ago',
      '',
      'Drainage work is exactly what the road needed anyway.',
      '',
      'Reply',
      '',
      '@Wendy_P · 2 days ago',
      '',
      'Looking forward to trying it on Monday.',
      '',
      'Reply',
      '',
      '14 replies',
      '',
      '@cargo_bike_dad · 1 day ago',
      '',
      'Any word on cycle parking at the station end?',
      '',
      'Reply',
      '',
    ];
    expect(thread(lines)).toEqual([['@gearhead_jo', null], ['@Milo.R', 0], ['@tandem_twins', 0], ['@Wendy_P', null], ['@cargo_bike_dad', null]]);
  });
});

describe('header lines', () => {
  const lines: Array<[line: string, author: string | null, postedAt: string | null]> = [
    // A video site marks an edited comment after its date.
    ['@dana.k-x7 · 2 months ago (edited)', '@dana.k-x7', '2 months ago'],
  ];
  it.each(lines)('%s', (line, author, postedAt) => {
    const header = matchHeader(line);
    expect(header && header.author && line.slice(...header.author)).toBe(author);
    expect(header && header.postedAt && line.slice(...header.postedAt)).toBe(postedAt);
  });

  // A related story's count and age ("2 comments • 1 day ago") name nobody.
  it.each(['2 comments • 1 day ago', '14 replies · 3h', '1.2k views · 5 days ago'])('%s is no header with an author', (line) => {
    expect(matchHeader(line)?.author ?? null).toBeNull();
  });
});

describe('a forum quote inside a reply', () => {
  const post = (n: number, name: string, date: string, lines: string[]) => [`#${n}`, name, 'Member', date, ...lines, 'Reply', 'Quote', 'Like'];
  const page = [
    'Allotment Talk',
    'Forums',
    'Leeks bolting in the first year?',
    'Sown in March, planted out in June, and half of them sent up flower stalks by August. Is that the weather or the seed?',
    ...post(2, 'ploughman_pete', '12 Aug 2026', ['Almost always a cold snap after planting out. They think they have had a winter.']),
    ...post(3, 'Hettie G', '12 Aug 2026', ['Which variety? Some of the early ones bolt whatever you do.']),
    ...post(4, 'marrowfat', 'Yesterday at 18:05', [
      'ploughman_pete said:',
      'Almost always a cold snap after planting out.',
      'Click to expand...',
      'We had frost in the second week of June, so that fits.',
      'Last edited: Yesterday at 18:20',
    ]),
    'Reactions: Hettie G and 2 others',
    'You must log in or register to reply here.',
  ];
  // The quote is the quoted writer's words (fixtures/ANNOTATING.md): the reply's text starts under it.
  it('leaves "Name said:", the quoted words and "Click to expand..." out of the reply, and puts the reply on the quoted post', () => {
    const result = splitText(page.join('\n'));
    expect(result.comments.map((c) => c.author)).toEqual(['ploughman_pete', 'Hettie G', 'marrowfat']);
    const reply = result.comments[2]!;
    expect(reply.text).toBe('We had frost in the second week of June, so that fits.');
    expect(reply.parentId).toBe(result.comments[0]!.id);
    expect(reply.postedAt).toBe('Yesterday at 18:05');
  });
});

describe('a sentence the furniture table claims, as the only text under a header', () => {
  it('is the comment when its action row follows', () => {
    const lines = [
      '3 Comments',
      '',
      ...spaced('Marek', null, '• 6 hours ago', 'Will the lanes be cleared of snow in winter, or is that left to luck?'),
      'Sue Ellery',
      '',
      '• 5 hours ago',
      '',
      'Update: the gritting map on the council site now has them on the first round.',
      'Reply',
      'Report',
      'Quote',
      'Like',
      '',
      ...spaced('Dot Fenwick', null, '• 2 hours ago', 'Good news for the school run at last.'),
    ];
    const result = splitText([...ARTICLE, ...lines].join('\n'));
    expect(result.comments.map((c) => c.text)).toEqual([
      'Will the lanes be cleared of snow in winter, or is that left to luck?',
      'Update: the gritting map on the council site now has them on the first round.',
      'Good news for the school run at last.',
    ]);
  });
});

describe('an undated "Name says:" header', () => {
  it('heads the comment of a poster who posted above, where the thread prints no dates', () => {
    const lines = [
      '3 Comments',
      '',
      'Marek says:',
      '',
      'Will the lanes be cleared of snow in winter, or is that left to luck?',
      '',
      'Sue Ellery says:',
      '',
      'The gritting map on the council site has them on the second round.',
      '',
      'Marek says:',
      '',
      'Second round means mid-morning, so not much use at eight.',
      '',
    ];
    expect(thread(lines).map(([author]) => author)).toEqual(['Marek', 'Sue Ellery', 'Marek']);
  });
});

describe('header parts around the name', () => {
  it('reads any "Label: value" line among a post profile\'s fields as one more field', () => {
    const post = (name: string, bike: string, date: string, text: string) => [
      name, 'Senior Member', 'Posts: 3120', 'Location: Hebden Bridge', `Bike: ${bike}`, '', `Post by ${name} » ${date}`, '', text, '',
    ];
    const lines = [
      ...post('spoke_wrench', 'Dawes Galaxy 1998', 'Tue Mar 10, 2026 7:02 pm', 'The Hope Street phase is the bit I would watch. Eleven seconds is nothing.'),
      ...post('Carys M', 'Brompton M6L', 'Tue Mar 10, 2026 8:15 pm', 'Agreed, though the station end still needs a crossing.'),
    ];
    const result = splitText([...ARTICLE, ...lines].join('\n'));
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([
      ['spoke_wrench', 'The Hope Street phase is the bit I would watch. Eleven seconds is nothing.'],
      ['Carys M', 'Agreed, though the station end still needs a crossing.'],
    ]);
  });

  it('drops a badge left between the name and a replied-to name', () => {
    const lines = [
      '2 Comments',
      '',
      ...spaced('Ola Brandt', null, '• 5 hours ago', 'Who signed off the extra four months of works?'),
      'Ruth Amadi Mod Ola Brandt • 4 hours ago',
      '',
      'The contractor did, the council confirmed it in the minutes.',
      '',
      'Reply • Share ›',
      '',
    ];
    const result = splitText([...ARTICLE, ...lines].join('\n'));
    expect(result.comments.map((c) => c.author)).toEqual(['Ola Brandt', 'Ruth Amadi']);
  });
});

describe('names and stamps in one-line headers', () => {
  const lines: Array<[line: string, author: string | null, postedAt: string | null]> = [
    // A fediverse handle names its instance: the whole handle is the name as shown.
    ['quill_and_ink@mastodon.social · 3h', 'quill_and_ink@mastodon.social', '3h'],
    // An edit stamp after the date.
    ['ferry_watcher · 5h · ✎ 2h', 'ferry_watcher', '5h'],
  ];
  it.each(lines)('%s', (line, author, postedAt) => {
    const header = matchHeader(line);
    expect(header && header.author && line.slice(...header.author)).toBe(author);
    expect(header && header.postedAt && line.slice(...header.postedAt)).toBe(postedAt);
  });

  it('answers "@user@instance" with that handle\'s comment', () => {
    const lines = [
      '3 comments',
      '',
      'quill_and_ink@mastodon.social · 6h',
      'Eleven seconds per junction is a rounding error next to the bus lane delays.',
      '↑ 12  ↓ 1   Reply',
      '',
      'tern@fosstodon.org · 5h',
      'The lanes will need proper kerbs before I let my kids use them.',
      '↑ 9  ↓ 0   Reply',
      '',
      'marsh_harrier · 4h',
      '@quill_and_ink@mastodon.social the bus lanes are being reviewed next year anyway.',
      '↑ 3  ↓ 0   Reply',
      '',
    ];
    expect(thread(lines)).toEqual([['quill_and_ink@mastodon.social', null], ['tern@fosstodon.org', null], ['marsh_harrier', 0]]);
  });
});

describe('a professional network\'s comment header', () => {
  it('reads name, connection degree or badge, headline and date as one header', () => {
    const comment = (name: string, badge: string, headline: string, date: string, text: string) => [name, badge, headline, date, text, 'Like', ' · ', '4', 'Reply', ''];
    const lines = [
      'Most relevant ▾',
      '',
      ...comment('Odile Fournier', ' • 2nd', 'Head of Mobility Planning at Lakeside Transit Partnership | Speaker', '2d', 'We saw the same on our corridor: the signal phase mattered more than the paint.'),
      ...comment('Anna Kowalczyk', 'Author', 'Transport reporter, Riverside Gazette', '2d', 'Odile Fournier that matches what the council engineers told me.'),
      ...comment('Tomasz Wren', ' • 3rd+', 'Fleet Manager at Wren & Sons Ltd.', '1d', 'Delivery vans will park in these lanes within a week, mark my words.'),
    ];
    expect(thread(lines)).toEqual([['Odile Fournier', null], ['Anna Kowalczyk', 0], ['Tomasz Wren', null]]);
  });
});

describe('a game store\'s review comments', () => {
  it('reads "NAME  14 Nov @ 9:40pm" headers, clan tags, symbol names, short texts and the pager', () => {
    const lines = [
      '4 Comments',
      '',
      'Showing 1-4 of 4 comments',
      '',
      'Mossback  3 Mar @ 7:12pm',
      'fair review',
      '',
      '[KRN] Tove  3 Mar @ 8:40pm',
      'The lane markings look the same as the ones they put in by the docks, and those faded in a year.',
      '',
      '✪ Old Gaffer  4 Mar @ 9:05am',
      'Faded paint is still better than nothing on that road.',
      '',
      'lantern_jaw  4 Mar @ 11:30am',
      '@[KRN] Tove the dock lanes were thermoplastic, these are meant to be the same.',
      '',
      '‹ 1 ›',
      '',
      'You must be logged in to post a comment.',
    ];
    const result = splitText([...ARTICLE, ...lines].join('\n'));
    expect(result.comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['Mossback', '3 Mar @ 7:12pm', 'fair review'],
      ['[KRN] Tove', '3 Mar @ 8:40pm', 'The lane markings look the same as the ones they put in by the docks, and those faded in a year.'],
      ['✪ Old Gaffer', '4 Mar @ 9:05am', 'Faded paint is still better than nothing on that road.'],
      ['lantern_jaw', '4 Mar @ 11:30am', '@[KRN] Tove the dock lanes were thermoplastic, these are meant to be the same.'],
    ]);
    expect(result.comments[3]!.parentId).toBe(result.comments[1]!.id);
  });
});

describe('a name line over a date line, however the name is worded', () => {
  it('takes the line over the date as the writer where the thread prints names over dates', () => {
    const entry = (name: string, date: string, text: string) => [name, date, '', text, '', 'Report', ''];
    const lines = [
      'Guestbook',
      '',
      ...entry('Maureen Tully', 'March 2, 2026', 'We will miss the lanes being closed, the street was so quiet.'),
      ...entry('The Friends of Mill Road Park', 'March 2, 2026', 'Thank you to the crews who kept the park gates open during the works.'),
      ...entry('18,402 followers', 'March 3, 2026', 'Looking forward to the opening on Monday.'),
    ];
    expect(thread(lines).map(([author]) => author)).toEqual(['Maureen Tully', 'The Friends of Mill Road Park', null]);
  });
});

describe('a short reply under a name that opens with the name of a writer above', () => {
  const comment = (name: string, text: string, row: string) => [name, text, row];
  const PAGE = [
    'Valley Radio',
    'Library to open on Sundays from March',
    'The town library will open from ten to four on Sundays from March, the council said, after a survey of 900 residents.',
    'Comments',
    ...comment('Ruth Kemp', 'About time. Sunday is the only day I can take the kids.', 'Like · Reply · 12 · 2d'),
    ...comment('Dale Hutchins', 'Who pays the extra staff? Not mentioned anywhere.', 'Like · Reply · 3 · 2d'),
    ...comment('Owen Price', 'Ruth Kemp same here', 'Like · Reply · 2 · 1d'),
    ...comment('Mags Doyle', 'Dale Hutchins the survey page says volunteers', 'Like · Reply · 5 · 1d'),
    ...comment('Dale Hutchins', 'Fair enough, thanks. I will sign up for a Sunday shift then.', 'Like · Reply · 1 · 1d'),
    '\u00a9 2026 Valley Radio',
  ].join('\n');

  it('reads the line as the reply\u2019s text, addressed to that writer', () => {
    expect(splitText(PAGE).comments.slice(0, 4).map((c) => [c.author, c.text, c.parentId])).toEqual([
      ['Ruth Kemp', 'About time. Sunday is the only day I can take the kids.', null],
      ['Dale Hutchins', 'Who pays the extra staff? Not mentioned anywhere.', null],
      ['Owen Price', 'Ruth Kemp same here', 'c1'],
      ['Mags Doyle', 'Dale Hutchins the survey page says volunteers', 'c2'],
    ]);
  });
});
