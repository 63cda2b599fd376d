// End to end: p50/p99 from dispatching /ask through the loopback Discord server (test/support/discord/) to the
// first interaction callback, on the seed corpus and on the 100k-passage corpus.
//
// TODO(lead): not wired yet. It needs (1) the loopback Discord server in test/support/discord/ to accept an
// interaction dispatch and record callbacks with timestamps, and (2) the bot adapter in src/discord/ to start
// against it with a given corpus directory. Then, for each of `seedDir` and `largeDir`: start the server and the
// bot, dispatch /ask with the questions from workload.ts (devQuestions / scaledQuestions) one at a time, time
// dispatch -> first callback (type 4 or 5) with performance.now(), and return summarise(samples) from stats.ts.
// run.ts already calls measureEndToEnd and puts its figures in latest.json.

export interface EndToEndResult {
  available: boolean;
  note: string;
  seedP50Ms: number | null;
  seedP99Ms: number | null;
  largeP50Ms: number | null;
  largeP99Ms: number | null;
}

export async function measureEndToEnd(_corpora: { seedDir: string; largeDir: string | null }): Promise<EndToEndResult> {
  return {
    available: false,
    note: 'not available yet: the loopback Discord server and the bot adapter have not landed (see TODO in bench/endToEnd.ts)',
    seedP50Ms: null,
    seedP99Ms: null,
    largeP50Ms: null,
    largeP99Ms: null,
  };
}
