// A roundup label set in capitals ("NAME (Team): “…”") names a person, read in title case.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  capsCommaLabelHeading,
  capsLabelName,
  capsNameCommaSideHeading,
  capsNameSideHeading,
  capsRoleNameHeading,
  capsHeadingFullName,
  capsWhatSaidHeading,
  GROUP_OPENERS,
  headingLabelEnd,
  isDashedTail,
  NON_FINISH_CODES,
} from '../../src/quotes/capsLabel.ts';
import { paragraphTokens } from '../../src/quotes/tokens.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';

const LEAD = 'Here is what the managers told reporters after the weekend games.';

/** The caps label name of the run opening the line's tokens, `words` tokens long. */
function labelOf(line: string, words: number): string[] | null {
  const article = story('caps-label', [LEAD, line]);
  const paragraph = article.paragraphs[article.paragraphs.length - 1];
  if (!paragraph) throw new Error('no paragraph');
  const tokens = paragraphTokens(article, paragraph, extractQuotes(article));
  const from = tokens[0]?.text === '•' ? 1 : 0;
  return capsLabelName(tokens, from, from + words);
}

describe('capsLabelName', () => {
  it('reads a capitals name before a bracketed side, a colon and a quote in title case', () => {
    expect(labelOf('GARY MOTTRAM (Harbour Town): “We were second best for an hour and still won.”', 2)).toEqual([
      'Gary',
      'Mottram',
    ]);
  });

  it('reads the name after role words in capitals opening the label (“HARBOUR COACH NAME:”)', () => {
    expect([
      labelOf('HARBOUR COACH GARY MOTTRAM: “We were second best for an hour and still won.”', 4),
      labelOf('HARBOUR HEAD COACH GARY MOTTRAM: “We were second best for an hour and still won.”', 5),
      labelOf('HARBOUR TOWN GARY MOTTRAM: “We were second best for an hour and still won.”', 4),
    ]).toEqual([['Gary', 'Mottram'], ['Gary', 'Mottram'], null]);
  });

  it('reads a name with particles inside it, which are no name words of their own', () => {
    expect([
      labelOf('GARY VAN DER MOTT: “We were second best for an hour and still won.”', 4),
      labelOf('GARY ELIN ROSS VAN MOTT: “We were second best for an hour and still won.”', 5),
    ]).toEqual([['Gary', 'van', 'der', 'Mott'], null]);
  });

  it('reads a bulleted capitals name with an apostrophe or hyphen inside its words', () => {
    expect(labelOf('• SEAN O’DARE-LYNCH: “The lads ran until they dropped and I cannot ask for more.”', 2)).toEqual([
      'Sean',
      'O’Dare-Lynch',
    ]);
  });

  it('reads nothing when a dateline in capitals has no colon and quote after its bracket', () => {
    expect(labelOf('NEW HAVEN (AP) — Police said on Monday that the road would stay closed.', 2)).toBeNull();
  });

  it('reads nothing when the capitals run does not open the sentence', () => {
    expect(labelOf('Then GARY MOTTRAM (Harbour Town): “We were second best for an hour.”', 2)).toBeNull();
  });

  it('reads nothing when one word of the run is a single letter or holds a digit', () => {
    expect([
      labelOf('J MOTTRAM (Harbour Town): “We were second best for an hour.”', 2),
      labelOf('U21 COACH: “We were second best for an hour.”', 2),
    ]).toEqual([null, null]);
  });

  it('gives the quote under a capitals label to that person, known by the surname elsewhere', () => {
    const book = buildQuoteBook([
      story('caps-roundup', [
        'Harbour Town boss Gary Mottram refused to discuss the striker again on Friday.',
        LEAD,
        'GARY MOTTRAM (Harbour Town): “He is not for sale at any price, and he starts on Saturday.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual(['Gary Mottram']);
  });
});

/** The caps label name of a heading line over a quote paragraph, its first `words` tokens. */
function headingLabelOf(line: string, words: number): string[] | null {
  const article = story('caps-heading', [
    'Both coaches spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
    line,
    '“We finished strongly and I cannot fault the effort of anybody in the squad today.”',
  ]);
  const paragraph = article.paragraphs.find((p) => p.kind === 'heading');
  if (!paragraph) throw new Error('no heading');
  return capsLabelName(paragraphTokens(article, paragraph, extractQuotes(article)), 0, words);
}

describe('capsLabelName on a heading of a name, a dash and a role in capitals', () => {
  it('reads the name in title case when a role in capitals follows the dash', () => {
    expect(headingLabelOf('GARY MOTTRAM – HEAD COACH, HARBOUR TOWN', 2)).toEqual(['Gary', 'Mottram']);
  });

  it('reads nothing when the words after the dash hold no role', () => {
    expect(headingLabelOf('GARY MOTTRAM – HARBOUR TOWN', 2)).toBeNull();
  });

  it('reads nothing when prose follows the dash, as after a dateline', () => {
    expect(labelOf('NEW HAVEN — Police said the coach was at the ground.', 2)).toBeNull();
  });

  it('gives the quote paragraphs under such a heading to that person', () => {
    const book = buildQuoteBook([
      story('caps-role-heading', [
        'Both coaches spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
        'GARY MOTTRAM – HEAD COACH, HARBOUR TOWN',
        '“We finished strongly and I cannot fault the effort of anybody in the squad today.”',
        '“The bench gave us energy when we needed it most, and that is what it is there for.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Gary Mottram',
      'Gary Mottram',
    ]);
  });

  it('reads a role set off by a comma as it reads one set off by a dash (“NAME, HEAD COACH”), and gives the quotes under it to that person', () => {
    const book = buildQuoteBook([
      story('caps-comma-heading', [
        'Both coaches spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
        'GARY MOTTRAM, HEAD COACH',
        '“We finished strongly and I cannot fault the effort of anybody in the squad today.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual(['Gary Mottram']);
  });

  it('reads a role in any case after the comma (“GARY MOTTRAM, Head Coach of the Year”), never after a dash', () => {
    expect([
      headingLabelOf('GARY MOTTRAM, Head Coach of the Year', 2),
      headingLabelOf('GARY MOTTRAM – Head Coach of the Year', 2),
    ]).toEqual([['Gary', 'Mottram'], null]);
  });

  it('gives the quotes to nobody when the words after the comma hold no role (“GARY MOTTRAM, HARBOUR TOWN”)', () => {
    const book = buildQuoteBook([
      story('caps-comma-no-role', [
        'Both coaches spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
        'GARY MOTTRAM, HARBOUR TOWN',
        '“We finished strongly and I cannot fault the effort of anybody in the squad today.”',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

/** A story with the heading line between a lead and a quote. */
function headedStory(line: string): ReturnType<typeof story> {
  return story('caps-label-heading', [
    'Both coaches spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
    line,
    '“We finished strongly and I cannot fault the effort of anybody in the squad today.”',
  ]);
}

/** The tokens of the heading line in headedStory. */
function headingTokens(line: string): ReturnType<typeof paragraphTokens> {
  const article = headedStory(line);
  const paragraph = article.paragraphs.find((p) => p.kind === 'heading');
  if (!paragraph) throw new Error('no heading');
  return paragraphTokens(article, paragraph, extractQuotes(article));
}

describe('headingLabelEnd', () => {
  it('finds where the words after a short label and its colon start (“SOUNDBITE (English): NAME, role”)', () => {
    expect([
      headingLabelEnd(headingTokens('SOUNDBITE (English): Gary Mottram, coach')),
      headingLabelEnd(headingTokens('Reaction: Gary Mottram, coach')),
    ]).toEqual([5, 2]);
  });

  it('finds no label when the colon comes later than six tokens in or none stands in the heading', () => {
    expect([
      headingLabelEnd(headingTokens('The view from the home dugout tonight: Gary Mottram, coach')),
      headingLabelEnd(headingTokens('Gary Mottram, coach')),
    ]).toEqual([0, 0]);
  });

  it('reads a capitals name after such a label, with its role after a comma, and gives the quote under it to that person', () => {
    const line = 'SOUNDBITE (English): GARY MOTTRAM, Head Coach of Harbour Town';
    const book = buildQuoteBook([
      story('caps-label-soundbite', [
        'Both coaches spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
        line,
        '“We finished strongly and I cannot fault the effort of anybody in the squad today.”',
      ]),
    ]);
    expect([
      capsLabelName(headingTokens(line), 5, 7),
      book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null),
    ]).toEqual([['Gary', 'Mottram'], ['Gary Mottram']]);
  });
});

describe('a roundup heading in capitals in the coreference', () => {
  it('is the subject a role and a he under it stand for (“JAMIE ODE (Rovers)” ¶ “The midfielder … he …”)', () => {
    const book = buildQuoteBook([
      story('caps-side-coreference', [
        'Rovers beat Harbour Town 2-1 on Saturday to stay top of the table, with two goals after the break.',
        'KIERAN ODE (Rovers)',
        '"It was a header I have practised since I was nine," said the defender.',
        'JAMIE ODE (Rovers)',
        'The midfielder, who limped off after an hour, insisted he would be fit for the cup tie on Tuesday.',
        '"It is a bit sore, but I have had worse off Kieran in training," he laughed.',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Kieran Ode',
      'Jamie Ode',
    ]);
  });
});

describe('capsRoleNameHeading', () => {
  it('reads a role and a full name in capitals when the words under it write the surname so', () => {
    const below = (text: string) => [
      { kind: 'word' as const, text, start: 0, end: 0, lower: text.toLowerCase(), capital: true },
    ];
    expect([
      capsRoleNameHeading(headingTokens('CAPTAIN NUALA OKAFOR-HALE'), below('Okafor-Hale')),
      capsRoleNameHeading(headingTokens('CAPTAIN NUALA OKAFOR-HALE'), below('Brennan')),
      capsRoleNameHeading(headingTokens('NUALA OKAFOR-HALE'), below('Okafor-Hale')),
    ]).toEqual([['Nuala', 'Okafor-Hale'], null, null]);
  });

  it('reads particles inside the name in their own case (“CAPTAIN PIET VAN DER BERGH”)', () => {
    const below = [{ kind: 'word' as const, text: 'Bergh', start: 0, end: 0, lower: 'bergh', capital: true }];
    expect(capsRoleNameHeading(headingTokens('CAPTAIN PIET VAN DER BERGH'), below)).toEqual([
      'Piet',
      'van',
      'der',
      'Bergh',
    ]);
  });

  it('reads the role and name after a country or body set off by a dash (“VELMORIA — PRESIDENT ...”)', () => {
    const below = (text: string) => [
      { kind: 'word' as const, text, start: 0, end: 0, lower: text.toLowerCase(), capital: true },
    ];
    expect([
      capsRoleNameHeading(headingTokens('VELMORIA — PRESIDENT ODILE MARCH SANZ'), below('Sanz')),
      capsRoleNameHeading(headingTokens('NORTHERN UNION — COUNCIL PRESIDENT KAJ VAN DER HOLT'), below('Holt')),
      capsRoleNameHeading(headingTokens('VELMORIA — ODILE MARCH SANZ'), below('Sanz')),
    ]).toEqual([['Odile', 'March', 'Sanz'], ['Kaj', 'van', 'der', 'Holt'], null]);
  });

  it('gives the quotes under a topic label under a “ROLE NAME” heading to the full name', () => {
    const book = buildQuoteBook([
      story('caps-role-topic', [
        'The Windjammers beat the Stockyards 6-4 in ten innings on Sunday afternoon at Riverside Park.',
        'MANAGER ODILE MARCH-SANZ',
        'On the double in the tenth:',
        '"She has been doing that all month. She does not try to do too much, and she drove it."',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Odile March-Sanz',
    ]);
  });

  it('gives the quote paragraphs right under a “PLACE ROLE NAME” heading to the full name', () => {
    const book = buildQuoteBook([
      story('caps-role-quote-below', [
        'A power cut stopped the cup final for twenty minutes on Saturday. Here is what the two benches said afterwards.',
        'HARBOURSIDE COACH ODILE MARCH-SANZ',
        '"You notice the lights first, then the noise of the crowd goes. I was proud of how calm the girls stayed."',
        '"The second half was untidy and we gave away too many free kicks, but a final is a final."',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Odile March-Sanz',
      'Odile March-Sanz',
    ]);
  });

  it('leaves a quotation under a “ROLE NAME” heading to the speaker its own sentence names', () => {
    const book = buildQuoteBook([
      story('caps-role-quote-said', [
        'An inquiry into the harbour hospital published its findings on Thursday morning.',
        'HEALTH SECRETARY ODILE MARCH-SANZ',
        '"The trust failed to act on clear warnings from its own staff for three years," the report said.',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([null]);
  });

  it('gives the quotes under a “COUNTRY — ROLE NAME” heading to the full name', () => {
    const book = buildQuoteBook([
      story('caps-dash-role-name', [
        'Governments across the region reacted on Friday to the new levy on imported grain.',
        'VELMORIA — PRESIDENT ODILE MARCH SANZ',
        'Speaking at her weekly briefing, March Sanz said her government would not act "in anger" over the levy.',
        '"We will keep talking, because talking has served us well before," she said.',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Odile March Sanz',
      'Odile March Sanz',
    ]);
  });

  it('makes the full name the person whose surname speaks under it', () => {
    const book = buildQuoteBook([
      story('caps-role-name', [
        'Both captains spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
        'CAPTAIN NUALA OKAFOR-HALE',
        'Asked about the crowd, Okafor-Hale said: “The noise in the last ten minutes carried us over the line.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Nuala Okafor-Hale',
    ]);
  });
});

/** The tokens of the quote the heading line stands over in headedStory. */
function quoteTokensUnder(line: string): ReturnType<typeof paragraphTokens> {
  const article = headedStory(line);
  const paragraph = article.paragraphs.at(-1);
  if (!paragraph) throw new Error('no quote');
  return paragraphTokens(article, paragraph, extractQuotes(article));
}

describe('isDashedTail', () => {
  const tail = (line: string): ReturnType<typeof paragraphTokens> => {
    const tokens = headingTokens(line);
    return tokens.slice(tokens.findIndex((t) => t.text === ')') + 1);
  };
  it('is true for a dash and up to eight words, and false with no dash or more words', () => {
    expect([
      isDashedTail(tail('TAMSIN ODUYA (Harbour Town) – race winner')),
      isDashedTail(tail('TAMSIN ODUYA (Harbour Town) — leader after stage two')),
      isDashedTail(tail('TAMSIN ODUYA (Harbour Town) - youngest finisher')),
      isDashedTail(tail('TAMSIN ODUYA (Harbour Town) race winner')),
      isDashedTail(tail('TAMSIN ODUYA (Harbour Town) –')),
      isDashedTail(tail('TAMSIN ODUYA (Harbour Town) – third on the day after one long hard chase')),
    ]).toEqual([true, true, true, false, false, false]);
  });
});

describe('capsNameSideHeading', () => {
  const below = headingTokens('TAMSIN ODUYA (Harbour Town)');
  it('reads a full name in capitals with the side in brackets closing the heading, after any role words', () => {
    expect([
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('COACH TAMSIN ODUYA (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('TAMSIN ELIN ODUYA (Harbour Town)'), below),
    ]).toEqual([
      ['Tamsin', 'Oduya'],
      ['Tamsin', 'Oduya'],
      ['Tamsin', 'Elin', 'Oduya'],
    ]);
  });

  it('reads particles inside the name in lower case, the Irish ones with their capital', () => {
    expect([
      capsNameSideHeading(headingTokens('MARIELA DE LA TORRE (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('CATHAL Ó DUINN (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('DE LA TORRE (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('MARIELA ELIN DE LA TORRE (Harbour Town)'), below),
    ]).toEqual([
      ['Mariela', 'de', 'la', 'Torre'],
      ['Cathal', 'Ó', 'Duinn'],
      null,
      ['Mariela', 'Elin', 'de', 'la', 'Torre'],
    ]);
  });

  it('reads the name when a player’s result follows the bracket, as scores pages head each player’s quotes', () => {
    expect([
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (DEN) — 67 (-12), two clear'), below),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (DEN) –11'), below),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (DEN) — leads by two'), below),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (DEN) — 66 with seven birdies and an eagle late'), below),
    ]).toEqual([['Tamsin', 'Oduya'], ['Tamsin', 'Oduya'], null, null]);
  });

  it('reads the name over a bracket of up to twelve tokens, the award and figures in it, and none over a longer one', () => {
    expect([
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Player of the Match, 87 off 52)'), below),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Player of the Match, 87 off 52 balls with six fours)'), below),
    ]).toEqual([['Tamsin', 'Oduya'], null]);
  });

  it('reads the name when a dash and a few words on what the speaker did follow the bracket, over a quote', () => {
    const quote = quoteTokensUnder('TAMSIN ODUYA (Harbour Town) – race winner');
    expect([
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Harbour Town) – race winner'), quote),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Harbour Town) – third on the day'), quote),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Harbour Town) – race winner'), below),
    ]).toEqual([['Tamsin', 'Oduya'], ['Tamsin', 'Oduya'], null]);
  });

  it('reads the name before a role a comma sets off ahead of the bracket, and none before words with no role', () => {
    expect([
      capsNameSideHeading(headingTokens('TAMSIN ODUYA, team manager (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA, Harbour Town (DEN)'), below),
    ]).toEqual([['Tamsin', 'Oduya'], null]);
  });

  it('reads no name when the heading has no bracket closing it, one word, title case or nothing under it', () => {
    expect([
      capsNameSideHeading(headingTokens('TAMSIN ODUYA'), below),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Harbour Town) ON THE DRAW'), below),
      capsNameSideHeading(headingTokens('ODUYA (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('Tamsin Oduya (Harbour Town)'), below),
      capsNameSideHeading(headingTokens('TAMSIN ODUYA (Harbour Town)'), []),
    ]).toEqual([null, null, null, null, null]);
  });

  it('gives the quotes under it to that person, a role noun in its credit and the paragraph after too', () => {
    const book = buildQuoteBook([
      story('caps-name-side', [
        'Both sides spoke to reporters after the draw at the harbour ground on Saturday afternoon, a late equaliser settling it.',
        'TAMSIN ODUYA (Harbour Town)',
        '“I have practised that header since I was a girl in the back garden with my brothers,” said the defender.',
        '“Mum will be in tears up in the main stand, she has not missed a match all year.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Tamsin Oduya',
      'Tamsin Oduya',
    ]);
  });
});

describe('capsNameCommaSideHeading', () => {
  const quote = quoteTokensUnder('TAMSIN ODUYA, Harbour Racing – 1st');
  it('reads a full name in capitals before a comma, the side and a dash with the result, over a quote', () => {
    expect([
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing – 1st'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing – DNF'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing – DSQ'), quote),
      capsNameCommaSideHeading(headingTokens('DRIVER TAMSIN ODUYA, Harbour Racing Team – 12th'), quote),
    ]).toEqual([
      ['Tamsin', 'Oduya'],
      ['Tamsin', 'Oduya'],
      ['Tamsin', 'Oduya'],
      ['Tamsin', 'Oduya'],
    ]);
  });

  for (const code of [...NON_FINISH_CODES].sort()) {
    it(`reads the name over the code “${code.toUpperCase()}” of a driver who did not finish`, () => {
      const heading = headingTokens(`TAMSIN ODUYA, Harbour Racing – ${code.toUpperCase()}`);
      expect(capsNameCommaSideHeading(heading, quote)).toEqual(['Tamsin', 'Oduya']);
    });
  }

  it('reads no name when no quote is under it, the side has a lower-case word or over four words, or no dash', () => {
    expect([
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing – 1st'), []),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing – 1st'), headingTokens('TAMSIN ODUYA')),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, of Harbour Racing – 1st'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour City Motor Racing Club – 1st'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing 1st'), quote),
    ]).toEqual([null, null, null, null, null]);
  });

  it('reads no name for a fee, a mark or a fate after the dash, or a placing run on past three words', () => {
    expect([
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing – 9th, fastest lap'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Rovers – £105m'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Rovers – 7'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Rovers – sacked'), quote),
      capsNameCommaSideHeading(headingTokens('TAMSIN ODUYA, Harbour Racing – 1st after a long chase'), quote),
    ]).toEqual([['Tamsin', 'Oduya'], null, null, null, null]);
  });

  it('reads no name for a surname alone, title case or a group', () => {
    expect([
      capsNameCommaSideHeading(headingTokens('ODUYA, Harbour Racing – 1st'), quote),
      capsNameCommaSideHeading(headingTokens('Tamsin Oduya, Harbour Racing – 1st'), quote),
      capsNameCommaSideHeading(headingTokens('BOTH DRIVERS, Harbour Racing – 1st'), quote),
    ]).toEqual([null, null, null]);
  });

  it('gives each quote paragraph under such a heading to its name, not to the driver named before', () => {
    const book = buildQuoteBook([
      story('caps-comma-side', [
        'Tamsin Oduya won from pole at the harbour circuit on Sunday, with Petra Lindqvist second after a late charge.',
        'TAMSIN ODUYA, Harbour Racing – 1st',
        '“The car was perfect from the first lap to the flag, and the crew gave me a perfect stop.”',
        'PETRA LINDQVIST, Nordvik Motorsport – 2nd',
        '“I had nothing left for the last ten laps and the tyres were finished long before the end.”',
        '“Second is good points, and we take it home and look at the data.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Tamsin Oduya',
      'Petra Lindqvist',
      'Petra Lindqvist',
    ]);
  });
});

describe('capsWhatSaidHeading', () => {
  it('reads the full name between WHAT and SAID or SAYS, after any role words in capitals', () => {
    expect([
      capsWhatSaidHeading(headingTokens('WHAT TAMSIN ODUYA SAID')),
      capsWhatSaidHeading(headingTokens('WHAT HEAD COACH TAMSIN ODUYA SAYS')),
      capsWhatSaidHeading(headingTokens('WHAT MARIELA DE LA TORRE SAID')),
    ]).toEqual([
      ['Tamsin', 'Oduya'],
      ['Tamsin', 'Oduya'],
      ['Mariela', 'de', 'la', 'Torre'],
    ]);
  });

  it('reads one name word alone, but no word of a group, a role or a pronoun', () => {
    expect([
      capsWhatSaidHeading(headingTokens('WHAT ODUYA SAID')),
      capsWhatSaidHeading(headingTokens('WHAT TAMSIN SAYS')),
      capsWhatSaidHeading(headingTokens('WHAT YOU SAID')),
      capsWhatSaidHeading(headingTokens('WHAT PLAYERS SAID')),
      capsWhatSaidHeading(headingTokens('WHAT COACH SAID')),
    ]).toEqual([['Oduya'], ['Tamsin'], null, null, null]);
  });

  it('gives the quotes under “WHAT GIVEN-NAME SAID” to the one person of the article so called, and none to a stranger', () => {
    const book = buildQuoteBook([
      story('caps-what-given', [
        'Harbour Town won the final 2-1 on Saturday, with winger Tamsin Oduya scoring both goals before a crowd of 6,000.',
        'WHAT TAMSIN SAID',
        'Our winger was all smiles in the tunnel after the best afternoon of her season so far.',
        '“I just kept running at them, and the second one went in off my shin.”',
        'WHAT MARISOL SAID',
        '“We gave everything and came up just short against a very good side.”',
      ]),
    ]);
    expect([
      book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null),
      book.people.map((p) => p.name),
    ]).toEqual([['Tamsin Oduya', null], ['Tamsin Oduya']]);
  });

  it('gives nobody the quotes under “WHAT WORD SAID” when the word is one person’s given name and another’s surname', () => {
    const book = buildQuoteBook([
      story('caps-what-both', [
        'Grant Holm won the county seat by 41 votes on Friday night after a recount, beating the sitting member Ana Grant.',
        '“We ran a clean campaign and I wish her well,” Ana Grant told supporters at the town hall.',
        'Grant Holm, a retired teacher, thanked his volunteers at a pub on the high street.',
        'WHAT GRANT SAID',
        '“This is a win for every family in this town who has had enough of waiting.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Ana Grant', null]);
  });

  it('gives a full name of the heading as one the article writes in full, and no one word (capsHeadingFullName)', () => {
    const below = spacedTokens('QUOTE');
    expect([
      capsHeadingFullName(headingTokens('WHAT TAMSIN ODUYA SAID'), below),
      capsHeadingFullName(headingTokens('WHAT TAMSIN SAID'), below),
    ]).toEqual([['Tamsin', 'Oduya'], null]);
  });

  it('reads no name for title case, another closing word or a group of people', () => {
    expect([
      capsWhatSaidHeading(headingTokens('What Tamsin Oduya Said')),
      capsWhatSaidHeading(headingTokens('WHAT TAMSIN ODUYA WANTS')),
      capsWhatSaidHeading(headingTokens('WHAT THE PLAYERS SAID')),
      capsWhatSaidHeading(headingTokens('WHAT PARTY LEADERS SAID')),
      capsWhatSaidHeading(headingTokens('WHAT LOCAL CHURCHES SAID')),
    ]).toEqual([null, null, null, null, null]);
  });

  for (const opener of [...GROUP_OPENERS].sort()) {
    it(`reads no name when "${opener}" opens the words, a group's opener (GROUP_OPENERS)`, () => {
      expect(capsWhatSaidHeading(headingTokens(`WHAT ${opener.toUpperCase()} TEACHERS SAID`))).toBe(null);
      expect(capsWhatSaidHeading(headingTokens(`WHAT ${opener.toUpperCase()} ODUYA SAID`))).toBe(null);
    });
  }

  it('gives the quote paragraphs under such a heading to that person', () => {
    const book = buildQuoteBook([
      story('caps-what-said', [
        'Here is what the coaches told reporters after the final at the harbour ground on Saturday afternoon.',
        'WHAT HEAD COACH TAMSIN ODUYA SAID',
        '“We defended for our lives in the last ten minutes and the keeper was magnificent.”',
        '“The young lads will remember this night for the rest of their careers.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Tamsin Oduya',
      'Tamsin Oduya',
    ]);
  });
});

describe('capsCommaLabelHeading', () => {
  const QUOTE = spacedTokens('QUOTE');
  it('reads the full name before the first comma of a wire’s label closed by a colon, after any role words', () => {
    expect([
      capsCommaLabelHeading(spacedTokens('TRADE MINISTER TAMSIN ODUYA , SPEAKING TO REPORTERS :'), QUOTE),
      capsCommaLabelHeading(spacedTokens('SHADOW TREASURER MARIELA DE LA TORRE , IN A BLOG POST :'), QUOTE),
      capsCommaLabelHeading(spacedTokens('TAMSIN ODUYA , CHIEF ECONOMIST , HARBOUR BANK , OSLO :'), QUOTE),
    ]).toEqual([
      ['Tamsin', 'Oduya'],
      ['Mariela', 'de', 'la', 'Torre'],
      ['Tamsin', 'Oduya'],
    ]);
  });

  it('reads no name without the colon, over prose, in title case, for a surname alone or for a group', () => {
    const prose = spacedTokens('The minister spoke to reporters at the harbour on Monday .');
    expect([
      capsCommaLabelHeading(spacedTokens('TRADE MINISTER TAMSIN ODUYA , SPEAKING TO REPORTERS'), QUOTE),
      capsCommaLabelHeading(spacedTokens('TRADE MINISTER TAMSIN ODUYA , SPEAKING TO REPORTERS :'), prose),
      capsCommaLabelHeading(spacedTokens('Trade Minister Tamsin Oduya , speaking to reporters :'), QUOTE),
      capsCommaLabelHeading(spacedTokens('MINISTER ODUYA , SPEAKING TO REPORTERS :'), QUOTE),
      capsCommaLabelHeading(spacedTokens('RIVAL PARTY LEADERS , IN A STATEMENT :'), QUOTE),
    ]).toEqual([null, null, null, null, null]);
  });

  it('gives the quote paragraphs under such labels, a long one in the body too, to each person', () => {
    const book = buildQuoteBook([
      story('wire-reaction', [
        'The island’s treasury chief quit on Friday after a row with cabinet over the harbour bond, officials confirmed.',
        'Reactions from ministers and bankers follow:',
        'TRADE MINISTER TAMSIN ODUYA, SPEAKING TO REPORTERS:',
        '“The bank sets its own course. We give our view on growth like any treasury does.”',
        'MARIELA DE LA TORRE, SENIOR RATES ANALYST, KESTREL SECURITIES NORDIC, OSLO:',
        '“The timing matters more than the cut itself.”',
        '“Bond buyers will want a higher price for a while yet.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Tamsin Oduya',
      'Mariela de la Torre',
      'Mariela de la Torre',
    ]);
  });
});

describe('capsCommaLabelHeading with the speaker’s role in lower case or prose under it', () => {
  const QUOTE = spacedTokens('QUOTE');
  it('reads the name of a label whose role after the comma is in lower case, over a quote or prose writing the surname', () => {
    expect([
      capsCommaLabelHeading(spacedTokens('SEN ROSALIND VARGA-ODE , chair of the water committee :'), QUOTE),
      capsCommaLabelHeading(
        spacedTokens('ROSALIND VARGA-ODE , chair of the water committee :'),
        spacedTokens('Varga-Ode said the bill was late .'),
      ),
    ]).toEqual([
      ['Rosalind', 'Varga-Ode'],
      ['Rosalind', 'Varga-Ode'],
    ]);
  });

  it('reads no name over prose that does not write the surname, or when the name is not in capitals', () => {
    expect([
      capsCommaLabelHeading(
        spacedTokens('ROSALIND VARGA-ODE , chair of the water committee :'),
        spacedTokens('The committee met on Monday .'),
      ),
      capsCommaLabelHeading(spacedTokens('Rosalind VARGA-ODE , chair of the water committee :'), QUOTE),
    ]).toEqual([null, null]);
  });

  it('reads no name when what the comma sets off in lower case names no role and opens no “who” clause', () => {
    expect([
      capsCommaLabelHeading(spacedTokens('STORM ROSALIND , the latest :'), QUOTE),
      capsCommaLabelHeading(spacedTokens('KESTREL STREET , one year on :'), QUOTE),
      capsCommaLabelHeading(spacedTokens('ROSALIND VARGA-ODE , 34 , from Kestwick :'), QUOTE),
      capsCommaLabelHeading(spacedTokens('ROSALIND VARGA-ODE , who voted against the bill :'), QUOTE),
    ]).toEqual([null, null, null, ['Rosalind', 'Varga-Ode']]);
  });

  it('gives the quotes of a reactions roundup to the person each label names, by quote and by surname', () => {
    expect(
      quoteSpeakers([
        'The upper house passed the water bill late on Tuesday by a wide margin after a long night of amendments.',
        'SEN. ROSALIND VARGA-ODE, chair of the water committee:',
        '“Tonight the valley’s farmers got the certainty they asked us for three summers ago.”',
        'BARNABY TEMPLETON-ADU, president of the Irrigators’ League:',
        'The bill is “a fair start and nothing more,” Templeton-Adu said in a statement.',
      ]),
    ).toEqual(['Rosalind Varga-Ode', 'Barnaby Templeton-Adu']);
  });
});

describe('a heading in capitals with particles in the name', () => {
  it('gives the quotes under it to the person the body names by the particles and surname', () => {
    const book = buildQuoteBook([
      story('caps-particles', [
        'Both coaches spoke to reporters after the draw at the harbour ground on Saturday afternoon.',
        'MARIELA DE LA TORRE (Harbour Town Head Coach)',
        'Asked about the decision to bat first, de la Torre was calm.',
        '“I would make the same call again. The pitch was slow early and we lost two quickly.”',
      ]),
    ]);
    expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
      'Mariela de la Torre',
    ]);
  });
});

describe('a possessive in capitals', () => {
  it('reads “HALE’S DREAM DEBUT:” as no name (its “’S” is a possessive, as “’s” is)', () => {
    const book = buildQuoteBook([
      story('caps-possessive', [
        'The county won by an innings on Saturday after a day of rain at the harbour ground.',
        "HALE'S DREAM DEBUT: “Five wickets on my first day is more than I ever dreamed of as a boy.”",
      ]),
    ]);
    expect([book.people.map((p) => p.name), headingTokens("HALE'S DREAM DEBUT")[0]]).toEqual([
      [],
      expect.objectContaining({ text: 'HALE', possessive: true }),
    ]);
  });
});

describe('a race’s quotes page with headings in capitals, a side in brackets and what the rider did after a dash', () => {
  it('keeps each short quote and gives it to the rider of the heading above, a comma’s role too', () => {
    expect(
      quoteSpeakers([
        'The cyclists spoke after a long stage along the estuary, where the leaders shed minutes on the final ascent.',
        'TAMSIN ODUYA (Harbour Velo) – won the stage',
        '“I attacked from a long way out since no one fancied the chase.”',
        'NILS ODE, team manager (Harbour Velo)',
        '“That voice in his earpiece all the way up was mine.”',
        'MIRA KALDOR (Costa Velo) – youngest finisher',
        '“I was there to follow the attacks behind, and I managed that.”',
      ]),
    ).toEqual(['Tamsin Oduya', 'Nils Ode', 'Mira Kaldor']);
  });
});
