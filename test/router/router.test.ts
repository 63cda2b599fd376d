import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Choice, Command, Deps } from '../../commands/types.ts';
import { firstError } from '../../commands/question.ts';
import type { Logger } from '../../src/log/logger.ts';
import { errorReply, infoReply, type Reply } from '../../src/reply/model.ts';
import { encodePage } from '../../src/reply/pager.ts';
import { createRateLimiter } from '../../src/router/rateLimit.ts';
import { APOLOGY, createRouter, type Incoming, type Responder } from '../../src/router/router.ts';

interface Recorded {
  calls: string[];
  replies: Reply[];
  choices: Choice[][];
}

function recorder(): Responder & Recorded {
  const calls: string[] = [];
  const replies: Reply[] = [];
  const choices: Choice[][] = [];
  return {
    calls,
    replies,
    choices,
    defer: async (ephemeral) => void calls.push(`defer:${ephemeral}`),
    send: async (reply) => {
      calls.push(`send:${reply.kind}`);
      replies.push(reply);
    },
    suggest: async (list) => {
      calls.push('suggest');
      choices.push(list);
    },
  };
}

function logger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, debug() {}, info() {}, warn() {}, error: (m) => void errors.push(m) };
}

const echo: Command<{ text: string; delay: number }> = {
  definition: { name: 'echo', type: 1, description: 'echo' },
  parse: (options) =>
    firstError(
      z.object({ text: z.string().min(1, 'Say something.'), delay: z.number().default(0) }).safeParse(options),
    ),
  fromState: ([text = '']) => ({ text }),
  isPrivate: () => true,
  run: async (input, _deps, context) => {
    if (input.text === 'boom') throw new Error('kaput');
    if (input.delay > 0) await new Promise((resolve) => setTimeout(resolve, input.delay));
    return infoReply([`${input.text} (page ${context.page})`]);
  },
  autocomplete: (_option, typed) => [{ name: `${typed}!`, value: typed }],
};

const deps = {} as Deps;
const base = { id: 'i1', userId: 'u1' };
const commands = [echo] as unknown as readonly Command<never>[];

describe('router', () => {
  it('validates options and answers with the command reply when input is good', async () => {
    const r = recorder();
    await createRouter({ commands, deps, logger: logger() }).handle(
      { ...base, kind: 'command', name: 'echo', options: { text: 'hi' } },
      r,
    );
    expect(r.calls).toEqual(['send:info']);
    expect(r.replies[0]?.lines).toEqual(['hi (page 0)']);
  });

  it('answers a specific ephemeral error and runs nothing when options are invalid', async () => {
    const r = recorder();
    await createRouter({ commands, deps, logger: logger() }).handle(
      { ...base, kind: 'command', name: 'echo', options: { text: '' } },
      r,
    );
    expect(r.replies).toEqual([errorReply('Say something.')]);
  });

  it('logs the interaction id and apologises in one ephemeral line when a handler throws', async () => {
    const r = recorder();
    const log = logger();
    await createRouter({ commands, deps, logger: log }).handle(
      { ...base, id: '987', kind: 'command', name: 'echo', options: { text: 'boom' } },
      r,
    );
    expect(r.replies).toEqual([errorReply(APOLOGY)]);
    expect(log.errors[0]).toMatch(/^interaction 987 \(command\) failed: Error: kaput/u);
  });

  it('rebuilds a page from the button custom id alone', async () => {
    const r = recorder();
    const customId = encodePage({ command: 'echo', page: 2, state: ['again'] }) ?? '';
    await createRouter({ commands, deps, logger: logger() }).handle({ ...base, kind: 'page', customId }, r);
    expect(r.replies[0]?.lines).toEqual(['again (page 2)']);
  });

  it('routes a bare mention to the configured command and option', async () => {
    const r = recorder();
    const router = createRouter({ commands, deps, logger: logger(), mention: { command: 'echo', option: 'text' } });
    await router.handle({ ...base, kind: 'mention', text: 'hello there' }, r);
    expect(r.replies[0]?.lines).toEqual(['hello there (page 0)']);
  });

  it('tells a user to slow down, with the seconds to wait, past the rate limit', async () => {
    const r = recorder();
    let now = 1_000_000;
    const router = createRouter({
      commands,
      deps,
      logger: logger(),
      rateLimiter: createRateLimiter(2, 20_000),
      now: () => now,
    });
    const event: Incoming = { ...base, kind: 'command', name: 'echo', options: { text: 'x' } };
    await router.handle(event, r);
    now += 5_000;
    await router.handle(event, r);
    now += 1_000;
    await router.handle(event, r);
    expect(r.replies.map((reply) => reply.kind)).toEqual(['info', 'info', 'error']);
    expect(r.replies[2]?.lines).toEqual(['Slow down: too many requests. Try again in 14 s.']);
    await router.handle({ ...event, userId: 'someone-else' }, r);
    expect(r.replies[3]?.kind).toBe('info');
  });

  it('defers (privately, as the command says) before a slow answer and then sends it', async () => {
    const r = recorder();
    const router = createRouter({ commands, deps, logger: logger(), deferAfterMs: 5 });
    await router.handle({ ...base, kind: 'command', name: 'echo', options: { text: 'slow', delay: 50 } }, r);
    expect(r.calls).toEqual(['defer:true', 'send:info']);
  });

  it('defers before running a synchronous command that was slow the last time', async () => {
    const busy: Command<Record<string, never>> = {
      definition: { name: 'busy', type: 1, description: 'busy' },
      parse: () => ({ ok: true, value: {} }),
      run: () => {
        const until = performance.now() + 30;
        while (performance.now() < until) {
          // synchronous work no timer can interrupt
        }
        return infoReply(['done']);
      },
    };
    const router = createRouter({
      commands: [busy] as unknown as readonly Command<never>[],
      deps,
      logger: logger(),
      deferAfterMs: 20,
    });
    const first = recorder();
    await router.handle({ ...base, kind: 'command', name: 'busy', options: {} }, first);
    const second = recorder();
    await router.handle({ ...base, kind: 'command', name: 'busy', options: {} }, second);
    expect(first.calls).toEqual(['send:info']);
    expect(second.calls).toEqual(['defer:false', 'send:info']);
  });

  it('answers autocomplete with the command suggestions and never rate-limits it', async () => {
    const r = recorder();
    const router = createRouter({ commands, deps, logger: logger(), rateLimiter: createRateLimiter(0, 20_000) });
    await router.handle({ ...base, kind: 'autocomplete', name: 'echo', option: 'text', typed: 'ras' }, r);
    expect(r.choices).toEqual([[{ name: 'ras!', value: 'ras' }]]);
  });

  it('says the command is unknown for a name it does not have', async () => {
    const r = recorder();
    await createRouter({ commands, deps, logger: logger() }).handle(
      { ...base, kind: 'command', name: 'nope', options: {} },
      r,
    );
    expect(r.replies).toEqual([errorReply('I do not know that command. Use /help to see what I can do.')]);
  });
});
