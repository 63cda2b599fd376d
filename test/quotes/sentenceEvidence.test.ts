// Evidence one sentence gives that a name is a person's: the forms read here, on invented sentences.
import { describe, expect, it } from 'vitest';
import {
  invertedPastMood,
  opensPredicate,
  PEOPLE_GROUP_NOUNS,
  PLACE_HELD_OFFICES,
  ROLE_PLACE_WORDS,
  FIELD_OR_SCHOOL_WORDS,
  STUDY_ROLES,
} from '../../src/quotes/sentenceEvidence.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { LOCATIVE_PREPOSITIONS } from '../../src/quotes/places.ts';
import { story } from './fixtures.ts';
import { attributed, quoteSpeakers, spacedTokens } from './fixtures.ts';

const FLOOD =
  'Farmers along the lower valley moved their livestock to higher ground on Friday as the river kept rising after a week of rain.';

describe('opensPredicate', () => {
  it('finds a finite verb of FINITE_CLAUSE_VERBS or a past form in -ed with a word after it at the token', () => {
    const tokens = spacedTokens(
      'says Harrow Vale benefited from it , says Harrow Vale was , says Harrow Vale needed more',
    );
    expect([opensPredicate(tokens, 3), opensPredicate(tokens, 10), opensPredicate(tokens, 15)]).toEqual([
      true,
      true,
      true,
    ]);
  });
  it('finds no form in -ed that closes the sentence (“says Ann Hale unprompted.”), and still credits the name', () => {
    const tokens = spacedTokens('QUOTE , says Ann Hale unprompted .');
    const book = buildQuoteBook([
      story('inverted-unprompted', [
        'The county’s hospitals posted the worst emergency waits in the country two winters ago.',
        '“I have never seen a corridor like it,” says Nadia Ferrant unprompted.',
      ]),
    ]);
    expect([opensPredicate(tokens, 5), book.people.map((p) => p.name)]).toEqual([false, ['Nadia Ferrant']]);
  });

  it('finds none at a comma, a preposition, a capitalised word or a short word in -ed', () => {
    const tokens = spacedTokens('says Ann Hale , says Ann Hale of Leeds , says Ann Hale Jr , says Ann Hale red');
    expect([
      opensPredicate(tokens, 3),
      opensPredicate(tokens, 8),
      opensPredicate(tokens, 14),
      opensPredicate(tokens, 19),
    ]).toEqual([false, false, false, false]);
  });
  it('makes no person of the name an inverted “says” brings in when a verb follows it (“says Harrow Vale benefited”)', () => {
    const book = buildQuoteBook([
      story('inverted-predicate', [
        'The county’s hospitals posted the worst emergency waits in the country two winters ago.',
        'Professor Kenji Obata, who studies hospital performance, says Harrow Vale benefited from a generous council.',
        '“It is a model, but not one every town can copy,” Obata said.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Kenji Obata']);
  });
  it('still makes a person of the name an inverted “says” credits (“…, says Harrow Vale, who …”)', () => {
    const book = buildQuoteBook([
      story('inverted-credit', [
        'The county’s hospitals posted the worst emergency waits in the country two winters ago.',
        '“It is a model, but not one every town can copy,” says Nadia Ferrant, who studies hospital performance.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Nadia Ferrant']);
  });
});

describe('a capitalised role set off right after a full name (roleSetOffAfterName)', () => {
  for (const role of ['Borough Surgeon', 'Fleet Surgeon', 'Tax Inspector'])
    it(`reads “NAME, ${role}, told …” as NAME with that role, and no person “${role}”`, () => {
      const book = buildQuoteBook([
        story('role-set-off', [
          'Fever cases have doubled in the district this month, the hospital’s own figures show.',
          `"We have 58 children on the ward and 40 beds," Dr. Anand Pillai-Rao, ${role}, told the Harbour Sentinel.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.map((p) => [p.name, p.roles]),
        book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
      ]).toEqual([[['Anand Pillai-Rao', [role]]], ['Anand Pillai-Rao']]);
    });

  it('still reads a set-off name closed by no role noun as a person (“NAME, Tomas Reyes, and NAME2, said”)', () => {
    const book = buildQuoteBook([
      story('name-set-off', [
        'Fever cases have doubled in the district this month, the hospital’s own figures show.',
        'The clinic’s three founders, Anand Pillai-Rao, Tomas Reyes, and Mia Holt, said the new ward would open in May.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Mia Holt', 'Tomas Reyes']);
  });
});

describe('invertedPastMood', () => {
  it('finds an inverting verb before “a” or “an” and up to two words of mood right before the name', () => {
    const tokens = spacedTokens('QUOTE , said a visibly tearful Mara Ostrova outside the barn .');
    const plain = spacedTokens('QUOTE , said an exhausted Mara Ostrova .');
    expect([invertedPastMood(tokens, 6), invertedPastMood(plain, 5)]).toEqual([true, true]);
  });
  it('finds none for three words of mood, a stop word among them, or no verb before the article', () => {
    const long = spacedTokens('QUOTE , said a very visibly tearful Mara Ostrova .');
    const stop = spacedTokens('QUOTE , said a tearful and Mara Ostrova .');
    const verbless = spacedTokens('The barn of a tearful Mara Ostrova flooded .');
    expect([invertedPastMood(long, 7), invertedPastMood(stop, 6), invertedPastMood(verbless, 5)]).toEqual([
      false,
      false,
      false,
    ]);
  });
  it('credits the name after “said a tearful” as a person speaking', () => {
    expect(
      attributed([
        FLOOD,
        '"I have not seen the water this high in all my years here," said a tearful Mara Ostrova outside her barn.',
      ]),
    ).toEqual([['I have not', 'Mara Ostrova', 'said a tearful Mara Ostrova']]);
  });
});

describe('a place an office is held over (PLACE_HELD_OFFICES)', () => {
  for (const office of [...PLACE_HELD_OFFICES].sort())
    it(`makes no person of “The ${office} of Villa Alta, whose …”`, () => {
      const book = buildQuoteBook([
        story('place-office', [
          FLOOD,
          `The ${office} of Villa Alta, whose old market hall lost its roof, toured the square on Sunday morning.`,
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual([]);
    });

  it('still makes a person of a name after a kinship noun’s “of” before “whose” (“the son of NAME, whose …”)', () => {
    const book = buildQuoteBook([
      story('kin-whose', [
        FLOOD,
        'The son of Arno Vidal, whose farm lost its barn, toured the square on Sunday morning.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Arno Vidal']);
  });
});

describe('a field or a school after a study role’s “of” (FIELD_OR_SCHOOL_WORDS)', () => {
  for (const word of [...FIELD_OR_SCHOOL_WORDS].sort()) {
    const written = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`makes no person of “a student of Marine ${written}, who …”`, () => {
      const book = buildQuoteBook([
        story('field-word', [
          FLOOD,
          `A student of Marine ${written}, who would not give her name, walked the flooded fields on Sunday morning.`,
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual([]);
    });
  }

  it('still gives “a student of NAME, who said: “…”” to NAME, a person’s name', () => {
    expect(
      quoteSpeakers([
        FLOOD,
        'Tom Bexley trained for years as a student of Ann Harrow, who said on Tuesday: “He was the most gifted sculptor I ever taught.”',
      ]),
    ).toEqual(['Ann Harrow']);
  });
});

describe('a name set off after a body’s noun, before a verb in the past', () => {
  it('makes a body of “Mrs NAME’s group, Tarn Open Door, helped …”, so the “she said” after it is Mrs NAME’s', () => {
    expect(
      quoteSpeakers([
        FLOOD,
        'Edith Varley, a retired teacher, has run a volunteer group for new arrivals in the town for six years.',
        'Mrs Varley’s group, Tarn Open Door, helped the family find a doctor and open a bank account. “That took eleven weeks,” she said.',
      ]),
    ).toEqual(['Edith Varley']);
  });
});

describe('a field of study or a school after a study role’s “of” (STUDY_ROLES)', () => {
  for (const role of [...STUDY_ROLES].sort())
    it(`makes no person of “A ${role} of Marine Ecology, who …”`, () => {
      const book = buildQuoteBook([
        story('study-role', [
          FLOOD,
          `A ${role} of Marine Ecology, who would not give a name, walked the flooded fields on Sunday morning.`,
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual([]);
    });
});

describe('a he or she after a sentence whose only name follows a role’s “of”', () => {
  it('makes no person of the name (“The bishop of Villa Alta led prayers. “…,” he told the crowd.”)', () => {
    const book = buildQuoteBook([
      story('role-of-place', [
        FLOOD,
        'The bishop of Villa Alta led prayers in the square on Sunday. “Walls can be rebuilt,” he told the crowd.',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
  });
});

describe('a correspondent who “reports that …:” above a quote paragraph', () => {
  it('gives the paragraph to the correspondent named in the lead-in', () => {
    const book = buildQuoteBook([
      story('reports-that', [
        FLOOD,
        'Our reporter in Villa Alta, Ruth Mabaso-King, reports that people ran into the square again:',
        '“There was shouting, and an old man next to me sat down on the kerb and cried.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Ruth Mabaso-King']);
  });
});

describe('a body named after its kind in a role set off after a name', () => {
  for (const kind of ['cooperative', 'supermarket chain', 'insurer']) {
    it(`gives “NAME, chief executive of the ${kind} BODY, said” and the she after it to the person, not to the body`, () => {
      const book = buildQuoteBook([
        story(`body-kind-${kind}`, [
          'Milk prices fell again this month, the third fall in a row for farmers in the north.',
          `Ann Berg, chief executive of the ${kind} Tarrow Melk, said in an interview that a plant had closed.`,
          '“Each dairy that shuts means less cheese from our plants,” she said.',
        ]),
      ]);
      expect([book.people.map((p) => [p.name, p.kind]), book.quotes.map((q) => q.speaker)]).toEqual([
        [['Ann Berg', 'person']],
        ['ann berg'],
      ]);
    });
  }

  it('still reads the body as somebody when no role comes before the "of"', () => {
    const book = buildQuoteBook([
      story('body-kind-no-role', [
        'Milk prices fell again this month, the third fall in a row for farmers in the north.',
        'A statement on behalf of the cooperative Tarrow Melk, said in an interview that a plant had closed.',
        '“Each dairy that shuts means less cheese from our plants,” she said.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Tarrow Melk']);
  });
});

describe('a “who” or “whose” after one word a place preposition brings in', () => {
  const opening = 'Parents packed the school hall on Thursday evening for the annual prize-giving.';
  it('leaves the word a place, so a he after the sentence is the person the sentence is about', () => {
    expect(
      quoteSpeakers([
        opening,
        'Among the pupils in the front row was Oskar Lindqvist, 15, from a village near Brannock, whose parents farm sheep there.',
        '“I only came for the free lunch, to be honest,” he said.',
      ]),
    ).toEqual(['Oskar Lindqvist']);
  });

  it('leaves one word a role’s “from” brings in a place (“a commuter from Skelby, who …:”)', () => {
    expect(
      quoteSpeakers([
        'The sale of the island ferry line to a private operator was confirmed on Monday.',
        'Ana Ruiz, chair of the island council:',
        '“For the island, that boat is our bus, our ambulance and our post van.”',
        'A commuter from Skelby, who preferred not to be identified as she works for the operator:',
        '“Everybody on the early boat is talking about it, and nobody is surprised.”',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });

  for (const noun of [...PEOPLE_GROUP_NOUNS].sort())
    it(`leaves one word “from” brings in after a group’s noun a place (“a ${noun} from Tarnby, who …”)`, () => {
      expect(
        quoteSpeakers([
          opening,
          `The award went to a ${noun} from Tarnby, who rebuilt the old farmhouse by hand after the floods.`,
          '“It took us four years,” the mother said.',
        ]),
      ).toEqual([null]);
    });

  it('makes a person of one word “from” brings in (“the only goal came from NAME, who …”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'The only goal came from Okafor, who had been on the pitch for less than five minutes.',
        '“I just hit it and hoped for the best,” he said.',
      ]),
    ).toEqual(['Okafor']);
  });

  it('leaves a she after an unnamed source’s sentence unknown, not the place the source works in', () => {
    expect(
      quoteSpeakers([
        opening,
        'A porter at a hospital in Kelmarsh, who preferred not to be identified, said staff were exhausted.',
        '“We are running on empty,” she said.',
      ]),
    ).toEqual([null]);
  });
});

describe('a name a preposition of place brings in, past its owner, before a speech verb (LOCATIVE_PREPOSITIONS)', () => {
  const LEAD = 'The football club has been told to rebuild the exits of its oldest stand before the new season.';
  for (const preposition of [...LOCATIVE_PREPOSITIONS].sort())
    it(`makes no person of “${preposition} the club’s Harrow Park” before “has concluded”`, () => {
      const book = buildQuoteBook([
        story('located-name', [
          LEAD,
          `A review of the crush ${preposition} the club’s Harrow Park has concluded that the exits were “far below what a new stadium would need”.`,
        ]),
      ]);
      expect(book.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([]);
    });

  it('still makes a person of a name an owner brings in with no preposition (“Rovers’ Tom Hale said”)', () => {
    const book = buildQuoteBook([
      story('owned-name', [
        LEAD,
        'Speaking at the ground, Rovers’ Tom Hale said the exits were “far below what a new stadium would need”.',
      ]),
    ]);
    expect(book.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Tom Hale']);
  });
});

describe('an office with its portfolio before a name', () => {
  const rolesOf = (line: string): [string, string[]][] =>
    buildQuoteBook([story('office-portfolio', [FLOOD, line])]).people.map((p) => [p.name, p.roles]);

  it('keeps the capitalised modifiers before the office in the role, and no role of the opening words alone', () => {
    expect(
      rolesOf('Deputy Minister of Health Tobias Wrenfield said, “Every clinic will stay open this winter.”'),
    ).toEqual([['Tobias Wrenfield', ['Deputy Minister of Health']]]);
  });

  it('reads an office before "for" and portfolio words as all the role, no role cut at the link', () => {
    expect(
      rolesOf('“We planted early,” CFRA Undersecretary for Field Operations Ana Beatriz Tamayo said at the launch.'),
    ).toEqual([['Ana Beatriz Tamayo', ['Undersecretary for Field Operations']]]);
  });
});

describe('titles before a name (HEAD_TITLES)', () => {
  for (const title of ['Undersecretary', 'Under-Secretary']) {
    it(`reads "said the ${title} NAME" as NAME speaking, the title no part of the name`, () => {
      expect(
        quoteSpeakers([FLOOD, `“The river will not wait,” said the ${title} Pham Minh Chau, who leads the relief.`]),
      ).toEqual(['Pham Minh Chau']);
    });
  }
});

describe('a role held in a place, set off before a name', () => {
  const peopleOf = (line: string): [string, string[]][] =>
    buildQuoteBook([story('role-place', [FLOOD, line])]).people.map((p) => [p.name, p.roles]);

  it('reads “Norway’s envoy in Lusaka, NAME,” as NAME with the role, place and all', () => {
    expect(peopleOf('Norway’s envoy in Lusaka, Ingeborg Stray, visited the flooded district on Sunday.')).toEqual([
      ['Ingeborg Stray', ['Norway’s envoy in Lusaka']],
    ]);
  });

  it('makes no person of the place a role is held in (“the chief inspector in Farrowdale, responsible for …”)', () => {
    expect(peopleOf('She is now the chief inspector in Farrowdale, responsible for 900 staff.')).toEqual([]);
  });
});

describe('the wider place set off after the place a role is held in (ROLE_PLACE_WORDS)', () => {
  const lines: Record<string, string> = {
    of: 'The mayor of Tarnby, Wessexshire, said: “We will rebuild every bridge the river took.”',
    in: 'The head teacher in Tarnby, Wessexshire, said: “We will rebuild every bridge the river took.”',
    to: 'Norway’s envoy to Tarnby, Wessexshire, said: “We will rebuild every bridge the river took.”',
    for: 'The MP for Tarnby, Wessexshire, said: “We will rebuild every bridge the river took.”',
  };
  for (const word of [...ROLE_PLACE_WORDS].sort())
    it(`makes no person of the wider place after “${word} Tarnby,”`, () => {
      expect(buildQuoteBook([story('wider-place', [FLOOD, lines[word] ?? ''])]).people.map((p) => p.name)).toEqual([]);
    });

  it('keeps a full name set off after the place as the role’s holder', () => {
    expect(
      quoteSpeakers([FLOOD, 'The mayor of Tarnby, Ilse Wendt, said: “We will rebuild every bridge the river took.”']),
    ).toEqual(['Ilse Wendt']);
  });
});
