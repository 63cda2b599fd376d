// The speaker phrase next to a speech verb, seen through the quotes it attributes.
import { describe, expect, it } from 'vitest';
import { attributed } from './fixtures.ts';

describe('the speaker phrase before a speech verb', () => {
  it('gives “NAME of PLACE said” to the person, not the place', () => {
    expect(
      attributed([
        'Leaders around the world reacted on Sunday to the result of the run-off vote.',
        'Chancellor Greta Vogt of Germany said the result was “good news for Europe and for the world.”',
      ]),
    ).toEqual([['good news for', 'Greta Vogt', 'Chancellor Greta Vogt of Germany said']]);
  });

  it('reads past a reflexive pronoun between the name and the verb (“Costa himself told”)', () => {
    expect(
      attributed([
        'The defeated candidate, Rui Costa, has yet to concede the run-off vote.',
        'Costa himself told supporters on Monday: “This fight is not over, not by a long way.”',
      ]),
    ).toEqual([['This fight is', 'Rui Costa', 'Costa himself told']]);
  });
});

describe('an appositive of a role and a name before the verb', () => {
  it('gives “DESCRIPTION, ROLE NAME, posted …: “…”” to the name, not to the description', () => {
    expect(
      attributed([
        'Aravia’s president, Idris Long, signed the accord on Tuesday in the lakeside town.',
        'His counterpart, Tolmark’s president Viktor Hale, posted a photograph of the signed document with four short sentences: “Twelve years. Too many graves. Never again.”',
      ]),
    ).toEqual([['Twelve years. Too', 'Viktor Hale', 'Viktor Hale, posted']]);
  });

  it('gives “OWNER’s barrister, NAME KC, said his client was “…”” to the barrister', () => {
    expect(
      attributed([
        'A builder was jailed for nine years on Friday over the death of an apprentice.',
        'Pollard’s barrister, Simon Tate KC, said his client was “a broken man who has thought of nothing else”.',
      ]),
    ).toEqual([['a broken man', 'Simon Tate', 'Simon Tate KC, said']]);
  });
});

describe('a name with an age and a "who" clause before the verb', () => {
  it('gives “…,” NAME, 54, who …, told X to the name, not to the age and clause', () => {
    expect(
      attributed([
        'Councillor Ana Ortiz voted for the new housing plan for the eastern districts on Tuesday night.',
        '“It is a good day for the city and for everyone in it,” Ortiz, 54, who represents the east side, told the Herald.',
      ]),
    ).toEqual([['It is a', 'Ana Ortiz', 'Ortiz, 54, who represents the east side, told']]);
  });
});

describe('a name that is the object of a preposition before the verb', () => {
  const LEAD = 'Senator Joan Pryce criticised the decision at the Capitol on Tuesday.';

  for (const phrase of ['A spokesman for Pryce', 'Officials close to Pryce', 'Opponents of Pryce']) {
    it(`gives “${phrase} said: “…”” to nobody, not to Pryce`, () => {
      expect(attributed([LEAD, `${phrase} said: “The senator will vote against the bill next week.”`])).toEqual([
        ['The senator will', null, `${phrase} said`],
      ]);
    });
  }

  for (const phrase of ['A source close to the senator', 'The husband of the senator']) {
    it(`gives “${phrase} said: “…”” to nobody, not to the person the role stands for`, () => {
      expect(
        attributed([LEAD, `${phrase} said: “She will vote against the bill next week, whatever happens.”`]),
      ).toEqual([['She will vote', null, `${phrase} said`]]);
    });
  }

  it('gives “NAME of ORGANISATION said” to the person, not the organisation', () => {
    expect(
      attributed([
        'Nordbank said on Monday that it would cut its forecast for the year.',
        'Hugo Lind of Nordbank said: “We expect prices to keep rising through the summer.”',
      ]),
    ).toEqual([['We expect prices', 'Hugo Lind', 'Hugo Lind of Nordbank said']]);
  });
});
