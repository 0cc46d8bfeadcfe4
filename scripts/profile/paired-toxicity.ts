/**
 * `tsx scripts/profile/paired-toxicity.ts [ref] [rounds]`: the toxicity bench's issue-15 path
 * (withIdentity) from the working tree and from `ref`'s sources (default main), in alternating
 * rounds over the Toxic Spans train posts (tune), CPU time per round. Prints the median CPU per
 * round of each and the median of the per-pair ratios (new / old). The two copies are separate
 * module instances with their own caches (word ids, memos), so an A/A run (ref = HEAD on a clean
 * tree) does not give exactly 1: read a ratio against an A/A run. A development aid; the figures to
 * report are the bench's.
 */
import { withIdentity, withIdentityFrom } from '../bench/sections/30-toxicity.js';
import { loadToxicSpans } from '../eval/toxicity/toxic-spans.js';
import { median, timeRound } from '../lib/rounds.js';

const ref = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 10);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a whole number >= 1, not ${process.argv[3]}`);
const texts = loadToxicSpans('tsd_train.csv').map((p) => p.text);
const { tag: old } = await withIdentityFrom(ref);
const cpu = (fn: (t: string) => unknown) => timeRound(() => texts.forEach((t) => fn(t))).cpuMs;
for (let r = 0; r < 2; r++) (cpu(old), cpu(withIdentity)); // warm-up
const olds: number[] = [];
const news: number[] = [];
for (let r = 0; r < rounds; r++) {
  // Alternate which runs first, so neither always follows the other's garbage.
  if (r % 2 === 0) (olds.push(cpu(old)), news.push(cpu(withIdentity)));
  else (news.push(cpu(withIdentity)), olds.push(cpu(old)));
}
const ratios = news.map((n, k) => n / olds[k]!);
process.stdout.write(`${rounds} pairs, ${texts.length} posts: ${ref} ${median(olds).toFixed(0)} ms CPU, working tree ${median(news).toFixed(0)} ms; new/old per pair median ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)})\n`);
