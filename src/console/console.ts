// The local console: the bot without Discord. Reads lines (a terminal, or standard input to its end when piped),
// sends them through the same router as Discord, and prints the replies rendered for a terminal.
import { createInterface } from 'node:readline';
import type { RegisteredCommand } from '../../commands/types.ts';
import type { Pager } from '../reply/model.ts';
import { encodePage } from '../reply/pager.ts';
import type { Router } from '../router/router.ts';
import { parseConsoleLine } from './parse.ts';
import { ANSI, PLAIN, renderForConsole } from './render.ts';
import { visibleText } from '../reply/visible.ts';

export interface ConsoleOptions {
  router: Router;
  commands: readonly RegisteredCommand[];
  input: NodeJS.ReadableStream;
  write(text: string): void;
  interactive: boolean;
  color: boolean;
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const style = options.color ? ANSI : PLAIN;
  let lastPager: Pager | undefined;
  let counter = 0;
  const responder = {
    defer: async () => {},
    send: async (reply: Parameters<typeof renderForConsole>[0]) => {
      if (reply.pager) lastPager = reply.pager;
      options.write(`${renderForConsole(reply, style)}\n`);
    },
    suggest: async (choices: { name: string }[]) => {
      options.write(`${choices.map((c) => visibleText(c.name)).join('\n')}\n`);
    },
  };
  const lines = createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
  if (options.interactive) options.write('> ');
  for await (const line of lines) {
    counter += 1;
    const parsed = parseConsoleLine(line, options.commands, `console-${counter}`);
    // The message may quote what was typed (an unknown command name).
    if (parsed.kind === 'error') options.write(`! ${visibleText(parsed.message)}\n`);
    if (parsed.kind === 'event') await options.router.handle(parsed.event, responder);
    if (parsed.kind === 'page') {
      const target = lastPager
        ? { command: lastPager.command, page: lastPager.page + parsed.direction, state: lastPager.state }
        : null;
      const customId = target && target.page >= 0 && target.page < (lastPager?.pages ?? 0) ? encodePage(target) : null;
      if (customId === null) options.write('! There is no other page to show.\n');
      else
        await options.router.handle({ kind: 'page', id: `console-${counter}`, userId: 'console', customId }, responder);
    }
    if (options.interactive) options.write('> ');
  }
}
