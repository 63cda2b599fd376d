import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.ts';

describe('cleanArticle on a page of quotations', () => {
  it('keeps lines that are a quotation followed only by who said it, though they end in a name', () => {
    const raw = [
      'The week in quotes',
      '"I have played in this competition for fourteen years and we have qualified every single time, so do not write us off yet." Harbour United captain Lena Sorensen after the win over the champions',
      '"If you score four goals at home you should win the game, and if you score four away you should win it too, so what can you say?" Northfield manager Tomas Brandt',
      'Photo gallery',
    ].join('\n');
    expect(cleanArticle(raw, 'The week in quotes').map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['title', 'The week in quotes'],
      ['body', '"I have played in th'],
      ['body', '"If you score four g'],
    ]);
  });

  it('still drops a short quoted line with a long tail that is not a credit', () => {
    const raw = [
      '"Best buy" | Reviews | Deals | Sign in to see your basket and every offer we have picked for you today',
    ].join('\n');
    expect(cleanArticle(raw, null)).toEqual([]);
  });
});
