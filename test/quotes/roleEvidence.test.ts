// The role a sentence gives a name after it: an appositive or a copula, read by the name evidence.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import type { Token } from '../../src/quotes/tokens.ts';
import { story } from './fixtures.ts';
import {
  NO_POST_AFTER,
  OTHER_NAME_LEADS,
  otherNameLeadBefore,
  PASSIVE_POST_VERBS,
  SETTING_PREPOSITIONS,
  POST_BEFORE_AS,
  POST_VERBS,
  APPOSITION_LIST_WORDS,
  PREPOSITIONS_BEFORE_OTHER,
  PERFECT_COPULAS,
} from '../../src/quotes/roleEvidence.ts';

const ANSWER =
  'A: The idea came from a winter spent on the coast, watching the ferries come and go in every kind of weather.';

/** The people (not organisations) of a book built from `lines`, as [name, roles]. */
function peopleOf(id: string, lines: string[]): [string, string[]][] {
  return buildQuoteBook([story(id, lines)])
    .people.filter((p) => p.kind === 'person')
    .map((p) => [p.name, p.roles]);
}

describe('a role before a fronted name', () => {
  it('leaves the capitalised "For" opening the sentence out of the role (“For Harbour Bank chairman NAME, …”)', () => {
    expect(
      peopleOf('for-role', [
        'The Harbour Bank board approved the merger with its larger rival on Friday after two days of talks.',
        'For Harbour Bank chairman Ben Aldous, the logic is scale.',
        '“Digital lenders are coming for our customers with very low costs. Together, we can hold them off.”',
      ]),
    ).toEqual([['Ben Aldous', ['Harbour Bank chairman']]]);
  });
});

describe('copularPerson', () => {
  it('takes a full name opening its sentence before “is the ROLE” for a person with that role', () => {
    expect(
      peopleOf('copula', [
        'Mira Osei is the author of a new picture book about the harbour. A former teacher, she lives in Tarnby.',
        'Q: Where did the idea for the book come from?',
        ANSWER,
      ]),
    ).toEqual([['Mira Osei', ['author']]]);
  });

  it('takes “was a ROLE” too, and gives a bare interview answer to the person it names', () => {
    const book = buildQuoteBook([
      story('copula-was', [
        'Ben Ruiz was a ferry captain for thirty years before he began to write about the sea.',
        'Q: Where did the idea for the book come from?',
        ANSWER,
        'Q: Will there be a second book?',
        'A: Yes, about the lighthouse keepers, if the first one sells well enough this winter.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Ben Ruiz']);
    // (The "Q:" questions are quotes too, nobody's: no one is named as asking them.)
    expect(book.quotes.map((q) => q.speaker)).toEqual([null, 'ben ruiz', null, 'ben ruiz']);
  });

  it('takes no person from a name not opening its sentence, “is the” before no role, or with no he or she after it', () => {
    expect(
      peopleOf('copula-not', [
        'Last week Mira Osei was the author of the month at the library.',
        'Harbour Books is the publisher of the series and has printed five thousand copies.',
        'Tarn Ferries is the operator of the crossing, and its boats sail every hour.',
        'Mira Osei is the best thing to happen to the shop in years, the owner joked on Friday.',
      ]),
    ).toEqual([]);
  });
});

describe('copularRole after a perfect copula (PERFECT_COPULAS)', () => {
  for (const words of PERFECT_COPULAS) {
    const copula = words.join(' ');
    it(`takes “NAME ${copula} the ROLE …” with a he or she in the next sentence for a person with that role`, () => {
      expect(
        peopleOf(`copula-${words[0]}`, [
          `Mira Osei ${copula} the library’s chief archivist for a decade. She knows every box in the basement.`,
        ]),
      ).toEqual([['Mira Osei', ['library’s chief archivist']]]);
    });
  }
});

describe('copularRoleOfPerson', () => {
  it('gives a titled name no role after a past copula (CURRENT_COPULAS): “Dr. NAME was the mayor until 2019”', () => {
    for (const copula of ['was', 'had been'])
      expect(
        peopleOf(`copula-past-${copula.replace(' ', '-')}`, [
          `Dr. Mira Osei ${copula} the mayor of the town until 2019, when the voters turned against the ferry plan.`,
        ]),
      ).toEqual([['Mira Osei', []]]);
  });

  it('gives a titled name the copular role its sentence states, and a later role that fits nobody goes to nobody', () => {
    const book = buildQuoteBook([
      story('copula-titled', [
        'Dr. Mira Osei is the probe’s lead scientist and has worked on it since the first designs.',
        'Auditors have doubted the price of the programme for years.',
        'In a report last year, the treasurer warned that the budget carried “a serious risk of further overruns”.',
      ]),
    ]);
    expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Mira Osei', ['probe’s lead scientist']]],
      [null],
    ]);
  });
});

describe('appositiveRole', () => {
  it('reads past a second role joined by "and" with plain words before its noun (“a geologist and field officer for …”)', () => {
    expect(
      peopleOf('appositive-two-roles', [
        'The county survey of the coastline began in the spring after two winters of storms.',
        'Ana de la Cruz, a geologist and field officer for the council, has mapped every cliff on the coast.',
      ]),
    ).toEqual([['Ana de la Cruz', ['geologist']]]);
  });

  it('reads no role when the words after "and" hold no role noun (“a biologist and keen sailor of the bay”)', () => {
    expect(
      peopleOf('appositive-no-second', [
        'The county survey of the coastline began in the spring after two winters of storms.',
        'Ana de la Cruz, a geologist and keen walker of the bay, has mapped every cliff on the coast.',
      ]),
    ).toEqual([]);
  });
});

describe('appositiveRole with where the role is held, in lower case', () => {
  it('reads the role when a comma closes where it is held (“NAME, the baker at the corner shop on Mill Road, …”)', () => {
    expect(
      peopleOf('appositive-held-at', [
        'The bakery on the corner has opened at three in the morning for as long as anyone can remember.',
        'Gustavo Ibarra, the baker at the corner shop on Mill Road, starts work before anyone else on the street.',
      ]),
    ).toEqual([['Gustavo Ibarra', ['baker']]]);
  });

  it('reads no role when no comma closes it within a few words, or a clause runs on (“… who …”)', () => {
    expect([
      peopleOf('appositive-held-open', [
        'The bakery on the corner has opened at three in the morning for as long as anyone can remember.',
        'Gustavo Ibarra, the baker at the corner shop that has stood on the road since long before the war began, works on.',
      ]),
      peopleOf('appositive-held-who', [
        'The bakery on the corner has opened at three in the morning for as long as anyone can remember.',
        'Gustavo Ibarra, the baker at the shop who trained him, started work before anyone else on the street.',
      ]),
    ]).toEqual([[], []]);
  });
});

describe('openingAppositiveRole', () => {
  const LEAD = 'Talks on the river treaty stalled on Wednesday as both sides blamed each other for the delay.';

  it('gives the role a sentence opens with to the name set off after it, and “the envoy” later to her', () => {
    const book = buildQuoteBook([
      story('opening-appositive', [
        LEAD,
        'The regional envoy for the talks, veteran diplomat Ilse Marten, said the delegations had not met since Sunday.',
        'Army spokesman Tavo Renn accused the other side of using the pause to move troops.',
        'The envoy said: “While both teams stay at the table, a deal is possible.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.filter((p) => p.name === 'Ilse Marten').map((p) => p.roles),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([[['veteran diplomat', 'regional envoy', 'envoy']], ['Ilse Marten']]);
  });

  it('gives no opening role when the name after the comma is no appositive (“The envoy, in Geneva, met Ilse Marten”)', () => {
    expect(
      peopleOf('opening-not-appositive', [
        LEAD,
        'The regional envoy for the talks, in a rare interview, praised diplomat Ilse Marten for her patience.',
      ]),
    ).toEqual([['Ilse Marten', ['diplomat']]]);
  });
});

describe('setOffRoleBefore', () => {
  const SETTING = 'The quarrel over the orchard wall reached the small claims court in Quarnby on Thursday morning.';
  const FILLER = [
    'The wall was built in 1961.',
    'Its stones came from a quarry that closed long ago.',
    'Both gardens flooded in the spring.',
    'A surveyor visited twice.',
  ];

  it('gives a role set off before a name’s own role to the name, and “the owner” paragraphs later is him', () => {
    const book = buildQuoteBook([
      story('set-off-role', [
        SETTING,
        'The hearing, in which the owner, retired pilot Osric Vantrell, spoke for himself, lasted an hour.',
        ...FILLER,
        'The 66-year-old owner denied any fault. Writing to the tribunal, he argued that “the roots of the old pear tree did the damage long before I moved in.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.filter((p) => p.name === 'Osric Vantrell').map((p) => p.roles),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([[['retired pilot', 'owner', '66 year old owner']], ['Osric Vantrell']]);
  });

  it('gives no set-off role when the name closes with neither a comma nor the sentence’s end', () => {
    expect(
      peopleOf('set-off-open', [
        SETTING,
        'The hearing heard from the owner, retired pilot Osric Vantrell about the wall.',
      ]),
    ).toEqual([['Osric Vantrell', ['retired pilot']]]);
  });

  for (const word of [...PREPOSITIONS_BEFORE_OTHER].sort()) {
    it(`gives no set-off role after “${word} the owner,” (PREPOSITIONS_BEFORE_OTHER): the name is somebody else`, () => {
      expect(
        peopleOf(`set-off-prep-${word}`, [
          SETTING,
          `The court heard a complaint ${word} the owner, retired pilot Osric Vantrell, 66, about the wall.`,
        ]),
      ).toEqual([['Osric Vantrell', ['retired pilot']]]);
    });
  }

  for (const word of [...APPOSITION_LIST_WORDS].sort()) {
    it(`gives no set-off role to a name in a list (“the owner, retired pilot NAME, ${word} …”)`, () => {
      expect(
        peopleOf(`set-off-list-${word}`, [
          SETTING,
          `The court heard from the owner, retired pilot Osric Vantrell, ${word} the parish council about the wall.`,
        ]),
      ).toEqual([['Osric Vantrell', ['retired pilot']]]);
    });
  }
});

describe('setOffRemitRole', () => {
  const SETTING = 'Police broke up a march on the bypass at Oranmore Junction late on Saturday evening.';

  it('gives a role with its remit, set off before a titled name, to the name; “the press officer” later is her', () => {
    const book = buildQuoteBook([
      story('set-off-remit', [
        SETTING,
        'Confirming the arrests, the press officer for the county Police Division, DSP Ifeyinwa Okorafor, said officers had been “pelted with stones for over an hour.”',
        'The march had been called by a residents’ group.',
        'The press officer said four people were being held and were “helping officers to trace the others involved.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.roles]),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([
      [['Ifeyinwa Okorafor', ['DSP', 'press officer for the county Police Division', 'press officer']]],
      ['Ifeyinwa Okorafor', 'Ifeyinwa Okorafor'],
    ]);
  });

  it('reads a remit whose first word after “the” is also a verb of speech (“for the state police”) as the remit', () => {
    expect(
      peopleOf('set-off-remit-state', [
        SETTING,
        'The press officer for the state police, Ifeyinwa Okorafor, said the road had reopened.',
      ]),
    ).toEqual([['Ifeyinwa Okorafor', ['press officer for the state police', 'press officer']]]);
  });

  for (const word of ['against', 'with'])
    it(`gives no set-off role with its remit after “${word} the …” (PREPOSITIONS_BEFORE_OTHER): the name is somebody else`, () => {
      expect(
        peopleOf(`set-off-remit-${word}`, [
          SETTING,
          `The march went on ${word} the press officer for the county Police Division, DSP Ifeyinwa Okorafor, watching.`,
        ]),
      ).toEqual([['Ifeyinwa Okorafor', ['DSP']]]);
    });
});

describe('postHeldRole', () => {
  for (const [verb, noun] of [...POST_VERBS].sort()) {
    it(`gives “NAME, who ${verb} the harbour board,” the role “harbour board ${noun}”, and “the harbour ${noun}” later is them`, () => {
      const book = buildQuoteBook([
        story(`post-${verb}`, [
          `Ilse Marten, who ${verb} the harbour board, said the new quay would open in the spring.`,
          'Fisherman Tavo Renn, 27, said the fees were too high for the small boats that use the harbour every day.',
          `The harbour ${noun} said the fees would be looked at again. “Nobody will be priced out,” she said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.filter((p) => p.name === 'Ilse Marten').map((p) => p.roles[0]),
        book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
      ]).toEqual([[`harbour board ${noun}`], ['Ilse Marten']]);
    });
  }
});

describe('postHeldRole past an appositive with an article (“NAME, the Tarrow Liberal who chairs …”)', () => {
  it('gives the post to the name, and “the harbour chair” later is her', () => {
    const book = buildQuoteBook([
      story('post-past-appositive', [
        'Fisherman Tavo Renn, 27, said the fees were too high for the small boats that use the harbour every day.',
        'Ilse Marten, the Tarrow Liberal who chairs the harbour board, said the new quay would open in the spring.',
        'Renn said he would believe it when he saw it.',
        'The harbour chair said the fees would be looked at again. “Nobody will be priced out,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.filter((p) => p.name === 'Ilse Marten').map((p) => p.roles),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([[['Tarrow Liberal', 'harbour board chair', 'harbour chair']], ['Ilse Marten']]);
  });

  it('gives no post past a link in the appositive (“NAME, an ally of NAME2 who chairs …”): the clause may be NAME2’s', () => {
    expect(
      peopleOf('post-past-link', [
        'Ilse Marten, an ally of Tavo Renn who chairs the harbour board, spoke first at the meeting on Monday.',
      ]).filter(([name]) => name === 'Ilse Marten'),
    ).toEqual([['Ilse Marten', ['ally of Tavo Renn']]]);
  });

  it('gives no post when more than four words or a comma stand before the “who”', () => {
    expect([
      peopleOf('post-long-appositive', [
        'Ilse Marten, the long-serving Tarrow Liberal member for the coast who chairs the harbour board, spoke first.',
      ]),
      peopleOf('post-comma-appositive', [
        'Ilse Marten, the Tarrow Liberal, a woman who chairs the harbour board, spoke first.',
      ]),
    ]).toEqual([[], [['Ilse Marten', ['Tarrow Liberal']]]]);
  });
});

describe('postHeldRole after a verb of moving or of a lead (NO_POST_AFTER)', () => {
  for (const word of [...NO_POST_AFTER].sort()) {
    it(`gives “NAME, who heads ${word} …,” no role`, () => {
      const book = buildQuoteBook([
        story(`no-post-${word}`, [
          `Ilse Marten, who heads ${word} the harbour regatta next week, said the tides would suit the bigger boats.`,
        ]),
      ]);
      expect(book.people.filter((p) => p.name === 'Ilse Marten').map((p) => p.roles)).toEqual([[]]);
    });
  }
});

describe('postAsRole and postAsPerson (POST_BEFORE_AS)', () => {
  /** How each entry of POST_BEFORE_AS is written before "as", its verb before a particle. */
  const PHRASINGS: Record<string, string> = {
    resigned: 'resigned',
    quit: 'has quit',
    retired: 'retired',
    served: 'served',
    serves: 'serves',
    appointed: 'was appointed',
    reappointed: 'was reappointed',
    named: 'was named',
    elected: 'was elected',
    're-elected': 'was re-elected',
    confirmed: 'was confirmed',
    installed: 'was installed',
    remains: 'remains',
    stays: 'stays',
    continues: 'continues',
    returns: 'returns',
    returned: 'returned',
    down: 'has stepped down',
    in: 'was sworn in',
    over: 'took over',
  };

  it('phrases every entry of the table', () => {
    expect([...POST_BEFORE_AS.keys()].filter((word) => PHRASINGS[word] === undefined)).toEqual([]);
  });

  for (const word of [...POST_BEFORE_AS.keys()].sort()) {
    const phrasing = PHRASINGS[word] ?? word;
    it(`gives “NAME ${phrasing} as Harbour camogie manager” the role, so a later “the manager” is them`, () => {
      const book = buildQuoteBook([
        story(`post-as-${word}`, [
          `Ilse Marten ${phrasing} as Harbour camogie manager in May, the county board confirmed.`,
          'Her niece, Tavo Renn, leads the attack, and the manager conceded that family ties had weighed on her.',
          '“Sunday dinners have been quiet in our house this month, believe me,” she told reporters.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ilse Marten']);
    });
  }

  it('gives no role to “as” of time: a particle without its verb, or a verb after the role', () => {
    const roles = (line: string) =>
      buildQuoteBook([story('post-as-time', [line])])
        .people.filter((p) => p.name === 'Ilse Marten')
        .flatMap((p) => p.roles);
    expect([
      roles('Ilse Marten broke down as the judge read out the verdict on Tuesday, her lawyer Tavo Renn said.'),
      roles('Ilse Marten sat down as the chair opened the meeting, and Tavo Renn said nothing at all.'),
      roles('Ilse Marten spoke as a mother, not as a county manager, Tavo Renn said at the meeting on Monday.'),
    ]).toEqual([[], [], []]);
  });
});

describe('passivePostRole', () => {
  for (const [participle, noun] of [...PASSIVE_POST_VERBS].sort()) {
    it(`gives “…, which is ${participle} by NAME,” the role “${noun}”, so “the ${noun} said” later is them`, () => {
      const book = buildQuoteBook([
        story(`passive-post-${participle}`, [
          `The witness spoke before the harbour review, which is ${participle} by Ilse Marten, on Monday.`,
          'At that point the witness’s lawyer, Tavo Renn, objected to the line of questioning.',
          `“We will read the rulebook line by line before this review ends,” the ${noun} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ilse Marten']);
    });
  }
});

describe('appositiveRole after an opening clause', () => {
  it('gives no role to a name closing an opening clause, and the role after it to the section’s person', () => {
    const book = buildQuoteBook([
      story('opening-clause-name', [
        'Both semi-finals went to extra time on Tuesday night, and the hosts edged their rivals 2-1 in front of forty thousand.',
        'Nadia Varga (Rovers captain)',
        'Asked whether she had celebrated with her younger sister, left-back Carla Varga, the captain laughed.',
        '“At home she drives me mad, but on the field nobody in the league defends better.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.map((p) => [p.name, p.roles]),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([
      [
        ['Carla Varga', ['left-back']],
        ['Nadia Varga', ['captain']],
      ],
      ['Nadia Varga'],
    ]);
  });
});

describe('appositiveRole after a preposition', () => {
  for (const preposition of ['to', 'from', 'for'])
    it(`makes no person of a place “${preposition} PLACE, the physician noted” and gives “he continued” to the physician`, () => {
      const book = buildQuoteBook([
        story(`preposition-${preposition}`, [
          'Dr Ravi Mehra, a GP who has covered night shifts at the hospital for a decade, said staff were exhausted.',
          `New bonuses have drawn two doctors to Eastmoor but none ${preposition} Kellsbridge, the physician noted.`,
          '“The town needs doctors of its own. A desk in the capital cannot run a country ward,” he continued.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.filter((p) => p.kind === 'person').map((p) => p.name),
        book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
      ]).toEqual([['Ravi Mehra'], ['Ravi Mehra']]);
    });
});

describe('appositiveRole after a preposition of where or when (SETTING_PREPOSITIONS)', () => {
  for (const preposition of [...SETTING_PREPOSITIONS].sort())
    it(`makes no person of “In a post ${preposition} Tarvik, the chief minister said” and gives the quote to the chief minister`, () => {
      const book = buildQuoteBook([
        story(`setting-${preposition}`, [
          'Chief Minister Omar Valdane chaired an emergency meeting on Monday after floods cut off three hill villages.',
          `In a post ${preposition} Tarvik, the chief minister said: “Every family that lost a home will be housed by the end of the week.”`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.filter((p) => p.kind === 'person').map((p) => p.name),
        book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
      ]).toEqual([['Omar Valdane'], ['Omar Valdane']]);
    });
});

describe('OTHER_NAME_LEADS', () => {
  it.each(OTHER_NAME_LEADS.map((lead) => [lead.join(' ')]))(
    'gives the role before "%s" to the name after it, so the he after the sentence is that person',
    (lead) => {
      const book = buildQuoteBook([
        story('lead', [
          'The awards were handed out in a packed hall near the river on Thursday night.',
          'His manager Tom Vance hugged everyone in sight after the winner was read out.',
          `The grime artist, ${lead} Samuel Adeyinka-Cole, walked up the steps slowly.`,
          '“This one is for my mum and for everyone on the estate who stayed up,” he said.',
        ]),
      ]);
      const samuel = book.people.find((p) => p.name === 'Samuel Adeyinka-Cole');
      expect([samuel?.roles, book.quotes.map((q) => q.speaker)]).toEqual([['grime artist'], [samuel?.id]]);
    },
  );

  it('finds no lead when the words stand elsewhere or none of them is there', () => {
    const tokens: Token[] = ['the', 'rapper', ',', 'real', 'name', 'Sam'].map((text, i) => ({
      kind: text === ',' ? 'punct' : 'word',
      text,
      start: i,
      end: i + 1,
      lower: text.toLowerCase(),
      capital: /^\p{Lu}/u.test(text),
    }));
    expect([otherNameLeadBefore(tokens, 5), otherNameLeadBefore(tokens, 4), otherNameLeadBefore(tokens, 3)]).toEqual([
      2, 0, 0,
    ]);
  });
});

describe('where a role is held, after a role set off after a name', () => {
  it('reads past a body of capitals and its place (“NAME, a welder at British Steel in Scunthorpe for …, who”)', () => {
    expect(
      peopleOf('role-held-at-capitals', [
        'Thousands of steelworkers marched through Scunthorpe on Saturday to demand help for the plant.',
        '“This town is steel,” said Ann Hale, a welder at British Steel in Scunthorpe for the past thirty-one years, who joined the march.',
      ]),
    ).toEqual([['Ann Hale', ['welder']]]);
  });

  it('reads a nationality opening a body’s kind in lower case (“a geologist with the Dutch survey firm NAME,”)', () => {
    expect(
      peopleOf('role-held-with-nationality', [
        'Engineers at the dam have been told to lower the reservoir by two metres before the rains.',
        'Marcel Dufort, a geologist with the Dutch survey firm Veldmaat Grond, said the borehole logs were “odd”.',
      ]),
    ).toEqual([['Marcel Dufort', ['geologist']]]);
  });
});
