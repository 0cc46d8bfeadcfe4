/**
 * Pathological plain-text pages: many comments that reply, mention, quote and ask; long words and
 * runs that stress tokenizing, stemming, obfuscation undoing and sentence splitting; odd line
 * structure. Each `make(chars)` gives a page of about `chars` characters.
 */
import type { Shape } from './index.js';
import { ARTICLE, fill, NAMES, oneComment, run, saysComment, sentence, thread, uniqueName } from './words.js';

const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

/** One comment asking "Why <text>?". */
const asked = (text: string) => oneComment(`Why ${text}?`);

export const THREAD_SHAPES: Shape[] = [
  {
    name: 'comments: questions and @replies (50k at 16x)',
    area: 'tagger',
    baseChars: 3125 * 96,
    make: (n) => thread(n, (i) => saysComment(NAMES[i % NAMES.length]!, i, i % 2 === 0 ? `How much will the ${sentence(i, '')} cost?` : `@${NAMES[(i - 1) % NAMES.length]} About ${i} dollars.`)),
  },
  {
    name: 'comments: @mentions of distinct earlier authors',
    area: 'tagger',
    make: (n) => thread(n, (i) => saysComment(uniqueName(i), i, i === 0 ? sentence(i) : `@${uniqueName((i * 7) % i)} ${sentence(i)}`)),
  },
  {
    name: 'comments: each quotes the one before',
    area: 'tagger',
    make: (n) => thread(n, (i) => saysComment(uniqueName(i), i, i === 0 ? sentence(i) : `"${sentence(i - 1)}" ${sentence(i, '.')}`)),
  },
  {
    name: 'comments: opinion questions and statements',
    area: 'tagger',
    make: (n) => thread(n, (i) => saysComment(uniqueName(i), i, i % 3 === 0 ? 'Any thoughts on this?' : sentence(i, '.'))),
  },
  {
    name: 'comments: factual questions, unthreaded',
    area: 'tagger',
    make: (n) => thread(n, (i) => saysComment(uniqueName(i), i, i % 2 ? `It starts in ${['May', 'June', 'July'][i % 3]}, I think.` : `When does the ${sentence(i, '')} start?`)),
  },
  {
    name: 'comments: one author, @self replies',
    area: 'tagger',
    make: (n) => thread(n, (i) => saysComment('Anna Berg', i, `@Anna Berg ${sentence(i)}`)),
  },
  {
    name: 'comments: Disqus bullets, threaded by opener',
    area: 'text',
    make: (n) => `${ARTICLE}${fill(n - ARTICLE.length, (i) => `${uniqueName(i)} • ${1 + (i % 50)} hours ago\n${i % 2 ? 'True, but ' : 'Ridiculous. '}${sentence(i)}\nReply • Share ›\n\n`)}`,
  },
  {
    name: 'comments: header lines only, no text',
    area: 'text',
    make: (n) => thread(n, (i) => `${uniqueName(i)} says:\nMarch 3, 2019 at 4:12 pm\n\n`),
  },
  {
    name: 'comments: CR-only line breaks',
    area: 'text',
    make: (n) => thread(n, (i) => saysComment(uniqueName(i), i, sentence(i))).replace(/\n/g, '\r'),
  },
  {
    name: 'one comment: many sentences (base 128,000)',
    area: 'tagger',
    // At 64,000 characters the 1x comment's whole analysis (about 24 MB allocated) fits in V8's young
    // generation, so 1x is a different regime from every larger size: measured t(2x)/t(1x) about 3
    // and t(32x)/t(2x) about 8 (one comment, 64,000-character units, CPU time, 2026-12-05). The base
    // is where growth is measured, not a smaller bar.
    baseChars: 128_000,
    make: (n) => oneComment(fill(n, (i) => sentence(i), ' ')),
  },
  { name: 'one comment: many @mentions', area: 'tagger', make: (n) => oneComment(fill(n, (i) => `@${uniqueName(i)}`, ' ')) },
  { name: 'one comment: many hashtags', area: 'tagger', make: (n) => oneComment(fill(n, (i) => `#${uniqueName(i)}`, ' ')) },
  { name: 'one comment: conspiracy cue flood', area: 'tagger', make: (n) => oneComment(run('They want to control us. Wake up, the globalists planned this. ', n)) },
  {
    name: 'article: many capitalised names',
    area: 'tagger',
    make: (n) => `Names in the news\n\n${fill(n, (i) => `${uniqueName(i)} Smith met ${uniqueName(i + 1)} Jones in Springfield on Monday. ${sentence(i, '.')}${i % 4 === 3 ? '\n\n' : ' '}`)}\n\nComments\n\n${saysComment('Anna Berg', 0, 'Anna0 Smith is a disgrace and Tom0 Jones is great.')}`,
  },
];

export const RUN_SHAPES: Shape[] = [
  // Words sit in a "Why …?" question, which sends them through question kinds and sentiment (the stemmer) too.
  // The consonant run has a small base: the stemmer's /[^aeiouy]+y/ makes it quadratic, and 64,000 at 1x would take minutes.
  { name: 'word: consonant run (base 4,000)', area: 'tagger', baseChars: 4000, make: (n) => asked(run(CONSONANTS, n)) },
  { name: 'word: consonant runs with y', area: 'tagger', make: (n) => asked(run('bcdfghjklmnpqrstvwxzy', n)) },
  { name: 'word: one long word of letters', area: 'tagger', make: (n) => asked(run('abcdefghijklmnopqrstuvwxyz', n)) },
  { name: 'word: one letter repeated (fuuu…)', area: 'tagger', make: (n) => asked(`f${'u'.repeat(n)}ck`) },
  { name: 'word: leetspeak run', area: 'tagger', make: (n) => asked(run('1d10t5h1t', n)) },
  { name: 'word: star-censored run', area: 'tagger', make: (n) => asked(`f${'*'.repeat(n)}k`) },
  { name: 'letters: spaced (f u c k …)', area: 'tagger', make: (n) => oneComment(run('f u c k ', n)) },
  { name: 'letters: dotted (s.h.i.t. …)', area: 'tagger', make: (n) => oneComment(run('s.h.i.t.', n)) },
  { name: 'letters: zero-width between', area: 'tagger', make: (n) => oneComment(run('i\u200Bd\u200Bi\u200Bo\u200Bt\u200B', n)) },
  { name: 'punctuation: !!! run', area: 'tagger', make: (n) => oneComment(`Really${'!'.repeat(n)}`) },
  { name: 'punctuation: ??? run', area: 'tagger', make: (n) => oneComment(`Why${'?'.repeat(n)}`) },
  { name: 'punctuation: ". . ." run', area: 'tagger', make: (n) => oneComment(`Well${run(' .', n)}`) },
  { name: 'symbols: emoji ZWJ sequences', area: 'tagger', make: (n) => oneComment(run('👩‍👩‍👧‍👦🏳️‍🌈', n)) },
  { name: 'symbols: combining marks (zalgo)', area: 'tagger', make: (n) => oneComment(run('z\u0301\u0327\u0308\u0300a\u0336\u0337', n)) },
  { name: 'script: Arabic comments', area: 'text', make: (n) => thread(n, (i) => saysComment(`مستخدم ${i}`, i, 'هذا تعليق طويل عن القرار الجديد في المدينة؟')) },
];

export const LINE_SHAPES: Shape[] = [
  { name: 'lines: one 1 MB line at 16x', area: 'text', make: (n) => fill(n, (i) => sentence(i), ' ') },
  { name: 'lines: blank lines', area: 'text', make: (n) => `${ARTICLE}${'\n'.repeat(n)}end` },
  { name: 'lines: one-word lines', area: 'text', make: (n) => fill(n, (i) => (i % 2 ? 'Reply' : 'x'), '\n') },
  { name: 'lines: "> > >" quote nesting', area: 'text', make: (n) => oneComment(fill(n, (i) => `${'> '.repeat(i % 200)}${sentence(i)}`, '\n')) },
  { name: 'lines: unclosed “ quotes', area: 'text', make: (n) => oneComment(fill(n, (i) => `“${sentence(i)}`, ' ')) },
];
