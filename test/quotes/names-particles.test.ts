// Long names with particles: "Luiz Inacio Lula da Silva"-shaped names (four name words and a particle) are one
// person, known alone by the word before the particles.
import { describe, expect, it } from 'vitest';
import {
  NAME_PARTICLES,
  OFFICE_BODIES,
  OFFICE_BODY_LINKS,
  OFFICE_BODY_WORDS,
  ROLE_PLACE_LINKS,
  SURNAME_OPENING_PARTICLES,
  TITLE_INNER_WORDS,
  capitalRuns,
  wordBeforeParticle,
} from '../../src/quotes/names.ts';
import { GIVEN_NAME_ABBREVIATIONS } from '../../src/quotes/tokens.ts';
import { KIN_GROUP_NOUNS } from '../../src/quotes/roleLexicon.ts';
import { nameWordCount } from '../../src/quotes/particles.ts';
import { quoteSpeakers, spacedTokens } from './fixtures.ts';

describe('nameWordCount', () => {
  it("counts a name's words without its particles, in any case", () => {
    expect([
      nameWordCount(['Deon', 'van', 'Wyk']),
      nameWordCount(['Marta', 'De', 'La', 'Fuente']),
      nameWordCount(['Ana', 'Ruiz']),
    ]).toEqual([2, 2, 2]);
  });
});

describe('wordBeforeParticle', () => {
  it('gives the word before the particles of a long name', () => {
    expect(wordBeforeParticle(['joao', 'carlos', 'tavo', 'da', 'costa'])).toBe('tavo');
  });

  it('gives nothing when the word before the particle opens the name (a given name)', () => {
    expect(wordBeforeParticle(['ursula', 'von', 'der', 'leyen'])).toBe(null);
  });

  it('gives nothing for a name without particles', () => {
    expect(wordBeforeParticle(['anna', 'maria', 'petrov'])).toBe(null);
  });
});

describe('a long name whose particles are capitalised', () => {
  it('reads “Chairman Omar Abdul Aziz Al Harbi” as one person, known alone as Al Harbi', async () => {
    const { buildQuoteBook } = await import('../../src/quotes/book.ts');
    const { story } = await import('./fixtures.ts');
    const book = buildQuoteBook([
      story('capital-particles', [
        'Also present at the launch were the port authority and board Chairman Omar Abdul Aziz Al Harbi.',
        '“The paper recorded every moment that shaped this city,” Al Harbi said.',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Omar Abdul Aziz Al Harbi',
    ]);
  });
});

describe('NAME_PARTICLES', () => {
  for (const particle of [...NAME_PARTICLES].sort()) {
    it(`reads “Ana ${particle} Gwyn” as one speaker when the particle "${particle}" stands inside the name`, async () => {
      const { buildQuoteBook } = await import('../../src/quotes/book.ts');
      const { story } = await import('./fixtures.ts');
      const book = buildQuoteBook([
        story(`particle-${particle}`, [
          `Replying to the council, the member for the valley, Ana ${particle} Gwyn, said: “The depot must stay open for every driver.”`,
        ]),
      ]);
      expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
        `Ana ${particle} Gwyn`,
      ]);
    });
  }
});

describe('Irish particles opening a surname of two words', () => {
  for (const particle of ['Ní', 'Nic', 'Ó', 'Uí', 'Mac', 'Mhic'])
    it(`gives “${particle} Bhraoin told” to the full name “Independent Orla ${particle} Bhraoin” before it`, async () => {
      const { buildQuoteBook } = await import('../../src/quotes/book.ts');
      const { story } = await import('./fixtures.ts');
      const book = buildQuoteBook([
        story(`irish-${particle}`, [
          `First count: Independent Orla ${particle} Bhraoin is well ahead of the rest of the field with 7,400 first preferences and a seat in sight.`,
          `“I am a bit stunned, to be honest, after eleven months on the doors,” ${particle} Bhraoin told our reporter.`,
        ]),
      ]);
      expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
        `Orla ${particle} Bhraoin`,
      ]);
    });
});

describe('a surname opening with a particle written small, alone (SURNAME_OPENING_PARTICLES)', () => {
  for (const particle of [...SURNAME_OPENING_PARTICLES].sort())
    it(`gives ““…,” says ${particle} Gwyn-Hartman” to Ana ${particle} Gwyn-Hartman, named in full before`, async () => {
      const { buildQuoteBook } = await import('../../src/quotes/book.ts');
      const { story } = await import('./fixtures.ts');
      const book = buildQuoteBook([
        story(`particle-opening-${particle}`, [
          `Chief executive Ana ${particle} Gwyn-Hartman says the smaller branches no longer pay their way.`,
          `“We kept these branches open longer than the numbers justified,” says ${particle} Gwyn-Hartman.`,
        ]),
      ]);
      expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
        `Ana ${particle} Gwyn-Hartman`,
      ]);
    });

  it('opens no run at “ten”, nor at a particle that follows a capitalised word', async () => {
    const { capitalRuns } = await import('../../src/quotes/names.ts');
    const { spacedTokens } = await import('./fixtures.ts');
    expect(
      ['and then ten Harbour Party members voted', 'Ana van Gwyn said'].map((text) =>
        capitalRuns(spacedTokens(text)).map((r) => r.name),
      ),
    ).toEqual([[['Harbour', 'Party']], [['Ana', 'van', 'Gwyn']]]);
  });
});

describe('an office in capital letters before a full name with particles', () => {
  it('reads the letters as the title and the name with its particles after them (“Finance MMC Ana van der Gwyn”)', async () => {
    const { capitalRuns } = await import('../../src/quotes/names.ts');
    const { spacedTokens } = await import('./fixtures.ts');
    expect(
      ['Finance MMC Ana van der Gwyn defended the plan', 'Finance MMC Ana de Gwyn Hartman defended it'].map((text) =>
        capitalRuns(spacedTokens(text)).map((r) => [r.title, r.name.join(' ')]),
      ),
    ).toEqual([[['Finance MMC', 'Ana van der Gwyn']], [['Finance MMC', 'Ana de Gwyn Hartman']]]);
  });
});

describe('Irish surnames after their particle: the article “an” and a mutated word in lower case first', () => {
  for (const [surname, mutation] of [
    ['Nic an tSionnaigh', 't'],
    ['Mac an Bhaird', ''],
    ['Ó hUiginn', 'h'],
    ['Ní bhFiannaí', 'bh'],
  ] as const)
    it(`reads “Orla ${surname}” as one name, known as “${surname}” too${mutation ? ` (“${mutation}” before the capital)` : ''}`, async () => {
      const { buildQuoteBook } = await import('../../src/quotes/book.ts');
      const { story } = await import('./fixtures.ts');
      const book = buildQuoteBook([
        story(`irish-mutated-${surname.length}`, [
          `Harbour deputy leader Orla ${surname} told the chamber on Tuesday that the talks had stalled for good.`,
          `“Both sides have gone back to their trenches,” ${surname} said after the vote.`,
        ]),
      ]);
      expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
        `Orla ${surname}`,
      ]);
    });

  it('reads no “an” on past a particle that is not Irish, nor a lower-case word past an Irish one', async () => {
    const { capitalRuns } = await import('../../src/quotes/names.ts');
    const { spacedTokens } = await import('./fixtures.ts');
    expect(
      ['Orla de an Bhaird said', 'Orla Ó hello said'].map((text) => capitalRuns(spacedTokens(text)).map((r) => r.name)),
    ).toEqual([[['Orla'], ['Bhaird']], [['Orla', 'Ó']]]);
  });
});

describe('a place a role is held in before the holder’s name (ROLE_PLACE_LINKS)', () => {
  for (const link of [...ROLE_PLACE_LINKS].sort())
    it(`reads “ambassador ${link} Lisbon Ana Gwyn” as Ana Gwyn, whom a later “she said” means`, async () => {
      const { buildQuoteBook } = await import('../../src/quotes/book.ts');
      const { story } = await import('./fixtures.ts');
      const book = buildQuoteBook([
        story(`role-place-${link}`, [
          `Former ambassador ${link} Lisbon Ana Gwyn was cautiously optimistic about the talks.`,
          '“I have seen three ceasefires collapse within weeks, and this one has better guarantees,” she said.',
        ]),
      ]);
      expect([
        book.people.map((p) => p.name),
        book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null),
      ]).toEqual([['Ana Gwyn'], ['Ana Gwyn']]);
    });

  it('keeps a run whose first word is no place, or that has one word after the place', async () => {
    const { capitalRuns } = await import('../../src/quotes/names.ts');
    const { spacedTokens } = await import('./fixtures.ts');
    expect(
      ['the ambassador to Harbourside Ana Gwyn', 'the ambassador to Lisbon Gwyn'].map((s) =>
        capitalRuns(spacedTokens(s)).map((r) => r.name.join(' ')),
      ),
    ).toEqual([['Harbourside Ana Gwyn'], ['Lisbon Gwyn']]);
  });

  it('keeps the place in a body’s name closed by a cue word (“an adviser to Lisbon Water Company”)', async () => {
    const { capitalRuns } = await import('../../src/quotes/names.ts');
    const { spacedTokens } = await import('./fixtures.ts');
    expect(
      ['an adviser to Lisbon Water Company', 'an analyst in Lisbon Harbour Authority'].map((s) =>
        capitalRuns(spacedTokens(s)).map((r) => r.name.join(' ')),
      ),
    ).toEqual([['Lisbon Water Company'], ['Lisbon Harbour Authority']]);
  });
});

describe('given names written short with a stop (GIVEN_NAME_ABBREVIATIONS)', () => {
  for (const short of [...GIVEN_NAME_ABBREVIATIONS].sort()) {
    const written = `${short[0]?.toUpperCase()}${short.slice(1)}.`;
    it(`reads “Councilor ${written} Teresa Gwyn said” as one person, the stop no sentence’s end`, async () => {
      const { buildQuoteBook } = await import('../../src/quotes/book.ts');
      const { story } = await import('./fixtures.ts');
      const book = buildQuoteBook([
        story(`given-short-${short}`, [
          `Councilor ${written} Teresa Gwyn said the majority had only asked for more detail on the projects.`,
          '“We are not holding up the spending plan, we want to see where it goes,” Gwyn said.',
        ]),
      ]);
      expect([
        book.people.map((p) => p.name),
        book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null),
      ]).toEqual([[`${written.slice(0, -1)} Teresa Gwyn`], [`${written.slice(0, -1)} Teresa Gwyn`]]);
    });
  }
});

describe('the body of an office “of the” before its holder’s name (OFFICE_BODIES)', () => {
  for (const body of [...OFFICE_BODIES].sort()) {
    const written = `${body[0]?.toUpperCase()}${body.slice(1)}`;
    it(`reads “Leader of the ${written} Ana Gwyn” as the role’s words and a run of Ana Gwyn’s name alone`, async () => {
      const { capitalRuns } = await import('../../src/quotes/names.ts');
      const { spacedTokens } = await import('./fixtures.ts');
      expect(
        capitalRuns(spacedTokens(`Leader of the ${written} Ana Gwyn moved a motion`)).map((r) => [r.from, r.to]),
      ).toEqual([
        [0, 1],
        [4, 6],
      ]);
    });
  }

  it('reads “Whip of the Opposition in the Senate Ana Gwyn” as the chamber’s words and a run of her name alone', () => {
    expect(
      capitalRuns(spacedTokens('Whip of the Opposition in the Senate Ana Gwyn moved a motion')).map((r) => [
        r.from,
        r.to,
      ]),
    ).toEqual([
      [0, 1],
      [3, 4],
      [7, 9],
    ]);
  });

  it(`passes a chamber of ${OFFICE_BODY_WORDS} words with no “the” (“in Lok Sabha”) but not one of more`, () => {
    expect([
      capitalRuns(spacedTokens('Leader of Opposition in Lok Sabha Ana Gwyn moved a motion')).map((r) => r.from),
      capitalRuns(spacedTokens('Whip of the Opposition in the Old Regional Assembly Ana Gwyn moved')).map(
        (r) => r.from,
      ),
    ]).toEqual([
      [0, 2, 6],
      [0, 3, 6],
    ]);
  });

  it('reads a body after “of” with no “the” with the role before it, the run kept whole', () => {
    expect(capitalRuns(spacedTokens('said Leader of Opposition Ana Gwyn today')).map((r) => [r.from, r.to])).toEqual([
      [1, 2],
      [3, 6],
    ]);
  });

  it('keeps a single word after the chamber with the chamber, too short for a name', () => {
    expect(
      capitalRuns(spacedTokens('Whip of the Opposition in the Senate Gwyn moved a motion')).map((r) => [r.from, r.to]),
    ).toEqual([
      [0, 1],
      [3, 4],
      [6, 8],
    ]);
  });

  it('keeps the run whole when no role comes before “of the”', async () => {
    const { capitalRuns } = await import('../../src/quotes/names.ts');
    const { spacedTokens } = await import('./fixtures.ts');
    expect(
      capitalRuns(spacedTokens('members of the Opposition Ana Gwyn moved a motion')).map((r) => [r.from, r.to]),
    ).toEqual([[3, 6]]);
  });
});

describe('a title written with a stop before a surname opening with particles', () => {
  for (const surname of ['de Mel', 'van der Berg', 'da Silva']) {
    it(`gives “…,” Ms. ${surname} told reporters to the person of that surname named before`, () => {
      expect(
        quoteSpeakers([
          `Board president Nilanthi ${surname}, re-elected in May, called the order unlawful on Monday.`,
          `“The minister wants by decree what he never won at the ballot box,” Ms. ${surname} told reporters.`,
        ]),
      ).toEqual([`Nilanthi ${surname}`]);
    });
  }
});

describe('a small word capitalised inside a run marks a work’s title (TITLE_INNER_WORDS)', () => {
  const kinds = (text: string): string[] => capitalRuns(spacedTokens(text)).map((r) => `${r.name.join(' ')}:${r.kind}`);
  for (const word of [...TITLE_INNER_WORDS].sort())
    it(`reads “Rooms ${word} Windows” as no person’s name`, () => {
      expect(kinds(`her memoir , Rooms ${word} Windows , is still read`)).toEqual([`Rooms ${word} Windows:other`]);
    });

  it('still reads a name with a particle in lower case, or the small word closing the run, as a name', () => {
    expect([kinds('said Anna van Dijk'), kinds('said Maria dos Santos')]).toEqual([
      ['Anna van Dijk:name'],
      ['Maria dos Santos:name'],
    ]);
  });
});

describe('the words tying an office to its body or chamber (OFFICE_BODY_LINKS)', () => {
  const written: Record<string, string> = {
    of: 'Deputy Speaker of the Assembly Marisol Quenby said',
    in: 'Whip of the Opposition in the Legislature Marisol Quenby said',
  };
  for (const link of [...OFFICE_BODY_LINKS].sort())
    it(`gives the quote to the holder named after “${link}” and the chamber, not to the chamber`, () => {
      expect(
        quoteSpeakers([
          'Trawlers stayed tied up in the harbour for a third day as the dispute over quotas spread along the coast.',
          `${written[link] ?? ''} the ministry had “left the fleet to rot at anchor”.`,
        ]),
      ).toEqual(['Marisol Quenby']);
    });
});

describe('a family’s plural capitalised before the names (KIN_GROUP_NOUNS)', () => {
  for (const noun of [...KIN_GROUP_NOUNS].sort()) {
    const written = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
    it(`reads “${written} Marek Vale and Ilse Vale” as two people, the plural no part of the first name`, () => {
      expect(
        capitalRuns(spacedTokens(`${written} Marek Vale and Ilse Vale took over the shop`)).map((r) =>
          r.name.join(' '),
        ),
      ).toEqual(['Marek Vale', 'Ilse Vale']);
    });
  }

  it('passes the plural before a given name that “and” goes on from (“Twins Ana and Eva Ruiz”), not before one word alone', () => {
    expect([
      capitalRuns(spacedTokens('Twins Ana and Eva Ruiz took over the shop')).map((r) => r.name.join(' ')),
      capitalRuns(spacedTokens('Cousins Vale took over the shop')).map((r) => r.name.join(' ')),
    ]).toEqual([['Ana', 'Eva Ruiz'], ['Cousins Vale']]);
  });
});

describe('an initialism in the plural (“PCs”, “MPs”)', () => {
  it('reads one closing a run as no part of the name before it (“Harbour Lantern Party MPs”)', () => {
    expect(
      capitalRuns(spacedTokens('the removal of eleven Harbour Lantern Party MPs who refused to leave')).map((r) => [
        r.from,
        r.to,
        r.name.join(' '),
      ]),
    ).toEqual([[4, 7, 'Harbour Lantern Party']]);
  });

  it('reads no name in it, and gives a quote after “PCs had found” to nobody', () => {
    expect([
      capitalRuns(spacedTokens('forensic analysis of the league’s PCs had shown it')).map((r) => r.name.join(' ')),
      quoteSpeakers([
        'The league banned two players for a year on Friday after a hearing on cheating at the spring finals.',
        'Forensic analysis of the league’s PCs had shown “plain and repeated signs” of an aiming program.',
      ]),
    ]).toEqual([[], [null]]);
  });
});
