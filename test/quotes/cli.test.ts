import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { quote } from '../../src/cli/quote.ts';
import { speakers } from '../../src/cli/speakers.ts';
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
  const entry = { file: 'harbour.txt', title: 'Harbour reopens after storm', outlet: 'Bay News', url: 'https://bay.example/harbour', published: '2023-11-02' };
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
      ['The wall held up better than any of us expected, and the ferries can sail again from tomorrow', 'Bay News', '2023-11-02'],
    ]);
  });

  it('prints a readable listing, and suggestions for an unknown name', async () => {
    const dir = await corpus();
    const io = captureIo();
    await quote.run(['--speaker', 'Grace Okoye', '--data', dir], io);
    expect(io.output.join('\n')).toBe(
      [
        'Grace Okoye',
        'Also referred to as: Okoye',
        '',
        '1. “The wall held up better than any of us expected, and the ferries can sail again from tomorrow”',
        '   — Bay News, 2023-11-02 · Harbour reopens after storm',
        '   https://bay.example/harbour#:~:text=The%20wall%20held%20up%20better,can%20sail%20again%20from%20tomorrow',
      ].join('\n'),
    );
    const unknown = captureIo();
    await quote.run(['--speaker', 'Okafor', '--data', dir], unknown);
    expect(unknown.output).toEqual(['No quoted speaker matches "Okafor". Did you mean: Grace Okoye?']);
  });

  it('refuses a missing speaker and a bad limit with exit code 2', async () => {
    const io = captureIo();
    expect(await quote.run(['--json'], io)).toBe(2);
    expect(await quote.run(['--speaker', 'x', '--limit', 'ten'], io)).toBe(2);
    expect(io.errors).toEqual(['quote: --speaker NAME is required', 'quote: --limit must be a whole number of at least 1, got "ten"']);
  });
});

describe('cli speakers', () => {
  it('lists the quoted people as JSON', async () => {
    const dir = await corpus();
    const io = captureIo();
    expect(await speakers.run(['--json', '--data', dir], io)).toBe(0);
    expect(speakersResultSchema.parse(JSON.parse(io.output.join('\n')))).toEqual({ speakers: [{ name: 'Grace Okoye', aliases: ['Okoye'], quotes: 1, kind: 'person', role: null }] });
  });
});
