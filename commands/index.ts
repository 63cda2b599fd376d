// Every command the bot offers, listed explicitly: the router dispatches to these and deploy registers them.
import { archive } from './archive.ts';
import { ask } from './ask.ts';
import { findSources } from './findSources.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { sources } from './sources.ts';
import { register, type RegisteredCommand } from './types.ts';

/** In the order Discord lists them; register() hides each input type, so the list needs no cast. */
export const COMMANDS: readonly RegisteredCommand[] = [
  register(ask),
  register(quote),
  register(sources),
  register(help),
  register(findSources),
  register(archive),
];

/** A bare @mention (or a bare console line) is a question for /ask. */
export const MENTION_ROUTE = { command: 'ask', option: 'question' } as const;
