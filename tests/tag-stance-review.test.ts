import { describe, it, expect } from 'vitest';
import { tagStance } from '../src/tag/stance/index.js';
import { deriveCard } from '../src/tag/stance/cards/index.js';

type Label = 'favor' | 'against' | 'none';
const label = (text: string, target: string) => tagStance(text, { targets: [target] }).targets[0]!.label;

describe('a side word that opens a hashtag', () => {
  // The rest of the tag may say something about the side word itself: then the tag is not the side's.
  const table: [string, string, Label][] = [
    ['#ProLifeIsALie', 'Legalization of Abortion', 'none'],
    ['#ProChoiceIsMurder', 'Legalization of Abortion', 'none'],
    ['#prolifehypocrites are everywhere', 'Legalization of Abortion', 'none'],
    ['#FeminismIsCancer', 'Feminist Movement', 'against'],
    ['#prolifeyouth', 'Legalization of Abortion', 'against'],
    ['#ProLifeGeneration', 'Legalization of Abortion', 'against'],
    ['#prochoice', 'Legalization of Abortion', 'favor'],
    ['#ProLifeIsBeautiful', 'Legalization of Abortion', 'against'],
    ['#prochoiceisawesome', 'Legalization of Abortion', 'favor'],
  ];
  it.each(table)('%s → %s: %s', (text, target, expected) => expect(label(text, target)).toBe(expected));
});

describe('an if-clause in the past subjunctive', () => {
  const table: [string, string, Label][] = [
    ['I asked him if feminists were happy.', 'Feminist Movement', 'none'],
    ['We checked if the atheists were happy.', 'Atheism', 'none'],
    ['If feminists were happy, they would stop complaining.', 'Feminist Movement', 'against'],
    ['Feminists would stop complaining if feminists were happy.', 'Feminist Movement', 'against'],
    ['Even if feminists were happy, nothing changes.', 'Feminist Movement', 'against'],
  ];
  it.each(table)('%s → %s: %s', (text, target, expected) => expect(label(text, target)).toBe(expected));
});

describe('praise in a question that asks for agreement', () => {
  const table: [string, string, Label][] = [
    ['Hillary is great, right?', 'Hillary Clinton', 'favor'],
    ['Hillary is wonderful, isn\'t she?', 'Hillary Clinton', 'favor'],
    ['Who else thinks Hillary is amazing?', 'Hillary Clinton', 'favor'],
    ['Does anyone else think Hillary is brilliant?', 'Hillary Clinton', 'favor'],
    ['Name one great thing Hillary did?', 'Hillary Clinton', 'none'],
    ['How is Hillary so great?', 'Hillary Clinton', 'none'],
    ['Am I the only one who thinks Hillary is wonderful?', 'Hillary Clinton', 'favor'],
    ['Who thinks Hillary is great?', 'Hillary Clinton', 'none'],
    ['Is Hillary great, right now?', 'Hillary Clinton', 'none'],
  ];
  it.each(table)('%s → %s: %s', (text, target, expected) => expect(label(text, target)).toBe(expected));
});

describe('a name respelled with one letter less', () => {
  const table: [string, string[], string[]][] = [
    ['Greg Abbott', [], ['abbot']],
    ['Tim Scott', [], ['scot']],
    ['Hillary Clinton', ['hilary'], []],
    ['Bernie Sanders', ['sanders'], ['sander']],
  ];
  it.each(table)('%s', (name, kept, dropped) => {
    const card = deriveCard(name);
    const names = [...card.aliases, ...card.opponents].map((n) => n.toLowerCase());
    for (const n of kept) expect(names).toContain(n);
    for (const n of dropped) expect(names).not.toContain(n);
  });
  it('does not read a common noun as the name', () => {
    expect(label('I love my abbot.', 'Greg Abbott')).toBe('none');
    expect(label('I love Abbott.', 'Greg Abbott')).toBe('favor');
  });
});
