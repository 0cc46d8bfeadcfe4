/**
 * Comment headers and button rows known by their repetition down the thread, in a language the
 * rules have no words for: a short line printed under every comment ("Antwoord · Leuk (2) · Meld"),
 * a number and a word under every name ("3 uur"), the same button at the top of every header
 * stack ("Відповісти"). Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

const authorsAndTexts = (text: string) => splitText(text).comments.map((c) => [c.author, c.text]);

describe('a button row and a relative date in an unknown language, repeated for every comment', () => {
  const comment = (name: string, when: string, text: string, likes: number) => [name, when, text, `Antwoord · Leuk (${likes}) · Meld`];
  const PAGE = [
    'Dagblad Oost',
    'Nieuws Sport Regio Cultuur',
    'Nieuwe fietsbrug over de IJssel opent in maart',
    'Door Anouk de Wit',
    'De gemeente Deventer opent in maart de nieuwe fietsbrug over de IJssel, twee maanden later dan gepland. De bouw liep vertraging op door hoog water in het najaar.',
    'Volgens wethouder Bram Kok kost de brug uiteindelijk 14 miljoen euro, een miljoen meer dan begroot.',
    'Reacties (4)',
    ...comment('Femke_V', '5 uur', 'Eindelijk. Ik rij nu elke dag om via de oude brug en dat kost me een kwartier.', 3),
    ...comment('Harm Jansen', '4 uur', 'Een miljoen extra is niet niks. Wie betaalt dat?', 0),
    ...comment('fietsfan71', '2 uur', 'Het Rijk betaalt de helft, dat stond in het artikel van vorig jaar.', 5),
    ...comment('Ineke', '40 min', 'Mooi ontwerp, maar de helling aan de stadskant is wel steil voor ouderen.', 1),
    'Meer reacties laden',
    '© 2026 Dagblad Oost',
  ].join('\n');

  it('reads each name over its date line, and leaves the button row out of the text', () => {
    expect(authorsAndTexts(PAGE)).toEqual([
      ['Femke_V', 'Eindelijk. Ik rij nu elke dag om via de oude brug en dat kost me een kwartier.'],
      ['Harm Jansen', 'Een miljoen extra is niet niks. Wie betaalt dat?'],
      ['fietsfan71', 'Het Rijk betaalt de helft, dat stond in het artikel van vorig jaar.'],
      ['Ineke', 'Mooi ontwerp, maar de helling aan de stadskant is wel steil voor ouderen.'],
    ]);
  });
});

describe('the same button over every header stack but the first (it ends the comment above)', () => {
  const comment = (name: string, when: string, text: string, score: string) => [name, when, text, score, 'Відповісти'];
  const PAGE = [
    'Технічний блог',
    'Як ми перенесли пошук з Elasticsearch на Postgres',
    'Автор: Олена Ковальчук',
    'Минулого року ми перенесли повнотекстовий пошук з окремого кластера Elasticsearch у звичайну базу Postgres. Розповідаємо, що вийшло.',
    'Головний висновок: для нашого обсягу даних окремий кластер був зайвим.',
    'Коментарі 5',
    ...comment('serhii_dev', '14 травня о 10:12', 'А як із релевантністю? Postgres ранжує значно простіше.', '+4'),
    ...comment('olena_k', '14 травня о 10:40', 'Простіше, але нашим користувачам цього вистачило. Скарг не було.', '+7'),
    ...comment('Taras', '14 травня о 11:05', 'Скільки документів в індексі? Від цього все залежить.', '+2'),
    ...comment('olena_k', '14 травня о 11:31', 'Близько трьох мільйонів, і росте повільно.', '+3'),
    ...comment('mykola_b', '14 травня о 12:20', 'Дякую за статтю, саме думали про те саме.', '+1'),
    'Лише зареєстровані користувачі можуть коментувати.',
  ].join('\n');

  it('takes the name under the button for the author, never the button', () => {
    expect(splitText(PAGE).comments.map((c) => c.author)).toEqual(['serhii_dev', 'olena_k', 'Taras', 'olena_k', 'mykola_b']);
  });
});

describe('repeated lines that are not chrome', () => {
  it('keeps a commenter who posts three times as the author of each', () => {
    const PAGE = [
      'The Allotment Diary',
      'Why my broad beans failed this year',
      'Posted by Gwen',
      'Every spring I sow broad beans in October and every spring they come through. Not this year: the mice got them first, then the frost.',
      'Next year I am starting them in pots in the greenhouse and planting out in March.',
      '6 Comments',
      'Ruth Kemp',
      'March 3, 2026',
      'Mice had mine too. A cloche over the row helped the second sowing.',
      'Gwen',
      'March 3, 2026',
      'Thanks Ruth, I have two old cloches in the shed.',
      'Ruth Kemp',
      'March 4, 2026',
      'Weigh the edges down with bricks or the wind takes them.',
      'Dev Patel',
      'March 4, 2026',
      'Pots are the way. Root trainers if you can get them.',
      'Ruth Kemp',
      'March 5, 2026',
      'Agree on root trainers, the roots come out straight.',
      'Gwen',
      'March 5, 2026',
      'Ordered some. Will report back in the spring.',
      'Leave a Reply',
    ].join('\n');
    expect(splitText(PAGE).comments.map((c) => c.author)).toEqual(['Ruth Kemp', 'Gwen', 'Ruth Kemp', 'Dev Patel', 'Ruth Kemp', 'Gwen']);
  });

  it('reads a list of amounts printed one under another as one list, not as a button under each comment', () => {
    const PAGE = [
      'Harbour Lifeboat Appeal',
      'New engine fund reaches half its target',
      'The crew thanked the town after the appeal for a new engine passed £40,000 on Saturday, half of what the refit will cost.',
      'The station hopes to reach the full amount before the summer season begins in May.',
      'Give to the appeal',
      '€5',
      '€10',
      '€20',
      '€50',
      'Other amount',
      '© 2026 Harbour Lifeboat Station',
    ].join('\n');
    const page = splitText(PAGE);
    expect(page.comments).toEqual([]);
    expect(page.boilerplate.filter((b) => b.rule === 'comment-actions').map((b) => b.text)).toEqual([]);
  });
});

describe('replies printed side by side under one comment, their writers taking turns', () => {
  const reply = (name: string, when: string, text: string) => [`  ${name} · ${when}`, `  ${text}`, '  Reply'];
  const PAGE = [
    'The Wool Exchange',
    'Pattern review: the Brackenridge pullover',
    'Reviewed by the editors',
    'A top-down raglan in worsted weight with a simple cable up each sleeve. The pattern is clear and the sizing runs true, though the collar instructions are brief.',
    'We knitted the third size and it took eleven balls, one more than the pattern says.',
    'Reviews (2)',
    'knit_maeve · 3 days ago',
    'The collar section is one line long. I ripped it out twice before it sat flat.',
    'Reply',
    ...reply('pennylane_yarns', '2 days ago', 'Pick up three stitches for every four rows, not one for one. It sits flat then.'),
    ...reply('knit_maeve', '2 days ago', 'Three for four did it, thank you. Blocking now.'),
    ...reply('pennylane_yarns', '1 day ago', 'Glad it worked. Post a photo when it is dry.'),
    'oskar.knits · 1 day ago',
    'Cables are easy to follow even for a first cable project. Recommended.',
    'Reply',
    ...reply('Tamsin', '20 hours ago', 'Did you use the cable needle or cable without one?'),
    '© 2026 The Wool Exchange',
  ].join('\n');

  it('the comment writer replying in their own list answers the reply above, and the other writer coming back answers them', () => {
    const page = splitText(PAGE);
    const parents = page.comments.map((c) => [c.author, c.parentId === null ? null : page.comments.findIndex((p) => p.id === c.parentId)]);
    expect(parents).toEqual([
      ['knit_maeve', null],
      ['pennylane_yarns', 0],
      ['knit_maeve', 1],
      ['pennylane_yarns', 2],
      ['oskar.knits', null],
      ['Tamsin', 4],
    ]);
  });
});

describe('a title before a name, and a rank with a comma between the name and the date', () => {
  const post = (name: string, rank: string, when: string, text: string[]) => [name, rank, when, ...text, 'Reply  Like'];
  const PAGE = [
    'Field Notes Forum',
    'Are the swifts late this year?',
    'Posted in Birds',
    'First swifts usually scream over our street by the first week of May. Nothing yet, and it is the twelfth.',
    'Has anyone further south seen them?',
    '4 Comments',
    ...post('Dr. Amara Singh', 'Senior Member, since 2019', 'May 12, 2026 9:02AM', ['Two over the river in Exeter on the ninth, none since. Cold north winds all week.']),
    ...post('hedgerow_pete', 'Senior Member, since launch', 'May 12, 2026 9:40AM', [
      'Dr. Amara Singh said:',
      'Cold north winds all week.',
      'That would hold them back over France. Same thing happened in 2021.',
    ]),
    ...post('Dr. Amara Singh', 'Senior Member, since 2019', 'May 12, 2026 10:15AM', ['Yes, 2021 was nearly two weeks late here too.']),
    ...post('Mr. Tolland', 'Member', 'May 12, 2026 11:30AM', ['Three screaming over Bristol this morning. They are coming.']),
    '© 2026 Field Notes Forum',
  ].join('\n');

  it('reads "Dr." and "Mr." as part of the name, the rank as a badge, and the quote as part of its reply', () => {
    const page = splitText(PAGE);
    expect(page.comments.map((c) => [c.author, c.text.split('\n')[0]])).toEqual([
      ['Dr. Amara Singh', 'Two over the river in Exeter on the ninth, none since. Cold north winds all week.'],
      ['hedgerow_pete', 'Dr. Amara Singh said:'],
      ['Dr. Amara Singh', 'Yes, 2021 was nearly two weeks late here too.'],
      ['Mr. Tolland', 'Three screaming over Bristol this morning. They are coming.'],
    ]);
    expect(page.comments[1]!.parentId).toBe(page.comments[0]!.id);
  });
});

describe('a button row the word rules miss, printed like the rows they read', () => {
  const PAGE = [
    'Pinboard',
    'Upcycled crate bookshelf',
    'Saved from makersyard.example',
    'Three wine crates, a sander and a weekend. Full steps on the blog, with the screws and the stain we used.',
    '6 comments',
    'ruthmakes',
    'Did you fix them to the wall? Ours would tip with a toddler about.',
    '2y  Reply  ♥ 3',
    'crate_crafter',
    'Yes, two L brackets behind the top crate.',
    '2y  Reply  ♥',
    'Odile',
    'Love the colour of the stain!',
    '14mo  Reply  ♥',
    'benj.builds',
    'Where do you even get wine crates now?',
    '9mo  Reply  ♥ 2',
    'Add a comment',
    'More to explore',
  ].join('\n');

  it('reads every row under a comment as its buttons, not as its text', () => {
    expect(authorsAndTexts(PAGE)).toEqual([
      ['ruthmakes', 'Did you fix them to the wall? Ours would tip with a toddler about.'],
      ['crate_crafter', 'Yes, two L brackets behind the top crate.'],
      ['Odile', 'Love the colour of the stain!'],
      ['benj.builds', 'Where do you even get wine crates now?'],
    ]);
  });
});

describe('a printed nesting level at the top of most header stacks is no button', () => {
  const comment = (level: number, name: string, when: string, text: string) => [`level ${level}`, name, `· ${when}`, text, 'Reply Share'];
  const PAGE = [
    'r/birding',
    'Posted by u/marsh_harrier_fan',
    'First osprey of the year over the estuary this morning',
    'Came in low from the south at about 7am and took a fish right in front of the hide. Anyone else seeing them back yet?',
    '5 comments',
    ...comment(1, 'tern_again', '3 hr. ago', 'Two at the reservoir yesterday, same time of day.'),
    ...comment(1, 'kestrel_kid', '3 hr. ago', 'Jealous, none here yet. Which hide was it?'),
    ...comment(2, 'marsh_harrier_fan', '2 hr. ago', 'The one by the old sluice gate, first thing in the morning.'),
    ...comment(1, 'wader_watch', '2 hr. ago', 'Great timing, the tide was right for it.'),
    ...comment(1, 'owl_at_dusk', '1 hr. ago', 'Lovely. Ours usually turn up mid April.'),
  ].join('\n');

  it('keeps each level in its header, so the reply nests under the comment above it', () => {
    const page = splitText(PAGE);
    expect(page.comments.map((c) => [c.author, c.header?.text.split('\n')[0]])).toEqual([
      ['tern_again', 'level 1'],
      ['kestrel_kid', 'level 1'],
      ['marsh_harrier_fan', 'level 2'],
      ['wader_watch', 'level 1'],
      ['owl_at_dusk', 'level 1'],
    ]);
    expect(page.comments[2]!.parentId).toBe(page.comments[1]!.id);
  });
});

describe("a writer's signature under each of their comments is their text, not a button row", () => {
  const names = ['rootsman', 'Ellen P', 'gridiron_gus', 'Marta', 'tailgate_tom', 'Hal', 'Priya S', 'coach_k_fan'];
  const others = names.flatMap((name, i) => [`by ${name} on Aug ${i + 2}, 2026 10:0${i} AM`, `Comment number ${i + 1} about the depth chart and the new corner.`]);
  const signed = (day: number) => [`by Seminole_Sam on Aug ${day}, 2026 11:30 AM`, 'The new corner starts in week three, mark my words.', '', 'Follow @SamOnTheSideline'];
  const PAGE = [
    'Tomahawk Talk',
    'Depth chart released ahead of the opener',
    'The coaching staff released the first depth chart of the season on Monday, with two freshmen listed as starters.',
    'Comments',
    ...signed(1),
    ...others.slice(0, 6),
    ...signed(5),
    ...others.slice(6),
    ...signed(12),
    'by late_kick on Aug 13, 2026 9:15 AM',
    'Agree on the corner, the other freshman is a year away.',
    '© 2026 Tomahawk Talk',
  ].join('\n');

  it('keeps the signature lines in each signed comment', () => {
    const page = splitText(PAGE);
    const sam = page.comments.filter((c) => c.author === 'Seminole_Sam');
    expect(sam.map((c) => c.text.endsWith('\n\nFollow @SamOnTheSideline'))).toEqual([true, true, true]);
  });
});

describe('a header line ending in an age in an unknown language, and a labelled reply-to line under it', () => {
  const comment = (header: string, lines: string[]) => [header, ...lines, 'Válasz · Jelentés'];
  const PAGE = [
    'Városi Hírek',
    'Belföld  Gazdaság  Sport',
    'Új kerékpárút épül a folyóparton',
    'A város tavasszal kezdi építeni a folyóparti kerékpárutat, amely két kerületet köt össze. A munkák várhatóan egy évig tartanak.',
    'Hozzászólások (5)',
    ...comment('kovacs_p · 3 órája', ['Végre! Eddig az autók között kellett tekerni.']),
    ...comment('Nagy Eszter · 2 órája', ['válasz neki: kovacs_p', 'És a gyalogosok hol fognak menni?']),
    ...comment('bringas77 · 95 perce', ['Egy év túl hosszú egy ilyen rövid szakaszra.']),
    ...comment('Tamás · 40 perce', ['A híd alatti rész a legveszélyesebb, ott kellene kezdeni.']),
    ...comment('kovacs_p · 12 perce', ['válasz neki: Nagy Eszter', 'A terv szerint külön sávot kapnak.']),
    '© 2026 Városi Hírek',
  ].join('\n');

  it('reads each line as a header by its repetition, whatever the unit word', () => {
    expect(authorsAndTexts(PAGE)).toEqual([
      ['kovacs_p', 'Végre! Eddig az autók között kellett tekerni.'],
      ['Nagy Eszter', 'És a gyalogosok hol fognak menni?'],
      ['bringas77', 'Egy év túl hosszú egy ilyen rövid szakaszra.'],
      ['Tamás', 'A híd alatti rész a legveszélyesebb, ott kellene kezdeni.'],
      ['kovacs_p', 'A terv szerint külön sávot kapnak.'],
    ]);
  });

  it('takes a label and the name of a writer above for the reply\u2019s parent', () => {
    expect(splitText(PAGE).comments.map((c) => c.parentId)).toEqual([null, 'c1', null, null, 'c2']);
  });

  it('leaves a label and a colon before a name nobody above wrote under as text', () => {
    const page = PAGE.replace('válasz neki: kovacs_p', 'Köszönet: Városi Hírek');
    expect(splitText(page).comments[1]!.text).toBe('Köszönet: Városi Hírek\nÉs a gyalogosok hol fognak menni?');
  });
});

describe('the thread\u2019s button row with one more field at its end', () => {
  const comment = (name: string, text: string, row: string) => [name, text, row];
  const PAGE = [
    'Kertészlap',
    'Mikor ültessük a fokhagymát?',
    'Az őszi ültetésű fokhagyma október közepétől november elejéig kerülhet a földbe, a fagyok előtt legalább három héttel.',
    'Hozzászólások',
    ...comment('Szabó Ilona', 'Én mindig halottak napja előtt ültetem, eddig bevált.', 'Tetszik · Válasz · 12 · 3n'),
    ...comment('kertes_bela', 'Homokos talajban mélyebbre kell tenni, különben kifagy.', 'Tetszik · Válasz · 4 · 3n · Szerkesztve'),
    ...comment('Varga Péter', 'Tavasszal is lehet, csak kisebb fejeket hoz.', 'Tetszik · Válasz · 7 · 2n'),
    ...comment('Mária', 'A bolti fokhagyma is kihajt, de nem mindig.', 'Tetszik · Válasz · 2 · 1n'),
    ...comment('Szabó Ilona', 'Idén a vakondok ették meg a felét.', 'Tetszik · Válasz · 1 · 5ó'),
    '© 2026 Kertészlap',
  ].join('\n');

  it('leaves the longer row out of the comment text, as the others', () => {
    expect(splitText(PAGE).comments.map((c) => c.text)).toEqual([
      'Én mindig halottak napja előtt ültetem, eddig bevált.',
      'Homokos talajban mélyebbre kell tenni, különben kifagy.',
      'Tavasszal is lehet, csak kisebb fejeket hoz.',
      'A bolti fokhagyma is kihajt, de nem mindig.',
      'Idén a vakondok ették meg a felét.',
    ]);
  });
});

describe('a label and a writer\u2019s name under a header, printed once', () => {
  // Review finding: any short label and a colon before an earlier writer's name was read as the
  // site's reply-to line. The site prints its label on every reply; a reader's line is one of a kind.
  const comment = (header: string, lines: string[]) => [header, ...lines, 'Válasz · Jelentés'];
  it('stays the comment\u2019s text and gives no parent', () => {
    const PAGE = [
      'Városi Hírek',
      'Új kerékpárút épül a folyóparton',
      'A város tavasszal kezdi építeni a folyóparti kerékpárutat, amely két kerületet köt össze. A munkák várhatóan egy évig tartanak.',
      'Hozzászólások (4)',
      ...comment('kovacs_p · 3 órája', ['Végre! Eddig az autók között kellett tekerni.']),
      ...comment('Nagy Eszter · 2 órája', ['Köszönet: kovacs_p', 'Ő írta meg először a tanácsnak a levelet.']),
      ...comment('bringas77 · 95 perce', ['Egy év túl hosszú egy ilyen rövid szakaszra.']),
      ...comment('Tamás · 40 perce', ['A híd alatti rész a legveszélyesebb, ott kellene kezdeni.']),
      '© 2026 Városi Hírek',
    ].join('\n');
    const second = splitText(PAGE).comments[1]!;
    expect([second.text, second.parentId]).toEqual(['Köszönet: kovacs_p\nŐ írta meg először a tanácsnak a levelet.', null]);
  });
});

describe('"· number word" at a line’s end is a relative date only when the word counts time', () => {
  const LEAD = [
    'Five short breaks by train this winter',
    '',
    'We asked readers where they go when the days get short, and these were the trips they booked again and again.',
    '',
  ];
  const item = (label: string, text: string) => [label, '', text, ''];
  const TEXTS = [
    'The markets and the arcades are best on a weekday, and the hotels are cheaper then too.',
    'Walk the walls early, before the coaches arrive, and book the minster tour ahead.',
    'Go in the first week of December, when the lights are up but the crowds are thin.',
  ];
  it.each([
    ['nights', ['Leeds · 3 nights', 'York · 2 nights', 'Edinburgh · 4 nights']],
    ['people', ['Riverside pitch · 2 people', 'Woodland pitch · 4 people', 'Meadow pitch · 6 people']],
    ['stops', ['Coast line · 5 stops', 'Valley line · 9 stops', 'Border line · 3 stops']],
  ])('an article’s list counting %s gives no comments', (_unit, labels) => {
    const page = [...LEAD, ...labels.flatMap((label, i) => item(label, TEXTS[i]!)), 'Prices were checked in October and may have changed since.', '', '© 2026 Rail Weekly'];
    expect(authorsAndTexts(page.join('\n'))).toEqual([]);
  });

  it.each([
    ['Swedish', ['Lena · 3 tim', 'Nils_B · 2 tim', 'kaffe_karin · 1 tim']],
    ['Hungarian (units no list knows, changing down the thread)', ['kovacs_p · 3 órája', 'bringas77 · 95 perce', 'Tamás · 40 perce']],
    ['Dutch', ['Femke_V · 5 uur', 'Harm Jansen · 4 uur', 'fietsfan71 · 2 uur']],
    ['Dutch, minutes and hours', ['Femke_V · 5 minuten', 'Harm Jansen · 4 uur', 'fietsfan71 · 2 minuten']],
    ['Spanish, minutes and hours', ['Lucia_V · 5 minutos', 'Pablo Ruiz · 4 horas', 'ciclista71 · 20 minutos']],
    ['Polish, minutes throughout', ['ola_k · 5 minut', 'Marek K. · 12 minut', 'wrzeszczanin_84 · 40 minut']],
    ['Croatian, one unit no list knows beside a known one', ['kovac_p · 5 minuta', 'Ivana M. · 2 sata', 'zagreb77 · 40 minuta']],
  ])('a %s thread of "name · number unit" headers keeps its comments', (_language, headers) => {
    const page = [...LEAD, 'Prices were checked in October and may have changed since.', '', 'Comments', '', ...headers.flatMap((header, i) => item(header, TEXTS[i]!)), '© 2026 Rail Weekly'];
    expect(authorsAndTexts(page.join('\n')).map(([, text]) => text)).toEqual(TEXTS);
  });
});
