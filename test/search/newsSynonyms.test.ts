import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/fold.ts';
import { NEWS_SYNONYM_FACTOR, NEWS_SYNONYMS, newsSynonymMap, synonymKey } from '../../src/search/newsSynonyms.ts';
import { ParaphraseTable } from '../../src/search/paraphrase.ts';

const map = newsSynonymMap();

describe('NEWS_SYNONYMS', () => {
  it.each(NEWS_SYNONYMS.map((group) => [group.join(' / '), group] as const))(
    'makes each word of "%s" a paraphrase of the others',
    (_, group) => {
      for (const word of group) {
        const given = (map.get(synonymKey(word)) ?? []).map(([term]) => term);
        const others = group.filter((w) => w !== word && !w.includes(' ')).map((w) => termOf(w));
        expect(given).toEqual(expect.arrayContaining(others.filter((t) => t !== synonymKey(word))));
      }
    },
  );

  it('keys a two-word verb by both terms and never gives it ("pay for" gives "fund"; "fund" gives no "pay for")', () => {
    expect(synonymKey('pay for')).toBe(`${termOf('pay')}_${termOf('for')}`);
    expect(map.get(synonymKey('pay for'))).toContainEqual([termOf('fund'), NEWS_SYNONYM_FACTOR]);
    expect((map.get(termOf('fund')) ?? []).map(([t]) => t)).not.toContain(synonymKey('pay for'));
  });

  it('gives each word once, at NEWS_SYNONYM_FACTOR', () => {
    expect(newsSynonymMap([['worry', 'concern', 'concerns']]).get(termOf('worry'))).toEqual([
      [termOf('concern'), NEWS_SYNONYM_FACTOR],
    ]);
  });
});

describe('ParaphraseTable with extra paraphrases', () => {
  it('merges the extra ones with its own, highest factor first, leaving out those it already has', () => {
    const table = new ParaphraseTable(
      'worri care2',
      new Map([
        [
          'worri',
          [
            ['concern', 0.8],
            ['care', 0.8],
          ],
        ],
      ]),
    );
    expect(table.paraphrasesOf('worri')).toEqual([
      ['concern', 0.8],
      ['care', 0.45],
    ]);
  });

  it('gives the extra ones for a term the table lacks', () => {
    expect(
      new ParaphraseTable('decid decis+', new Map([['worri', [['concern', 0.8]]]])).paraphrasesOf('worri'),
    ).toEqual([['concern', 0.8]]);
  });
});
