import { describe, it, expect } from 'vitest';
import { tagComments } from '../src/index.js';

/**
 * A reply with no stance of its own to a comment that disputed its parent carries the dispute on
 * (src/tag/stance/thread.ts). Threads of three rows: a claim, a rebuttal, and the reply under test.
 */
const CLAIM = 'The new ferry timetable adds two sailings on Sundays.';
const REBUTTAL = "That's not true, the Sunday sailings were cut in May.";

function third(text: string, rebuttal = REBUTTAL) {
  const rows = [
    { id: 'a', text: CLAIM, articleText: 'Ferry timetable changes announced for the summer season.' },
    { id: 'b', text: rebuttal, parentId: 'a' },
    { id: 'c', text, parentId: 'b' },
  ];
  return tagComments(rows).at(-1)!.stance.toParent;
}

describe('stance read from the thread: a reply answering a rebuttal', () => {
  it.each([
    // Negative wording of its own, aimed at the rebuttal.
    ["@kim it doesn't run on Sundays at all, the sheet is old.", 'deny'],
    ['Cut in May and put back in June, check the site.', 'deny'],
    ["Nobody cut anything, you can't read a timetable.", 'deny'],
    // No negative word: a counter-fact long enough to answer the rebuttal still carries the dispute on.
    ['The harbour office posted the new sheet on Friday, two extra runs at 9 and 17.', 'deny'],
    ['Put back in June, two extra runs.', 'deny'],
    // Too short to be more than an acknowledgement, or thanks.
    ['Right, the June sheet.', 'comment'],
    ['Thanks, I will check the June sheet at the harbour.', 'comment'],
    // Five words or more that are no counter-fact: thanks or warmth in other words, a link, laughter,
    // a reply in another language the detector could not name.
    ['Cheers mate, I will have a look at it tonight.', 'comment'],
    ['Great, really appreciate the update from you.', 'comment'],
    ['Ty, will check the harbour website later today.', 'comment'],
    ['@kim https://example.com/ferry/timetable/sundays/2026', 'comment'],
    ['lol lol lol lol lol', 'comment'],
    ['Não sabia disso, obrigado pela informação amigo.', 'comment'],
    // Thanks or praise take the rebuttal: no dispute to carry on.
    ['Thanks Sam, appreciate it.', 'comment'],
    ['Great, appreciate the update.', 'comment'],
    // A reply with its own reading keeps it.
    ['Are you sure? Where did you read that?', 'query'],
  ])('%s -> %s', (text, label) => {
    expect(third(text).label).toBe(label);
  });

  // No dispute carried on: the reply concedes, acknowledges, thanks in any language, adds to the
  // rebuttal's case, shrugs, jokes or changes the topic.
  it.each([
    'Sorry, I got that wrong.',
    'Oops, I misread the sheet.',
    "I was looking at last year's sheet, sorry.",
    'Oh, I see.',
    'Ok.',
    'Noted.',
    'Hmm.',
    'Tack!',
    'Спасибо!',
    'Danke!',
    'Gracias!',
    'Dzięki.',
    'Takk!',
    'And the Saturday ones too, which is worse.',
    'Also the Saturday ones were cut.',
    'Even worse, the last boat goes at six now.',
    'Who knows anymore?',
    "Not sure, I don't take the ferry.",
    'Anyway, the harbour car park is closed until June.',
    'My dog would swim across faster anyway.',
  ])('%s -> comment', (text) => {
    expect(third(text).label).toBe('comment');
  });

  it('reads the same parents whatever the row order (a reply may come before its parent)', () => {
    const rows = [
      { id: 'a', text: CLAIM, articleText: 'Ferry timetable changes announced for the summer season.' },
      { id: 'b', text: REBUTTAL, parentId: 'a' },
      { id: 'c', text: 'Cut in May and put back in June, check the site.', parentId: 'b' },
    ];
    const labels = (list: typeof rows) => Object.fromEntries(tagComments(list).map((r) => [r.id, r.stance.toParent.label]));
    const oldestFirst = labels(rows);
    expect(oldestFirst.c).toBe('deny');
    expect(labels([...rows].reverse())).toEqual(oldestFirst);
    expect(labels([rows[2]!, rows[0]!, rows[1]!])).toEqual(oldestFirst);
  });

  it('cuts long evidence between characters, not inside a surrogate pair', () => {
    const opening = 'Cut in May and put back in June, ' + 'with runs at nine and five on the harbour sheet, '.repeat(4);
    const text = opening.slice(0, 159) + '🚢 and two extra runs.';
    const [evidence] = third(text).evidence;
    expect(evidence).toBeDefined();
    expect(text.slice(evidence!.start, evidence!.end)).toBe(evidence!.text);
    const last = evidence!.text.charCodeAt(evidence!.text.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });

  it('needs the parent to dispute: a reply under a plain comment stays a comment', () => {
    expect(third("@kim it doesn't run on Sundays at all, the sheet is old.", 'I usually take the early boat anyway.').label).toBe('comment');
  });

  // A top-level comment that denies the article is a rebuttal too: a reply with negative wording
  // under it defends the article; one that changes the topic or thanks does not.
  it.each([
    ["They weren't cut, the harbour sheet still lists both.", 'deny'],
    ['Anyway, the harbour car park is closed until June.', 'comment'],
    ['Thanks, I never check the sheet.', 'comment'],
  ])('under a denial of the article: %s -> %s', (text, label) => {
    const rows = [
      { id: 'a', text: "That's not true, the Sunday sailings were cut in May.", articleText: CLAIM },
      { id: 'b', text, parentId: 'a' },
    ];
    expect(tagComments(rows).at(-1)!.stance.toParent.label).toBe(label);
  });

  it('points its evidence at the reply’s opening sentence, with its rule', () => {
    const text = "@kim The harbour office never posted a new sheet. Two extra runs, not cut.";
    const stance = third(text);
    expect(stance.evidence).toHaveLength(1);
    const [evidence] = stance.evidence;
    expect(evidence!.rule).toBe('stance/continues-dispute');
    expect(text.slice(evidence!.start, evidence!.end)).toBe(evidence!.text);
    expect(evidence!.text).toBe('The harbour office never posted a new sheet.');
  });
});

describe('stance read from the thread: a yes under a factual question', () => {
  function answer(question: string, text: string) {
    const rows = [
      { id: 'q', text: question, articleText: 'The new kettle has a 1.7 litre glass jug and a 360 degree base.' },
      { id: 'a', text, parentId: 'q' },
    ];
    return tagComments(rows).at(-1)!.stance;
  }

  it.each([
    ['Does the base swivel all the way round? I am left-handed.', 'Yes, you can put it down any way round.', 'comment'],
    ['Is there a descaling setting on this one?', 'Yep. Hold the lid button for five seconds.', 'comment'],
    // No factual question: the yes agrees with a claim.
    ['The glass jug is the best part, you can see the scale building up.', 'Yes, that is why I bought it.', 'support'],
    // More than a bare yes: the reply's other cue still counts.
    ['Is it really that loud?', 'Yes, I agree with the other reviews, it roars.', 'support'],
  ])('%s / %s -> %s', (question, text, label) => {
    const stance = answer(question, text);
    expect(stance.toParent.label).toBe(label);
    // The parent is the thread's root: toSource is the same reading.
    expect(stance.toSource?.label).toBe(label);
  });

  it('reads the answer the same when it comes before its question (a newest-first export)', () => {
    const rows = [
      { id: 'q', text: 'Is there a descaling setting on this one?', articleText: 'The new kettle has a 1.7 litre glass jug and a 360 degree base.' },
      { id: 'a', text: 'Yep. Hold the lid button for five seconds.', parentId: 'q' },
    ];
    expect(tagComments([rows[1]!, rows[0]!])[0]!.stance.toParent.label).toBe('comment');
  });
});

describe('stance read from the thread: a reply in another language under a statement', () => {
  // A parent statement (no question), then the reply under test; the cues barely read the reply's language.
  function reply(parent: string, text: string) {
    const rows = [
      { id: 'a', text: parent, articleText: 'Der Fahrplan der Fähre ändert sich ab Juni.' },
      { id: 'b', text, parentId: 'a' },
    ];
    return tagComments(rows).at(-1)!.stance.toParent;
  }
  const STATEMENT = 'Die Fähre fährt ab Juni sonntags zweimal mehr, das ist eine gute Nachricht für uns.';

  it.each([
    // A cue-less statement in a detected language other than English with a negator of its language takes the parent on.
    ['Im Juni fahren sonntags nicht mehr Fähren als im Winter, der Plan hängt am Hafen.', 'deny'],
    ['Im Hafenbüro hängt der neue Plan seit Freitag und auf dem steht nichts von mehr Fähren.', 'deny'],
    ['El horario de junio no tiene más salidas los domingos que el de invierno, lo miré ayer.', 'deny'],
    ['Nadie en el puerto sabe de esas salidas, el horario de junio sigue igual.', 'deny'],
    ['Летом по воскресеньям паромов не больше, чем зимой, я смотрел расписание.', 'deny'],
    ['六月的周日班次没有增加，码头的时刻表还是老样子。', 'deny'],
    // With no negator the language alone is no evidence: a like case, a plan, a fact added.
    ['Im Juni fahren sonntags genau gleich viele Fähren wie im Winter, der Plan hängt am Hafen.', 'comment'],
    ['Im Hafenbüro hängt der neue Plan seit Freitag, am Sonntag bleiben es vier Abfahrten wie bisher.', 'comment'],
    ['El horario de junio tiene las mismas salidas los domingos que el de invierno, lo miré ayer.', 'comment'],
    // Portuguese 'no' is 'in the', no negator.
    ['O horário de junho está no painel do porto desde sexta, com quatro saídas ao domingo.', 'comment'],
    // A negating character or ending inside a word that negates nothing: Chinese 特别 'especially',
    // 别人 'others', 不错 'good', 无论 'whatever'; Japanese 少ない 'few', まもなく 'soon'; Hindi मत
    // 'opinion'; Hebrew אף 'even' (a negator only in אף אחד 'nobody', אף פעם 'never').
    ['我上周末坐了这班船，船上的咖啡特别好喝，孩子们都很开心。', 'comment'],
    ['我和别人一起去了码头，时刻表贴在售票处旁边的墙上。', 'comment'],
    ['这个码头的新候船厅不错，座位多了，还有热水可以用。', 'comment'],
    ['无论如何我们周日都会去岛上看看新开的那家餐厅。', 'comment'],
    ['新しい時刻表は港の事務所に貼ってあって、日曜の便が少ないのが残念です。', 'comment'],
    ['まもなく新しい船が来るそうで、港の人たちも楽しみにしています。', 'comment'],
    ['मेरा मत है कि रविवार को नाव से द्वीप जाना सबसे अच्छा रहेगा।', 'comment'],
    ['אף על פי כן נלך ביום ראשון עם הילדים לאי בסירה של תשע.', 'comment'],
    // The same languages' negators: Chinese 别 'don't', Japanese ない after a verb, Hindi नहीं, Hebrew אף פעם.
    ['别听他的，周日的班次和冬天一样，码头贴着时刻表。', 'deny'],
    ['日曜の便は増えていないよ、港の時刻表を見てきた。', 'deny'],
    ['रविवार को कोई नई नाव नहीं है, मैंने बंदरगाह पर समय सारणी देखी।', 'deny'],
    ['ביום ראשון אף פעם היו רק ארבע הפלגות, גם ביוני.', 'deny'],
    // Thanks take the parent's word; a reply too short states nothing.
    ['Danke für die Info, dann plane ich den Ausflug am Sonntag mit der Fähre um neun Uhr.', 'comment'],
    ['Muchas gracias por avisar, así podemos ir a la isla el domingo por la mañana.', 'comment'],
    ['Echt jetzt?!', 'query'],
    // Gladness takes the parent's word as thanks do; warmth under a negator does not.
    ['Super, dann fahren wir am Sonntag mit den Kindern auf die Insel.', 'comment'],
    ['Qué bien, así podemos ir a la isla con los niños el domingo.', 'comment'],
    ['Génial, on prendra le bateau de neuf heures avec les enfants.', 'comment'],
    ['Gar nicht super: im Juni fahren sonntags gleich viele Fähren wie im Winter, der Plan hängt am Hafen.', 'deny'],
  ])('%s -> %s', (text, label) => {
    const stance = reply(STATEMENT, text);
    expect(stance.label).toBe(label);
    if (label === 'deny') expect(stance.evidence.map((e) => e.rule)).toEqual(['stance/answers-statement']);
  });

  it.each([
    'I take the early boat on Sundays and the harbour cafe opens at eight.',
    // Read as Portuguese by the detector (it counts 'a' for Portuguese only), English by 'should'.
    'A harbour museum! Someone should put a map up.',
  ])('leaves an English reply with no cue a comment: %s', (text) => {
    expect(reply('The ferry runs twice more on Sundays from June, good news for us.', text).label).toBe('comment');
  });

  it('reads an answer under a question as an answer, not a denial', () => {
    expect(reply('Fährt die Fähre im Juni auch sonntags um neun Uhr?', 'Im Hafenbüro hängt der neue Plan seit Freitag, am Sonntag bleiben es vier Abfahrten wie bisher.').label).toBe('comment');
  });

  it('points its evidence at the reply’s opening sentence, with its rule', () => {
    const text = 'Im Juni fahren sonntags nicht mehr Fähren als im Winter. Der Plan hängt am Hafen.';
    const stance = reply(STATEMENT, text);
    expect(stance.label).toBe('deny');
    const [evidence] = stance.evidence;
    expect(evidence!.rule).toBe('stance/answers-statement');
    expect(text.slice(evidence!.start, evidence!.end)).toBe(evidence!.text);
    expect(evidence!.text).toBe('Im Juni fahren sonntags nicht mehr Fähren als im Winter.');
  });
});
