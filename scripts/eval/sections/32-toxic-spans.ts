/**
 * SemEval-2021 Toxic Spans (CC0): official per-post character F1 of the union of slur, insult,
 * profanity, identity-attack and threat spans (issue 15), threadlens vs obscenity on the same posts. Train is the tune part and trial the
 * check part (`splits.mjs`): word lists may be induced from train; trial is only ever scored.
 */
import { tagIdentityAttacks } from '../../../src/tag/identity-attacks/index.js';
import { tagThreats } from '../../../src/tag/threats/index.js';
import { tagToxicity } from '../../../src/tag/toxicity/index.js';
import { partOf } from '../../lib/parts.js';
import { printTable } from '../../lib/table.js';
import { obscenitySpans } from '../toxicity/obscenity.js';
import { loadToxicSpans, offsets, spanF1 } from '../toxicity/toxic-spans.js';

function score(posts: ReturnType<typeof loadToxicSpans>, predict: (text: string) => Set<number>) {
  let f1 = 0;
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let emptyGold = 0;
  let emptyBoth = 0;
  for (const post of posts) {
    const pred = predict(post.text);
    f1 += spanF1(pred, post.gold);
    for (const k of pred) if (post.gold.has(k)) tp++;
    predicted += pred.size;
    gold += post.gold.size;
    if (post.gold.size === 0) {
      emptyGold++;
      if (pred.size === 0) emptyBoth++;
    }
  }
  return { f1: f1 / posts.length, p: tp / Math.max(1, predicted), r: tp / Math.max(1, gold), emptyOk: emptyBoth / Math.max(1, emptyGold) };
}

const threadlens = (text: string) => {
  const t = tagToxicity(text);
  return offsets([...t.slurs, ...t.insults, ...t.profanity, ...tagIdentityAttacks(text), ...tagThreats(text)]);
};
const obscenity = (text: string) => offsets(obscenitySpans(text));

/** Which part a file is, for the row label. */
function partLabel(file: 'tsd_train.csv' | 'tsd_trial.csv'): string {
  return `${partOf('toxic-spans', file) === 'check' ? 'CHECK' : 'tune'} (${file})`;
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const file of ['tsd_train.csv', 'tsd_trial.csv'] as const) {
    const posts = loadToxicSpans(file);
    const ours = score(posts, threadlens);
    const peer = score(posts, obscenity);
    rows.push([`${partLabel(file)} threadlens`, posts.length, ours.f1, ours.p, ours.r, ours.emptyOk]);
    rows.push([`${partLabel(file)} obscenity`, posts.length, peer.f1, peer.p, peer.r, peer.emptyOk]);
  }
  printTable(
    'Toxic Spans: per-post character F1, slurs + insults + profanity + identity attacks + threats (floor on CHECK >= 0.68; best published 0.708)',
    ['set / system', 'posts', 'F1', 'char P', 'char R', 'empty-gold ok'],
    rows,
  );
}
