import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { quote } from '../../src/cli/quote.ts';
import { speakers } from '../../src/cli/speakers.ts';
import { QUOTES_PER_PAGE } from '../../commands/quote.ts';
import { quoteResultSchema, speakersResultSchema } from '../../src/quotes/result.ts';

function captureIo(): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), lines: async function* () {} };
}

const ARTICLE = [
  'Harbour reopens after storm',
  'Harbour master Grace Okoye reopened the port on Thursday after engineers had checked the sea wall for damage.',
  '“The wall held up better than any of us expected, and the ferries can sail again from tomorrow,” Okoye said.',
  'She said that repairs to the fish market roof would take until the end of the month to finish properly.',
].join('\n');

async function corpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-quote-'));
  await writeFile(join(dir, 'harbour.txt'), ARTICLE);
  const entry = {
    file: 'harbour.txt',
    title: 'Harbour reopens after storm',
    outlet: 'Bay News',
    url: 'https://bay.example/harbour',
    published: '2023-11-02',
  };
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ articles: [entry] }));
  return dir;
}

describe('cli quote', () => {
  it('prints the quote result as JSON with --json', async () => {
    const dir = await corpus();
    const io = captureIo();
    expect(await quote.run(['--speaker', 'okoye', '--json', '--data', dir], io)).toBe(0);
    const result = quoteResultSchema.parse(JSON.parse(io.output.join('\n')));
    expect(result.speaker).toEqual({ name: 'Grace Okoye', aliases: ['Okoye'], kind: 'person', role: null });
    expect(result.quotes.map((q) => [q.text, q.outlet, q.published])).toEqual([
      [
        'The wall held up better than any of us expected, and the ferries can sail again from tomorrow',
        'Bay News',
        '2023-11-02',
      ],
    ]);
  });

  it("prints /quote's reply as the console renders it, and its refusal of an unknown name", async () => {
    const dir = await corpus();
    const io = captureIo();
    expect(await quote.run(['--speaker', 'Grace Okoye', '--data', dir], io)).toBe(0);
    expect(io.output).toEqual([
      [
        'Grace Okoye',
        '[1] Grace Okoye: “The wall held up better than any of us expected, and the ferries can sail again from tomorrow”',
        '    — Bay News, 2 Nov 2023 · Harbour reopens after storm',
        '      https://bay.example/harbour#:~:text=The%20wall%20held%20up%20better,can%20sail%20again%20from%20tomorrow',
        '(1 quote, newest first)',
      ].join('\n'),
    ]);
    const unknown = captureIo();
    expect(await quote.run(['--speaker', 'Okafor', '--data', dir], unknown)).toBe(0);
    expect(unknown.output).toEqual(['! No quotes from Okafor. Closest known speakers: Grace Okoye.']);
  });

  it('lists every page of quotes in one listing, or the first --limit of them', async () => {
    const all = captureIo();
    expect(await quote.run(['--speaker', 'Rasmussen'], all)).toBe(0);
    const cards = (io: { output: string[] }) =>
      io.output
        .join('\n')
        .split('\n')
        .filter((line) => /^\[\d+\] /u.test(line))
        .map((line) => line.slice(0, line.indexOf(']') + 1));
    const footer = /\((\d+) quotes, newest first\)$/u.exec(all.output.join('\n'));
    const total = Number(footer?.[1]);
    expect(total).toBeGreaterThan(QUOTES_PER_PAGE);
    expect(cards(all)).toEqual(Array.from({ length: total }, (_, i) => `[${i + 1}]`));
    expect(all.output.join('\n')).not.toContain('type "next"');
    const limited = captureIo();
    expect(await quote.run(['--speaker', 'Rasmussen', '--limit', '2'], limited)).toBe(0);
    expect(cards(limited)).toEqual(['[1]', '[2]']);
  });

  it('refuses a topic /quote refuses, with its message and exit code 2', async () => {
    const io = captureIo();
    expect(await quote.run(['--speaker', 'Okoye', '--about', 'x'.repeat(41)], io)).toBe(2);
    expect(io.errors).toEqual(['quote: The topic can be at most 40 characters.']);
    expect(io.output).toEqual([]);
  });

  it('refuses a missing speaker and a bad limit with exit code 2', async () => {
    const io = captureIo();
    expect(await quote.run(['--json'], io)).toBe(2);
    expect(await quote.run(['--speaker', 'x', '--limit', 'ten'], io)).toBe(2);
    expect(io.errors).toEqual([
      'quote: --speaker NAME is required',
      'quote: --limit must be a whole number of at least 1, got "ten"',
    ]);
  });
});

describe('cli speakers', () => {
  it('lists the quoted people as JSON', async () => {
    const dir = await corpus();
    const io = captureIo();
    expect(await speakers.run(['--json', '--data', dir], io)).toBe(0);
    expect(speakersResultSchema.parse(JSON.parse(io.output.join('\n')))).toEqual({
      speakers: [{ name: 'Grace Okoye', aliases: ['Okoye'], quotes: 1, kind: 'person', role: null }],
    });
  });
});
