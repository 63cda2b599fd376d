// The command router: the one place that validates, dispatches, defers when an answer is slow, rate-limits and
// turns failures into short ephemeral errors. Adapters (Discord, console) feed it plain events and a responder.
import type { Choice, Deps, RegisteredCommand } from '../../commands/types.ts';
import type { Logger } from '../log/logger.ts';
import { errorReply, type Reply } from '../reply/model.ts';
import { decodePage } from '../reply/pager.ts';
import type { RateLimiter } from './rateLimit.ts';

interface EventBase {
  /** Interaction or message id, for logs. */
  id: string;
  userId: string;
  /** The member's permission bits (decimal), when the adapter knows them. */
  permissions?: string;
}

export type Incoming =
  | (EventBase & { kind: 'command'; name: string; options: Record<string, unknown> })
  | (EventBase & { kind: 'autocomplete'; name: string; option: string; typed: string })
  | (EventBase & { kind: 'page'; customId: string })
  | (EventBase & { kind: 'mention'; text: string });

/** How the adapter answers one event. `send` is the first response, or the edit after `defer`. */
export interface Responder {
  defer(ephemeral: boolean): Promise<void>;
  send(reply: Reply): Promise<void>;
  suggest(choices: Choice[]): Promise<void>;
}

export interface RouterOptions {
  commands: readonly RegisteredCommand[];
  /** The deps, or a function giving the current ones (a live corpus swaps them); read once per request. */
  deps: Deps | (() => Deps);
  logger: Logger;
  rateLimiter?: RateLimiter;
  /** Defer (acknowledge, answer later) when the answer is not ready within this time. */
  deferAfterMs?: number;
  now?: () => number;
  /** The command a bare @mention of the bot runs, with its text as this option. */
  mention?: { command: string; option: string };
}

export interface Router {
  handle(event: Incoming, responder: Responder): Promise<void>;
}

const DEFAULT_DEFER_AFTER_MS = 1500;
export const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';

type AnyCommand = RegisteredCommand;

export function createRouter(options: RouterOptions): Router {
  const commands = new Map<string, AnyCommand>(options.commands.map((c) => [c.definition.name, c]));
  const now = options.now ?? Date.now;
  const deferAfter = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const { logger } = options;
  const given = options.deps;
  const depsNow = typeof given === 'function' ? given : () => given;

  function resolve(event: Incoming): { command: AnyCommand; raw: Record<string, unknown>; page: number } | Reply {
    if (event.kind === 'page') {
      const request = decodePage(event.customId);
      const command = request ? commands.get(request.command) : undefined;
      if (!request || !command?.fromState)
        return errorReply('That button is no longer valid. Please run the command again.');
      return { command, raw: command.fromState(request.state), page: request.page };
    }
    if (event.kind === 'mention') {
      const target = options.mention ? commands.get(options.mention.command) : undefined;
      if (!target || !options.mention) return errorReply('Use /help to see what I can do.');
      return { command: target, raw: { [options.mention.option]: event.text }, page: 0 };
    }
    const command = event.kind === 'command' ? commands.get(event.name) : undefined;
    if (!command) return errorReply('I do not know that command. Use /help to see what I can do.');
    return { command, raw: event.kind === 'command' ? event.options : {}, page: 0 };
  }

  /** How long each command's last answer took: a command known to be slow is deferred before it runs. */
  const lastRunMs = new Map<string, number>();

  async function answer(event: Exclude<Incoming, { kind: 'autocomplete' }>, responder: Responder): Promise<void> {
    // Paging through a result is cheap and often quick: it has its own allowance, apart from new requests.
    const bucket = event.kind === 'page' ? `${event.userId}:pages` : event.userId;
    const wait = options.rateLimiter?.take(bucket, now()) ?? 0;
    if (wait > 0) {
      await responder.send(errorReply(`Slow down: too many requests. Try again in ${wait} s.`));
      return;
    }
    const target = resolve(event);
    if (!('command' in target)) {
      await responder.send(target);
      return;
    }
    const parsed = target.command.parse(target.raw);
    if (!parsed.ok) {
      await responder.send(errorReply(parsed.error));
      return;
    }
    const name = target.command.definition.name;
    const ephemeral = target.command.isPrivate?.(parsed.value) ?? false;
    // A synchronous answer cannot be interrupted by a timer, so one that was slow last time is deferred up front;
    // the race below covers answers that wait on something.
    let deferred = (lastRunMs.get(name) ?? 0) >= deferAfter / 2;
    if (deferred) await responder.defer(ephemeral);
    const started = performance.now();
    const deps = depsNow();
    const work = Promise.resolve()
      .then(() =>
        target.command.run(parsed.value, deps, {
          page: target.page,
          ...(event.permissions === undefined ? {} : { permissions: event.permissions }),
        }),
      )
      .finally(() => lastRunMs.set(name, performance.now() - started));
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolveSlow) => {
      timer = setTimeout(() => resolveSlow('slow'), deferred ? 0 : deferAfter);
    });
    const first = await Promise.race([work, slow]).finally(() => clearTimeout(timer));
    if (first === 'slow' && !deferred) {
      deferred = true;
      await responder.defer(ephemeral);
    }
    await responder.send(first === 'slow' ? await work : first);
  }

  return {
    async handle(event, responder) {
      try {
        if (event.kind === 'autocomplete') {
          const command = commands.get(event.name);
          await responder.suggest(command?.autocomplete?.(event.option, event.typed, depsNow()) ?? []);
          return;
        }
        await answer(event, responder);
      } catch (error) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        logger.error(`interaction ${event.id} (${event.kind}) failed: ${detail}`);
        if (event.kind === 'autocomplete') return;
        try {
          await responder.send(errorReply(APOLOGY));
        } catch (sendError) {
          logger.error(`interaction ${event.id}: could not send the apology: ${String(sendError)}`);
        }
      }
    },
  };
}
