// How far a speech verb reaches back to its subject: a verb joined by "and" to the subject's own verb, past an
// appositive set off after the subject.
import { describe, expect, it } from 'vitest';
import {
  ADJECTIVE_PREPOSITIONS,
  NON_SPEECH_FOLLOWERS,
  COUNTED_OBJECT_VERBS,
  HEARSAY_PARTICIPLES,
  isSpeechVerbAt,
  joinedSpeechVerb,
  participleSpeechVerb,
  PLURAL_VERBS_AFTER_NOUN,
  NON_SPEECH_PARTICLES,
  SPEECH_VERB_NOUN_COMPOUNDS,
  subjectAppositiveEnd,
} from '../../src/quotes/verbReach.ts';
import { CLAUSE_CONJUNCTIONS, JOINING_ADVERBS } from '../../src/quotes/clauseWords.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { attributed, quoteSpeakers, spacedTokens, story } from './fixtures.ts';

describe('subjectAppositiveEnd', () => {
  it('finds the comma closing an appositive before the predicate’s lower-case word', () => {
    expect([
      subjectAppositiveEnd(spacedTokens('Ann Hale , 44 , stood beside them'), 2),
      subjectAppositiveEnd(spacedTokens('Ann Hale , leader of the group and no relation to Tom Hale , was blunt'), 2),
    ]).toEqual([4, 13]);
  });

  it('goes on past a relative clause after the appositive (“Ann Hale , 44 , who drives a Ford Escort , was”)', () => {
    expect([
      subjectAppositiveEnd(spacedTokens('Ann Hale , 44 , who drives a Ford Escort , was sceptical'), 2),
      subjectAppositiveEnd(spacedTokens('Ann Hale , 44 , who drives a Ford Escort'), 2),
    ]).toEqual([10, 4]);
  });

  it('goes past a bracket right after the name (“Sen. Ann Hale ( D-Ore. ) , the senior Democrat , has”)', () => {
    expect([
      subjectAppositiveEnd(spacedTokens('Ann Hale ( D-Ore. ) , the senior Democrat , has opposed it'), 2),
      subjectAppositiveEnd(spacedTokens('Ann Hale ( D-Ore. ) has opposed it'), 2),
      subjectAppositiveEnd(spacedTokens('Ann Hale ( QUOTE ) , the senior Democrat , has opposed it'), 2),
    ]).toEqual([9, -1, -1]);
  });

  it('finds none when no comma follows the subject, a quote comes first, or the comma opens a name', () => {
    expect([
      subjectAppositiveEnd(spacedTokens('Ann Hale stood beside them , and said'), 2),
      subjectAppositiveEnd(spacedTokens('Ann Hale , QUOTE , said'), 2),
      subjectAppositiveEnd(spacedTokens('Ann Hale , 44 , Tom Hale'), 2),
    ]).toEqual([-1, -1, -1]);
  });
});

describe('joinedSpeechVerb', () => {
  it('finds the speech verb joined by “and” to the subject’s verb, past an appositive set off after the subject', () => {
    expect([
      joinedSpeechVerb(spacedTokens('Ann Hale thanked the crew and said :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale , 44 , stood beside the detectives and said :'), 2),
    ]).toEqual([6, 10]);
  });

  it('reads past verbs of the subject’s own joined in a row by commas, “and” and “then” (“…, and then paused, and said”)', () => {
    expect([
      joinedSpeechVerb(spacedTokens('Ann Hale read four lines of Lear , and then paused , and said :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale read four lines of Lear , then paused and said :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale read four lines and then said :'), 2),
    ]).toEqual([13, 11, 7]);
  });

  it('finds the speech verb “then” joins after a comma with no “and” (“Ann Hale paused, then added:”)', () => {
    expect([
      joinedSpeechVerb(spacedTokens('Ann Hale paused , then added :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale paused , then Berg added :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale paused , then left the stage'), 2),
    ]).toEqual([5, -1, -1]);
  });

  for (const adverb of [...JOINING_ADVERBS].sort()) {
    it(`finds the speech verb “${adverb}” joins after “and” or a comma (“Ann Hale paused and ${adverb} said:”)`, () => {
      expect([
        joinedSpeechVerb(spacedTokens(`Ann Hale read four lines and ${adverb} said :`), 2),
        joinedSpeechVerb(spacedTokens(`Ann Hale paused , ${adverb} added :`), 2),
        joinedSpeechVerb(spacedTokens(`Ann Hale paused , ${adverb} Berg added :`), 2),
      ]).toEqual([7, 5, -1]);
    });
  }

  it('gives the quote after “NAME chaired a meeting … and later told reporters,” to NAME', () => {
    expect(
      quoteSpeakers([
        'The coalition crisis in the state deepened on Wednesday, a day after the junior partner walked out of government.',
        'Chief Minister Ravi Tirkan met his party’s members at his farmhouse and later told reporters, “Every one of us stands behind this government.”',
      ]),
    ).toEqual(['Ravi Tirkan']);
  });

  it('gives each verb joined in a row by a comma the reach again, up to three times the reach from the subject', () => {
    const long = 'arrives at the hotel bar near the harbour five minutes late';
    expect([
      joinedSpeechVerb(spacedTokens(`Ann Hale ${long} , orders a glass of white wine and apologises for`), 2),
      joinedSpeechVerb(spacedTokens(`Ann Hale ${long} near the old pier and apologises for`), 2),
      joinedSpeechVerb(spacedTokens(`Ann Hale ${long} , ${long} , ${long} , orders wine and apologises for`), 2),
    ]).toEqual([21, -1, -1]);
  });

  for (const conjunction of [...CLAUSE_CONJUNCTIONS].sort())
    it(`stops at a comma before “${conjunction}”, which opens a clause with a subject of its own`, () => {
      expect(
        joinedSpeechVerb(
          spacedTokens(`Ann Hale arrived , flanked by police , ${conjunction} protesters waited and shouted :`),
          2,
        ),
      ).toBe(-1);
    });

  it('stops at a comma opening somebody else’s clause: a relative pronoun, a capitalised subject, a he or she', () => {
    expect([
      joinedSpeechVerb(spacedTokens('Ann Hale met Tom Berg , who smiled and said :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale bowed , Berg nodded and said :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale bowed , he nodded and said :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale bowed and Berg said :'), 2),
      joinedSpeechVerb(spacedTokens('Ann Hale arrived , and the crowd cheered and chanted :'), 2),
    ]).toEqual([-1, -1, -1, -1, -1]);
  });

  it('gives “He read four lines, and then paused, and said quietly: “…”” to the one the he stands for', () => {
    expect(
      quoteSpeakers([
        'The old theatre on the quay closed on Saturday after a last night of songs and speeches.',
        'Sir Tomas Brandt was the last to speak from its stage.',
        'He read four lines of Lear, and then paused, and said quietly: “That is all I have. Farewell, old house.”',
      ]),
    ).toEqual(['Tomas Brandt']);
  });
});

describe('participleSpeechVerb', () => {
  it('finds a speech verb’s participle right after the comma closing the clause, only lower-case words between', () => {
    expect([
      participleSpeechVerb(spacedTokens('Ann Hale was less forgiving , telling local radio'), 2),
      participleSpeechVerb(spacedTokens('Ann Hale was less forgiving , adding that'), 2),
      participleSpeechVerb(spacedTokens('Ann Hale was less forgiving , walking out'), 2),
      participleSpeechVerb(spacedTokens('Ann Hale met Tom Berg , telling him'), 2),
    ]).toEqual([6, 6, -1, -1]);
  });

  it('credits the first name of a sentence with no subject read when its clause closes with “, telling”', () => {
    const book = buildQuoteBook([
      story('participle', [
        'The club left its most experienced goalkeeper out of the cup final squad, a call that split former players.',
        'Former Cup winner Ned Harrow was less forgiving, telling KRT radio the decision was "a gift to the other side".',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.speaker === null ? null : names.get(q.speaker), q.cue])).toEqual([
      ['Ned Harrow', 'Ned Harrow was less forgiving, telling'],
    ]);
  });
});

describe('hearsay of the subject’s own words (HEARSAY_PARTICIPLES)', () => {
  for (const participle of [...HEARSAY_PARTICIPLES].sort()) {
    it(`gives “NAME was ${participle} to have told staff: “…”” to NAME`, () => {
      const book = buildQuoteBook([
        story('hearsay', [
          'Rovers sacked head coach Milan Petrak on Monday after a 3-0 derby defeat left the club near the bottom.',
          `Petrak was ${participle} to have told staff on Monday morning: “I knew this was coming the moment the third goal went in.”`,
        ]),
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual(['milan petrak']);
    });
  }
});

describe('a speech verb’s word opening a compound noun (SPEECH_VERB_NOUN_COMPOUNDS)', () => {
  for (const [verb, nouns] of SPEECH_VERB_NOUN_COMPOUNDS)
    for (const noun of [...nouns].sort())
      it(`reads no speech verb in “a ${verb} ${noun}”, so “NAME hit back, saying figures by a ${verb} ${noun} were “…”” is NAME's`, () => {
        const book = buildQuoteBook([
          story('verb-noun-compound', [
            `Housing Minister Lerato Kuhn hit back on Tuesday, saying the figures published by an opposition ${verb} ${noun} were “simply wrong and badly sourced”.`,
          ]),
        ]);
        expect(book.quotes.map((q) => q.speaker)).toEqual(['lerato kuhn']);
      });
});

describe('a speech verb’s word before a particle of another sense (NON_SPEECH_PARTICLES)', () => {
  for (const [verb, particle] of [...NON_SPEECH_PARTICLES].sort())
    it(`reads no speech verb in “${verb} ${particle}”, and one in “${verb} that”`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`the figures ${verb} ${particle} now`), 2),
        isSpeechVerbAt(spacedTokens(`the minister ${verb} that`), 2),
      ]).toEqual([false, true]);
    });

  it('gives the quote under “For NAME, the sums never add up.” to NAME', () => {
    expect(
      quoteSpeakers([
        'Tavo Renn, who keeps bees on the hill, said most keepers had sold their hives before the winter.',
        'For Renn, the sums never add up.',
        '“Sugar for the winter costs double. The jars cost more. And the shops pay less for honey.”',
      ]),
    ).toEqual(['Tavo Renn']);
  });
});

describe('a speech verb’s word in -s before a plural verb (PLURAL_VERBS_AFTER_NOUN)', () => {
  for (const verb of [...PLURAL_VERBS_AFTER_NOUN].sort())
    it(`reads no speech verb in “the claims ${verb} …” and one in “the miner claims it …”`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`after the old claims ${verb} sold`), 3),
        isSpeechVerbAt(spacedTokens('the miner claims it was staked'), 2),
      ]).toEqual([false, true]);
    });

  it('gives the quote after “NAME recalled … after the old claims were sold:” to NAME', () => {
    expect(
      quoteSpeakers([
        'Dozens of people spoke at the hearing on the proposed mine on the creek on Tuesday evening in the town hall.',
        'Elder Mira Kaldor recalled her father’s words after the old mining claims were sold: “He told me to guard the water.”',
      ]),
    ).toEqual(['Mira Kaldor']);
  });
});

describe('a speech verb with a counted object (COUNTED_OBJECT_VERBS)', () => {
  for (const verb of [...COUNTED_OBJECT_VERBS].sort())
    it(`reads no speech verb in “${verb} three penalties” or “${verb} 12 charges”, and one in “${verb} that …”`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`the side ${verb} three penalties`), 2),
        isSpeechVerbAt(spacedTokens(`the side ${verb} 12 charges`), 2),
        isSpeechVerbAt(spacedTokens(`the coach ${verb} that it was poor`), 2),
      ]).toEqual([false, false, true]);
    });
});

describe('a speech verb’s word after an article', () => {
  for (const article of ['a', 'an', 'the'])
    it(`reads “${article} proposed”, “${article} warning” as nouns, no speech verbs`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`${article} proposed fines`), 1),
        isSpeechVerbAt(spacedTokens(`That was ${article} warning from Ann Hale`), 3),
        isSpeechVerbAt(spacedTokens('Ann Hale warning that'), 2),
        isSpeechVerbAt(spacedTokens(`Officer ${article.toUpperCase()} told the inquest`), 2),
      ]).toEqual([false, false, true, true]);
    });

  it('keeps “Officer A told” a speech verb whose subject is the officer lettered A', () => {
    expect(
      attributed([
        'The hearing into a police shooting in the city centre last March opened on Monday, the coroner said.',
        'Ann Hale, a lawyer for the family, said the officer had fired “without any warning at all”.',
        '“I believed he was reaching for a gun,” Officer A told the inquest.',
      ]).map(([, , cue]) => cue),
    ).toEqual(['Ann Hale, a lawyer for the family, said', 'Officer A told']);
  });

  it('gives “NAME, who …, told members that the proposed fines were “…”” to NAME, not to “the proposed”', () => {
    expect(
      quoteSpeakers([
        'The council met in the old town hall on Tuesday evening to vote on the new budget for the coming year.',
        'Ann Hale, who leads the stallholders, told members that the proposed fines were “far too harsh for a corner shop.”',
      ]),
    ).toEqual(['Ann Hale']);
  });
});

describe('words left out of the speech verbs for their other senses', () => {
  for (const word of ['snorted', 'recommends', 'advises', 'reflects', 'roared', 'raged'])
    it(`reads “${word}” as no speech verb`, () => {
      expect(isSpeechVerbAt(spacedTokens(`Tom Rusk ${word} it`), 2)).toBe(false);
    });

  it('gives “… told the jury that CCTV showed NAME snorted “…”” to the one telling the jury', () => {
    expect(
      quoteSpeakers([
        'A former bank clerk went on trial at the crown court on Monday accused of supplying drugs at a nightclub.',
        'Prosecutor Ann Pell told the jury that CCTV showed Tom Rusk snorted “a line of white powder” in the toilets.',
      ]),
    ).toEqual(['Ann Pell']);
  });
});

describe('a speech verb’s word before a word of another sense (NON_SPEECH_FOLLOWERS)', () => {
  for (const [verb, followers] of [...NON_SPEECH_FOLLOWERS].sort()) {
    for (const follower of [...followers].sort())
      it(`reads “… ${verb} ${follower} …” as no speech verb`, () => {
        const tokens = spacedTokens(`The crew ${verb} ${follower} the old cellar on Tuesday .`);
        expect(isSpeechVerbAt(tokens, 2)).toBe(false);
      });
    it(`still reads “the inquiry ${verb} that …” as one, and “${verb} on appeal that …” (a report ahead)`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`The inquiry ${verb} that the ferry was overloaded .`), 2),
        isSpeechVerbAt(spacedTokens(`The judge ${verb} on appeal that the ferry was overloaded .`), 2),
        isSpeechVerbAt(spacedTokens(`The inspector ${verb} at the scene that the door was forced .`), 2),
      ]).toEqual([true, true, true]);
    });
  }

  it('gives “…,” he said to the subject who spoke before, not to “a pensioner found in the cellar” after him', () => {
    expect(
      quoteSpeakers([
        'The rescue team flew home to Manila on Monday after nine days in the earthquake zone.',
        '“None of us will forget this week,” said Fire Chief Renato Halcon, who led the team.',
        'Halcon said his crew dug out two people alive, among them a pensioner found in the cellar of a shop.',
        '“On day five, you do not expect anything any more,” he said.',
      ]),
    ).toEqual(['Renato Halcon', 'Renato Halcon']);
  });
});

describe('a participle right before a noun of something said is its adjective (“a short written statement”)', () => {
  for (const participle of ['written', 'prepared', 'emailed'])
    it(`reads “in a short ${participle} statement that …” as no speech verb, and gives the quote to the one who said`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`Ana said in a short ${participle} statement that she was sorry .`), 6),
        quoteSpeakers([
          'Investors voted on Tuesday to oust three veteran directors of the bank.',
          `Director Marit Osterhove said in a short ${participle} statement that she “never once put herself before the bank”.`,
        ]),
      ]).toEqual([false, ['Marit Osterhove']]);
    });
});

describe('a speech verb’s participle right after a preposition (ADJECTIVE_PREPOSITIONS)', () => {
  for (const preposition of [...ADJECTIVE_PREPOSITIONS].sort())
    it(`reads “${preposition} repeated complaints” as no speech verb, and “NAME repeated” as one`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`the board acted ${preposition} repeated complaints .`), 4),
        isSpeechVerbAt(spacedTokens('Hale repeated the warning .'), 1),
      ]).toEqual([false, true]);
    });

  it('gives the quotes after “NAME said the ministry was “…” about repeated complaints.” to NAME', () => {
    expect(
      quoteSpeakers([
        'Singers marched to the royalties office in the capital on Monday, and police closed the road for an hour.',
        'In a statement, Culture Secretary Wairimu Ndegwa-Obure said her office was “very troubled” about repeated complaints from artists. “No economy of songs can grow if its singers go unpaid,” the statement read.',
      ]),
    ).toEqual(['Wairimu Ndegwa-Obure', 'Wairimu Ndegwa-Obure']);
  });
});
