import { describe, expect, it } from 'vitest';
import { SentenceTagger, tagSentence } from '../../src/quotes/tagger.ts';
import { spacedTokens } from './fixtures.ts';

const tokens = spacedTokens;

describe('sentence tagger', () => {
  it('tags a speaking surname as a proper noun and a clause opener as a verb', () => {
    const tags = tagSentence(tokens('Speaking to reporters , Mehra said : QUOTE'));
    expect([tags[0], tags[4], tags[5]]).toEqual(['VERB', 'PROPN', 'VERB']);
  });

  it('gives one tag per token, a quotation included', () => {
    const sentence = tokens('QUOTE , Okoro said .');
    expect(tagSentence(sentence)).toHaveLength(sentence.length);
  });

  it('tags each sentence once however often it is asked for', () => {
    const tagger = new SentenceTagger();
    const first = tagger.tags(tokens('Mehra said : QUOTE'));
    const again = tagger.tags(tokens('Mehra said : QUOTE'));
    tagger.tags(tokens('Okoro said : QUOTE'));
    expect([again === first, tagger.size]).toEqual([true, 2]);
  });
});
