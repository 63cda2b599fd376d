// The archivist CLI: `npm run cli -- <command> …`. Dispatches to the subcommands listed in subcommands.ts.
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { processIo, type CliIo } from './io.ts';
import { SUBCOMMANDS } from './subcommands.ts';

export function usage(): string {
  return ['usage: archivist <command> [options]', '', 'commands:', ...SUBCOMMANDS.map((c) => `  ${c.usage}`)].join(
    '\n',
  );
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = SUBCOMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`archivist: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  return command.run(rest, io);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // An entry point: .env gives the CLI the settings the bot uses (CORPUS_MAX_FILE_BYTES), so both judge files alike.
  loadDotenv({ quiet: true });
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
