import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const article =
  'Ferry services to the islands resumed on Friday after a three-day strike by crew members ended with a pay deal.\n\n' +
  'The operator said all routes would run to the normal timetable from Saturday morning, with extra sailings on Sunday.';

function captureIo(): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), lines: async function* () {} };
}

async function corpusCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-add-'));
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ articles: [] }));
  return dir;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)),
  );
}

describe('cli add', () => {
  it('copies the file in and appends its entry to sources.json when everything is valid', async () => {
    const dir = await corpusCopy();
    const source = join(dir, '..', `ferry-${Date.now()}.txt`);
    await writeFile(source, article);
    const io = captureIo();
    const code = await runCli(
      [
        'add',
        source,
        '--title',
        'Ferries resume',
        '--outlet',
        'Island News',
        '--url',
        'https://island.example/ferries',
        '--published',
        '2023-06-02',
        '--data',
        dir,
      ],
      io,
    );
    expect(code).toBe(0);
    const manifest = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as { articles: unknown[] };
    expect(manifest.articles).toEqual([
      {
        file: source.split('/').pop(),
        title: 'Ferries resume',
        outlet: 'Island News',
        url: 'https://island.example/ferries',
        published: '2023-06-02',
      },
    ]);
    expect(await readFile(join(dir, source.split('/').pop() ?? ''), 'utf8')).toBe(article);
  });

  it('refuses a duplicate url or identical text and leaves the corpus exactly as it was', async () => {
    const dir = await corpusCopy();
    const first = join(dir, '..', `first-${Date.now()}.txt`);
    await writeFile(first, article);
    await runCli(
      ['add', first, '--title', 'A', '--outlet', 'O', '--url', 'https://island.example/a', '--data', dir],
      captureIo(),
    );
    const before = await snapshot(dir);

    const copy = join(dir, '..', `copy-${Date.now()}.txt`);
    await writeFile(copy, article.replace('\n\n', '\n'));
    const io = captureIo();
    const code = await runCli(
      ['add', copy, '--title', 'B', '--outlet', 'O', '--url', 'https://island.example/a', '--data', dir],
      io,
    );
    expect(code).toBe(1);
    expect(io.errors).toEqual([
      `add: the url https://island.example/a is already in the corpus (${first.split('/').pop()})`,
      `add: ${copy.split('/').pop()} has the same text as ${first.split('/').pop()}, already in the corpus`,
      'add: nothing was changed',
    ]);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses a bad date and a file with no article body, changing nothing', async () => {
    const dir = await corpusCopy();
    await cp(join(dir, 'sources.json'), join(dir, 'sources.backup'));
    const chrome = join(dir, '..', `chrome-${Date.now()}.txt`);
    await writeFile(chrome, 'Home | World | Sport\nSign in\nCookie settings');
    const io = captureIo();
    const code = await runCli(
      [
        'add',
        chrome,
        '--title',
        'C',
        '--outlet',
        'O',
        '--url',
        'https://island.example/c',
        '--published',
        '2023-02-30',
        '--data',
        dir,
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.errors).toEqual(['add: --published is not a real calendar date', 'add: nothing was changed']);
    const io2 = captureIo();
    expect(
      await runCli(
        ['add', chrome, '--title', 'C', '--outlet', 'O', '--url', 'https://island.example/c', '--data', dir],
        io2,
      ),
    ).toBe(1);
    expect(io2.errors[0]).toBe(
      `add: ${chrome.split('/').pop()} is empty after cleaning: no article body text was found`,
    );
    expect(await readFile(join(dir, 'sources.json'), 'utf8')).toBe(await readFile(join(dir, 'sources.backup'), 'utf8'));
  });
});

describe('cli check', () => {
  it('lists every problem with file and field and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archivist-check-'));
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({
        articles: [{ file: 'gone.txt', title: null, outlet: 'O', url: 'https://x.example/', published: 'soon' }],
      }),
    );
    const io = captureIo();
    expect(await runCli(['check', '--data', dir], io)).toBe(1);
    expect(io.errors).toEqual([
      `gone.txt [published]: must be a date as YYYY-MM-DD`,
      `${dir}: 0 article(s), 0 passage(s), 1 problem(s)`,
    ]);
  });

  it('exits 0 and summarises a clean corpus', async () => {
    const io = captureIo();
    expect(await runCli(['check', '--data', 'data'], io)).toBe(0);
    expect(io.output).toEqual(['data: 5 article(s), 47 passage(s), 0 problem(s)']);
  });
});
