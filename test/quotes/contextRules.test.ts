// Each rule that reads around a quotation standing alone, on its own: applied to one quote of a small invented
// article, with the context (earlier attributions, paragraph speakers) given explicitly.
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/quotes/attribute.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  ADDRESSING_VERBS,
  CROSSHEAD_WORDS,
  continuesPreviousParagraph,
  isCrosshead,
  isTermQuoted,
  LEAD_IN_ENDINGS,
  laterInParagraph,
  HANDED_ON_WORDS,
  leadInParagraph,
  reportedSpeechGoesOn,
  sameParagraphSpeaker,
  subjectBefore,
  subjectOfParagraphBefore,
} from '../../src/quotes/contextRules.ts';
import { SPEAKING_INTRODUCTIONS, SPEECH_NOUNS, TOPIC_FRONTS } from '../../src/quotes/lexicon.ts';
import { SEQUENCE_LEAD_INS } from '../../src/quotes/clauseWords.ts';
import { PLACE_PREPOSITIONS } from '../../src/quotes/places.ts';
import { attributed, quoteSpeakers, story } from './fixtures.ts';
import { LEAD, read } from './ruleHarness.ts';

describe('sameParagraphSpeaker', () => {
  it('continues the speaker of the paragraph’s earlier sentence when a quote stands alone (“…,” he said. “…”)', () => {
    const r = read(
      story('same1', [LEAD, '“The terminal will stay open for now,” said Nadia Okafor. “We owe that to the workers.”']),
    );
    expect(r.run(sameParagraphSpeaker, 1)).toEqual(['Nadia Okafor', 'said Nadia Okafor', 'same-paragraph']);
  });

  it('does not answer when the quote’s own sentence has a speech verb', () => {
    const r = read(
      story('same2', [LEAD, '“The terminal will stay open,” said Nadia Okafor. “We owe it to them,” Ben Ruiz said.']),
    );
    expect(r.run(sameParagraphSpeaker, 1)).toBeNull();
  });
});

describe('continuesPreviousParagraph', () => {
  it('gives a quote paragraph to whoever was speaking at the end of the paragraph before', () => {
    const r = read(
      story('cont1', [
        'Board chair Nadia Okafor said:',
        '“The terminal will stay open for now, and the workers will keep their jobs.”',
      ]),
    );
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toEqual(['Nadia Okafor', null, 'continuation']);
  });

  it('does not answer when nobody was speaking at the end of the paragraph before', () => {
    const r = read(
      story('cont2', [LEAD, '“The terminal will stay open for now, and the workers will keep their jobs.”']),
    );
    expect(r.run(continuesPreviousParagraph, 0)).toBeNull();
  });
});

describe('isCrosshead', () => {
  const crossheadPlace = (lines: string[]) => {
    const r = read(story('crosshead', lines));
    const place = placeOf(r.context.states, 0);
    if (place === null) throw new Error('quote 0 is in no sentence');
    return { r, place };
  };
  const SPOKE =
    'Councillor Nadia Okafor said the budget would cut the library’s opening hours by half and close two of the town’s three public toilets before the summer.';
  const AFTER =
    'The vote on the budget was carried by nine votes to seven after a debate that lasted more than three hours, with two members of the ruling group abstaining.';

  it('reads a short quote that is its paragraph’s only words, with no mark closing them, as a crosshead', () => {
    const { r, place } = crossheadPlace([SPOKE, '“Taxes by stealth”', AFTER]);
    expect([isCrosshead(r.context, place), r.run(continuesPreviousParagraph, 0)]).toEqual([true, null]);
  });

  it('reads no crosshead when a stop closes the words, and the paragraph before goes on', () => {
    const { r, place } = crossheadPlace([SPOKE, '“Taxes by stealth.”', AFTER]);
    r.context.paragraphSpeaker.set(place.first.state.sentence.paragraph - 1, r.idOf('Nadia Okafor'));
    expect([isCrosshead(r.context, place), r.run(continuesPreviousParagraph, 0)]).toEqual([
      false,
      ['Nadia Okafor', null, 'continuation'],
    ]);
  });

  it(`reads no crosshead over ${CROSSHEAD_WORDS} words, nor in the article’s last paragraph (a page cut off)`, () => {
    const long = crossheadPlace([SPOKE, '“Taxes by stealth and cuts by the back door too”', AFTER]);
    const cut = crossheadPlace([SPOKE, '“Taxes by stealth']);
    expect([isCrosshead(long.r.context, long.place), isCrosshead(cut.r.context, cut.place)]).toEqual([false, false]);
  });
});

describe('leadInParagraph', () => {
  for (const noun of [...SPEECH_NOUNS].sort()) {
    it(`gives the quote under “Then came a ${noun} from NAME, the club captain:” to NAME`, () => {
      const r = read(
        story(`words-from-${noun}`, [
          LEAD,
          `Then came a ${noun} from Ana Ruiz, the club captain:`,
          '“We will not let this harbour close while any of us can still pull an oar.”',
        ]),
      );
      expect(r.run(leadInParagraph, 0)).toEqual(['Ana Ruiz', 'Ana Ruiz …:', 'lead-in']);
    });
  }

  it('gives the quote under “… this message from their coach, NAME:” to the name the role sets off', () => {
    const r = read(
      story('words-from-role', [
        LEAD,
        'The rowers asked me to pass on this message from their coach, Ana Ruiz:',
        '“We will not let this harbour close while any of us can still pull an oar.”',
      ]),
    );
    expect(r.run(leadInParagraph, 0)).toEqual(['Ana Ruiz', 'Ana Ruiz …:', 'lead-in']);
  });

  it('gives the paragraph under a lead-in naming whose words follow to that name, not to the lead-in’s own speaker', () => {
    const book = buildQuoteBook([
      story('words-from-role-book', [
        'The river burst its banks on Sunday and the club’s boathouse was under a metre of water by noon.',
        'The pupils of the harbour school, who row every Saturday morning, asked me to share this message from their coach, Ana Ruiz:',
        '“The children are very upset. They would like to help with the clean-up once it is safe.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.speaker === null ? null : names.get(q.speaker), q.method])).toEqual([
      ['Ana Ruiz', 'lead-in'],
    ]);
  });

  it('gives a quote paragraph to the subject of the paragraph before when it ends in a colon with no speech verb', () => {
    const r = read(
      story('lead-in', [
        LEAD,
        'Board chair Nadia Okafor was blunt about the risks to the old terminal:',
        '“Do not wait for the roof to fall in. We must act now while there is still money.”',
      ]),
    );
    expect(r.run(leadInParagraph, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor …:', 'lead-in']);
  });

  it('gives a quote paragraph to the subject of the paragraph before when it ends in a comma with no speech verb', () => {
    expect(LEAD_IN_ENDINGS.has(',')).toBe(true);
    const r = read(
      story('lead-in-comma', [
        LEAD,
        'Board chair Nadia Okafor turned to the risks of the old terminal and the cost of waiting,',
        '“Do not wait for the roof to fall in. We must act now while there is still money.”',
      ]),
    );
    expect(r.run(leadInParagraph, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor …,', 'lead-in']);
  });

  it('does not answer when the paragraph before does not end in a colon', () => {
    const r = read(
      story('lead-in-no', [
        LEAD,
        'Board chair Nadia Okafor was blunt about the risks to the old terminal on Monday.',
        '“Do not wait for the roof to fall in. We must act now while there is still money.”',
      ]),
    );
    expect(r.run(leadInParagraph, 0)).toBeNull();
  });
});

describe('laterInParagraph', () => {
  it('gives a quote standing alone to the speaker of the next quote of its paragraph (“…” X paused. “…,” she said)', () => {
    const r = read(
      story('later', [
        LEAD,
        '“This is terrible. We lost everything in one night.” Farmer Lucy Brown paused to look at her fields. “But we will rebuild,” she said.',
      ]),
    );
    expect(r.run(laterInParagraph, 0)).toEqual(['Lucy Brown', 'she said', 'later-in-paragraph']);
  });

  it('does not answer when another speech verb stands between the two quotes', () => {
    const r = read(
      story('later-no', [
        LEAD,
        '“This is terrible. We lost everything in one night.” Her neighbour Tom Reed disagreed. “But we will rebuild,” Lucy Brown said.',
      ]),
    );
    expect(r.run(laterInParagraph, 0)).toBeNull();
  });
});

describe('subjectBefore', () => {
  it('gives a quote standing alone to the one person the sentence before it in the paragraph is about', () => {
    const r = read(
      story('subject-before', [LEAD, 'Board chair Nadia Okafor was defiant. “We will not close the terminal.”']),
    );
    expect(r.run(subjectBefore, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor', 'subject-before']);
  });

  it('gives a quote to the relative the article introduced by name, after “Her daughter just shrugs.”', () => {
    const lines = (relative: string): string[] => [
      LEAD,
      `The café on the quay was the idea of ${relative}, who trained as a chef in two hotel kitchens before coming home.`,
      'Board chair Nadia Okafor still opens the café at six every morning and will not let anyone else near the ovens.',
      'Her daughter just shrugs. “We are not running a bakery, and the ovens are not that hot.”',
    ];
    const otherMother = lines('her daughter, Lena Okafor').map((line) =>
      line.replace('Board chair Nadia Okafor still opens', 'Deckhand Mia Holt still opens'),
    );
    expect([
      read(story('relative-named', lines('her daughter, Lena Okafor'))).run(subjectBefore, 0),
      read(story('relative-unnamed', lines('her daughter'))).run(subjectBefore, 0),
      read(story('relative-of-another', otherMother)).run(subjectBefore, 0),
    ]).toEqual([['Lena Okafor', 'Her daughter', 'subject-before'], null, null]);
  });

  it('gives a quote to the owner of a message the sentence before is about (“NAME’s message was simple. “…””)', () => {
    const r = read(
      story('subject-before-message', [
        LEAD,
        'Board chair Nadia Okafor spoke first at the meeting on the future of the old terminal.',
        'Okafor’s message to the workers was simple. “We will not close the terminal.”',
      ]),
    );
    expect(r.run(subjectBefore, 0)).toEqual(['Nadia Okafor', 'Okafor’s', 'subject-before']);
  });

  it('gives a quote to the person a definite description before it resolved to (“The veteran coach was pleased. “…””)', () => {
    const lines = (opener: string): string[] => [
      LEAD,
      'Harbour Rovers coach Nadia Okafor spoke to reporters after the draw on Saturday night.',
      `${opener} veteran coach was pleased with the defence, which held firm. “We kept our shape for ninety minutes.”`,
    ];
    expect(
      [read(story('desc-the', lines('The'))), read(story('desc-a', lines('A')))].map((r) => r.run(subjectBefore, 0)),
    ).toEqual([['Nadia Okafor', 'The veteran coach', 'subject-before'], null]);
  });

  it('does not answer for somebody of the person’s (“NAME’s lawyer was blunt. “…””)', () => {
    const r = read(
      story('subject-before-lawyer', [
        LEAD,
        'Board chair Nadia Okafor spoke first at the meeting on the future of the old terminal.',
        'Okafor’s lawyer was blunt when the board met again on Friday. “We will not close the terminal.”',
      ]),
    );
    expect(r.run(subjectBefore, 0)).toBeNull();
  });

  it('gives the quote to the subject when the sentence names a body it acts on (“NAME waved to the crew of BODY.”)', () => {
    const r = read(
      story('subject-before-body', [
        LEAD,
        'The Tarrow Dock Company announced on Friday that the terminal would stay open until the spring.',
        'Board chair Nadia Okafor waved to the crew of the Tarrow Dock Company. “They kept the lights on for us.”',
      ]),
    );
    expect(r.registry.people.get(r.idOf('Tarrow Dock Company'))?.kind).toBe('organisation');
    expect(r.run(subjectBefore, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor', 'subject-before']);
  });

  it('gives the quote to the person heading the last clause joined by “, and” (“…, and NAME was full of praise.”)', () => {
    const r = read(
      story('subject-before-ending', [
        LEAD,
        'Board chair Nadia Okafor opened the meeting with a vote of thanks to the ferry crews.',
        'Ferry skipper Ben Ruiz’s crew are chasing a new contract, and Nadia Okafor was full of praise for them. “They never miss a sailing.”',
      ]),
    );
    expect(r.run(subjectBefore, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor', 'subject-before']);
  });

  it('does not answer when a person heads the first clause too (“NAME waited …, but NAME never came.”)', () => {
    const r = read(
      story('subject-before-ending-two', [
        LEAD,
        'Union leader Tom Hale had asked Mayor Maria Olsen to meet the ferry crews on Monday.',
        'Hale waited at the quay for an hour, but Olsen never came. “It was a waste of a morning.”',
      ]),
    );
    expect(r.run(subjectBefore, 0)).toBeNull();
  });

  it('does not answer when the sentence before names two people', () => {
    const r = read(
      story('subject-before-two', [
        LEAD,
        'Board chair Nadia Okafor met harbour master Ben Ruiz. “We will not close the terminal.”',
      ]),
    );
    expect(r.run(subjectBefore, 0)).toBeNull();
  });
});

describe('subjectOfParagraphBefore', () => {
  it('gives a quote paragraph to the one person the last sentence of the paragraph above is about', () => {
    const r = read(
      story('subject-para', [
        LEAD,
        'Curator Ben Aldous has worked with the painter for a decade and chose every piece in the show.',
        '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Curator Ben Aldous', 'subject-before']);
  });

  it('gives a quote paragraph to the name an opening "For" fronts after a body and a role (“For Harbour Bank chairman NAME, …”)', () => {
    const r = read(
      story('subject-para-for-role', [
        LEAD,
        'The Harbour Bank board approved the merger with its larger rival on Friday after two days of talks.',
        'For Harbour Bank chairman Ben Aldous, the logic is scale.',
        '“Digital lenders are coming for our customers with very low costs. Together, we can hold them off.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Ben Aldous', 'subject-before']);
  });

  it('passes over the question and the body an opening “Asked whether …” clause names (“Asked if the board …, NAME was blunt.”)', () => {
    const r = read(
      story('subject-para-asked', [
        LEAD,
        'The Harbour Health Trust confirmed on Monday that the minor injuries unit would close at night from May.',
        'Asked on Monday whether the trust would say more about its plan, Dr Ben Aldous was blunt.',
        '“Otherwise the ward closes with no notice some weekend. Nobody should accept that.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Dr Ben Aldous', 'subject-before']);
  });

  it('passes over the body in a role that opens the sentence before the subject’s name set off (“BODY warden for PLACE, NAME, was blunt.”)', () => {
    const r = read(
      story('subject-para-role-lead', [
        LEAD,
        'The Harbour Parks Trust (HPT) objected on Friday to the plan for a car park beside the heron colony.',
        'HPT senior warden for Tarrow, Dr Ben Aldous, was blunt.',
        '“Pour tarmac there and the herons leave. Nobody will see them on this shore again.”',
        'He said HPT would put its case to the planning board.',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Dr Ben Aldous', 'subject-before']);
  });

  it('reads the subject past a side’s label opening a roundup’s sentence (“PARTY: Deputy leader NAME was blunt.”)', () => {
    const r = read(
      story('subject-para-side-label', [
        LEAD,
        'Tarrow Greens: Deputy leader Dr Ben Aldous was blunt.',
        '“Capping the rate only protects the landlords. Tenants will pay for it in the end.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Dr Ben Aldous', 'subject-before']);
  });

  const PLACE_PHRASES: Record<string, string> = {
    of: 'the marchers of Harbour Point Estate',
    from: 'marchers from Harbour Point Estate',
    in: 'marchers in Harbour Point Square',
    at: 'marchers at Harbour Point Hall',
    outside: 'marchers outside Harbour Point Hall',
    inside: 'marchers inside Harbour Point Hall',
    near: 'marchers near Harbour Point Hall',
  };
  for (const preposition of [...PLACE_PREPOSITIONS].sort())
    it(`passes over a place’s name after “${preposition}” in the sentence above (PLACE_PREPOSITIONS)`, () => {
      const r = read(
        story('subject-para-place', [
          LEAD,
          `Branch chair Dr Ben Aldous addressed ${PLACE_PHRASES[preposition] ?? ''} on Friday.`,
          '“Nobody here wants to strike, but nobody can live on these wages either.”',
        ]),
      );
      expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Dr Ben Aldous', 'subject-before']);
    });

  it('passes over people the subject’s appositive names (“NAME, no kin of the council’s leader, was blunt.”)', () => {
    const r = read(
      story('subject-para-appositive', [
        LEAD,
        'Council leader Ruth Calder said the budget had been the hardest of her time in office.',
        'Cllr Ben Aldous, leader of the opposition group and no kin of the council’s leader, was blunt.',
        '“This budget treads water. People will pay more for less.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Cllr Ben Aldous', 'subject-before']);
  });

  for (const appositive of ['Ben Aldous', 'former leader Ben Aldous']) {
    it(`passes over the name owning the subject’s role (“NAME’s deputy, ${appositive}, was watching.”)`, () => {
      const r = read(
        story(`subject-para-owner-${appositive.length}`, [
          LEAD,
          'Council leader Ruth Calder said the budget had been the hardest of her time in office.',
          `Calder’s deputy, ${appositive}, was watching from the public gallery.`,
          '“She arrived here knowing nothing about budgets, and now she writes them for the whole county.”',
        ]),
      );
      expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Ben Aldous', 'subject-before']);
    });
  }

  for (const [what, opening] of [
    ['a role in capitals and its remit', 'Harbour MLA for East Tarrow Dr Nadia Okafor'],
    ['a body’s name, a role and its remit', 'Harbour Party member for East Tarrow Dr Nadia Okafor'],
  ] as const)
    it(`gives a quote paragraph to the name after ${what} with no comma (“${opening} has been speaking …”)`, () => {
      const r = read(
        story(`subject-para-remit-${opening.length}`, [
          LEAD,
          `${opening} has been meeting journalists outside the debating chamber this afternoon.`,
          '“Anyone watching at home will ask why they bothered voting for any of us at all.”',
        ]),
      );
      expect(r.run(subjectOfParagraphBefore, 0)?.[0]).toEqual('Nadia Okafor');
    });

  it('passes over a he or she in the clause before the subject (“Asked whether she would …, NAME shook her head.”)', () => {
    const r = read(
      story('subject-para-cataphora', [
        LEAD,
        'Board chair Nadia Okafor told the meeting the terminal would close within the year.',
        'Ruth Calder, whose shop faces the terminal, told the board that trade had halved since the spring.',
        '“My customers cannot park anywhere near the shop any more,” she said.',
        'Asked by the board whether she might keep the terminal open, Okafor shook her head.',
        '“The crews are already thin. If I keep it open, the east quay goes from bad to worse.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 1)).toEqual(['Nadia Okafor', 'Okafor', 'subject-before']);
  });

  it('passes over a place after a preposition and “the” (“after the premiere at the Harbour Hall Theatre”)', () => {
    const r = read(
      story('subject-para-place', [
        LEAD,
        'Ben Aldous, the film’s writer, was not feeling modest after the premiere at the Harbour Hall Theatre.',
        '“I set out to film a frontier story with no heroes in it. That valley bred survivors.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Ben Aldous', 'subject-before']);
  });

  it('still reads two people when the second is named after the subject’s predicate', () => {
    const r = read(
      story('subject-para-two', [
        LEAD,
        'Cllr Ben Aldous, leader of the opposition group, met council leader Ruth Calder on Friday.',
        '“This budget treads water. People will pay more for less.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toBeNull();
  });

  it('gives a quote paragraph to the person a fronted phrase and a copula set up (“Among them was Curator NAME, …”)', () => {
    const r = read(
      story('subject-para-inverted', [
        LEAD,
        'Among those at the opening on Friday was Curator Ben Aldous, who chose every piece in the show.',
        '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Curator Ben Aldous', 'subject-before']);
  });

  it('gives a quote paragraph to the person a topic front sets up past words describing them (“For curator NAME, …”)', () => {
    const r = read(
      story('subject-para-front', [
        LEAD,
        'For gallery curator Ben Aldous, who chose every piece, the show is the work of a decade.',
        '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Ben Aldous', 'subject-before']);
  });

  it('counts no body or place named after the subject as a second person (“was taken to Hale Street Hospital”)', () => {
    const r = read(
      story('subject-para-body', [
        LEAD,
        'Curator Ben Aldous was taken to Hale Street Hospital by ambulance after the fall.',
        '“I do not remember the ladder giving way at all. One moment I was on deck, the next I was in the water.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Curator Ben Aldous', 'subject-before']);
  });

  it('counts no thing named after “the” or before a number as a second person (“when the Corran Ridge fire crossed State Route 12”)', () => {
    const r = read(
      story('subject-para-things', [
        LEAD,
        'Curator Ben Aldous was at his desk on Monday, when the Corran Ridge fire crossed State Route 12 below the hill.',
        '“I do not remember packing the car at all. One moment I was at my desk, the next I was on the road.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Curator Ben Aldous', 'subject-before']);
  });

  it('counts no channel named after the subject as a second person (“and spoke to Harbour TV afterwards”)', () => {
    const r = read(
      story('subject-para-channel', [
        LEAD,
        'Curator Ben Aldous signed the loan papers on Sunday morning, and spoke to Harbour TV shortly afterwards.',
        '“It is a proud day for the gallery and for the town. I did not have to think twice about it.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Curator Ben Aldous', 'subject-before']);
  });

  it('does not answer when the paragraph above has a speech verb (the speaker there may go on)', () => {
    const r = read(
      story('subject-para-verb', [
        LEAD,
        'Curator Ben Aldous said he had worked with the painter for a decade.',
        '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toBeNull();
  });

  for (const front of TOPIC_FRONTS.map((words) => words.join(' '))) {
    it(`gives a quote paragraph to the name a “${front} NAME,” opening sets up as the sentence's topic`, () => {
      const opening = front.charAt(0).toUpperCase() + front.slice(1);
      const r = read(
        story('topic-front', [
          LEAD,
          `${opening} Ben Aldous, choosing every piece in the show has taken him a decade of visits to the studio.`,
          '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
        ]),
      );
      expect(r.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'Ben Aldous', 'subject-before']);
    });
  }

  it('gives a quote paragraph to the person a “For the ROLE,” opening stands for, and to nobody when the role is nobody’s', () => {
    const named = read(
      story('topic-front-role', [
        LEAD,
        'Curator Ben Aldous has chosen every piece in the new show at the harbour gallery.',
        'For the curator, the choice took a decade of visits to the studio.',
        '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
      ]),
    );
    expect(named.run(subjectOfParagraphBefore, 0)).toEqual(['Ben Aldous', 'the curator', 'subject-before']);
    const nobody = read(
      story('topic-front-role-none', [
        LEAD,
        'For the curator, the choice took a decade of visits to the studio.',
        '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
      ]),
    );
    expect(nobody.run(subjectOfParagraphBefore, 0)).toBeNull();
  });

  it('does not answer when a “For NAME,” sentence names a second person', () => {
    const r = read(
      story('topic-front-two', [
        LEAD,
        'For Ben Aldous, working with critic Mia Strand on the show has taken him a decade of visits.',
        '“It is the best work she has ever made. Nobody will leave this room unmoved.”',
      ]),
    );
    expect(r.run(subjectOfParagraphBefore, 0)).toBeNull();
  });

  for (const [form, line] of [
    ['goes on with somebody else speaking', '“It is the best work she has ever made.” Critic Mia Strand disagreed.'],
    ['says whose words they are (“…,” read the banner)', '“It is the best work she has ever made,” read the banner.'],
    ['does not open with the quote', 'The show opens on Friday. “It is the best work she has ever made.”'],
  ] as const) {
    it(`does not answer when the quote’s paragraph ${form}`, () => {
      const r = read(
        story('subject-para-not', [
          LEAD,
          'Curator Ben Aldous has worked with the painter for a decade and chose every piece in the show.',
          line,
        ]),
      );
      expect(r.run(subjectOfParagraphBefore, 0)).toBeNull();
    });
  }
});

describe('continuesPreviousParagraph with reported speech after the quote', () => {
  const lines = (after: string): string[] => [
    LEAD,
    'Board chair Nadia Okafor said the vote had been close but fair.',
    `“The terminal will stay open for now.” The vote was close. ${after}`,
  ];

  it('continues the speaker when the paragraph goes on reporting the same speaker (“…” She said …)', () => {
    const r = read(story('cont-same', lines('She said the board would meet again in June.')));
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toEqual(['Nadia Okafor', null, 'continuation']);
  });

  it('does not continue when the paragraph goes on with somebody else speaking', () => {
    const r = read(story('cont-other', lines('Harbour master Ben Ruiz said the board was wrong.')));
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toBeNull();
  });

  it('does not continue when the paragraph goes on about somebody else by name (“…” Ruiz, 52, has …)', () => {
    const r = read(story('cont-named', lines('Union leader Ben Ruiz, 52, has led the dockers since 1990.')));
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toBeNull();
  });

  it('continues when the paragraph goes on about the same speaker by name (“…” Okafor has …)', () => {
    const r = read(story('cont-same-named', lines('Okafor has chaired the board since 2019.')));
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toEqual(['Nadia Okafor', null, 'continuation']);
  });
});

describe('introducingParagraph past a caption', () => {
  // A caption with a picture credit ("Photo: …") never reaches the quote reader (the cleaner drops it); a short
  // caption line without one is kept as a heading, and that is what stands between "She said:" and the quote here.
  const lines = (intro: string): string[] => [
    'The city council approved a new budget on Tuesday night after a four-hour debate that stretched past midnight.',
    intro,
    'Angela Ruiz at City Hall on Tuesday',
    '“This budget makes hard choices, but they are the right choices for the people of this city.”',
  ];

  it('continues “She said:” over a photo caption the page put between it and the quote', () => {
    const book = buildQuoteBook([
      story('caption', lines('Council President Angela Ruiz defended the spending plan at length. She said:')),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.speaker === null ? null : names.get(q.speaker), q.method])).toEqual([
      ['Angela Ruiz', 'continuation'],
    ]);
  });

  it('does not continue over a caption when the paragraph before it does not end in a colon', () => {
    const book = buildQuoteBook([
      story('caption-no', lines('Council President Angela Ruiz said the spending plan was fair to everyone.')),
    ]);
    expect(book.quotes.map((q) => [q.speaker, q.method])).toEqual([[null, 'none']]);
  });
});

describe('reportedSpeechGoesOn', () => {
  const SAID = 'Board chair Nadia Okafor said the vote had been close but fair.';

  it('gives a quote inside a sentence with no speech verb to the speaker earlier in the paragraph', () => {
    const r = read(
      story('goes-on', [
        LEAD,
        `${SAID} The cuts were “a betrayal of every worker at the port”, and the board would fight them.`,
      ]),
    );
    expect(r.run(reportedSpeechGoesOn, 0)).toEqual(['Nadia Okafor', 'Board chair Nadia Okafor said', 'same-paragraph']);
  });

  it('gives it to the speaker of the paragraph before when the sentence opens its paragraph', () => {
    const r = read(
      story('goes-on-next', [
        LEAD,
        SAID,
        'The cuts were “a betrayal of every worker at the port”, and the board would fight them.',
      ]),
    );
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(reportedSpeechGoesOn, 0)).toEqual(['Nadia Okafor', null, 'continuation']);
  });

  it('does not answer for a quote that opens its sentence', () => {
    const r = read(story('goes-on-opens', [LEAD, `${SAID} “The cuts are a betrayal of every worker at the port.”`]));
    expect(r.run(reportedSpeechGoesOn, 0)).toBeNull();
  });

  it('does not answer for a quote a label naming somebody introduces (“The Union’s commission, in a statement: “…””)', () => {
    const r = read(
      story('goes-on-label', [
        LEAD,
        SAID,
        'The Continental Union’s executive commission, in a statement: “The Union will fund the repairs to the old terminal.”',
      ]),
    );
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(reportedSpeechGoesOn, 0)).toBeNull();
  });

  it('does not answer when the sentence names somebody', () => {
    const r = read(
      story('goes-on-named', [
        LEAD,
        `${SAID} The cuts that Ben Ruiz made were “a betrayal of every worker at the port” and wrong.`,
        'Union leader Ben Ruiz agreed.',
      ]),
    );
    expect(r.run(reportedSpeechGoesOn, 0)).toBeNull();
  });
});

describe('isTermQuoted', () => {
  it('takes a name set off by quotation marks, every long word capitalised, for a term', () => {
    expect(['Harbour Lions', 'Oarsman of the Year', 'Soft Launch'].map(isTermQuoted)).toEqual([true, true, true]);
  });

  it('takes words in lower case, one word or a sentence opening with a capital for somebody’s words', () => {
    expect(['soft launch', 'Enough', 'We will not back down'].map(isTermQuoted)).toEqual([false, false, false]);
  });
});

describe('quote paragraphs across a paragraph that names nobody', () => {
  function speakers(lines: string[]): [string, string | null, string][] {
    const book = buildQuoteBook([story('across', lines)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => [
      q.text.split(' ').slice(0, 3).join(' '),
      q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
      q.method,
    ]);
  }

  it('gives the quote paragraph after it to the speaker before it, and the capitalised term to nobody', () => {
    expect(
      speakers([
        '“The crew rowed with real nerve in a rough sea,” captain Arvind Kesavan said at the harbour.',
        'The regatta had begun badly for the ‘Harbour Lions’ when a rudder broke in the first heat.',
        '“We kept calm and rowed our own race.”',
      ]),
    ).toEqual([
      ['The crew rowed', 'Arvind Kesavan', 'after'],
      ['Harbour Lions', null, 'none'],
      ['We kept calm', 'Arvind Kesavan', 'continuation'],
    ]);
  });

  it('gives a quote paragraph to the person the paragraph before is about, past a quoted term in it', () => {
    expect(
      speakers([
        '“The crew rowed with real nerve in a rough sea,” captain Arvind Kesavan said at the harbour.',
        'Tarek Bellamy, the crew’s ‘Oarsman of the Year’, was pleased with his stroke rate on the final leg.',
        '“Rowing against a strong crew makes you braver.”',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['The crew rowed', 'Arvind Kesavan'],
      ['Oarsman of the', null],
      ['Rowing against a', 'Tarek Bellamy'],
    ]);
  });

  it('passes over no paragraph for a quote inside the writer’s sentence (“While “bumper crops” sound welcome”)', () => {
    expect(
      speakers([
        '“We expect a strong harvest,” co-operative chair Arvind Kesavan said in a letter to members.',
        'Yields last hit a record in 2019.',
        'While “bumper crops” sound welcome, prices were expected to fall.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['We expect a', 'Arvind Kesavan'],
      ['bumper crops', null],
    ]);
  });

  it('passes over no paragraph between that reports somebody’s words (“Analysts said …”)', () => {
    expect(
      speakers([
        '“We expect a strong harvest,” co-operative chair Arvind Kesavan said in a letter to members.',
        'Analysts said “bumper crops” were unlikely this year.',
        '“Please treat the harvest as the first priority.”',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['We expect a', 'Arvind Kesavan'],
      ['bumper crops', null],
      ['Please treat the', null],
    ]);
  });
});

describe('a quote paragraph whose later verb brings in a quote of its own', () => {
  const TRIBUTES = 'Tributes poured in on Friday for the retired lighthouse keeper Ivo Marsh.';

  it('gives the first quote to the speaker of the paragraph before when “NAME added: “…”” follows it', () => {
    expect(
      attributed([
        TRIBUTES,
        'Tom Ardley remembered visiting the lighthouse as a boy. “Farewell, Ivo,” he said.',
        '“Always patient with the children who came to see the lamp. A true gentleman.” Dan Shore added: “The coast has lost its best storyteller.”',
      ]),
    ).toEqual([
      ['Farewell, Ivo', 'Tom Ardley', 'he said'],
      ['Always patient with', 'Tom Ardley', null],
      ['The coast has', 'Dan Shore', 'Dan Shore added'],
    ]);
  });

  it('still leaves the first quote to the later verb when no colon brings in a quote after it', () => {
    expect(
      attributed([
        TRIBUTES,
        'Tom Ardley remembered visiting the lighthouse as a boy. “Farewell, Ivo,” he said.',
        '“Always patient with the children who came to see the lamp. A true gentleman,” Dan Shore added.',
      ]),
    ).toEqual([
      ['Farewell, Ivo', 'Tom Ardley', 'he said'],
      ['Always patient with', 'Dan Shore', 'Dan Shore added'],
    ]);
  });
});

describe('a subject turning to somebody before a quote standing alone', () => {
  for (const [verb, preposition] of [...ADDRESSING_VERBS].sort()) {
    const phrase = preposition === '' ? verb : `${verb} ${preposition}`;
    it(`gives “She ${phrase} NAME. “…”” to the subject, not to the one spoken to`, () => {
      const book = buildQuoteBook([
        story(`addressing-${verb}`, [
          'Tom Lindqvist, 34, admitted the charge of dangerous driving at the hearing on Monday.',
          'Ana Ruiz read her statement to the court on Tuesday morning, her hands shaking.',
          `She ${verb === 'turning' || verb === 'looking' || verb === 'addressing' || verb === 'facing' ? `was ${phrase}` : phrase} Tom Lindqvist in the dock. “I will never understand why you drove away that night.”`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ana Ruiz']);
    });
  }
});

describe('the subject of the sentence before, past a person the quote speaks of', () => {
  it('gives the quote to the subject when the other person named is spoken of by the role before their name', () => {
    expect(
      attributed([
        'Pumas coach Pieter Odendaal saw his side lose the final 30-27 after extra time on Saturday afternoon.',
        'Odendaal would not point at referee Thandi Botha-Pillay after the game. “Nobody should look at the referee for this. Our kicking was poor all day.”',
      ]),
    ).toEqual([['Nobody should look', 'Pieter Odendaal', 'Odendaal']]);
  });

  it('gives it to nobody when the other person named is not spoken of', () => {
    expect(
      attributed([
        'Pumas coach Pieter Odendaal saw his side lose the final 30-27 after extra time on Saturday afternoon.',
        'Odendaal walked over to referee Thandi Botha-Pillay after the game. “Our kicking was poor all day, and that is all there is to it.”',
      ]),
    ).toEqual([['Our kicking was', null, null]]);
  });
});

describe('a lead-in whose subject is somebody unnamed', () => {
  it('gives the quote paragraph under it to nobody named, not to the speaker before (“A farmer, who …, was blunt:”)', () => {
    expect(
      quoteSpeakers([
        'The council voted on Tuesday night to sell the common grazing to a housing developer.',
        'Council leader Ana Ruiz said: “The town needs homes more than it needs another empty field.”',
        'A local farmer, who has kept sheep on the hill for forty years, was blunt:',
        '“They have sold the one thing this town could never buy back.”',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });
});

const SPEAKING_INTRODUCTIONS_SORTED = [...SPEAKING_INTRODUCTIONS].sort();

describe('speakingBefore past the writer’s own lead-in to a colon', () => {
  const lines = (first: string, leadIn: string): string[] => [
    'Velmira launched its first satellite on Thursday night after two delays for wind.',
    `${first} ${leadIn}`,
    '“Tonight Velmira opened its eyes. From now on, we will see for ourselves.”',
  ];

  it('gives the quote paragraph to the one the sentence before a nameless lead-in has speaking (SPEAKING_INTRODUCTIONS)', () => {
    expect(
      SPEAKING_INTRODUCTIONS_SORTED.map((verb) =>
        quoteSpeakers(
          lines(
            `President Ana Ruiz ${verb === 'speaking' ? 'has been speaking' : verb} on the radio from the harbour office.`,
            'What follows is our own translation:',
          ),
        ),
      ),
    ).toEqual(SPEAKING_INTRODUCTIONS_SORTED.map(() => ['Ana Ruiz']));
  });

  for (const noun of [...HANDED_ON_WORDS].sort())
    it(`passes over a lead-in handing on words with “${noun}” (HANDED_ON_WORDS)`, () => {
      expect(
        quoteSpeakers(
          lines('President Ana Ruiz spoke on the radio from the harbour office.', `Below, the ${noun} we made:`),
        ),
      ).toEqual(['Ana Ruiz']);
    });

  for (const leadIn of ['Not everyone was convinced:', 'The opposition’s response came within the hour:'])
    it(`stops at a lead-in with a speaker of its own (“${leadIn}”)`, () => {
      expect(quoteSpeakers(lines('President Ana Ruiz spoke on the radio from the harbour office.', leadIn))).toEqual([
        null,
      ]);
    });

  it('gives it to nobody when a sentence of the writer’s that is no lead-in stands after the one speaking', () => {
    expect(
      quoteSpeakers(
        lines(
          'President Ana Ruiz spoke on the radio from the harbour office.',
          'Crowds in the capital watched on giant screens until dawn.',
        ),
      ),
    ).toEqual([null]);
  });

  it('gives it to nobody when somebody else’s clause has the speaking (“NAME left shortly before NAME spoke”)', () => {
    expect(
      quoteSpeakers(
        lines(
          'President Ana Ruiz left the harbour office shortly before opposition leader Tom Reed spoke.',
          'What follows is our own translation:',
        ),
      ),
    ).toEqual([null]);
  });

  it('gives it to nobody when the sentence before the lead-in does not have its subject speaking', () => {
    expect(
      quoteSpeakers(
        lines('President Ana Ruiz watched from the harbour office.', 'What follows is our own translation:'),
      ),
    ).toEqual([null]);
  });

  it('gives it to whom the lead-in names, not to the one speaking before it', () => {
    expect(
      quoteSpeakers(
        lines(
          'President Ana Ruiz spoke on the radio from the harbour office.',
          'Her rival Tom Reed’s reply from the opposition benches was short:',
        ),
      ),
    ).toEqual(['Tom Reed']);
  });
});

describe('a lead-in of time words alone before a colon (SEQUENCE_LEAD_INS)', () => {
  const lead = (words: string): string[] => [
    'Greta Vossberg, who opened the bakery in 2009, said trade had never been better.',
    `Asked what she would change, Vossberg paused for a long time. ${words}: “Sleep more. Trust fewer people.”`,
  ];
  for (const word of [...SEQUENCE_LEAD_INS].filter((w) => w !== 'and').sort()) {
    const written = `${word[0]?.toUpperCase()}${word.slice(1)}`;
    it(`gives “X paused. ${written}: “…”” to the subject of the sentence before`, () => {
      expect(quoteSpeakers(lead(written))).toEqual(['Greta Vossberg']);
    });
  }

  it('reads "and" before another time word ("And then:"), never "And:" alone', () => {
    expect([quoteSpeakers(lead('And then')), quoteSpeakers(lead('And'))]).toEqual([['Greta Vossberg'], [null]]);
  });
});
