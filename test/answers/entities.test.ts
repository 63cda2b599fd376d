import { describe, expect, it } from 'vitest';
import { continuesName, entitiesOf, looksLikePersonName, NON_PERSON_HEADS } from '../../src/answers/entities.ts';

const typesOf = (sentence: string): string[] => entitiesOf(sentence).map((e) => `${e.type}:${e.text}`);

describe('entitiesOf', () => {
  it('tags a sum of money and a percentage', () => {
    expect(typesOf('The council spent $4 million, up 12 percent on last year.')).toEqual([
      'money:$4 million',
      'percent:12 percent',
      'date:last year',
    ]);
  });

  it('tags a duration', () => {
    expect(typesOf('The hearing lasted 45 minutes.')).toEqual(['duration:45 minutes']);
  });

  it('tags a month and day as a date, the abbreviated month included', () => {
    expect(typesOf('The vote was held on Sept. 18.').map((t) => t.split(':')[0])).toContain('date');
  });

  it('tags a score as a number and as a score', () => {
    expect(typesOf('The visitors won 3-1.')).toEqual(['number:3-1', 'score:3-1']);
  });

  it('tags a run of proper nouns as one proper name, and as a person when it could be one', () => {
    expect(typesOf('Maria Okonkwo chairs the committee.')).toEqual(['proper:Maria Okonkwo', 'person:Maria Okonkwo']);
  });

  it('keeps a surname the tagger reads as a verb in the name, and the number after it as an age', () => {
    expect(typesOf('The shop was opened by Paul Manning, 51, a retired teacher.')).toEqual([
      'number:51',
      'proper:Paul Manning',
      'person:Paul Manning',
      'age:51',
    ]);
  });

  it('tags a person named by a tie to someone as a person', () => {
    expect(typesOf('The hearing opened as his mother spoke.')).toEqual(['person:his mother']);
  });

  it('does not take a venue or an acronym for a person', () => {
    expect(typesOf('The final was played at Riverside Stadium.')).toEqual(['proper:Riverside Stadium']);
    expect(typesOf('Harbour FC signed the striker.')).toEqual(['proper:Harbour FC']);
  });
});

describe('continuesName', () => {
  it('continues a name with a capitalised word tagged as a verb, noun or adjective', () => {
    expect(continuesName(['Paul'], 'Manning', 'VERB')).toBe(true);
    expect(continuesName(['Ann'], 'Young', 'ADJ')).toBe(true);
    expect(continuesName(['Ann'], 'Baker', 'NOUN')).toBe(true);
  });

  it('does not start a name, nor continue one with a lower-case word or another part of speech', () => {
    expect(continuesName([], 'Manning', 'VERB')).toBe(false);
    expect(continuesName(['Paul'], 'manning', 'VERB')).toBe(false);
    expect(continuesName(['Paul'], 'And', 'CCONJ')).toBe(false);
    expect(continuesName(['Paul'], 'NASA', 'NOUN')).toBe(false);
  });
});

describe('looksLikePersonName', () => {
  it('takes a run of capitalised names for a person', () => {
    expect(looksLikePersonName(['Victor', 'Rodriguez'])).toBe(true);
    expect(looksLikePersonName(['J.', 'Smith'])).toBe(true);
  });

  for (const head of NON_PERSON_HEADS) {
    it(`does not take a name ending in "${head}" for a person`, () => {
      const word = head.charAt(0).toUpperCase() + head.slice(1);
      expect(looksLikePersonName(['Harlow', word])).toBe(false);
    });
  }

  it('does not take an acronym, or a name ending in one, for a person', () => {
    expect(looksLikePersonName(['UPI'])).toBe(false);
    expect(looksLikePersonName(['Harwick', 'FC'])).toBe(false);
  });

  it('takes a name with initials or a title in capitals before it for a person', () => {
    expect(looksLikePersonName(['J.K.', 'Reyes'])).toBe(true);
    expect(looksLikePersonName(['FBI', 'Director', 'Ann', 'Lee'])).toBe(true);
  });

  it('takes a name ending in a word that is also a common surname for a person', () => {
    expect(looksLikePersonName(['Ann', 'Hall'])).toBe(true);
    expect(looksLikePersonName(['Maya', 'Court'])).toBe(true);
  });

  it('finds nothing in a sentence without names, numbers or dates', () => {
    expect(typesOf('the crews accepted the offer')).toEqual([]);
  });
});
