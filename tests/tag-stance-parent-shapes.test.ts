import { describe, it, expect } from 'vitest';
import { stanceToParent, parentVotes } from '../src/tag/stance/parent.js';
import { findQuantities } from '../src/tag/stance/quantities.js';
import { createAnalyzer } from '../src/analyzer/index.js';
import { spanViolations } from './spans.js';

const rulesOf = (text: string, parent: string, parentIsArticle = false) => parentVotes(text, parent, [], { parentIsArticle }).map((v) => v.key);

describe('a reply that takes up a figure its parent comment gave', () => {
  // Invented exchanges: [reply, parent, fires].
  const table: [string, string, boolean][] = [
    ['18 months is a long time to wait for a bus shelter.', 'They said the shelter would take 18 months to build.', true],
    ['£3.5m buys a lot more than one roundabout.', 'The roundabout came in at £3.5m in the end.', true],
    ['The 1,200 hours figure counts the test runs as well.', 'It took 1200 hours of flight time to certify it.', true],
    ['12% of what, though?', 'Prices rose 12% over the winter.', true],
    // A bare number is no figure: a year, a count of things, a route number.
    ['In 2019 the same council did the opposite.', 'Back in 2019 they promised a new pool.', false],
    ['Took the 42 bus there myself.', 'The 42 bus stops right outside.', false],
    // A figure the parent never gave.
    ['It was 30 minutes for me.', 'Mine took 45 minutes on the old firmware.', false],
    // A figure inside a stretch copied from the parent is the parent's own words.
    ['"The repair costs around £800 in total" is what the garage told you, fine.', 'The repair costs around £800 in total, including parts.', false],
  ];
  it.each(table)('%s (parent: %s) → %s', (reply, parent, fires) => expect(rulesOf(reply, parent).includes('takes-up-figure')).toBe(fires));

  it('decides a reply that says nothing else', () => {
    const stance = stanceToParent('18 months is a long time to wait for a bus shelter.', 'They said the shelter would take 18 months to build.', []);
    expect(stance.label).toBe('deny');
    const evidence = stance.evidence.find((e) => e.rule === 'takes-up-figure')!;
    expect('18 months is a long time to wait for a bus shelter.'.slice(evidence.start, evidence.end)).toBe(evidence.text);
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
      '@Sam Lee 40% counts the whole of Mill Lane, most of it miles from the junction.',
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
  ];
  it.each(table)('%s → %j', (text, values) => expect(findQuantities(text).map((q) => q.value)).toEqual(values));
  it('keeps spans exact', () => {
    const text = 'cost $2.50. Then 40 months, 12%';
    for (const q of findQuantities(text)) expect(/^[£$€¥]?\s?\d/u.test(text.slice(q.start, q.end))).toBe(true);
    expect(findQuantities(text).map((q) => text.slice(q.start, q.end))).toEqual(['$2.50', '40 months', '12%']);
  });
});
