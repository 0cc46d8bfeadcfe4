/**
 * `threadlens targets NAME...`: the card each target is scored with, as a JSON list that is itself
 * a valid `--targets` file, so a user can see what a bare name brings in, edit it and pass it back.
 */
import { targetCard } from '../../tag/stance/cards/index.js';
import type { TargetInput } from '../../schema/index.js';
import type { CliArgs } from '../args.js';
import { readTargets } from '../settings.js';

export function runTargets(args: CliArgs): number {
  const targets: TargetInput[] = [...(args.targetsFile ? readTargets(args.targetsFile) : []), ...args.inputs];
  process.stdout.write(`${JSON.stringify(targets.map(targetCard), null, 2)}\n`);
  return 0;
}
