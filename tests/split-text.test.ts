import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { splitPage, ThreadlensError } from '../src/index.js';
import { overlaps, spanViolations } from './spans.js';
import { scanBlocks, withoutLineSpacing } from '../src/split/text/blocks.js';

const ARTICLE = [
  'Council approves new bike lanes on Main Street',
  '',
  'The city council voted 6-1 on Tuesday to add protected bike lanes along a two-mile stretch of Main Street, a plan that had drawn hundreds of residents to public hearings over the past year.',
  '',
  'Construction is expected to begin in the spring and take about four months, according to the public works department.',
].join('\n');

/** A comment section printed as header, blank line, text, for each [header, text] pair. */
const threadOf = (pairs: readonly (readonly [string, string])[]) => pairs.map(([header, text]) => `${header}\n\n${text}`).join('\n\n');

/** Three commenters, handles and a full name, and what each wrote. */
const THREE_COMMENTS = [
  ['night_owl_42', 'Finally. I have been waiting for this for years and years.'],
  ['Ms_J_Parker', 'Who is going to pay for the upkeep, though? Nobody says.'],
  ['Tom Reyes', 'The lanes on Elm Street work fine, so I expect these will too.'],
] as const;

interface Case {
  name: string;
  comments: string;
  expected: { author: string | null; postedAt?: string | null; text: string; parent?: number | null }[];
}

/** Three commenters, each with a relative age and one sentence. */
const AGED_COMMENTS = [
  ['Anna Berg', '3h', 'Finally. I have been waiting for this for years.'],
  ['night_owl_42', '2h', 'Who is going to pay for the upkeep, though?'],
  ['Tom Reyes', '1h', 'The lanes on Elm Street work fine.'],
] as const;

/** A case of the three aged comments under a count, each header printed by `header`. */
function headedCase(name: string, header: (author: string, age: string, index: number) => string): Case {
  return {
    name,
    comments: `3 Comments\n\n${AGED_COMMENTS.map(([author, age, text], i) => `${header(author, age, i)}\n\n${text}`).join('\n\n')}`,
    expected: AGED_COMMENTS.map(([author, postedAt, text]) => ({ author, postedAt, text })),
  };
}

/** One small page per comment layout: input and the comments a reader would see. */
const CASES: Case[] = [
  {
    name: 'a greeting that names an earlier commenter by the first part of a handle ("Hi Jo!" to jo_b)',
    comments: '2 thoughts on “Council approves new bike lanes”\n\njo_b says:\nMarch 3, 2019 at 4:12 pm\n\nWhich streets come first?\n\nReply\n\nAnna Berg says:\nMarch 3, 2019 at 5:01 pm\n\nHi Jo! Main Street first, then Elm.\n\nReply',
    expected: [
      { author: 'jo_b', postedAt: 'March 3, 2019 at 4:12 pm', text: 'Which streets come first?', parent: null },
      { author: 'Anna Berg', postedAt: 'March 3, 2019 at 5:01 pm', text: 'Hi Jo! Main Street first, then Elm.', parent: 0 },
    ],
  },
  {
    name: 'a greeting before a one-letter word ("Hey I …", "Thanks A lot") names nobody, not a handle that starts with that letter',
    comments: '3 thoughts on “Council approves new bike lanes”\n\ni_am_sam says:\nMarch 3, 2019 at 4:12 pm\n\nWhich streets come first?\n\nReply\n\nAnna Berg says:\nMarch 3, 2019 at 5:01 pm\n\nHey I cycle there daily and I cannot wait.\n\nReply\n\nTom Reyes says:\nMarch 3, 2019 at 5:40 pm\n\nThanks A lot of us asked for this. Hi Sam, Elm Street is next.\n\nReply',
    expected: [
      { author: 'i_am_sam', text: 'Which streets come first?', parent: null },
      { author: 'Anna Berg', text: 'Hey I cycle there daily and I cannot wait.', parent: null },
      { author: 'Tom Reyes', text: 'Thanks A lot of us asked for this. Hi Sam, Elm Street is next.', parent: null },
    ],
  },
  {
    name: 'handles over a rank line that is no name ("Platinum I"), a relative time and a negative vote count, printed without blank lines',
    comments: '2 comments\n\nxX_gamer_Xx\nPlatinum I\n2d\n-41\nReply\nShare\nReport\nskill issue tbh, learn to position like every other support had to\nMs_J_Parker\nMaster\n2d\n96\nReply\nShare\nReport\n@xX_gamer_Xx you are platinum, the range change matters more up here',
    expected: [
      { author: 'xX_gamer_Xx', postedAt: '2d', text: 'skill issue tbh, learn to position like every other support had to', parent: null },
      { author: 'Ms_J_Parker', postedAt: '2d', text: '@xX_gamer_Xx you are platinum, the range change matters more up here', parent: 0 },
    ],
  },
  {
    name: 'product reviews: sort options, a name with an initial, a badge and a long star-rating line above "Reviewed in … on DATE"',
    comments: 'Customer reviews\nSort by\nTop reviews\nMost recent\n\nLeila K.\n5.0 out of 5 stars Better than my old pair for half the price, honestly\nReviewed in the United Kingdom on 3 February 2026\nVerified Purchase\nI commute on the train every day and these take the edge off the noise. Battery is as advertised.\n137 people found this helpful\nHelpful\nReport\nR. Achterberg\nVine Customer Review of Free Product\n3.0 out of 5 stars Solid\nReviewed in the United Kingdom on 11 February 2026\nThe battery claim only holds with noise cancelling off and the volume at half. Still decent.\nHelpful\nReport',
    expected: [
      { author: 'Leila K.', postedAt: '3 February 2026', text: 'I commute on the train every day and these take the edge off the noise. Battery is as advertised.', parent: null },
      { author: 'R. Achterberg', postedAt: '11 February 2026', text: 'The battery claim only holds with noise cancelling off and the volume at half. Still decent.', parent: null },
    ],
  },
  {
    name: 'avatar alt-text lines, an "Author" badge and "X replied to Y" lines that name the parent',
    comments: '3 Comments\n\nAvatar photo\nGraham K.\n2 days ago\n\nDo these freeze well?\n\nReply · Like (4)\n\nNell Okafor’s avatar\nNell Okafor\nAuthor\nNell Okafor replied to Graham K.\n2 days ago\n\nThey do, bake from frozen.\n\nReply · Like (1)\n\nAvatar photo\nbakes_with_otis\n1 day ago · Edited\n\nMine spread flat.\n\nReply · Like (0)',
    expected: [
      { author: 'Graham K.', postedAt: '2 days ago', text: 'Do these freeze well?', parent: null },
      { author: 'Nell Okafor', postedAt: '2 days ago', text: 'They do, bake from frozen.', parent: 0 },
      { author: 'bakes_with_otis', postedAt: '1 day ago', text: 'Mine spread flat.', parent: null },
    ],
  },
  {
    name: 'post numbers, "Posted by" lines over a place or a rank, and "X wrote:" quotes, printed without blank lines',
    comments: 'Comments (3)\n#2\nPosted by Mags_W\nShropshire\n9 Feb 2025\nServos every time for me.\nReply\n#3\nPosted by dieselpete\nSenior member · Cornwall\n9 Feb 2025\nMags_W wrote:\nServos every time\nOnly without a discharge unit.\nReply\n#4\nPosted by Ann Lee\nJoined 2019 · Essex\n10 Feb 2025\nWire-in-tube for me.\nReply',
    expected: [
      { author: 'Mags_W', postedAt: '9 Feb 2025', text: 'Servos every time for me.', parent: null },
      { author: 'dieselpete', postedAt: '9 Feb 2025', text: 'Mags_W wrote:\nServos every time\nOnly without a discharge unit.', parent: 0 },
      { author: 'Ann Lee', postedAt: '10 Feb 2025', text: 'Wire-in-tube for me.', parent: null },
    ],
  },
  {
    name: 'WordPress says: with date lines and Reply',
    comments: '2 thoughts on “Council approves new bike lanes”\n\nAnna Berg says:\nMarch 3, 2019 at 4:12 pm\n\nFinally. I have been waiting for this for years.\n\nReply\n\nTom Reyes says:\nMarch 3, 2019 at 5:01 pm\n\n@Anna Berg Me too, but who pays for it?\n\nReply',
    expected: [
      { author: 'Anna Berg', postedAt: 'March 3, 2019 at 4:12 pm', text: 'Finally. I have been waiting for this for years.', parent: null },
      { author: 'Tom Reyes', postedAt: 'March 3, 2019 at 5:01 pm', text: '@Anna Berg Me too, but who pays for it?', parent: 0 },
    ],
  },
  {
    name: 'Disqus bullets, vote lines and reply-to names',
    comments: '2 Comments\n\nJenna Marsh • 3 hours ago\n\nGreat news for commuters.\n\n12 △ ▽ • Reply • Share ›\n\nRick V. Jenna Marsh • 2 hours ago\n\nAgreed, though the winter maintenance plan is vague.\n\n3 △ ▽ • Reply • Share ›\n\nLoad more comments',
    expected: [
      { author: 'Jenna Marsh', postedAt: '3 hours ago', text: 'Great news for commuters.', parent: null },
      { author: 'Rick V.', postedAt: '2 hours ago', text: 'Agreed, though the winter maintenance plan is vague.', parent: 0 },
    ],
  },
  {
    name: 'Reddit levels, points and [deleted]',
    comments: 'level 1\ncyclist_dan\n· 5h\n\nAbout time.\n\n120 points\nReply Share Report Save\n\nlevel 2\n[deleted]\n· 4h\n\n[removed]\n\n4 points\nReply Share Report Save',
    expected: [
      { author: 'cyclist_dan', postedAt: '5h', text: 'About time.', parent: null },
      { author: null, postedAt: '4h', text: '[removed]', parent: 0 },
    ],
  },
  {
    name: 'ZeroHedge Permalink headers',
    comments: 'fx Embrey Thu, 08/10/2017 - 03:28 Permalink\n\nThis will be over budget within a month.\n\nFreddie Blue Wed, 08/09/2017 - 22:58 Permalink\n\nNobody asked the drivers.',
    expected: [
      { author: 'fx Embrey', postedAt: 'Thu, 08/10/2017 - 03:28', text: 'This will be over budget within a month.' },
      { author: 'Freddie Blue', postedAt: 'Wed, 08/09/2017 - 22:58', text: 'Nobody asked the drivers.' },
    ],
  },
  {
    name: 'name lines with anonymous comments between, two blank lines apart',
    comments: 'Maria Lopez\n\nGood decision. Main Street is dangerous for kids on bikes.\n\nIt was overdue.\n\n\nThank you Maria, my son rides there every day.\n\n\nPeter Hall\n\nWho asked the shop owners about parking?',
    expected: [
      { author: 'Maria Lopez', text: 'Good decision. Main Street is dangerous for kids on bikes.\n\nIt was overdue.', parent: null },
      { author: null, text: 'Thank you Maria, my son rides there every day.', parent: 0 },
      { author: 'Peter Hall', text: 'Who asked the shop owners about parking?', parent: null },
    ],
  },
  {
    name: 'newspaper Name, City lines with Like and Report abuse (the place is part of the author as shown; the greeting still finds the parent)',
    comments: 'Comments (2)\n\nMargaret Olsen, Duluth\nJun 4, 2019 at 8:41 pm\n\nWe need this on Fourth Street too.\n\nLike (24)  Reply  Report abuse\n\nDan Kettering, Two Harbors\nJun 4, 2019 at 8:57 pm\n\nMargaret, Fourth Street is a state road, the city cannot do it.\n\nLike (3)  Reply  Report abuse',
    expected: [
      { author: 'Margaret Olsen, Duluth', postedAt: 'Jun 4, 2019 at 8:41 pm', text: 'We need this on Fourth Street too.', parent: null },
      { author: 'Dan Kettering, Two Harbors', postedAt: 'Jun 4, 2019 at 8:57 pm', text: 'Margaret, Fourth Street is a state road, the city cannot do it.', parent: 0 },
    ],
  },
  {
    name: 'a header template the rules do not name, found by its repetition ("Name Date")',
    comments: 'Priya Natarajan April 2, 2021 at 9:14 am\n\nThe lanes on Oak Street made my commute safer.\n\nReply\n\nolder_cyclist_77 April 2, 2021 at 10:02 am\n\nNot mine, the buses now stop in traffic.\n\nReply\n\nDev April 3, 2021 at 8:40 pm\n\nWill they be cleared of snow in winter?\n\nReply',
    expected: [
      { author: 'Priya Natarajan', postedAt: 'April 2, 2021 at 9:14 am', text: 'The lanes on Oak Street made my commute safer.' },
      { author: 'older_cyclist_77', postedAt: 'April 2, 2021 at 10:02 am', text: 'Not mine, the buses now stop in traffic.' },
      { author: 'Dev', postedAt: 'April 3, 2021 at 8:40 pm', text: 'Will they be cleared of snow in winter?' },
    ],
  },
  {
    name: 'a learnt "Name, Place, Country, DATE" template reaching lines of its family: a place with "of" in it, one place field fewer, a "Guest" with no place, and a name joined by "from"',
    comments: 'Comments (5)\n\nrosie_k, Leeds, United Kingdom, 3 hours ago\n\nThe extension looks fine to me.\n\nMarty, Hull, United Kingdom, 2 hours ago\n\nIt blocks the light for the whole row.\n\nSam from Ely, Ely, United Kingdom, 2 hours ago\n\nPlanning rules exist for a reason.\n\nOwl99, Isle of Man, United Kingdom, 1 hour ago\n\nNobody objected at the time.\n\nGuest, 20 minutes ago\n\nWho cares about a window.',
    expected: [
      { author: 'rosie_k', postedAt: '3 hours ago', text: 'The extension looks fine to me.' },
      { author: 'Marty', postedAt: '2 hours ago', text: 'It blocks the light for the whole row.' },
      { author: 'Sam from Ely', postedAt: '2 hours ago', text: 'Planning rules exist for a reason.' },
      { author: 'Owl99', postedAt: '1 hour ago', text: 'Nobody objected at the time.' },
      { author: null, postedAt: '20 minutes ago', text: 'Who cares about a window.' },
    ],
  },
  {
    name: 'a template with the date first and the name before "said"',
    comments: 'On May 1, 2020 at 3:05pm, Kerry-Ann said...\n\nLovely idea, we need more of these.\n\nOn May 1, 2020 at 6:40pm, m_okafor said...\n\nAgreed, and wider ones please.',
    expected: [
      { author: 'Kerry-Ann', postedAt: 'May 1, 2020 at 3:05pm', text: 'Lovely idea, we need more of these.' },
      { author: 'm_okafor', postedAt: 'May 1, 2020 at 6:40pm', text: 'Agreed, and wider ones please.' },
    ],
  },
  {
    name: 'a "by handle (user number)" template with the text glued under it',
    comments: 'by quiet_otter (48213)\nPaint is not protection, curbs are.\n\nby Anonymous Coward\nThey will be parking lanes within a month.\n\nby t-rex (1107)\nSame thing happened in my town, nobody enforces it.',
    expected: [
      { author: 'quiet_otter', text: 'Paint is not protection, curbs are.' },
      { author: 'Anonymous Coward', text: 'They will be parking lanes within a month.' },
      { author: 't-rex', text: 'Same thing happened in my town, nobody enforces it.' },
    ],
  },
  {
    name: '"X replied to Y on DATE" headers name the parent',
    comments: 'Posted by Gary T on March 6, 2024 at 2:14 pm\n\nThree thefts on our road this winter.\n\nPosted by Mo Hussain on March 6, 2024 at 2:30 pm\n\nSame on Cobden Street.\n\nKaren_B replied to Gary T on March 6, 2024 at 2:40 pm\n\nWhich road is that?',
    expected: [
      { author: 'Gary T', text: 'Three thefts on our road this winter.', parent: null },
      { author: 'Mo Hussain', text: 'Same on Cobden Street.', parent: null },
      { author: 'Karen_B', postedAt: 'March 6, 2024 at 2:40 pm', text: 'Which road is that?', parent: 0 },
    ],
  },
  {
    name: 'a reply toggle that names its first replier opens the replies below it; a toggle kept folded opens none',
    comments: [
      'Henry Adebayo\nMar 10\nMy dad ran a chemist for thirty years and saw all of this coming.\nReply\n2 replies by Nora Quist and others',
      'Nora Quist\nMar 10\nWould your dad talk to me for a follow-up piece?\nReply',
      'Henry Adebayo\nMar 11\nI will ask him tonight.\nReply',
      'Claire W\nMar 11\nPharmacist here, and the funding numbers are right.\nReply\n12 replies',
      'Sam P\nMar 12\nWhere I live the last chemist closed in May.\nReply',
    ].join('\n\n'),
    expected: [
      { author: 'Henry Adebayo', parent: null, text: 'My dad ran a chemist for thirty years and saw all of this coming.' },
      { author: 'Nora Quist', parent: 0, text: 'Would your dad talk to me for a follow-up piece?' },
      { author: 'Henry Adebayo', parent: 1, text: 'I will ask him tonight.' },
      { author: 'Claire W', parent: null, text: 'Pharmacist here, and the funding numbers are right.' },
      { author: 'Sam P', parent: null, text: 'Where I live the last chemist closed in May.' },
    ],
  },
  {
    name: 'product reviews: rating line, "Reviewed in … on DATE", variant line, helpful counts, a seller response',
    comments: [
      'Priya S.\n4.0 out of 5 stars Quiet and quick\nReviewed in the United Kingdom on 3 May 2024\nColour: Grey | Verified Purchase\nThe lanes app works well and the motor is quiet.\n12 people found this helpful\nHelpful\nReport',
      'Mark T\n2.0 out of 5 stars Flimsy clips\nReviewed in the United Kingdom on 9 May 2024\nColour: Grey\nTwo of the clips snapped in the first week.\nHelpful\nReport',
      'Response from Lanewise Ltd\nResponded 10 May 2024\nSorry to hear that, Mark. We have sent you a replacement set.',
    ].join('\n\n'),
    expected: [
      { author: 'Priya S.', postedAt: '3 May 2024', text: 'The lanes app works well and the motor is quiet.', parent: null },
      { author: 'Mark T', postedAt: '9 May 2024', text: 'Two of the clips snapped in the first week.', parent: null },
      { author: 'Lanewise Ltd', text: 'Sorry to hear that, Mark. We have sent you a replacement set.', parent: 1 },
    ],
  },
  {
    name: 'phpBB posts: "Re:" subject lines, a Quote button, "Post by X » DATE", and a quote opened inside the post',
    comments: [
      'Re: Council approves new bike lanes on Main Street\nQuote\nPost by wheel_nut » Tue Mar 05, 2019 8:10 pm\nThe paint alone will not stop delivery vans parking in them.\nTop',
      'Re: Council approves new bike lanes on Main Street\nQuote\nPost by Harriet_B » Tue Mar 05, 2019 9:02 pm\nwheel_nut wrote: ↑Tue Mar 05, 2019 8:10 pm\nThe paint alone will not stop delivery vans parking in them.\nThe plan has kerbs, not paint, on the busiest part.\nTop',
    ].join('\n\n'),
    expected: [
      { author: 'wheel_nut', postedAt: 'Tue Mar 05, 2019 8:10 pm', text: 'The paint alone will not stop delivery vans parking in them.', parent: null },
      { author: 'Harriet_B', postedAt: 'Tue Mar 05, 2019 9:02 pm', text: 'wheel_nut wrote: ↑Tue Mar 05, 2019 8:10 pm\nThe paint alone will not stop delivery vans parking in them.\nThe plan has kerbs, not paint, on the busiest part.', parent: 0 },
    ],
  },
  {
    name: 'TypePad: "Posted by: NAME | DATE" printed under each comment, and "comments to this entry are closed"',
    comments: [
      'Comments',
      'The ferry was the only way my mother could get to the market. Good news.',
      'Posted by: Ruth in Marden | April 3, 2024 at 09:12 AM',
      '@Ruth in Marden same for my dad, he has not been to Holt in two years.',
      'Posted by: Sam (Holt) | April 3, 2024 at 11:40 AM',
      'The comments to this entry are closed.',
    ].join('\n\n'),
    expected: [
      { author: 'Ruth in Marden', postedAt: 'April 3, 2024 at 09:12 AM', text: 'The ferry was the only way my mother could get to the market. Good news.', parent: null },
      { author: 'Sam', postedAt: 'April 3, 2024 at 11:40 AM', text: '@Ruth in Marden same for my dad, he has not been to Holt in two years.', parent: 0 },
    ],
  },
  {
    name: 'Reddit with user flair and a sticky line under the header, and negative scores',
    comments: [
      'level 1\nValleyMod\nMOD\n· 6 hr. ago\n· Stickied comment\n\nPlease keep the ferry threads civil.\n\n3\nReply',
      'level 1\nmarden_rider\n· 5 hr. ago\nCommuter since 2009\n\nTwo years without it was far too long.\n\n40\nReply',
      'level 2\nholt_grump\n· 4 hr. ago\n\nIt will be late again by summer.\n\n-7\nReply',
    ].join('\n\n'),
    expected: [
      { author: 'ValleyMod', postedAt: '6 hr. ago', text: 'Please keep the ferry threads civil.', parent: null },
      { author: 'marden_rider', postedAt: '5 hr. ago', text: 'Two years without it was far too long.', parent: null },
      { author: 'holt_grump', postedAt: '4 hr. ago', text: 'It will be late again by summer.', parent: 1 },
    ],
  },
  {
    name: 'headed comments: text after a comment\'s action row and before the next header is the section\'s, not a comment',
    comments: [
      'Jenna Marsh • 3 hours ago\nGreat news for commuters.\nReply • Share',
      'You are viewing the newest comments first. Switch to oldest first to read the thread in order.',
      'Rick V. • 2 hours ago\nThe winter maintenance plan is vague.\nReply • Share',
      'Get the Valley Courier app for breaking news on the go.',
    ].join('\n\n'),
    expected: [
      { author: 'Jenna Marsh', postedAt: '3 hours ago', text: 'Great news for commuters.', parent: null },
      { author: 'Rick V.', postedAt: '2 hours ago', text: 'The winter maintenance plan is vague.', parent: null },
    ],
  },
  headedCase('avatar initials and a forum profile link above the name printed beside its date', (author, age, i) => `${['AB\n', 'View Forum Posts\n', 'TR\n'][i]}${author} · ${age}`),
  {
    name: 'lower-case handles printed right under the last sentence of the comment above, no blank lines',
    comments: '3 Comments\nriver_rat\n1 day ago\nThe old landing flooded every spring, so the new one should have been built years ago.\nmarden_mike\n1 day ago\nThe fares are the real problem here, and nobody on the council seems to care about them.\nholt_hannah\n20 hours ago\nMy kids will finally get to school on time next year.',
    expected: [
      { author: 'river_rat', postedAt: '1 day ago', text: 'The old landing flooded every spring, so the new one should have been built years ago.' },
      { author: 'marden_mike', postedAt: '1 day ago', text: 'The fares are the real problem here, and nobody on the council seems to care about them.' },
      { author: 'holt_hannah', postedAt: '20 hours ago', text: 'My kids will finally get to school on time next year.' },
    ],
  },
  {
    name: 'a sentence with "replied to" in a comment is text, not a replied-to header line; a name over "replied to" a name still is one',
    comments: '3 Comments\n\nLena Voss\n4 days ago\n\nMy councillor replied to my email after a month.\n\nReply\n\nowen_k\n3 days ago\n\nNobody replied to mine.\nThe mayor replied to a friend of mine, though.\nIn response to the petition they promised a survey.\n\nReply\n\nDara Quinn\nDara Quinn replied to owen_k\n2 days ago\n\nKeep writing to them.\n\nReply',
    expected: [
      { author: 'Lena Voss', postedAt: '4 days ago', text: 'My councillor replied to my email after a month.', parent: null },
      { author: 'owen_k', postedAt: '3 days ago', text: 'Nobody replied to mine.\nThe mayor replied to a friend of mine, though.\nIn response to the petition they promised a survey.', parent: null },
      { author: 'Dara Quinn', postedAt: '2 days ago', text: 'Keep writing to them.', parent: 1 },
    ],
  },
  headedCase('badges printed after the name on its line', (author, age, i) => `${author} ${['Top fan', 'Verified buyer', 'Top commenter'][i]} · ${age}`),
  {
    name: 'avatar initials printed over the name ("MO" over "Mira Olsen"): the name is the author; initials with no fuller name under them stay the author',
    comments: '3 Comments\n\nMO\nMira Olsen\nDuluth\nDec. 1\n\nWe need this on Fourth Street too.\n\nReply\n\nBK\nBen Kowal\nDec. 1\n\nFourth Street is a state road.\n\nReply\n\nTR\nDec. 2\n\nPaint is not protection.\n\nReply',
    expected: [
      { author: 'Mira Olsen', text: 'We need this on Fourth Street too.' },
      { author: 'Ben Kowal', text: 'Fourth Street is a state road.' },
      { author: 'TR', text: 'Paint is not protection.' },
    ],
  },
  {
    name: 'a blog\'s "Name Post author on DATE said:" and "Name from Place on DATE said:" headers: the badge is not the name, the place is',
    comments: '3 thoughts on “Council approves new bike lanes”\n\nMaggie Lane on March 3, 2019 at 4:12 pm said:\n\nWhich streets come first?\n\nReply\n\nSue Hart Post author on March 3, 2019 at 5:01 pm said:\n\nMain Street first, then Elm.\n\nReply\n\nTed from Ashby on March 4, 2019 at 9:30 am said:\n\nElm needs it more.\n\nReply',
    expected: [
      { author: 'Maggie Lane', postedAt: 'March 3, 2019 at 4:12 pm', text: 'Which streets come first?' },
      { author: 'Sue Hart', postedAt: 'March 3, 2019 at 5:01 pm', text: 'Main Street first, then Elm.' },
      { author: 'Ted from Ashby', postedAt: 'March 4, 2019 at 9:30 am', text: 'Elm needs it more.' },
    ],
  },
];

describe('comment layouts', () => {
  for (const { name, comments, expected } of CASES) {
    it(name, () => {
      const page = splitPage(`${ARTICLE}\n\n${comments}\n`);
      expect(page.title?.text).toBe('Council approves new bike lanes on Main Street');
      expect(page.body?.paragraphs).toHaveLength(2);
      const got = page.comments.map((c) => ({
        author: c.author,
        postedAt: c.postedAt,
        text: c.text,
        parent: c.parentId === null ? null : page.comments.findIndex((p) => p.id === c.parentId),
      }));
      expect(got).toMatchObject(expected);
      expect(spanViolations(page)).toEqual([]);
      expect(overlaps(page)).toEqual([]);
    });
  }

  it('keeps a page with only "0 Comments" and "Leave a Comment" free of comments', () => {
    const page = splitPage(`${ARTICLE}\n\n0 Comments\n\nLeave a Comment\n\nYour email address will not be published. Required fields are marked *`);
    expect(page.comments).toEqual([]);
    expect(page.boilerplate.map((b) => b.kind)).toContain('comment-count');
  });

  it('finds no comments under "0 Comments" even when header-shaped sidebar text follows, and keeps the article whole', () => {
    const bios = ['Dana Ortiz', 'Lee Park']
      .map((name) => `${name}\nMarch 3, 2019 at 4:12 pm\n\n${name} writes about city planning and transit for the paper, and has done so for ten years.`)
      .join('\n\n');
    const page = splitPage(`${ARTICLE}\n\n0 Comments:\n\nPost a Comment\n\n${bios}`);
    expect(page.comments).toEqual([]);
    expect(page.body?.text).toContain('Construction is expected');
    expect(spanViolations(page)).toEqual([]);
  });

  it('still reads comments when a count above zero sits beside a "Be the first" line', () => {
    const page = splitPage(`${ARTICLE}\n\n2 Comments\n\nAnna Berg says:\nMarch 3, 2019 at 4:12 pm\n\nFinally. I have been waiting for this for years.\n\nTom Reyes says:\nMarch 3, 2019 at 5:01 pm\n\nWho pays for it, though?\n\nBe the first to comment on our next story`);
    expect(page.comments.map((c) => c.author)).toEqual(['Anna Berg', 'Tom Reyes']);
  });

  it('reads a co-authored byline printed three times (print view, teaser, article) as a byline, not a comment header', () => {
    const story = 'The ratings firm cut its outlook late on Monday, citing the cost of the rescue and the slowing economy across the region.';
    const page = splitPage(`Markets slide as outlook is cut\n\n${['BY ANNA BERG AND TOM REYES', story, 'Analysts had expected the move for weeks, traders said.'].join('\n\n')}\n\n${['BY ANNA BERG AND TOM REYES', story].join('\n\n')}\n\n${['BY ANNA BERG AND TOM REYES', story].join('\n\n')}`);
    expect(page.comments).toEqual([]);
  });

  it('reads one name over a job title as a staff box, not a comment', () => {
    const page = splitPage(`${ARTICLE}\n\nDamon Darlin\n\nTechnology Editor, San Francisco\n\nPosts | Bio | E-mail\n\nFollow our technology coverage every weekday for news, reviews and advice on the gadgets you use.`);
    expect(page.comments).toEqual([]);
  });

  it('keeps a short article as the body when one comment under it is far longer', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Point ${i + 1}: the oversight rules were written for another era of wiretaps, and nobody has updated them since then.`).join('\n\n');
    const thread = threadOf([
      ['Hatta says:\nJuly 24, 2012 at 10:05 am', 'Who watches the watchers, then?'],
      ['BeanThere says:\nJuly 24, 2012 at 10:39 am', long],
      ['gmuslera says:\nJuly 24, 2012 at 11:02 am', 'That is a fair question, and nobody has answered it.'],
    ]);
    const page = splitPage(`${ARTICLE}\n\n3 Comments\n\n${thread}`);
    expect(page.body?.text).toMatch(/^The city council voted/u);
    expect(page.comments.map((c) => c.author)).toEqual(['Hatta', 'BeanThere', 'gmuslera']);
  });

  it('reads a blog post under its blog name and description: the date line opens the post, the headline is under it', () => {
    const page = splitPage(
      [
        'Notes from the Allotment',
        'Every week I write about what grows, what fails and what the slugs ate on our small plot at the edge of town, with photos.',
        'Friday, October 19, 2012',
        'Late Leeks and an Early Frost',
        'The frost came two weeks early this year and caught the last of the beans, which I had meant to pick on Saturday.',
        'The leeks, though, did not mind at all, and the chard looks better for it than it did all summer.',
        'Next year I will sow the beans a fortnight sooner and cover the late rows with fleece from the start of October, whatever the forecast says.',
      ].join('\n\n'),
    );
    expect(page.title?.text).toBe('Late Leeks and an Early Frost');
    expect(page.body?.text).toMatch(/^The frost came/u);
  });

  for (const [layout, header] of [
    ['before', (n: number, name: string) => `#${n} ${name}`],
    ['after', (n: number, name: string) => `${name} #${n}`],
  ] as const) {
    it(`reads post numbers printed ${layout} the name as headers, with the name as author`, () => {
      const thread = threadOf(THREE_COMMENTS.map(([name, text], i) => [header(i + 1, name), text] as const));
      const page = splitPage(`${ARTICLE}\n\n3 Comments\n\n${thread}`);
      expect(page.comments.map((c) => [c.author, c.text.slice(0, 8)])).toEqual([['night_owl_42', 'Finally.'], ['Ms_J_Parker', 'Who is g'], ['Tom Reyes', 'The lane']]);
      expect(spanViolations(page)).toEqual([]);
    });
  }

  it('reads a name over its free-text flair line as one header, with the name as author', () => {
    const flairs = ['Bike commuter since 2009', 'Local resident', 'Council watcher'];
    const thread = threadOf(THREE_COMMENTS.map(([name, text], i) => [`${name}\n${flairs[i]}`, text] as const));
    const page = splitPage(`${ARTICLE}\n\n3 Comments\n\n${thread}`);
    expect(page.comments.map((c) => [c.author, c.header?.text.split('\n')[1], c.text.slice(0, 8)])).toEqual([
      ['night_owl_42', 'Bike commuter since 2009', 'Finally.'],
      ['Ms_J_Parker', 'Local resident', 'Who is g'],
      ['Tom Reyes', 'Council watcher', 'The lane'],
    ]);
    expect(spanViolations(page)).toEqual([]);
  });

  it('reads staff boxes (a name over a job title, then a bio that opens with the first name) as no comments, even under a comment label', () => {
    const staff = threadOf([
      ['Jane Smith\nSenior Editor', 'Jane has covered city hall for ten years and writes the Sunday column about local politics.'],
      ['Tom Baker\nStaff Writer', 'Tom covers schools, transit and the county budget, and before that he worked in radio.'],
      ['Ana Ruiz\nPhotographer', 'Ana has photographed the city for the paper since 2004 and teaches at the college.'],
    ]);
    const page = splitPage(`${ARTICLE}\n\nComments\n\nLeave a comment\n\nOur writers\n\n${staff}`);
    expect(page.comments).toEqual([]);
  });

  it('reads a dated list of related links as links, not as a comment template', () => {
    const related = ['Library hours cut again', 'Budget vote delayed to March', 'New bus routes start Monday']
      .map((title, i) => `${title}\nFebruary ${i + 3}, 2019\nIn "Local Government"`)
      .join('\n\n');
    const page = splitPage(`${ARTICLE}\n\nRelated\n\n${related}\n`);
    expect(page.comments).toEqual([]);
  });

  it('reads a trackback list ("Tracked on DATE" under each linking post\'s excerpt) as no comments: the same past-tense word in the name slot is a label', () => {
    const trackbacks = ['Rethinking street parking from Urban Notes', 'Why paint is not a bike lane from The Cycling Desk', 'Main Street, one year on from Civic Matters']
      .map((post, i) => `» ${post}\nThe council voted on Tuesday to approve the lanes, and the debate is far from over... [Read More]\n\nTracked on Apr ${i + 2}, 2007 8:4${i}:51 AM`)
      .join('\n\n');
    const page = splitPage(`${ARTICLE}\n\nTrackBack\n\n${trackbacks}\n\nComments\n\nThe comments to this entry are closed.\n`);
    expect(page.comments).toEqual([]);
  });

  it('keeps a commenter who posts three times in a shape of their own (the thread\'s OP) its author', () => {
    const thread = [['tomato_girl', 'OP • '], ['compost_king', ''], ['tomato_girl', 'OP • '], ['Steve', ''], ['tomato_girl', 'OP • ']]
      .map(([name, badge], i) => `${name} • ${badge}${5 - i} hr ago\n\nThanks, that is a useful answer about the lanes number ${i}.`)
      .join('\n\n');
    const page = splitPage(`${ARTICLE}\n\n5 Comments\n\n${thread}\n`);
    expect(page.comments.map((c) => c.author)).toEqual(['tomato_girl', 'compost_king', 'tomato_girl', 'Steve', 'tomato_girl']);
  });

  it('reads a forum thread printed without blank lines, each post under its name over a "Nov \'24" date, with the topic\'s "created"/"last reply" stats and a "Solution" badge kept out of the posts', () => {
    const page = splitPage(
      [
        'Council approves new bike lanes on Main Street',
        'Local',
        'ride_daily',
        "Nov '24",
        'Has anyone seen the plans for the lanes on Main Street? I cannot find them on the council website.',
        'created',
        "Nov '24",
        'last reply',
        "Dec '24",
        '2',
        'replies',
        'Greta.K',
        "Nov '24",
        'They are in the agenda pack for the meeting, page forty, with the drawings.',
        'Solution',
        '2 Likes',
        'm_okafor',
        "Dec '24",
        'Thanks, found them. The lanes stop short of the bridge, which is odd.',
        '1 Like',
        'Closed on Dec 14, 2024',
        'This topic was automatically closed 30 days after the last reply.',
      ].join('\n'),
    );
    expect(page.body?.text).toBe('Has anyone seen the plans for the lanes on Main Street? I cannot find them on the council website.');
    expect(page.comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['Greta.K', "Nov '24", 'They are in the agenda pack for the meeting, page forty, with the drawings.'],
      ['m_okafor', "Dec '24", 'Thanks, found them. The lanes stop short of the bridge, which is odd.'],
    ]);
    expect(spanViolations(page)).toEqual([]);
  });

  it('keeps the paper\'s call for letters under an opinion piece out of the article', () => {
    const page = splitPage(`${ARTICLE}\n\nThe Courier welcomes letters from readers. We’d like to hear what you think about this or any of our articles.\n`);
    expect(page.body?.paragraphs).toHaveLength(2);
    expect(page.boilerplate.map((b) => b.rule)).toContain('split/letters-invite');
  });

  it('keeps the blog software\'s "This entry was posted in … Bookmark the permalink." line out of the article', () => {
    const page = splitPage(`${ARTICLE}\n\nThis entry was posted in Local, Transport and tagged bikes, council. Bookmark the permalink.\n`);
    expect(page.body?.paragraphs).toHaveLength(2);
    expect(page.boilerplate.filter((b) => b.kind === 'tags').map((b) => b.text.slice(0, 24))).toEqual(['This entry was posted in']);
  });

  it('does not guess a parent without evidence', () => {
    const page = splitPage(`${ARTICLE}\n\nAnna\n\nNice idea, I like the green paint.\n\n\nBob Smith\n\nThe lanes are too narrow.`);
    expect(page.comments.map((c) => c.parentId)).toEqual([null, null]);
  });
});

describe('flairs', () => {
  it('does not read a flair under the name and date as the commenter when each header line is parted by a blank line', () => {
    // The same club flair under several commenters: it recurs as a name would.
    const entries = [
      ['river_rat', '7h', 'Holt Rovers', 'About time they fixed the landing, it flooded every spring.'],
      ['marden_mike', '6h', 'Marden United', 'The fares are the real problem, and nobody on the council cares.'],
      ['ferry_fan_88', '5h', 'Holt Rovers', 'My kids will finally get to school on time next year.'],
      ['quay_queen', '4h', 'Marden United', 'Will the cafe on the landing open again as well?'],
    ];
    const thread = entries.map(([name, age, flair, text]) => `level 1\n\n${name}\n\n· ${age}\n\n${flair}\n\n${text}`).join('\n\n');
    const page = splitPage(`${ARTICLE}\n\n4 Comments\n\n${thread}`);
    expect(page.comments.map((c) => c.author)).toEqual(entries.map((entry) => entry[0]));
    expect(page.comments.map((c) => c.postedAt)).toEqual(entries.map((entry) => entry[1]));
  });
});

/** The small article the whole-page cases are built around. */
const FERRY_HEADLINE = 'Ferry service to resume in May after two-year repair';
const FERRY_OPENING = 'The river ferry between Holt and Marden will carry passengers again from 6 May, the county council said on Tuesday, two years after a barge strike damaged the landing.';
const FERRY_REPAIRS = 'Repairs cost £3.1m, most of it paid by the barge operator’s insurer, and the new landing takes vehicles up to twelve tonnes.';
/** The same article printed with a blank line after each line. */
const SPACED_FERRY = [FERRY_HEADLINE, '', FERRY_OPENING, '', FERRY_REPAIRS, ''];

describe('whole-page dumps', () => {
  /** A page as innerText gives it: one element per line, blank lines only between some sections. */
  const PAGE = [
    'Skip to content',
    'The Valley Courier',
    'News for the upper valley since 1951',
    'Home\nNews\nSport\nOpinion\nWeather',
    'LOCAL',
    FERRY_HEADLINE,
    'The county says the new landing will take vehicles up to 12 tonnes, ending the long detour through Ashby for farm traffic and lorries',
    'By Priya Raman\nApril 2, 2024',
    'Share\nTweet\nEmail',
    FERRY_OPENING,
    'Repairs cost £3.1m, most of it paid by the barge operator’s insurer. Fares stay at £2 for foot passengers.',
    'Most read\nSchool roof repairs to start in June\nNew bus timetable from Monday',
    '© 2024 The Valley Courier',
  ].join('\n\n');

  it('keeps the last comment\'s line out of the © footer printed right under it, joined by blank lines or none', () => {
    const lines = [
      'Library opening hours extended for the summer', 'By Carla Mendes',
      'The central library will stay open until nine on weekday evenings from June, the council said on Monday.',
      'Staff numbers will rise by four to cover the later shifts, paid for from the leisure budget.',
      'The reading room on the second floor will also open on Sunday afternoons for the first time.',
      'A pilot last autumn drew more than two hundred visitors on each late evening, officials said.',
      'Children\'s reading groups will move to Saturday mornings to make room for adult classes.',
      'The mobile library van will add two stops on the east side of town in July.',
      'Residents can give their views on the changes at any branch until the end of May.',
      'The council will review the hours again in January after a full count of visitors.',
      '4 Comments',
      'reader_one', '5h ago', 'Great news for students who work during the day.',
      'bookworm77', '4h ago', 'Sundays at last, thank you.',
      'jpk_east', '3h ago', 'Will the café stay open late as well?',
      'old_miner', '2h ago', 'About time the east side got a van stop.',
    ];
    for (const footer of [['© 2024 The Valley Courier'], ['© 2024 The Valley Courier', 'Privacy policy | Terms of use']]) {
      for (const join of ['\n\n', '\n']) {
        const text = [...lines, ...footer].join(join);
        const page = splitPage(text);
        expect(page.comments.map((c) => [c.author, c.text])).toEqual([
          ['reader_one', 'Great news for students who work during the day.'],
          ['bookworm77', 'Sundays at last, thank you.'],
          ['jpk_east', 'Will the café stay open late as well?'],
          ['old_miner', 'About time the east side got a van stop.'],
        ]);
        const copyright = page.boilerplate.find((b) => b.kind === 'footer');
        expect(copyright?.text).toMatch(/^© 2024 The Valley Courier/u);
        expect(spanViolations(page)).toEqual([]);
      }
    }
  });

  it('reads a page printed with a blank line after every line as the same page printed without them', () => {
    const thread = ['Comments (3)', 'night_owl_42\n3h ago\nAbout time. I cycle that street every day and it is terrifying at rush hour.', 'Ms_J_Parker\n2h ago\nWhat about the shops on Harbour Street that lose their parking?', 'Tom B.\n1h ago\nThe shops on Elm Street did better after their lanes went in.'];
    const page = [...PAGE.split('\n\n').slice(0, -2), ...thread].join('\n\n');
    const spaced = page.replace(/\n+/gu, '\n\n');
    const unspaced = page.replace(/\n+/gu, '\n');
    const shape = (text: string) => {
      const result = splitPage(text);
      expect(spanViolations(result)).toEqual([]);
      return { title: result.title?.text, body: result.body?.paragraphs.length, comments: result.comments.map((c) => [c.author, c.postedAt, c.text]) };
    };
    const read = shape(spaced);
    expect(read).toEqual(shape(unspaced));
    expect(read.comments.map(([author]) => author)).toEqual(['night_owl_42', 'Ms_J_Parker', 'Tom B.']);
    // Read as one run of lines, offsets into the spaced text; a wider gap stays a gap, one line narrower.
    const wider = spaced.replace('\n\nComments (3)', '\n\n\nComments (3)');
    const blocks = withoutLineSpacing(wider, scanBlocks(wider, 100_000).blocks);
    expect(blocks.map((block) => [block.gapBefore, block.lines.length])).toEqual([[99, PAGE.split(/\n+/u).length - 4], [1, 10]]);
    expect([blocks[1]!.start, blocks[1]!.end]).toEqual([wider.indexOf('Comments (3)'), wider.length]);
    // A page with blocks of several lines keeps its blocks.
    const paragraphs = scanBlocks(PAGE, 100_000).blocks;
    expect(withoutLineSpacing(PAGE, paragraphs)).toBe(paragraphs);
  });

  it('on a page printed without blank lines, keeps the article whole past an "Email" share button and ends it before a list of topics', () => {
    const paragraphs = [
      FERRY_OPENING,
      FERRY_REPAIRS,
      'Farmers on the Marden side say the detour through Ashby has added an hour to every trip to the market since the strike.',
      'Fares stay at £2 for foot passengers, and a season ticket for cars will be offered from June, officials said.',
    ];
    const page = [
      FERRY_HEADLINE, 'By Priya Raman', 'April 2, 2024',
      paragraphs[0], paragraphs[1], 'Share on Facebook', 'Tweet', 'Email', paragraphs[2], paragraphs[3],
      'Topics', 'Transport', 'Rivers', 'County council',
      'Get the Courier newsletter', 'The valley’s news in your inbox every weekday morning.', 'Enter your email', 'Sign up',
      '© 2024 The Valley Courier',
    ].join('\n');
    const result = splitPage(page);
    expect(result.body?.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(result.comments).toEqual([]);
    expect(result.boilerplate.filter((b) => ['Email', 'Transport', 'Rivers', 'County council'].includes(b.text)).map((b) => b.kind)).toEqual(['widget', 'navigation', 'navigation', 'navigation']);
    expect(spanViolations(result)).toEqual([]);
  });

  it('keeps a commenter\'s name under a list label a name when the comment\'s text follows it', () => {
    const page = [
      FERRY_HEADLINE,
      FERRY_OPENING,
      FERRY_REPAIRS,
      '3 Comments', 'Most popular',
      'Anna Berg', '3h', 'About time too. The detour through Ashby was costing us an hour a day.',
      'Tom Reyes', '2h', 'Will the cars have to book ahead, or just turn up?',
      'Marta Ng', '1h', 'Good news for the market traders on the Marden side.',
    ].join('\n');
    expect(splitPage(page).comments.map((c) => c.author)).toEqual(['Anna Berg', 'Tom Reyes', 'Marta Ng']);
  });

  it('reads no comments from a sidebar of review teasers under a "Reviews" label, whose only header-shaped lines are nameless menu entries', () => {
    const page = [
      ...SPACED_FERRY,
      'Reviews',
      '',
      'Mara Quill',
      '',
      'Low Tide Hymns',
      '',
      'By Nell Ashdown',
      '',
      'Six months after his last EP the producer returns with a record that slows everything down to a crawl.',
      '',
      'The Saltmarsh Duo',
      '',
      'Brackish',
      '',
      'By Nell Ashdown',
      '',
      'The duo\'s four-part series gathered on one set, heavier and stranger than the vinyl runs suggested.',
      '',
      'Tracks',
      '',
      'New single from the Holt Choir',
      '',
      'By Jo Kettering on March 4, 2024 at 03:56 p.m.',
      '',
      'Recorded in the ferry shed last winter, with the river audible under every take.',
      '',
      'Interviews',
      'Articles',
      'Guest Lists',
      'Staff Lists',
      '',
      'Best New Albums',
      'Best New Tracks',
      'Best New Reissues',
      '',
      'Reader favourites of the year',
      '',
      'Staff',
    ].join('\n');
    const result = splitPage(page);
    expect(result.comments).toEqual([]);
    expect(result.body?.paragraphs.length).toBe(2);
    expect(spanViolations(result)).toEqual([]);
  });

  it('opens no comment at a user title on its own line ("Staff" over a sign-in box) above the real comments', () => {
    const page = [
      ...SPACED_FERRY,
      '2 comments',
      '',
      'Sort comments by',
      'Staff',
      'Contributor',
      'Sign in or register to join the discussion.',
      '',
      'tern_watcher_9',
      '',
      '4 March 2024 11:08PM',
      '',
      'About time too. The detour through Ashby was costing us an hour a day.',
      '',
      'Elsie Marr',
      '',
      '4 March 2024 11:13PM',
      '',
      'Will the cars have to book ahead, or just turn up?',
    ].join('\n');
    expect(splitPage(page).comments.map((c) => [c.author, c.text])).toEqual([
      ['tern_watcher_9', 'About time too. The detour through Ashby was costing us an hour a day.'],
      ['Elsie Marr', 'Will the cars have to book ahead, or just turn up?'],
    ]);
  });

  it('reads two full paragraphs above an inline box as the article\'s opening, not as a standfirst and a caption', () => {
    const opening: [string, string] = [
      'Editor’s note: this week the ferry story dominated the inbox, and we have gathered the best of your letters and questions about the new landing below the main report.',
      'Thanks also to the many readers who sent photographs of the first test crossing on Saturday; we will run a selection of them in next week’s print edition.',
    ];
    const page = [
      FERRY_HEADLINE, '', 'By Priya Raman', '',
      opening[0], '', opening[1], '',
      'Related\nDredging of the Holt channel to start in June\nIsland crossings add a late sailing on Fridays\nFlood warning lifted for the lower valley\nAshby bridge weight limit stays at 7.5 tonnes\nRoute 12 returns to its old timetable', '',
      FERRY_OPENING, '',
      FERRY_REPAIRS, '',
      'Farmers on the Marden side say the detour through Ashby has added an hour to every trip to the market since the strike.', '',
      'The county will run a free shuttle bus between the two landings for the first fortnight, while the crew trains on the new ramp.', '',
      'Season tickets for cars go on sale in June, and the council says the price will be held at last year’s level until at least the spring.', '',
      'The barge operator, which paid most of the repair bill, said it had changed its procedures and now pilots every barge past the landing.', '',
      'A public meeting about the timetable will be held at Marden village hall on 20 April, and written comments can be sent to the council.', '',
      'The ferry is the only crossing of the river between Ashby bridge and the estuary, a stretch of more than eleven miles of open water.',
    ].join('\n');
    expect(splitPage(page).body?.paragraphs[0]?.text).toBe(opening[0]);
    // A lead-in that ends in a colon and points without full stops count too: they are the article's length.
    const leadIn = page.replace(opening[0], opening[0].replace(/below the main report\.$/u, 'below the main report, under these three headings:')).replace(opening[1], opening[1].replace(/\.$/u, ''));
    expect(splitPage(leadIn).body?.paragraphs[0]?.text).toMatch(/^Editor’s note/u);
  });

  it('sets a photo\'s caption printed over its own credit line apart from the article, on a page printed without blank lines', () => {
    const paragraphs = [
      FERRY_OPENING,
      FERRY_REPAIRS,
    ];
    const page = [
      FERRY_HEADLINE, 'By Priya Raman', 'April 2, 2024', paragraphs[0],
      'A crew member ties up at the new landing at Holt on Monday, ahead of the first crossing of passengers and cars since the barge strike of 2022', 'Photo by Sam Okafor / Courier',
      paragraphs[1],
    ].join('\n');
    const result = splitPage(page);
    expect(result.body?.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(result.boilerplate.find((b) => b.text.startsWith('A crew member'))?.kind).toBe('caption');
  });

  it('reads a sidebar feed of "tag 8:30 AM Headline" lines, a few of them over a blurb, as a list and not as comments', () => {
    const page = [
      ...SPACED_FERRY,
      'Latest from the network',
      'harbours 8:30 AM Dredging of the Holt channel to start in June',
      'ferries 8:00 AM Island crossings add a late sailing on Fridays',
      'blip 7:50 AM',
      '',
      'The Marden lock keeper\'s cottage is up for rent again, with a view of every boat on the river.',
      'weather 7:30 AM Flood warning lifted for the lower valley',
      'bridges 7:20 AM Ashby bridge weight limit stays at 7.5 tonnes',
      'blip 7:07 AM',
      '',
      'A heron has taken up residence on the new landing and the crew have named it Gerald.',
      'rail 7:00 AM Weekend engineering works on the valley line',
      'buses 6:40 AM Route 12 returns to its old timetable',
      'blip 6:20 AM',
      '',
      'Holt\'s regatta is back on the calendar for August after a two-year break.',
    ].join('\n');
    const result = splitPage(page);
    expect(result.comments).toEqual([]);
    expect(result.boilerplate.filter((b) => b.rule?.endsWith('headline-feed')).length).toBeGreaterThanOrEqual(6);
    expect(spanViolations(result)).toEqual([]);
  });

  it('sets the writer\'s bio under "About Marco" and an avatar line apart from the article, the label printed as the last entry of a list (no blank lines)', () => {
    const last = 'Would I take the slow train again? Without a second thought, though next time with a cushion and twice the sandwiches.';
    const page = [
      'Twelve hours on the mountain line, and every one of them worth it', 'By Marco Ferri',
      'The morning train left the valley at six with four carriages, a guard who knew every passenger by name and a dining car that served only coffee and cake.',
      last, 'Share this:', 'Facebook', 'Email',
      'Related', 'The night ferry to the islands, reviewed', 'August 2, 2026', 'What to pack for a week of rail passes', 'June 18, 2026', 'About Marco', 'Avatar of Marco Ferri',
      'Marco has ridden most of the branch lines of the Alps and writes about slow travel, station cafés and the people who keep small railways running.',
      '© 2026 Slow Rails',
    ].join('\n');
    const result = splitPage(page);
    expect(result.body?.paragraphs.at(-1)?.text).toBe(last);
    expect(result.boilerplate.find((b) => b.text.startsWith('Marco has ridden'))?.kind).toBe('byline');
  });

  it('ends a press release at its "Ends" mark, keeps a picture\'s caption and credit printed under its placeholder out, and sets the print-edition note apart', () => {
    const paragraphs = [
      FERRY_OPENING,
      FERRY_REPAIRS,
    ];
    const page = [
      FERRY_HEADLINE, '',
      '[Image: the new landing at Holt]\nA crew member ties up at the new landing at Holt on Monday.\nSam Okafor for The Courier', '',
      paragraphs[0], '', paragraphs[1], '',
      'This article appears in the May 2024 print edition with the headline "Back on the Water."', '',
      'Ends', '',
      'Notes to editors', '',
      'The Valley Ferry Trust is a charity that has run the crossing since 1951 on behalf of the two parishes.', '',
      'Help keep the ferry running', '',
      '£25 could pay for a season ticket for a pensioner.',
    ].join('\n');
    const result = splitPage(page);
    expect(result.body?.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    const kindOf = (start: string) => result.boilerplate.find((b) => b.text.startsWith(start))?.kind;
    expect([kindOf('A crew member'), kindOf('This article appears'), kindOf('£25 could')]).toEqual(['caption', 'other', 'other']);
    expect(spanViolations(result)).toEqual([]);
  });

  it('keeps a "views expressed" disclaimer out of the article and "Click to rate ▲ 7 ▼ 2" rows out of the comments', () => {
    const last = FERRY_REPAIRS;
    const page = [
      FERRY_HEADLINE, '',
      FERRY_OPENING, '',
      last, '',
      'Opinions expressed in the comments are those of our readers, not of the Valley Courier.', '',
      'Priya Shah, Holt, 5 hours ago', '', 'Half the village will be queuing at the slipway on the first morning.', '', 'Click to rate ▲ 7 ▼ 2', '', 'Reply   Report', '',
      'Omar Haddad, Marden, 4 hours ago', '', 'Any word on whether bicycles ride free?', '', 'Click to rate ▲ 3 ▼ 0', '', 'Reply   Report',
    ].join('\n');
    const result = splitPage(page);
    expect(result.body?.paragraphs.at(-1)?.text).toBe(last);
    expect(result.boilerplate.find((b) => b.text.startsWith('Opinions expressed'))?.rule).toBe('split/views-disclaimer');
    expect(result.comments.map((c) => c.text)).toEqual([
      'Half the village will be queuing at the slipway on the first morning.',
      'Any word on whether bicycles ride free?',
    ]);
  });

  it('takes the headline over its standfirst over a byline, not the tagline, on a page printed without blank lines', () => {
    const page = [
      'Menu', 'The Valley Courier', 'News for the upper valley since 1951', 'News', 'Sport', 'Opinion', 'Log in',
      FERRY_HEADLINE,
      'The county says the new landing takes lorries up to twelve tonnes, ending the detour through Ashby',
      'By Priya Raman', 'April 2, 2024',
      FERRY_OPENING,
      'Repairs cost £3.1m, most of it paid by the barge operator’s insurer. Fares stay at £2 for foot passengers.',
    ].join('\n');
    expect(splitPage(page).title?.text).toBe(FERRY_HEADLINE);
  });

  it('takes the headline under a "Posted by" byline, not the community tagline above the byline, nor the last line of a promo column', () => {
    const body = FERRY_OPENING;
    const forum = ['Skip to content\nValleyTalk\nSearch ValleyTalk\nLog In', 'Posts\nr/UpperValley\nUpper Valley – river towns and villages!', '88\nPosted by\nu/marden_ferry_fan\n3 hours ago\nLocal News', FERRY_HEADLINE, 'From the council website this morning:', body, 'Finally some good news for Marden, and about time too.'].join('\n\n');
    expect(splitPage(forum).title?.text).toBe(FERRY_HEADLINE);
    const qa = ['Skip to main content\nValleyAnswers\nQuestions\nTags', 'Sign up to join this community\nAnybody can ask a question\nAnybody can answer\nThe best answers are voted up and rise to the top', 'When will the Holt and Marden ferry run again?\nAsked 2 days ago', body, 'Is there a date yet for the cars?'].join('\n\n');
    expect(splitPage(qa).title?.text).toBe('When will the Holt and Marden ferry run again?');
  });

  it('takes a title-cased headline that ends in a full stop over its standfirst, never a label with a date, and drops an issue number', () => {
    const body = FERRY_OPENING;
    const blog = ['Write\nSign up\nSign in', 'I Rode the Holt Ferry Every Day for a Year. Here Is What I Learned.', 'Two years of repairs, one barge strike and a lot of waiting on a cold landing', 'Priya Raman', '·', 'Follow', '6 min read · Mar 4, 2024', body, 'The fares stay at £2 for foot passengers, and bikes still go free.'].join('\n\n');
    expect(splitPage(blog).title?.text).toBe('I Rode the Holt Ferry Every Day for a Year. Here Is What I Learned.');
    const tracker = ['Issues\nPull requests\nActions', 'Ferry timetable export drops the last sailing #412', 'Start date Mar 2, 2024', body].join('\n\n');
    expect(splitPage(tracker).title?.text).toBe('Ferry timetable export drops the last sailing');
  });

  it('takes the headline a forum prints again as its first post\'s subject, not the subject line under the poster\'s profile', () => {
    const body = FERRY_OPENING;
    const forum = [
      'Skip to content\nValleyTalk Forum\nRegister\tSearch\tNew Posts', 'ValleyTalk Forum > Local > Holt and Marden',
      'Ferry service to resume in May after two-year repair\nUser Name\tRemember Me?',
      'Old 04-02-2024, 09:12 AM\n#1\nmarden_ferry_fan\nSenior Member\nJoin Date: Mar 2019\nPosts: 1,204\nDefault Ferry service to resume in May after two-year repair',
      'From the Courier this morning:',
      body,
    ].join('\n\n');
    expect(splitPage(forum).title?.text).toBe(FERRY_HEADLINE);
  });

  it('ends the body at the widgets after the article: a newsletter blurb under its label is not the last paragraph, a closing paragraph after an inline link is', () => {
    const lines = PAGE.split('\n\n');
    const article = lines.slice(0, lines.indexOf('Most read\nSchool roof repairs to start in June\nNew bus timetable from Monday'));
    const closing = 'Ferry staff will run extra sailings on the first two weekends, and the timetable is posted at both landings and on the council website.';
    const tail = ['Related coverage', 'Holt landing repairs fall behind schedule\nBarge operator agrees to pay for the damage', 'Valley Courier newsletter', 'The week’s river news, every Friday.', '© 2024 The Valley Courier'];
    const page = splitPage([...article, ...tail].join('\n\n'));
    expect(page.body?.paragraphs.at(-1)?.text).toMatch(/^Repairs cost/);
    const inline = splitPage([...article, 'Read more: Holt landing repairs fall behind schedule', closing, ...tail].join('\n\n'));
    expect(inline.body?.paragraphs.at(-1)?.text).toBe(closing);
  });

  it('finds the headline below masthead, tagline, menu and kicker, and the body below the standfirst and byline', () => {
    const page = splitPage(PAGE);
    expect(page.title?.text).toBe(FERRY_HEADLINE);
    expect(page.body?.paragraphs[0]?.text).toMatch(/^The river ferry between Holt/);
    expect(page.body?.paragraphs.at(-1)?.text).toMatch(/^Repairs cost/);
    expect(page.comments).toEqual([]);
  });

  it('finds the headline on a page printed without any blank line, under a menu that a subscribe line makes look like furniture', () => {
    const lines = ['Menu', 'The Valley Courier', 'News', 'Sport', 'Subscribe today for one pound a month', 'Log in', FERRY_HEADLINE, 'The new landing takes vehicles up to 12 tonnes and ends a long detour for farm traffic', 'By Priya Raman', 'Staff writer', 'Apr 2, 2024 at 8:15 pm'];
    const body = [FERRY_OPENING, 'Repairs cost £3.1m, most of it paid by the barge operator’s insurer. Fares stay at £2 for foot passengers.'];
    const page = splitPage([...lines, ...body, ...Array.from({ length: 12 }, (_, i) => `Related story ${i + 1}`)].join('\n'));
    expect(page.title?.text).toBe(FERRY_HEADLINE);
  });

  it('keeps the article\'s last sentence between a photo credit and a "Read next" list on a page printed without blank lines', () => {
    const last = 'Anyone who saw the collision can call the county on 101 and quote reference 24/1185, the council said.';
    const lines = [FERRY_HEADLINE, 'By Priya Raman', ...Array.from({ length: 6 }, (_, i) => `The river ferry between Holt and Marden will carry passengers again from ${i + 1} May, the county council said on Tuesday, two years after a barge strike damaged the landing.`), 'Photo: the Holt landing in March. (Valley Courier)', last, 'Read next', 'Holt landing repairs fall behind schedule', 'Barge operator agrees to pay for the damage', 'Tags', 'Holt', 'Marden', '2 Comments', 'Anna Berg says:', 'April 2, 2024 at 4:12 pm', 'Finally. I have been waiting for this for years.', 'Tom Reyes says:', 'April 2, 2024 at 5:01 pm', 'Who pays for it, though?'];
    expect(splitPage(lines.join('\n')).body?.paragraphs.at(-1)?.text).toBe(last);
  });

  it('reads a page printed with single newlines only the same way', () => {
    const page = splitPage(PAGE.replace(/\n\n/g, '\n'));
    expect(page.title?.text).toBe(FERRY_HEADLINE);
    expect(page.body?.paragraphs[0]?.text).toMatch(/^The river ferry between Holt/);
    expect(spanViolations(page)).toEqual([]);
    expect(overlaps(page)).toEqual([]);
  });

  it('sets a paragraph printed between the headline and the byline apart as the standfirst: the article opens under the byline', () => {
    const page = splitPage(
      [
        'Ferry timetable cut to four crossings a day from January',
        'The operator blames crew shortages. Islanders say the cut will close the school run.',
        'By Moira Keane | December 5, 2026 at 9:14 AM | 12 Comments',
        'Share on X  Share on Facebook  Copy link',
        'Island Link will run four crossings a day instead of seven from January 6, the company said on Thursday, citing a shortage of qualified crew.',
        'The first crossing will leave at 8:40 am, too late for pupils who attend the secondary school on the mainland, parents said.',
      ].join('\n\n'),
    );
    expect(page.title?.text).toBe('Ferry timetable cut to four crossings a day from January');
    expect(page.body?.paragraphs.map((p) => p.text.slice(0, 20))).toEqual(['Island Link will run', 'The first crossing w']);
  });

  it('takes the line under a breadcrumb trail as the headline, not a delivery promise between it and the text', () => {
    const page = [
      'Skip to main content', 'Shopwell', 'Deliver to York YO1', 'Search Shopwell', 'Account & Lists', 'Basket 0', 'All', 'Today\'s Deals', 'House & Garden', 'Tools', 'Gift Cards',
      'Garden › Watering › Hose Reels',
      'Rollaway 30m Hose Reel with Wall Bracket, 1.5cm Brass Fittings and Spray Gun, 2200W Pump',
      'Visit the Rollaway Store', '4.1 out of 5 stars', '1,204 ratings | 17 answered questions', 'Shopwell\'s Choice for "hose reel"', '£29.99', 'RRP: £39.99', 'Save £10.00 (25%)',
      'FREE delivery Thursday, 10 December', 'In stock', 'Quantity: 1', 'Add to Basket', 'Buy Now',
      'About this item',
      'Holds 30 metres of hose on a steel frame that fixes to any wall (bracket and screws supplied).',
      'Brass fittings that do not crack in frost.',
      'Spray gun with seven patterns from mist to jet.',
    ].join('\n\n');
    expect(splitPage(page).title?.text).toBe('Rollaway 30m Hose Reel with Wall Bracket, 1.5cm Brass Fittings and Spray Gun, 2200W Pump');
  });

  it('leaves the domain a link aggregator prints after the headline out of the title, as furniture', () => {
    const page = splitPage(`Show HN: A tiny text editor for e-ink screens (inkpad.example)\n\n${ARTICLE.split('\n\n').slice(1).join('\n\n')}`);
    expect(page.title?.text).toBe('Show HN: A tiny text editor for e-ink screens');
    expect(page.boilerplate.map((b) => b.text)).toContain('(inkpad.example)');
  });

  it('reads no comments from headerless sidebar text under a comment form or a recent-comments widget', () => {
    const sidebar = 'Archives\n\nMarch 2024\n\nFebruary 2024\n\nOur newsletter goes out every Friday with the week in local news, and it is free.\n\nThe library is open until nine on weekdays from next month, the council said.';
    for (const marker of ['Leave a Reply\n\nYour email address will not be published. Required fields are marked *', 'Recent Comments']) {
      expect(splitPage(`${ARTICLE}\n\n${marker}\n\n${sidebar}`).comments).toEqual([]);
    }
  });

  it('reads repeated sub-headings above a counted thread as the article, not as commenters', () => {
    const paragraphs = [
      'The permit rules changed in 2019, and the council published a short guide for residents who want to apply.',
      'Most applicants hear back within six weeks; winter requests take longer because the office closes for a fortnight.',
      'A resident permit costs £40 a year and covers one vehicle registered at the address on the application.',
      'Visitors can buy day passes in books of ten from the library or online, at £2.50 for each pass.',
      'Parking on the new lanes will carry a £70 fine from the first day, with no grace period for drivers.',
      'Loading bays stay where they are, though deliveries will be limited to the hours before ten in the morning.',
      'The old rules let residents park on either side of the street, which the lanes now make impossible.',
      'Fees for the second car in a household double from April, the first rise since the scheme began in 2009.',
    ];
    const article = [ARTICLE, 'PERMITS', 'History', paragraphs[0], paragraphs[1], 'Fees', paragraphs[2], paragraphs[3], 'PARKING', 'History', paragraphs[4], paragraphs[5], 'Fees', paragraphs[6], paragraphs[7]].join('\n\n');
    const thread = '2 Responses to “Council approves new bike lanes”\n\nAnna Berg says:\nMarch 3, 2019 at 4:12 pm\n\nFinally. I have been waiting for this for years.\n\nTom Reyes says:\nMarch 3, 2019 at 5:01 pm\n\nWho pays for the upkeep, though?';
    const page = splitPage(`${article}\n\n${thread}`);
    expect(page.comments.map((c) => c.author)).toEqual(['Anna Berg', 'Tom Reyes']);
    expect(page.body?.text).toContain('winter requests take longer');
    expect(page.body?.paragraphs.length).toBeGreaterThanOrEqual(10);
  });

  it('reads a list of dated lines printed back to back as the article, not as comment headers', () => {
    const schedule = 'March 3rd to 5th, 2024: Opening Weekend: Holt Landing\nMarch 10th to 12th, 2024: Second Weekend: Marden Quay\nMarch 17th to 19th, 2024: Closing Weekend: Ashby Pier';
    const closing = 'Tickets are sold at each landing on the day, and children under five ride free all month, the operator said.';
    const page = splitPage(`${ARTICLE}\n\n${schedule}\n${closing}\n\nSee the full timetable on the council website before you travel, as sailings change with the tide.`);
    expect(page.comments).toEqual([]);
    expect(page.body?.text).toContain(closing);
  });

  it('reads a "newer stories" list of tag, time and headline lines as no comments', () => {
    const teasers = [
      'ferries 9:00 AM Holt Landing Reopens After Two Years of Repairs and Delays',
      'weather 8:30 AM Storm Warning Issued for the Upper Valley Through the Weekend',
      'schools 8:00 AM New Roof for Marden Primary Will Be Finished Before the Autumn Term',
      'council 7:30 AM Parking Fees Rise in April for the First Time Since 2009',
      // Some headlines run past a header's length: the list reads as lines above text.
      'rivers 7:00 AM Anglers Say the Holt Weir Has Changed the Way the River Runs Below Marden, and They Want the County to Look at It Again',
      'sport 6:30 AM Marden Rowing Club Wins Its First Regional Title',
      'roads 6:00 AM The Ashby Bypass Will Close for Three Nights Next Week While Crews Resurface the Bridge and Repaint the Lines Near the School',
      'arts 5:30 AM The Valley Festival Announces Its Summer Programme',
    ];
    // A blurb under the list ends like a sentence: the lines above it still head nothing.
    const page = splitPage(`${ARTICLE}\n\nNewer stories\n${teasers.join('\n')}\nThe Courier's morning briefing lands in your inbox at seven, every weekday.`);
    expect(page.comments).toEqual([]);
  });

  it('reads a "Recent comments" widget of names, dates and cut-off excerpts as no comments', () => {
    const widget = ['Recent Comments', 'Anna Berg on 03/04/24', 'The lanes on Elm Street took a year to...', 'Tom Reyes on 03/04/24', 'Who is going to pay for the upkeep of…', 'Valley Cycling Club on 02/04/24', 'We will run a ride along the new route once [...]', 'Archives', 'March 2024'].join('\n\n');
    expect(splitPage(`${ARTICLE}\n\n${widget}`).comments).toEqual([]);
  });

  it('returns no comments for a page of sentences without headers or comment markers', () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Residents of ward ${i} said the plan was fine, though parking worried them.`).join('\n\n');
    expect(splitPage(`${ARTICLE}\n\n${sentences}`).comments).toEqual([]);
  });
});

describe('hostile input', () => {
  it('returns a valid empty result for empty and whitespace-only input', () => {
    for (const input of ['', '   \n\n\t  ', '\u200B\u200B']) {
      const page = splitPage(input);
      expect(page.title).toBeNull();
      expect(page.body).toBeNull();
      expect(page.comments).toEqual([]);
      expect(page.warnings.map((w) => w.code)).toContain('empty-input');
    }
  });

  it('decodes invalid UTF-8 with U+FFFD and warns', () => {
    const bytes = Buffer.concat([Buffer.from(`${ARTICLE}\n\nJosé says:\n\nCaf`), Buffer.from([0xe9, 0xff]), Buffer.from(' was closed.\n')]);
    const page = splitPage(bytes);
    expect(page.text).toContain('\uFFFD');
    expect(page.warnings.map((w) => w.code)).toContain('invalid-utf8');
    expect(spanViolations(page)).toEqual([]);
  });

  it('throws a typed error for binary content', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => splitPage(png)).toThrow(ThreadlensError);
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 32));
    try {
      splitPage(noise);
      expect.unreachable();
    } catch (error) {
      expect((error as ThreadlensError).code).toBe('binary-input');
    }
  });

  it('keeps NUL characters in text and warns', () => {
    const page = splitPage(`${ARTICLE}\u0000\n\nAnna Berg says:\n\nOk\u0000then.`);
    expect(page.warnings.map((w) => w.code)).toContain('nul-bytes');
    expect(spanViolations(page)).toEqual([]);
  });

  it('gives the same structure for CRLF, lone CR and LF line endings, with offsets into each', () => {
    const lf = `${ARTICLE}\n\nAnna Berg says:\n\nFinally.\n\nTom Reyes says:\n\nAgreed.`;
    for (const input of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const page = splitPage(input);
      expect(page.comments.map((c) => [c.author, c.text])).toEqual([['Anna Berg', 'Finally.'], ['Tom Reyes', 'Agreed.']]);
      expect(spanViolations(page)).toEqual([]);
    }
  });

  it('handles a BOM, zero-width characters and right-to-left text', () => {
    const input = `\uFEFF${ARTICLE}\n\n\u200B\n\nسمير says:\n\nهذا قرار جيد للمدينة ولكل السكان هنا.\n\nAnna Berg says:\n\nI\u200Bagree.`;
    const page = splitPage(input);
    expect(page.title?.text).toBe('Council approves new bike lanes on Main Street');
    expect(page.comments.map((c) => c.author)).toEqual(['سمير', 'Anna Berg']);
    expect(page.comments[0]!.language).toBe('ar');
    expect(spanViolations(page)).toEqual([]);
  });

  it('decodes HTML bytes that start with a UTF-8 BOM as HTML', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<!doctype html><html><body><p>Body text long enough here to be a paragraph of the article.</p></body></html>')]);
    const page = splitPage(bytes);
    expect(page.inputType).toBe('html');
    expect(page.text.startsWith('\uFEFF')).toBe(false);
  });

  it('warns when HTML is passed as text', () => {
    const page = splitPage('<html><body><div><p>Hello</p><p>World</p></div></body></html>', { format: 'text' });
    expect(spanViolations(page)).toEqual([]);
    const auto = splitPage('<div><p>Hello</p><span>a</span><a href="#">b</a><p>c</p><br></div>');
    expect(auto.inputType === 'html' || auto.warnings.some((w) => w.code === 'html-as-text')).toBe(true);
  });

  it('completes a 1 MB single line and pathological punctuation', () => {
    const line = 'word, '.repeat(180_000);
    const page = splitPage(line);
    expect(page.warnings.map((w) => w.code)).toContain('long-line');
    expect(spanViolations(page)).toEqual([]);
    for (const input of ['?!'.repeat(50_000), '•'.repeat(100_000), ':\n'.repeat(50_000), '(((('.repeat(20_000)]) {
      expect(spanViolations(splitPage(input))).toEqual([]);
    }
  });

  // Each input here once hung or crashed the splitter (backtracking, recursion, argument spread).
  // Heavy on purpose: minutes under load, so a long limit; yielding between inputs keeps the worker
  // answering vitest's RPC (a synchronous minute trips its 60 s "Timeout calling onTaskUpdate").
  it('survives inputs that defeat naive regexes and recursion', async () => {
    const head = `${ARTICLE}\n\n`;
    const inputs = [
      `${head}${'Name            | Team            | Goals           | Assists         | Minutes         | Cards           |\n\n'.repeat(50)}`,
      `${head}a${'      |'.repeat(30)}`,
      `${head}x(1)${'        x(1)'.repeat(40)}y`,
      `${head}${Array.from({ length: 150_000 }, (_, i) => `item ${i}`).join('\n\n')}`,
      `${head}${'John Smith\n'.repeat(8000)}Reply`,
      `${head}${'“ab '.repeat(40_000)}`,
      // A widget line ("Avatar") between a header and a flair-shaped line (fuzz seed 20792, mutant 5463).
      'e s n o o T e .\nH•3 hour ago\n\nO\nr says\nAvatar\n. w 2 h a\n\n.\ng says\n\nr',
    ];
    for (const input of inputs) {
      await new Promise((resolve) => setImmediate(resolve));
      const page = splitPage(input);
      expect(spanViolations(page)).toEqual([]);
      expect(overlaps(page)).toEqual([]);
    }
  }, 600_000);

  it('never reports the title or masthead twice', () => {
    for (const input of ['Menu\n\nHome\n\nWhy the economy is slowing down now', 'Tags: a, b\n\nRelated\n\n--']) {
      const page = splitPage(input);
      expect(overlaps(page)).toEqual([]);
    }
  });

  // Split in a child process: one synchronous call of ~11 s (minutes under load) would block this
  // worker past vitest's 60 s RPC limit. The child prints the page's length and comment count.
  it('completes a 20 MB page', async () => {
    const script = [
      `import { splitPage } from ${JSON.stringify(new URL('../src/index.ts', import.meta.url).href)};`,
      `const page = ${JSON.stringify(ARTICLE)} + '\\n\\n' + 'Anna Berg says:\\n\\nA comment with some words in it, and more words after that.\\n\\n'.repeat(260_000);`,
      'process.stdout.write(JSON.stringify([page.length, splitPage(page).comments.length]));',
    ].join('\n');
    const output = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 }, (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout))),
    );
    const [length, comments] = JSON.parse(output) as [number, number];
    expect(length).toBeGreaterThan(20_000_000);
    expect(comments).toBe(260_000);
  }, 600_000);
});

describe('taggers on hostile input', () => {
  it('tag dotted runs, newline runs and null targets without throwing', async () => {
    const { tagComment } = await import('../src/index.js');
    expect(tagComment('a.'.repeat(20_000), { targets: ['a'] }).stance.targets).toHaveLength(1);
    expect(tagComment(`${'\n'.repeat(50_000)}x`).questions).toEqual([]);
    expect(tagComment('hi there', { targets: [null as never, { name: 'X' }] }).stance.targets.map((t) => t.target)).toEqual(['X']);
  });
});
