// Words that open a sentence or clause with a capital of their own (NON_NAME_CAPITALS: "However", "Eventually")
// are no part of the name after them.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  MOOD_ADJECTIVES,
  NATIONALITY_ADJECTIVES,
  NON_NAME_CAPITALS,
  NON_PERSON_WORDS,
  QUANTIFIER_OPENERS,
} from '../../src/quotes/lexicon.ts';
import { capitalRuns, REGNAL_TITLES, STOP_WORD_ACRONYMS, TITLE_PREFIXES } from '../../src/quotes/names.ts';
import { MIN_PEOPLES_STEM, PEOPLES_PLURALS, PERSON_NATIONALITY_NOUNS } from '../../src/quotes/roleLexicon.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';

describe('a capitalised opener before a surname', () => {
  for (const word of [...NON_NAME_CAPITALS].sort()) {
    const opener = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists no person “${opener} Tavish” and gives “${opener} Tavish hopes …” ¶ “…,” he said to Ivo Tavish`, () => {
      const book = buildQuoteBook([
        story(`opener-${word}`, [
          'The clinic in Port Arlen, run by the nurse Ivo Tavish since 2010, reopened on Monday after a long refit.',
          `${opener} Tavish hopes to open a second clinic across the river by the end of next year.`,
          '“We have waited long enough for a proper building,” he said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
        ['Ivo Tavish'],
        ['Ivo Tavish'],
      ]);
    });
  }
});

describe('a capitalised opener set off by a comma before a role', () => {
  for (const word of ['afterwards', 'additionally', 'elsewhere']) {
    const opener = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists no person “${opener}” for “${opener}, the mayor’s press officer maintained …” and leaves the quote to nobody`, () => {
      const book = buildQuoteBook([
        story(`opener-comma-${word}`, [
          'The town council met on Monday night to settle next year’s budget, and the meeting ran for four hours.',
          `${opener}, the mayor’s press officer maintained that the flyer was “written in good faith by volunteers”.`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }
});

describe('a quantifier opening a sentence (QUANTIFIER_OPENERS)', () => {
  for (const word of [...QUANTIFIER_OPENERS].sort()) {
    const opener = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists nobody “${opener}” for “${opener} praised the crew …” and leaves the quote under it to nobody`, () => {
      const book = buildQuoteBook([
        story(`quantifier-${word}`, [
          'The ferry from Larvik lay stranded in the fog for eleven hours before tugs brought it in on Sunday.',
          `${opener} praised the crew, who they said handed out blankets all night.`,
          '“The crew were superb. The owners are another story.”',
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }

  it('lists no person for a number word and a nationality opening a sentence (“Two Kenyan curators will …”), and gives the next “she said” to the woman named before', () => {
    const book = buildQuoteBook([
      story('quantifier-number-nationality', [
        'The museum handed back the carved doors on Monday after a long campaign by the palace.',
        'Director Imelda Varcoe said the trust wants to go on lending. Two Kenyan curators will spend a year at the museum under a new fellowship.',
        '“Nothing ends here; a fairer arrangement starts today,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Imelda Varcoe'],
      ['Imelda Varcoe'],
    ]);
  });

  it('keeps a stop word’s capital letters before more of the run a country’s (“…,” US Attorney NAME said; STOP_WORD_ACRONYMS)', () => {
    for (const letters of STOP_WORD_ACRONYMS)
      expect(
        quoteSpeakers([
          'Prosecutors filed fraud charges on Monday against the founder of a lending firm in the city.',
          `“The evidence shows a pattern of deliberate deception,” ${letters} Attorney Damara Quillane said.`,
        ]),
      ).toEqual(['Damara Quillane']);
  });

  it('still reads one as a surname inside a sentence (“…,” said Every)', () => {
    expect(
      quoteSpeakers([
        'Owner Jack Every said the pub would stay open through the winter despite the rise in energy bills.',
        '“We have been here since 1890 and we are not closing now,” said Every.',
      ]),
    ).toEqual(['Jack Every']);
  });
});

describe('a nationality’s people in the plural (isPeoplesPlural)', () => {
  for (const word of [...PEOPLES_PLURALS, 'kenyans', 'filipinos', 'americans'].sort()) {
    const plural = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists nobody “${plural}” for “After two nights …, ${plural} have told of their “…”” and leaves the quote to nobody`, () => {
      const book = buildQuoteBook([
        story(`peoples-${word}`, [
          'Hundreds of passengers spent a second night on the terminal floor after the last flights were cancelled.',
          `After two nights on the floor, ${plural} have told of their “thirty hours of nobody telling us anything at all”.`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }

  it(`keeps a plural of a nationality word shorter than MIN_PEOPLES_STEM (${MIN_PEOPLES_STEM}) letters a surname (“Martha Scots … Scots said”)`, () => {
    expect(
      quoteSpeakers([
        'The teacher Martha Scots has run the after-school club in the church hall for nine years.',
        '“The children deserve somewhere warm and safe to play,” Scots said.',
      ]),
    ).toEqual(['Martha Scots']);
  });

  for (const surname of ['Danes']) {
    it(`still reads “${surname}” as a surname (shorter than MIN_PEOPLES_STEM): “…,” said ${surname} goes to the full name`, () => {
      expect(
        quoteSpeakers([
          `The actor Mira ${surname} opened the festival on Friday with a reading from her first film.`,
          `“I was nineteen and terrified of every single camera,” said ${surname}.`,
        ]),
      ).toEqual([`Mira ${surname}`]);
    });
  }
});

describe('a word of mood before a surname in a headline', () => {
  for (const word of [...MOOD_ADJECTIVES].sort()) {
    const mood = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists no person “${mood} Tavish” and gives “‘…’ ${mood} Tavish blasts referee” to Ivo Tavish`, () => {
      const book = buildQuoteBook([
        story(
          `mood-${word}`,
          [
            'Ivo Tavish launched an attack on the referee after his side were denied a late penalty on Saturday.',
            'Tavish said the decision had cost his team two points in the race for promotion this season.',
          ],
          { title: `‘He told me he did not see it’ ${mood} Tavish blasts referee after late penalty row` },
        ),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
        ['Ivo Tavish'],
        ['Ivo Tavish'],
      ]);
    });
  }
});

describe('a nationality opening a run before a full name', () => {
  for (const word of ['american', 'kenyan', ...[...NATIONALITY_ADJECTIVES].sort()]) {
    const nationality = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists “${nationality} Darnell Hale” as Darnell Hale and gives “Hale said” to him`, () => {
      const book = buildQuoteBook([
        story(`nationality-${word}`, [
          `Her coach, ${nationality} Darnell Hale, who has trained her for four seasons, said the result was no surprise to him.`,
          '“She has clocked times like that in training all spring,” Hale said.',
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
        ['Darnell Hale'],
        ['darnell hale'],
      ]);
    });
  }

  for (const word of [...PERSON_NATIONALITY_NOUNS].sort()) {
    const noun = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists “the ${noun} Darnell Hale” set off after a role as a person, speaking (PERSON_NATIONALITY_NOUNS)`, () => {
      const book = buildQuoteBook([
        story(`nationality-noun-${word}`, [
          `Her agent, the ${noun} Darnell Hale, says the offers since the final have been generous.`,
          '“Every club in the league wants her for the spring,” he says.',
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
        ['Darnell Hale'],
        ['darnell hale'],
      ]);
    });
  }

  it('reads a title word closing the run as the surname (“American Darnell Bishop”)', () => {
    const book = buildQuoteBook([
      story('nationality-title-surname', [
        'Her coach, American Darnell Bishop, who has trained her for four seasons, said the result was no surprise to him.',
        '“She has clocked times like that in training all spring,” Bishop said.',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
      ['Darnell Bishop'],
      ['darnell bishop'],
    ]);
  });
});

describe('titles joined by hyphens', () => {
  const compounds = ['Sub-Inspector', 'Inspector-General', 'Major-General', 'Vice-Chancellor', 'Co-Chair'];
  it('covers every prefix of TITLE_PREFIXES among the compounds tested', () => {
    expect([...TITLE_PREFIXES].every((p) => compounds.some((c) => c.toLowerCase().startsWith(`${p}-`)))).toBe(true);
  });
  for (const compound of compounds) {
    it(`reads “${compound} NAME” as the title and the name, and gives the “she” after it to her`, () => {
      const book = buildQuoteBook([
        story('compound-title', [
          `${compound} Meera Castellanos-Iyer said the inquiry would report by the end of the month.`,
          '“Nobody will be spared if the evidence points to them,” she told reporters.',
        ]),
      ]);
      expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
        [['Meera Castellanos-Iyer', [compound]]],
        ['meera castellanos iyer'],
      ]);
    });
  }
});

describe('a nationality noun alone after an article', () => {
  const kinds = (text: string): string[] => capitalRuns(spacedTokens(text)).map((r) => `${r.name.join(' ')}:${r.kind}`);
  it('reads “the Chilean”, “the 24-year-old Chilean” as no name, and “English” after no article as one', () => {
    expect([kinds('the Chilean smiled'), kinds('the 24-year-old Chilean smiled'), kinds('said English')]).toEqual([
      ['Chilean:other'],
      ['Chilean:other'],
      ['English:name'],
    ]);
  });

  it('gives the quote after “the 24-year-old Chilean smiled” to the rider the heading above names', () => {
    expect(
      quoteSpeakers([
        'The riders gave their verdicts after the long mountain stage on the coast road on Friday afternoon.',
        'Tadeo Quirós (Costa Velo) – new race leader',
        '“Wearing the leader’s jersey feels strange, but the legs were good on the climb.”',
        'Quizzed on taking the jersey, the 24-year-old Chilean laughed. “I came for a stage, not this.”',
      ]),
    ).toEqual(['Tadeo Quirós', 'Tadeo Quirós']);
  });
});

describe('a word for a body of people opening a sentence', () => {
  for (const word of ['staff', 'personnel', 'workforce']) {
    const opener = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`lists no person “${opener}” for “${opener} were told …”, and gives the quote after it to nobody`, () => {
      expect(NON_PERSON_WORDS.has(word)).toBe(true);
      const book = buildQuoteBook([
        story(`group-${word}`, [
          'Work at the ferry company’s repair yard ends in the spring, says a notice pinned to its gate.',
          `${opener} heard the news by email on Friday morning, and one welder spoke on condition of anonymity.`,
          '“My father built boats in that shed, and so did his. Nobody asked us once,” he said.',
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }
});

describe('a constituency closing a member’s appositive', () => {
  it('lists no person “Constituency” for “NAME, the lawmaker for Harbour/Kestrel Federal Constituency, who …, said”', () => {
    expect(NON_PERSON_WORDS.has('constituency')).toBe(true);
    const book = buildQuoteBook([
      story('constituency', [
        'The governor crossed the floor on Monday, and nine members of the state assembly went with her.',
        'Hon. Tavo Renn, the lawmaker for Harbour/Kestrel Federal Constituency, who has sat in the house since 2015, said he would not follow her.',
        '“My voters chose a party, and I will not hand their choice to anyone,” he told journalists in the capital.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Tavo Renn'],
      ['Tavo Renn'],
    ]);
  });
});

describe('the writer’s “I” after a capitalised word', () => {
  const names = (text: string): string[] => capitalRuns(spacedTokens(text)).map((r) => r.name.join(' '));
  it('ends the name before “I” when a lower-case word follows (“In Tarrow I met …”)', () => {
    expect(names('In Tarrow I met Ivo Tavish , a ferry skipper .')).toEqual(['Tarrow', 'Ivo Tavish']);
  });

  for (const title of [...REGNAL_TITLES].sort()) {
    const written = `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
    it(`keeps a regnal “I” after a monarch’s title and a given name (“${written} Karl I was …”)`, () => {
      expect(names(`a portrait of ${written} Karl I was sold`)).toEqual(['Karl I']);
    });
  }

  it('ends a titled surname before the writer’s “I” (“Like Mr Hale I believe …”)', () => {
    expect(names('Like Mr Hale I believe the plan is sound')).toEqual(['Hale']);
  });
});

describe('a title word opening a place’s name', () => {
  it('lists no person for “Sri Lanka Cricket Board” or “Sri Lankan officials”, and no title in their runs', () => {
    const runs = (text: string): [string, string, string][] =>
      capitalRuns(spacedTokens(text)).map((r) => [r.name.join(' '), r.kind, r.title]);
    expect([runs('the Sri Lanka Cricket Board met'), runs('two Sri Lankan officials said')]).toEqual([
      [['Sri Lanka Cricket Board', 'other', '']],
      [['Sri Lankan', 'other', '']],
    ]);
  });

  it('lists only the named captain as a person after “Sri Lankan fans packed the ground”', () => {
    const book = buildQuoteBook([
      story('title-place', [
        'Sri Lankan fans packed the ground in Galle for the last day of the second test on Friday.',
        '“We played for them today, every one of us,” said captain Nimal Perera after the win.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.kind])).toEqual([['Nimal Perera', 'person']]);
  });
});

describe('an initial that is also a stop word, written with its stop', () => {
  for (const initial of ['A'])
    it(`reads “said ${initial}. Rathnavel, 55,” as a name, not the word “${initial}”`, () => {
      expect(
        quoteSpeakers([
          'Fishermen in the coastal villages have waited three years for the navy of the neighbouring state to return their boats.',
          `“Our boats have sat in their harbour for three years, and the nets have rotted,” said ${initial}. Rathnavel, 55, a boat owner.`,
        ]),
      ).toEqual([`${initial} Rathnavel`]);
    });

  it('reads no initial in a grade an article opens before a name (“He scored an A. Ruiz said …”)', () => {
    expect(
      [
        'He scored an A. Ruiz said the grade was fair and that she had marked it twice.',
        'She got the A. Ruiz said the grade was fair and that she had marked it twice.',
      ].map((line) =>
        buildQuoteBook([
          story('grade', [
            'The school published its exam results on Thursday, and the best grades went to pupils of the two smallest classes.',
            line,
            '“It was deserved, and the whole class knew it,” she said.',
          ]),
        ]).people.map((p) => p.name),
      ),
    ).toEqual([['Ruiz'], ['Ruiz']]);
  });

  it('still reads the article “A” opening a sentence as no name', () => {
    expect(
      quoteSpeakers([
        'Fishermen in the coastal villages have waited three years for the navy of the neighbouring state to return their boats.',
        'A Rathnavel family spokesman said: “Our boats have sat in their harbour for three years, and the nets have rotted.”',
      ]),
    ).toEqual([null]);
  });
});
