// Surnames that are also place or organisation words (SURNAME_LIKE: "Park", "Hall", "Law"), written alone where a
// person's name stands: "“…,” Park said", "said Park", "Dr Park added".
import { describe, expect, it } from 'vitest';
import { GENDER_TITLES } from '../../src/quotes/roleLexicon.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  OCCUPATION_OPENERS,
  ROLE_NOUNS,
  STOP_WORDS_ALSO_GIVEN_NAMES,
  SURNAME_LIKE,
  TITLE_SURNAMES,
} from '../../src/quotes/lexicon.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';
import { STANDING_OPENERS } from '../../src/quotes/wordNames.ts';
import { capitalRuns, GIVEN_NAME_LEADS, TITLES_ALSO_GIVEN_NAMES } from '../../src/quotes/names.ts';
import { OFFICE_TITLES, PORTFOLIO_OFFICE_TITLES } from '../../src/quotes/sentenceEvidence.ts';

function speakersFor(surname: string): (string | null)[] {
  const book = buildQuoteBook([
    story(`surname-${surname.toLowerCase()}`, [
      `Dr Lena ${surname}, the county health director, said three new cases had been confirmed on Friday.`,
      `“We are contacting every family who may have been exposed this week,” ${surname} said.`,
      `“Nobody needs to panic, but everybody should check their records,” said ${surname}.`,
      `“The clinic will stay open late all weekend,” Dr ${surname} added.`,
    ]),
  ]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

describe('a surname that is also a place word, written alone', () => {
  for (const word of [...SURNAME_LIKE].sort()) {
    const surname = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`gives “…,” ${surname} said / said ${surname} / Dr ${surname} added to Lena ${surname}`, () => {
      const full = `Lena ${surname}`;
      expect(speakersFor(surname)).toEqual([full, full, full]);
    });
  }
});

describe('a surname that is also a title word, after a title of its own', () => {
  it('gives “He said: …” after “Cllr Dale Prince, of the ward, spoke …” to Dale Prince', () => {
    const book = buildQuoteBook([
      story('surname-title', [
        'The borough is mourning its former mayor, who died last week.',
        'Cllr Dale Prince, of the Harbour Ward, spoke warmly of a mentor who showed him the ropes in his first term.',
        'He said: “He never once sought a headline, and he always found time for the people who needed him.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Dale Prince']);
  });
});

describe('initials of a body or office before a full name', () => {
  it('reads “County Health CEC Amina Otieno stated …” as Amina Otieno, whom the next quote’s “she” means', () => {
    const book = buildQuoteBook([
      story('initials-title', [
        'The county said on Wednesday that it would begin disinfecting the markets to curb the outbreak.',
        'Speaking to reporters, Harbour County Health CEC Amina Otieno stated that the work would start at dawn.',
        '“We will disinfect every stall, and we will do it every night until the outbreak is over,” she stated.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Amina Otieno']);
  });

  it('leaves a body named by initials and two words (“the ANC Youth League said”) a body, not a person', () => {
    const book = buildQuoteBook([
      story('initials-body', [
        'The party’s youth wing met in the capital on Saturday to choose its new leaders.',
        '“We will not be silenced by anyone in this party,” the ANC Youth League said in a statement.',
      ]),
    ]);
    expect(book.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([]);
  });
});

describe('titles that are also surnames', () => {
  for (const word of [...TITLE_SURNAMES].sort()) {
    const surname = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`reads “…,” ${surname} said, said ${surname} and Mr ${surname} as the person named Alex ${surname}`, () => {
      const book = buildQuoteBook([
        story('title-surname', [
          `Councillor Alex ${surname} spoke at the meeting of the harbour board on Monday night.`,
          `“We will fix the roads first,” ${surname} said.`,
          `“Nobody will pay more,” said ${surname}.`,
          `Mr ${surname} added: “The budget is balanced.”`,
          `“The harbour stays open,” the ${surname} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        `Alex ${surname}`,
        `Alex ${surname}`,
        `Alex ${surname}`,
        null,
      ]);
    });

    it(`reads “Alex ${surname}’s …” as the person Alex ${surname}, whom “…,” ${surname} said then names`, () => {
      const book = buildQuoteBook([
        story('title-surname-possessed', [
          `Alex ${surname}’s long run at the county championships ended in the semi-final on Sunday.`,
          `“I gave everything I had out there today,” ${surname} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([`Alex ${surname}`]);
    });
  }
});

describe('a given name ending as a demonym does, before an abbreviated title that is also a surname', () => {
  const runs = (text: string): [string, string][] =>
    capitalRuns(spacedTokens(text)).map((r) => [r.kind, r.kind === 'role' ? r.title : r.name.join(' ')]);
  it('reads “Ravi Sen” as a name, and a nationality before it or any demonym before another title as a role', () => {
    expect([
      runs('Ravi Sen told reporters'),
      runs('Indian Sen told reporters'),
      runs('Bavarian Prince told reporters'),
      runs('European Commissioner told reporters'),
    ]).toEqual([
      [['name', 'Ravi Sen']],
      [['role', 'Indian Sen']],
      [['role', 'Bavarian Prince']],
      [['role', 'European Commissioner']],
    ]);
  });

  it('reads a word ending as a demonym does between a head title and a title-surname as a given name', () => {
    expect([
      runs('Secretary-General Ojoran Bishop told reporters'),
      runs('Archbishop Kelechan King told reporters'),
      runs('Former Bavarian Prince told reporters'),
      runs('Secretary-General Italian Prince told reporters'),
    ]).toEqual([
      [['name', 'Ojoran Bishop']],
      [['name', 'Kelechan King']],
      [['role', 'Former Bavarian Prince']],
      [['role', 'Secretary-General Italian Prince']],
    ]);
  });

  it('gives the quote of “Dr Kirti Sen, who …, told me” to Kirti Sen', () => {
    const book = buildQuoteBook([
      story('demonym-given-name', [
        'The new signals on the coast line will not be working before next summer, the operator admitted.',
        'Dr Kirti Sen, who teaches signalling at a college in the north, told me the slip was “nothing unusual”.',
        '“Every railway that tries this loses a year somewhere along the way,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Kirti Sen',
      'Kirti Sen',
    ]);
  });
});

describe('a title-surname closing a full name of three words after a role noun', () => {
  it('lists “Founder Tariq Ahmed Sheikh” as Tariq Ahmed Sheikh, the founder, whom “said Mr. Sheikh” then names', () => {
    const book = buildQuoteBook([
      story('title-surname-three', [
        'Founder Tariq Ahmed Sheikh, 34, started the delivery app from a spare bedroom in the old city.',
        '“Making the app run on a weak signal took us two whole years,” said Mr. Sheikh.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.map((p) => [p.name, p.roles]),
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
    ]).toEqual([[['Tariq Ahmed Sheikh', ['Founder']]], ['Tariq Ahmed Sheikh']]);
  });
});

describe('occupations, standings and family descriptions before a full name', () => {
  for (const word of [...OCCUPATION_OPENERS, ...STANDING_OPENERS, 'mother-of-two'].sort()) {
    const opener = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    // (A word that tells a gender, "grandfather", "widower", describes a man: his pronouns follow.)
    const male = GENDER_TITLES.get(word) === 'male';
    const given = male ? 'Tom' : 'Sarah';
    it(`reads “${opener} ${given} Jones” as ${given} Jones described, who speaks the quote after it`, () => {
      const book = buildQuoteBook([
        story('occupation', [
          `${opener} ${given} Jones lost ${male ? 'his' : 'her'} shop when the river burst its banks on Tuesday night.`,
          `“We lost everything in one night, the ovens, the stock, all of it,” ${male ? 'he' : 'she'} said.`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
        [`${given} Jones`],
        [`${given.toLowerCase()} jones`],
      ]);
    });
  }
});

describe('a title that is also a given name (TITLES_ALSO_GIVEN_NAMES)', () => {
  for (const word of [...TITLES_ALSO_GIVEN_NAMES].sort()) {
    const given = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`reads “candidate ${given} Tarrant” as a person named ${given} Tarrant, not a ${word} called Tarrant`, () => {
      const book = buildQuoteBook([
        story(`title-given-${word}`, [
          `Reform candidate ${given} Tarrant arrived at the count just after midnight to cheers from supporters.`,
          '“Whatever happens tonight, people here have sent a message,” Tarrant said.',
        ]),
      ]);
      expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
        [[`${given} Tarrant`, ['Reform candidate']]],
        [`${word} tarrant`],
      ]);
    });

    it(`keeps “${given} of Law Ann Tarrant” a title before the name`, () => {
      const book = buildQuoteBook([
        story(`title-kept-${word}`, [
          `The university’s ${given} of Law Ann Tarrant said the new building would open in the autumn.`,
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual(['Ann Tarrant']);
    });
  }
});

describe('surnames of two words', () => {
  it('gives “…,” Ferrer Alba told to Lucía Ferrer Alba, introduced after a possessive place', () => {
    const book = buildQuoteBook([
      story('two-word-surname', [
        'LIMA, March 3 - Peru’s Lucía Ferrer Alba won the national road race on Sunday after a late attack on the climb.',
        '“I waited for the last hill because my legs felt fresher than anyone’s,” Ferrer Alba told reporters.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Lucía Ferrer Alba']);
    expect(book.people.map((p) => p.aliases)).toEqual([['Lucía Ferrer Alba', 'Ferrer Alba']]);
  });
});

describe('surnames with particles', () => {
  it('gives “…,” De la Vega said to Matías de la Vega, named before only as an object', () => {
    const book = buildQuoteBook([
      story('particle-surname', [
        'Ollie Marsh beat Chile’s Matías de la Vega in four sets on Wednesday to reach the last eight.',
        '“He served better than anyone I have played this year,” De la Vega said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Matías de la Vega']);
  });
});

describe('rankings written short', () => {
  it('leaves “No1” out of the name after it (“Former world No1 NAME”)', () => {
    const book = buildQuoteBook([
      story('rank-name', [
        'Former world No1 Hester Vane, watching from the stands, called it “the finest comeback of the year”.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Hester Vane']);
  });

  it('reads “NAME, the No4 seed,” as a role, so a later “the Argentine said” is NAME', () => {
    expect(ROLE_NOUNS.has('seed')).toBe(true);
    const book = buildQuoteBook([
      story('rank-role', [
        'Ollie Marsh beat Argentina’s Bruno Quiroga in five sets on Sunday evening.',
        'Quiroga, the No4 seed, shook hands warmly at the net.',
        '“He hit the ball harder than anyone I have faced this year,” the Argentine said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Bruno Quiroga']);
  });
});

describe('given names that are also ordinary words', () => {
  for (const given of STOP_WORDS_ALSO_GIVEN_NAMES) {
    const title = `${given.charAt(0).toUpperCase()}${given.slice(1)}`;
    it(`keeps “${title}” in the name after a role noun (“club captain ${title} NAME”)`, () => {
      const book = buildQuoteBook([
        story('stop-word-given', [
          `Harbour captain ${title} Ashdown-Price set the visitors a target of 310 on the final morning.`,
          '“We needed time to bowl them out twice on this pitch,” Ashdown-Price said.',
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.roles])).toEqual([[`${title} Ashdown-Price`, ['Harbour captain']]]);
    });

    it(`keeps “${title}” in the name right after a speech verb (“said ${title} NAME, 52,”)`, () => {
      const book = buildQuoteBook([
        story('stop-word-given-verb', [
          'Residents of the riverside streets say the water rose quickly in the small hours of Thursday.',
          `“We carried the rice sacks upstairs first and the children after,” said ${title} Hidayah Ashdown, 52.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        `${title} Hidayah Ashdown`,
      ]);
    });

    for (const lead of [...GIVEN_NAME_LEADS].sort()) {
      it(`keeps “${title}” in the name right after “${lead}” (“… ${lead} ${title} NAME …”)`, () => {
        const book = buildQuoteBook([
          story('stop-word-given-lead', [
            `The prize went to the harbour crew, led by Ana Berg${lead === ',' ? ',' : ` ${lead}`} ${title} Hidayah Ashdown, after a close final.`,
            '“We trained every morning at five for a year,” Ashdown said.',
          ]),
        ]);
        const names = new Map(book.people.map((p) => [p.id, p.name]));
        expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
          `${title} Hidayah Ashdown`,
        ]);
      });
    }
  }
});

describe('a compound describing the person before a surname', () => {
  it('leaves “Two-goal” out of the name, so the surname is the full name’s', () => {
    const book = buildQuoteBook([
      story('compound-before-name', [
        'A Kwame Asante-Boadu brace sent Harbour through to the cup final on Saturday.',
        'Two-goal Asante-Boadu, 21, dedicated the win to his grandmother. “She has not missed a home game in ten years,” he said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Kwame Asante-Boadu']);
  });
});

describe('two given names and two surnames', () => {
  it('gives “…,” Ferrer said to José Manuel Ferrer Ocampo, known by his first surname', () => {
    const book = buildQuoteBook([
      story('first-surname', [
        'The hotel chain’s director of operations, José Manuel Ferrer Ocampo, told the hearing the system was safe.',
        '“No photograph of a guest ever left our own servers,” Ferrer said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'José Manuel Ferrer Ocampo',
    ]);
  });
});

describe('a surname that is also a stop word, capitalised after a comma before a speech verb', () => {
  it('is the name of the one the article names in full with it (“Leaving the building, An said”)', () => {
    const book = buildQuoteBook([
      story('stop-word-surname', [
        'The petitioner, Lena Thi An, sat in the front row as the ruling was read.',
        'Lawyer Ruth Onyango told the court the staff had been exhausted.',
        'Leaving the building, An said she felt relieved. “All I asked was that the boxes be opened,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Lena Thi An']);
  });

  it('reads a subject pronoun there as no name', () => {
    expect([
      capitalRuns(spacedTokens('On the steps , An said she was glad .')).map((r) => r.name.join(' ')),
      capitalRuns(spacedTokens('At the end , She said it was over .')).map((r) => r.name.join(' ')),
      capitalRuns(spacedTokens('At the end , It said the talks were over .')).map((r) => r.name.join(' ')),
    ]).toEqual([['An'], [], []]);
  });
});

describe('a name closed by an office’s title (OFFICE_TITLES)', () => {
  for (const title of [...OFFICE_TITLES].sort()) {
    const written = `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
    it(`names an office, not a person: “PLACE’s Data ${written} … saying … “…”” is nobody’s`, () => {
      const book = buildQuoteBook([
        story('office', [
          'The online safety bill returns to parliament next week after a summer of hearings and amendments.',
          `Tarrowland’s Data ${written} has questioned the bill too, saying in a written note that the checks must “keep nothing they do not need.”`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }

  for (const title of [...PORTFOLIO_OFFICE_TITLES].sort()) {
    const written = `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
    it(`names an office after portfolio words only (“Foreign Affairs ${written} said”), and keeps “Tom ${written}, a builder,” a person`, () => {
      const book = buildQuoteBook([
        story(`portfolio-office-${title}`, [
          'The online safety bill returns to parliament next week after a summer of hearings and amendments.',
          `Tarrowland’s Foreign Affairs ${written} has questioned the bill too, saying the checks must “keep nothing they do not need.”`,
          `“The new checks will cost every small firm in the valley a fortune,” Tom ${written}, a local builder, said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
        [`Tom ${written}`],
        [null, `Tom ${written}`],
      ]);
    });
  }

  it('gives the quote to the name after “PORTFOLIO Minister of State NAME told”, not to the office’s words before “of”', () => {
    expect(
      quoteSpeakers([
        'The ferry capsized off the southern cape late on Sunday with more than forty passengers on board.',
        'Fisheries Minister of State Saranya Kuttappan told reporters that the ministry was “tracing every passenger on the manifest tonight.”',
      ]),
    ).toEqual(['Saranya Kuttappan']);
  });

  it('still makes a person of one whose surname is another title word (“Lina Sen”, “Tom Barr”)', () => {
    const people = (name: string): string[] =>
      buildQuoteBook([
        story('title-surname', [
          'The budget vote in Tarrow has been delayed again after a row over school funding this week.',
          `“The numbers simply do not add up this year,” said ${name}, who sits on the finance committee.`,
        ]),
      ]).people.map((p) => p.name);
    expect([people('Lina Sen'), people('Tom Barr')]).toEqual([['Lina Sen'], ['Tom Barr']]);
  });
});
