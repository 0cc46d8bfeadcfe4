/**
 * Review of the session-20 text branches: words and marks a rule added that also mean something
 * else. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { matchBoilerplate } from '../src/split/text/boilerplate.js';
import { matchReplyTo } from '../src/split/text/header-block.js';
import { spanViolations } from './spans.js';

const ARTICLE = [
  'Der Stadtrat beschliesst das Budget', '',
  'Der Stadtrat hat am Dienstagabend das Budget für das kommende Jahr verabschiedet, nach einer langen Debatte über Schulen und Strassen.', '',
  'Die Bürgermeisterin verteidigte eine moderate Erhöhung der Gemeindesteuern zur Sanierung von zwei Primarschulen.', '',
  'Kommentare (3)', '',
];
const POSTS = [
  'Endlich eine vernünftige Entscheidung für unsere Schulen, es war höchste Zeit.',
  'Schon wieder mehr Steuern, wir zahlen doch schon genug.',
  'Die Schulen brauchen das Geld, das sieht doch jeder.',
];
const AGES = ['vor 3 Stunden', 'vor 2 Stunden', 'vor 1 Stunde'];

describe('a surname with a particle is a writer, a byline needs a full name after the particle', () => {
  const cases: [string, string[]][] = [
    ['"Von Arx" and "Di Marco" over their dates', ['Anna Keller', 'Von Arx', 'Di Marco']],
    ['"Par Lindqvist" and "Af Klint"', ['Par Lindqvist', 'Af Klint', 'Anna Keller']],
  ];
  it.each(cases)('%s keep their names', (_, names) => {
    const lines = [...ARTICLE, ...names.flatMap((name, i) => [name, AGES[i]!, POSTS[i]!, ''])];
    const result = splitPage(lines.join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => c.author)).toEqual(names);
  });

  const bylines: [string, boolean][] = [
    ['Von Anna Müller, Bern', true],
    ['Por: Laura Camila Restrepo', true],
    ['Par Jean Dupont | AFP', true],
    ['Por: Redacción', true],
    ['Von Arx', false],
    ['Di Marco', false],
    ['Door Dash', false],
  ];
  it.each(bylines)('"%s" is a byline: %s', (line, byline) => {
    expect(matchBoilerplate(line)?.kind === 'byline').toBe(byline);
  });
});

describe('a load-more button says load or show; a heading of article and "comments" is none', () => {
  const cases: [string, boolean][] = [
    ['Weitere Kommentare laden', true],
    ['Plus de commentaires', true],
    ['Cargar más comentarios', true],
    ['Ver todos los comentarios', true],
    ['Alle Kommentare anzeigen', true],
    ['Les commentaires', false],
    ['I commenti', false],
    ['Los comentarios', false],
    ['Alle Kommentare', false],
    ['Os comentários', false],
  ];
  it.each(cases)('"%s" is a load-more button: %s', (line, button) => {
    expect(matchBoilerplate(line)?.rule === 'comment-widget').toBe(button);
  });
});

describe('a nesting arrow is a reply; a file tree branch is not', () => {
  const cases: [string, boolean][] = [
    ['└ Sandra Keller', true],
    ['↳ night_owl_42', true],
    ['└── src', false],
    ['└─ main.rs', false],
    ['├── Cargo.toml', false],
  ];
  it.each(cases)('"%s" names a replied-to writer: %s', (line, reply) => {
    expect(matchReplyTo(line) !== null).toBe(reply);
  });
});
