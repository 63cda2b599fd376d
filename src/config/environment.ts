// The configuration of a process started by hand (the bot, start:sharded, deploy-commands): .env read into the
// environment, then validated. Only entry points call this; the core never reads the environment.
import { config as loadDotenv } from 'dotenv';
import { loadConfig, type Config } from './config.ts';

/** The validated configuration, or null after writing every problem to stderr (the token is never printed). */
export function configFromEnvironment(): Config | null {
  loadDotenv({ quiet: true });
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return null;
  }
  return loaded.config;
}
