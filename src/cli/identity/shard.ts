/**
 * --shard I/N: a deterministic share of the inputs. Each input goes to shard hash(key) mod N, with
 * the key of keys.ts, so the N shards partition the input exactly and a rerun or a resumed run of
 * a shard takes the same inputs. `auto` reads the index from an array job's environment.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../args.js';

export interface Shard {
  index: number;
  count: number;
}

/** FNV or a JS string hash would do, but md5's first 32 bits are the same in every language (a Python check can recompute them). */
export function shardOf(key: string, count: number): number {
  if (count === 1) return 0;
  return createHash('md5').update(key).digest().readUInt32BE(0) % count;
}

export function inShard(key: string, shard: Shard | null): boolean {
  return shard === null || shardOf(key, shard.count) === shard.index;
}

/** `I/N`, or `auto` with the count from the environment or `--shards`. */
export function parseShard(spec: string | null, shards: number | null, env: NodeJS.ProcessEnv = process.env): Shard | null {
  if (spec === null) return null;
  if (spec === 'auto') return fromEnvironment(env, shards);
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!match) throw new UsageError(`--shard must be I/N (e.g. 0/4) or auto; got "${spec}"`);
  return checked(Number(match[1]), Number(match[2]), `--shard ${spec}`);
}

/**
 * SLURM numbers array tasks from SLURM_ARRAY_TASK_MIN (an `--array=1-4` job starts at 1), so the
 * index is taken relative to it; AWS Batch and Kubernetes indexed jobs count from 0 and give no
 * count, which then comes from --shards.
 */
function fromEnvironment(env: NodeJS.ProcessEnv, shards: number | null): Shard {
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (slurm !== undefined && slurm !== '') {
    const min = whole(env.SLURM_ARRAY_TASK_MIN ?? '0', 'SLURM_ARRAY_TASK_MIN');
    const count = shards ?? whole(env.SLURM_ARRAY_TASK_COUNT ?? '', 'SLURM_ARRAY_TASK_COUNT');
    return checked(whole(slurm, 'SLURM_ARRAY_TASK_ID') - min, count, 'SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN');
  }
  for (const name of ['AWS_BATCH_JOB_ARRAY_INDEX', 'JOB_COMPLETION_INDEX']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (shards === null) throw new UsageError(`--shard auto found ${name} but no shard count: add --shards N (the array size)`);
    return checked(whole(value, name), shards, name);
  }
  throw new UsageError(
    '--shard auto needs an array job: none of SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX is set (use --shard I/N outside one)',
  );
}

function whole(value: string, name: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--shard auto: ${name} must be a whole number; got "${value}"`);
  return Number(value);
}

function checked(index: number, count: number, what: string): Shard {
  if (count < 1) throw new UsageError(`${what}: the shard count must be at least 1`);
  if (index < 0 || index >= count) throw new UsageError(`${what}: shard index ${index} is outside 0..${count - 1}`);
  return { index, count };
}

/** `-o out-{shard}.jsonl` gives each shard its own file (and its own --resume). */
export function outputFor(template: string | null, shard: Shard | null): string | null {
  if (template === null || !template.includes('{shard}')) return template;
  if (shard === null) throw new UsageError('-o contains {shard} but no --shard was given');
  return template.replaceAll('{shard}', String(shard.index));
}
