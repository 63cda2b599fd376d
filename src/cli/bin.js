#!/usr/bin/env node
// The CLI as an installed script (`archivist check`, via package.json "bin"): registers tsx so the TypeScript
// sources run directly, then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
// An entry point, like src/cli/main.ts run directly: .env settings (CORPUS_MAX_FILE_BYTES) apply to the CLI too.
const { config: loadDotenv } = await import('dotenv');
loadDotenv({ quiet: true });
const { runCli } = await import('./main.ts');
const { processIo } = await import('./io.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo());
