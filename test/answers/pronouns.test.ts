import { describe, expect, it } from 'vitest';
import { earlyPronoun, PRONOUN_REACH, quoteAfterSpeech, REFERRING_PRONOUNS } from '../../src/answers/pronouns.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { analyze } from '../../src/search/fold.ts';

const pronounOf = (sentence: string): string | null => earlyPronoun(sentence, 0, analyze(sentence))?.form ?? null;

describe('earlyPronoun', () => {
  it.each([...REFERRING_PRONOUNS])('finds "%s" opening a sentence', (pronoun) => {
    const sentence = `${pronoun[0]?.toUpperCase()}${pronoun.slice(1)} was seen at the harbour on Monday.`;
    expect(pronounOf(sentence)).toBe(pronoun);
  });

  it('finds a pronoun after a short opening phrase', () => {
    expect(pronounOf('On current trends it will vanish by 2060.')).toBe('it');
  });

  it(`finds none past the first ${PRONOUN_REACH} words`, () => {
    expect(pronounOf('Officials at the harbour office said it would reopen.')).toBeNull();
  });

  it('finds none in a sentence opening with a quotation mark', () => {
    expect(pronounOf('"It will not reopen soon," the harbour master said.')).toBeNull();
    expect(pronounOf('\u201cThey were never told,\u201d she said.')).toBeNull();
  });

  it('finds none in a sentence without a third-person pronoun', () => {
    expect(pronounOf('We will judge the deal by what happens next.')).toBeNull();
  });
});

describe('quoteAfterSpeech', () => {
  const opening = (before: string, after: string): string | null => {
    const result = ingestArticle(`${before}\n\n${after}`, {
      file: 'q_story.txt',
      title: null,
      outlet: 'City Post',
      url: 'https://city.example/q',
      published: null,
    });
    if (!result.ok) throw new Error(result.problem.message);
    const { article } = result;
    const sentence = article.sentences[1];
    if (!sentence) return null;
    const tokens = analyze(article.text.slice(sentence.start, sentence.end)).map((t) => ({
      ...t,
      start: t.start + sentence.start,
      end: t.end + sentence.start,
    }));
    return quoteAfterSpeech(article, 1, tokens)?.form ?? null;
  };

  it.each(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes'])(
    'takes a quotation after a sentence where someone "%s" something as that speaker\'s',
    (verb) => {
      expect(opening(`Mara Quint ${verb} the port deal was only a pause.`, '"Nobody knows who will run it."')).toBe(
        'nobody',
      );
    },
  );

  it('takes nothing after a sentence reporting no speech, or for a sentence opening without a quotation mark', () => {
    expect(opening('Mara Quint runs the port.', '"Nobody knows who will run it."')).toBeNull();
    expect(opening('Mara Quint said the deal was a pause.', 'Nobody knows who will run it.')).toBeNull();
  });
});
