// `npm run deploy-commands`: registers the slash and message commands through the configured REST base —
// in DISCORD_GUILD_ID when set (instant), else globally.
import { REST, Routes } from 'discord.js';
import { configFromEnvironment } from '../config/environment.ts';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../../commands/index.ts';
import type { CommandDefinition } from '../../commands/types.ts';

export interface DeployTarget {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

export function commandDefinitions(): CommandDefinition[] {
  return COMMANDS.map((c) => c.definition);
}

/** Bulk-overwrites the application's commands; returns how many Discord now has. */
export async function deployCommands(target: DeployTarget): Promise<number> {
  const rest = new REST(target.apiUrl === undefined ? {} : { api: target.apiUrl }).setToken(target.token);
  const route =
    target.guildId === undefined
      ? Routes.applicationCommands(target.applicationId)
      : Routes.applicationGuildCommands(target.applicationId, target.guildId);
  const saved = (await rest.put(route, { body: commandDefinitions() })) as unknown[];
  return saved.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const config = configFromEnvironment();
  if (config === null) {
    process.exitCode = 1;
  } else if (config.DISCORD_TOKEN === undefined || config.DISCORD_APPLICATION_ID === undefined) {
    process.stderr.write('deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).\n');
    process.exitCode = 1;
  } else {
    const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = config;
    deployCommands({
      token: DISCORD_TOKEN,
      applicationId: DISCORD_APPLICATION_ID,
      ...(DISCORD_GUILD_ID === undefined ? {} : { guildId: DISCORD_GUILD_ID }),
      ...(DISCORD_API_URL === undefined ? {} : { apiUrl: DISCORD_API_URL }),
    }).then(
      (count) =>
        process.stdout.write(
          `registered ${count} commands ${DISCORD_GUILD_ID === undefined ? 'globally' : `in guild ${DISCORD_GUILD_ID}`}\n`,
        ),
      (error: unknown) => {
        process.stderr.write(`deploy-commands failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
