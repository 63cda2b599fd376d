import { describe, expect, it } from 'vitest';
import { containment, groupSameWords, quoteTerms, sameWords } from '../../src/quotes/similarity.ts';

describe('quote similarity', () => {
  it('treats reworded punctuation, hyphenation and British/American spelling as the same words', () => {
    expect(sameWords(quoteTerms('Co-operation on defence is not a matter of choice, it is a matter of necessity.'), quoteTerms('cooperation on defense is not a matter of choice but of necessity'))).toBe(true);
  });

  it('finds a short partial quote inside the longer report of the same speech', () => {
    const long = quoteTerms('This will take hard work. But then we can make a genuine new beginning in our relationship, in our own interest.');
    const short = quoteTerms('genuine new beginning in our relationship');
    expect(containment(short, long)).toBe(1);
  });

  it('never matches quotes too short to tell or about something else', () => {
    expect(sameWords(quoteTerms('very positive'), quoteTerms('the talks were very positive indeed'))).toBe(false);
    expect(sameWords(quoteTerms('We will cut taxes for every family next year'), quoteTerms('We will raise spending on schools and hospitals next year'))).toBe(false);
  });

  it('groups items transitively and keeps unrelated ones apart', () => {
    const groups = groupSameWords([
      quoteTerms('The bridge will reopen to traffic next week after the repairs'),
      quoteTerms('Ferries will sail again from the harbour tomorrow morning'),
      quoteTerms('the bridge will reopen to traffic next week after repairs'),
    ]);
    expect(groups).toEqual([0, 1, 0]);
  });
});
