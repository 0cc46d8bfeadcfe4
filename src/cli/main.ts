/**
 * The threadlens CLI. stdout carries records and nothing else; everything for people goes to
 * stderr. Exit codes: 0 all inputs succeeded, 1 some got error records, 2 usage error.
 */
import { THREADLENS_VERSION } from '../version.js';
import { HELP, parseCliArgs, UsageError } from './args.js';

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${THREADLENS_VERSION}\n`);
    return 0;
  }
  // Commands load lazily so --help, --version and usage errors answer at once.
  if (args.command === 'schema') return (await import('./commands/schema.js')).runSchema();
  if (args.command === 'targets') return (await import('./commands/targets.js')).runTargets(args);
  if (args.command === 'report') return (await import('./commands/report.js')).runReport(args);
  if (args.command === 'comments') return (await import('./commands/comments.js')).runComments(args);
  return (await import('./commands/pages.js')).runPages(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`threadlens: ${error.message}\nRun "threadlens --help" for usage.\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`threadlens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
