import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function captureIo(): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), lines: async function* () {} };
}

async function emptyCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-add-page-'));
  dirs.push(dir);
  return dir;
}

/** A question each page answers, and the sentence the answer must quote verbatim. */
const QUESTIONS = [
  {
    file: 'ferry-timetable.html',
    question: 'Why did the ferry switch to the winter timetable early?',
    quote: 'inspectors found a fault in one of its two engines',
  },
  {
    file: 'library-reopening.html',
    question: 'How much did the library repairs cost?',
    quote: 'The repairs cost just over two hundred thousand pounds',
  },
  {
    file: 'orchard-frost.html',
    question: 'How much less fruit will apple growers pick?',
    quote: 'expect to pick about a third less fruit than last year',
  },
];

describe('cli add with an HTML page', () => {
  it('needs only --outlet and --url, and reports the title, byline and passages from the page', async () => {
    const dir = await emptyCorpus();
    const io = captureIo();
    const code = await runCli(
      [
        'add',
        join(PAGES, 'orchard-frost.html'),
        '--outlet',
        'Shire Farming Weekly',
        '--url',
        'https://farming.example/frost',
        '--data',
        dir,
      ],
      io,
    );
    expect(io.errors).toEqual([]);
    expect(code).toBe(0);
    expect(io.output).toEqual([
      `added orchard-frost.html (Shire Farming Weekly, 2026-09-21) to ${dir}`,
      '  "Late frost cuts apple harvest across the county" by Priya Raman: 4 passage(s)',
    ]);
    const manifest = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as { articles: unknown[] };
    expect(manifest.articles).toEqual([
      {
        file: 'orchard-frost.html',
        title: null,
        outlet: 'Shire Farming Weekly',
        url: 'https://farming.example/frost',
        published: null,
      },
    ]);
  });

  it('still asks for --title for a plain-text file', async () => {
    const dir = await emptyCorpus();
    const io = captureIo();
    expect(
      await runCli(
        ['add', join(PAGES, 'README.md'), '--outlet', 'O', '--url', 'https://o.example/', '--data', dir],
        io,
      ),
    ).toBe(2);
    expect(io.errors[0]?.split('\n')[0]).toBe('add: missing --title');
  });

  it('makes every fixture page answerable with a verbatim excerpt and a deep link into the page url', async () => {
    const dir = await emptyCorpus();
    for (const { file } of QUESTIONS) {
      const io = captureIo();
      expect(
        await runCli(
          [
            'add',
            join(PAGES, file),
            '--outlet',
            'Test Outlet',
            '--url',
            `https://news.example/${file.replace('.html', '')}`,
            '--data',
            dir,
          ],
          io,
        ),
      ).toBe(0);
    }
    const html = Object.fromEntries(
      await Promise.all(QUESTIONS.map(async (q) => [q.file, await readFile(join(PAGES, q.file), 'utf8')] as const)),
    );
    for (const { file, question, quote } of QUESTIONS) {
      const io = captureIo();
      expect(await runCli(['ask', question, '--json', '--data', dir], io)).toBe(0);
      const answer = JSON.parse(io.output[0] ?? '{}') as {
        answered: boolean;
        citations: { excerpt: string; link: string; articleId: string }[];
      };
      expect(answer.answered).toBe(true);
      const top = answer.citations[0];
      expect(top?.articleId).toBe(file.replace('.html', ''));
      expect(top?.excerpt).toContain(quote);
      expect(top?.link.startsWith(`https://news.example/${file.replace('.html', '')}#:~:text=`)).toBe(true);
      // Verbatim: the excerpt's words are the page's words (the page is the source a reader follows the link to).
      const words = (top?.excerpt ?? '')
        .replace(/[…]/gu, ' ')
        .split(/\s+/u)
        .filter((w) => w.length > 3);
      for (const word of words) expect(html[file]).toContain(word.replace(/^["“]|["”,.]+$/gu, ''));
    }
  });
});
