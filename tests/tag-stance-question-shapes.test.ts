import { describe, it, expect } from 'vitest';
import { findQuestions } from '../src/tag/questions/find.js';
import { viewOf } from '../src/text/view.js';
import { parentVotes, stanceToParent } from '../src/tag/stance/parent.js';

/** The query votes a reply's questions cast, by rule key. */
function queryKeys(reply: string, parent: string): string[] {
  const view = viewOf(reply);
  return parentVotes(view, parent, findQuestions(view)).filter((v) => v.label === 'query').map((v) => v.key);
}

function label(reply: string, parent: string): string {
  const view = viewOf(reply);
  return stanceToParent(view, parent, findQuestions(view)).label;
}

// Invented exchanges: [reply, parent, whether the reply's questions still ask (vote query)].
describe('questions that ask nothing: set phrases and questions answered at once (parent-shapes rhetoricalQuestion)', () => {
  const parent = 'The council says the cycle lane will be removed next month.';
  const table: [string, boolean][] = [
    ['Since when is cycling to work a crime?', false],
    ['What planet are the councillors on?', false],
    ['Who cares?', false],
    ['How is that even relevant?', false],
    ["What's the point of painting it at all?", false],
    ['Is it just me, or does nobody on the council ride a bike?', false],
    ['How hard is it to keep one lane open?', false],
    ['Why keep it? Because half the street uses it every morning.', false],
    ['Safe for children? Nah, not with the lorries.', false],
    ['Why paint it at all? Hmm, because a consultant said so.', false],
    // Real questions keep their query vote: an answer word that is not the answer, or none at all.
    ['When does the removal start?', true],
    ['Is there a consultation? No idea where to look for it.', true],
    ['Who decided this?', true],
    ['Which part of the lane goes first?', true],
    // A question about the claim's truth asks even when a reason follows it.
    ['Are you sure it is being removed? Cause the sign still says 2027.', true],
    // A reason after a question that is not a why-question gives the writer's reason for asking.
    ['Is the lane staying? Because I was about to buy a bike.', true],
    ['Can I still park there on Sundays? Cause nobody has said.', true],
    ['And how come it goes now? Because the shops complained.', false],
    // The question tagger's set phrases are the stance's too: one list ('who needs' dismisses a thing, or asks who must have it).
    ['Who needs a permit to ride in it?', true],
    ['Who needs a cycle lane when the buses are empty?', false],
    ['Remember when this street had trees?', false],
    // A set phrase that is rhetorical as the whole question ('Get it?', 'What now?') asks inside a longer one.
    ['Where can I get it repainted?', true],
    ['How many times a week is the lane swept?', true],
    ["What's the difference between the old lane and the new one?", true],
    ["What's wrong with the old lane surface?", true],
    ['What now happens to the parking bays?', true],
    ['Get it?', false],
    ["Don't you get it?", false],
    ['So what now?', false],
    ['How many more times must we ask for it?', false],
    ["What's wrong with these people?", false],
  ];
  it.each(table)('%s → asks: %s', (reply, asks) => expect(queryKeys(reply, parent).length > 0).toBe(asks));

  it('reads a bare set-phrase question as comment, not query', () => {
    expect(label('Since when is cycling to work a crime?', parent)).toBe('comment');
    expect(label('When does the removal start?', parent)).toBe('query');
  });
});

describe('a plain question beside an angry exclamation vents, it does not ask', () => {
  const parent = 'Police say the driver has been released without charge.';
  const table: [string, boolean][] = [
    ['Absolutely disgusting! What about the family?', false],
    ['Pathetic!!! Why was he let go?', false],
    ['Did anyone even check the footage? Shameful!', false],
    ['What about the witnesses? Lock the coward up! #justice', false],
    // Swearing vents without a bang.
    ['For fucks sake, what are the police doing?', false],
    ['Where is the bloody bastard now?', false],
    // Swearing that cheers does not vent: the rest of its sentence is not negative.
    ['Hell yes, finally some good news! Was there a hearing?', true],
    ['Wow, fucking finally. When is the hearing?', true],
    // Praise, an apology or a neutral exclamation leave the question asking.
    ['Great work by the reporter! Is there a link to the statement?', true],
    ['Sorry about that! Was it the same driver?', true],
    ['Released! Was there a hearing?', true],
    // '?!' asks, and a question about the claim's truth asks whatever the tone.
    ['Released without charge?! What happened at the station?', true],
    ['Is that really confirmed? Disgusting!', true],
  ];
  it.each(table)('%s → asks: %s', (reply, asks) => expect(queryKeys(reply, parent).length > 0).toBe(asks));
});

describe('scare quotes echo the parent only where the parent did not quote the words itself', () => {
  const keys = (reply: string, parent: string) => parentVotes(reply, parent, []).map((v) => v.key);
  const table: [string, string, boolean][] = [
    ['So the "free" parking costs £4 now.', 'The council promised free parking at the new station.', true],
    ['Nothing "temporary" about a closure that lasts two years.', 'The temporary closure of the bridge starts on Monday.', true],
    // The parent put the words in quotation marks: the reply takes up its distance, it disputes nothing.
    ['Those "highly trained" staff forgot the keys again.', 'Why did the "highly trained" crew leave the keys in the van?', false],
    // A quoted word that only contains the reply's word ('carefree' for 'free') is not the parent's own distance.
    ['So much for "free" parking.', 'The council calls the "carefree" scheme a success; parking is free.', true],
    ['They keep saying "lessons learned".', 'Officials say ‘lessons learned’ after the flooding.', false],
  ];
  it.each(table)('%s (parent: %s) → scare-quote: %s', (reply, parent, fires) => expect(keys(reply, parent).includes('scare-quote')).toBe(fires));
});

describe("a question inside words copied from the parent is the parent's, not the reply's", () => {
  const parent = 'Has anyone taken the night ferry from Hull in winter? Thinking of booking for January.';
  it('casts no query vote for the quoted question', () => {
    // Copied without a quote mark, as a quote-tweet or a pasted line does.
    expect(queryKeys('Has anyone taken the night ferry from Hull in winter? Twice, and it was rough both times.', parent)).toEqual([]);
  });
  it("still reads the reply's own question", () => {
    expect(queryKeys('Has anyone taken the night ferry from Hull in winter? Which cabin would you book?', parent).length).toBeGreaterThan(0);
  });
});

describe("a reply that repeats the parent's own negation agrees with it (negates-parent)", () => {
  const keys = (reply: string, parent: string) => parentVotes(reply, parent, []).map((v) => v.key);
  const table: [string, string, boolean][] = [
    ['The ferry did not sail on Sunday, the harbour log shows it.', 'The ferry sailed on Sunday as planned.', true],
    ['It was never a council decision.', 'The council decision closed the library.', true],
    // The parent said it was not so already: the reply's 'not' repeats it.
    ['So the ferry did not sail, then the timetable was wrong all along.', 'Update: the ferry did not sail on Sunday after all.', false],
    ['Never a council decision, fine, but somebody signed it.', 'This was not a council decision, the trust made it.', false],
  ];
  it.each(table)('%s (parent: %s) → negates-parent: %s', (reply, parent, fires) => expect(keys(reply, parent).includes('negates-parent')).toBe(fires));
});

describe('wishing the news false is no denial of it', () => {
  const denies = (reply: string) => parentVotes(reply, 'Reports say the bridge will close for two years.', []).some((v) => v.label === 'deny');
  const table: [string, boolean][] = [
    ['That is not true, the notice says six months.', true],
    ['Fake. The council denied it this morning.', true],
    ['I hope this is untrue.', false],
    ['Hope that is not the case, half the town uses it.', false],
    ['I sure hope it is fake news.', false],
    // A wish aimed at the reader ('I hope you realise …') keeps the writer's own denial.
    ['I hope you realise this is fake news.', true],
    ['Hope you know that is a lie, the notice says six months.', true],
    ['I wish people would stop spreading this fake news.', true],
  ];
  it.each(table)('%s → deny vote: %s', (reply, fires) => expect(denies(reply)).toBe(fires));
});

describe('the exclamation reading on hostile text', () => {
  it('reads a sentence of glued hashtags after a bang without backtracking (a pattern anchored at the end took seconds at 25 tags)', () => {
    const reply = `Why was he let go? Stop!${'#a'.repeat(400)} x`;
    expect(queryKeys(reply, 'Police say the driver has been released.').length).toBeGreaterThan(0);
    expect(queryKeys(`Why was he let go? Stop them! ${'#a '.repeat(400)}`, 'Police say the driver has been released.')).toEqual([]);
  });
});
