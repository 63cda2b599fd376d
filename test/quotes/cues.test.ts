// The speech verbs the reader finds in a sentence and the speaker each one has, seen through the quotes they
// attribute.
import { describe, expect, it } from 'vitest';
import {
  OWNED_VIEW_FRAMES,
  OPENING_THING_NOUNS,
  PARTICIPLE_LINKS,
  PARTICIPLE_PRONOUNS,
  PASSIVE_BE,
  passiveBeBefore,
  QUOTING_AS_VERBS,
  RECALLING_VERBS,
} from '../../src/quotes/cues.ts';
import { ASKED_ABOUT } from '../../src/quotes/lexicon.ts';
import { FIRM_VOICES } from '../../src/quotes/phraseBefore.ts';
import { CAUSING_VERBS, OBJECT_CONTROL_VERBS } from '../../src/quotes/lexicon.ts';
import { DISCOURSE_ADVERBS } from '../../src/quotes/clauses.ts';
import { closesName, NAME_CLOSING_MARKS } from '../../src/quotes/verbReach.ts';
import { BARE_CLAUSE_JOINS } from '../../src/quotes/clauseWords.ts';
import { attributed, spacedTokens } from './fixtures.ts';

describe('a participle clause after a comma', () => {
  it('speaks for the speech verb before it when the sentence opens with no subject read (“Visibly moved, X thanked …, adding:”)', () => {
    expect(
      attributed([
        'Coach Tomas Varga led the team to the title on Saturday.',
        'Visibly moved, Varga thanked the fans at the end of the game, adding: “This title belongs to every one of them.”',
      ]),
    ).toEqual([['This title belongs', 'Tomas Varga', 'Varga thanked the fans at the end of the game, adding']]);
  });

  it('speaks for the sentence subject when another clause stands between (“…, as the storm passes, saying”)', () => {
    expect(
      attributed([
        'Governor Rosa Vidal gave an update on the storm from the emergency centre on Thursday morning.',
        'She warned of flooding as the storm moves inland, especially near the coast, saying residents faced “a long and dangerous night.”',
      ]),
    ).toEqual([
      [
        'a long and',
        'Rosa Vidal',
        'She warned of flooding as the storm moves inland, especially near the coast, saying',
      ],
    ]);
  });
});

describe('a participle clause after a quote in the sentence’s own clause', () => {
  it('speaks for the sentence subject, not as a verb inverted after the quote (“NAME said X was ‘…’, adding that Y ‘…’”)', () => {
    expect(
      attributed([
        'The harbour levy came into force at midnight on Friday after months of talks.',
        'Councillor Ines Okoro said the levy was ‘a tax on the smallest boats’, adding that the fleet ‘cannot be the council’s piggy bank’.',
      ]),
    ).toEqual([
      ['a tax on', 'Ines Okoro', 'Councillor Ines Okoro said'],
      ['cannot be the', 'Ines Okoro', 'Councillor Ines Okoro said the levy was ‘a tax on the smallest boats’, adding'],
    ]);
  });
});

describe('a participle clause after an appositive name', () => {
  it('speaks for the name set off after a role, not for the role (“ROLE, NAME, condemned …, insisting …”)', () => {
    expect(
      attributed([
        'Pupils at the school walked out of lessons on Monday over the transfer of their head teacher.',
        'When contacted, Commissioner for Schools and Colleges, Ada Nwosu, condemned the walkout, insisting that pupils had “no right to take the law into their own hands”.',
      ]),
    ).toEqual([['no right to', 'Ada Nwosu', 'Ada Nwosu, condemned the walkout, insisting']]);
  });
});

describe('a past participle describing a thing', () => {
  for (const link of [...PARTICIPLE_LINKS].sort()) {
    it(`is no clause's verb before "${link}" (“NAME said in a clip posted ${link} …, “…””)`, () => {
      expect(
        attributed([
          'The foreign minister arrived in the port city on Thursday for two days of talks.',
          `On landing, Okafor said in a clip posted ${link} the morning news, "We have come here to listen and to agree."`,
        ]).map(([, speaker]) => speaker),
      ).toEqual(['Okafor']);
    });
  }

  for (const noun of [...OPENING_THING_NOUNS].sort()) {
    const written = `${noun.slice(0, 1).toUpperCase()}${noun.slice(1)}`;
    it(`is no clause's verb after “${written}” opening the sentence (OPENING_THING_NOUNS: “${written} shared online shows …”)`, () => {
      expect(
        attributed([
          'Police removed a pensioner from the road during a climate protest in the town centre on Saturday.',
          `${written} shared online shows a steward carrying her off the pitch as she waves a banner reading “Save the Dunes, save the Bay”.`,
        ]).map(([, speaker, cue]) => [speaker, cue]),
      ).toEqual([[null, null]]);
    });
  }

  it('is a verb after a name opening the sentence (“Okafor posted online …”)', () => {
    expect(
      attributed([
        'The foreign minister arrived in the port city on Thursday for two days of talks.',
        'Okafor posted online on Friday: "We have come here to listen and to agree."',
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Okafor']);
  });

  it('is a verb after a person’s noun (“the spokesman posted on …”)', () => {
    expect(
      attributed([
        'The foreign minister arrived in the port city on Thursday for two days of talks.',
        'Later the spokesman posted on the ministry’s page: "We have come here to listen and to agree."',
      ]).map(([, , cue]) => cue),
    ).toEqual(['the spokesman posted']);
  });
});

describe('an appositive name before the speech verb', () => {
  for (const link of ['of', 'from', 'at'])
    it(`speaks with the body it is "${link}" after it (“The chair of the judges, Prof NAME ${link} BODY, said”)`, () => {
      expect(
        attributed([
          'The prize was announced in the capital on Saturday night, in front of four hundred readers.',
          `The chair of the judges, Prof Ada Brenn ${link} Harbour University, said the panel had decided “within about forty minutes of talking”.`,
        ]).map(([, speaker]) => speaker),
      ).toEqual(['Ada Brenn']);
    });
});

describe('a speech verb joined to a relative clause', () => {
  it('speaks for the name the “who” refers back to (“…, the writer NAME, who presented the award and told …: “…””)', () => {
    expect(
      attributed([
        'The prize was announced in the capital on Saturday night, in front of four hundred readers.',
        'The prize went last year to the poet Ama Ruiters, who handed over the trophy this time and told the guests: “Her lines earn every pause a reader takes.”',
      ]),
    ).toEqual([['Her lines earn', 'Ama Ruiters', 'Ama Ruiters, who handed over the trophy this time and told']]);
  });

  it('speaks for nobody the relative clause names when another clause stands between', () => {
    expect(
      attributed([
        'The prize was announced in the capital on Saturday night, in front of four hundred readers.',
        'The prize went to the writer Ama Ruiters, who wept, as the judges rose, and a reader told the hall: “Her sentences do what the best ones do.”',
      ]).map(([, speaker]) => speaker),
    ).toEqual([null]);
  });
});

describe('a past participle describing people', () => {
  for (const pronoun of [...PARTICIPLE_PRONOUNS].sort()) {
    it(`is no clause's verb after "${pronoun}", so the bare quote below goes to the sentence's topic`, () => {
      expect(
        attributed([
          'More than forty pupils fell ill on Tuesday after eating lunch at the school canteen, health officials said.',
          `For Ada Mwangi, whose son was with ${pronoun} admitted, the answer is simple.`,
          '"Close the canteen until they know what happened. My son will not eat there again."',
        ]).map(([, speaker]) => speaker),
      ).toEqual(['Ada Mwangi']);
    });
  }
});

describe('a speech verb after "which"', () => {
  it('speaks for a thing, so the quote it brings in goes to nobody named before it', () => {
    expect(
      attributed([
        'The court heard the bail plea on Monday.',
        'Justice Ana Ruiz asked the counsel about the grounds in the application, which say, “The applicant will help the police with every inquiry.”',
      ]).map(([, speaker]) => speaker),
    ).toEqual([null]);
  });
});

describe('a participle clause with no comma before it', () => {
  it('speaks for the sentence subject when nobody stands between (“X held out a hand saying: “…””)', () => {
    expect(
      attributed([
        'Coach Tomas Varga led the team to the title on Saturday.',
        'Varga held out a hand to the beaten captain saying: “There is no shame in losing a final like that one.”',
      ]),
    ).toEqual([['There is no', 'Tomas Varga', 'Varga held out a hand to the beaten captain saying']]);
  });

  it('does not speak for the subject after a thing said (“X got a reply describing the plan as “…””)', () => {
    expect(
      attributed([
        'Councillor Tomas Varga wrote to the harbour board about the new ferry timetable in May.',
        'Varga got a reply within a week describing the timetable as “final and not open to debate”.',
      ])[0]?.[1],
    ).not.toBe('Tomas Varga');
  });

  it('speaks for the subject past its own role set off by commas (“X, MP for PLACE, was filmed telling …: “…””)', () => {
    expect(
      attributed([
        'Ana Ruiz, MP for Harwick West, was filmed at a charity dinner telling guests: “Nobody in this room has ever queued for bread.”',
      ]),
    ).toEqual([
      ['Nobody in this', 'Ana Ruiz', 'Ana Ruiz, MP for Harwick West, was filmed at a charity dinner telling'],
    ]);
  });
});

describe('a speech verb joined by “and” to the subject’s own verb', () => {
  it('speaks for the sentence subject, known only from this sentence (“NAME thanked the crew and said: “…””)', () => {
    expect(
      attributed([
        'The lifeboat was launched twice on Sunday night as the storm reached the coast.',
        'Captain Ada Penrose thanked the volunteers and said: “Every one of them put the job before their own safety.”',
      ]),
    ).toEqual([['Every one of', 'Ada Penrose', 'Captain Ada Penrose thanked the volunteers and said']]);
  });

  for (const join of [...BARE_CLAUSE_JOINS].sort())
    it(`speaks for the sentence subject when “${join}” joins it to the subject’s verb (BARE_CLAUSE_JOINS)`, () => {
      expect(
        attributed([
          'The lifeboat was launched twice on Sunday night as the storm reached the coast.',
          `Captain Ada Penrose declined to name the crew ${join} said the station would run “short-handed until the spring”.`,
        ]),
      ).toEqual([
        ['short-handed until the', 'Ada Penrose', `Captain Ada Penrose declined to name the crew ${join} said`],
      ]);
    });

  it('leaves the speech verb to a subject of its own after “but” (“NAME declined to comment but the station said”)', () => {
    expect(
      attributed([
        'The lifeboat was launched twice on Sunday night as the storm reached the coast.',
        'Captain Ada Penrose declined to name the crew but the station said it would run “short-handed until the spring”.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([['short-handed until the', null]]);
  });

  it('speaks for it past “then” after the “and”, and past a clause of the subject’s own beside (“and then added, on her own account:”)', () => {
    expect(
      attributed([
        'The lifeboat was launched twice on Sunday night as the storm reached the coast.',
        'Captain Ada Penrose translated the message for the crew and then added, on her own account: “Nobody goes out alone tonight.”',
      ]),
    ).toEqual([
      ['Nobody goes out', 'Ada Penrose', 'Captain Ada Penrose translated the message for the crew and then added'],
    ]);
  });

  it('speaks for it when “then” after a comma joins it (“Ada Penrose paused, then added:”)', () => {
    expect(
      attributed([
        'The lifeboat was launched twice on Sunday night as the storm reached the coast.',
        'Captain Ada Penrose read out the names of the crew, paused, then added: “Nobody goes out alone tonight.”',
      ]),
    ).toEqual([
      ['Nobody goes out', 'Ada Penrose', 'Captain Ada Penrose read out the names of the crew, paused, then added'],
    ]);
  });

  it('speaks for a paragraph of quotation under it past “finally” after the “and” (“… and finally tells the tale.”)', () => {
    expect(
      attributed([
        'The lifeboat was launched twice on Sunday night as the storm reached the coast.',
        'Captain Ada Penrose, who has served on the crew for twenty years, perches on a coil of rope and finally tells the tale.',
        '“We could see the mast and nothing else. The yacht had gone over twice before we reached it.”',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([['We could see', 'Ada Penrose']]);
  });

  it('does not speak for a subject a comma or a second “and” separates from it', () => {
    expect(
      attributed([
        'Coxswain Ada Penrose was at the helm on Sunday night as the storm reached the coast.',
        'Penrose and the crew reached the yacht at midnight, and the skipper said: “We would not have lasted another hour.”',
      ])[0]?.[1],
    ).not.toBe('Ada Penrose');
  });
});

describe('an infinitive speech verb', () => {
  it('speaks for the sentence subject (“NAME took to social media on Friday to say X was “…””)', () => {
    expect(
      attributed([
        'The regional assembly met late into the night on Thursday to vote on the new transport budget for the coming year.',
        'Mayor Lucy Tran took to social media on Friday to say the vote was "a win for every family in the valley."',
      ]),
    ).toEqual([['a win for', 'Lucy Tran', 'Mayor Lucy Tran took to social media on Friday to say']]);
  });

  for (const verb of [...OBJECT_CONTROL_VERBS].sort()) {
    it(`does not speak for the subject when "${verb}" hands it to its object (“NAME ${verb} voters to say “…””)`, () => {
      const [[, , cue]] = attributed([
        'The regional assembly met late into the night on Thursday to vote on the new transport budget for the coming year.',
        `Mayor Lucy Tran ${verb} voters to say "no to the new road through the valley" at the ballot box.`,
      ]) as [[string, string | null, string | null]];
      // Credited, if at all, by the control verb itself ("Mayor Lucy Tran urged"), never by the infinitive.
      expect(cue?.endsWith('to say') ?? false).toBe(false);
    });
  }
});

describe('wire reporting frames', () => {
  it('gives “AGENCY quoted X as saying “…”” to X, not the agency', () => {
    expect(
      attributed([
        'Russia responded angrily on Monday to the new sanctions announced over the weekend.',
        'State news agency TASS quoted Foreign Minister Sergei Lavrenko as saying the measures were “illegal and doomed to fail”.',
      ]),
    ).toEqual([['illegal and doomed', 'Sergei Lavrenko', 'quoted Foreign Minister Sergei Lavrenko']]);
  });

  for (const verb of [...QUOTING_AS_VERBS].sort()) {
    it(`gives “a document ${verb} X as saying “…”” to X, not the document`, () => {
      const [said] = attributed([
        'Parents have asked the county to explain why the school bus route was cut in the spring.',
        `Notes of a 2021 parents’ meeting kept by the school ${verb} former transport officer Edgar Quill as saying “no child will walk more than a mile”.`,
      ]);
      expect(said?.[1]).toBe('Edgar Quill');
    });
  }

  it('gives “…,” according to a statement from X to X', () => {
    expect(
      attributed([
        'Russia responded angrily on Monday to the new sanctions announced over the weekend.',
        '“We will respond in a way that hurts them,” according to a statement from Deputy Prime Minister Anna Volkova.',
      ]),
    ).toEqual([
      ['We will respond', 'Anna Volkova', 'according to a statement from Deputy Prime Minister Anna Volkova'],
    ]);
  });

  it('leaves “quoted X” without “as saying” to the subject of the verb', () => {
    expect(
      attributed([
        'Russia responded angrily on Monday to the new sanctions announced over the weekend.',
        'Foreign Minister Sergei Lavrenko quoted an old proverb: “A friend in need is a friend indeed, as they say.”',
      ]),
    ).toEqual([['A friend in', 'Sergei Lavrenko', 'Foreign Minister Sergei Lavrenko quoted']]);
  });
});

describe('“what he calls “…””', () => {
  it('gives the words a subject calls something to that subject', () => {
    expect(
      attributed([
        'Chef Kojo Amankwah opened his second restaurant in Leeds on Friday after two years of planning.',
        'The menu draws on his aunt’s Sunday lunches and on what he calls “kerbside smoke and spice”.',
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Kojo Amankwah']);
  });
});

describe('a gloss in brackets between a quote and its speech verb', () => {
  it('gives “…,” (a translation) said NAME to NAME', () => {
    expect(
      attributed([
        'Stallholders marched to the municipal office in Lahore on Saturday to protest against the new market fees.',
        '"Hum yahin rahenge," (We will stay here) said Bilal Qureshi, 58, who sells dried fruit.',
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Bilal Qureshi']);
  });
});

describe('frames that name the speaker without a plain speech verb', () => {
  it('gives “…, in her words, “…”” and “in X’s own words” to the owner of the words', () => {
    const lead = 'Finance Minister Agnes Brill met the unions on Tuesday for a third day of talks on the budget.';
    expect(attributed([lead, 'The plan was, in her words, “the last chance to fix the public finances”.'])).toEqual([
      ['the last chance', 'Agnes Brill', 'her words'],
    ]);
    expect(
      attributed([lead, 'The plan was, in Brill’s own words, “the last chance to fix the public finances”.']),
    ).toEqual([['the last chance', 'Agnes Brill', 'Brill’s own words']]);
    expect(attributed([lead, 'The plan was, in her own words, “the last chance to fix the public finances”.'])).toEqual(
      [['the last chance', 'Agnes Brill', 'her own words']],
    );
  });

  for (const [noun, link] of [...OWNED_VIEW_FRAMES].sort())
    it(`gives “${link} NAME’s ${noun}, the plan “…”” to the owner of the ${noun} (OWNED_VIEW_FRAMES)`, () => {
      const lead = 'Finance Minister Agnes Brill met the unions on Tuesday for a third day of talks on the budget.';
      const opening = `${link.charAt(0).toUpperCase()}${link.slice(1)}`;
      expect(
        attributed([lead, `${opening} Brill’s ${noun}, the plan was “the last chance to fix the public finances”.`]),
      ).toEqual([['the last chance', 'Agnes Brill', `Brill’s ${noun}`]]);
    });

  it('gives “her words” with no “in” before it to nobody by this frame (“Her words were …”)', () => {
    expect(
      attributed([
        'The budget talks ended on Tuesday without a deal between the ministers and the unions.',
        'The union leader said nothing, but her words to members last week were “we will not be moved”.',
      ])[0]?.[2],
    ).not.toBe('her words');
  });

  it('gives “…, in the words of X, “…”” to X', () => {
    expect(
      attributed([
        'The row over the budget deepened on Tuesday as ministers met for a third day of talks.',
        'The plan was, in the words of Finance Minister Clara Hoff, “the last chance to fix the public finances”.',
      ]),
    ).toEqual([['the last chance', 'Clara Hoff', 'words of Finance Minister Clara Hoff']]);
  });
});

describe('a passive speech verb before “to”', () => {
  for (const be of [...PASSIVE_BE].sort()) {
    it(`gives no speaker to a quote in “X ${be} said to …” (others say it of X)`, () => {
      expect(
        attributed([
          'Union leader Tomas Varga met the port owners for a third round of talks on Monday.',
          `Varga ${be} said to be “quietly confident” of a deal before the deadline on Friday.`,
        ]),
      ).toEqual([['quietly confident', null, null]]);
    });
  }
});

describe('a firm’s analysts speaking in its name', () => {
  for (const voice of [...FIRM_VOICES].sort()) {
    it(`gives “${voice} at FIRM said … “…”” to the firm`, () => {
      expect(
        attributed([
          'The carmaker opened a new plant on the coast on Tuesday.',
          `In a research note, ${voice} at Harwell Stanton said whether the new model “will sell well outside its home market is an open question”.`,
        ]),
      ).toEqual([['will sell well', 'Harwell Stanton', `${voice} at Harwell Stanton said`]]);
    });
  }

  it('leaves “officials at NAME said … “…”” unattributed (officials speak for themselves)', () => {
    expect(
      attributed([
        'The carmaker opened a new plant on the coast on Tuesday.',
        'In a research note, officials at Harwell Stanton said whether the new model “will sell well outside its home market is an open question”.',
      ]),
    ).toEqual([['will sell well', null, 'officials at Harwell Stanton said']]);
  });
});

describe('a causing verb that makes its object speak', () => {
  for (const verb of [...CAUSING_VERBS].sort())
    it(`gives the quote after “${verb} NAME to ask:” to NAME, not to the sentence's subject`, () => {
      expect(
        attributed([
          'Lawyer Mira Sand appeared for the port company at the hearing in the high court on Monday.',
          `Sand said the team had been weighing the matter, ${verb} Judge Omar Ode to ask: “Do you accept the figures in this report?”`,
        ]),
      ).toEqual([['Do you accept', 'Omar Ode', 'Judge Omar Ode to ask']]);
    });

  it('gives the quote after “prompting the judge to ask:” to the judge the role stands for, not the subject', () => {
    expect(
      attributed([
        'Judge Omar Ode asked the port company’s lawyer, Mira Sand, for the missing figures on Monday.',
        'Sand replied that the figures would come later, prompting the judge to ask: “Is later good enough for this court?”',
      ]),
    ).toEqual([['Is later good', 'Omar Ode', 'the judge to ask']]);
  });

  it('leaves the quote to the subject when no causing verb stands before the object (“urging Judge NAME to ask”)', () => {
    expect(
      attributed([
        'Lawyer Mira Sand appeared for the port company at the hearing in the high court on Monday.',
        'Sand said the team had been weighing the matter, urging Judge Omar Ode to ask: “Do you accept the figures in this report?”',
      ]),
    ).toEqual([['Do you accept', 'Mira Sand', 'Sand said the team had been weighing the matter, urging']]);
  });
});

describe('a verb of recalling or hearing whose object speaks in the gerund (RECALLING_VERBS)', () => {
  for (const verb of [...RECALLING_VERBS].sort())
    it(`gives the quote after “NAME ${verb} a ward sister telling her:” to the sister, not to NAME`, () => {
      expect(
        attributed([
          'Dr Omar Ode ran the ward at the county hospital for eleven years before it closed.',
          `Mira Sand, a patient there in 2019, ${verb} a ward sister telling her: “Rest now, the scan can wait until the morning.”`,
        ]),
      ).toEqual([['Rest now, the', null, 'a ward sister telling']]);
    });

  it('leaves the quote to the subject when no such verb stands before the gerund’s speaker (“NAME watched a ward sister telling her:”)', () => {
    expect(
      attributed([
        'Dr Omar Ode ran the ward at the county hospital for eleven years before it closed.',
        'Mira Sand, a patient there in 2019, watched a ward sister telling her: “Rest now, the scan can wait until the morning.”',
      ]),
    ).toEqual([['Rest now, the', 'Mira Sand', 'Mira Sand, a patient there in 2019, watched a ward sister telling']]);
  });
});

describe('a sentence adverb before the subject', () => {
  for (const adverb of [...DISCOURSE_ADVERBS].sort()) {
    const opener = `${adverb.charAt(0).toUpperCase()}${adverb.slice(1)}`;
    it(`reads the subject after “${opener},” for a participle clause later in the sentence`, () => {
      expect(
        attributed([
          'Opposition spokesman Kofi Mensah spoke to reporters at the port on Monday.',
          `${opener}, he questioned the delays at the port, describing them as “careless and costly for every trader.”`,
        ]),
      ).toEqual([['careless and costly', 'Kofi Mensah', 'he questioned the delays at the port, describing']]);
    });
  }
});

describe('two speakers joined by "and" before a speech verb', () => {
  const lead = 'Former pupils came back to the school on Saturday for its hundredth birthday party.';
  const quote = '“In our day they measured our skirts at the gate every morning.”';

  it('gives the quote to nobody when "and" joins two people (“Ann Hale and Rosa Tennant said”, “the head and Ann Hale said”)', () => {
    expect([
      attributed([lead, `Ann Hale and Rosa Tennant said: ${quote}`]),
      attributed([lead, `The head teacher and Ann Hale said: ${quote}`]),
    ]).toEqual([
      [['In our day', null, 'Hale and Rosa Tennant said']],
      [['In our day', null, 'teacher and Ann Hale said']],
    ]);
  });

  it('gives the quote to the name when "and" joins two clauses after a verb (“They laughed and Ann Hale said”)', () => {
    expect(attributed([lead, `They laughed about the old rules and Ann Hale said: ${quote}`])).toEqual([
      ['In our day', 'Ann Hale', 'Ann Hale said'],
    ]);
  });
});

describe('a speech verb’s word capitalised after a capitalised word', () => {
  it('is the surname closing a name (“…,” Ana Said, chief executive of BODY, posted)', () => {
    expect(
      attributed([
        '“Our whole shop went dark at nine and nobody told us why,” Ana Said, chief executive of Basket Lane, posted on Monday.',
      ]),
    ).toEqual([['Our whole shop', 'Ana Said', 'Ana Said, chief executive of Basket Lane, posted']]);
  });

  it('is the surname opening a sentence before “, who” (“Said, who lives …, told the Herald”)', () => {
    expect(
      attributed([
        'A court ruled on Friday that the city had cut off Ana Said’s water without a hearing.',
        'Said, who shares her flat with two nephews, told the Gazette that she wept when the ruling came through.',
        '“Since the spring our whole household has managed on a few buckets of water a day.”',
      ]).map((q) => q[1]),
    ).toEqual(['Ana Said']);
  });

  it('leaves a speech verb in title case alone (“Ana Ruiz Says Plan Will Work”), and closes a name before a comma', () => {
    const headline = spacedTokens('Ana Ruiz Says Plan Will Work');
    const prose = spacedTokens('QUOTE Ana Said , chief executive , posted');
    expect([closesName(headline, 2), closesName(prose, 2)]).toEqual([false, true]);
  });
  for (const mark of [...NAME_CLOSING_MARKS].sort()) {
    it(`reads “Said” as a name's middle word when one more capitalised word and “${mark}” close the name`, () => {
      const middle = spacedTokens(`Ana Said Hamad ${mark} hotelier`);
      const headline = spacedTokens('Ana Ruiz Says Plan Will Work');
      expect([closesName(middle, 1), closesName(headline, 2)]).toEqual([true, false]);
    });
  }

  it('gives “NAME Said NAME, role, place: “…”” to the three-word name, not to a speaker “NAME”', () => {
    expect(
      attributed([
        'Park entry charges went up on Monday, and lodge owners in the north were furious.',
        'Ana Said Hamad, lodge owner, Moshi: “We had only just refilled the rooms after two lean seasons.”',
      ]).map((q) => q[1]),
    ).toEqual(['Ana Said Hamad']);
  });
});

describe('“Asked …” opening a sentence', () => {
  for (const word of [...ASKED_ABOUT].sort()) {
    it(`gives “Asked ${word} …: “…”” under a name heading to the heading’s speaker`, () => {
      expect(
        attributed([
          'Here is what the players said in the interview room after the third day.',
          'Ana Ruiz',
          '“The crowd carried me through the tiebreak and I will never forget it.”',
          `Asked ${word} a quarter-final with the champion: “Let it come. I have nothing at all to lose now.”`,
        ]).map((q) => q[1]),
      ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    });
  }
});

describe('a speech verb after “and” in a reported “that” clause', () => {
  it('gives “NAME recalled that a 12-year-old OTHER had walked in and told him: “…”” to the clause’s subject', () => {
    expect(
      attributed([
        'The actress Ivy Marle surprised her old school on Friday with a scholarship fund for drama students.',
        'Her former teacher, Len Carrow, recalled that a 12-year-old Marle had walked into the staff room and told him: “Sir, give me the main part, not a small one.”',
      ]),
    ).toEqual([['Sir, give me', 'Ivy Marle', 'Marle had walked into the staff room and told']]);
  });

  it('still gives “NAME said that the plan was late and warned: “…”” to the sentence’s subject', () => {
    expect(
      attributed([
        'The council met on Tuesday to discuss the new bridge over the river and its rising cost.',
        'Len Carrow said that the plan was late and warned: “Every month of delay costs the town money.”',
      ]),
    ).toEqual([['Every month of', 'Len Carrow', 'Len Carrow said that the plan was late and warned']]);
  });
});

describe('an inverted speech verb before a role and the name set off after it', () => {
  it('gives ““…,” argued the Chair of the Board, Councillor NAME.” to the name', () => {
    expect(
      attributed([
        'Options in the consultation include closure and federation with neighbouring schools.',
        '“That is why we are asking before we choose,” argued the Chair of the Board, Councillor Ivo Marsh.',
      ]),
    ).toEqual([['That is why', 'Ivo Marsh', 'argued the Chair of the Board, Councillor Ivo Marsh']]);
  });

  it('gives ““…,” joked her neighbour, ferry skipper NAME.” to the name, its own role before it', () => {
    expect(
      attributed([
        'Options in the consultation include closure and federation with neighbouring schools.',
        '“They said the roof would be mended by the spring,” said Ada Quill, who has kept the corner shop since 1990.',
        '“The roof is still waiting, and so are we,” joked her neighbour, ferry skipper Ivo Marsh.',
      ]),
    ).toEqual([
      ['They said the', 'Ada Quill', 'said Ada Quill'],
      ['The roof is', 'Ivo Marsh', 'joked her neighbour, ferry skipper Ivo Marsh'],
    ]);
  });

  it('still gives ““…,” said the mayor, who …” to the role, no name following it', () => {
    expect(
      attributed([
        'Mayor Ivo Marsh opened the new bridge over the river on Tuesday after two years of work.',
        '“This is a great day for the town,” said the mayor, who cut the ribbon with his granddaughter.',
      ]),
    ).toEqual([['This is a', 'Ivo Marsh', 'said the mayor']]);
  });
});

describe('a speech verb joined by “and” to a clause after an opening one', () => {
  for (const pronoun of ['he', 'she']) {
    it(`gives “As ${pronoun} walked off ${pronoun} pointed at the stand and yelled: “…”” to the person ${pronoun} is`, () => {
      const name = pronoun === 'he' ? 'Tom Birchall' : 'Tess Birchall';
      expect(
        attributed([
          `${name}, 19, beat the fourth seed in five sets on Sunday evening.`,
          `As ${pronoun} walked off ${pronoun} pointed at the stand and yelled: “Mum, we finally did it!”`,
        ]),
      ).toEqual([['Mum, we finally', name, `${pronoun} pointed at the stand and yelled`]]);
    });
  }

  it('never gives the verb to an object pronoun before “and” (“thanked him and said”)', () => {
    expect(
      attributed([
        'Tess Birchall, 19, beat the fourth seed in five sets on Sunday evening.',
        'As the crowd rose she thanked him and said: “Mum, we finally did it!”',
      ]),
    ).toEqual([['Mum, we finally', 'Tess Birchall', 'she thanked him and said']]);
  });
});

describe('passiveBeBefore', () => {
  it('finds the be of a passive past adverbs before the participle, and none after a have or a plain verb', () => {
    expect([
      passiveBeBefore(spacedTokens('Hale was told'), 2),
      passiveBeBefore(spacedTokens('Hale was finally told'), 3),
      passiveBeBefore(spacedTokens('Hale had finally told'), 3),
      passiveBeBefore(spacedTokens('Hale finally told'), 2),
    ]).toEqual([1, 1, -1, -1]);
  });

  it('gives “NAME was finally told by Judge NAME2: “…”” to the judge', () => {
    expect(
      attributed([
        'Nurse Tamsin Oduya was struck off the register at a hearing in the city on Monday.',
        'Oduya was finally told by Judge Petra Lind: “You betrayed the trust of every patient on that ward.”',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([['You betrayed the', 'Petra Lind']]);
  });
});
