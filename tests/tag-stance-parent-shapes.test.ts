import { describe, it, expect } from 'vitest';
import { findQuestions } from '../src/tag/questions/find.js';
import { viewOf } from '../src/text/view.js';
import { stanceToParent, parentVotes } from '../src/tag/stance/parent.js';
import { findQuantities } from '../src/tag/stance/quantities.js';
import { createAnalyzer } from '../src/analyzer/index.js';
import { spanViolations } from './spans.js';

const rulesOf = (text: string, parent: string, parentIsArticle = false) => parentVotes(text, parent, [], { parentIsArticle }).map((v) => v.key);

describe('a reply that takes up a figure its parent comment gave', () => {
  // Invented exchanges: [reply, parent, fires].
  const table: [string, string, boolean][] = [
    // Beside a dispute sign: a scale word, a negator, a contrast before it, a question.
    ['18 months is nowhere near long enough for a bus shelter.', 'They said the shelter would take 18 months to build.', true],
    ['£3.5m was never the whole bill for one roundabout.', 'The roundabout came in at £3.5m in the end.', true],
    ['But the 1,200 hours figure counts the test runs as well.', 'It took 1200 hours of flight time to certify it.', true],
    ['12% of what, though?', 'Prices rose 12% over the winter.', true],
    // 'except' before the figure turns against it as 'but' does (the shared contrast list).
    ['Except 40 minutes was the time before the roadworks started.', 'The drive into town takes 40 minutes.', true],
    // After the figure it turns nothing about it.
    ['40 minutes every day except Sundays, when it is 25.', 'The drive into town takes 40 minutes.', false],
    ['Only 3 weeks? Mine sat in the depot for two months.', 'Delivery was 3 weeks door to door.', true],
    ['It was more like 9 hours once you count the queue.', 'The crossing takes 9 hours.', true],
    // A repeated figure that agrees, thanks or follows up is no dispute.
    ['At 48% that is a fine showing, good for them.', 'Support reached 48% in the spring.', false],
    ['Cheers! €15 works for me.', 'The pass is €15 a week.', false],
    ['Ours also took 6 days.', 'The parcel took 6 days to arrive.', false],
    ['30 months. Blimey.', 'She got 30 months for the burglaries.', false],
    ['And $1.8m this spring as well.', 'The appeal raised $1.8m last spring.', false],
    ['$1.8m is a big sum, money well used though.', 'The appeal raised $1.8m last spring.', false],
    ['7 hours, no complaints from me.', 'The battery lasts 7 hours.', false],
    // The review's support and echo replies.
    ['At 56% that is impressive, great news.', 'Turnout was 56% this year.', false],
    ['Thanks! $20 is fine for me.', 'It costs $20 a month.', false],
    ['Mine also took 5 days.', 'Shipping took 5 days for me.', false],
    ['40 months. Wow.', 'He got 40 months for the fraud.', false],
    ['And £2.4m this year too.', 'The fund raised £2.4m last year.', false],
    ['£2.4m is a lot of money, well spent though.', 'The fund raised £2.4m last year.', false],
    ['I paid £5 for mine at the market.', 'It took 5 years to finish the market.', false],
    // The same number with another unit is another figure.
    ['I paid £7 for a coffee at the fair, not cheap.', 'It took 7 years to bring the fair back.', false],
    // A bare number is no figure: a year, a count of things, a route number.
    ['In 2019 the same council did not do that.', 'Back in 2019 they promised a new pool.', false],
    ['Never took the 42 bus there myself.', 'The 42 bus stops right outside.', false],
    // A figure the parent never gave.
    ['It was not 30 minutes for me.', 'Mine took 45 minutes on the old firmware.', false],
    // A figure inside a stretch copied from the parent is the parent's own words.
    ['"The repair costs around £800 in total" is what the garage told you, not what you will pay.', 'The repair costs around £800 in total, including parts.', false],
  ];
  it.each(table)('%s (parent: %s) → %s', (reply, parent, fires) => expect(rulesOf(reply, parent).includes('takes-up-figure')).toBe(fires));

  it('decides a reply that says nothing else', () => {
    const stance = stanceToParent('18 months is nowhere near long enough for a bus shelter.', 'They said the shelter would take 18 months to build.', []);
    expect(stance.label).toBe('deny');
    const evidence = stance.evidence.find((e) => e.rule === 'takes-up-figure')!;
    expect('18 months is nowhere near long enough for a bus shelter.'.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it('does not decide deny on a repeated figure that agrees', () => {
    const agreeing = [
      ['At 56% that is impressive, great news.', 'Turnout was 56% this year.'],
      ['Thanks! $20 is fine for me.', 'It costs $20 a month.'],
      ['Mine also took 5 days.', 'Shipping took 5 days for me.'],
      ['40 months. Wow.', 'He got 40 months for the fraud.'],
      ['And £2.4m this year too.', 'The fund raised £2.4m last year.'],
    ] as const;
    for (const [reply, parent] of agreeing) {
      expect(stanceToParent(reply, parent, []).label).not.toBe('deny');
    }
  });

  it('leaves a top-level comment that repeats the article\'s figure alone', () => {
    expect(rulesOf('£3.5m for a roundabout. Incredible.', 'The council approved £3.5m for the new roundabout.', true)).not.toContain('takes-up-figure');
  });

  it('reads a top-level comment against the article, a reply against its parent, on a page', () => {
    const page = [
      'Council approves roundabout',
      '',
      'The council approved £3.5m for the new roundabout on Mill Lane on Tuesday night after a long debate.',
      '',
      'Comments',
      '',
      'Jo Smith',
      '£3.5m for a roundabout, at a time like this.',
      '',
      'Sam Lee',
      '@Jo Smith it replaces a junction with 40% of the town crashes.',
      '',
      'Jo Smith',
      '@Sam Lee 40% counts the whole of Mill Lane, not the junction.',
    ].join('\n');
    const analysis = createAnalyzer().analyzePage(page);
    expect(spanViolations(analysis)).toEqual([]);
    const fired = analysis.comments.map((c) => c.stance.toParent.evidence.some((e) => e.rule === 'stance/takes-up-figure'));
    expect(fired).toEqual([false, false, true]);
  });
});

describe('quantities', () => {
  const table: [string, string[]][] = [
    ['56% of 2,400 hours', ['56', '2400']],
    ['cost $2.50. Then £2.4m', ['2.50', '2.4']],
    ['in 2011 the 3 men', []],
    ['13 years and 40 months', ['13', '40']],
    // Only ASCII digits make a figure (the pattern's \d): other digits and number words do not.
    ['٥٦% of forty hours, ５ days', []],
    ['٥٦% then 5 days', ['5']],
  ];
  it.each(table)('%s → %j', (text, values) => expect(findQuantities(text).map((q) => q.value)).toEqual(values));
  const keys: [string, string[]][] = [
    ['5 days, 5 day, £5, 5 years, 5 hrs', ['5 day', '5 day', '£5', '5 year', '5 hour']],
    ['£2.4m and £2.4 million, 100m', ['£2.4 million', '£2.4 million', '100 metre']],
    ['56 percent, 56%', ['56 %', '56 %']],
  ];
  it.each(keys)('%s → keys %j', (text, expected) => expect(findQuantities(text).map((q) => q.key)).toEqual(expected));
  it('keeps spans exact', () => {
    const text = 'cost $2.50. Then 40 months, 12%';
    for (const q of findQuantities(text)) expect(/^[£$€¥]?\s?\d/u.test(text.slice(q.start, q.end))).toBe(true);
    expect(findQuantities(text).map((q) => text.slice(q.start, q.end))).toEqual(['$2.50', '40 months', '12%']);
  });
});

/** A support cue table row: when it fires the comment is support with that cue's evidence; spans stay exact either way. */
function expectSupportCue(text: string, parent: string, parentIsArticle: boolean, rule: string, fires: boolean): void {
  const stance = stanceToParent(text, parent, findQuestions(viewOf(text)), {}, { parentIsArticle });
  const rules = stance.evidence.map((e) => e.rule);
  if (fires) expect(stance.label).toBe('support');
  if (fires) expect(rules).toContain(rule);
  else expect(rules).not.toContain(rule);
  for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
}

describe('welcoming what the parent reports (support-welcome)', () => {
  const NEWS = 'The council has voted to ban parking on the high street pavements from June.';
  // Invented comments: [text, rule, welcomed].
  const table: [string, string, boolean][] = [
    ['Finally. Took them long enough to listen to residents.', 'support-welcome-opening', true],
    ['At last! Three years of asking.', 'support-welcome-opening', true],
    ['At long last. The pram fits on the pavement now.', 'support-welcome-opening', true],
    ['Honestly, this is overdue.', 'support-welcome', true],
    ['Banning it is the right call, the pavements are a mess.', 'support-welcome', true],
    ['Endlich! Bei uns ist es genauso.', 'support-welcome-opening', true],
    ['Good news! Now do the same on Mill Lane.', 'support-welcome', true],
    // "Finally" that orders a list, a bill that is overdue, news that is not called good.
    ['Finally, the council also voted on the budget for the library.', 'support-welcome-opening', false],
    ['My council tax bill is overdue again and they still want more.', 'support-welcome', false],
    ['The news is that they will fine drivers £70.', 'support-welcome', false],
    // "Finally" that ends a story, not a sentence of its own at the start.
    ['Queued at the post office for an hour and got served, finally.', 'support-welcome-opening', false],
    ['Took two goes but the van started. Finally!', 'support-welcome-opening', false],
    // Something overdue that is not the news.
    ["The boiler's service is overdue.", 'support-welcome', false],
    ['A refund is overdue.', 'support-welcome', false],
    // A right call asked about, denied, or wished for instead.
    ['Was that the right decision? Not for the shops.', 'support-welcome', false],
    ['Hardly the right call with the buses as they are.', 'support-welcome', false],
    ['Far from the right move for the market traders.', 'support-welcome', false],
    ['The right call would have been a bay for deliveries.', 'support-welcome', false],
    // Sarcasm: a trailing ellipsis, or a sentence after the welcome that names another burden.
    ['Finally. Another fine for people who live here.', 'support-welcome-opening', false],
    ['Good news! More fees for the residents.', 'support-welcome', false],
    ['Brilliant news... said nobody.', 'support-welcome', false],
    ['finally... one more way to empty the town centre', 'support-welcome-opening', false],
    // "About time" after the opening greets the change as "overdue" does; trailing off or asked, it does not.
    ['The kerbs have been blocked for years. About time.', 'support-welcome', true],
    ['Three years of complaints. About time someone listened to the people with prams.', 'support-welcome', true],
    ['about time...', 'support-welcome', false],
    ["Isn't it about time they fixed the potholes too?", 'support-welcome', false],
    // A welcome turned by the sentence after it: this is not the wanted thing.
    ['Enforcement is long overdue. This is not it.', 'support-welcome', false],
    ['Action on the pavements is long overdue. But not like this.', 'support-welcome', false],
    ['Finally. Just not this way.', 'support-welcome-opening', false],
    ['A ban is long overdue. It will make the high street safer.', 'support-welcome', true],
  ];
  it.each(table)('%s', (text, rule, welcomed) => expectSupportCue(text, NEWS, true, rule, welcomed));
});

describe('support read from a reply that confirms what it answers', () => {
  const ADVICE = 'Check the seal on the outdoor socket, water in the box will trip the breaker.';
  // Invented replies: [text, rule, fires].
  const table: [string, string, boolean][] = [
    // The diagnosis confirmed ("That was it."), at the start of a sentence.
    ['That was it. The seal had perished, new one fitted and no trips since.', 'support-works', true],
    ["Ah, tin foil! That'll be it then. Trying again tomorrow.", 'support-works', true],
    ['That must have been it. It has held all week.', 'support-works', true],
    // Told as part of a story, asked, or exasperated: not a confirmation.
    ['I rang them once and that was it.', 'support-works', false],
    ['That was it?', 'support-works', false],
    ["That's it, I'm calling an electrician.", 'support-works', false],
    // First-hand corroboration and endorsing an answer.
    ['Can confirm, mine tripped every time it rained until I resealed it.', 'support-general', true],
    ["This is the right answer. Nine times in ten it's the seal.", 'support-right', true],
  ];
  it.each(table)('%s', (text, rule, fires) => expectSupportCue(text, ADVICE, false, rule, fires));
});

describe('a question after a welcome asks about the news, it does not sneer', () => {
  const NEWS = 'The council has voted to ban parking on the high street pavements from June.';
  const rulesOf = (text: string) => stanceToParent(text, NEWS, findQuestions(viewOf(text)), {}, { parentIsArticle: true }).evidence.map((e) => e.rule);
  it.each([
    // Negative topic words inside a question keep the welcome.
    ['Finally. How many spaces will the shops lose?', true],
    ['At last! Will anyone be fined for blocking the kerb?', true],
    // The same words as a statement stand it down.
    ['Finally. The shops will lose every space and die.', false],
  ])('%s', (text, welcomed) => expect(rulesOf(text).includes('support-welcome-opening')).toBe(welcomed));
});

describe('doubled question marks under an article are not read as deny on their own', () => {
  // The incredulous-marks rule was removed: it read eager requests and glad surprise as denial.
  const ARTICLE = 'The festival returns to the riverside park for three days in August.';
  const labelOf = (text: string) => stanceToParent(text, ARTICLE, findQuestions(viewOf(text)), {}, { parentIsArticle: true }).label;
  it.each([
    ['Where do I get a wristband??', 'query'],
    ['Does anybody know if dogs are allowed??', 'query'],
    ['Where can I see the line-up?? Cheers!', 'query'],
  ])('%s → %s', (text, label) => expect(labelOf(text)).toBe(label));
  it.each([
    'They pulled it off!? Fantastic, well done to the volunteers.',
    'Wow!? Great news for the town.',
  ])('%s is not deny', (text) => expect(labelOf(text)).not.toBe('deny'));
  it('still reads doubled marks with other deny evidence as deny', () => {
    expect(labelOf('Three days of noise again?? Rubbish idea, I completely disagree with this.')).toBe('deny');
  });
});

describe('a top-level comment that proposes one plain thing instead (simpler-alternative)', () => {
  const ARTICLE = 'Our guide walks you through building a raised bed with a drip irrigation kit and a timer.';
  // Invented comments: [text, span or null, weight or null].
  const table: [string, string | null, number | null][] = [
    // An alternative marker (or, instead, why not, could/should) decides alone.
    ['Or you could just use a watering can like everyone else.', 'just use', 0.9],
    ['Why not just buy the veg at the market?', 'just buy', 0.9],
    ['Twelve steps for a vegetable bed. Just put the soil in a sack instead.', 'Just put', 0.9],
    // A bare "just VERB" only adds to other deny evidence: it is as often a tip that agrees.
    ['Just buy a ready-made planter from a catalogue.', 'Just buy', 0.45],
    ['Just get the kit. Best thing I did for the garden.', 'Just get', 0.45],
    // A subject without a modal reports; reports and other uses of "just" are not proposals.
    ['We just use ours every weekend, handy guide.', null, null],
    ['Folks just buy the kit now, like the guide says.', null, null],
    ['Just got back from the garden centre with the kit, looks great.', null, null],
    ['I just use the timer for the tomatoes, works fine.', null, null],
    ['It is just a bed of soil, nothing fancy.', null, null],
  ];
  it.each(table)('%s', (text, span, weight) => {
    const votes = parentVotes(text, ARTICLE, [], { parentIsArticle: true });
    const hit = votes.find((v) => v.key === 'simpler-alternative');
    expect(hit?.evidence.text ?? null).toBe(span);
    expect(hit?.weight ?? null).toBe(weight);
    if (hit) expect(text.slice(hit.evidence.start, hit.evidence.end)).toBe(span);
  });
  it.each([
    'Just get the kit, you will not regret it!',
    'Just do it. Lovely guide.',
    'Just read this and agree with every word.',
    'So just take the bus like the article says.',
    'Just ignore the sceptics, great guide.',
    'Just use a bit less water than the guide says, it is perfect.',
  ])('a tip that agrees is not deny: %s', (text) => {
    expect(stanceToParent(text, ARTICLE, findQuestions(viewOf(text)), {}, { parentIsArticle: true }).label).not.toBe('deny');
  });
  it('reads it under an article only: in a reply it is advice to whoever asked', () => {
    const text = 'Or you could just use a watering can like everyone else.';
    expect(stanceToParent(text, ARTICLE, [], {}, { parentIsArticle: true }).label).toBe('deny');
    expect(rulesOf(text, 'How do I water the bed while I am away?')).not.toContain('simpler-alternative');
  });
});

describe('yielding to the parent (support-accept)', () => {
  const PARENT = 'The fuse box is on a shared circuit with the garage, so the freezer trips it, not the kettle.';
  const table: [string, boolean][] = [
    ['Ah, that makes more sense. I will move the freezer.', true],
    ['Okay, fair. I had the kettle down as the culprit.', true],
    ['My bad, it was the freezer all along.', true],
    ["Hadn't thought of that, cheers.", true],
    ['Point taken, I will get an electrician in.', true],
    ['That explains it, the garage lights flicker too.', true],
    // The same words that yield nothing: a report, a thought that goes on, a sense that is denied.
    ['I never thought it would be on the same circuit as the garage.', false],
    ['None of this makes any sense to me, the garage has its own box.', false],
    ['My mistakes were in the wiring of the shed, not the kitchen.', false],
    // "I see" and "that explains everything" are as often sarcasm.
    ['Oh, I see, so the freezer is my fault now?', false],
    ['Ah I see, you are an electrician now.', false],
    ['That explains everything - you sell freezers.', false],
  ];
  it.each(table)('%s', (text, accepts) => expectSupportCue(text, PARENT, false, 'support-accept', accepts));
});

describe('a yield followed by a contrast is a concession (deny-concession-inner)', () => {
  const PARENT = 'The fuse box is on a shared circuit with the garage, so the freezer trips it, not the kettle.';
  it.each([
    'Right, 20 amps, my mistake. The point stands.',
    'Okay fair. But no.',
    "Hadn't thought of that. Still the wrong fix though.",
    'Ah, I see. But you are still wrong about the kettle.',
    'I can accept that the garage is on it, but not the freezer.',
    'That makes more sense. Still not buying it though.',
  ])('%s → deny', (text) => {
    const stance = stanceToParent(text, PARENT, findQuestions(viewOf(text)), {}, { parentIsArticle: false });
    expect(stance.label).toBe('deny');
    expect(stance.evidence.map((e) => e.rule)).toContain('deny-concession-inner');
    for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('votes, disbelief and dismissal in a reply', () => {
  const PROPOSAL = 'I propose moving the allotment society meetings to Thursday evenings from next month.';
  const labelOf = (text: string) => {
    const stance = stanceToParent(text, PROPOSAL, findQuestions(viewOf(text)), {}, {});
    for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    return [stance.label, stance.evidence.map((e) => e.rule)] as const;
  };
  // Invented replies: [text, label, rule or null when no such rule may fire].
  const table: [string, string, string][] = [
    // A vote opening the reply, as talk pages write it.
    ['Oppose. Thursday clashes with the choir and half of us sing.', 'deny', 'deny-vote'],
    ['Strong oppose: the hall is booked on Thursdays.', 'deny', 'deny-vote'],
    ['Oppose per Margaret, the hall costs more that night.', 'deny', 'deny-vote'],
    ['Support. Tuesdays never worked for the shift workers.', 'support', 'support-vote'],
    ['Strong support per the last meeting.', 'support', 'support-vote'],
    // Not a vote: the word inside a sentence, or a noun.
    ['We should oppose any rent rise first.', 'comment', 'deny-vote'],
    ['Support for the change seems thin to me.', 'comment', 'support-vote'],
    // Disbelief and dismissal.
    ['Thursday suits everyone? Pull the other one, half the committee works lates.', 'deny', 'deny-challenge'],
    ['Give me a break, nobody asked the members.', 'deny', 'deny-challenge'],
    ['ok boomer', 'deny', 'deny-attack'],
    ['ok snowflake', 'deny', 'deny-attack'],
    ['Easy to say when you live next door to the hall.', 'deny', 'deny-contrast'],
  ];
  it.each(table)('%s → %s', (text, label, rule) => {
    const [got, rules] = labelOf(text);
    expect(got).toBe(label);
    if (label === 'comment') expect(rules).not.toContain(rule);
    else expect(rules).toContain(rule);
  });
});

describe('endorsing what the comment answers (support-general, support-recommend-foreign)', () => {
  const REVIEW = 'We tested the Brio 5 air fryer for a month: crisp results, a small basket, £89.';
  // Invented comments: [text, rule, fires].
  const table: [string, string, boolean][] = [
    ['Bought one after this review. Worth every penny.', 'support-general', true],
    ['Pricey, but well worth it.', 'support-general', true],
    ['Funktioniert super. Kann ich nur empfehlen!', 'support-recommend-foreign', true],
    ['Silenziosa e veloce. Consigliata!', 'support-recommend-foreign', true],
    ['Muy buena, la recomiendo.', 'support-recommend-foreign', true],
    ['Je le recommande à tout le monde.', 'support-recommend-foreign', true],
    // Negated or asked: no endorsement.
    ['Not worth it at that price.', 'support-general', false],
    ['Is it worth it for two people?', 'support-general', false],
    // Negated in the review's own language: a negative review.
    ['Nie polecam.', 'support-recommend-foreign', false],
    ['Geen aanrader.', 'support-recommend-foreign', false],
    ['Niet echt een aanrader, te luid.', 'support-recommend-foreign', false],
    ['Nicht empfehlenswert.', 'support-recommend-foreign', false],
    ['Kann ich leider nicht empfehlen.', 'support-recommend-foreign', false],
    ['Non consigliato.', 'support-recommend-foreign', false],
    ['Non lo consiglio, troppo rumorosa.', 'support-recommend-foreign', false],
    ['Je ne le recommande pas.', 'support-recommend-foreign', false],
    ['Polecam, działa świetnie.', 'support-recommend-foreign', true],
    ['Echt een aanrader!', 'support-recommend-foreign', true],
  ];
  it.each(table)('%s', (text, rule, fires) => expectSupportCue(text, REVIEW, true, rule, fires));
});

describe('cues read with the words around them (review of session 9)', () => {
  const NEWS = 'The council has voted to close Mill Street to through traffic from June.';
  const ADVICE = 'Check the fuse in the plug before you buy a new kettle.';
  const keysOf = (text: string, parent: string, parentIsArticle: boolean) => parentVotes(text, parent, findQuestions(viewOf(text)), { parentIsArticle }).map((v) => v.key);
  // Invented comments: [text, parent is the article, rule, fires].
  const table: [string, boolean, string, boolean][] = [
    // A welcome needs its subject to point at the news, or the sentence to itself.
    ['About time.', true, 'support-welcome', true],
    ["It's about time they did this.", true, 'support-welcome', true],
    ['Long overdue.', true, 'support-welcome', true],
    ['A ban is long overdue.', true, 'support-welcome', true],
    ['I was worried about time.', true, 'support-welcome', false],
    ['The meeting was mostly about time.', true, 'support-welcome', false],
    ['My library book is long overdue.', true, 'support-welcome', false],
    ['The long overdue repairs to the bridge still have not happened.', true, 'support-welcome', false],
    // A turning sequel stands the welcome down; a hedge that keeps it does not.
    ['About time. But not this way.', true, 'support-welcome', false],
    ['Long overdue. This is not the answer.', true, 'support-welcome', false],
    ['A ban is long overdue. It is not the answer to everything, but it will help a lot.', true, 'support-welcome', true],
    ['Great news! It is not the fix for everything, but a start.', true, 'support-welcome', true],
    // 'That was it' confirms a diagnosis when it opens the reply, not when it closes a story.
    ['That was it! The fuse had gone.', false, 'support-works', true],
    ['Glass! That’ll be it then.', false, 'support-works', true],
    ['He was rude to my wife. That was it. I never went back.', false, 'support-works', false],
    ['The cumin was from when we moved, so 2021. That’ll be it. Will buy new.', false, 'support-works', true],
    // Idioms only as idioms.
    ['Easy to say from a detached house.', false, 'deny-contrast', true],
    ['It was easy to say yes.', false, 'deny-contrast', false],
    ['Give me a break.', false, 'deny-challenge', true],
    ['Give me a break from all this rain, please.', false, 'deny-challenge', false],
    ['Support, not criticism, is what they need.', false, 'support-vote', false],
    ['Can confirm, mine was the fuse too.', false, 'support-general', true],
    ['Nobody can confirm this.', false, 'support-general', false],
    // Telling the parent's writer to ignore someone else is no rejection of what they wrote.
    ['Ignore the troll, Jean.', false, 'deny-attack', false],
  ];
  it.each(table)('%s (article %s): %s fires %s', (text, parentIsArticle, rule, fires) => {
    const keys = keysOf(text, parentIsArticle ? NEWS : ADVICE, parentIsArticle);
    if (fires) expect(keys).toContain(rule);
    else expect(keys).not.toContain(rule);
  });
});

describe('one word of approval opening a top-level comment (support-approval-article)', () => {
  const NEWS = 'The county will reopen the Mill Lane footbridge to cyclists from next Monday.';
  const REPLY_PARENT = 'The footbridge reopens on Monday, I rang the council this morning.';
  // Invented comments: [text, parent is the article, approved].
  const table: [string, boolean, boolean][] = [
    ['Good. The detour through the estate added ten minutes each way.', true, true],
    ['Excellent! My lad can ride to school again.', true, true],
    ['Wonderful. Took them long enough.', true, true],
    // As a reply, 'Good.' answers a person: not read.
    ['Good. The detour through the estate added ten minutes each way.', false, false],
    // Not a sentence of its own, trailing off, or followed by a burden or a sneer.
    ['Great...', true, false],
    // The welcome repeated flat is sarcasm.
    ['Great. Just great.', true, false],
    ['Brilliant. Just brilliant!', true, false],
    ['Great. Another thing for the council to leave half finished.', true, false],
    ['Good. What a shambles the last closure was, an utter disgrace.', true, false],
  ];
  it.each(table)('%s (article %s) → approves %s', (text, parentIsArticle, approves) => {
    const stance = stanceToParent(text, parentIsArticle ? NEWS : REPLY_PARENT, findQuestions(viewOf(text)), {}, { parentIsArticle });
    const rules = stance.evidence.map((e) => e.rule);
    if (approves) expect(stance.label).toBe('support');
    if (approves) expect(rules).toContain('support-approval-article');
    else expect(rules).not.toContain('support-approval-article');
    for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('a bare "Agree" opening a reply, and clause-final "though" in the opening sentence only', () => {
  const PARENT = 'The bypass should have gone east of the town, not through the water meadows.';
  // Every vote, not only the winner's evidence: a negative row must fail if the cue fires and loses.
  const ruleOf = (text: string) => parentVotes(text, PARENT, findQuestions(viewOf(text)), {}).map((v) => v.key);
  // Invented replies: [text, rule, fires].
  const table: [string, string, boolean][] = [
    ['Agree 100%', 'support-opener', true],
    ['Agree. The meadows flood every winter anyway.', 'support-opener', true],
    ['Agree, and the school run would be quicker too.', 'support-opener', true],
    ['Agreeing on a route took them nine years.', 'support-opener', false],
    // 'Agree, but …' concedes to argue (and on tune also prefaced support): no support vote.
    ['Agree, but the east side floods too.', 'support-opener', false],
    ['Agree but the east side floods too.', 'support-opener', false],
    // A number after it is a score only with a percent: 'Agree 2 disagree' agrees to nothing.
    ['Agree 2 disagree.', 'support-opener', false],
    ["The meadows are the cheaper route though. East means two new bridges.", 'deny-contrast', true],
    ['The east side is on the floodplain too, though.', 'deny-contrast', true],
    // After the opening sentence, 'though' qualifies the writer's own story, not the parent.
    ['We walk the dog there every day. The path is muddy though.', 'deny-contrast', false],
    ['Lived here forty years. Never seen it this bad though!', 'deny-contrast', false],
    ['@jo.bloggs we walk the dog there every day. The path is muddy though.', 'deny-contrast', false],
    // A full stop that ends no sentence (a decimal, an abbreviation, a handle, an ellipsis) keeps the opening sentence going.
    ['The 2.5 mile detour is the problem though.', 'deny-contrast', true],
    ['The U.S. route plans were the problem though.', 'deny-contrast', true],
    ['@jo.bloggs the east side floods every winter though.', 'deny-contrast', true],
    ['...the east side floods every winter though.', 'deny-contrast', true],
  ];
  it.each(table)('%s: %s fires %s', (text, rule, fires) => {
    if (fires) expect(ruleOf(text)).toContain(rule);
    else expect(ruleOf(text)).not.toContain(rule);
  });
});

describe('a recipe made again is support (support-works)', () => {
  const RECIPE = 'These oat cookies take ten minutes to mix and twelve to bake.';
  // 'these'/'them' are left out: the phrase reports an attempt, and 'Made these yesterday and they
  // were a disaster' is no endorsement (the 'it' form has the same weakness, see docs/status.md).
  it.each([
    ['Cooked it twice this week, the kids ask for it every night.', true],
    ['Baked it again for the school fair.', true],
    ['Made these yesterday and they were a disaster, completely inedible.', false],
    ['Tried them today. Way too sweet, will not make again.', false],
  ] as [string, boolean][])('%s → support-works %s', (text, fires) => {
    const rules = stanceToParent(text, RECIPE, findQuestions(viewOf(text)), {}, { parentIsArticle: true }).evidence.map((e) => e.rule);
    if (fires) expect(rules).toContain('support-works');
    else expect(rules).not.toContain('support-works');
  });
});

describe('a report of having made it that goes on to complain (support-made-it, notComplaint)', () => {
  const RECIPE = 'These oat cookies take ten minutes to mix and twelve to bake.';
  // Invented top-level comments: the next sentence counts when it is a verdict on what was made
  // (a bare verdict, or one about it), not when it complains of something else.
  it.each([
    ['Made these for the school fair and they were gone by ten.', true],
    ['Made these. Awful.', false],
    ['Made these yesterday. They were a disaster.', false],
    ['Made these tonight. Sorry about the blurry photo.', true],
    ['Made this for my mum. She is sick and tired of hospital food.', true],
  ] as [string, boolean][])('%s → support-made-it %s', (text, fires) => {
    const rules = stanceToParent(text, RECIPE, findQuestions(viewOf(text)), {}, { parentIsArticle: true }).evidence.map((e) => e.rule);
    if (fires) expect(rules).toContain('support-made-it');
    else expect(rules).not.toContain('support-made-it');
  });
});

describe('calling what the parent praises overrated (deny-overrated)', () => {
  const REVIEW = 'The new ramen bar on King Street is the best thing to happen to this town in years.';
  // Invented replies: [text, fires].
  const table: [string, boolean][] = [
    ['Overhyped. The broth is salty and the queue is an hour.', true],
    ['It is massively overrated, the place round the corner is better.', true],
    ['£16 for a bowl of noodles is over-priced whatever the reviews say.', true],
    ['Honestly not overrated at all, the tonkotsu is superb.', false],
    ['It never felt overpriced to me.', false],
    // Negations with two words between, or a negator the old lookbehind did not know.
    ["It's not at all overrated, the broth is superb.", false],
    ['Far from overrated, the broth is superb.', false],
    ['Nothing overpriced about it.', false],
    ['Not  overrated.', false],
    // Asked about, not asserted.
    ['Is it overpriced for what you get? Thinking of going Friday.', false],
    ['Is it overhyped or worth the queue?', false],
  ];
  it.each(table)('%s → deny-overrated %s', (text, fires) => {
    const stance = stanceToParent(text, REVIEW, findQuestions(viewOf(text)), {}, {});
    const rules = stance.evidence.map((e) => e.rule);
    if (fires) expect(stance.label).toBe('deny');
    if (fires) expect(rules).toContain('deny-overrated');
    else expect(rules).not.toContain('deny-overrated');
  });
});

describe('agreeing with a parent that calls it overrated itself', () => {
  it.each([
    ['Honestly Sintra is overrated, go to Evora instead.', 'Yes, totally overrated.'],
    ['The harbour tour is over-priced for an hour on a boat.', 'Overpriced indeed, we went last year.'],
  ])('%s ← %s is not deny-overrated', (parent, reply) => {
    const stance = stanceToParent(reply, parent, findQuestions(viewOf(reply)), {}, {});
    expect(stance.evidence.map((e) => e.rule)).not.toContain('deny-overrated');
    expect(stance.label).not.toBe('deny');
  });
});

describe('a good word before "but" that grants nothing to the parent is no concession', () => {
  const PARENT = 'Take the coast road to Porto, the views are worth the extra hour.';
  // Invented replies: [text, deny]. The concession openers ('True, but', 'Yes, but') still deny; a
  // story of the writer's own, or praise kept, is no denial of the parent.
  const table: [string, boolean][] = [
    ['Yes, but it adds an hour and the tolls double.', true],
    ['Fair point, but the motorway is free after Aveiro.', true],
    ['We were fine but then the car broke down on the coast road.', false],
    ['I was right, but nobody listened to me either.', false],
    ['The drive was great but we stopped far too often for photos.', false],
    ['Zürich is lovely, but we only stayed a night on the way.', false],
  ];
  it.each(table)('%s → deny %s', (text, deny) => {
    const stance = stanceToParent(text, PARENT, findQuestions(viewOf(text)), {}, {});
    if (deny) expect(stance.label).toBe('deny');
    else expect(stance.label).not.toBe('deny');
    for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("'that is exactly my point' agrees as often as it argues: no denial", () => {
  const PARENT = 'So you are saying the council should cut the trees back every year?';
  it.each([
    'That is exactly my point, thank you for putting it better than I did.',
    'Yes, that is exactly my point.',
  ])('%s is not deny', (text) => {
    expect(stanceToParent(text, PARENT, findQuestions(viewOf(text)), {}, {}).label).not.toBe('deny');
  });
  it('a top-level "this is my argument" is no denial of the article', () => {
    const text = 'This is my argument: the meadows are protected land.';
    expect(stanceToParent(text, 'The county will build the bypass across the water meadows.', findQuestions(viewOf(text)), {}, { parentIsArticle: true }).label).not.toBe('deny');
  });
});

describe('a question whether the addressee really means it is a challenge (question-challenge)', () => {
  const PARENT = 'Once the loan is paid off you can drop to liability-only cover and save $60 a month. You can also freeze the policy for a month.';
  const labelOf = (text: string) => {
    const stance = stanceToParent(text, PARENT, findQuestions(viewOf(text)), {}, {});
    for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    return [stance.label, stance.evidence.map((e) => e.rule)] as const;
  };
  // Invented replies: [text, label, challenge read].
  const table: [string, string, boolean][] = [
    ['Are you seriously saying nobody needs comprehensive cover?', 'deny', true],
    ['Do you honestly think $60 a month is worth the risk?', 'deny', true],
    ['Are you really that naive?', 'deny', true],
    // Asking for a source or whether something is true stays a query.
    ['Are you really sure the lender allows that?', 'query', false],
    ['Can you really confirm that for every state?', 'query', false],
    // Asking whether the addressee really did or can do something is a real question.
    ['Can you really freeze the policy? Mine was cancelled outright.', 'query', false],
    ['Did you really pay only £40 a month?', 'query', false],
    ['Do you really need collision cover on a paid-off car?', 'query', false],
    ['Are you really that worried about a £500 excess?', 'query', false],
    // The addressee's claim put back to them, a fact they missed, the ground of a judgement asked for.
    ["So you're saying nobody needs comprehensive cover?", 'deny', true],
    ['You do realise the policy lapses if you freeze it?', 'deny', true],
    ['And you are basing that on what?', 'deny', true],
    // Asking whether the addressee knows something is a real question; agreeing with what they say is no question.
    ['Do you realise how much the excess is on that policy?', 'query', false],
    ["I get what you're saying about the $60.", 'comment', false],
    // 'you realise' after an auxiliary or a 'when' asks about the addressee's experience, not what they missed.
    ['When did you realise the policy had lapsed?', 'query', false],
    ['Did you realize the excess doubles after a claim?', 'query', false],
    ['What happens when you realise the excess is £500?', 'query', false],
    ["Don't you realise the policy lapses if you freeze it?", 'deny', true],
    ['Wow, you realise the excess is £500 on that?', 'deny', true],
  ];
  it.each(table)('%s → %s', (text, label, challenge) => {
    const [got, rules] = labelOf(text);
    expect(got).toBe(label);
    if (challenge) expect(rules).toContain('question-challenge');
    else expect(rules).not.toContain('question-challenge');
  });
});

describe('a top-level comment that only speaks well of its subject (warm-tone)', () => {
  const ARTICLE = 'The new bakery on Mill Lane opened last week with sourdough, pastries and a small café.';
  const votesOf = (text: string) => parentVotes(text, ARTICLE, findQuestions(viewOf(text)), { parentIsArticle: true });
  // Invented comments: [text, fires].
  const table: [string, boolean][] = [
    // Warm words adding up, and no negative word: a review or anecdote that backs the article.
    ['Went on Saturday. Lovely staff and the croissants were excellent.', true],
    ['Best loaf I have had in years, worth the walk.', true],
    ['My kids love the cinnamon buns. Happy to have it on our street.', true],
    // One mild warm word (AFINN 2) is not enough; one strong word (3 or more) is.
    ['Went on Saturday with my sister. It was fine.', false],
    // A single negative word: a complaint sits beside the praise, in the same sentence or the next.
    ['Lovely staff and excellent bread. The queue was awful.', false],
    ['Lovely staff and excellent bread, the queue was awful.', false],
    ['Superb pastries and lovely staff. Sadly the chairs are hard.', false],
    ['Great bread, the queue was a problem.', false],
    // A passing gripe inside plenty of praise (negative words at most a quarter of the warm ones) leaves it praise.
    ['Lovely staff and a great garden. Excellent bread, and the one small problem is parking.', true],
    ['Superb pastries, lovely staff and excellent coffee, sadly no toilets.', true],
    // Praise before a contrast grants a point in order to argue.
    ['Friendly owners and a lovely garden out back. Shame about the prices, but early days.', false],
    ['Lovely idea, yet my street will lose its only cash machine.', false],
    ['The ovens ran fine right up until the power cut on Tuesday.', false],
    // Thanks and laughter are comments, not backing.
    ['Thanks for sharing, thank you so much!', false],
    ['Sourdough again lol haha', false],
    // Another rule spoke first: the warm words are left to it.
    ['Lovely staff and excellent bread. When do they open on Sundays?', false],
  ];
  it.each(table)('%s', (text, fires) => expect(votesOf(text).some((v) => v.key === 'warm-tone')).toBe(fires));
  it('never reads a reply to a comment', () => {
    const text = 'Lovely staff and the croissants were excellent.';
    expect(parentVotes(text, 'I went there too.', [], {}).some((v) => v.key === 'warm-tone')).toBe(false);
  });
  it('anchors its evidence on the warm words', () => {
    const text = 'Went on Saturday. Lovely staff and the croissants were excellent.';
    const vote = votesOf(text).find((v) => v.key === 'warm-tone')!;
    expect(text.slice(vote.evidence.start, vote.evidence.end)).toBe(vote.evidence.text);
    expect(vote.evidence.text).toBe('Lovely staff and the croissants were excellent');
  });
});

describe('a top-level comment that grants the article something good and then turns (praise-then-contrast)', () => {
  const ARTICLE = 'Our slow-cooker chilli takes six hours on low and feeds a family of four.';
  const evidenceOf = (text: string, parentIsArticle = true) => parentVotes(text, ARTICLE, findQuestions(viewOf(text)), { parentIsArticle }).find((v) => v.key === 'praise-then-contrast')?.evidence.text ?? null;
  // Invented comments: [text, evidence or null].
  const table: [string, string | null][] = [
    ['Nice idea for a weeknight but six hours is far too long for most of us.', 'Nice idea for a weeknight but'],
    ['Quick and delicious, yet my slow cooker only has a high setting.', 'Quick and delicious, yet'],
    ['Smelled good until we tried the first spoonful.', 'Smelled good until'],
    ['Nice recipe, however six hours on low leaves it watery.', 'Nice recipe, however'],
    // The praise must add up: one mild word is not a concession.
    ['Easy recipe but I add a carrot to mine.', null],
    // A negative word before the turn is a complaint already, not a grant.
    ['Great flavour, awful texture, but the kids ate it.', null],
    ['Great, lovely, awful texture but the kids ate it all.', null],
    // The turn must say something: a bare "but pricey" is no argument.
    ['Lovely plan but pricey.', null],
    // The turn must say something: a closing "though" is no argument.
    ['Great recipe though.', null],
    // Only the opening sentence is read; later the writer's own story turns.
    ['Made it on Sunday. We were happy with it but then the power went out.', null],
  ];
  it.each(table)('%s', (text, evidence) => expect(evidenceOf(text)).toBe(evidence));
  it('is read under an article only', () => {
    expect(evidenceOf('Nice idea for a weeknight but six hours is far too long for most of us.', false)).toBeNull();
  });
  it('decides deny over a question the turn leads to', () => {
    const text = 'Lovely idea, but who has six hours on a weekday?';
    expect(stanceToParent(text, ARTICLE, findQuestions(viewOf(text)), {}, { parentIsArticle: true }).label).toBe('deny');
  });
});

describe('contrast words read only as a turn; warmth not read into sarcasm or foreign text (review of session 11)', () => {
  const ARTICLE = 'The council will raise the parking charge in the town centre from April.';
  const votesOf = (text: string) => parentVotes(text, ARTICLE, findQuestions(viewOf(text)), { parentIsArticle: true });
  const labelOf = (text: string) => stanceToParent(text, ARTICLE, findQuestions(viewOf(text)), {}, { parentIsArticle: true }).label;
  const has = (text: string, key: string) => votesOf(text).some((v) => v.key === key);
  // Invented comments: [text, rule, fires].
  const table: [string, string, boolean][] = [
    // A welcome dropped as sarcasm does not come back as warmth.
    ['Great. Another tax.', 'warm-tone', false],
    ['Good news! Another fee for residents.', 'warm-tone', false],
    ['Good. This is not it.', 'warm-tone', false],
    // Sarcasm with no welcome cue: the warm word repeated flat, or one more burden named after it.
    ['Wow. Just wow.', 'warm-tone', false],
    ['Great, just great, another tax.', 'warm-tone', false],
    // 'joke' (AFINN +2) mocks: 'what a joke'.
    ['This scheme is a joke, a total joke.', 'warm-tone', false],
    // Contrast words in senses that turn nothing.
    ['Lovely town and great cafes, open until late every single day.', 'praise-then-contrast', false],
    ['Lovely town and great cafes, open until late every single day.', 'warm-tone', true],
    ['Great shops, and not only cheap but also really friendly staff.', 'praise-then-contrast', false],
    ['Great shops, and not only cheap but also really friendly staff.', 'warm-tone', true],
    ['Great idea, even though it costs me more each month.', 'praise-then-contrast', false],
    ['Good article; nothing but respect for the reporters who dug this out.', 'praise-then-contrast', false],
    ['Great decision, all but the most stubborn drivers will agree.', 'praise-then-contrast', false],
    ['Lovely square, the best yet in this county, and the benches are new.', 'warm-tone', true],
    // A turn followed by praise keeps the praise.
    ['Excellent news, they should have done this years ago but better late than never.', 'praise-then-contrast', false],
    // A contrast inside a quotation is the quoted writer's.
    ['Love the headline "Open but not for long" and the photos.', 'warm-tone', true],
    // 'but' inside a word is no contrast, ASCII or not.
    ['Super début, excellent travail.', 'warm-tone', true],
    // English warm words in a foreign comment are not what it says.
    ['Super Idee, aber viel zu teuer für Familien und alle Pendler.', 'warm-tone', false],
    // A concession cue already reads the turn: no second vote from the same phrase.
    ['Good idea, but for the rest of us it changes nothing.', 'praise-then-contrast', false],
  ];
  it.each(table)('%s (%s: %s)', (text, key, fires) => expect(has(text, key)).toBe(fires));
  it.each([
    ['Great. Just great.', 'comment'],
    ['Wonderful. Just what we needed, another levy.', 'comment'],
  ])('%s is no support', (text, label) => expect(labelOf(text)).toBe(label));
  it.each([
    ['No worries, no problem, no issue with this at all.', 'No worries, no problem'],
    ['Not bad, not terrible.', 'Not bad, not terrible'],
  ])('the evidence of %s starts at the negator that makes it warm', (text, evidence) => {
    const vote = votesOf(text).find((v) => v.key === 'warm-tone')!;
    expect(vote.evidence.text).toBe(evidence);
    expect(text.slice(vote.evidence.start, vote.evidence.end)).toBe(vote.evidence.text);
  });
});

describe('a reply that answers its parent comment\'s real question', () => {
  // Invented exchanges: [reply, parent, rule, fires]. A negation or a bare no answering a factual
  // question answers it; the same words under a rhetorical question or a statement contradict.
  const table: [string, string, string, boolean][] = [
    ['It does not keep well in the freezer, the rice goes mushy.', 'Has anyone tried it? Does it keep well in the freezer?', 'negates-parent', false],
    ['No, the ferry does not run on Sundays in winter.', 'Does the ferry run on Sundays?', 'deny-opener', false],
    ['Nope, you can pay on board with a card.', 'Do you have to book the ferry ahead?', 'deny-opener', false],
    // A statement parent: the same negation contradicts it.
    ['It does not keep well in the freezer at all.', 'It keeps well in the freezer for months.', 'negates-parent', true],
    ['No, the ferry stopped running years ago.', 'Just take the ferry, it runs every hour.', 'deny-opener', true],
    // A rhetorical jab asks nothing: denying its premise is a denial.
    ['Nobody is defending the council here.', 'Why is everyone here always defending the council?', 'negates-parent', true],
    // A question earlier in the parent with a statement after it: the opener answers the statement.
    ['No, it was the driver who cancelled.', 'Anyone know the time? The bus company cancelled the 9:40 again.', 'deny-opener', true],
    // Words the parent said outside its question are still negated.
    ['Nonsense, they never built any bridge here, the lottery fund did.', 'The council built the bridge over the river last year. Who paid for the road?', 'negates-parent', true],
    // A tag question states its claim and asks only for a nod: a no contradicts it.
    ['No, it was shut all weekend.', 'The ferry ran on Sunday, didn\'t it?', 'deny-opener', true],
    ['Nope, it went up again in May.', 'The fare is still £3, right?', 'deny-opener', true],
    ['No, it was shut all weekend.', 'The ferry ran on Sunday, correct?', 'deny-opener', true],
    // 'Not always.' answers a real question as a bare no does; after a statement it puts a universal right.
    ['Not always. In winter it is often late.', 'Does the ferry run on time?', 'deny-correction', false],
    ['Not necessarily.', 'Is the bigger boat faster?', 'deny-correction', false],
    ['Not always. In winter it is often late.', 'The ferry always runs on time.', 'deny-correction', true],
  ];
  it.each(table)('%s (parent: %s) → %s fires: %s', (reply, parent, rule, fires) => expect(rulesOf(reply, parent).includes(rule)).toBe(fires));

  it('leaves a bare no to a real question a comment', () => {
    expect(stanceToParent('No, you can pay on board with a card.', 'Do you have to book the ferry ahead?', []).label).toBe('comment');
  });
});

describe('an echo question hands the parent its own words back in doubt (question-echo)', () => {
  // Invented exchanges: [reply, parent, reads as an echo].
  const votesOf = (text: string, parent: string) => parentVotes(text, parent, findQuestions(viewOf(text)), {}).map((v) => v.key);
  const table: [string, string, boolean][] = [
    ['Cheapest option? The delivery alone costs more than the shed.', 'This is the cheapest option in town for a garden shed.', true],
    ['Six weeks?! The last resurfacing took them a full year.', 'The road will reopen in six weeks according to the council.', true],
    ['£40 where? Every shop near me charges at least £65.', 'You can get the tyre fitted for £40.', true],
    // A question word or an auxiliary asks; so does a string of questions or a choice.
    ['Which model? The 2019 one has a different hinge entirely.', 'The hinge on this model snaps after a year.', false],
    ['Is the hinge metal? Mine looks like plastic from here.', 'The hinge on this model snaps after a year.', false],
    ['Cheapest option? Cheaper than what? Where did you look?', 'This is the cheapest option in town for a garden shed.', false],
    ['Cheapest or best? Those are two different questions for me.', 'This is the cheapest option in town for a garden shed.', false],
    // Words the parent never used are no echo; nor a short question with nothing after it.
    ['Seriously? The delivery alone costs more than the shed.', 'This is the cheapest option in town for a garden shed.', false],
    ['Cheapest option?', 'This is the cheapest option in town for a garden shed.', false],
    ['£25 where? Every shop near me charges at least £65.', 'You can get the tyre fitted for £40.', false],
  ];
  it.each(table)('%s', (text, parent, fires) => {
    expect(votesOf(text, parent).includes('question-echo')).toBe(fires);
  });
  it('decides deny where nothing else speaks, and keeps its evidence on the question', () => {
    const text = 'Six weeks?! The last resurfacing took them a full year.';
    const stance = stanceToParent(text, 'The road will reopen in six weeks according to the council.', findQuestions(viewOf(text)));
    expect(stance.label).toBe('deny');
    for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("'Good luck with that' mocks as a flat sentence, an exclaimed one wishes luck (deny-sarcasm)", () => {
  // Invented exchanges: [reply, reads deny].
  const parent = 'I am going to cycle the whole coast path next summer.';
  const table: [string, boolean][] = [
    ['Good luck with that.', true],
    ['Good luck with that!', false],
    ['Good luck with that!! Send photos.', false],
  ];
  it.each(table)('%s → deny: %s', (reply, deny) => expect(stanceToParent(reply, parent, findQuestions(viewOf(reply))).label === 'deny').toBe(deny));
});

describe('restating the parent: under the article only a verbatim repost', () => {
  // Invented article and comments: [comment, parent is the article, restates].
  const article = 'The council will close the Riverside lido for repairs from March, and the pool will reopen in the summer of next year after the roof and the filters are replaced.';
  const table: [string, boolean, boolean][] = [
    // A top-level comment uses the article's words whatever it thinks: a question, a memory, a sneer.
    ['Will the lido pool reopen before the summer?', true, false],
    ['The Riverside lido roof and filters, replaced again.', true, false],
    // The same words under a comment pass its claim on.
    ['The Riverside lido roof and filters, replaced again.', false, true],
    // A verbatim repost of the article's opening still passes it on.
    ['The council will close the Riverside lido for repairs from March', true, true],
  ];
  it.each(table)('%s (under the article: %s) → restates %s', (comment, parentIsArticle, restates) => expect(rulesOf(comment, article, parentIsArticle).includes('restates-parent')).toBe(restates));
});
