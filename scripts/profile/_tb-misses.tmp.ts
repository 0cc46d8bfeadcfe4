// Tune-only: for each tune page whose title/body fails, where the splitter's body starts/ends vs gold.
import { splitPage } from '/work/wt-texttb/src/index.js';
import { loadTextFixtures, scorePage } from '/work/wt-texttb/tests/split-scoring.js';
const only = process.argv[2];
const { pages } = loadTextFixtures('tune');
let t = 0, b = 0;
for (const { gold, input } of pages) {
  if (only && !gold.page.startsWith(only)) continue;
  const r = splitPage(input);
  const s = scorePage(gold, input, r);
  t += +s.titleRight; b += +s.bodyRight;
  if (s.titleRight && s.bodyRight) continue;
  console.log(`\n=== ${gold.page}  title ${s.titleRight ? 'ok' : 'MISS'}  body ${s.bodyRight ? 'ok' : 'MISS'} commentsInBody=${s.commentsInBody}`);
  if (!s.titleRight) console.log(`  title gold: ${JSON.stringify(gold.title)}\n  title got:  ${JSON.stringify(r.title?.text ?? null)}`);
  if (!s.bodyRight) {
    const ps = r.body?.paragraphs ?? [];
    const lineOf = (off: number) => input.slice(0, off).split('\n').length;
    const gf = gold.body ? input.indexOf(gold.body.first) : -1;
    const gl = gold.body ? input.indexOf(gold.body.last, gf) : -1;
    const pf = ps[0]?.start ?? -1, pl = ps[ps.length - 1]?.start ?? -1;
    const words = (a: number, c: number) => { const [x, y] = a < c ? [a, c] : [c, a]; const n = input.slice(x, y).split(/\s+/).filter(Boolean).length; return a < c ? -n : n; };
    if (gold.body === null) { console.log(`  gold body null; got ${ps.length} paras from line ${pf >= 0 ? lineOf(pf) : '-'}`); continue; }
    if (!ps.length) { console.log(`  got NO body; gold first line ${lineOf(gf)}`); continue; }
    const fOk = ps[0].text === gold.body.first, lOk = ps[ps.length - 1].text === gold.body.last;
    console.log(`  start ${fOk ? 'ok' : `off lines ${lineOf(pf) - lineOf(gf)}, words ${words(pf, gf)}`}  end ${lOk ? 'ok' : `off lines ${lineOf(pl) - lineOf(gl)}, words ${words(pl, gl)}`}`);
    if (!fOk) console.log(`  first gold: ${JSON.stringify(gold.body.first.slice(0, 110))}\n  first got:  ${JSON.stringify(ps[0].text.slice(0, 110))}`);
    if (!lOk) console.log(`  last gold:  ${JSON.stringify(gold.body.last.slice(0, 110))}\n  last got:   ${JSON.stringify(ps[ps.length - 1].text.slice(0, 110))}`);
  }
}
console.log(`\ntitles ${t}/${pages.length} body ${b}/${pages.length}`);
