import { describe, it, expect } from 'vitest';
import { tagStance } from '../src/tag/stance/index.js';

type Label = 'favor' | 'against' | 'none';
const stance = (text: string, target: string) => tagStance(text, { targets: [target] }).targets[0]!;

describe("another person's campaign tag, for a person target", () => {
  // A person's name and a year or office is a campaign's tag: its writer backs that person, a rival.
  const table: [string, string, Label][] = [
    ['Getting the yard signs out this weekend. #Bernie2016', 'Hillary Clinton', 'against'],
    ['Debate night with friends #TedCruz2016', 'Hillary Clinton', 'against'],
    ['She would make a fine cabinet pick. #Warren4President', 'Joe Biden', 'against'],
    ['Phone banking all evening #ReadyForWarren2016', 'Hillary Clinton', 'against'],
    // The target's own campaign, a tag against the rival, a place or a group with a year: no rival.
    ['Getting the yard signs out this weekend. #Hillary2016', 'Hillary Clinton', 'favor'],
    ['Getting the yard signs out this weekend. #StopBernie2016', 'Hillary Clinton', 'none'],
    ['Watching the marathon tonight #Rio2016', 'Hillary Clinton', 'none'],
    ['Long queues at the polling station #GOP2016', 'Hillary Clinton', 'none'],
    ['Long queues at the polling station #election2016', 'Hillary Clinton', 'none'],
    // Every word of the tag must be part of one person's name: an event's or a couple's tag backs no one.
    ['Best day ever #SmithWedding2016', 'Hillary Clinton', 'none'],
    ['Best day ever #JohnAndSarah2016', 'Hillary Clinton', 'none'],
    // Only a person target has rivals: a movement's tweet tagged with a candidate is not against it.
    ['Getting the yard signs out this weekend. #Bernie2016', 'Feminist Movement', 'none'],
  ];
  it.each(table)('%s → %s: %s', (text, target, expected) => expect(stance(text, target).label).toBe(expected));

  it('names the tag as evidence, and says the target was never named in the confidence', () => {
    const found = stance('Getting the yard signs out this weekend. #Bernie2016', 'Hillary Clinton');
    expect(found.evidence.map((e) => [e.text, e.rule])).toEqual([['#Bernie2016', 'stance/rival-campaign.against']]);
    expect(found.confidence).toBeLessThanOrEqual(0.5);
    for (const e of found.evidence) expect('Getting the yard signs out this weekend. #Bernie2016'.slice(e.start, e.end)).toBe(e.text);
  });

  it('adds to what the text says of the target itself', () => {
    expect(stance('Hillary is great and so is Bernie. #Bernie2016', 'Hillary Clinton').label).toBe('favor');
    expect(stance('Hillary is a liar. #Bernie2016', 'Hillary Clinton').label).toBe('against');
  });
});

describe('an endorsement whose endorsers the writer calls names', () => {
  // Invented tweets: [text, target, label].
  const table: [string, string, Label][] = [
    ['And you idiots are still going to vote for her.', 'Hillary Clinton', 'against'],
    ['The sheeple will line up to vote for Hillary again.', 'Hillary Clinton', 'against'],
    ["You're a moron if you support feminism in 2016.", 'Feminist Movement', 'against'],
    // The insult judges something else, or names no one: the endorsement stands.
    ['It would be stupid to vote for anyone but Hillary.', 'Hillary Clinton', 'favor'],
    ['Ignore the idiots. I will vote for Hillary.', 'Hillary Clinton', 'favor'],
    // The insult aims at the other side; the writer is the endorser.
    ["Sorry you idiots, I'm voting for Hillary.", 'Hillary Clinton', 'favor'],
    ["Don't listen to the idiots, vote for Hillary.", 'Hillary Clinton', 'favor'],
    ["The trolls hate her, but I'm voting for Hillary.", 'Hillary Clinton', 'favor'],
    ['Even the morons at Fox know I will vote for Hillary.', 'Hillary Clinton', 'favor'],
    ['Proud to vote for Hillary.', 'Hillary Clinton', 'favor'],
  ];
  it.each(table)('%s → %s: %s', (text, target, expected) => {
    const found = stance(text, target);
    expect(found.label).toBe(expected);
    for (const e of found.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
  it('names the mocked endorsement as the evidence', () => {
    expect(stance('Hillary again, and you idiots are still going to vote for her.', 'Hillary Clinton').evidence.map((e) => e.rule)).toContain('stance/mocked-endorsement.against');
  });
});

describe('a rival the caller lists as an opponent', () => {
  it('counts its campaign tag once', () => {
    const text = 'Signs out. #Bernie2016';
    const found = tagStance(text, { targets: [{ name: 'Hillary Clinton', opponents: ['Bernie Sanders', 'Bernie'] }] }).targets[0]!;
    expect(found.label).toBe('against');
    expect(found.evidence.filter((e) => e.text === '#Bernie2016')).toHaveLength(1);
  });
});
