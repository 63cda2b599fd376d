import { describe, expect, it } from 'vitest';
import { HEDGE, NOTHING_FOUND, NOTHING_FOUND_HINT } from '../../commands/ask.ts';
import { runCli } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

function io(stdin: string[] = []): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return {
    output,
    errors,
    out: (t) => output.push(t),
    err: (t) => errors.push(t),
    lines: async function* () {
      yield* stdin;
    },
  };
}

const CITATION_KEYS = [
  'alsoReportedBy',
  'articleId',
  'excerpt',
  'link',
  'outlet',
  'passageId',
  'published',
  'rank',
  'score',
  'title',
  'url',
];

describe('cli ask --json', () => {
  it('prints one object per answer with exactly the contract keys', async () => {
    const out = io();
    expect(await runCli(['ask', 'What was the climate change warning?', '--json'], out)).toBe(0);
    expect(out.output).toHaveLength(1);
    const answer = JSON.parse(out.output[0] ?? '') as {
      question: string;
      answered: boolean;
      citations: Record<string, unknown>[];
    };
    expect(Object.keys(answer).sort()).toEqual(['answered', 'citations', 'confidence', 'question']);
    expect(answer.question).toBe('What was the climate change warning?');
    expect(answer.answered).toBe(true);
    for (const citation of answer.citations) {
      expect(Object.keys(citation).sort()).toEqual(CITATION_KEYS);
      expect(citation.link).toMatch(/^https?:\/\/.+#:~:text=/u);
    }
    expect(answer.citations.map((c) => c.rank)).toEqual(answer.citations.map((_, i) => i + 1));
  });

  it('answers each standard-input line in turn when no question is given', async () => {
    const out = io([
      'How tall is the Eiffel Tower?',
      '',
      'Who did Rasmussen meet in his first meeting with a Russian envoy?',
    ]);
    expect(await runCli(['ask', '--json', '--k', '2'], out)).toBe(0);
    const answers = out.output.map(
      (line) => JSON.parse(line) as { question: string; answered: boolean; citations: unknown[] },
    );
    expect(answers.map((a) => [a.question, a.answered])).toEqual([
      ['How tall is the Eiffel Tower?', false],
      ['Who did Rasmussen meet in his first meeting with a Russian envoy?', true],
    ]);
    expect(answers[0]?.citations).toEqual([]);
    expect(answers[1]?.citations.length).toBeLessThanOrEqual(2);
  });

  it('refuses a bad --k with a clear message and exit code 2', async () => {
    const out = io();
    expect(await runCli(['ask', 'q', '--k', 'many'], out)).toBe(2);
    expect(out.errors).toEqual(['ask: --k must be a whole number from 1 to 20 (got "many")']);
  });
});

describe('cli ask (readable)', () => {
  it('prints /ask\'s "nothing found" reply, as the console does, for a question the corpus does not answer', async () => {
    const out = io();
    expect(await runCli(['ask', 'How tall is the Eiffel Tower?'], out)).toBe(0);
    expect(out.output).toEqual([`How tall is the Eiffel Tower?\n${NOTHING_FOUND}\n${NOTHING_FOUND_HINT}\n`]);
  });

  it('prints the hedge line over the closest passages, the ones --json lists, when none clearly answers', async () => {
    const question = 'What did the mayor say about the budget?';
    const json = io();
    expect(await runCli(['ask', question, '--json'], json)).toBe(0);
    const answer = JSON.parse(json.output[0] ?? '') as {
      answered: boolean;
      citations: { rank: number; excerpt: string }[];
    };
    expect(answer.answered).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(0);
    const out = io();
    expect(await runCli(['ask', question], out)).toBe(0);
    const lines = (out.output[0] ?? '').split('\n');
    expect(lines.slice(0, 2)).toEqual([question, HEDGE]);
    // An excerpt of two paragraphs is printed on one line (src/reply/format.ts joins its line breaks with a space).
    expect(lines.filter((l) => l.startsWith('['))).toEqual(
      answer.citations.map((c) => `[${c.rank}] ${c.excerpt.replace(/\s*\n\s*/gu, ' ')}`),
    );
    expect(lines.at(-2)).toMatch(/^\(\d+ articles searched\)$/u);
  });

  it('says on stderr that --k shapes only --json output', async () => {
    const out = io();
    expect(await runCli(['ask', 'How tall is the Eiffel Tower?', '--k', '5'], out)).toBe(0);
    expect(out.errors).toEqual([
      'ask: --k applies to --json output; the readable answer shows the citations /ask shows',
    ]);
  });
});
