/** Stance toward named targets: names (compiled once per analyzer) and scoring (per text). */
export { stanceToTargets } from './score.js';
export { compileTargets, compileTarget, type CompiledTarget } from './names.js';
