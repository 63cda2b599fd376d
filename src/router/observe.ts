// What each handled event came to, for metrics: the command it ran, how it ended (the kind of reply sent, or
// 'failed' when the router had to apologise) and how long it took. Wraps a router without changing it.
import type { Reply } from '../reply/model.ts';
import { decodePage } from '../reply/pager.ts';
import { APOLOGY, type Incoming, type Responder, type Router } from './router.ts';

export type Outcome = 'answer' | 'info' | 'error' | 'failed' | 'suggested' | 'none';

export interface Handled {
  kind: Incoming['kind'];
  /** A known command's name, or 'unknown' (so metric labels stay a small fixed set whatever users send). */
  command: string;
  outcome: Outcome;
  seconds: number;
}

function commandOf(event: Incoming, known: ReadonlySet<string>, mentionCommand: string | undefined): string {
  const name =
    event.kind === 'page'
      ? decodePage(event.customId)?.command
      : event.kind === 'mention'
        ? mentionCommand
        : event.name;
  return name !== undefined && known.has(name) ? name : 'unknown';
}

function outcomeOf(reply: Reply): Outcome {
  return reply.kind === 'error' && reply.lines[0] === APOLOGY ? 'failed' : reply.kind;
}

export function observeRouter(
  router: Router,
  options: {
    commands: readonly string[];
    mentionCommand?: string;
    observe: (handled: Handled) => void;
    now?: () => number;
  },
): Router {
  const known = new Set(options.commands);
  const now = options.now ?? (() => performance.now());
  return {
    async handle(event, responder) {
      const started = now();
      let outcome: Outcome = 'none';
      const watched: Responder = {
        defer: (ephemeral) => responder.defer(ephemeral),
        send: (reply) => {
          outcome = outcomeOf(reply);
          return responder.send(reply);
        },
        suggest: (choices) => {
          outcome = 'suggested';
          return responder.suggest(choices);
        },
      };
      try {
        await router.handle(event, watched);
      } finally {
        options.observe({
          kind: event.kind,
          command: commandOf(event, known, options.mentionCommand),
          outcome,
          seconds: (now() - started) / 1000,
        });
      }
    },
  };
}
