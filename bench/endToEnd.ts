// End to end: from dispatching /ask on the loopback Discord emulator (test/support/discord/) to the bot's first
// interaction callback, through the real discord.js client, router and commands (test/support/bot.ts wires them
// as src/main.ts does), on the seed corpus and on the 100k-passage corpus. Runs in a worker process per corpus.
import { stringOption } from '../test/support/discord/payloads.ts';
import { startBotHarness } from '../test/support/bot.ts';
import { summarise, type Latency } from './stats.ts';

export interface EndToEndRun {
  /** Bot start: loadDeps (cached corpus, saved index, quote book), emulator, deploy, login. */
  startMs: number;
  /** Dispatch → first accepted callback (a reply, or a deferral when the answer takes long). */
  firstCallback: Latency;
  /** Dispatch → the answer on screen (the callback's reply, or the edit that fills a deferred one). */
  answered: Latency;
  /** How many first callbacks were of each type (4 reply, 5 deferred). */
  callbackTypes: Record<string, number>;
}

export interface EndToEndResult {
  available: boolean;
  note: string;
  seedP50Ms: number | null;
  seedP99Ms: number | null;
  largeP50Ms: number | null;
  largeP99Ms: number | null;
  seed?: EndToEndRun;
  large?: EndToEndRun;
}

/** Starts the bot on `corpusDir` and sends /ask `count` times (cycling through `questions`), one at a time. */
export async function endToEndLatency(
  corpusDir: string,
  questions: readonly string[],
  count: number,
): Promise<EndToEndRun> {
  const t0 = performance.now();
  // One user sends everything, so the per-user rate limit is off as the harness allows for benchmarks.
  const h = await startBotHarness({ corpusDir, rateLimit: false });
  const startMs = performance.now() - t0;
  const first: number[] = [];
  const answered: number[] = [];
  const callbackTypes: Record<string, number> = {};
  try {
    const warmup = Math.min(20, questions.length);
    for (let i = 0; i < warmup + count; i++) {
      const question = questions[i % questions.length] ?? '';
      const sent = await h.emulator.sendInteraction(
        h.emulator.build.chatInput('ask', [stringOption('question', question)]),
      );
      await h.emulator.waitForCallback(sent.id, 10_000);
      // Wait for the whole answer, so the next question never overlaps this one's follow-up requests.
      const state = h.emulator.interactions.get(sent.id);
      if (state && !state.originalFilled) await h.emulator.waitFor(() => state.originalFilled, 30_000);
      const doneAt = performance.timeOrigin + performance.now();
      if (i < warmup || !state?.acknowledged) continue;
      first.push(state.acknowledged.at - state.dispatchedAt);
      answered.push(doneAt - state.dispatchedAt);
      const type = String(state.acknowledged.type);
      callbackTypes[type] = (callbackTypes[type] ?? 0) + 1;
    }
  } finally {
    await h.stop();
  }
  return { startMs, firstCallback: summarise(first), answered: summarise(answered), callbackTypes };
}

export function notAvailable(note: string): EndToEndResult {
  return { available: false, note, seedP50Ms: null, seedP99Ms: null, largeP50Ms: null, largeP99Ms: null };
}
