// Issue 13 rows 10 and 14: what a careless operator does with add and check. A file named sources.json was
// "added" and lost, .tmp and hidden names accepted; --data naming a file printed a stack trace; a one-sentence
// article was "empty after cleaning"; a sources.json with a byte-order mark was "invalid JSON"; a URL with a space
// was stored and linked unencoded; a zero-width character inside a name hid it from search.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { loadCorpus } from '../../src/load/corpus.ts';
import { createRetriever } from '../../src/search/retriever.ts';
import { articleText, captureIo, corpusOf, entry, runCliProcess, STACK_LINE, tempDir } from './corpus-helpers.ts';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)),
  );
}

async function addFile(
  dir: string,
  name: string,
  text: string,
  url = `https://herald.example/${encodeURIComponent(name)}`,
) {
  const source = join(await tempDir('src'), name);
  await writeFile(source, text);
  const io = captureIo();
  const code = await runCli(
    ['add', source, '--title', 'A title', '--outlet', 'Coast Herald', '--url', url, '--data', dir],
    io,
  );
  return { code, io };
}

describe('add refuses names the corpus folder would lose or hide', () => {
  it.each([
    ['sources.json', 'sources.json is the name of the manifest (sources.json); rename the article'],
    ['draft.tmp', 'draft.tmp ends with .tmp, the suffix of files being written; rename the article'],
    ['.hidden.txt', '.hidden.txt is a hidden name (starts with "."); the corpus folder keeps its own hidden files'],
  ])('refuses a file named %s with a clear error and changes nothing', async (name, message) => {
    const dir = await corpusOf(2, 'reserved');
    const before = await snapshot(dir);
    const { code, io } = await addFile(dir, name, articleText(40));
    expect(code).toBe(1);
    expect(io.errors).toEqual([`add: ${message}`, 'add: nothing was changed']);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses x.html when x.txt is in the corpus: both would be article "x"', async () => {
    const dir = await corpusOf(1, 'same-id');
    const { code, io } = await addFile(dir, 'a0000.html', articleText(41));
    expect(code).toBe(1);
    expect(io.errors).toEqual([
      'add: a0000.html would have the same article id "a0000" as a0000.txt (an id is the file name without its extension); rename it',
      'add: nothing was changed',
    ]);
  });
});

describe('check and add with --data naming a file', () => {
  it('check says the folder is not a folder, without a stack trace', async () => {
    const file = join(await tempDir('data-file'), 'notes.txt');
    await writeFile(file, 'not a corpus');
    const result = await runCliProcess(['check', '--data', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toBe(
      `${file}: is not a folder (--data and CORPUS_DIR name the corpus folder)\n${file}: 0 article(s), 0 passage(s), 1 problem(s)\n`,
    );
  });

  it('add says the folder is not a folder and changes nothing', async () => {
    const file = join(await tempDir('data-file'), 'notes.txt');
    await writeFile(file, 'not a corpus');
    const { code, io } = await addFile(file, 'ok.txt', articleText(42));
    expect(code).toBe(1);
    expect(io.errors).toEqual([
      `add: ${file} is not a folder (--data and CORPUS_DIR name the corpus folder)`,
      'add: nothing was changed',
    ]);
    expect(await readFile(file, 'utf8')).toBe('not a corpus');
  });
});

describe('small defects', () => {
  it('adds and loads an article of one sentence', async () => {
    const dir = await corpusOf(0, 'one-sentence');
    const { code, io } = await addFile(dir, 'short.txt', 'The harbour in Tarrow reopened on Monday.\n');
    expect(io.errors).toEqual([]);
    expect(code).toBe(0);
    const corpus = await loadCorpus(dir);
    expect(corpus.passages.map((p) => p.text)).toEqual(['The harbour in Tarrow reopened on Monday.']);
  });

  it('loads a sources.json that starts with a byte-order mark, and add keeps working on it', async () => {
    const dir = await corpusOf(2, 'bom');
    const text = await readFile(join(dir, 'sources.json'), 'utf8');
    await writeFile(join(dir, 'sources.json'), `\uFEFF${text}`);
    const io = captureIo();
    expect(await runCli(['check', '--data', dir], io)).toBe(0);
    expect(io.output).toEqual([`${dir}: 2 article(s), 2 passage(s), 0 problem(s)`]);
    expect((await addFile(dir, 'third.txt', articleText(43))).code).toBe(0);
    expect((await loadCorpus(dir)).articles.map((a) => a.file)).toEqual(['a0000.txt', 'a0001.txt', 'third.txt']);
  });

  it('refuses a URL with a space in add, and reports one in sources.json', async () => {
    const dir = await corpusOf(1, 'url-space');
    const before = await snapshot(dir);
    const { code, io } = await addFile(dir, 'spaced.txt', articleText(44), 'https://herald.example/a story');
    expect(code).toBe(1);
    expect(io.errors).toEqual([
      'add: --url must not contain spaces or characters that need percent-encoding (write a space as %20)',
      'add: nothing was changed',
    ]);
    expect(await snapshot(dir)).toEqual(before);
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({ articles: [entry({ file: 'a0000.txt', url: 'https://herald.example/a story' }, 0)] }),
    );
    expect((await loadCorpus(dir)).problems).toEqual([
      {
        file: 'a0000.txt',
        field: 'url',
        message: 'must not contain spaces or characters that need percent-encoding (write a space as %20)',
      },
    ]);
  });

  it('finds a name written with zero-width characters inside it, and a query written that way', async () => {
    const dir = await tempDir('zero-width');
    await writeFile(
      join(dir, 'a.txt'),
      `Ingrid Sol\u200Bvang, the harbour master, said the new cranes would arrive in March.\n\n${articleText(45)}`,
    );
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ articles: [entry({ file: 'a.txt' }, 1)] }));
    const corpus = await loadCorpus(dir);
    const retriever = createRetriever(corpus);
    const hits = (question: string) => retriever.search(retriever.plan(question), 3).map((h) => h.passageId);
    expect(hits('Solvang')).toEqual(['a#0']);
    expect(hits('Sol\u200Dvang cranes')).toEqual(['a#0']);
  });
});
