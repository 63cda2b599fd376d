import { describe, expect, it } from 'vitest';
import { buildCorpus, readManifest } from '../../src/corpus/build.ts';

const body =
  'The city council voted on Tuesday to rebuild the old bridge over the river, a project that will take three years.\n' +
  'Engineers said the existing structure was no longer safe for heavy lorries and would be closed to traffic in May.';
const bytes = (text: string) => new TextEncoder().encode(text);
const entry = (file: string, url: string) => ({
  file,
  title: 'Bridge',
  outlet: 'Gazette',
  url,
  published: '2021-05-04',
});

describe('readManifest', () => {
  it('reports a missing manifest', () => {
    expect(readManifest(null).problems).toEqual([{ file: 'sources.json', message: 'is missing' }]);
  });

  it('keeps the first of two entries with one article id and a reserved name out, and reads a BOM', () => {
    const e = (file: string, n: number) => ({
      file,
      title: null,
      outlet: 'O',
      url: `https://o.example/${n}`,
      published: null,
    });
    const text = `\uFEFF${JSON.stringify({ articles: [e('x.txt', 1), e('x.html', 2), e('sources.json', 3)] })}`;
    const { entries, problems } = readManifest(text);
    expect(entries.map((entry) => entry.file)).toEqual(['x.txt']);
    expect(problems).toEqual([
      {
        file: 'x.html',
        field: 'file',
        message: 'has the same article id "x" as x.txt (an id is the file name without its extension); rename one',
      },
      {
        file: 'sources.json',
        field: 'file',
        message: 'is the name of the manifest (sources.json); rename the article',
      },
    ]);
  });

  it('reports bad JSON with the parser message', () => {
    const { problems } = readManifest('{"articles": [');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^is not valid JSON: /u);
  });

  it('names each bad field of each entry and keeps the good entries', () => {
    const text = JSON.stringify({
      articles: [
        entry('a.txt', 'https://news.example/a'),
        { file: 'b.txt', title: null, outlet: '', url: 'not a url', published: '2021-02-30' },
        entry('a.txt', 'https://news.example/c'),
        entry('d.txt', 'https://news.example/a'),
      ],
    });
    const { entries, problems } = readManifest(text);
    expect(entries.map((e) => e.file)).toEqual(['a.txt']);
    expect(problems).toEqual([
      { file: 'b.txt', field: 'outlet', message: 'must not be empty' },
      { file: 'b.txt', field: 'url', message: 'must be an http(s) URL' },
      { file: 'b.txt', field: 'published', message: 'is not a real calendar date' },
      { file: 'a.txt', field: 'file', message: 'is listed more than once in sources.json' },
      { file: 'd.txt', field: 'url', message: 'has the same url as another article: https://news.example/a' },
    ]);
  });
});

describe('buildCorpus', () => {
  it('loads the good articles and reports missing, non-UTF-8 and empty ones with their reasons', () => {
    const manifest = JSON.stringify({
      articles: [
        entry('good.txt', 'https://news.example/good'),
        entry('missing.txt', 'https://news.example/missing'),
        entry('latin1.txt', 'https://news.example/latin1'),
        entry('chrome.txt', 'https://news.example/chrome'),
      ],
    });
    const files = new Map<string, Uint8Array>([
      ['good.txt', bytes(body)],
      ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])],
      ['chrome.txt', bytes('Home | News | Sport\nSign in\n© 2021 Gazette')],
    ]);
    const corpus = buildCorpus(manifest, files);
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(corpus.problems).toEqual([
      { file: 'missing.txt', field: 'file', message: 'is listed in sources.json but the file is missing' },
      { file: 'latin1.txt', message: 'is not valid UTF-8 (first bad byte at offset 3)' },
      { file: 'chrome.txt', message: 'is empty after cleaning: no article body text was found' },
    ]);
  });

  it('gives passages whose text is the verbatim span of the cleaned article at their offsets', () => {
    const corpus = buildCorpus(
      JSON.stringify({ articles: [entry('good.txt', 'https://news.example/good')] }),
      new Map([['good.txt', bytes(body)]]),
    );
    const article = corpus.articles[0];
    expect(article).toBeDefined();
    for (const passage of corpus.passages) expect(article?.text.slice(passage.start, passage.end)).toBe(passage.text);
    expect(corpus.passages.map((p) => p.id)).toEqual(['good#0']);
  });
});
