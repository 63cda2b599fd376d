// The credit rules on their own: applied to one quote of a small invented article.
import { describe, expect, it } from 'vitest';
import {
  BACK_CLOSERS,
  BARE_FRAME_CLOSERS,
  CLAUSE_OPENING_BACK,
  creditInline,
  creditLineBelow,
  creditSentenceBelow,
  QUOTE_RUN_PARAGRAPHS,
  saidBackBelow,
  WORDS_BACK,
} from '../../src/quotes/creditRules.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { CAME_FROM_OPENERS, CAME_FROM_VERBS } from '../../src/quotes/clauses.ts';
import { PLACE_PREPOSITIONS_OF_ORIGIN } from '../../src/quotes/layoutRuns.ts';
import { quoteSpeakers, story } from './fixtures.ts';
import { LEAD, read } from './ruleHarness.ts';

describe('creditInline', () => {
  it('gives a roundup quote to the role and name right after it (“…” Harbour’s coach Ben Ruiz after the vote)', () => {
    const r = read(
      story('credit1', [
        LEAD,
        '“A fair result for everybody here, and a good day.” Harbour’s coach Ben Ruiz after the vote',
      ]),
    );
    expect(r.run(creditInline, 0)).toEqual(['Ben Ruiz', 'Harbour’s coach Ben Ruiz', 'credit']);
  });

  it('does not answer when a clause, not a role, stands before the name', () => {
    const r = read(story('credit2', [LEAD, '“A fair result for everybody here.” The crowd cheered Ben Ruiz loudly.']));
    expect(r.run(creditInline, 0)).toBeNull();
  });

  it('credits the name after a frame whatever words follow it (“…” ¶ That was the message from X as …)', () => {
    const r = read(
      story('credit3', [
        LEAD,
        '“Stay off the roads tonight and check on your neighbours if you can.”',
        'That was the message from Governor Ellen Price as the storm moved inland on Saturday.',
      ]),
    );
    expect(r.run(creditInline, 0)).toEqual(['Ellen Price', 'That was the message from Governor Ellen Price', 'credit']);
  });

  it('credits the name after a frame past a role whose field is in lower case (“Harbour Lifeboat Station duty coxswain X”)', () => {
    const r = read(
      story('credit-field', [
        LEAD,
        '“Stay off the roads tonight and check on your neighbours if you can.”',
        'That was the message from Harbour Lifeboat Station duty coxswain Ellen Price, who has been on the fire line all week.',
      ]),
    );
    expect(r.run(creditInline, 0)).toEqual([
      'Ellen Price',
      'That was the message from Harbour Lifeboat Station duty coxswain Ellen Price',
      'credit',
    ]);
  });

  it('credits nobody when the lower-case words before the name end in no role (“… the storm hit Ellen Price”)', () => {
    const r = read(
      story('credit-no-field', [
        LEAD,
        '“Stay off the roads tonight and check on your neighbours if you can.”',
        'That was the message from Harbour Lifeboat Station before the storm hit Ellen Price and her crew at the ridge.',
      ]),
    );
    expect(r.run(creditInline, 0)).toBeNull();
  });

  it('credits the frame’s name when only a lede’s dateline stands before the quote, and nobody after other words', () => {
    const opening = (before: string): string[] => [
      `${before} "We will close the tip ourselves, and soon." That was the message from County Judge Mara Lund on Tuesday, after the vote.`,
      LEAD,
    ];
    expect([
      read(story('credit-dateline', opening('FENWICK COUNTY, Texas (KQRT) -'))).run(creditInline, 0),
      read(story('credit-words', opening('At the meeting the board heard one line:'))).run(creditInline, 0),
    ]).toEqual([['Mara Lund', 'That was the message from County Judge Mara Lund', 'credit'], null]);
  });

  it('reads no dateline in a name with its country’s code before a quote (“NAME (ESP) “…” NAME2 (NOR) “…””)', () => {
    const r = read(
      story('credit-code', [
        LEAD,
        'Ana Roiz (ESP) “I was flat today and she deserved it.” Mia Bergan (NOR) “I will keep this medal by my bed.”',
      ]),
    );
    expect(r.run(creditInline, 0)).toBeNull();
  });

  it('does not credit a bare name that a clause goes on from (“…” Ben Ruiz went home)', () => {
    const r = read(story('credit4', [LEAD, '“A fair result for everybody here.” Ben Ruiz went home after the vote.']));
    expect(r.run(creditInline, 0)).toBeNull();
  });
});

describe('creditInline in brackets', () => {
  it('gives a quote to the name opening the bracket right after it (“…” (X, role of Country))', () => {
    const r = read(
      story('bracket1', [
        'Tarsova closed its border with Velmir on Friday after a week of clashes between fishing fleets in the strait.',
        '"We will send our coastguard to keep the peace if both sides ask us to." (Dario Quent, Brisan navy chief)',
      ]),
    );
    expect(r.run(creditInline, 0)).toEqual(['Dario Quent', 'Dario Quent', 'credit']);
  });
});

describe('creditLineBelow', () => {
  it('reads no credit in a bullet whose first word runs on into a sentence (“- Photographs of the store are …”)', () => {
    const book = buildQuoteBook([
      story('bullet-not-credit', [
        'The village shop will get a new freezer after winning a grant from the county fund, its volunteers said.',
        '“If this works, we will be calling at every house in the county.”',
        '- Photographs of the shop are available on request.',
        '- Eligibility rules are on the fund’s website.',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
  });

  it('still credits one word followed by a speech verb, a participle or “via” (“– NAME speaking to Sky Sports”)', () => {
    const credited = (line: string): (string | null)[] =>
      quoteSpeakers([
        'Three managers were asked on Friday about the packed fixture list and what it means for their squads.',
        '“We were poor for an hour and then we were brilliant, which is football.”',
        line,
      ]);
    expect([
      credited('– Okafor speaking to Harbour Radio'),
      credited('- Okafor via his pre-match notes'),
      credited('– Okafor told reporters'),
    ]).toEqual([['Okafor'], ['Okafor'], ['Okafor']]);
  });

  for (const preposition of [...PLACE_PREPOSITIONS_OF_ORIGIN].sort())
    it(`credits nobody named on “- a gentleman ${preposition} Orchard Rise, at the counter …”: the place is no speaker`, () => {
      const book = buildQuoteBook([
        story('credit-from-place', [
          'Every week the hardware shop by the green pins up one thing a customer told the staff at the counter.',
          '“I have come for a washer. I do not know what size. It is the one that has gone.”',
          `- a gentleman ${preposition} Orchard Rise, at the counter on Tuesday morning`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });

  it('gives a quote paragraph to the dash credit line that opens the next paragraph (– X on Y)', () => {
    const r = read(
      story('below1', [
        'Board chair Nadia Okafor and harbour master Ben Ruiz both spoke after the vote.',
        '“A fair result for everybody here, and a good day for the workers.”',
        '– A tired Ben Ruiz, after the vote on Monday evening in the town hall.',
      ]),
    );
    expect(r.run(creditLineBelow, 0)).toEqual(['Ben Ruiz', '– A tired Ben Ruiz', 'credit']);
  });

  for (const title of ['Coun.', 'Cllr.']) {
    it(`gives it to the name after an abbreviated councillor's title whose stop ends no sentence (– ${title} X on Y)`, () => {
      const r = read(
        story('below-coun', [
          'Councillors met on Tuesday to talk about opening the chamber to more people.',
          '“Five seats for the public is not enough for a town of this size.”',
          `– ${title} Petra Lind on the size of the public gallery.`,
        ]),
      );
      expect(r.run(creditLineBelow, 0)).toEqual(['Petra Lind', `– ${title} Petra Lind`, 'credit']);
    });
  }

  it('gives it to the name after a possessive owner of the role (– Country’s Foreign Minister X)', () => {
    const r = read(
      story('below3', [
        'Tarsova closed its border with Velmir on Friday after a week of clashes between fishing fleets in the strait.',
        '"Nobody wins a fishing war. Everybody loses the fish, and the fish do not come back."',
        "— Velmir's Foreign Minister Arvo Tuul, speaking on national radio",
      ]),
    );
    expect(r.run(creditLineBelow, 0)).toEqual(['Arvo Tuul', "— Velmir's Foreign Minister Arvo Tuul", 'credit']);
  });

  it('does not answer when the next paragraph is not a credit line', () => {
    const r = read(
      story('below2', [
        'Board chair Nadia Okafor and harbour master Ben Ruiz both spoke after the vote.',
        '“A fair result for everybody here, and a good day for the workers.”',
        'The board will meet again in June to set the new fares.',
      ]),
    );
    expect(r.run(creditLineBelow, 0)).toBeNull();
  });
});

describe('creditInline across a paragraph break', () => {
  it('gives a quote paragraph to the name of a credit frame opening the next paragraph (“…” ¶ That was the message from X)', () => {
    const r = read(
      story('credit-next', [
        'Hundreds gathered at the quayside on Wednesday morning to mark the opening of the new ferry pier.',
        '“We have been waiting for this moment for a decade, and now it is finally here.”',
        'That was the message from Mayor Alan Brook at the quayside on Wednesday morning.',
      ]),
    );
    expect(r.run(creditInline, 0)).toEqual(['Alan Brook', 'That was the message from Mayor Alan Brook', 'credit']);
  });

  it('does not cross the paragraph break when the next paragraph opens without a credit frame', () => {
    const r = read(
      story('credit-next-no', [
        'Hundreds gathered at the quayside on Wednesday morning to mark the opening of the new ferry pier.',
        '“We have been waiting for this moment for a decade, and now it is finally here.”',
        'Mayor Alan Brook cut the ribbon at the quayside on Wednesday morning.',
      ]),
    );
    expect(r.run(creditInline, 0)).toBeNull();
  });
});

/** Quotation paragraphs of a run under one credit, for the run tests of creditLineBelow and creditInline. */
const FERRY_QUOTES = [
  '“The river is quiet for hours, and then three things go wrong inside a minute.”',
  '“Your hands learn the ropes before your head does, every single time.”',
  '“Nobody warns you how loud the silence gets at three in the morning.”',
  '“You count the lights on the far bank to stay awake, and you never get the same number.”',
];

/**
 * The speakers of two runs under `credit`: one going on from a speaker named above it, one opening with a question
 * the next paragraph answers — neither of which the credit reaches past its last paragraph.
 */
function runLimits(opening: string, credit: string): (string | null)[][] {
  return [
    quoteSpeakers([
      opening,
      '“We saw the fog come in at six and knew it would be a long night,” said skipper Tam Ure.',
      FERRY_QUOTES[0] ?? '',
      FERRY_QUOTES[1] ?? '',
      credit,
    ]),
    quoteSpeakers([
      opening,
      '“And where were you when the engine stopped halfway across the river?”',
      FERRY_QUOTES[1] ?? '',
      credit,
    ]),
  ];
}

describe('creditLineBelow under a run of quotation paragraphs (QUOTE_RUN_PARAGRAPHS)', () => {
  const OPENING = 'The night ferry crews of the estuary were asked what the long winter shifts had taught them:';
  const QUOTES = FERRY_QUOTES;
  const CREDIT = '– Orla Pennick, deckhand for nineteen winters';

  it(`gives each of up to ${QUOTE_RUN_PARAGRAPHS + 1} quotation paragraphs to the name the dash line under the last one credits`, () => {
    expect([
      quoteSpeakers([OPENING, ...QUOTES.slice(0, QUOTE_RUN_PARAGRAPHS + 1), CREDIT]),
      quoteSpeakers([OPENING, ...QUOTES.slice(0, QUOTE_RUN_PARAGRAPHS + 2), CREDIT])[0],
    ]).toEqual([Array(QUOTE_RUN_PARAGRAPHS + 1).fill('Orla Pennick'), null]);
  });

  it('credits no run under a sentence of the writer’s that is no lead-in (“The notice on the door was short.”)', () => {
    expect(
      quoteSpeakers([
        'The notice pinned to the door of the harbour post office on Monday morning was short and to the point.',
        '“Closed until further notice owing to staff shortages. We apologise for any inconvenience.”',
        '“I have been coming here for my pension for forty years and nobody told us a single thing.”',
        '– Orla Pennick, 81, who lives on the harbour road',
      ]),
    ).toEqual([null, 'Orla Pennick']);
  });

  it('credits no run going on from a speaker named above it, nor a question the paragraph after it answers', () => {
    expect(runLimits(OPENING, CREDIT)).toEqual([
      ['Tam Ure', 'Tam Ure', 'Orla Pennick'],
      [null, 'Orla Pennick'],
    ]);
  });
});

describe('creditInline under a run of quotation paragraphs (QUOTE_RUN_PARAGRAPHS)', () => {
  const OPENING = 'The night ferry crews of the estuary were asked what the long winter shifts had taught them.';
  const QUOTES = FERRY_QUOTES;
  const CREDIT = 'That is Orla Pennick, a deckhand for nineteen winters, in the first of several answers.';

  it(`gives each of up to ${QUOTE_RUN_PARAGRAPHS + 1} quotation paragraphs to the name a frame under the last one credits`, () => {
    expect(quoteSpeakers([OPENING, ...QUOTES.slice(0, QUOTE_RUN_PARAGRAPHS + 1), CREDIT])).toEqual(
      Array(QUOTE_RUN_PARAGRAPHS + 1).fill('Orla Pennick'),
    );
  });

  it('credits no run going on from a speaker named above it, nor a question the paragraph after it answers', () => {
    expect(runLimits(OPENING, CREDIT)).toEqual([
      ['Tam Ure', 'Tam Ure', 'Orla Pennick'],
      [null, 'Orla Pennick'],
    ]);
  });

  for (const word of [...BARE_FRAME_CLOSERS].sort())
    it(`credits the name a bare frame closes with “${word}” after it (“That was NAME ${word}, …”)`, () => {
      expect(
        quoteSpeakers([
          OPENING,
          QUOTES[0] ?? '',
          `That was Orla Pennick ${word}, and the crews laughed.`,
          'Asked what she would miss, she shrugged. “You learn to sleep anywhere,” said Pennick, 52.',
        ]),
      ).toEqual(['Orla Pennick', 'Orla Pennick']);
    });

  it('credits the name after “That’s”, the bare frame in one word (“That’s NAME, peering at …”)', () => {
    expect(
      quoteSpeakers([
        OPENING,
        QUOTES[0] ?? '',
        "That's Orla Pennick, peering at the far bank through a pair of old binoculars.",
        'Asked what she would miss, she shrugged. “You learn to sleep anywhere,” said Pennick, 52.',
      ]),
    ).toEqual(['Orla Pennick', 'Orla Pennick']);
  });

  it('credits no name a bare frame runs on into a noun (“That is NAME territory”)', () => {
    expect(quoteSpeakers([OPENING, QUOTES[0] ?? '', 'That is Orla Pennick territory, the crews say.'])).toEqual([null]);
  });

  it('credits no quotation paragraph farther above than that, nor across a sentence of the writer’s', () => {
    expect([
      quoteSpeakers([OPENING, ...QUOTES.slice(0, QUOTE_RUN_PARAGRAPHS + 2), CREDIT])[0],
      quoteSpeakers([OPENING, QUOTES[0] ?? '', 'The crews work in pairs.', QUOTES[1] ?? '', CREDIT])[0],
    ]).toEqual([null, null]);
  });
});

describe('creditSentenceBelow', () => {
  const ROUNDUP = [
    'What the managers said after a weekend of county finals across the region.',
    '“It was unbelievable to stand up there and see the whole parish down on the field.”',
    'Goalkeeper Ana Ruiz lifted the cup as captain of the club for the first time.',
    '“Nobody gave us a chance, but I thought we would have won if we had played until dark.”',
    'Rovers manager Tom Okafor masterminded the surprise win over the holders.',
    '“To lose a final in this way is heartbreaking, and the call was scandalous.”',
    'Town manager Lena Brandt was adamant the winning goal had not crossed the line.',
  ];

  it('gives each quotation paragraph of a roundup to the person the sentence under it opens with', () => {
    const r = read(story('credit-below', ROUNDUP));
    expect([r.run(creditSentenceBelow, 0), r.run(creditSentenceBelow, 1), r.run(creditSentenceBelow, 2)]).toEqual([
      ['Ana Ruiz', 'Goalkeeper Ana Ruiz', 'credit'],
      ['Tom Okafor', 'Rovers manager Tom Okafor', 'credit'],
      ['Lena Brandt', 'Town manager Lena Brandt', 'credit'],
    ]);
  });

  it('does not answer when the first quotation has a sentence naming someone above it too (each brings in the one below)', () => {
    const introduced = [
      ROUNDUP[0] ?? '',
      'Captain Ines Moreau said the parish had waited thirty years.',
      ...ROUNDUP.slice(1),
    ];
    const r = read(story('lead-ins-above', introduced));
    expect([r.run(creditSentenceBelow, 0), r.run(creditSentenceBelow, 1)]).toEqual([null, null]);
  });

  it('does not answer when a paragraph of several sentences naming someone in full stands above the first quotation', () => {
    const introduced = [
      ROUNDUP[0] ?? '',
      'Ines Moreau, 67, has followed the parish team since 1979. She remembers the last final.',
      ...ROUNDUP.slice(1),
    ];
    const r = read(story('lead-in-paragraph-above', introduced));
    expect([r.run(creditSentenceBelow, 0), r.run(creditSentenceBelow, 1)]).toEqual([null, null]);
  });

  it('does not answer when a lead-in naming its speaker and closing with a colon stands above the first quotation (a live blog newest first)', () => {
    for (const lead of ['To finish, Captain Ines Moreau for the parish:', 'Captain Ines Moreau told the crowd:']) {
      const r = read(story('lead-in-colon-above', [ROUNDUP[0] ?? '', lead, ...ROUNDUP.slice(1)]));
      expect([r.run(creditSentenceBelow, 0), r.run(creditSentenceBelow, 1)]).toEqual([null, null]);
    }
  });

  it('does not answer when the page has fewer than three such pairs', () => {
    const r = read(story('credit-below-two', ROUNDUP.slice(0, 5)));
    expect(r.run(creditSentenceBelow, 0)).toBe(null);
  });
});

describe('saidBackBelow', () => {
  const QUOTE = '“The tide takes the nets first. Then it takes the jetty, and then it takes the shed.”';
  const NAMED = 'Harbour master Ben Ruiz began the evening by warning of the winter storms.';
  for (const words of WORDS_BACK) {
    const back = words.join(' ');
    const closing = CLAUSE_OPENING_BACK.has(back);
    const line = closing
      ? `Ruiz, 61, a boatman who has fished the bay since boyhood, said ${back}.`
      : `Ruiz, 61, a boatman who has fished the bay since boyhood, said ${back} while his sons hauled nets.`;
    it(`gives a quote paragraph to the subject of “${line}” under it`, () => {
      const r = read(story(`said-back-${back}`, [LEAD, NAMED, QUOTE, line]));
      expect(r.run(saidBackBelow, 0)).toEqual([
        'Ben Ruiz',
        `Ruiz, 61, a boatman who has fished the bay since boyhood, said ${back}`,
        'credit',
      ]);
    });
  }

  for (const back of [...CLAUSE_OPENING_BACK].sort())
    it(`reads “said ${back} at the meeting.” as the verb taking the quote before: a short closing phrase`, () => {
      const r = read(story(`said-back-short-${back}`, [LEAD, NAMED, QUOTE, `Ruiz said ${back} at the meeting.`]));
      expect(r.run(saidBackBelow, 0)).toEqual(['Ben Ruiz', `Ruiz said ${back}`, 'credit']);
    });

  for (const back of [...CLAUSE_OPENING_BACK].sort())
    it(`does not read “said ${back} in May the council …” as the verb taking the quote before`, () => {
      const r = read(
        story(`said-back-clause-${back}`, [
          LEAD,
          NAMED,
          QUOTE,
          `Ruiz said ${back} in May the council had promised a new jetty.`,
        ]),
      );
      expect(r.run(saidBackBelow, 0)).toBeNull();
    });

  for (const closer of [...BACK_CLOSERS].sort()) {
    it(`reads “said this ${closer} …” as the verb taking the quote before`, () => {
      const r = read(
        story(`said-back-closer-${closer}`, [LEAD, NAMED, QUOTE, `Ruiz said this ${closer} the harbour.`]),
      );
      expect(r.run(saidBackBelow, 0)).toEqual(['Ben Ruiz', 'Ruiz said this', 'credit']);
    });
  }

  it('does not answer for a clause of the verb’s own (“NAME said that the jetty …”) or a paragraph with words of the writer', () => {
    const clause = read(
      story('said-back-clause', [LEAD, NAMED, QUOTE, 'Ruiz said that the jetty would be rebuilt by spring.']),
    );
    const written = read(
      story('said-back-written', [
        LEAD,
        NAMED,
        `The crowd fell silent. ${QUOTE}`,
        'Ruiz said this while his sons hauled nets.',
      ]),
    );
    expect([clause.run(saidBackBelow, 0), written.run(saidBackBelow, 0)]).toEqual([null, null]);
  });

  it('gives every paragraph of a quotation running over three paragraphs to the person named under it', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Walking along the broken sea wall on Tuesday, this reporter found families loading boats.',
        '“The tide takes the nets first. Then it takes the jetty.',
        '“My father is buried on the hill. Next winter the sea will reach him.',
        '“Nobody from the council has come out to this side of the bay yet.”',
        'Ben Ruiz, 61, a boatman who has fished the bay since boyhood, said this while his sons hauled nets.',
      ]),
    ).toEqual(['Ben Ruiz']);
  });
});

describe('a credit saying how somebody put it (“That’s how NAME described …”)', () => {
  it('gives the quote paragraph above to the name after “That’s how” or “That is how” and its role words', () => {
    const lines = (credit: string): string[] => [
      'Three people have been arrested over a run of more than sixty car break-ins on the north side of Kelby.',
      '“We would get five reports from one street on one morning. Unlocked cars, mostly, and a few smashed windows.”',
      credit,
    ];
    const book = buildQuoteBook([
      story('thats-how', lines('That’s how Kelby Police Detective Rhian Marsh described the autumn at a briefing.')),
      story('that-is-how', lines('That is how Detective Rhian Marsh summed up the autumn at a briefing on Tuesday.')),
      story('how-thing', lines('That’s how the thefts went on for weeks before anybody noticed the pattern.')),
      story('how-likes', lines('That is how Detective Rhian Marsh likes to run an inquiry, her colleagues say.')),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    // (The book reads its articles in id order: how-likes, how-thing, that-is-how, thats-how.)
    expect(book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? q.speaker)))).toEqual([
      null,
      null,
      'Rhian Marsh',
      'Rhian Marsh',
    ]);
  });
});

describe('a credit under a paragraph of scene the writer put between it and the quote (pastScene)', () => {
  const OPENING =
    'Three people have been arrested over a run of more than sixty car break-ins on the north side of Kelby.';
  const QUOTE =
    '“We would get five reports from one street on one morning. Unlocked cars, mostly, and a few smashed windows.”';
  const CREDIT = 'That is how Detective Rhian Marsh summed up the autumn at a briefing on Tuesday.';
  const speakersOf = (between: string, quote = QUOTE): (string | null)[] => {
    const book = buildQuoteBook([story('past-scene', [OPENING, quote, between, CREDIT])]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? q.speaker)));
  };

  it('gives the quote to the name the frame two paragraphs down credits, past a paragraph naming nobody', () => {
    expect(speakersOf('The thefts began in late August, mostly between midnight and four in the morning.')).toEqual([
      'Rhian Marsh',
    ]);
  });

  it('gives the quote to nobody when the paragraph between names somebody or quotes somebody', () => {
    expect([
      speakersOf('The thefts began in late August, when Councillor Ann Pryde first raised them with the police.'),
      speakersOf('The thefts began in late August. “It was every night,” one resident said.'),
    ]).toEqual([[null], [null, null]]);
  });

  it('gives the quote to nobody when the frame past the scene is no “That is how” (“That was the message from NAME”)', () => {
    const book = buildQuoteBook([
      story('past-scene-message', [
        OPENING,
        QUOTE,
        'The thefts began in late August, mostly between midnight and four in the morning.',
        'That was the message from Detective Rhian Marsh, who replied that there was no cause for panic yet.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('leaves the quote to the person the paragraph above it is about (“Resident NAME walked …”)', () => {
    const book = buildQuoteBook([
      story('past-scene-above', [
        OPENING,
        'Resident Ada Quill walked the length of her street on Tuesday morning, counting the broken windows.',
        QUOTE,
        'The thefts began in late August, mostly between midnight and four in the morning.',
        CREDIT,
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ada Quill']);
  });

  it('gives the quote to nobody when its paragraph holds more than quotation', () => {
    expect(speakersOf('The thefts began in late August.', `Officers were stretched. ${QUOTE}`)).toEqual([null]);
  });
});

describe('creditInline after “The comment … came from NAME” under a quote (cameFromEnds)', () => {
  const QUOTE = '“They settled all of this in private weeks ago, and tonight was only for show.”';
  const ASIDE = 'called out from the last row of seats just as the vote was about to be taken';

  for (const opener of [...CAME_FROM_OPENERS].sort())
    for (const verb of [...CAME_FROM_VERBS].sort()) {
      const written = (opener[0]?.toUpperCase() ?? '') + opener.slice(1);
      it(`credits the name after “${written} comment, …, ${verb} from NAME” (CAME_FROM_OPENERS, CAME_FROM_VERBS)`, () => {
        const r = read(
          story(`came-from-${opener}-${verb}`, [
            LEAD,
            QUOTE,
            `${written} comment, ${ASIDE}, ${verb} from Odalys Fenwright, a parent of two who works nights.`,
          ]),
        );
        expect(r.run(creditInline, 0)?.[0]).toBe('Odalys Fenwright');
      });
    }

  it('credits the name right after the noun and its verb, with no aside (“The remark came from NAME”)', () => {
    const r = read(story('came-from-bare', [LEAD, QUOTE, 'The remark came from Odalys Fenwright, a parent of two.']));
    expect(r.run(creditInline, 0)).toEqual(['Odalys Fenwright', 'The remark came from Odalys Fenwright', 'credit']);
  });

  it('makes no person of a place the comment came from (“came from Quenby Heath, where …”)', () => {
    const book = buildQuoteBook([
      story('came-from-place', [
        LEAD,
        QUOTE,
        'The comment came from Quenby Heath, where most of the regular passengers on the old ferry live.',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
  });

  it('credits nobody when the noun is no word for something said, or the aside runs past 24 tokens', () => {
    const noise = read(
      story('came-from-noise', [LEAD, QUOTE, 'The noise came from Odalys Fenwright, a parent of two.']),
    );
    const long = read(
      story('came-from-long', [
        LEAD,
        QUOTE,
        `The comment, ${ASIDE} and then once more by the doors when the chair asked for quiet at the very end, came from Odalys Fenwright.`,
      ]),
    );
    expect([noise.run(creditInline, 0), long.run(creditInline, 0)?.[0] ?? null]).toEqual([null, null]);
  });
});
