/**
 * Comment header and quote shapes of the fourteenth session's tune batch (issue 14), on pages
 * invented for the test: vBulletin's post-age label before each post's date ("Old 12-04-2026,
 * 09:40 PM  #2") over the poster's name, and a quote run into the reply's text with no blank line
 * after it ("Quote:" / "Originally Posted by X" / the quoted line, "X said:" / … / "Click to
 * expand..."), which is the quoted writer's words, not the reply's (fixtures/ANNOTATING.md).
 */
import { describe, expect, it } from 'vitest';
import { splitChecked, unspaced } from './text-pages.js';
import { matchHeader } from '../src/split/text/headers.js';

const THREAD_TOP = [
  'Skip to Content',
  'SHEDWORKS',
  'Woodworking Forums',
  'Forums  Marketplace  Galleries  Register  Log in',
  'Forum > Hand Tools > Planes',
  'Flattening a warped plane sole: sandpaper on glass or send it out?',
  'Thread Tools',
];

type Post = [name: string, title: string | null, lines: string[]];

/** A vBulletin thread: "Old DATE  #N", the name, an optional user title, profile lines, the text, the buttons. */
function vbulletin(posts: Post[], label = 'Old'): string {
  return unspaced([
    ...THREAD_TOP,
    ...posts.flatMap(([name, title, lines], i) => [
      `${label} 11-2${i}-2026, 0${i + 1}:15 PM  #${i + 1}`,
      name,
      ...(title ? [title] : []),
      `Join Date: Mar 20${10 + i}`,
      `Posts: ${120 + i * 37}`,
      ...lines,
      'Reply  Quote  Like',
    ]),
    'Quick Reply: Flattening a warped plane sole',
    'All times are GMT -5. The time now is 09:12 PM.',
    '© 2026 Shedworks Forums',
  ]);
}

const OPENING: Post = [
  'birch_and_bevel',
  'Shedworks Member',
  [
    'Picked up a No. 5 jack at a car boot sale and the sole is hollow by about a tenth of a millimetre behind the mouth.',
    'Is it worth lapping it myself on glass with wet and dry, or is that a weekend I will never get back?',
  ],
];
const ANSWER = 'Lap it yourself, a tenth is nothing. Start at 80 grit and mark the sole with a marker pen so you can see the low spots go.';
const QUOTED = 'Start at 80 grit and mark the sole with a marker pen so you can see the low spots go.';

describe('a vBulletin date line labelled "Old" or "New" over the poster\u2019s name', () => {
  const posts: Post[] = [
    OPENING,
    ['Jem Okafor', 'Senior Member', [ANSWER]],
    ['rasp_and_file', null, ['Glass is fine but check it is float glass, not a picture frame pane. Those are not flat either.']],
    ['birch_and_bevel', 'Shedworks Member', ['Float glass from the glazier it is. Thanks both.']],
  ];

  it.each(['Old', 'New'])('reads the name under "%s DATE  #N" as the author, never the label', (label) => {
    const result = splitChecked(vbulletin(posts, label));
    expect(result.comments.map((c) => c.author)).toEqual(['Jem Okafor', 'rasp_and_file', 'birch_and_bevel']);
    expect(result.comments.map((c) => c.postedAt)).toEqual(['11-21-2026, 02:15 PM', '11-22-2026, 03:15 PM', '11-23-2026, 04:15 PM']);
  });
});

describe('a quote run into the reply with no blank line after it', () => {
  const reply = 'Eighty grit on a cast sole? I would start at 120, the coarse stuff digs in at the edges.';

  it('leaves vBulletin\u2019s "Quote:" / "Originally Posted by X" / the quoted line out of the reply, and puts the reply on X', () => {
    const posts: Post[] = [OPENING, ['Jem Okafor', 'Senior Member', [ANSWER]], ['rasp_and_file', null, ['Quote:', 'Originally Posted by Jem Okafor', QUOTED, reply]]];
    const result = splitChecked(vbulletin(posts));
    const last = result.comments[result.comments.length - 1]!;
    expect(last.text).toBe(reply);
    expect(last.author).toBe('rasp_and_file');
    expect(last.parentId).toBe(result.comments[0]!.id);
  });

  it('leaves "X said:" / the quoted lines / "Click to expand..." out of the reply', () => {
    const posts: Post[] = [OPENING, ['Jem Okafor', 'Senior Member', [ANSWER]], ['rasp_and_file', null, ['Jem Okafor said:', 'Lap it yourself, a tenth is nothing.', 'A different quoted line the post above never printed whole.', 'Click to expand...', reply]]];
    const result = splitChecked(vbulletin(posts));
    expect(result.comments[result.comments.length - 1]!.text).toBe(reply);
  });

  it('leaves "X wrote:" and the lines X printed above out of the reply, with no end marker', () => {
    const posts: Post[] = [OPENING, ['Jem Okafor', 'Senior Member', [ANSWER]], ['rasp_and_file', null, ['Jem Okafor wrote:', QUOTED, reply]]];
    const result = splitChecked(vbulletin(posts));
    expect(result.comments[result.comments.length - 1]!.text).toBe(reply);
  });

  it('keeps "X wrote:" and its lines in the reply when nothing says where the quote ends', () => {
    const own = 'That matches what the old boys at the club told me too.';
    const posts: Post[] = [OPENING, ['Jem Okafor', 'Senior Member', [ANSWER]], ['rasp_and_file', null, ['Jem Okafor wrote:', 'Something the page never printed above this reply.', own]]];
    const result = splitChecked(vbulletin(posts));
    expect(result.comments[result.comments.length - 1]!.text).toBe(['Jem Okafor wrote:', 'Something the page never printed above this reply.', own].join('\n'));
  });
});

describe('quotes that say where the reply belongs', () => {
  it('reads "+1." under a closed quote as the reply\u2019s own text, not a new comment', () => {
    const posts: Post[] = [OPENING, ['Jem Okafor', 'Senior Member', [ANSWER]], ['rasp_and_file', null, ['Jem Okafor said:', 'Lap it yourself, a tenth is nothing.', 'Click to expand...', '+1. Did the same on a No. 4 last winter and it took an evening, not a weekend.']]];
    const result = splitChecked(vbulletin(posts));
    expect(result.comments.map((c) => c.author)).toEqual(['Jem Okafor', 'rasp_and_file']);
    expect(result.comments[1]!.text).toBe('+1. Did the same on a No. 4 last winter and it took an evening, not a weekend.');
    expect(result.comments[1]!.parentId).toBe(result.comments[0]!.id);
  });
});

describe('a reply arrow over "Reply from Name"', () => {
  const lines = (label: string) => [
    'Ferry timetable to change in January',
    '',
    'The harbour ferry will run every twenty minutes on weekdays from January, the operator said, after two new boats arrive in December.',
    '',
    'Evening sailings stay hourly, and fares are frozen until the spring review of the route.',
    '',
    'Comments (3)',
    'Luisa Fernández',
    '3 hours ago',
    'Twenty minutes is fine on paper. The old boats never kept to forty.',
    '▲ 12  ▼ 2   Reply',
    `  ↳ ${label} marco_pier7`,
    '2 hours ago',
    '  The new ones are faster, that was the whole point of buying them.',
    '  ▲ 4  ▼ 1   Reply',
    'Tom Ashby',
    '1 hour ago',
    'Will the evening boats ever go half-hourly? The last one home is at ten.',
    '▲ 7  ▼ 0   Reply',
  ];

  it.each(['Reply from', 'Respuesta de'])('reads "↳ %s NAME" as NAME\u2019s reply to the comment above', (label) => {
    const result = splitChecked(lines(label).join('\n'));
    expect(result.comments.map((c) => c.author)).toEqual(['Luisa Fernández', 'marco_pier7', 'Tom Ashby']);
    expect(result.comments[1]!.parentId).toBe(result.comments[0]!.id);
  });
});

describe('"New" is a post-age label only before a forum date and time, not before any date', () => {
  const article = [
    'Mill Street bakery reopens after fire',
    '',
    'The bakery on Mill Street reopened on Saturday after a fire closed it for four months, its owner said, with a new oven and a longer counter for the queue that forms before eight.',
    '',
    'Neighbours had raised money for the repairs through a street fair in the summer, and the owner thanked them with free loaves for the first hundred customers.',
    '',
  ];
  const page = (line: string) =>
    [
      ...article,
      '3 Comments',
      '',
      'Mara Quint',
      'December 5, 2026 at 9:14 am',
      'Is the rye loaf back or only the white ones?',
      '',
      'Tom Reyes',
      'December 5, 2026 at 10:02 am',
      'Went along this morning to see what changed.',
      line,
      'The rye is back, I had some this morning and it was as good as before.',
      '',
      'Lena Fisk',
      'December 6, 2026 at 8:40 am',
      'Queue was round the corner by half seven. Worth it.',
    ].join('\n');

  it.each(['New today', 'New 3h', 'New 2 days ago', 'New yesterday'])('keeps a reader\u2019s line "%s" inside the comment', (line) => {
    const result = splitChecked(page(line));
    expect(result.comments.map((c) => c.author)).toEqual(['Mara Quint', 'Tom Reyes', 'Lena Fisk']);
    expect(result.comments[1]!.text).toContain(line);
  });

  it.each(['New 12-04-2026', 'New 12-04-2026, 09:40 PM', 'New Today, 09:40 PM', 'New Yesterday, 11:02 AM'])('still reads "%s" as a date line', (line) => {
    expect(matchHeader(line)?.rule).toBe('header:date-only');
  });
});
