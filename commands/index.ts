// Every command the bot offers, listed explicitly: the router dispatches to these and deploy registers them.
import { archive } from './archive.ts';
import { ask } from './ask.ts';
import { findSources } from './findSources.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { sources } from './sources.ts';
import type { Command } from './types.ts';

export const COMMANDS: readonly Command<never>[] = [ask, quote, sources, help, findSources, archive] as unknown as readonly Command<never>[];

/** A bare @mention (or a bare console line) is a question for /ask. */
export const MENTION_ROUTE = { command: 'ask', option: 'question' } as const;
