import { describe, it, expect } from 'vitest';
import { findQuestions } from '../src/tag/questions/find.js';
import { viewOf } from '../src/text/view.js';
import { parentVotes, stanceToParent } from '../src/tag/stance/parent.js';
import { compileCues } from '../src/text/cues.js';

// Invented comments (review of parent-cues 1.26-1.27). A reply answers a comment; a top-level comment the article.
const PARENT = 'The council says the new bus lane will fix the congestion on the high street.';
const rulesOf = (text: string, parentIsArticle: boolean) => {
  const view = viewOf(text);
  return parentVotes(view, PARENT, findQuestions(view), { parentIsArticle }).map((v) => v.key.split(/[@:]/u)[0]);
};
const labelOf = (text: string, parentIsArticle: boolean) => {
  const view = viewOf(text);
  return stanceToParent(view, PARENT, findQuestions(view), {}, { parentIsArticle }).label;
};

describe('agreement in the languages added in 1.27 is turned away by their negators (support-agree)', () => {
  // [comment, agreement counts]
  const table: [string, boolean][] = [
    ['Sunt de acord cu tine.', true],
    ['Nu sunt de acord cu asta.', false],
    ['Olen samaa mieltä.', true],
    ['En ole samaa mieltä.', false],
    ['Emme ole samaa mieltä tästä.', false],
    ['Setuju, harus ada parkir dulu.', true],
    ['Saya tidak begitu setuju.', false],
    ['Đồng ý, phải có bãi gửi xe trước.', true],
    ['Tôi không hoàn toàn đồng ý.', false],
    ['同意，早就该这样了。', true],
    ['完全赞同。', true],
    ['我不太同意。', false],
    ['我不完全同意这个说法。', false],
    ['我没有同意过这个。', false],
    ['その案には賛成できない。', false],
    ['この意見には同意しない。', false],
  ];
  it.each(table)('%s → %s', (text, agrees) => expect(rulesOf(text, false).includes('support-agree')).toBe(agrees));

  it("does not read consent as agreement ('without the user's consent')", () => {
    expect(labelOf('这个应用未经用户同意就收集数据。', true)).not.toBe('support');
  });
});

describe('sarcasm in a reply needs its own sentence opening, not a sincere yes (deny-sarcasm)', () => {
  const table: [string, boolean][] = [
    ['Sure you did.', true],
    ['Sure you did, mate.', true],
    ['Yeah. Sure they will.', true],
    ['Course it is.', true],
    ['Yeah, and they always tell the truth.', true],
    ['Make sure you do.', false],
    ["I'm sure they will.", false],
    ['Not sure it does.', false],
    ['Sure you can, just freeze it.', false],
    ['Of course it does, that is the whole point of it.', false],
    ['Yes, because they never fixed the drain.', false],
  ];
  it.each(table)('%s → %s', (text, fires) => expect(rulesOf(text, false).includes('deny-sarcasm')).toBe(fires));
});

describe("a reply that moves the blame, not one that takes up the writer's point (deny-reframe)", () => {
  const table: [string, boolean][] = [
    ["The drivers aren't the problem, the timetable is.", true],
    ['Owners are the real problem, not dogs.', true],
    ['That is the real problem.', false],
    ['This is the real issue, yes.', false],
    ['Exactly, which is the real problem.', false],
  ];
  it.each(table)('%s → %s', (text, fires) => expect(rulesOf(text, false).includes('deny-reframe')).toBe(fires));
  it("lets 'Exactly.' agree before a sentence that names the real problem", () => {
    expect(labelOf('Exactly. That is the real problem.', false)).toBe('support');
  });
});

describe('the news as one more of a tired kind, not praise or a whenever-clause (deny-weary)', () => {
  const table: [string, boolean][] = [
    ['Another year, another increase.', true],
    ['Yet another consultation nobody will read.', true],
    ['Another white elephant. Give it five years.', true],
    ["Every six months there's a battery breakthrough story and nothing changes.", true],
    ['Every couple of years someone builds this and it folds.', true],
    ['Another amazing win for the team!', false],
    ['Another superb piece of reporting.', false],
    ['Another wonderful evening at the theatre.', false],
    ['Every time there is heavy rain the high street floods.', false],
    ['Every time they resurface it, the potholes come back by spring.', false],
  ];
  it.each(table)('%s → %s', (text, fires) => expect(rulesOf(text, true).includes('deny-weary')).toBe(fires));
});

describe("a welcome's next sentence in the first person gives the writer's reason, not a sneer", () => {
  const table: [string, string][] = [
    ['Finally. I take the 6.10 every day and the platform is dangerous at peak.', 'support'],
    ["Finally. We've waited years and the junction is a nightmare at school time.", 'support'],
  ];
  it.each(table)('%s → %s', (text, label) => expect(labelOf(text, true)).toBe(label));
  it('still reads a negative sentence about the news after a welcome as sarcasm', () => {
    expect(labelOf('Finally. What a shambles, a total disgrace.', true)).not.toBe('support');
  });
});

describe('cue patterns are compiled without the u flag', () => {
  const file = (pattern: string) => ({ version: '1.0.0', description: 'd', cues: [{ id: 'x', label: 'support', weight: 1, patterns: [pattern], note: 'n', source: 's' }] });
  it('refuses a Unicode property escape, which would silently match the letters "p{L}"', () => {
    expect(() => compileCues(file('thank\\p{L}*'), 'test.json')).toThrow(/property/u);
    expect(() => compileCues(file('\\P{Lu}x'), 'test.json')).toThrow(/property/u);
  });
  it('accepts an escaped backslash before p', () => {
    expect(() => compileCues(file('a\\\\p'), 'test.json')).not.toThrow();
  });
});

describe('review follow-ups: a handle before the sarcasm, warmth after a praise-filled "Another"', () => {
  it('reads sarcasm after an @handle', () => expect(rulesOf('@sam sure they did.', false)).toContain('deny-sarcasm'));
  it("lets warmth read 'Another great …' that the weary cue leaves alone", () => {
    expect(labelOf('Another great travel story, lovely photos and such a kind host.', true)).toBe('support');
  });
});
