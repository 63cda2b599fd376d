import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

/**
 * The /ask figures on test/fixtures/ask-styles (12 invented articles, 72 answerable and 15 unanswerable questions
 * written before the bot was run on them): any change to answering that moves one of them fails here, so a change
 * must say what it did to these questions. Update the figures only with the change that moves them.
 */
const DATA = 'test/fixtures/ask-styles';
const GOLD = `${DATA}/qa-gold.json`;

interface Report {
  questions: number;
  results: { q: string; answerable: boolean; outcome: string; hitRank: number | null }[];
}

async function evaluate(data = DATA, gold = GOLD): Promise<Report & Record<string, unknown>> {
  const output: string[] = [];
  const io: CliIo = { out: (t) => output.push(t), err: (t) => output.push(t), lines: async function* () {} };
  expect(await runCli(['eval', '--data', data, '--gold', gold, '--json'], io)).toBe(0);
  return JSON.parse(output.join('\n')) as Report & Record<string, unknown>;
}

const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { questions: { q: string; style?: string }[] };

describe('ask-styles fixture eval', () => {
  it('answers the invented articles with these exact figures', async () => {
    const report = await evaluate();
    const { results, ...totals } = report;
    expect(totals).toEqual({
      questions: 87,
      answerable: 72,
      unanswerable: 15,
      hitAt1: 66,
      hitAt3: 71,
      answeredHitAt1: 65,
      answerableHedged: 3,
      answerableNothing: 0,
      unanswerableAnswered: 8,
      unanswerableHedged: 7,
      unanswerableNothing: 0,
    });
    // hit@1 by the question's style: direct wording, paraphrase, answered only with the neighbouring sentence.
    const styleOf = new Map(gold.questions.map((q) => [q.q, q.style]));
    const hitsByStyle: Record<string, [number, number]> = {};
    for (const r of results.filter((r) => r.answerable)) {
      const style = styleOf.get(r.q) ?? 'none';
      const [hits, all] = hitsByStyle[style] ?? [0, 0];
      hitsByStyle[style] = [hits + (r.hitRank === 1 ? 1 : 0), all + 1];
    }
    expect(hitsByStyle).toEqual({ direct: [39, 41], paraphrase: [18, 21], neighbour: [9, 10] });
  }, 60_000);
});

/**
 * Blind sets of invented articles, gold written before any run, each asserted at these exact totals.
 * ask-styles-2: 14 articles, two pairs on one story with different figures, 93 answerable and 19 unanswerable
 * questions; first run hit@1 57, hit@3 69, answerable hedged or refused 24, unanswerable answered 5.
 * news-styles-4: 16 articles in the held-out half's genres, 96 answerable and 16 unanswerable questions; first run
 * hit@1 72, hit@3 81, answerable hedged or refused 15, unanswerable answered 12 (10 once a counting question's verb
 * must be in the counting sentence).
 * news-styles-3: 72 answerable and 14 unanswerable questions; blind until ask11, failure material since (first run
 * hit@1 39, hit@3 56, answerable hedged or refused 9, unanswerable answered 4).
 */
const BLIND_SETS = [
  {
    set: 'ask-styles-2',
    totals: {
      questions: 112,
      answerable: 93,
      unanswerable: 19,
      hitAt1: 74,
      hitAt3: 87,
      answeredHitAt1: 73,
      answerableHedged: 2,
      answerableNothing: 0,
      unanswerableAnswered: 5,
      unanswerableHedged: 7,
      unanswerableNothing: 7,
    },
  },
  {
    set: 'news-styles-4',
    totals: {
      questions: 112,
      answerable: 96,
      unanswerable: 16,
      hitAt1: 74,
      hitAt3: 88,
      answeredHitAt1: 72,
      answerableHedged: 4,
      answerableNothing: 0,
      unanswerableAnswered: 11,
      unanswerableHedged: 5,
      unanswerableNothing: 0,
    },
  },
  {
    set: 'news-styles-3',
    totals: {
      questions: 86,
      answerable: 72,
      unanswerable: 14,
      hitAt1: 45,
      hitAt3: 61,
      answeredHitAt1: 44,
      answerableHedged: 2,
      answerableNothing: 0,
      unanswerableAnswered: 2,
      unanswerableHedged: 7,
      unanswerableNothing: 5,
    },
  },
];

describe('blind fixture sets', () => {
  it.each(BLIND_SETS)(
    'answers $set with these exact figures',
    async ({ set, totals: expected }) => {
      const { results, ...totals } = await evaluate(`test/fixtures/${set}`, `test/fixtures/${set}/qa-gold.json`);
      expect(results).toHaveLength(expected.questions);
      expect(totals).toEqual(expected);
    },
    60_000,
  );
});
