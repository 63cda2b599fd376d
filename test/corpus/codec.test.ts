import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build.ts';
import {
  decodeCorpus,
  describeCorpusDecodeError,
  encodeCorpus,
  type CorpusColumn,
  type EncodedCorpus,
} from '../../src/corpus/codec.ts';
import type { Corpus } from '../../src/corpus/types.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Two articles of our own: one plain ASCII, one with curly quotes, an accent and an emoji (4-byte UTF-8). */
function fixtureCorpus(): Corpus {
  const harbour =
    'Harbour dues rise in spring\n\n' +
    'The port authority of Kelmouth said on Monday that harbour dues would rise by four per cent from April.\n' +
    'Fishing crews said the rise would hit the smallest boats hardest, and asked for a meeting before the vote.\n\n' +
    'The authority said the money would pay for dredging the channel, which has silted up since the storms.';
  const festival =
    'Café owners back the festival\n\n' +
    '“We have waited two years for this,” said Mira Oduya, who runs a café on the quay. 🎉\n' +
    'The festival will close the quay road for three days in June, the council said in a statement on Friday.';
  const manifest = JSON.stringify({
    articles: [
      { file: 'harbour.txt', title: 'Harbour dues', outlet: 'Gazette', url: 'https://g.example/h', published: null },
      {
        file: 'festival.txt',
        title: null,
        outlet: 'Courier',
        url: 'https://c.example/f',
        published: '2026-03-01',
      },
      { file: 'missing.txt', title: 'Gone', outlet: 'Courier', url: 'https://c.example/m', published: null },
    ],
  });
  return buildCorpus(
    manifest,
    new Map([
      ['harbour.txt', bytes(harbour)],
      ['festival.txt', bytes(festival)],
    ]),
  );
}

function reader(encoded: EncodedCorpus, replaced: Record<string, CorpusColumn | undefined> = {}) {
  return (name: string) => (name in replaced ? replaced[name] : encoded.columns.get(name));
}

function encoded(): EncodedCorpus {
  const result = encodeCorpus(fixtureCorpus());
  if (result === null) throw new Error('the fixture corpus does not encode');
  return result;
}

describe('encodeCorpus and decodeCorpus', () => {
  it('give back the same corpus, problems and non-ASCII texts included', () => {
    const corpus = fixtureCorpus();
    expect(corpus.articles).toHaveLength(2);
    expect(corpus.problems).toHaveLength(1);
    const saved = encoded();
    expect(decodeCorpus(JSON.parse(JSON.stringify(saved.header)), reader(saved))).toEqual({ ok: true, corpus });
  });

  it('gives back articles and passages whose keys, JSON and assignments are those of the built ones', () => {
    const corpus = fixtureCorpus();
    const saved = encoded();
    const result = decodeCorpus(saved.header, reader(saved));
    if (!result.ok) throw new Error('does not decode');
    const [article] = result.corpus.articles;
    const [passage] = result.corpus.passages;
    if (!article || !passage) throw new Error('no article or passage');
    expect(Object.keys(article)).toEqual(Object.keys(corpus.articles[0] ?? {}));
    expect(Object.keys(passage)).toEqual(Object.keys(corpus.passages[0] ?? {}));
    expect(JSON.stringify(result.corpus)).toBe(JSON.stringify(corpus));
    expect({ ...passage }).toEqual(corpus.passages[0]);
    passage.text = 'replaced';
    article.sentences = [];
    expect([passage.text, article.sentences]).toEqual(['replaced', []]);
  });

  it('throws, naming the article, when a saved text decodes to another length than the one saved with it', () => {
    const saved = encoded();
    const lengths = Uint32Array.from(saved.columns.get('article.textLength') as Uint32Array);
    lengths[1] = (lengths[1] as number) + 2;
    const result = decodeCorpus(saved.header, reader(saved, { 'article.textLength': lengths }));
    if (!result.ok) throw new Error('does not decode');
    const id = result.corpus.articles[1]?.id;
    expect(() => result.corpus.articles[1]?.text).toThrow(
      `corpus columns: the text of ${id} decodes to ${(lengths[1] as number) - 2} characters, not ${lengths[1]}`,
    );
  });

  it('gives back an empty corpus', () => {
    const saved = encodeCorpus({ articles: [], passages: [], problems: [] });
    if (saved === null) throw new Error('no columns');
    expect(decodeCorpus(saved.header, reader(saved))).toEqual({
      ok: true,
      corpus: { articles: [], passages: [], problems: [] },
    });
  });

  it('refuses to encode a passage of an article the corpus does not hold', () => {
    const corpus = fixtureCorpus();
    const stray = { ...(corpus.passages[0] as Corpus['passages'][number]), articleId: 'elsewhere' };
    expect(encodeCorpus({ ...corpus, passages: [...corpus.passages, stray] })).toBeNull();
  });

  it('says which header field is malformed', () => {
    const saved = encoded();
    const header = { ...saved.header, passageIds: [1, 2] };
    const result = decodeCorpus(header, reader(saved));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'header', reason: 'passageIds.0: Invalid input: expected string, received number' },
    });
    if (!result.ok)
      expect(describeCorpusDecodeError(result.error)).toBe(
        'its corpus header is malformed (passageIds.0: Invalid input: expected string, received number)',
      );
  });

  it('stores no passage ids when the chunker named every passage, and makes the same ids at load', () => {
    const corpus = fixtureCorpus();
    const saved = encoded();
    expect(saved.header.passageIds).toBeNull();
    expect(saved.header.passageCount).toBe(corpus.passages.length);
    const result = decodeCorpus(saved.header, reader(saved));
    expect(result.ok ? result.corpus.passages.map((p) => p.id) : null).toEqual(corpus.passages.map((p) => p.id));
  });

  it('stores the passage ids when one is not named as the chunker names it, and reads them back', () => {
    const corpus = fixtureCorpus();
    const renamed = corpus.passages.map((p, i) => (i === 1 ? { ...p, id: `${p.articleId}#lead` } : p));
    const saved = encodeCorpus({ ...corpus, passages: renamed });
    expect(saved?.header.passageIds).toEqual(renamed.map((p) => p.id));
    if (saved === null) return;
    const result = decodeCorpus(saved.header, reader(saved));
    expect(result.ok ? result.corpus.passages.map((p) => p.id) : null).toEqual(renamed.map((p) => p.id));
    expect(decodeCorpus({ ...saved.header, passageCount: renamed.length + 1 }, reader(saved))).toEqual({
      ok: false,
      error: { kind: 'length', column: 'passageIds', expected: renamed.length + 1, actual: renamed.length },
    });
  });

  it('says which column is missing, of the wrong type or of the wrong length', () => {
    const saved = encoded();
    const passages = saved.header.passageCount;
    expect(decodeCorpus(saved.header, reader(saved, { 'passage.end': undefined }))).toEqual({
      ok: false,
      error: { kind: 'missing', column: 'passage.end' },
    });
    expect(decodeCorpus(saved.header, reader(saved, { texts: new Uint32Array(4) }))).toEqual({
      ok: false,
      error: { kind: 'type', column: 'texts', expected: 'u8' },
    });
    const short = decodeCorpus(saved.header, reader(saved, { 'passage.start': new Uint32Array(passages - 1) }));
    expect(short).toEqual({
      ok: false,
      error: { kind: 'length', column: 'passage.start', expected: passages, actual: passages - 1 },
    });
    if (!short.ok)
      expect(describeCorpusDecodeError(short.error)).toBe(
        `column passage.start has ${passages - 1} entries where ${passages} are needed`,
      );
  });

  it('refuses spans past the text and indices past their lists', () => {
    const saved = encoded();
    const past = Uint32Array.from(saved.columns.get('passage.end') as Uint32Array);
    past[1] = 1_000_000;
    const result = decodeCorpus(saved.header, reader(saved, { 'passage.end': past }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ kind: 'range', column: 'passage.start', at: 1 });
      expect(describeCorpusDecodeError(result.error)).toMatch(/^column passage\.start, entry 1: span \d+–1000000 is/u);
    }
    const articleOf = Uint32Array.from(saved.columns.get('passage.article') as Uint32Array);
    articleOf[0] = 7;
    expect(decodeCorpus(saved.header, reader(saved, { 'passage.article': articleOf }))).toEqual({
      ok: false,
      error: { kind: 'range', column: 'passage.article', at: 0, reason: 'article 7 of 2' },
    });
    const kinds = Uint8Array.from(saved.columns.get('paragraph.kind') as Uint8Array);
    kinds[0] = 9;
    expect(decodeCorpus(saved.header, reader(saved, { 'paragraph.kind': kinds }))).toEqual({
      ok: false,
      error: { kind: 'range', column: 'paragraph.kind', at: 0, reason: '9 is not a block kind' },
    });
  });
});

describe('decodeCorpus with the texts read as needed', () => {
  /** The texts column as a byte reader that counts its reads. */
  function lazyTexts(saved: EncodedCorpus) {
    const texts = saved.columns.get('texts') as Uint8Array;
    const reads: [number, number][] = [];
    const bytesOf = (name: string) =>
      name === 'texts'
        ? {
            length: texts.length,
            read: (offset: number, count: number) => {
              reads.push([offset, count]);
              return texts.slice(offset, offset + count);
            },
          }
        : undefined;
    return { bytesOf, reads };
  }

  it('gives the same corpus, reading an article’s bytes only when its text is first asked for', () => {
    const saved = encoded();
    const { bytesOf, reads } = lazyTexts(saved);
    // The texts column itself is never read.
    const result = decodeCorpus(saved.header, reader(saved, { texts: undefined }), bytesOf);
    if (!result.ok) throw new Error(describeCorpusDecodeError(result.error));
    expect(reads).toEqual([]);
    const second = result.corpus.articles[1];
    const length = new TextEncoder().encode(second?.text ?? '').length;
    expect(reads).toEqual([[(saved.columns.get('article.textBytes') as Uint32Array)[0], length]]);
    expect(second?.text).toContain('The festival will close the quay road');
    expect(reads).toHaveLength(1);
    expect(result.corpus).toEqual(fixtureCorpus());
  });

  it('refuses text bytes of another length than the articles’ texts take', () => {
    const saved = encoded();
    const short = (name: string) => (name === 'texts' ? { length: 3, read: () => new Uint8Array(0) } : undefined);
    const total = (saved.columns.get('texts') as Uint8Array).length;
    expect(decodeCorpus(saved.header, reader(saved), short)).toEqual({
      ok: false,
      error: { kind: 'length', column: 'texts', expected: total, actual: 3 },
    });
  });
});
