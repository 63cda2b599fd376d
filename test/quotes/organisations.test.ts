import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  commaInBodyName,
  isAcronymName,
  isOrganisationName,
  BODY_WORD_PAIRS,
  businessCueBeforeLast,
  CLOSING_TRADE_CUES,
  ORGANISATION_CUES,
  ORGANISATION_NOUNS,
  cueClosesName,
  endsInOrganisationCue,
  namesTrade,
  opensWithOrganisationCue,
  SEATS_OF_OFFICE,
  TRADE_NOUN_NAME_WORDS,
} from '../../src/quotes/organisations.ts';
import {
  EXPLETIVE_IT_FOLLOWERS,
  NAMING_VERBS,
  OWN_FEELINGS,
  RELATIVE_OPENERS,
  SAID_IT_CLOSERS,
} from '../../src/quotes/verbReach.ts';
import { INNER_CAPITAL_PREFIXES, isCamelCaseBrand } from '../../src/quotes/businessNames.ts';
import {
  BODY_HELD_ROLES,
  PERSON_RELATIVES,
  ROLE_BODY_LINKS,
  RUNNERS_BEFORE_BODY,
} from '../../src/quotes/sentenceEvidence.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { BUSINESS_NOUNS_BEFORE } from '../../src/quotes/businessNames.ts';
import { FILIPINO_BODY_LINKS } from '../../src/quotes/names.ts';
import { AFFILIATION_PREPOSITIONS } from '../../src/quotes/lexicon.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';
import { capitalRuns } from '../../src/quotes/names.ts';

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Who each quote of the lines is given to, as "name (kind)", or null. */
function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('org', lines)]);
  const people = new Map(book.people.map((p) => [p.id, p]));
  return book.quotes.map((q) => {
    const p = q.speaker === null ? undefined : people.get(q.speaker);
    return p === undefined ? null : `${p.name} (${p.kind})`;
  });
}

const LEAD =
  'Officials from several bodies met in the regional capital on Wednesday to discuss the flooding along the river.';

describe('a full name after a role held at a body the sentence does not name (ROLE_BODY_LINKS)', () => {
  /** Each quote's speaker as "name (kind)", the given-name lists loaded. */
  function withGivenNames(lines: string[]): (string | null)[] {
    const book = buildQuoteBook([story('held-of-body', lines)], { givenNameGender });
    const people = new Map(book.people.map((p) => [p.id, p]));
    return book.quotes.map((q) => {
      const p = q.speaker === null ? undefined : people.get(q.speaker);
      return p === undefined ? null : `${p.name} (${p.kind})`;
    });
  }

  for (const link of [...ROLE_BODY_LINKS].sort()) {
    it(`lists “Chair ${link} the group Helen Dunmore said” as a person when the given name is known`, () => {
      expect(
        withGivenNames([
          LEAD,
          `Chair ${link} the group Helen Dunmore said volunteers would hand out sandbags from the church hall.`,
          '“Bring a car if you can, because the bags are heavy,” Ms Dunmore said.',
        ]),
      ).toEqual(['Helen Dunmore (person)']);
    });
  }

  it('keeps the name a body when the article reads it as one elsewhere (“the group Grace Harbour, which …”)', () => {
    expect(
      withGivenNames([
        LEAD,
        'A spokesman for the group Grace Harbour, which speaks for boat owners, said the result was good news.',
        'Director of the group Grace Harbour said: “Our members are delighted with the vote.”',
      ]),
    ).toEqual(['Grace Harbour (organisation)']);
  });

  it('keeps “spokeswoman for the group Tide Line said” an organisation: no given name opens it', () => {
    expect(
      withGivenNames([
        LEAD,
        'A spokeswoman for the group Tide Line said: “The river has been warning us about this for ten years.”',
      ]),
    ).toEqual(['Tide Line (organisation)']);
  });
});

describe('a Filipino body’s name over its linking words (FILIPINO_BODY_LINKS)', () => {
  for (const link of [...FILIPINO_BODY_LINKS].sort()) {
    it(`gives “Samahan ${link} Panadero Bayan said” to no person called by the words after “${link}”`, () => {
      expect(
        speakers([
          LEAD,
          `The bakers’ group Samahan ${link} Panadero Bayan said the new flour tax would “close half the ovens by June”.`,
        ]),
      ).toEqual([null]);
    });
  }
});

describe('seats of office', () => {
  for (const seat of SEATS_OF_OFFICE) {
    const written = seat.split(' ').map(capitalised).join(' ');
    it(`lists "${written}" speaking as an organisation, never as a person`, () => {
      expect(
        speakers([LEAD, `“The bill will be returned with our concerns before the end of the month,” ${written} said.`]),
      ).toEqual([`${written} (organisation)`]);
    });
  }
});

describe('organisation cue table', () => {
  it('holds lower-case single words with a kind of body', () => {
    expect(ORGANISATION_CUES.size).toBeGreaterThanOrEqual(60);
    for (const [word, kind] of ORGANISATION_CUES) {
      expect(word).toMatch(/^[a-z]+$/u);
      expect(kind.length).toBeGreaterThan(0);
    }
  });

  for (const cue of [...ORGANISATION_CUES.keys()].sort()) {
    it(`lists "Northvale ${capitalised(cue)}" speaking as an organisation, never as a person`, () => {
      expect(isOrganisationName(['Northvale', capitalised(cue)])).toBe(true);
      expect(
        speakers([
          LEAD,
          `“We will publish the full figures on Friday, once every district has reported,” Northvale ${capitalised(cue)} said.`,
        ]),
      ).toEqual([`Northvale ${capitalised(cue)} (organisation)`]);
    });
  }

  it('gives a roundup’s quote to the person when the body named in their role is a forum (“NAME, ROLE, Tenants Forum of PLACE, said:”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Tenants: Chief (Mrs) Yewande Alabi-Cole, National Convener, Tenants Forum of Kwara, said: “Rents have doubled in two years and wages have not moved at all.”',
      ]),
    ).toEqual(['Yewande Alabi-Cole']);
  });

  it('reads a body’s name after its noun as the body’s, though it opens with a role noun and a “who” clause follows (“NAME, chair of the campaign group Commuter Voice Tarrow, who …”)', () => {
    const book = buildQuoteBook([
      story('body-noun-who', [
        'MPs questioned the airline’s chief operating officer for three hours on Thursday about the winter cancellations.',
        'Odalys Quenneville, chair of the campaign group Commuter Voice Tarrow, who also gave evidence on Thursday, said the emails proved what passengers had always believed.',
        '“The airlines have used the weather as an excuse for years,” she told the committee.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.filter((p) => p.kind === 'person').map((p) => p.name),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([['Odalys Quenneville'], ['Odalys Quenneville']]);
  });

  it('keeps a role noun opening a run a title when no body’s noun stands before it (“Passenger Ilsa Pirrie said”)', () => {
    expect(
      capitalRuns(spacedTokens('Passenger Ilsa Pirrie said the crew had been kind .')).map((r) => [r.title, r.name]),
    ).toEqual([['Passenger', ['Ilsa', 'Pirrie']]]);
  });

  it('keeps a person whose role opens with a contractor’s cue word (“Facilities Manager NAME”, “Social Services Director NAME”, “Events Manager NAME”)', () => {
    expect(
      speakers([
        LEAD,
        'Facilities Manager Orla Brennick said: “We have kept every ward open through the strike so far.”',
        'Social Services Director Tomas Vell said: “No family will be left without a visit this week.”',
        'Events Manager Petra Szabo said: “The summer fair will go ahead on the green as planned.”',
      ]),
    ).toEqual(['Orla Brennick (person)', 'Tomas Vell (person)', 'Petra Szabo (person)']);
  });

  for (const verb of [...NAMING_VERBS].sort())
    it(`keeps a name before “${verb} it” a person: the “it” is what the verb names, not the name speaking of itself`, () => {
      expect(
        speakers([
          LEAD,
          `Ana Berg and Tomas Ilves ${verb} it a disgrace in front of the cameras on Friday.`,
          'Ilves posted a shorter message an hour later: “We will take this to the county court if we have to.”',
        ]),
      ).toEqual(['Tomas Ilves (person)']);
    });

  const saidIt = (closer: string): string =>
    closer === '.'
      ? 'When the board meets, Tomas Ilves says it.'
      : closer === ','
        ? 'When Tomas Ilves says it, the room goes quiet.'
        : `Tomas Ilves says it ${closer} at every meeting of the board.`;
  for (const closer of ['.', ',', ...[...SAID_IT_CLOSERS].sort()])
    it(`keeps a name before “says it ${closer}” a person: the “it” is the words said (SAID_IT_CLOSERS)`, () => {
      expect(
        speakers([
          LEAD,
          '“We will take this to the county court if we have to.”',
          `That is the line. ${saidIt(closer)}`,
        ]),
      ).toEqual(['Tomas Ilves (person)']);
    });

  it('keeps a person titled “Air Marshal” a person', () => {
    expect(
      speakers([
        LEAD,
        '“We will fly the first supplies in at dawn, whatever the weather does,” Air Marshal Ana Berg said.',
      ]),
    ).toEqual(['Ana Berg (person)']);
  });

  it('does not take a person’s name for an organisation', () => {
    expect([isOrganisationName(['Ana', 'Berg']), isOrganisationName(['Tom', 'Reilly'])]).toEqual([false, false]);
  });

  it('reads an all-capital single word as an acronym and a name as none', () => {
    expect([
      isAcronymName(['NATO']),
      isAcronymName(['BBC']),
      isAcronymName(['Okoro']),
      isAcronymName(['Ana', 'Berg']),
    ]).toEqual([true, true, false, false]);
  });
});

describe('words of a trade that close a company’s name (CLOSING_TRADE_CUES)', () => {
  for (const cue of [...CLOSING_TRADE_CUES].sort()) {
    const written = capitalised(cue);
    it(`lists "Northvale ${written}" speaking as an organisation, and keeps "${written} Minister NAME" a person`, () => {
      expect(
        speakers([
          LEAD,
          `“We will publish the full figures on Friday, once every site has reported,” Northvale ${written} said.`,
          `${written} Minister Orla Brennick said: “The figures will be read closely in the department.”`,
        ]),
      ).toEqual([`Northvale ${written} (organisation)`, 'Orla Brennick (person)']);
    });
  }

  for (const cue of [...CLOSING_TRADE_CUES].sort()) {
    const written = capitalised(cue);
    it(`reads "Northvale ${written} UK" as a company serving a market, its trade's word before the market’s (CLOSING_TRADE_CUES)`, () => {
      expect([
        businessCueBeforeLast(['Northvale', written, 'UK']),
        businessCueBeforeLast(['Northvale', 'Brennick', 'UK']),
      ]).toEqual([true, false]);
    });
  }

  it('reads a trade word as closing a company’s name only after another word (“Energy” alone is none)', () => {
    expect([endsInOrganisationCue(['Energy']), endsInOrganisationCue(['Northvale', 'Energy'])]).toEqual([false, true]);
  });
});

describe('organisation nouns', () => {
  // (A trade's noun stands for a name with a word of its trade: see "nouns of a trade" below.)
  for (const noun of [...ORGANISATION_NOUNS].filter((n) => !TRADE_NOUN_NAME_WORDS.has(n)).sort()) {
    it(`gives "the ${noun} said" to the organisation named before with that word`, () => {
      expect(
        speakers([
          LEAD,
          `The Northvale ${capitalised(noun)} said on Monday that forty homes had been cleared of water.`,
          `“The situation is under control and help is on its way,” the ${noun} said.`,
        ]),
      ).toEqual([`Northvale ${capitalised(noun)} (organisation)`]);
    });
  }

  it('gives "the company said" to the business named before, by the kind of its cue word', () => {
    expect(
      speakers([
        LEAD,
        'Acme Corp said on Monday that its sales had risen by a fifth over the year.',
        '“We are proud of our staff and of every one of our customers,” the company said.',
      ]),
    ).toEqual(['Acme Corp (organisation)']);
  });

  it('leaves "the ministry said" unattributed when no ministry was named', () => {
    expect(speakers([LEAD, '“The situation is under control and help is on its way,” the ministry said.'])).toEqual([
      null,
    ]);
  });

  it('never lets "he" stand for an organisation', () => {
    expect(
      speakers([
        LEAD,
        'The Northvale Council said on Monday that forty homes had been cleared of water.',
        '“The situation is under control and help is on its way,” he said.',
      ]),
    ).toEqual([null]);
  });
});

describe('organisations that speak', () => {
  it('lists a single name that speaks of itself as "it" as an organisation', () => {
    expect(
      speakers([
        LEAD,
        'Acme said it would repay every customer by the end of the month.',
        '“We are proud of our staff and of every one of our customers,” Acme said.',
      ]),
    ).toEqual(['Acme (organisation)']);
  });

  it('lists no organisation for a place a person comes from before the verb (“NAME (52) from PLACE said it …”), but the issuer after “a statement from”', () => {
    const people = (line: string): string[] =>
      buildQuoteBook([story('from-place', [LEAD, line])]).people.map((p) => `${p.name} (${p.kind})`);
    expect([
      people('Brona Keating (52) from Kilbride said it was the worst flooding she had seen in the village.'),
      people('A statement from Harbour Trust said it would reopen the flooded pier by the spring.'),
    ]).toEqual([['Brona Keating (person)'], ['Harbour Trust (organisation)']]);
  });

  for (const runners of [...RUNNERS_BEFORE_BODY].sort())
    it(`lists a name right after “${runners}” as an organisation (RUNNERS_BEFORE_BODY), and its quote as the body’s`, () => {
      expect(
        speakers([
          LEAD,
          `In a note to customers on Monday, ${runners} Harbour Grove said they had “looked at every way to carry on”.`,
        ]),
      ).toEqual(['Harbour Grove (organisation)']);
    });

  for (const feeling of [...OWN_FEELINGS].sort())
    it(`lists a name that said it was “${feeling}” as an organisation: a quoted feeling (OWN_FEELINGS) is its own`, () => {
      expect(
        speakers([
          LEAD,
          'Harbour Grill closed two of its riverside kitchens on Tuesday.',
          `Harbour Grill said it was “${feeling}” about the closures.`,
          `Harbour Grill said it was “deeply ${feeling}” by the result.`,
        ]),
      ).toEqual(['Harbour Grill (organisation)', 'Harbour Grill (organisation)']);
    });

  for (const word of ['a quotation', ...[...EXPLETIVE_IT_FOLLOWERS].sort()]) {
    it(`lists no organisation for a one-word name whose “it is” or “it was” before ${word} stands for nothing`, () => {
      const after = word === 'a quotation' ? '“too early to say”' : `${word} to say`;
      expect(
        speakers([
          LEAD,
          `Tomasz added that it was ${after} how long the choir would keep meeting.`,
          '“We are proud of our staff and of every one of our customers,” Tomasz said.',
        ]),
      ).toEqual(word === 'a quotation' ? ['Tomasz (person)', 'Tomasz (person)'] : ['Tomasz (person)']);
    });
  }

  it('lists no organisation for a one-word name whose “it’s” stands for nothing (“NAME added it’s worth …”)', () => {
    expect(
      speakers([
        LEAD,
        'Tomasz added it’s worth keeping the choir going for another year.',
        '“We are proud of our staff and of every one of our customers,” Tomasz said.',
      ]),
    ).toEqual(['Tomasz (person)']);
  });

  it('lists no organisation for a one-word name before a cleft (“NAME thinks it’s a sacrifice that …”), and does after “it’s a leader”', () => {
    const quoted = '“We are proud of our staff and of every one of our customers,”';
    expect(
      speakers([
        LEAD,
        'Tomasz thinks it’s a sacrifice that the choir has to make this year.',
        `${quoted} Tomasz said.`,
      ]),
    ).toEqual(['Tomasz (person)']);
    expect(
      speakers([LEAD, 'Tomasz said it was the members who kept the choir going.', `${quoted} Tomasz said.`]),
    ).toEqual(['Tomasz (person)']);
    expect(speakers([LEAD, 'Acme says it’s a leader in the market for garden tools.', `${quoted} Acme said.`])).toEqual(
      ['Acme (organisation)'],
    );
  });

  it('still lists a one-word name as an organisation when “it’s” speaks of itself (“Acme said it’s cutting …”)', () => {
    expect(
      speakers([
        LEAD,
        'Acme said it’s cutting prices on every model by the end of the month.',
        '“We are proud of our staff and of every one of our customers,” Acme said.',
      ]),
    ).toEqual(['Acme (organisation)']);
  });

  it('lists no organisation for a one-word name when a quotation follows “it” after “as NAME says,”', () => {
    expect(
      speakers([
        LEAD,
        'The choir meets on Thursdays and, as Tomasz says, it ‘gives the village a voice again’ after years of silence.',
        '“We are proud of our staff and of every one of our customers,” Tomasz said.',
      ]),
    ).toEqual(['Tomasz (person)', 'Tomasz (person)']);
  });

  it('still lists a one-word name as an organisation when “that it” brings its own quoted words in', () => {
    expect(
      speakers([
        LEAD,
        'Acme said in a statement that it “regrets the delays to every delivery this month” and would refund fees.',
        '“We are proud of our staff and of every one of our customers,” Acme said.',
      ]),
    ).toEqual(['Acme (organisation)', 'Acme (organisation)']);
  });

  it('leaves a generic body ("Police said") unattributed', () => {
    expect(
      speakers([LEAD, 'Police said: “We are looking for two men seen near the station on Friday evening.”']),
    ).toEqual([null]);
  });

  it('lists a body its cue names as an organisation when an aside stands before its verb, under a speaker’s heading', () => {
    expect(
      speakers([
        LEAD,
        'Cllr Tova Renner, Quay Ward:',
        '“Each side is partly right, and they should meet the operator this week.”',
        'The Department of Harbours, in a written reply, said it “values every islander’s view”.',
      ]),
    ).toEqual(['Tova Renner (person)', 'Department of Harbours (organisation)']);
  });

  const relativeClauses: Record<string, string> = {
    who: 'who led the work',
    whose: 'whose family built the hall',
    whom: 'whom the board thanked',
  };
  for (const relative of PERSON_RELATIVES) {
    it(`lists no body before a “${relative}” clause of the person named before it (PERSON_RELATIVES)`, () => {
      expect(
        buildQuoteBook([
          story(`relative-${relative}`, [
            LEAD,
            `Elder Tova Renner of Quay First Nation, ${relativeClauses[relative] ?? ''}, said the change was overdue.`,
          ]),
        ]).people.map((p) => `${p.name} (${p.kind})`),
      ).toEqual(['Tova Renner (person)']);
    });
  }

  it('gives the quote to the person named after a body, not to the body', () => {
    expect(
      speakers([
        LEAD,
        'Rights Council President Ana Berg said: “We are looking for answers from every government involved.”',
      ]),
    ).toEqual(['Ana Berg (person)']);
  });
});

describe('nouns of a trade', () => {
  const EXAMPLES: [string, string, string][] = [
    ['operator', 'train operator', 'Harbour Line Railway'],
    ['operator', 'bus operator', 'Kestrel Valley Buses'],
    ['airline', 'airline', 'Skyreach Airways'],
  ];

  it('has an example of each trade noun, each an organisation noun too', () => {
    expect(new Set(EXAMPLES.map(([noun]) => noun))).toEqual(new Set(TRADE_NOUN_NAME_WORDS.keys()));
    for (const noun of TRADE_NOUN_NAME_WORDS.keys()) expect(ORGANISATION_NOUNS.has(noun)).toBe(true);
  });

  it.each(EXAMPLES)('tells a name of the trade of "%s" ("the %s" for %s)', (noun, _phrase, name) => {
    expect(namesTrade(name.split(' '), noun)).toBe(true);
    expect(namesTrade(['Tidewater', 'Grid', 'Holdings'], noun)).toBe(false);
  });

  it.each(EXAMPLES)('gives "the %s" said to the one body of its trade named before (%s, %s)', (_noun, phrase, name) => {
    expect(
      speakers([
        LEAD,
        `Services run by ${name} were cancelled for most of Monday after a signal failure.`,
        `“We are sorry for the delays and will run extra services tonight,” the ${phrase} said.`,
      ]),
    ).toEqual([`${name} (organisation)`]);
  });

  it('leaves "the operator said" to nobody when two bodies of its trade are named', () => {
    expect(
      speakers([
        LEAD,
        'Services run by Harbour Line Railway and Kestrel Valley Buses were cancelled for most of Monday.',
        '“We are sorry for the delays and will run extra services tonight,” the operator said.',
      ]),
    ).toEqual([null]);
  });
});

describe('names opening with a cue word', () => {
  it('tells a name of two or three words opening with a cue word and ending in its own word', () => {
    expect(opensWithOrganisationCue(['Network', 'Tidewater'])).toBe(true);
    expect(opensWithOrganisationCue(['Union', 'Calder', 'Freight'])).toBe(true);
    expect(opensWithOrganisationCue(['Tidewater', 'Network'])).toBe(false);
    expect(opensWithOrganisationCue(['Union', 'Calder', 'Freight', 'Lines'])).toBe(false);
    expect(opensWithOrganisationCue(['Network'])).toBe(false);
    // A cue of another kind may end it; one of the same kind may not.
    expect(opensWithOrganisationCue(['Union', 'Railways'])).toBe(true);
    expect(opensWithOrganisationCue(['Council', 'Office'])).toBe(false);
  });

  it('lists such a name as an organisation when it is the subject of a speech verb', () => {
    expect(
      speakers([
        LEAD,
        'Network Tidewater apologised for the delays and said in a statement: “Our engineers will stay on site overnight.”',
      ]),
    ).toEqual(['Network Tidewater (organisation)']);
  });
});

describe('organisations named by one word', () => {
  const lines = [
    'Orchard said on Monday that it would delay the launch of its new headset until next year because of supply problems.',
    '“We want to get this right for our customers, and that means taking more time,” the company said in a statement.',
  ];

  it('reads “X said on Monday that it would …” as an organisation speaking of itself', () => {
    const book = buildQuoteBook([story('org', lines)]);
    expect(book.people.map((p) => [p.name, p.kind])).toEqual([['Orchard', 'organisation']]);
  });

  it('gives “the company said” to the one organisation of unstated kind named lately', () => {
    expect(speakers(lines)).toEqual(['Orchard (organisation)']);
  });

  it('does not give “the ministry said” to a company', () => {
    expect(
      speakers([
        lines[0] ?? '',
        '“We want to get this right for our customers, and that means taking more time,” the ministry said in a statement.',
      ]),
    ).toEqual([null]);
  });

  it('gives “the company said” to the organisation that was the subject of the latest clause naming one', () => {
    expect(
      speakers([
        'Mira Castell, a spokeswoman for the campaign group Saltmarsh Watch, called the permit a mistake.',
        'Dunmore Haulage, which will move the spoil, says the route avoids every school on the coast road.',
        '“Our lorries will run only between ten and three on weekdays,” the company said in a statement.',
      ]),
    ).toEqual(['Dunmore Haulage (organisation)']);
  });

  for (const lead of [...AFFILIATION_PREPOSITIONS].sort()) {
    it(`reads a name right after “${lead} retail consultancy” as a body's, so a later “she said” is the person before it`, () => {
      const book = buildQuoteBook([
        story(`body-after-${lead}`, [
          LEAD,
          `Mira Castell, a partner ${lead} retail consultancy Saltmarsh Advisory, expects more closures on the high street.`,
          '“Rents went up and footfall went down, and nobody trades through both for long,” she said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, `${p.name} (${p.kind})`]));
      expect([
        names.get(book.quotes[0]?.speaker ?? ''),
        book.people.find((p) => p.name === 'Saltmarsh Advisory')?.kind,
      ]).toEqual(['Mira Castell (person)', 'organisation']);
    });
  }

  it('reads a name after “the” closed by a plural (“The Harbour Gulls let a lead slip”) as a team’s, though “the Gulls said”, so a later “He said” is the player', () => {
    const book = buildQuoteBook([
      story('team-name', [
        'The Harbour Gulls let a ten-point lead slip on Sunday and lost in overtime for the third week running.',
        'Here is everything the Gulls said after the loss to the Herons in front of a full house on Sunday night.',
        'Veteran Nils Ode, who intercepted twice, said the defence had done all it could in the first half.',
        'Ode’s late interception set up Harbour’s second touchdown. He said the defence simply “ran out of legs.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, `${p.name} (${p.kind})`]));
    expect([
      book.people.find((p) => p.name === 'Harbour Gulls')?.kind,
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual(['organisation', ['Nils Ode (person)']]);
  });

  it('leaves “the company said” to nobody when the latest organisation was named in passing, not as a subject', () => {
    expect(
      speakers([
        'Dunmore Haulage says the route avoids every school on the coast road, and work starts in May.',
        'Mira Castell, a spokeswoman for the campaign group Saltmarsh Watch, called the permit a mistake.',
        '“Our lorries will run only between ten and three on weekdays,” the company said in a statement.',
      ]),
    ).toEqual([null]);
  });

  it('gives “Analyst NAME of BODY said” to the analyst, and does not take the body for a person', () => {
    const book = buildQuoteBook([
      story('org', [
        LEAD,
        'Analyst Priya Nair of Orbit Research said the delay was “a setback but not a disaster” for the headset makers.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => [p.name, p.kind]), book.quotes.map((q) => names.get(q.speaker ?? ''))]).toEqual([
      [
        ['Orbit Research', 'organisation'],
        ['Priya Nair', 'person'],
      ],
      ['Priya Nair'],
    ]);
  });
});

describe('a name a clause of a thing follows', () => {
  for (const relative of [...RELATIVE_OPENERS].sort()) {
    it(`lists “NAME, ${relative} …, said” as an organisation, though a pronoun after it is a person’s`, () => {
      const book = buildQuoteBook([
        story('thing-clause', [
          LEAD,
          `Copperline Records, ${relative} his albums came out in the 1970s, said in a statement that he had been “a gentleman to the end”.`,
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.kind])).toEqual([['Copperline Records', 'organisation']]);
    });
  }

  it('lists “NAME, who …, said” as a person', () => {
    const book = buildQuoteBook([
      story('who-clause', [
        LEAD,
        'Tamsin Ollerenshaw, who produced his albums in the 1970s, said he had been “a gentleman to the end”.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.kind])).toEqual([['Tamsin Ollerenshaw', 'person']]);
  });
});

describe('a role or title alone is never an organisation', () => {
  it('lists no organisation for “the Minister’s statement, saying it …”', () => {
    const book = buildQuoteBook([
      story('office-not-body', [
        'Harbour MP Lena Quarrie criticised the Minister’s statement saying it ignored every small port on the coast.',
        '“Nobody from the ministry has visited us in four years,” Quarrie said on Friday.',
      ]),
    ]);
    expect(book.people.filter((p) => p.kind === 'organisation').map((p) => p.name)).toEqual([]);
  });
});

describe('commaInBodyName', () => {
  it('finds a comma inside a body named by a list, closed by a cue word or opened by one', () => {
    const union = spacedTokens('the head of the Millers , Textile and Allied Trades Union , said');
    expect(commaInBodyName(union, 5)).toBe(true);
    expect(commaInBodyName(union, 11)).toBe(false);
    const department = spacedTokens('the Department for Fisheries , Forests and Rural Affairs said');
    expect(commaInBodyName(department, 4)).toBe(true);
  });

  it('finds none in a list of people or places, or a list with no "and"', () => {
    expect(commaInBodyName(spacedTokens('Ann Lee , Tom Hale and Jo Ray said'), 2)).toBe(false);
    expect(commaInBodyName(spacedTokens('in Lagos , Accra and Nairobi'), 2)).toBe(false);
    expect(commaInBodyName(spacedTokens('the Millers , Textile , Allied Trades Union said'), 2)).toBe(false);
  });

  it('gives a quote to the name before an appositive holding such a body, not to the body', () => {
    expect(
      speakers([
        'Ann Lee, the general secretary of the Millers, Textile and Allied Trades Union (MTATU), said members were “deeply let down” by the decision.',
      ]),
    ).toEqual(['Ann Lee (person)']);
  });
});

describe('a body named right after its noun', () => {
  for (const noun of [...BUSINESS_NOUNS_BEFORE].sort()) {
    it(`makes no person of “the chief executive of ${noun} Harrowgate”, and “Harrowgate said” is the body`, () => {
      const book = buildQuoteBook([
        story(`body-noun-${noun}`, [
          `The chief executive of ${noun} Harrowgate was questioned by senators on Thursday about its prices.`,
          'Harrowgate said later: “Our prices are fair and our margins are thin.”',
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.roles, p.kind])).toEqual([['Harrowgate', [], 'organisation']]);
    });
  }
});

describe('isCamelCaseBrand', () => {
  it('reads a capital well inside a word as a brand’s, not a surname’s prefix', () => {
    expect(
      ['FarmLink', 'GridWorks', 'McKay', 'MacArthur', 'DeSantis', 'FitzGerald', 'Okafor'].map(isCamelCaseBrand),
    ).toEqual([true, true, false, false, false, false, false]);
  });

  it('reads a brand with two lower-case letters before its inner capital (“MetOffice”, “GovTrack”)', () => {
    expect(['MetOffice', 'GovTrack', 'NexHub'].map(isCamelCaseBrand)).toEqual([true, true, true]);
  });

  for (const prefix of INNER_CAPITAL_PREFIXES) {
    const surname = `${capitalised(prefix)}Kellan`;
    it(`reads “${surname}” as a surname with the prefix “${capitalised(prefix)}”, not a brand`, () => {
      expect(isCamelCaseBrand(surname)).toBe(false);
    });
  }

  it('lists a name holding a brand’s word as nobody’s, and “BRAND said” under it as the organisation', () => {
    const book = buildQuoteBook([
      story('brand-name', [
        LEAD,
        'GridWorks told customers on Monday that the move was “a way to put every crew where the storms hit hardest”.',
        'GridWorks Tarrow country manager Ben Aldous insisted the move reflected “nothing the local crews did wrong”.',
      ]),
    ]);
    const people = new Map(book.people.map((p) => [p.id, p]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : people.get(q.speaker)?.name))).toEqual([
      'GridWorks',
      'Ben Aldous',
    ]);
    expect(book.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Ben Aldous']);
  });

  it('gives “BRAND said” to an organisation, not a person', () => {
    expect(
      speakers([LEAD, 'In a statement, GridWorks said: “Crews will have every home back on the grid by tonight.”']),
    ).toEqual(['GridWorks (organisation)']);
  });
});

describe('a role in capitals after a name', () => {
  it('is no surname: “Harrowgate CEO” in a headline is nobody', () => {
    const book = buildQuoteBook([
      story('caps-role-after', [LEAD], { title: 'Senators grill Harrowgate CEO over grocery prices' }),
    ]);
    expect(book.people.map((p) => p.name)).toEqual([]);
  });
});

describe('one word set off after a role bodies hold', () => {
  for (const role of [...BODY_HELD_ROLES].sort()) {
    it(`gives “The ${role}, Ofcorp, said: “…”” to an organisation`, () => {
      expect(
        speakers([LEAD, `The ${role}, Ofcorp, said: “Every case will be looked at again by the end of June.”`]),
      ).toEqual(['Ofcorp (organisation)']);
    });
  }

  it('still gives a full name set off after such a role to a person', () => {
    expect(
      speakers([LEAD, 'The owner, Tom Haldane, said: “Every case will be looked at again by the end of June.”']),
    ).toEqual(['Tom Haldane (person)']);
  });
});

describe('a body whose name opens with a plural possessive', () => {
  for (const body of ['Passengers’ Council', "Passengers' Council", 'Growers’ Fruit Association']) {
    it(`reads “NAME of the ${body} said” as NAME speaking, and the “he” after as NAME`, () => {
      const book = buildQuoteBook([
        story('plural-possessive-body', [
          'Regulators approved the merger of the two regional airlines on Thursday after a year-long review.',
          `Tomás Echeverría of the ${body} said the conditions were “a fig leaf” and warned that fares would rise.`,
          '“Eight slots will not stop two giants from becoming one,” he said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Tomás Echeverría',
        'Tomás Echeverría',
      ]);
    });
  }

  it('keeps a surname’s plural possessive before a word that is no body’s out of the name (“Reeves’ Budget”)', () => {
    const book = buildQuoteBook([
      story('plural-possessive-name', [
        'Chancellor Rachel Reeves presented the spending plans to a packed chamber on Wednesday afternoon.',
        'Reeves’ Budget was “a plan for growth”, she said, before the opposition leader replied.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Rachel Reeves']);
  });
});

describe('a business’s cue before the last word of its name', () => {
  it('makes no person of “The ferry’s operator, Punta Roja Shipping Lines, said”, but keeps a three-word person', () => {
    const book = buildQuoteBook([
      story('business-cue-before-last', [
        'The ferry capsized near the harbour mouth on Sunday with more than two hundred people aboard.',
        'The ferry’s operator, Punta Roja Shipping Lines, said in a short notice that the boat had “passed every safety check”.',
        'Harbour master Ana Marie Vell said the weather had turned within minutes.',
      ]),
    ]);
    expect(book.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Ana Marie Vell']);
  });
});

describe('a body whose cue word is also a role noun (BODY_WORD_PAIRS: “Coast Guard”)', () => {
  for (const [noun, befores] of BODY_WORD_PAIRS)
    for (const before of [...befores].sort())
      it(`lists “the Northvale ${capitalised(before)} ${capitalised(noun)} said” as an organisation`, () => {
        const body = `Northvale ${capitalised(before)} ${capitalised(noun)}`;
        expect([
          isOrganisationName(body.split(' ')),
          speakers([LEAD, `The ${body} said in a statement: “All crossings are closed until the river falls.”`]),
        ]).toEqual([true, [`${body} (organisation)`]]);
      });

  it('keeps the role noun alone a surname (“Alex Guard said”)', () => {
    expect(isOrganisationName(['Alex', 'Guard'])).toBe(false);
  });

  it('keeps the lower-case role a person’s (“a security guard said”), never the body', () => {
    expect(
      speakers([
        LEAD,
        'A security guard at the depot said the gates would stay shut all day. “Nobody goes through today,” the guard said.',
      ]),
    ).toEqual([null]);
  });
});

describe('a nonprofit named in a speaker’s appositive', () => {
  it('gives “NAME, director of the nonprofit BODY, called them “…”” to NAME, not to the body', () => {
    expect(
      speakers([
        'Regulators fined eleven more hospitals this month for failing to publish their prices on time.',
        'Tamsin Oakhurst, director of the nonprofit Open Ledger Health Project, called the fines “pocket change for chains that turn over billions” and urged lawmakers to raise them.',
      ]),
    ).toEqual(['Tamsin Oakhurst (person)']);
  });
});

describe('a body’s name opening with a word that is also a title (“Health Board Kestwick (HBK) said”)', () => {
  it('lists the body, not a person named by the words after the title', () => {
    expect(
      speakers([
        'Hospitals across the country were under severe pressure on Tuesday as the number of patients on trolleys rose.',
        'Health Board Kestwick (HBK) said on Tuesday that it had opened 230 more acute beds since October, and added: “Most of those waiting on trolleys are frail and over eighty.”',
      ]),
    ).toEqual(['Health Board Kestwick (organisation)']);
  });
});

describe('cueClosesName', () => {
  it('holds when a body’s cue word past the first ends the name or comes last but one, not before a full name', () => {
    expect(
      [
        ['Health', 'Board', 'Kestwick'],
        ['Harbour', 'Trust'],
        ['Harbour', 'Farmers', 'Association', 'Pat', 'Kenny'],
        ['Trust', 'Harbour'],
        ['Ana', 'Ruiz'],
      ].map((words) => cueClosesName(words)),
    ).toEqual([true, true, false, false, false]);
  });
});
