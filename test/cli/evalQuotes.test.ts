import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

function io(): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), lines: async function* () {} };
}

const ARTICLE_A = [
  'Harbour workers walk out over pay',
  '',
  'Dock workers at the eastern harbour stopped work on Monday after a dispute over night-shift pay that has been running for months, and the cranes stood idle for most of the day.',
  '',
  '"We will not accept another cut to our wages, and the members have made that very clear to us," said union organiser Maria Lindqvist.',
  '',
  'The port authority said in a statement that talks would resume later in the week. "Our door stays open to the union and to every worker on the quays," it said.',
].join('\n');

const ARTICLE_B = [
  'Council approves new ferry timetable',
  '',
  'The city council voted on Tuesday to add two evening ferries from next month, after a long campaign by residents of the island districts who had lost their late boats.',
  '',
  'Councillor Tomas Berg, who chairs the transport committee, said: "Residents asked for later crossings and we listened to them."',
  '',
  '"The old timetable left whole neighbourhoods stranded after dark, and that was never fair to them," Berg added.',
].join('\n');

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-quotes-'));
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({
      articles: [
        {
          file: 'A01.txt',
          title: null,
          outlet: 'Harbour Times',
          url: 'https://harbour.example/a01',
          published: '2024-03-04',
        },
        { file: 'A02.txt', title: null, outlet: 'City Post', url: 'https://city.example/a02', published: '2024-03-05' },
      ],
    }),
  );
  await writeFile(join(dir, 'A01.txt'), ARTICLE_A);
  await writeFile(join(dir, 'A02.txt'), ARTICLE_B);
  await writeFile(
    join(dir, 'gold.json'),
    JSON.stringify({
      quotes: [
        { file: 'A01.txt', speaker: 'Maria Lindqvist', frag: 'another cut to our wages', optional: false },
        { file: 'A01.txt', speaker: 'UNKNOWN', frag: 'Our door stays open to the union', optional: false },
        { file: 'A02.txt', speaker: 'Tomas Berg', frag: 'Residents asked for later crossings', optional: false },
        { file: 'A02.txt', speaker: 'Tomas Berg', frag: 'left whole neighbourhoods stranded', optional: false },
        { file: 'A03.txt', speaker: 'Tomas Berg', frag: 'a quotation of an article the corpus lacks', optional: false },
      ],
    }),
  );
  // Each test reads the same folder; the gold with a wrong speaker is a second file.
  await writeFile(
    join(dir, 'wrong.json'),
    JSON.stringify({
      quotes: [{ file: 'A01.txt', speaker: 'Tomas Berg', frag: 'another cut to our wages', optional: false }],
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('eval --quotes', () => {
  it('counts required quotations found, listed quotes right and attributions right, per half', async () => {
    const out = io();
    expect(
      await runCli(
        ['eval', '--quotes', '--data', dir, '--gold', join(dir, 'gold.json'), '--split', 'A02', '--json'],
        out,
      ),
    ).toBe(0);
    const report = JSON.parse(out.output[0] ?? '') as Record<string, unknown> & {
      halves: Record<string, Record<string, number>>;
    };
    expect([
      report.required,
      report.found,
      report.returned,
      report.returnedCorrect,
      report.attributed,
      report.attributedRight,
    ]).toEqual([5, 4, 3, 3, 3, 3]);
    expect(report.halves.tune).toEqual({
      required: 2,
      found: 2,
      returned: 1,
      returnedCorrect: 1,
      attributed: 1,
      attributedRight: 1,
      misses: {
        notInCleanText: 0,
        wrongButNamedAsGold: 0,
        notExtracted: 0,
        unattributed: 0,
        wrongSpeaker: 0,
        notListed: 0,
        byMethod: {},
      },
    });
    expect(report.halves.heldout).toEqual({
      required: 3,
      found: 2,
      returned: 2,
      returnedCorrect: 2,
      attributed: 2,
      attributedRight: 2,
      misses: {
        notInCleanText: 1,
        wrongButNamedAsGold: 0,
        notExtracted: 1,
        unattributed: 0,
        wrongSpeaker: 0,
        notListed: 0,
        byMethod: {},
      },
    });
    expect(out.errors).toEqual(['eval: 1 gold file(s) not in the corpus, their quotations count as missed: A03.txt']);
  });

  it('reports a quote given to someone the gold names differently as a wrong attribution', async () => {
    const out = io();
    expect(await runCli(['eval', '--quotes', '--data', dir, '--gold', join(dir, 'wrong.json'), '--explain'], out)).toBe(
      0,
    );
    expect(out.output).toContain(
      'wrong  [A01.txt] "We will not accept another cut to our wages, and the members have made that very" given to Maria Lindqvist (after: said union organiser Maria Lindqvist), gold: Tomas Berg',
    );
    expect(out.output.join('\n')).toContain('every attribution right 0/1 (0.0%)');
  });

  it('counts misses by category (not extracted, unattributed, wrong speaker, not listed) when quotes are missed', async () => {
    const out = io();
    expect(await runCli(['eval', '--quotes', '--data', dir, '--gold', join(dir, 'wrong.json')], out)).toBe(0);
    expect(out.output.join('\n')).toContain(
      '  missed 1: not extracted 0 (0 not in the cleaned text), extracted but unattributed 0, wrong speaker 1 (0 to a person of the gold name that /quote does not reach by it), right speaker not listed 0\n  by rule: wrong by after (other words) 1',
    );
  });

  it('counts a quote given to an organisation as right where the gold names no person (UNKNOWN)', async () => {
    const orgDir = await mkdtemp(join(tmpdir(), 'eval-quotes-org-'));
    try {
      await writeFile(
        join(orgDir, 'sources.json'),
        JSON.stringify({
          articles: [
            {
              file: 'B01.txt',
              title: null,
              outlet: 'Harbour Times',
              url: 'https://harbour.example/b01',
              published: '2024-03-06',
            },
          ],
        }),
      );
      await writeFile(
        join(orgDir, 'B01.txt'),
        [
          'Harbour company answers its critics',
          '',
          'Northvale Shipping Company said on Monday that it would hire two hundred more dock workers before the end of the summer season.',
          '',
          '"We have listened to the workers and to the city, and the new jobs will be filled from the port districts first," the company said.',
        ].join('\n'),
      );
      await writeFile(
        join(orgDir, 'gold.json'),
        JSON.stringify({
          quotes: [{ file: 'B01.txt', speaker: 'UNKNOWN', frag: 'We have listened to the workers', optional: false }],
        }),
      );
      const out = io();
      expect(
        await runCli(['eval', '--quotes', '--data', orgDir, '--gold', join(orgDir, 'gold.json'), '--json'], out),
      ).toBe(0);
      const report = JSON.parse(out.output[0] ?? '') as Record<string, unknown>;
      expect([report.required, report.found, report.attributed, report.attributedRight]).toEqual([1, 1, 1, 1]);
    } finally {
      await rm(orgDir, { recursive: true, force: true });
    }
  });

  it('scores a nested quote’s frag against the nested quote, not the quote around it', async () => {
    const nestDir = await mkdtemp(join(tmpdir(), 'eval-quotes-nested-'));
    try {
      await writeFile(
        join(nestDir, 'sources.json'),
        JSON.stringify({
          articles: [
            { file: 'C01.txt', title: null, outlet: 'City Post', url: 'https://city.example/c01', published: null },
          ],
        }),
      );
      await writeFile(
        join(nestDir, 'C01.txt'),
        [
          'Minister defends housing plan',
          '',
          'The housing minister, Tomas Berg, defended the new grant for council homes in a speech in the city on Monday evening.',
          '',
          '"One council leader said to me, \'If you cut the grant again, we will stop building,\' and I took that seriously," Berg said.',
        ].join('\n'),
      );
      await writeFile(
        join(nestDir, 'gold.json'),
        JSON.stringify({
          quotes: [
            { file: 'C01.txt', speaker: 'Tomas Berg', frag: 'and I took that seriously', optional: false },
            { file: 'C01.txt', speaker: 'UNKNOWN', frag: 'If you cut the grant again', optional: false },
          ],
        }),
      );
      const out = io();
      expect(
        await runCli(['eval', '--quotes', '--data', nestDir, '--gold', join(nestDir, 'gold.json'), '--json'], out),
      ).toBe(0);
      const report = JSON.parse(out.output[0] ?? '') as Record<string, unknown>;
      expect([report.required, report.found, report.attributed, report.attributedRight]).toEqual([2, 2, 1, 1]);
    } finally {
      await rm(nestDir, { recursive: true, force: true });
    }
  });

  it('counts a listed quote right when the gold names its speaker by another form of the same name', async () => {
    await writeFile(
      join(dir, 'variants.json'),
      JSON.stringify({
        quotes: [
          { file: 'A02.txt', speaker: 'Berg', frag: 'Residents asked for later crossings', optional: false },
          { file: 'A02.txt', speaker: 'Tomas Berg', frag: 'left whole neighbourhoods stranded', optional: false },
        ],
      }),
    );
    const out = io();
    expect(await runCli(['eval', '--quotes', '--data', dir, '--gold', join(dir, 'variants.json'), '--json'], out)).toBe(
      0,
    );
    const report = JSON.parse(out.output[0] ?? '') as Record<string, unknown>;
    expect([report.found, report.returned, report.returnedCorrect]).toEqual([2, 4, 4]);
  });

  it('refuses a gold file in the question format with the place of the mismatch', async () => {
    await writeFile(join(dir, 'qa.json'), JSON.stringify({ questions: [{ q: 'Who?', any: ['x'] }] }));
    const out = io();
    expect(await runCli(['eval', '--quotes', '--data', dir, '--gold', join(dir, 'qa.json')], out)).toBe(2);
    expect(out.errors).toEqual([
      `eval: gold file ${join(dir, 'qa.json')} does not match the quotation format at quotes: Invalid input: expected array, received undefined`,
    ]);
  });
});
