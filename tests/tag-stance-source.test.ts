import { describe, it, expect } from 'vitest';
import { analyzePage, tagComments } from '../src/index.js';
import { tagStance } from '../src/tag/stance/index.js';

const SOURCE = 'Police confirm two gunmen took hostages at the cafe this morning.';

describe('stance toward the thread source', () => {
  it('reads a deep reply against the source claim, not only its parent', () => {
    const parent = 'Hope everyone inside is okay.';
    const stance = tagStance("That's fake, there was only one gunman.", { parent, source: SOURCE, targets: [] });
    expect(stance.toSource?.label).toBe('deny');
    for (const e of stance.toSource!.evidence) expect(e.rule).toMatch(/^stance\/[a-z]/u);
  });

  // [reply, parent, toParent, toSource]: an opener, agreement, concession or contrast answers the reply it is
  // under; toward the source only what speaks to the claim counts, however deep the reply sits
  it.each([
    ['Exactly.', 'The gunman was known to police.', 'support', 'comment'],
    ['Yes, so sad.', 'Thoughts with the hostages tonight.', 'support', 'comment'],
    ['Nope.', 'They will all be out by noon.', 'deny', 'comment'],
    ['Actually, the ferry still runs.', 'Everything in the city is closed.', 'deny', 'comment'],
    ['Exactly, and that story is fake.', 'The gunman was known to police.', 'deny', 'deny'],
    ['Source?', 'The gunman was known to police.', 'query', 'query'],
  ] as const)('a deeper reply: %s (under "%s") → toParent %s, toSource %s', (text, parent, toParent, toSource) => {
    const stance = tagStance(text, { parent, source: SOURCE, targets: [] });
    expect(stance.toParent.label).toBe(toParent);
    expect(stance.toSource?.label).toBe(toSource);
  });

  // [reply, source, label]: a tweet's hashtag is often the claim's own word ("members of #ISIS");
  // a reply that negates it in plain words denies the claim, while a tag of the reply's own
  // ("no idea why #Sydneysiege") says nothing of it
  it.each([
    ['Not ISIS, another group.', 'Reports say the gunmen are members of #ISIS. #Sydneysiege', 'deny'],
    ['No idea why #Sydneysiege', 'Reports say the gunmen are members of #ISIS. #Sydneysiege', 'comment'],
  ] as const)('negates a word the source writes as a hashtag: %s → %s', (text, source, label) => {
    const stance = tagStance(text, { parent: source, source, targets: [] });
    expect(stance.toSource?.label).toBe(label);
  });

  it('reads a direct reply\'s opener toward the source it answers', () => {
    expect(tagStance('Exactly.', { parent: SOURCE, source: SOURCE, targets: [] }).toSource?.label).toBe('support');
    expect(tagStance('Nope.', { parent: SOURCE, source: SOURCE, targets: [] }).toSource?.label).toBe('deny');
  });

  it('is absent without a source, and equal to toParent when the parent is the source', () => {
    expect(tagStance('Source?', { parent: SOURCE, targets: [] }).toSource).toBeUndefined();
    const direct = tagStance('Source?', { parent: SOURCE, source: SOURCE, targets: [] });
    expect(direct.toSource).toEqual(direct.toParent);
    expect(direct.toSource!.evidence[0]!.rule).toBe('stance/query-evidence');
  });

  it('reads a forum reply that quotes a line and goes on as a rebuttal', () => {
    const parent = 'Fluoride is a neurotoxin and they know it.';
    const stance = tagStance('> Fluoride is a neurotoxin\nSo is table salt at a high enough dose.', { parent, targets: [] }).toParent;
    expect(stance.label).toBe('deny');
    expect(stance.evidence.map((e) => e.rule)).toContain('stance/quoted-rebuttal');
    expect(tagStance('So is table salt at a high enough dose.', { parent, targets: [] }).toParent.label).toBe('comment');
  });

  it('reads challenges and corrections as denial', () => {
    for (const text of ['Nobody believes this anymore.', 'Old photo, this is from 2012.', 'Correction: it was the east entrance.', 'It was 14 people, not 40.', 'That never happened.']) {
      expect(tagStance(text, { parent: SOURCE, targets: [] }).toParent.label, text).toBe('deny');
    }
  });

  it('gives analyzePage replies a toSource toward their thread root, with spans on the page', () => {
    const page = [
      'Council approves bike lanes',
      '',
      'The city council voted 6-1 on Tuesday to add protected bike lanes along Main Street.',
      '',
      '3 Comments',
      '',
      'Anna Berg says:',
      'March 3, 2019 at 4:12 pm',
      '',
      'The vote was 5-2, not 6-1.',
      '',
      'Reply',
      '',
      'Tom Reyes says:',
      'March 3, 2019 at 5:01 pm',
      '',
      '@Anna Berg Agreed, I was there.',
      '',
      'Reply',
      '',
      'Sam K says:',
      'March 3, 2019 at 6:30 pm',
      '',
      '@Tom Reyes Source? Nobody believes this.',
      '',
      'Reply',
    ].join('\n');
    const result = analyzePage(page);
    const byId = new Map(result.comments.map((c) => [c.id, c]));
    for (const comment of result.comments) {
      if (comment.parentId === null) expect(comment.stance.toSource).toBeUndefined();
      else expect(comment.stance.toSource).toBeDefined();
      for (const e of [...comment.stance.toParent.evidence, ...(comment.stance.toSource?.evidence ?? [])]) {
        expect(result.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    const replies = result.comments.filter((c) => c.parentId !== null);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      let root = reply;
      while (root.parentId) root = byId.get(root.parentId)!;
      if (reply.parentId === root.id) expect(reply.stance.toSource).toEqual(reply.stance.toParent);
    }
  });

  it('gives tagComments rows the root of their parentId chain as source, else their sourceText', () => {
    const records = tagComments([
      { id: 1, text: SOURCE },
      { id: 2, text: 'Praying for them.', parentId: 1 },
      { id: 3, text: "That's fake.", parentId: 2 },
      { id: 4, text: "That's fake.", parentText: 'Praying for them.', sourceText: SOURCE },
      { id: 5, text: 'First!' },
    ]);
    expect(records[0]!.stance.toSource).toBeUndefined();
    expect(records[2]!.stance.toSource?.label).toBe('deny');
    expect(records[3]!.stance.toSource?.label).toBe('deny');
    expect(records[4]!.stance.toSource).toBeUndefined();
  });

  it('survives a parentId cycle', () => {
    const records = tagComments([
      { id: 'a', text: 'one', parentId: 'b' },
      { id: 'b', text: 'two', parentId: 'a' },
    ]);
    expect(records).toHaveLength(2);
  });
});
