#!/usr/bin/env node
// The CLI as an installed script (`archivist check`, via package.json "bin"): registers tsx so the TypeScript
// sources run directly, then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
const { processIo } = await import('./io.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo());
