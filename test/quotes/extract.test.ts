import { describe, expect, it } from 'vitest';
import { extractQuotes, PLURAL_MEASURE_NOUNS } from '../../src/quotes/extract.ts';
import { WORK_NOUNS } from '../../src/quotes/lexicon.ts';
import { MEDIUM_PREPOSITIONS, NAMED_THING_NOUNS, NAMED_THING_OPENERS } from '../../src/quotes/extract.ts';
import { NURSES_STRIKE, story } from './fixtures.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';

function texts(lines: string[]): string[] {
  return extractQuotes(story('x', lines)).map((q) => q.text);
}

describe('extractQuotes', () => {
  it('finds quotes between straight and curly double marks, several sentences long', () => {
    const a = story('marks', [
      '"The bridge will reopen next week. Drivers should expect delays," the transport chief said on a visit to the site.',
      '“We are on schedule and on budget for the repairs,” the contractor said in a statement to the local press.',
    ]);
    expect(extractQuotes(a).map((q) => [q.text, q.partial])).toEqual([
      ['The bridge will reopen next week. Drivers should expect delays', false],
      ['We are on schedule and on budget for the repairs', false],
    ]);
  });

  it('finds a quote whose opening mark is followed by a space and an ellipsis, and no other spaced opener', () => {
    expect([
      texts(['“It took four votes,” he said. “ … Now they come back and say it is five. Something is wrong.”']),
      texts(['The board said it was “ a matter for the courts” and left it there.']),
    ]).toEqual([['It took four votes', '… Now they come back and say it is five. Something is wrong.'], []]);
  });

  it('finds a quote opened by two grave accents and closed by two apostrophes, as old wire feeds typed it', () => {
    expect(
      texts([
        "``The funds have been released and work will start next week,'' she said. The plan was a ``final offer''.",
      ]),
    ).toEqual(['The funds have been released and work will start next week', 'final offer']);
  });

  it('finds a quote set between two apostrophes typed for each double mark, and leaves a lone apostrophe alone', () => {
    expect([
      texts([
        "Speaking at the bridge, the governor said: ''We will not abandon our people. Every road will be built.''",
      ]),
      texts(["''The funds have been released and work will start next week,'' she said."]),
      texts(["The farmers' union said the rains came late and the roads' edges washed away."]),
    ]).toEqual([
      ['We will not abandon our people. Every road will be built.'],
      ['The funds have been released and work will start next week'],
      [],
    ]);
  });

  it('opens a quote typed with no space after a colon or comma, and not a closing mark after a comma', () => {
    expect([
      texts(['Mayor Linda Harper told reporters:"This budget protects every service our residents rely on."']),
      texts(["He said,'We are borrowing from our children to pay for promises we cannot keep.'"]),
      texts(['"We will appeal," he said,"and we expect to win."']),
    ]).toEqual([
      ['This budget protects every service our residents rely on.'],
      ['We are borrowing from our children to pay for promises we cannot keep.'],
      ['We will appeal', 'and we expect to win.'],
    ]);
  });

  it('keeps offsets so the quoted words can be cut verbatim from the article text', () => {
    const a = story('offsets', [
      '“We are on schedule and on budget for the repairs,” the contractor said in a statement to the local press.',
    ]);
    const [q] = extractQuotes(a);
    expect(q).toBeDefined();
    if (!q) return;
    expect(a.text.slice(q.start, q.end)).toBe('“We are on schedule and on budget for the repairs,”');
    expect(q.segments.map((s) => a.text.slice(s.start, s.end))).toEqual([
      'We are on schedule and on budget for the repairs,',
    ]);
  });

  it('joins a quote that stays open into the next paragraph, where it reopens with a mark', () => {
    const quotes = extractQuotes(NURSES_STRIKE).filter((q) => q.paragraphs.length > 1);
    expect(quotes.map((q) => [q.paragraphs, q.text])).toEqual([
      [
        [2, 3],
        'We have been patient for two years. We were told to wait, and we waited while the cost of living went up and up. Now the government must listen to us, or the strikes will continue into the summer',
      ],
    ]);
  });

  it('marks quoted words inside a sentence as partial and one to three of them as scare quotes', () => {
    const quotes = extractQuotes(
      story('partial', [
        'The minister called the report “deeply flawed” and promised “a full and independent review of every single case” within the month.',
      ]),
    );
    expect(quotes.map((q) => [q.text, q.partial, q.scare])).toEqual([
      ['deeply flawed', true, true],
      ['a full and independent review of every single case', true, false],
    ]);
  });

  it('reads a headline quote and flags it as a headline', () => {
    const quotes = extractQuotes(NURSES_STRIKE).filter((q) => q.headline);
    expect(quotes.map((q) => q.text)).toEqual(['We will not back down']);
  });

  it('leaves out apostrophes, possessives and years’ time', () => {
    expect(
      texts([
        'In a few years’ time the ministers’ plan, which Britain’s regulator didn’t back, will be reviewed again by the board and its lawyers.',
        "The company's chief executive said it wasn't the firm's fault that the shares' value had fallen so far this year.",
      ]),
    ).toEqual([]);
  });

  it('leaves out titles of books and films and a nickname inside a name', () => {
    expect(
      texts([
        'She wrote a memoir called “The Long Road Home” about the years she spent working in the refugee camps of the region.',
        'The former boxer Tommy “The Hammer” Reilly opened a gym in the town centre on Saturday with dozens of his old fans.',
      ]),
    ).toEqual([]);
  });

  for (const opener of [...NAMED_THING_OPENERS].sort()) {
    it(`leaves out a title-cased name between "${opener}" and a lower-case noun (“${opener} “Harbour Lights” night”), not one a stop word follows`, () => {
      expect(
        texts([
          `The centre will add ${opener} “Harbour Lights” night with live music in April, Tomas Kell said on Monday.`,
          `Tomas Kell said ${opener} “Harbour Lights” said it all about the plan for the quay.`,
          `The regatta began badly for ${opener} “Harbour Lights” when a rudder broke in the first heat.`,
          `The plan was ${opener} “Complete Shambles” admitted Tomas Kell, the deputy mayor.`,
          `Tomas Kell backed ${opener} “Save the Quay for Everyone” campaign from the start.`,
        ]),
      ).toEqual(['Harbour Lights', 'Harbour Lights', 'Complete Shambles']);
    });
  }

  for (const noun of [...NAMED_THING_NOUNS].sort()) {
    it(`leaves out a title-cased name before "${noun}" (“the “Harbour Lights” ${noun}”), not a short reply`, () => {
      expect(
        texts([
          `Tomas Kell said the “Harbour Lights” ${noun} would return in April after a year away from the quay.`,
          `His reply was a “Not now” ${noun} delivered with a smile, Tomas Kell said.`,
        ]),
      ).toEqual(['Not now']);
    });
  }

  for (const preposition of [...MEDIUM_PREPOSITIONS].sort()) {
    it(`leaves out a show's name right after "${preposition}", with the sentence's stop inside the marks`, () => {
      expect(
        texts([
          `“A ferry every hour is the least this island deserves,” Tomas Kell told host Ana Ruiz ${preposition} “Harbour Tonight.” “Nobody should be ashamed of it.”`,
          `Tomas Kell said he spoke ${preposition} “the worst day of my life” for an hour.`,
        ]),
      ).toEqual([
        'A ferry every hour is the least this island deserves',
        'Nobody should be ashamed of it.',
        'the worst day of my life',
      ]);
    });
  }

  for (const preposition of [...MEDIUM_PREPOSITIONS].sort()) {
    it(`keeps a quote opening a paragraph after one that ends in "${preposition}." (no show's name across a stop)`, () => {
      expect(
        texts([
          `Tomas Kell waved the last ferry through and kept the harbour lights ${preposition}.`,
          '“Go Home Now.” That was all he said to the crew that night, and they went home.',
        ]),
      ).toEqual(['Go Home Now.']);
    });
  }

  for (const noun of [...WORK_NOUNS].sort()) {
    it(`leaves out a title the work noun "${noun}" names (“her last ${noun}, “Harbour Lights,” …”)`, () => {
      expect(
        texts([
          `As the man who played on her last ${noun}, “Harbour Lights,” Tomas Kell said that nobody could replace her on stage.`,
        ]),
      ).toEqual([]);
    });
  }

  for (const genre of ['comedy', 'drama', 'thriller', 'sitcom', 'cartoon']) {
    it(`leaves out the title of a work named by its genre ("the ${genre} “Offside”")`, () => {
      expect(
        texts([
          `Best actor went to Tomas Kell for his role as a disgraced referee in the ${genre} “Offside” at the festival.`,
        ]),
      ).toEqual([]);
    });
  }

  it('leaves out single-quoted sub-headings', () => {
    const a = story('heading', [
      'The council said the library would stay open through the summer, despite the cuts announced earlier in the year.',
      '‘Stay open’',
      'Residents had collected more than four thousand signatures to keep the branch running for at least another year.',
    ]);
    expect(a.paragraphs.find((p) => p.kind === 'heading')).toBeDefined();
    expect(extractQuotes(a)).toEqual([]);
  });

  it('reads single-quoted words in body text when they open and close around words', () => {
    expect(
      texts([
        'The union described the offer as ‘a slap in the face for every single one of our members’ and called a vote.',
      ]),
    ).toEqual(['a slap in the face for every single one of our members']);
  });
});

describe('a single-quoted quotation opening with a figure', () => {
  it('reads ‘340 hours …’ after a typographic opening mark, but no year or decade cut short (‘90s, ‘24)', () => {
    expect(
      texts([
        'In a post she wrote: ‘340 hours of spills in one month is no accident. It is a business model.’',
        'The ‘90s were kinder to the river, she added, and the ‘24 season was the worst on record.',
      ]),
    ).toEqual(['340 hours of spills in one month is no accident. It is a business model.']);
  });
});

describe('a plural’s possessive mark inside a single-quoted quotation', () => {
  it('reads on past “two weeks’ notice” to the mark closing the quotation after its comma', () => {
    expect(
      texts([
        '‘Most tenants got two weeks’ notice, and some got none at all,’ the organiser told the meeting.',
        'Ruiz called the deal a ‘betrayal of the Midlands’ and said the U.S.’ demands had all been met.',
      ]),
    ).toEqual(['Most tenants got two weeks’ notice, and some got none at all', 'betrayal of the Midlands']);
  });

  for (const noun of [...PLURAL_MEASURE_NOUNS].sort())
    it(`reads on past “three ${noun}’ pay” inside a single-quoted quotation`, () => {
      expect(texts([`‘It cost us three ${noun}’ pay, and nobody said sorry,’ the driver said.`])).toEqual([
        `It cost us three ${noun}’ pay, and nobody said sorry`,
      ]);
    });

  it('reads on past a lower-case plural’s possessive before a word of content (“the kids’ swimming”)', () => {
    expect(
      texts(['‘We sold the van, we stopped the twins’ riding lessons, we never eat out,’ the baker said on Monday.']),
    ).toEqual(['We sold the van, we stopped the twins’ riding lessons, we never eat out']);
  });

  it('closes at a lower-case plural before a stop word, and at a capitalised plural, though a later mark closes after a comma', () => {
    expect(
      texts([
        'She called the ruling ‘a matter for the courts’ and left, saying the rest was ‘for the lawyers,’ not her.',
        'He called it ‘a win for the Lowlands’ harvest fund, and the farmers,’ the paper said.',
      ]),
    ).toEqual(['a matter for the courts', 'for the lawyers', 'a win for the Lowlands']);
  });

  it('closes at the possessive when another quotation opens before the later close, however its mark is typed', () => {
    expect(
      texts([
        'The firm calls it the ‘three weeks’ rule, a manager said, adding: ’It works every time.’',
        'They call it the ‘two days’ rule. The boss said:‘It works,’ and left.',
      ]),
    ).toEqual(['three weeks', 'It works every time.', 'two days', 'It works']);
  });

  it('closes a scare quote ending in “s” before a lower-case word when another quotation opens after it', () => {
    expect(
      texts(['The firm calls it the ‘three strikes’ policy. ‘It keeps the vans on the road,’ a manager said.']),
    ).toEqual(['three strikes', 'It keeps the vans on the road']);
  });
});

describe('single-quoted quotations across paragraphs', () => {
  it('extracts a single-quoted quotation that runs on into the next paragraph, each paragraph its own part', () => {
    const book = buildQuoteBook([
      story('single-run-on', [
        'The chief executive opened the annual event on Tuesday in front of a crowd of several thousand developers.',
        '‘This is my first launch as chief executive,’ Mara Quinn said on stage. ‘I love this company and I’m proud to lead it into the next decade.',
        '‘Today we’ll show you the new products our teams have built this year.’',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.text, q.speaker === null ? null : names.get(q.speaker)])).toEqual([
      ['This is my first launch as chief executive', 'Mara Quinn'],
      ['I love this company and I’m proud to lead it into the next decade.', 'Mara Quinn'],
      ['Today we’ll show you the new products our teams have built this year.', 'Mara Quinn'],
    ]);
  });

  it('extracts a single-quoted paragraph that runs on unclosed with the writer’s own paragraph, not a quote, after it', () => {
    expect(
      texts([
        'The manager spoke to the radio station moments after the final whistle on Sunday afternoon.',
        'He told the station: ‘I feel sorry for the other side, they’ve put their life and soul into this.',
        '‘I reckon we’ll enjoy this one, it’s been a long road, and the lads gave me everything they had today.',
        'The county won its first title in twenty years with a one-point win over the champions on Sunday.',
      ]),
    ).toEqual([
      'I feel sorry for the other side, they’ve put their life and soul into this.',
      'I reckon we’ll enjoy this one, it’s been a long road, and the lads gave me everything they had today.',
    ]);
  });

  it('extracts an unclosed single-quoted quotation a speech verb brings in mid-paragraph, to the paragraph’s end', () => {
    expect(
      texts([
        'The island ferry ran late for a third day on Tuesday as the harbour crane stayed broken.',
        'Okoro said after the meeting, ‘Nobody on this island can wait another week for parts. The crane must be fixed now.',
        'According to Okoro, ‘The shop shelves are half empty and the fishermen cannot land their catch anywhere else.',
      ]),
    ).toEqual([
      'Nobody on this island can wait another week for parts. The crane must be fixed now.',
      'The shop shelves are half empty and the fishermen cannot land their catch anywhere else.',
    ]);
  });

  it('opens a straight double mark typed with a space after it when a capital follows (", " Nobody …," he said)', () => {
    expect(
      texts([
        'The ferry was held at the quay for two hours on Tuesday while the crane was checked.',
        'When he heard the crane had failed again, " Nobody here can plan a week ahead any more," he said.',
      ]),
    ).toEqual(['Nobody here can plan a week ahead any more']);
  });

  it('leaves a straight double mark with spaces on both sides and lower case after it alone', () => {
    expect(
      texts(['The sign by the quay read 6 " high at the top of the post, and nobody knew what it meant at all.']),
    ).toEqual([]);
  });

  it('leaves an unclosed single mark mid-paragraph alone when no speech verb brings it in', () => {
    expect(
      texts([
        'The island ferry ran late for a third day on Tuesday as the harbour crane stayed broken.',
        'The queue at the quay, ‘a line of vans and tractors longer than anyone could remember, grew all morning.',
      ]),
    ).toEqual([]);
  });

  it('leaves an unclosed single mark opening a paragraph of fewer than eight words alone', () => {
    expect(
      texts([
        'The manager spoke to the radio station moments after the final whistle on Sunday afternoon.',
        '‘Tis the season, the lads joked.',
        'The captain lifts the cup after the one-point win over the champions on Sunday.',
      ]),
    ).toEqual([]);
  });
});

describe('marks a copied page typed loosely', () => {
  it('closes a quote at a curly closing mark typed after a space (“…, ” said NAME)', () => {
    expect(texts(['“The ferry will run again on Monday, ” said Abu Musa, the harbour master.'])).toEqual([
      'The ferry will run again on Monday',
    ]);
  });

  it('opens a quote at a straight mark jammed against a stop before a capital (opening."Every child …)', () => {
    expect(texts(['The mayor spoke at the opening."Every child in this town deserves a library," Musa said.'])).toEqual(
      ['Every child in this town deserves a library'],
    );
  });

  it('still closes an open quote at a straight mark after a stop ("… at nine." Then …)', () => {
    expect(
      texts(['Musa said: "The library opens at nine." Then he cut the ribbon before anyone could ask more.']),
    ).toEqual(['The library opens at nine.']);
  });

  it('runs an open quote on through a paragraph whose only mark closes it, the opening one lost (“… ¶ … .”)', () => {
    expect(
      texts([
        'Abu Musa said: “The crew was exhausted by the time the boat came in.',
        'Nobody slept that night. We just waited by the radio for news of the others.”',
        'The harbour reopened on Tuesday morning after the storm had passed.',
      ]),
    ).toEqual([
      'The crew was exhausted by the time the boat came in. Nobody slept that night. We just waited by the radio for news of the others.',
    ]);
  });

  it('does not run an open quote on through a paragraph with marks of its own before the end', () => {
    expect(
      texts([
        'Abu Musa said: “The crew was exhausted by the time the boat came in.',
        'The skipper called it “the worst night in years” and went home to sleep.”',
      ]),
    ).toEqual(['The crew was exhausted by the time the boat came in.', 'the worst night in years']);
  });

  it('closes an open quote at a straight mark after a stop though a word is jammed against it (…night."Musa …)', () => {
    expect(
      texts(['He said the crossing had been "the worst of my life, bar none, on any night."Musa went home to sleep.']),
    ).toEqual(['the worst of my life, bar none, on any night.']);
  });

  it('opens a single quote at a closing mark typed for the opening one before a capital (’The …,’ said NAME)', () => {
    const lead = 'The bus company published its new timetable for the city and the surrounding villages on Friday.';
    expect(texts([lead, '’The new timetable starts on Monday and every route will run,’ said Abu Musa.'])).toEqual([
      'The new timetable starts on Monday and every route will run',
    ]);
  });

  it('closes a quote and opens the next at a closing mark jammed between a stop and a capital (….”We …”)', () => {
    expect(
      texts(['HARBOUR MASTER ABU MUSA: “The crew did well tonight.”Nobody slept and we all waited for the others.”']),
    ).toEqual(['The crew did well tonight.', 'Nobody slept and we all waited for the others.']);
  });

  it('opens nothing at a jammed closing mark when the next mark in the paragraph opens a quote', () => {
    expect(
      texts(['Musa said the crew “did well.”Nobody slept, he said, and then “we waited” for the others.']),
    ).toEqual(['did well.', 'we waited']);
  });

  it('opens a single quote before an editor’s bracket (‘(Next year) will …,’ said NAME)', () => {
    expect(texts(["'(Next year) will be a hard one for every family in the town,' Musa said on Monday."])).toEqual([
      '(Next year) will be a hard one for every family in the town',
    ]);
  });

  it('opens nothing at an apostrophe before a lower-case word or a number (rock ’n’ roll, the ’90s)', () => {
    expect(texts(['Musa grew up on rock ’n’ roll in the ’90s and still plays every Friday night.'])).toEqual([]);
  });
});

describe('a quote whose closing mark the page left out before its credit', () => {
  it('ends the quote at the comma before “, Minister NAME responded.”', () => {
    expect(
      texts([
        '“We must put our differences aside. The law applies to everyone in this country, Minister Ana Okafor responded.',
      ]),
    ).toEqual(['We must put our differences aside. The law applies to everyone in this country']);
  });

  it('ends the quote at the comma before “, he said.”', () => {
    expect(texts(['“The ferry will run again on Monday and every day after that, he said.'])).toEqual([
      'The ferry will run again on Monday and every day after that',
    ]);
  });

  it('runs the quote to the paragraph’s end when its last words are no credit (“, the council voted.”)', () => {
    expect(texts(['“The ferry will run again on Monday and every day after that, the council voted.'])).toEqual([
      'The ferry will run again on Monday and every day after that, the council voted.',
    ]);
  });

  it('leaves a credit inside a quote the next paragraph reopens alone', () => {
    const quote = texts([
      '“I told them the ferry would run on Monday, Captain Ilves said.',
      '“And it did, every day after that.”',
    ]);
    expect(quote).toEqual([
      'I told them the ferry would run on Monday, Captain Ilves said. And it did, every day after that.',
    ]);
  });
});
