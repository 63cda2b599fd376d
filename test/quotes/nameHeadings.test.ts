// A heading naming who speaks under it ("Name (Team coach)" ¶ "“…”", "What NAME said", "COUNTRY — Title NAME")
// credits the name.
import { describe, expect, it } from 'vitest';
import { WHAT_SAID_CLOSERS, WHAT_SAID_OPENERS } from '../../src/quotes/capsLabel.ts';
import {
  CALLER_PLACE_WORDS,
  HEADING_BODY_LINKS,
  ADJECTIVE_TITLES,
  HEADING_VOTE_WORDS,
  isFiguresLine,
  isRoleLine,
  LINE_LINKS,
  nameHeadingRun,
  REMIT_LINKS,
} from '../../src/quotes/nameHeadings.ts';
import { quoteSpeakers, roundupHeading } from './fixtures.ts';

/** The name the first heading of `lines` (a heading, then what stands under it) credits, or null. */
function headingRunOf(...lines: string[]): string[] | null {
  return nameHeadingRun(...roundupHeading(...lines))?.name ?? null;
}

const QUOTE = '“We defended well for ninety minutes and deserved the clean sheet in the end.”';

describe('nameHeadingRun', () => {
  it('reads the name between “What” and its speech verb (WHAT_SAID_OPENERS, WHAT_SAID_CLOSERS)', () => {
    expect([
      [...WHAT_SAID_OPENERS],
      [...WHAT_SAID_CLOSERS],
      headingRunOf('What Nils Ode (Velmir coach) said', QUOTE),
      headingRunOf('What Nils Ode says', QUOTE),
      headingRunOf('What Nils Ode said (Velmir coach)', QUOTE),
      headingRunOf('What Nils Ode wants', QUOTE),
      headingRunOf('What Nils Ode wants (Velmir coach)', QUOTE),
    ]).toEqual([['what'], ['said', 'says'], ['Nils', 'Ode'], ['Nils', 'Ode'], ['Nils', 'Ode'], null, null]);
  });

  it('reads a name with a code in brackets and a result over a line of the player’s figures (isFiguresLine)', () => {
    const [heading, figures] = roundupHeading('Ravi Kohli (IND) –11', 'Round 3: 69 (–3)', QUOTE);
    expect([isFiguresLine(figures), isFiguresLine(heading), nameHeadingRun(heading, figures)?.name]).toEqual([
      true,
      false,
      ['Ravi', 'Kohli'],
    ]);
    const [, scoreline] = roundupHeading('Ravi Kohli (IND) –11', 'Velmir 2 Harbour 1', QUOTE);
    expect(isFiguresLine(scoreline)).toBe(false);
    const [topic, under] = roundupHeading('On the back nine:', QUOTE);
    expect([isFiguresLine(topic), isFiguresLine(under)]).toEqual([false, false]);
  });

  it('reads a name with a code in brackets and a player’s result after it over a quote, none with no figures over prose', () => {
    expect([
      headingRunOf('Ravi Kohli (IND) –11, two back', QUOTE),
      headingRunOf('Ravi Kohli (IND) — 68 (-4)', QUOTE),
      headingRunOf(
        'Ravi Kohli (IND) — two back after a long day',
        'Going into the last round he was four shots behind, and the whole gallery went quiet.',
      ),
    ]).toEqual([['Ravi', 'Kohli'], ['Ravi', 'Kohli'], null]);
  });

  it('reads a name, its side in brackets and a role after a dash (“NAME (Side) – skip”), over prose as over a quote', () => {
    const prose = 'Going into the last end we were down one, and the whole rink went quiet.';
    expect([
      headingRunOf('Nils Ode (Harbour) – skip', prose),
      headingRunOf('Nils Ode (Harbour) – second, the skip’s younger brother', QUOTE),
      headingRunOf('Nils Ode (Harbour) – Harbour Rink', prose),
    ]).toEqual([['Nils', 'Ode'], ['Nils', 'Ode'], null]);
  });

  it('reads a name, its side in brackets and a dash and a few words of what they did over a quote, not over prose', () => {
    const prose = 'Going into the last lap we were down two seconds, and the whole crowd went quiet.';
    expect([
      headingRunOf('Nils Ode (Harbour Velo) – third on the day', QUOTE),
      headingRunOf('Nils Ode (Harbour Velo) – leader after stage two', QUOTE),
      headingRunOf('Nils Ode (Harbour Velo) – third on the day', prose),
    ]).toEqual([['Nils', 'Ode'], ['Nils', 'Ode'], null]);
  });

  it('reads a name a comma sets off from its role over prose that writes its surname, and none over prose that does not', () => {
    expect([
      headingRunOf(
        'Nils Ode, chief economist, Harbour Capital',
        'For Ode, the timing of the change was the real problem, and the banks had barely two weeks to prepare for it.',
      ),
      headingRunOf(
        'Nils Ode, chief economist, Harbour Capital',
        'For him, the timing of the change was the real problem, and the banks had barely two weeks to prepare for it.',
      ),
    ]).toEqual([['Nils', 'Ode'], null]);
  });

  it('reads a name a comma sets off from its role over prose opening with a speech verb, its subject left out', () => {
    expect([
      headingRunOf(
        'Nils Ode, foreign ministry spokesman',
        'Told a regular briefing in Velmir that the country “would welcome any step towards a lasting truce”.',
      ),
      headingRunOf(
        'Nils Ode, foreign ministry spokesman',
        'Talks on the truce resumed in Velmir on Monday morning, and both delegations said they expected them to run for at least a week.',
      ),
    ]).toEqual([['Nils', 'Ode'], null]);
  });

  it('gives the quotes of a paragraph opening with a speech verb, its subject left out, to the heading’s person', () => {
    expect(
      quoteSpeakers([
        'Governments around the world welcomed the truce agreed in Velmir late on Sunday night.',
        'Chipo Tembo, foreign ministry spokeswoman',
        'Told a regular briefing that her country “would welcome any step towards a lasting peace” in the region.',
        'Tariro Ndlovu, regional envoy',
        '“Both sides have to keep talking, whatever happens on the ground this week.”',
      ]),
    ).toEqual(['Chipo Tembo', 'Tariro Ndlovu']);
  });

  it('gives the quote under such a section to its person, not to another of the same surname named before', () => {
    expect(
      quoteSpeakers([
        'The reserve bank said on Monday that a new banknote would replace the old one from the spring.',
        'Chipo Tembo, president, National Chamber of Commerce',
        '“Firms need a currency they can price in, and sixty days is not long enough.”',
        'Tariro Tembo, chief economist, Kopje Capital',
        'For Tembo - who is not related to the chamber head - the calendar was the worry.',
        '“Doing this halfway through the harvest sales leaves growers guessing.”',
      ]),
    ).toEqual(['Chipo Tembo', 'Tariro Tembo']);
  });

  it('reads “What NAME said” over a heading under it too (the player’s result line), not a plain name over one', () => {
    const result = 'Ode (NOR) def. Lars Brandt (SWE) 6-4, average 98.20';
    expect([headingRunOf('What Nils Ode said', result, QUOTE), headingRunOf('Nils Ode', result, QUOTE)]).toEqual([
      ['Nils', 'Ode'],
      null,
    ]);
  });

  it('reads a role and a name over the speaker’s own words unmarked in the first person, not over the writer’s prose', () => {
    const own = 'We saw the storm coming in the second half and stayed calm. Proud of the lads for that.';
    const prose = 'The visitors came hard at the end of the match, but the home side held them out for a narrow win.';
    expect([
      headingRunOf('Harbour captain Nils Ode', own),
      headingRunOf('Harbour captain Nils Ode', prose),
      headingRunOf('Nils Ode', own),
    ]).toEqual([['Nils', 'Ode'], null, null]);
  });

  it('reads a scores page’s name, code and result over the player’s own words unmarked, not over the writer’s prose', () => {
    const own = 'I trusted my swing all day and the putts finally started to drop on the back nine.';
    const prose = 'The leader trusted her swing all day and the putts finally dropped on the back nine.';
    expect([
      headingRunOf('Nils Ode (NOR) – 66 (-6), two clear', own),
      headingRunOf('Nils Ode (NOR) – 66 (-6), two clear', prose),
    ]).toEqual([['Nils', 'Ode'], null]);
  });

  it('reads a surname alone right after “What” (“What Ode said”), not after role words', () => {
    expect([headingRunOf('What Ode said', QUOTE), headingRunOf('What coach Ode said', QUOTE)]).toEqual([['Ode'], null]);
  });

  it('reads the name of “What ROLE NAME said” after role and side words, over prose as over a quote', () => {
    const prose = 'The head of rugby admitted the first forty minutes had been poor at the ground.';
    expect([
      headingRunOf('What Velmir head coach Nils Ode said', prose),
      headingRunOf('What captain Nils Ode said', QUOTE),
      headingRunOf('What Nils Ode (Velmir head coach) said', prose),
      headingRunOf('What the Velmir coaching staff said', QUOTE),
      headingRunOf('What Nils Ode told the Velmir board', QUOTE),
    ]).toEqual([['Nils', 'Ode'], ['Nils', 'Ode'], ['Nils', 'Ode'], null, null]);
  });

  it('reads a name heading over a topic’s label heading (“On the injury:”), and not over another heading', () => {
    const runOver = (label: string): string[] | null => headingRunOf('Nils Ode (Velmir)', label, QUOTE);
    expect([
      runOver('On the injury to his captain:'),
      runOver('Speaking through an interpreter:'),
      runOver('Velmir 2 Harbour 1'),
    ]).toEqual([['Nils', 'Ode'], ['Nils', 'Ode'], null]);
  });

  it('reads the name closing an interview’s heading after “with”, over a question or a quote, not over prose', () => {
    const question = 'What comes next for the label after a night like this one, and where will the next show be held?';
    expect([
      headingRunOf('Q&A: Two minutes with Nils Tarrow', question),
      headingRunOf('In conversation with Nils Tarrow', QUOTE),
      headingRunOf(
        'In conversation with Nils Tarrow',
        'The label showed its new work at the harbour on Saturday night, to a crowd of buyers and friends.',
      ),
      headingRunOf('Two minutes with Nils Tarrow and friends', question),
    ]).toEqual([['Nils', 'Tarrow'], ['Nils', 'Tarrow'], null, null]);
  });

  it('reads a name with its side in brackets over prose that names it again', () => {
    expect([
      headingRunOf(
        'Nils Ode (Velmir)',
        'Ode was blunt after the defeat at the weekend, the third in a row for a side that started the season unbeaten.',
      ),
      headingRunOf(
        'Nils Ode (Velmir)',
        'Berg was blunt after the defeat at the weekend, the third in a row for a side that started the season unbeaten.',
      ),
    ]).toEqual([['Nils', 'Ode'], null]);
  });

  it('reads a name with a role in brackets over prose, and no name with other words in brackets so', () => {
    const below = 'Asked about the cup, the coach smiled and pointed to the crowd behind the dugout.';
    expect([
      headingRunOf('Nils Ode (Velmir coach)', below),
      headingRunOf('Nils Ode (Velmir)', below),
      headingRunOf('Nils Ode (lost to Berg)', below),
    ]).toEqual([['Nils', 'Ode'], null, null]);
  });

  it('reads a name with words in brackets over unmarked prose in the first person singular, not over other prose', () => {
    expect([
      headingRunOf(
        'Nils Ode (4th on stage)',
        'It was a long day in the saddle for me, honestly, and I am glad the rest day comes next.',
      ),
      headingRunOf(
        'Nils Ode (4th on stage)',
        'It was a long day in the saddle for the whole team, and the rest day comes just in time.',
      ),
      headingRunOf(
        'Nils Ode',
        'It was a long day in the saddle for me, honestly, and I am glad the rest day comes next.',
      ),
    ]).toEqual([['Nils', 'Ode'], null, null]);
  });

  it('reads a name with its result in brackets over a paragraph holding a quote anywhere, and no bare name so', () => {
    const below = 'We missed Ode after the match, but he posted on his page later: “We defended well and deserved it.”';
    expect([headingRunOf('Nils Ode (lost to Berg)', below), headingRunOf('Nils Ode', below)]).toEqual([
      ['Nils', 'Ode'],
      null,
    ]);
  });

  it('reads the name after a short label and a colon ("SOUNDBITE (English): Nils Ode, coach")', () => {
    expect([
      headingRunOf('SOUNDBITE (English): Nils Ode, coach', QUOTE),
      headingRunOf('Reaction: Nils Ode (Velmir)', QUOTE),
    ]).toEqual([
      ['Nils', 'Ode'],
      ['Nils', 'Ode'],
    ]);
  });

  it('reads the name closing a heading of a team and a role ("Velmir coach Nils Ode"), not one with no role noun', () => {
    expect([headingRunOf('Velmir coach Nils Ode', QUOTE), headingRunOf('Velmir Harbour Nils Ode', QUOTE)]).toEqual([
      ['Nils', 'Ode'],
      null,
    ]);
  });

  it('reads a heading of a two-word name alone over a paragraph opening with a definite role set off by a comma, not one going straight on', () => {
    expect([
      headingRunOf('Nils Tarrow', 'The veteran singer, who was to open the season, said the cancellation hurt.'),
      headingRunOf('Nils Tarrow', 'The singer said on Monday that the cancellation had hurt the whole company badly.'),
    ]).toEqual([['Nils', 'Tarrow'], null]);
  });

  it('reads the name a comma sets off after a role (“Rowing club treasurer, NAME”, “Tarrow district harbour board secretary, Dr NAME”), not after no role', () => {
    expect([
      headingRunOf('Rowing club treasurer, Nils Ode', QUOTE),
      headingRunOf('Tarrow district harbour board secretary, Dr Ana Ruiz', QUOTE),
      headingRunOf('Late on Sunday, Nils Ode', QUOTE),
    ]).toEqual([['Nils', 'Ode'], ['Ana', 'Ruiz'], null]);
  });

  it('reads the name closing a heading of a body’s name with its small linking words and a role (HEADING_BODY_LINKS)', () => {
    expect([...HEADING_BODY_LINKS].sort()).toEqual(['&', 'and', 'for', 'of']);
    expect([
      headingRunOf('Harbour Chamber of Industries president Mr Nils Ode', QUOTE),
      headingRunOf('Velmir Food and Drink Board chair Ms Ana Ruiz', QUOTE),
      headingRunOf('Council for Rural Roads secretary Dr Ana Ruiz', QUOTE),
      headingRunOf('Velmir Parks & Gardens head Ana Ruiz', QUOTE),
      headingRunOf('Harbour Chamber of Industries Nils Ode', QUOTE),
      headingRunOf('Reactions of Velmir Harbour after the vote from president Nils Ode', QUOTE),
    ]).toEqual([['Nils', 'Ode'], ['Ana', 'Ruiz'], ['Ana', 'Ruiz'], ['Ana', 'Ruiz'], null, null]);
  });

  it('reads a role and a name over prose that takes the role up after “the”, not one taking up another role', () => {
    const below = (role: string) =>
      `In a written statement later, the ${role} said: “We thank every fan who came out in the rain tonight.”`;
    expect([
      headingRunOf('HFA President Dr Nils Tarrow Ode', below('federation president')),
      headingRunOf('HFA President Nils Ode', below('president')),
      headingRunOf('HFA President Dr Nils Tarrow Ode', below('federation secretary')),
    ]).toEqual([['Nils', 'Tarrow', 'Ode'], ['Nils', 'Ode'], null]);
  });

  it('reads the name after a label and a dash (“Kenya — Dr NAME”) over a quote or prose opening with the label, not other prose', () => {
    const prose = 'Kenya’s trade minister said the pact would be studied closely before any grain was pledged.';
    expect([
      headingRunOf('Kenya — Dr Nils Tarrow', QUOTE),
      headingRunOf('Kenya — Dr Nils Tarrow', prose),
      headingRunOf('Harbour Party - Nils Tarrow', QUOTE),
      headingRunOf('Kenya — Nils Tarrow', prose.replace('Kenya’s trade minister', 'Officials')),
      headingRunOf('Kenya and the region — Nils Tarrow', QUOTE),
    ]).toEqual([['Nils', 'Tarrow'], ['Nils', 'Tarrow'], ['Nils', 'Tarrow'], null, null]);
  });

  it('reads the name after a label of up to four words, a body’s linking words aside (“Food and Drink Workers’ Union — NAME”)', () => {
    expect([
      headingRunOf('Harbour Party of Velmir — Chief Whip Nils Tarrow', QUOTE),
      headingRunOf('Food and Drink Workers’ Union — Branch Secretary Nils Tarrow', QUOTE),
      headingRunOf('Velmir Harbour Party Youth League — Nils Tarrow', QUOTE),
    ]).toEqual([['Nils', 'Tarrow'], ['Nils', 'Tarrow'], null]);
  });

  it('reads a name with its ward in brackets and a vote after a dash (HEADING_VOTE_WORDS), over a quote or prose', () => {
    const votes = [
      'for',
      'against',
      'abstained',
      'abstaining',
      'undecided',
      'yes',
      'no',
      'in favour',
      'in favor',
      'opposed',
    ];
    expect([...HEADING_VOTE_WORDS].every((w) => votes.some((v) => v.split(' ').includes(w)))).toBe(true);
    const prose =
      'She spoke last in the debate, for ten minutes and without notes, before the chamber voted late on Wednesday.';
    expect(votes.map((v) => headingRunOf(`Cr Ana Ruiz (Town Ward) – ${v}`, QUOTE))).toEqual(
      votes.map(() => ['Ana', 'Ruiz']),
    );
    expect([
      headingRunOf('Cr Ana Ruiz (Town Ward) – against', prose),
      headingRunOf('Cr Ana Ruiz (Town Ward) – against the plan', prose),
      headingRunOf('Cr Ana Ruiz (Town Ward) – maybe', prose),
    ]).toEqual([['Ana', 'Ruiz'], null, null]);
  });

  it('reads a name of four words after a label, a dash and a title whose portfolio’s words “and” links', () => {
    expect([
      headingRunOf('VELMORIA — Energy and Mines Minister Ana Lucia Ruiz Berg', QUOTE),
      headingRunOf('VELMORIA — Foreign Minister Ana Lucia Ruiz Berg', QUOTE),
      headingRunOf('VELMORIA — and Mines Minister Ana Ruiz', QUOTE),
      headingRunOf('VELMORIA — Energy and Mines Ana Lucia Ruiz Berg', QUOTE),
    ]).toEqual([['Ana', 'Lucia', 'Ruiz', 'Berg'], ['Ana', 'Lucia', 'Ruiz', 'Berg'], null, null]);
  });

  it('reads the name after a party’s label and a dash over a quote, not the label’s words, its particles besides', () => {
    expect([
      headingRunOf('Harbour Front — Nils Tarrow, leader', QUOTE),
      headingRunOf('Harbour Front — Nils van der Tarrow, leader', QUOTE),
    ]).toEqual([
      ['Nils', 'Tarrow'],
      ['Nils', 'van', 'der', 'Tarrow'],
    ]);
  });

  it('reads the name after a dash and a role of a few words ending in its head (“VELMORIA - Foreign ministry spokesperson NAME”)', () => {
    expect([
      headingRunOf('VELMORIA - Foreign ministry spokesperson Nils Tarrow', QUOTE),
      headingRunOf('VELMORIA - Foreign ministry and Nils Tarrow', QUOTE),
    ]).toEqual([['Nils', 'Tarrow'], null]);
  });

  it('reads the name after a label in capitals and a dash when a description follows it after a comma', () => {
    expect([
      headingRunOf('OPPOSITION - Sen. Nils Tarrow Ode, minority leader in the Senate', QUOTE),
      headingRunOf('ANALYST - Nils Ode, head of research, Harbour Capital', QUOTE),
      headingRunOf('ANALYST - Nils Ode and the research team at Harbour Capital', QUOTE),
    ]).toEqual([['Nils', 'Tarrow', 'Ode'], ['Nils', 'Ode'], null]);
  });

  it('reads the name after a label that goes on in lower case after its capital (“Market traders — NAME, …”)', () => {
    expect([
      headingRunOf('Market traders — Alhaja Nils Ode, chair of the traders’ union', QUOTE),
      headingRunOf('Opposition parties – Nils Ode', QUOTE),
      headingRunOf('market traders — Nils Ode, chair of the traders’ union', QUOTE),
    ]).toEqual([['Nils', 'Ode'], ['Nils', 'Ode'], null]);
  });

  it('reads a titled name after a label and a dash over any prose, an untitled one not', () => {
    const prose = 'Officials in the capital, which hosts thousands of refugees, said they were ready to help.';
    expect([
      headingRunOf('Kenya — Foreign Minister Nils Tarrow', prose),
      headingRunOf('Kenya — Nils Tarrow', prose),
    ]).toEqual([['Nils', 'Tarrow'], null]);
  });

  it('reads the name after a label of two words and a dash over prose naming it again or holding the label', () => {
    expect([
      headingRunOf('Tarrow Vale – Nils Ode', 'Ode was blunt when he was asked about the timing of the vote on Friday.'),
      headingRunOf(
        'Tarrow Vale – Nils Ode',
        'The Tarrow leader told local radio: “We have been taken for granted by both parties for far too long.”',
      ),
      headingRunOf('Tarrow Vale – Nils Ode', QUOTE),
    ]).toEqual([
      ['Nils', 'Ode'],
      ['Nils', 'Ode'],
      ['Tarrow', 'Vale'],
    ]);
  });

  for (const letters of ['MLA', 'MP', 'TD', 'MSP']) {
    it(`reads the name with “${letters}” after it, after a label of two words and a dash, over a quote`, () => {
      expect([
        headingRunOf(`Tarrow Vale – Nils Ode ${letters}`, QUOTE),
        headingRunOf('Tarrow Vale – Nils Ode', QUOTE),
      ]).toEqual([
        ['Nils', 'Ode'],
        ['Tarrow', 'Vale'],
      ]);
    });
  }

  it('reads the titled name after a label of two words and a dash, over prose opening with a definite role', () => {
    const prose = (opening: string) =>
      `${opening} called the vote “pure propaganda and nothing more” when the house rose on Wednesday.`;
    expect([
      headingRunOf('Harbour Party — Deputy Nils Tarrow', prose('The party’s economy spokesman')),
      headingRunOf('Harbour Party — Deputy Nils Tarrow', QUOTE),
      headingRunOf('Harbour Party — Nils Tarrow', prose('Three members of the party')),
    ]).toEqual([['Nils', 'Tarrow'], ['Nils', 'Tarrow'], null]);
  });

  it('reads the name of a heading "Name (Team role)" over a quote paragraph', () => {
    expect(headingRunOf('Nadia Brennan (Eastport coach)', QUOTE)).toEqual(['Nadia', 'Brennan']);
  });

  it('reads the name of a heading "Name, role" over a quote paragraph', () => {
    expect(headingRunOf('Nadia Brennan, Eastport coach', QUOTE)).toEqual(['Nadia', 'Brennan']);
  });

  it('reads the name of a heading whose comma sets off up to ten words of role, side and occasion', () => {
    expect(headingRunOf('Nadia Brennan, Eastport manager, speaking after the league draw with Velmir', QUOTE)).toEqual([
      'Nadia',
      'Brennan',
    ]);
  });

  it('reads the name of a heading "Name - Role - Body" whose spaced hyphens set the role off', () => {
    expect(headingRunOf('Ana Ruiz - City Councillor - Works Department', QUOTE)).toEqual(['Ana', 'Ruiz']);
  });

  it('reads a heading that is a name alone', () => {
    expect(headingRunOf('Nadia Brennan', QUOTE)).toEqual(['Nadia', 'Brennan']);
  });

  it('reads a heading of a name alone with particles in its surname, after a role or not', () => {
    expect([headingRunOf('Head Coach Deon van Wyk', QUOTE), headingRunOf('Marta de la Fuente', QUOTE)]).toEqual([
      ['Deon', 'van', 'Wyk'],
      ['Marta', 'de', 'la', 'Fuente'],
    ]);
  });

  it('reads nothing when a heading of three capitalised words stands alone, a name run into a noun; a label word after the name leaves the name', () => {
    expect([headingRunOf('Nadia Brennan Interview', QUOTE), headingRunOf('Nadia Brennan Reaction', QUOTE)]).toEqual([
      null,
      ['Nadia', 'Brennan'],
    ]);
  });

  it('reads nothing when the paragraph under the heading does not open with a quote and its brackets hold no role', () => {
    expect(
      headingRunOf(
        'Nadia Brennan (Eastport)',
        'Her side “defended well for ninety minutes” and kept a clean sheet, the coach said afterwards.',
      ),
    ).toBeNull();
  });

  it('reads nothing when the heading goes on past the name with a sentence of its own', () => {
    expect(headingRunOf('Nadia Brennan keeps her side in the cup race', QUOTE)).toBeNull();
  });
});

describe('a phone-in’s headings: a caller by one name, a titled name over a role taking it up', () => {
  const LEDE =
    'The lines were busy all morning on Talk Vale. Host Marla Quint asked whether the old bridge should close to cars, and more than 100 of you rang in.';
  const LATER = 'Ken said later that he had cooled off a bit, though he still opposed the whole scheme.';

  for (const word of [...CALLER_PLACE_WORDS].sort())
    it(`gives the quote under “Ken ${word} Thornbury” to the caller, not the host`, () => {
      expect(
        quoteSpeakers([
          LEDE,
          `Ken ${word} Thornbury`,
          '“Shut it and have done. I am 81 and I cannot walk round.”',
          'What happens next',
          'The council will decide in May.',
          LATER,
        ]),
      ).toEqual(['Ken']);
    });

  it('gives the quote under “Mr Fenwick, who would not give his first name” to Fenwick', () => {
    expect(
      quoteSpeakers([
        LEDE,
        'Mr Fenwick, who would not give his first name',
        '“I have lived on Tanner Row since 1971 and the traffic always ends up on my road.”',
      ]),
    ).toEqual(['Fenwick']);
  });

  it('gives the quote under a titled name to it when the paragraph between opens with a definite role, comma or not', () => {
    expect(
      quoteSpeakers([
        LEDE,
        'Councillor Ama Fashola',
        'The portfolio holder for highways sat beside Quint on air for the opening thirty minutes.',
        '“This is a trial, and if it does not work we will stop it.”',
      ]),
    ).toEqual(['Ama Fashola']);
  });

  it('gives the quote under “NAME, BODY” to the name when the paragraph between takes it up by a definite role', () => {
    expect(
      quoteSpeakers([
        LEDE,
        'Aled Pryce, Vale Chamber of Commerce',
        'The chamber’s secretary came on the line later in the show, and was wary.',
        '“Our traders are divided right down the middle on this one.”',
      ]),
    ).toEqual(['Aled Pryce']);
  });

  it('reads no caller in “Ken from the estate” nor in an untitled surname set off (“Fenwick, a caller”)', () => {
    expect([
      headingRunOf('Ken from the estate', QUOTE),
      headingRunOf('Fenwick, a caller from Tanner Row', QUOTE),
      headingRunOf('Ken from Thornbury Old Road Estate', QUOTE),
    ]).toEqual([null, null, null]);
  });
});

describe('a title and a surname alone over a quote', () => {
  it('gives the quote under “Captain SURNAME” to the person of the article with that surname', () => {
    expect(
      quoteSpeakers([
        'Harbour Town beat Castle Vale 3-1 on Friday night, with Tomas Wrenn scoring twice and captain Ifeoma Dallow marshalling the defence. Here is what was said.',
        'Captain Dallow',
        '"The crowd was our twelfth player tonight, and we thank every one of them for it."',
      ]),
    ).toEqual(['Ifeoma Dallow']);
  });

  it('reads the titled surname as the heading’s name only when nothing follows it', () => {
    expect([headingRunOf('Captain Dallow', QUOTE), headingRunOf('Captain Dallow hails the defence', QUOTE)]).toEqual([
      ['Dallow'],
      null,
    ]);
  });
});

describe('a title that is also an adjective over a surname alone (ADJECTIVE_TITLES)', () => {
  for (const title of [...ADJECTIVE_TITLES].sort())
    it(`reads no name in “${title.charAt(0).toUpperCase()}${title.slice(1)} Dallow” over a quote`, () => {
      expect(headingRunOf(`${title.charAt(0).toUpperCase()}${title.slice(1)} Dallow`, QUOTE)).toBeNull();
    });
});

describe('a roundup’s role line between a name and its quote (isRoleLine)', () => {
  const LEAD = [
    'Tin rose for a fifth day as a dispute at the largest smelter in the region entered its third week.',
    'Buyers are paying more for metal they can have at once, and stocks are thin.',
    'We asked three traders where the price goes next.',
  ];
  const FIRST = '“Smelters are short of ore and nobody is building new ones. The rally has months left in it.”';
  const SECOND = '“The rally rests on fear, not demand. Once the dispute ends, the price will fall back quickly.”';

  it('gives each quote under “NAME” ¶ “Role, Body” to the name, not to the body on the role line', () => {
    expect(
      quoteSpeakers([
        ...LEAD,
        'Perrin Ashdale',
        'Chief strategist, Quillon Harbour Bank',
        FIRST,
        'Sollace Orrick',
        'Senior analyst, Brackwater Capital, Perth',
        SECOND,
      ]),
    ).toEqual(['Perrin Ashdale', 'Sollace Orrick']);
  });

  for (const link of [...REMIT_LINKS].sort()) {
    it(`reads a role with its remit after “${link}” as a role line (“Head ${link} metals, Body”)`, () => {
      const [heading, line] = roundupHeading('Perrin Ashdale', `Head ${link} metals, Brackwater Capital, Perth`, FIRST);
      expect([isRoleLine(line), isRoleLine(heading), nameHeadingRun(heading, line)?.name]).toEqual([
        true,
        false,
        ['Perrin', 'Ashdale'],
      ]);
    });
  }

  for (const link of [...LINE_LINKS].sort()) {
    it(`reads a body holding “${link}” after the comma as a role line’s`, () => {
      const [, line] = roundupHeading('Perrin Ashdale', `Senior fellow, Institute ${link} Metals Research`, FIRST);
      expect(isRoleLine(line)).toBe(true);
    });
  }

  it('reads no role line with a name of two words alone after the comma, an article, lower case, a quote or a speech verb', () => {
    const lines = [
      'Rowing club treasurer, Tobin Quarrie',
      'The chief strategist, Quillon Harbour Bank',
      'Chief strategist, rather gloomy today',
      'Chief strategist, Quillon Harbour Bank, said “Sell”',
      'Senior analyst, Brackwater Capital, says Sell',
    ];
    expect(lines.map((line) => isRoleLine(roundupHeading('Perrin Ashdale', line, FIRST)[1]))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a roundup heading of an office and then the name (“OFFICE, NAME” over a quote)', () => {
  const LEAD = 'Politicians and business leaders reacted with dismay to the airline’s decision on Tuesday afternoon.';
  const BELOW = '“This is a bitter blow for the region, and I will be meeting the airline this week.”';

  it('gives the quote under “Minister of State for PORTFOLIO, NAME” to the name: a capitalised office is a role', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Here is a selection of reaction:',
        'Minister of State for Rural Affairs, Eimhear Quiggan',
        BELOW,
      ]),
    ).toEqual(['Eimhear Quiggan']);
  });

  it('gives the quote under “PORTFOLIO Minister, NAME” to the name, not to the office read as a name', () => {
    expect(
      quoteSpeakers([LEAD, 'Here is a selection of reaction:', 'Rural Affairs Minister, Eimhear Quiggan', BELOW]),
    ).toEqual(['Eimhear Quiggan']);
  });
});

describe('a roundup heading of a name, a side’s code in brackets and a role set off by a comma', () => {
  it('gives each quote to the name over it (“NAME (NOR), biathlete” over “…”)', () => {
    expect(
      quoteSpeakers([
        'Twenty-three federations signed a climate charter on Tuesday at the end of a two-day summit in the Alps.',
        'Skiers from every discipline took part in the closing session, and three of them spoke to us afterwards:',
        'Oskar Vallbrandt (SUI), cross-country skier',
        '“The glacier where I learned to ski is a gravel slope now. That is not a figure of speech.”',
        'Liv Haugstad-Mo (NOR), biathlete',
        '“We send racers across three oceans every winter and then ask them to speak for the climate. Fix the schedule first.”',
      ]),
    ).toEqual(['Oskar Vallbrandt', 'Liv Haugstad-Mo']);
  });

  it('reads no heading over prose that does not open with a quote', () => {
    expect([
      headingRunOf('Liv Haugstad-Mo (NOR), biathlete', QUOTE),
      headingRunOf(
        'Liv Haugstad-Mo (NOR), biathlete',
        'The weather turned in the afternoon and the race was cut short after the wind picked up over the ridge.',
        'Organisers said the final two laps were dropped because of the gusts and the falling snow on the course.',
      ),
    ]).toEqual([['Liv', 'Haugstad-Mo'], null]);
  });
});
