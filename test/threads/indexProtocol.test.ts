import { describe, expect, it } from 'vitest';
import { indexTerms, type IndexSource } from '../../src/search/indexCodec.ts';
import { packIndexSource, unpackIndexSource } from '../../src/threads/indexProtocol.ts';

const corpus: IndexSource = {
  articles: [
    { id: 'a', title: 'Harbour dredging approved' },
    { id: 'b', title: null },
    { id: 'a', title: 'Second title of a repeated id' },
  ],
  passages: [
    { id: 'a#0', articleId: 'a', text: 'The council approved the dredging of the harbour.' },
    { id: 'b#0', articleId: 'b', text: '“We cannot wait,” said Okonkwo — the fleet’s catch fell.' },
    { id: 'x#0', articleId: 'x', text: 'A passage of no listed article.' },
    { id: '', articleId: 'b', text: '' },
  ],
};

describe('packIndexSource / unpackIndexSource', () => {
  it('unpack what indexTerms reads the same: texts, ids, and each passage the title its article id finds', () => {
    const unpacked = unpackIndexSource(structuredClone(packIndexSource(corpus)));
    expect(unpacked.passages.map((p) => [p.id, p.text])).toEqual(corpus.passages.map((p) => [p.id, p.text]));
    const titleOf = (source: IndexSource, articleId: string) =>
      source.articles.findLast((a) => a.id === articleId)?.title;
    expect(unpacked.passages.map((p) => titleOf(unpacked, p.articleId))).toEqual([
      'Second title of a repeated id',
      null,
      undefined,
      null,
    ]);
    expect(indexTerms(unpacked)).toEqual(indexTerms(corpus));
  });

  it('packs the passages into two strings and typed arrays', () => {
    const packed = packIndexSource(corpus);
    expect({ ids: packed.ids, idLengths: [...packed.idLengths], articleOf: [...packed.articleOf] }).toEqual({
      ids: 'a#0b#0x#0',
      idLengths: [3, 3, 3, 0],
      articleOf: [2, 1, -1, 1],
    });
  });
});
