import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordsIn } from '../../src/cli/eval.ts';
import { foldForMatch, halfOf } from '../../src/cli/evalGold.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { RAW } from '../search/fixture-corpus.ts';

function io(): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), lines: async function* () {} };
}

/** Questions written for the fixture corpus: three answerable (two of them in the first file half), one not. */
const GOLD = {
  questions: [
    { file: 'a_harbour.txt', q: 'How long will the dredging take?', any: ['about eight months'] },
    { file: 'b_harbor.txt', q: 'Who chairs the harbor committee?', any: ['Maria Okonkwo, who chairs'] },
    { file: 'd_school.txt', q: 'When will the new school open?', any: ['in September'] },
    { q: 'How tall is the Eiffel Tower?', unanswerable: true },
  ],
};

let data: string;
let gold: string;

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'archivist-eval-'));
  for (const { entry, text } of Object.values(RAW)) await writeFile(join(data, entry.file), text);
  await writeFile(join(data, 'sources.json'), JSON.stringify({ articles: Object.values(RAW).map((r) => r.entry) }));
  gold = join(data, 'gold.json');
  await writeFile(gold, JSON.stringify(GOLD));
});

describe('wordsIn', () => {
  it('counts runs of letters or digits, not punctuation, when a text has marks and numbers', () => {
    expect(wordsIn('“It’s 4.5 km,” she said — twice.')).toBe(8);
    expect(wordsIn('')).toBe(0);
  });
});

describe('cli eval', () => {
  it('reports the totals and each question as JSON, split into halves at a file name', async () => {
    const out = io();
    expect(await runCli(['eval', '--data', data, '--gold', gold, '--split', 'c', '--json'], out)).toBe(0);
    const report = JSON.parse(out.output[0] ?? '{}') as Record<string, unknown> & {
      results: { q: string; outcome: string; half: string; hitRank: number | null; excerptWords: number }[];
    };
    expect(report).toMatchObject({
      questions: 4,
      answerable: 3,
      unanswerable: 1,
      hitAt1: 2,
      hitAt3: 3,
      unanswerableAnswered: 0,
      unanswerableNothing: 1,
    });
    expect(report.results.map((r) => [r.half, r.outcome, r.hitRank])).toEqual([
      ['tune', 'answer', 2],
      ['tune', 'answer', 1],
      ['heldout', 'answer', 1],
      ['tune', 'nothing', null],
    ]);
    expect(report.results.at(-1)?.excerptWords).toBe(0);
    expect(report.results.slice(0, 3).every((r) => r.excerptWords > 0)).toBe(true);
    expect(report.halves).toMatchObject({
      tune: { answerable: 2, unanswerable: 1, hitAt1: 1 },
      heldout: { answerable: 1, unanswerable: 0, hitAt1: 1 },
    });
  });

  it('explains each question: its class, plan, decision and candidates', async () => {
    const out = io();
    expect(await runCli(['eval', '--data', data, '--gold', gold, '--explain'], out)).toBe(0);
    const text = out.output.join('\n');
    expect(text).toContain('Q: When will the new school open?  [d_school.txt]  → answer');
    expect(text).toContain('class: when; plan: new w=');
    expect(text).toContain('decision: nothing — the question names something no article mentions');
    expect(out.output.at(-1)).toContain('hit@1 2/3 (66.7%)  hit@3 3/3 (100.0%)');
  });

  it('explains only the tune half when the questions are split, and says so', async () => {
    const out = io();
    expect(await runCli(['eval', '--data', data, '--gold', gold, '--split', 'c', '--explain'], out)).toBe(0);
    const text = out.output.join('\n');
    expect(text).toContain('Q: How long will the dredging take?  [a_harbour.txt]');
    expect(text).not.toContain('Q: When will the new school open?');
    expect(text).toContain('(held-out questions, c and after, are not explained: totals only)');
  });

  it('refuses to run without a gold file, with a clear message', async () => {
    const out = io();
    expect(await runCli(['eval', '--data', data], out)).toBe(2);
    expect(out.errors).toEqual(['eval: --gold FILE is required (for example ../shared/eval/news-dev/qa-gold.json)']);
  });

  it('names the place where a gold file breaks the format', async () => {
    const bad = join(data, 'bad.json');
    await writeFile(bad, JSON.stringify({ questions: [{ q: 'Where?', any: [] }] }));
    const out = io();
    expect(await runCli(['eval', '--data', data, '--gold', bad], out)).toBe(2);
    expect(out.errors[0]).toMatch(/^eval: gold file .*bad\.json does not match the question format at questions\.0/u);
  });
});

describe('evalGold', () => {
  it('folds case, quote marks, dashes and spaces as news-dev counts a hit', () => {
    expect(foldForMatch('  “Brave”\u2014and  ‘overdue’ ')).toBe('"brave"-and \'overdue\'');
  });

  it('puts files before the split in the tune half and alternates questions without a file', () => {
    expect([
      halfOf('N20.txt', 'N21', 0),
      halfOf('N21.txt', 'N21', 0),
      halfOf(undefined, 'N21', 0),
      halfOf(undefined, 'N21', 1),
    ]).toEqual(['tune', 'heldout', 'tune', 'heldout']);
  });
});
