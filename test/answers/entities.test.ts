import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../../src/answers/entities.ts';

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

  it('tags a score as a number', () => {
    expect(typesOf('The visitors won 3-1.')).toEqual(['number:3-1']);
  });

  it('tags a run of proper nouns as one proper name', () => {
    expect(typesOf('Maria Okonkwo chairs the committee.')).toEqual(['proper:Maria Okonkwo']);
  });

  it('finds nothing in a sentence without names, numbers or dates', () => {
    expect(typesOf('the crews accepted the offer')).toEqual([]);
  });
});
