// PLACEHOLDER until issue 5 lands: the batch CLI.
process.stderr.write('threadlens: the CLI is not implemented yet\n');
process.exitCode = 2;
