import { describe, expect, it } from 'vitest';
import { analyze, type Token } from '../../src/search/fold.ts';
import { buildOutletDirectory, outletMentions } from '../../src/search/outlets.ts';

/** The analysed term of one word, as the directory keys it ("Harbour" is spelt and stemmed as the index does). */
const termOf = (word: string): string => analyze(word)[0]?.term ?? '';

const directory = buildOutletDirectory([
  { id: 'a1', outlet: 'The Harbour Courier' },
  { id: 'a2', outlet: 'Valley Wire' },
  { id: 'a3', outlet: 'The Harbour Courier' },
  { id: 'a4', outlet: 'Kestrel Post' },
  { id: 'a5', outlet: 'Harbour Post' },
]);

/** Mentions in a question whose capitalised words are nameable, with the given words unseen in the passages. */
function mentionsIn(question: string, unseenForms: readonly string[]): string[][] {
  const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(question.slice(t.start, t.end));
  const unseen = (t: Token): boolean => unseenForms.includes(t.form);
  return outletMentions(question, analyze(question), directory, capitalised, unseen).map((m) =>
    m.outlets.map((o) => directory.names[o] ?? ''),
  );
}

describe('buildOutletDirectory', () => {
  it('lists each outlet once with its articles in corpus order, and the outlets of each word of their names', () => {
    expect(directory.names).toEqual(['The Harbour Courier', 'Valley Wire', 'Kestrel Post', 'Harbour Post']);
    expect(directory.articlesOf).toEqual([['a1', 'a3'], ['a2'], ['a4'], ['a5']]);
    expect(directory.outletsOfTerm.get(termOf('Harbour'))).toEqual([0, 3]);
    expect(directory.outletsOfTerm.get(termOf('Post'))).toEqual([2, 3]);
    expect(directory.outletsOfTerm.has('the')).toBe(false);
  });
});

describe('outletMentions', () => {
  it('finds an outlet named in full or by one of its words when the passages lack the words', () => {
    expect(mentionsIn('How many ferries sailed, according to Valley Wire?', ['valley', 'wire'])).toEqual([
      ['Valley Wire'],
    ]);
    expect(mentionsIn('According to the Courier, how many ferries sailed?', ['courier'])).toEqual([
      ['The Harbour Courier'],
    ]);
  });

  it('names every outlet whose name holds all the words of the run', () => {
    expect(mentionsIn('What did the Post report?', ['post'])).toEqual([['Kestrel Post', 'Harbour Post']]);
    expect(mentionsIn('What did the Harbour Post report?', ['harbour', 'post'])).toEqual([['Harbour Post']]);
  });

  it('finds nothing when every word of the run is in the passages, or the words are of no one outlet', () => {
    expect(mentionsIn('What did Valley Wire report?', [])).toEqual([]);
    expect(mentionsIn('What did the Valley Courier report?', ['valley', 'courier'])).toEqual([]);
  });

  it('finds nothing in words that are not nameable or not adjacent', () => {
    expect(mentionsIn('what did the courier report?', ['courier'])).toEqual([]);
    expect(mentionsIn('Did Valley, Wire and others report it?', ['valley', 'wire'])).toEqual([
      ['Valley Wire'],
      ['Valley Wire'],
    ]);
  });

  it("finds nothing in part of an outlet's name when it runs on into another name, but the whole name still counts", () => {
    expect(mentionsIn('How many points did Harbour Raiders score?', ['harbour'])).toEqual([]);
    expect(mentionsIn('Did Kestrel Harbour win?', ['harbour'])).toEqual([]);
    expect(mentionsIn('Did Valley Wire Services report it?', ['valley', 'wire'])).toEqual([['Valley Wire']]);
    expect(mentionsIn('What did Harbour report?', ['harbour'])).toEqual([['The Harbour Courier', 'Harbour Post']]);
  });
});
