/**
 * A comment section's own template (issue 14, headers on kinds never seen): the row a site prints
 * under every comment, a label printed in every header, a count field read as the name, a quote
 * paragraph opening a reply, a forum subject before " by Name". The page's repetition is the
 * evidence, not a list of labels. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const HEADLINE = 'Harbour ferry timetable changes from the first of March';
const ARTICLE = [
  'The harbour ferry will run every twenty minutes at peak times from the first of March, the operator said on Tuesday, after a year of complaints about crowded boats.',
  'Evening crossings will end an hour earlier on weekdays, and the last boat on Sundays will leave the north pier at half past nine instead of eleven.',
  'The operator said the changes follow a survey of passengers last autumn and will be reviewed after six months of running.',
];
const TEXTS = [
  'Twenty minutes at peak is a real improvement, the queue at the north pier was getting silly every morning.',
  'Ending the evening boats earlier is a step back for anyone who works late shifts in town, which is a lot of us.',
  'The survey only went to people who already use the app, so of course it says what the operator wanted to hear.',
  'I take the half past seven boat every day and it has been full since October, so I will take any extra crossings.',
];
const NAMES = ['harbour_hopper', 'Ines Varga', 'tom.b.1987', 'Maeve K'];

function split(lines: string[]) {
  const page = [HEADLINE, '', ...ARTICLE.flatMap((p) => [p, '']), 'Comments', '', ...lines].join('\n');
  const result = splitPage(page);
  expect(spanViolations(result)).toEqual([]);
  return result;
}

describe('a row the site prints under every comment is not what anyone wrote', () => {
  // The row's words are the page's own, in any language: only their repetition counts.
  const cases: [string, (i: number) => string[]][] = [
    ['a helpfulness prompt of three lines', (i) => [`${i * 7 + 2} people found this helpful`, 'Was this useful?', 'Yup', 'Nope']],
    ['a row of counts', (i) => [`Gefällt ${i + 3} · Antworten · Melden`]],
  ];
  for (const [name, row] of cases) {
    it(name, () => {
      const result = split(NAMES.flatMap((author, i) => [author, `${i + 2} March 2026`, TEXTS[i]!, ...row(i), '']));
      expect(result.comments.map((c) => c.text)).toEqual(TEXTS);
      expect(result.comments.map((c) => c.author)).toEqual(NAMES);
    });
  }

  it('keeps a comment whose last line is its own, even when it is short', () => {
    const own = ['See you on the boat.', 'Bring back the late boats.', 'Ask the night shift.', 'Roll on March.'];
    const result = split(NAMES.flatMap((author, i) => [author, `${i + 2} March 2026`, TEXTS[i]!, own[i]!, '']));
    expect(result.comments.map((c) => c.text)).toEqual(TEXTS.map((text, i) => `${text}\n${own[i]}`));
  });
});

describe('a line printed in every header beside different names is a label', () => {
  it('takes the varying line as the author', () => {
    // Reviews, two with the operator's answer, no blank lines: the prompt under each review runs
    // into the next header ("Yup" / "Nope" / "Ines Varga" / "more_horiz" / DATE).
    const ANSWER = 'Thanks for the feedback, we have passed this on to the timetable team.';
    const answered = (i: number) => i % 3 === 0;
    const reviewers = [...NAMES, 'pier_watcher', 'Dana O'];
    const lines = reviewers.flatMap((author, i) => [
      author, 'more_horiz', `${i + 2} March 2026`, `${TEXTS[i % TEXTS.length]!} Review ${i + 1}.`, 'Was this useful?', 'Yup', 'Nope',
      ...(answered(i) ? ['Harbour Ferries', `${i + 3} March 2026`, ANSWER] : []),
    ]);
    const result = split(lines);
    expect(result.comments.map((c) => c.author)).toEqual(reviewers.flatMap((author, i) => (answered(i) ? [author, 'Harbour Ferries'] : [author])));
  });
});

describe('a count and its word in every header is a field, not the writer', () => {
  it('takes the name at the top of the profile stack', () => {
    const lines = NAMES.flatMap((author, i) => [author, `Level ${i + 1}: Regular`, `${i * 40 + 12} Posts`, `${i * 9 + 3} Karma`, `${i + 2}-03-2026 at 08:1${i} PM`, TEXTS[i]!, 'Reply', 'Report']);
    const result = split(lines);
    // The first post's stack sits right under the section's label, outside the section's loose
    // lines: it stays nameless rather than named "3 Karma" (left for later).
    expect(result.comments.map((c) => c.author)).toEqual([null, ...NAMES.slice(1)]);
  });
});

describe('a quote paragraph opening a reply is the quoted writer\'s, and names the parent', () => {
  const REPLY = 'Late shifts are exactly the people the survey never reached, which is my whole point.';
  const intros: [string, string[]][] = [
    ['"Quote from Name" over the quoted line', ['Quote from Ines Varga', 'Ending the evening boats earlier is a step back.']],
    ['"Name wrote: »" over the quoted line', ['Ines Varga wrote: »', 'Ending the evening boats earlier is a step back.']],
  ];
  for (const [name, quote] of intros) {
    it(name, () => {
      const lines = [
        ...NAMES.slice(0, 2).flatMap((author, i) => [author, `${i + 2} March 2026`, TEXTS[i]!, '']),
        'tom.b.1987', '5 March 2026', ...quote, '', REPLY, '',
      ];
      const result = split(lines);
      expect(result.comments.map((c) => c.text)).toEqual([TEXTS[0], TEXTS[1], REPLY]);
      expect(result.comments[2]!.author).toBe('tom.b.1987');
      expect(result.comments[2]!.parentId).toBe(result.comments[1]!.id);
    });
  }

  it('keeps a quote run into the reply with no blank line after it', () => {
    const lines = [...NAMES.slice(0, 2).flatMap((author, i) => [author, `${i + 2} March 2026`, TEXTS[i]!, '']), 'tom.b.1987', '5 March 2026', 'Ines Varga said:', 'Ending the evening boats earlier is a step back.', REPLY, ''];
    const result = split(lines);
    expect(result.comments[2]!.text).toBe(`Ines Varga said:\nEnding the evening boats earlier is a step back.\n${REPLY}`);
  });
});

describe('a forum header with the thread\'s subject before " by Name"', () => {
  it('reads every post, the subject whatever its length', () => {
    const subject = 'Re: Harbour Ferry Timetable: Are The New Times Any Better For Commuters?';
    const lines = NAMES.flatMap((author, i) => [`${subject} by ${author}(m): 8:4${i}am On Mar 0${i + 2}`, TEXTS[i]!, '']);
    const result = split(lines);
    expect(result.comments.map((c) => c.text)).toEqual(TEXTS);
    expect(result.comments.map((c) => c.author)).toEqual(NAMES);
  });
});

describe('what the template rules must leave alone (review of issue 14 rules)', () => {
  const MORE = [
    'Nobody asked the cafe owners on the pier, and they lose the evening trade when the boats stop early.',
    'Fine by me as long as the fares stay where they are, which I doubt very much given last year.',
  ];
  const TEXTS6 = [...TEXTS, ...MORE];
  const NAMES6 = [...NAMES, 'pier_watcher', 'Dana O'];

  it('keeps a header that is "Name wrote:" / "Name said:" itself, and the paragraph under it', () => {
    for (const verb of ['wrote:', 'said:']) {
      const result = split(NAMES.flatMap((author, i) => [`${author} ${verb}`, TEXTS[i]!, '', MORE[i % 2]!, '']));
      expect(result.comments.map((c) => c.author)).toEqual(NAMES);
      expect(result.comments.map((c) => c.text)).toEqual(TEXTS.map((text, i) => `${text}\n\n${MORE[i % 2]}`));
    }
  });

  // Known gap (review s15): a 'label in most headers' rule fixed this but cost tune 298 authors.
  it.fails('keeps a frequent writer\'s name beside a line that changes with every post', () => {
    // Name / the post's own title / date: one writer posts half the thread.
    const posts: [string, string][] = [
      ['Ines Varga', 'Great Point'], ['tom.b.1987', 'Not Convinced'], ['Ines Varga', 'Cafe Owners'],
      ['Maeve K', 'Full Boats'], ['Ines Varga', 'Late Shifts'], ['Dana O', 'Fares Next'],
    ];
    const result = split(posts.flatMap(([author, title], i) => [author, title, `${i + 2} March 2026`, TEXTS6[i]!, '']));
    expect(result.comments.map((c) => c.author)).toEqual(posts.map(([author]) => author));
  });

  // Known gap (review s15): a share rule fixed this but cut tune 298/321's real rows; left open.
  it.fails('keeps a sign-off that some writers end with (a minority of the thread)', () => {
    for (const own of ['Just my two cents.', 'Thoughts?', '+1']) {
      const signs = (i: number) => i % 2 === 0;
      const result = split(NAMES6.flatMap((author, i) => [author, `${i + 2} March 2026`, TEXTS6[i]!, ...(signs(i) ? [own] : []), '']));
      expect(result.comments.map((c) => c.text)).toEqual(TEXTS6.map((text, i) => (signs(i) ? `${text}\n${own}` : text)));
    }
  });

  it('reads a forum subject that has " By " of its own', () => {
    const subject = 'Re: Ferry Hit By Storm Near The North Pier: What Happens Now?';
    const result = split(NAMES.flatMap((author, i) => [`${subject} by ${author}(m): 8:4${i}am On Mar 0${i + 2}`, TEXTS[i]!, '']));
    expect(result.comments.map((c) => c.author)).toEqual(NAMES);
    expect(result.comments.map((c) => c.text)).toEqual(TEXTS);
  });
});
