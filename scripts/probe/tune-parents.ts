/**
 * Tune pages only: every matched comment whose parent is wrong, with gold parent vs ours and the
 * opening of the comment. Usage: npx tsx scripts/probe/tune-parents.ts [pageNumberFrom] [pageNumberTo]
 */
import { splitPage } from '../../src/index.js';
import { locateComments } from '../../tests/gold.js';
import { loadTextFixtures, quotedReplyMatch } from '../../tests/split-scoring.js';

const from = Number(process.argv[2] ?? 0);
const to = Number(process.argv[3] ?? 9999);
const { pages } = loadTextFixtures('tune');
let matched = 0;
let right = 0;
const line = (s: string | undefined | null) => (s ?? '').replace(/\s+/gu, ' ').slice(0, 110);
for (const { gold, input } of pages) {
  const n = Number.parseInt(gold.page, 10);
  if (n < from || n > to) continue;
  const result = splitPage(input);
  const spans = locateComments(input, gold.comments);
  const byStart = new Map(result.comments.map((c) => [`${c.start}:${c.end}`, c]));
  const byEnd = new Map(result.comments.map((c) => [c.end, c]));
  const matchOf = spans.map((s) => byStart.get(`${s.start}:${s.end}`) ?? quotedReplyMatch(input, s, byEnd.get(s.end)));
  const out: string[] = [];
  gold.comments.forEach((g, i) => {
    const p = matchOf[i];
    if (!p) return;
    matched++;
    const goldParent = g.parent === null ? null : matchOf[g.parent]?.id ?? 'unmatched';
    if (p.parentId === goldParent) return right++;
    const ours = p.parentId ? result.comments.find((c) => c.id === p.parentId) : null;
    const gp = g.parent === null ? null : gold.comments[g.parent];
    out.push(
      `  #${i} ${p.id} by ${g.author} | gold ${g.parent === null ? 'top' : `#${g.parent} ${goldParent} ${gp?.author}`} | ours ${ours ? `${ours.id} #${matchOf.indexOf(ours)} ${ours.author}` : 'top'} | rule ${p.replyEvidence?.rule ?? '-'} "${line(p.replyEvidence?.text)}"\n` +
        `     header: ${line(p.header?.text)}\n     text: ${line(p.text)}`,
    );
  });
  if (out.length) console.log(`${gold.page} (${gold.format})\n${out.join('\n')}`);
}
console.log(`tune parents ${right}/${matched} = ${(right / matched).toFixed(3)}`);
