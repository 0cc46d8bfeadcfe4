/**
 * The listing rules (listed-items.ts, and the headline list of comments.ts) on comment threads
 * they could take for listings: short replies, one writer answering many, a regular writing most
 * posts, readers signing with a placeholder or a badge, posts with links, threads in other
 * languages, reviews, forum posts, Q&A answers, guestbooks, live blogs. Every thread here stays a
 * thread; the last table holds the listings of the same shapes that stay listings. Every input
 * is invented here.
 */
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE as ARTICLE, splitChecked } from './text-pages.js';

const FOOTER = ['About us\nContact\nPrivacy', '', '© 2026 Harbour Gazette'];
const commentsOf = (lines: string[]) => splitChecked([...ARTICLE, ...lines, ...FOOTER].join('\n')).comments;

type Post = [string, string];
/** "Name / date", a blank line, the comment. */
const named = (posts: Post[], date = 'December 3, 2025') => posts.flatMap(([name, text]) => [name, date, '', text, '']);
/** The same comments under one signer the site prints for everyone ("Anonymous", "Verified Buyer"). */
const signedAll = (signer: string, posts: Post[]) => posts.flatMap(([, text]) => [signer, 'December 3, 2025', '', text, '']);

const SHORT: Post[] = [['Mike Dunn', 'Agreed'], ['Sara Lee', 'Not so sure about that'], ['Mike Dunn', 'Why not?'], ['Sara Lee', 'Fares will go up'], ['Mike Dunn', 'We will see']];
const THANKS: Post[] = [
  ['Mike Dunn', 'Thanks for the update, good to hear.'],
  ['Sara Lee', 'Thanks, this matters to older residents.'],
  ['Tom Ellis', 'Thanks to the campaigners who kept at it.'],
  ['Ruth Hale', 'Thanks, but what about the Friday boat?'],
];
const LINKS: Post[] = [
  ['Mike Dunn', 'Full timetable here: https://example.org/ferry/winter'],
  ['Sara Lee', 'The council minutes are at https://example.org/minutes/2025-11'],
  ['Tom Ellis', 'Past coverage of the trial: www.example.org/news/ferry-trial'],
];
/** A regular writes four posts of five without "I" and without naming the other writer. */
const REGULAR: Post[] = [
  ['Mike Dunn', 'Fares will rise in spring, mark these words.'],
  ['Mike Dunn', 'Why does nobody ask the islanders?'],
  ['Mike Dunn', 'The old pier should have been fixed first.'],
  ['Mike Dunn', 'Queues on the mainland side doubled last winter.'],
  ['Sara Lee', 'Good news at last.'],
];
const CROATIAN: Post[] = [
  ['Ivan Horvat', 'Ja mislim da je trajekt preskup za otočane.'],
  ['Ivan Horvat', 'Zašto nitko ne pita stanovnike otoka?'],
  ['Marko Kovač', 'Konačno dobra vijest za otok.'],
  ['Ivan Horvat', 'Moj susjed svaki tjedan putuje u bolnicu.'],
  ['Ivan Horvat', 'Cijene će opet rasti na proljeće.'],
];
const ANSWERS: Post[] = [
  ['Harbour Ferries', 'Thanks for the feedback, the Friday boat stays.'],
  ['Harbour Ferries', 'Fares are fixed until the spring review.'],
  ['Harbour Ferries', 'Yes, from the first to the last sailing.'],
  ['Harbour Ferries', 'Timetables are on the website from Monday.'],
];
/** Title-cased replies, the second naming the first writer. */
const TITLED: Post[] = [
  ['Mike Dunn', 'Great News For The Island'],
  ['Sara Lee', 'Totally Agree With Mike'],
  ['Mike Dunn', 'About Time Really'],
  ['Sara Lee', 'Hospital Trips Become Easier'],
  ['Mike Dunn', 'Waiting Room Sounds Lovely'],
];

describe('threads of every shape stay threads', () => {
  const cases: [string, string[], number][] = [
    ['two writers trading short replies', named(SHORT), 5],
    ['every reply opening with the same word', named(THANKS), 4],
    ['a regular writing four posts of five, no "I", no one named', named(REGULAR), 5],
    ['the same regular on a longer thread, five of six', named([...REGULAR, ['Mike Dunn', 'Nobody listens to the island council anyway.']]), 6],
    ['a Croatian regular, first person in two posts of five', named(CROATIAN), 5],
    ['the Croatian thread under "Gost" (guest)', signedAll('Gost', CROATIAN), 5],
    ['the operator answering under "N Comments"', ['4 Comments', '', ...named(ANSWERS)], 4],
    ['title-cased replies naming each other under "N Comments"', ['5 Comments', '', ...named(TITLED)], 5],
    ['title-cased replies of two writers under "N Comments"', ['5 Comments', '', ...named(TITLED.map(([name, text]) => [name, text.replace('With Mike', 'Here')]))], 5],
    ['posts sharing links', named(LINKS), 3],
    ['posts sharing links, every one "Anonymous"', signedAll('Anonymous', LINKS), 3],
    ['posts sharing links, every one "Visitor"', signedAll('Visitor', LINKS), 3],
    ['"Unregistered" over every post', signedAll('Unregistered', THANKS), 4],
    ['"Anonymous Coward" over every post', signedAll('Anonymous Coward', THANKS), 4],
    ['"A reader" over every post', signedAll('A reader', THANKS), 4],
  ];
  it.each(cases)('%s', (_, lines, count) => {
    expect(commentsOf(lines)).toHaveLength(count);
  });

  it('the regular keeps his name on his posts', () => {
    expect(commentsOf(named(REGULAR)).map((c) => c.author)).toEqual(REGULAR.map(([name]) => name));
  });
});

describe('reviews, forums, Q&A, guestbooks and live blogs', () => {
  const STARS = [
    ['★★★★★', 'Great ferry service', 'Verified Buyer · Dec 3, 2025', 'Clean boat, friendly crew and always on time.'],
    ['★★★★☆', 'Good but pricey', 'Verified Buyer · Nov 28, 2025', 'Crossing was smooth but the café is expensive.'],
    ['★★★★★', 'Perfect for commuters', 'Verified Buyer · Nov 20, 2025', 'Takes the stress out of hospital visits.'],
  ].flatMap((review) => [...review, '']);
  const REVIEWS: Post[] = [['Kate M.', 'Comfortable seats, friendly crew, on time every day.'], ['Tom B.', 'Good value for the crossing. Café could be cheaper.'], ['Ruth H.', 'Clean, quiet and warm. Recommended.']];
  const cases: [string, string[], number][] = [
    ['star reviews signed "Verified Buyer", no count above', STARS, 3],
    ['star reviews under "3 Reviews"', ['3 Reviews', '', ...STARS], 3],
    ['reviews under "Name / Verified Purchase / Reviewed in … on date"', REVIEWS.flatMap(([name, text], i) => [name, 'Verified Purchase', `Reviewed in the United Kingdom on ${3 + i} December 2025`, '', text, '']), 3],
    ['forum posts under "Re:" titles and post numbers', SHORT.flatMap(([name, text], i) => ['Re: Winter ferry timetable', `#${i + 2} ${name} » Dec 3, 2025, 4:1${i} pm`, '', `${text}.`, '']), 5],
    ['forum posts under rank and post count', THANKS.flatMap(([name, text], i) => [name, 'Senior Member', `Posts: ${100 + i * 37}`, '', 'Dec 3, 2025', '', text, '']), 4],
    ['answers under "Answer by Name / N upvotes"', THANKS.flatMap(([name, text], i) => [`Answer by ${name}`, `${12 - i} upvotes`, '', text, '']), 4],
    ['a guestbook of "Name wrote on date:" entries', THANKS.flatMap(([name, text], i) => [`${name} wrote on ${3 + i} December 2025:`, text, '']), 4],
    ['one user\'s posts under a handle, every one at a clock time (a comment history)', ANSWERS.flatMap(([, text], i) => [`1${i}:05`, 'harbour_ferries', '', text, '']), 4],
  ];
  it.each(cases)('%s', (_, lines, count) => {
    expect(commentsOf(lines)).toHaveLength(count);
  });
});

describe('threads in other languages, one writer leading', () => {
  const cases: [string, Post[]][] = [
    ['French', [['Jean Dupont', 'Enfin une bonne nouvelle pour les habitants de l’île.'], ['Marie Claire', 'Les tarifs vont augmenter au printemps, c’est certain.'], ['Jean Dupont', 'La salle d’attente chauffée est une excellente idée.']]],
    ['Dutch', [['Jan de Vries', 'Eindelijk goed nieuws voor het eiland.'], ['Jan de Vries', 'De prijzen gaan in het voorjaar omhoog.'], ['Jan de Vries', 'Een verwarmde wachtruimte is een goed idee.'], ['Piet Jansen', 'Dat wordt tijd.']]],
    ['Czech', [['Jan Novák', 'Já bych to nechal tak, jak to bylo.'], ['Jan Novák', 'Můj soused jezdí do nemocnice každý týden.'], ['Jan Novák', 'Ceny na jaře zase porostou.'], ['Petr Svoboda', 'Konečně dobrá zpráva.']]],
    ['Hungarian', [['Kovács Péter', 'Szerintem ez nagyon jó hír a szigetnek.'], ['Kovács Péter', 'Nekem minden héten kórházba kell mennem.'], ['Kovács Péter', 'Az árak tavasszal megint emelkednek.'], ['Nagy Anna', 'Végre valami jó hír.']]],
    ['Romanian', [['Ion Popescu', 'Prețurile vor crește din nou în primăvară.'], ['Ion Popescu', 'De ce nu întreabă nimeni locuitorii?'], ['Ion Popescu', 'Vecinul meu merge la spital în fiecare săptămână.'], ['Maria Ionescu', 'În sfârșit o veste bună.']]],
  ];
  it.each(cases)('%s: every post a comment under its writer', (_, posts) => {
    expect(commentsOf(named(posts)).map((c) => c.author)).toEqual(posts.map(([name]) => name));
  });
});

describe('listings of the same shapes stay listings', () => {
  const BLURBS = [
    'These genius coat hooks are perfect for a narrow hallway by the door.',
    'A beautiful and simple plant stand for the corner of the living room.',
    'Upgrade your bathroom mirror for less than the price of a takeaway.',
    'A simple modern hanging planter that fits every window frame.',
  ];
  const cases: [string, string[]][] = [
    // A name-shaped label on every item is the page's own field, not a regular among other writers.
    ['a name-shaped field label ("Photo Credit") over every item', BLURBS.flatMap((text) => ['Photo Credit', 'December 3, 2025', '', text, ''])],
    ['a role label ("Guest Author") over four items of five, "Staff" over one', named([['Guest Author', BLURBS[0]!], ['Guest Author', BLURBS[1]!], ['Staff', BLURBS[2]!], ['Guest Author', BLURBS[3]!], ['Guest Author', BLURBS[0]!]])],
    ['a desk signing four posts of five', named([['Harbour Desk', BLURBS[0]!], ['Harbour Desk', BLURBS[1]!], ['Island News', BLURBS[2]!], ['Harbour Desk', BLURBS[3]!], ['Harbour Desk', BLURBS[0]!]])],
    ['one writer over every item, no one else', named(ANSWERS)],
    // A desk's timed entries are its live blog, the article (tune fixture 299 keeps them in the body), not readers' posts.
    ['a live blog signed by its desk, every entry at a clock time', ANSWERS.flatMap(([, text], i) => [`1${i}:05`, 'Harbour Desk', '', text, ''])],
  ];
  it.each(cases)('%s: no comments', (_, lines) => {
    expect(commentsOf(lines)).toEqual([]);
  });
});

/**
 * Words of the first-person list that are common words of another language ("ja" is German,
 * Dutch and Nordic "yes", "já" Portuguese "already", "JO" the French Olympics, "Jo" a given name),
 * or one-word labels a blurb prints as a word (read as a first name, a conversation): a listing
 * holding them stays a listing. Each row's blurbs without the word are a listing too.
 */
describe('listings whose blurbs hold another language\'s common word or another label stay listings', () => {
  const labelled = (label: string, blurbs: string[]) => blurbs.flatMap((text) => [label, 'December 3, 2025', '', text, '']);
  const cases: [string, string[]][] = [
    ['German field values "…: Ja."', labelled('Angebot', ['Fahrradmitnahme möglich: Ja. Preis pro Überfahrt 4 Euro.', 'Hunde erlaubt: Ja. Maulkorb an Bord Pflicht.', 'Kabine buchbar: Nein. Sitzplätze frei wählbar.', 'Barrierefrei: Ja. Aufzug am Anleger.'])],
    ['Portuguese blurbs with "já" (already)', labelled('Notícias', ['Já está disponível o novo horário de inverno do ferry.', 'A obra do cais já custa o dobro do previsto.', 'Visitas ao hospital subiram um terço no inverno.', 'O café do cais fecha para obras até março.'])],
    ['French blurbs with "JO" (the Olympics)', labelled('Actualité', ['JO 2024 : la flamme arrive sur l’île samedi.', 'Les bénévoles des JO recrutent encore au port.', 'Le ferry renforce ses rotations pendant les JO.', 'La mairie installe un écran géant sur le quai.'])],
    ['book blurbs naming writers called Jo', labelled('Bestseller', ['The new thriller by Jo Nesbø, set on a winter ferry.', 'A cookbook from Jo Pratt with island recipes.', 'A history of the harbour and its fishing fleet.', 'Poems of the sea, illustrated by Jo Baker.'])],
    [
      'one-word labels, a blurb opening with the other label ("Sport clubs …")',
      [...labelled('News', ['Council approves the new winter timetable after a long consultation.', 'Sport clubs on the island get a new ferry discount.']), ...labelled('Sport', ['Hospital visits from the island rose by a third during the trial.']), ...labelled('News', ['The café on the mainland side closes for refurbishment until March.', 'The pier upgrade will cost twice the first estimate, the board says.'])],
    ],
  ];
  it.each(cases)('%s: no comments', (_, lines) => {
    expect(commentsOf(lines)).toEqual([]);
  });
});

/**
 * First-person words that are everyday words elsewhere: "i" is "and" in Croatian, Serbian, Czech,
 * Polish and Catalan, "je" is "is" in Slovene, Croatian and Czech, "mine" a mine, "mig" Catalan
 * "half", "Mia" a name, "IO" input and output. Listings holding them stay listings; readers writing
 * "je", "i'm" or "io" in the first person under one label stay readers.
 */
describe('first person as written: other languages\' "i" and "je" are no writer speaking', () => {
  const labelled = (label: string, blurbs: string[]) => blurbs.flatMap((text) => [label, 'December 3, 2025', '', text, '']);
  const listings: [string, string[]][] = [
    ['Croatian news blurbs with "i" and "je"', labelled('Vijesti', ['Trajekt i autobus voze i zimi, a novi red plovidbe je objavljen.', 'Novi pontoni postavljeni su u marini i luka je dobila četrdeset vezova.', 'Spasioci su vježbali noću i helikopter je sletio na molo.', 'Lučka kapetanija je dobila novog zapovjednika nakon šest mjeseci.'])],
    ['Slovene news blurbs with "je"', labelled('Novice', ['Trajekt bo vozil tudi pozimi, je sporočil prevoznik.', 'V marini so postavili nove pomole, kar je prineslo štirideset privezov.', 'Reševalci so vadili ponoči, helikopter je pristal na pomolu.', 'Pristanišče je dobilo novega kapitana po šestih mesecih iskanja.'])],
    ['Czech news blurbs with "i" and "je"', labelled('Zprávy', ['Trajekt i autobus pojedou i v zimě, nový jízdní řád je zveřejněn.', 'V přístavu jsou nová mola a marina má čtyřicet nových stání.', 'Záchranáři cvičili v noci, vrtulník přistál i na molu.', 'Přístav má nového kapitána, výběr trval půl roku.'])],
    ['Catalan blurbs with "i" and "mig"', labelled('Notícies', ['El ferri triga una hora i mig fins al port del continent.', 'La marina té quaranta amarratges nous i un moll més llarg.', 'Els socorristes van fer un exercici de nit amb l’helicòpter.', 'El port estrena capità després de mig any de cerca.'])],
    ['English blurbs with "mine", "Mia" and "IO"', labelled('Heritage', ['The old tin mine reopens as a museum in the spring.', 'Mia Hart restores the harbour’s lifeboat house with the trust.', 'The pier webcam now streams through the new IO board.', 'A walk from the mine to the lighthouse opens in May.'])],
  ];
  it.each(listings)('%s: no comments', (_, lines) => {
    expect(commentsOf(lines)).toEqual([]);
  });

  const readers: [string, string[], number][] = [
    ['French reviews under "Achat vérifié", "je" opening them', labelled('Achat vérifié', ['Je recommande ce ferry, le personnel est très aimable.', 'Traversée calme, mais je trouve le café trop cher.', 'Je prends ce bateau chaque semaine pour l’hôpital.', 'Très propre et toujours à l’heure.']), 4],
    ['English reviews in lower case under "Past month"', labelled('Past month', ['i\'m happy with the crossing, always on time.', 'clean boat and friendly crew, i\'ve no complaints.', 'i\'d take the early sailing, the late one is busy.', 'good value for the price.']), 4],
    ['Italian reviews under "Acquisto verificato", "io" in lower case', labelled('Acquisto verificato', ['Traghetto puntuale, io lo prendo ogni settimana.', 'Personale gentile, la mia traversata è stata tranquilla.', 'Caffè caro, ma io torno volentieri.', 'Pulito e comodo.']), 4],
  ];
  it.each(readers)('%s', (_, lines, count) => {
    expect(commentsOf(lines)).toHaveLength(count);
  });
});
