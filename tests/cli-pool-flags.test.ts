/** The V8 flags the worker pool sets so that each job uses about one core, unless node's command line already sets them. */
import { describe, expect, it } from 'vitest';
import { oneCoreFlagsToSet, ONE_CORE_PER_WORKER } from '../src/cli/pool.js';

describe('oneCoreFlagsToSet leaves a flag on node\'s command line as given', () => {
  const gc = '--single-threaded-gc';
  const compile = '--no-concurrent-recompilation';
  const cases: { name: string; execArgv: string[]; set: string[] }[] = [
    { name: 'nothing given: every flag', execArgv: [], set: [gc, compile] },
    { name: 'unrelated flags', execArgv: ['--max-old-space-size=4096', '--enable-source-maps'], set: [gc, compile] },
    { name: 'the same flag given', execArgv: [gc], set: [compile] },
    { name: 'its opposite given (--concurrent-recompilation)', execArgv: [compile.replace('--no-', '--')], set: [gc] },
    { name: 'underscores for dashes', execArgv: [compile.replace(/-/g, '_').replace(/^__/, '--')], set: [gc] },
    { name: 'the negated spelling of the GC flag', execArgv: [gc.replace('--', '--no-')], set: [compile] },
    { name: 'a flag that only starts the same', execArgv: ['--single-threaded'], set: [gc, compile] },
  ];
  for (const { name, execArgv, set } of cases) {
    it(name, () => expect(oneCoreFlagsToSet(execArgv, [gc, compile])).toEqual(set));
  }
  it('the pool\'s own flags, with nothing on the command line: all of them', () => {
    expect(oneCoreFlagsToSet([])).toEqual(ONE_CORE_PER_WORKER);
    expect(ONE_CORE_PER_WORKER).toContain(compile);
  });
});
