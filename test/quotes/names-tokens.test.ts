// namesTokens: whether a capitalised run's name is the texts of its tokens from a given token to its end, so that
// the words joined once serve every lookup of the run.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { namesTokens } from '../../src/quotes/names.ts';
import { DAYS_MONTHS, OPINION_VERBS, SPEECH_VERBS } from '../../src/quotes/lexicon.ts';
import {
  DOTTED_PLACE_LETTERS,
  PLACE_LETTERS_BODIES,
  TIME_GOES_ON_WORDS,
  withPossessive,
} from '../../src/quotes/tokens.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { article, attributed, quoteSpeakers, story } from './fixtures.ts';

function firstRun(text: string) {
  const a = article(
    [
      'Council votes on the budget',
      text,
      'The council met on Tuesday evening to vote on the budget for the coming year.',
      'Several members asked for more time to read the plan before the final vote.',
    ],
    { id: 'names-tokens', title: null },
  );
  const sentence = articleSentences(a, extractQuotes(a)).find((s) => s.kind === 'body');
  const run = sentence?.runs[0];
  if (sentence === undefined || run === undefined) throw new Error(`no run in ${text}`);
  return { tokens: sentence.tokens, run };
}

describe('namesTokens', () => {
  it('says yes for a name written as its tokens, from where the run starts', () => {
    const { tokens, run } = firstRun('Yesterday Maria Lopez arrived at the council meeting with a new plan.');
    expect(run.name).toEqual(['Maria', 'Lopez']);
    expect(namesTokens(tokens, run, run.from)).toBe(true);
  });

  it('says no when the run starts with a title that is not part of the name', () => {
    const { tokens, run } = firstRun('Yesterday Dr. Maria Lopez arrived at the council meeting with a new plan.');
    expect(run.name).toEqual(['Maria', 'Lopez']);
    expect(namesTokens(tokens, run, run.from)).toBe(false);
    expect(namesTokens(tokens, run, run.nameFrom)).toBe(true);
  });

  it('says no when a word of the name is not its token’s text', () => {
    const { tokens, run } = firstRun('Yesterday Maria Lopez arrived at the council meeting with a new plan.');
    const changed = { ...run, name: ['Maria', 'López'] };
    expect(namesTokens(tokens, changed, run.from)).toBe(false);
  });
});

describe('a stop jammed against the next sentence', () => {
  it('ends the sentence: “NAME said.The …” is two sentences, and NAME speaks in the first', () => {
    expect(
      attributed([
        'Harbour master Ines Varga spoke to the crews on Monday before the first crossing of the season.',
        '"Every boat has passed its inspection," Varga said.The ferry then left the quay on time, with forty cars aboard.',
      ]),
    ).toEqual([['Every boat has', 'Ines Varga', 'Varga said']]);
  });
});

describe('initials joined by stops', () => {
  it('keep their sentence going and open a person’s name (“Justice N.V. Okoro and …”)', () => {
    const a = article(
      [
        'Court hears bail plea',
        'The panel chaired by Justice N.V. Okoro and two other judges heard the bail plea on Monday morning.',
        'The council met on Tuesday evening to vote on the budget for the coming year.',
      ],
      { id: 'dotted-initials', title: null },
    );
    const sentences = articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.runs.filter((r) => r.kind === 'name').map((r) => r.name)).toEqual([['N.V', 'Okoro']]);
  });

  it.each([...DOTTED_PLACE_LETTERS].map((letters) => [letters.toUpperCase()]))(
    'ends the sentence after a place’s letters (“in the %s. The …”)',
    (letters) => {
      const a = article(
        [
          'Court hears bail plea',
          `The firm opened its first office in the ${letters}. The council met on Tuesday evening to vote on it.`,
        ],
        { id: 'dotted-place', title: null },
      );
      expect(articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')).toHaveLength(2);
    },
  );
});

describe('a place’s letters before an office or body of that place (PLACE_LETTERS_BODIES, role nouns, titles)', () => {
  for (const word of [...PLACE_LETTERS_BODIES, 'ambassador', 'secretary-general'].sort()) {
    const capitalised = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`keeps “the U.S. ${capitalised} …” in one sentence`, () => {
      const a = article(
        ['Court hears bail plea', `The filing named the U.S. ${capitalised} in Harbour City as a party to the case.`],
        { id: `place-letters-${word}`, title: null },
      );
      expect(articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')).toHaveLength(1);
    });
  }

  it('gives ““…,” said U.S. District Judge NAME.” to the judge, the sentence whole', () => {
    expect(
      quoteSpeakers([
        'A federal court in the state capital heard the first day of arguments over the new voting maps on Monday.',
        '“Nobody in this room should expect a ruling before the spring,” said U.S. District Judge Maren Oyelaran.',
      ]),
    ).toEqual(['Maren Oyelaran']);
  });

  it('gives “Questioned by Assistant U.S. Attorney NAME about …, he answered: “…”” to the man named before, not to her', () => {
    expect(
      quoteSpeakers([
        'The former finance chief of a failed lender told jurors on Tuesday the company’s founder ran a secret account.',
        'Tomas Ilves, 41, who pleaded guilty last year, said the account held customer money. “It was our safety net,” Ilves said.',
        'Questioned by Assistant U.S. Attorney Ana Ruiz about who could move money, he answered: “Only two of us. Me and the founder.”',
      ]),
    ).toEqual(['Tomas Ilves', 'Tomas Ilves']);
  });
});

describe('a place’s letters before a role noun that is no head title', () => {
  it('ends the sentence there (“to the U.S. Officials in …”)', () => {
    const a = article(
      [
        'Court hears bail plea',
        'Exporters had hoped to sell to the U.S. Officials in the capital have offered no relief since.',
      ],
      { id: 'place-letters-officials', title: null },
    );
    expect(articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')).toHaveLength(2);
  });

  for (const opening of ['Defense lawyer', 'Court papers', 'Federal agents', 'Security forces', 'Trade unions'])
    it(`ends the sentence before “${opening} …”, which opens sentences as often`, () => {
      const a = article(
        ['Court hears bail plea', `Tom Rusk was deported from the U.S. ${opening} said the move was cruel.`],
        { id: 'place-letters-opening', title: null },
      );
      expect(articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')).toHaveLength(2);
    });
});

describe('a capitalised article opening the words after a quote closing with a stop', () => {
  it('makes the speech verb’s word after it a noun, so ““…” The claims were …” opens a sentence of its own', () => {
    const a = story('article-after-quote', [
      'Tom Rusk was a close friend of the developer. “He never once asked me for a favour.” The claims were first made by his former deputy.',
    ]);
    expect(articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')).toHaveLength(3);
  });
});

describe('a speaker after a quote closing with a stop that the sentence’s own speech verb brought in', () => {
  it('opens a sentence of its own, the quote the first speaker’s (“NAME told … “…” NAME said …”)', () => {
    expect(
      quoteSpeakers([
        'Outside the hall, Ana Ruiz told supporters the ruling was “a first crack of daylight.” Board spokesman Tom Reed said the board would “obey the order in full.”',
      ]),
    ).toEqual(['Ana Ruiz', 'Tom Reed']);
  });

  it('opens a sentence of its own when the verb after brings in a quote of its own (“… wrote: “…” Another texted: “…””)', () => {
    expect(
      quoteSpeakers([
        'Listeners kept the text line busy all morning. Ada Penrose, a listener from Lowbury, wrote: “The host was calmer in that minute than most people manage in a year.” Another texted simply: “Ban him from the studio.”',
      ]),
    ).toEqual(['Ada Penrose', null]);
  });

  it('opens a sentence of its own when the verb after credits no words (“… “…” Her rival NAME disagreed.”)', () => {
    expect(
      quoteSpeakers([
        'The hall went quiet as the ruling was read out.',
        'Ana Ruiz told supporters the ruling was “a first crack of daylight.” Her rival Tom Reed disagreed.',
      ]),
    ).toEqual(['Ana Ruiz']);
  });

  for (const opening of [
    'Asked whether the club would ever sell,',
    'When asked if the club would ever sell,',
    'Later, when asked about a sale,',
    'On Friday, responding to the offer,',
  ])
    it(`stays in the quote’s sentence when the speech verb before opens the sentence’s clause (“${opening} “…” NAME told …”)`, () => {
      expect(
        quoteSpeakers([
          'The club has been up for sale twice in ten years.',
          `${opening} “Never. Not while I breathe.” Ann Hale told the Pentreath Post on Friday.`,
        ]),
      ).toEqual(['Ann Hale']);
    });

  it('stays in the quote’s sentence when no speech verb came before the quote (“Why?” NAME asked)', () => {
    const a = story('cued-before-none', [
      'The hall went quiet. Then “Why does the ruling not change anything for us?” Ana Ruiz asked the board.',
    ]);
    expect(articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body').length).toBe(2);
  });
});

describe('a verb of opinion after a quote closing with a stop', () => {
  for (const verb of [...OPINION_VERBS].sort()) {
    const subject = verb.endsWith('s') ? 'She' : 'I';
    it(`opens a sentence of its own (“…” ${subject} ${verb} about it), where a speech verb would credit the quote`, () => {
      const a = story(`opinion-${verb}`, [
        `“The result does not change anything for us this season.” ${subject} ${verb} about it every day now.`,
      ]);
      const body = articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body');
      expect(body.length).toBe(2);
    });
  }

  it('lists speech verbs only (others never credit a quote)', () => {
    expect([...OPINION_VERBS].filter((verb) => !SPEECH_VERBS.has(verb))).toEqual([]);
  });

  it('leaves a speech verb after the quote in its sentence (“…” Ana Ruiz asked)', () => {
    const a = story('opinion-asked', ['“Why does the result not change anything for us?” Ana Ruiz asked the board.']);
    expect(articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body').length).toBe(1);
  });
});

describe('initials joined by an ampersand', () => {
  for (const body of ['KP&L', 'T&W'])
    it(`keep one body's word (“${body} said”): no person named by the letter after the ampersand`, () => {
      expect(
        attributed([
          'About 9,000 homes were without power on Tuesday after the storm brought down lines across the county.',
          `${body} said in a statement that crews "will work through the night until every home is back on".`,
        ]),
      ).toEqual([['will work through', null, `${body} said`]]);
    });
});

describe('a surname that is also a speech verb', () => {
  it('gives ““…,” Said said” to the person named Said, the second word the verb', () => {
    expect(
      attributed([
        'Relief agency chief Omar Said said more than 4,000 families had left their homes since the weekend.',
        '"Our teams have reached 186 people since Sunday night, most of them children," Said said.',
      ]),
    ).toEqual([['Our teams have', 'Omar Said', 'Said said']]);
  });
});

describe('a time written with “a.m.” or “p.m.” before a day, a month or a zone', () => {
  const zones = [...TIME_GOES_ON_WORDS].filter((w) => !DAYS_MONTHS.has(w)).sort();
  for (const word of ['monday', 'june', ...zones]) {
    const next =
      word.length <= 4 && !DAYS_MONTHS.has(word)
        ? word.toUpperCase()
        : `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`keeps the sentence going past “11 p.m. ${next}”: its subject speaks the quote paragraph after it`, () => {
      expect(
        attributed([
          `Rosa Tennick was sheltering in the hall with her son when the storm reached her road shortly after 11 p.m. ${next} and lifted the roof.`,
          '“First the glass went, then there was a noise like an engine above us.”',
          'Tennick said the family would stay with relatives while the house is repaired.',
        ]),
      ).toEqual([['First the glass', 'Rosa Tennick', 'Rosa Tennick']]);
    });
  }

  it('still ends the sentence at “p.m.” before a word that opens a new one', () => {
    expect(
      attributed([
        'The storm reached the road shortly after 11 p.m. Rosa Tennick was sheltering in the hall with her son.',
        '“First the glass went, then there was a noise like an engine above us.”',
        'Tennick said the family would stay with relatives while the house is repaired.',
      ]),
    ).toEqual([['First the glass', 'Rosa Tennick', 'Rosa Tennick']]);
  });
});

describe('a place whose first word is also a title', () => {
  it('reads “Sri Lanka” as the place’s two words, no title “Sri” before a name “Lanka”', () => {
    const { run } = firstRun('Yesterday Sri Lanka named a new captain for the series against the touring side.');
    expect([run.name, run.title, run.nameFrom === run.from]).toEqual([['Sri', 'Lanka'], '', true]);
  });

  it('gives a label “Sri Lanka:” over an answer to nobody, not to a person called Lanka', () => {
    const book = attributed([
      'The captain was back from the tour on Thursday and spoke to us about the series.',
      'Q: How did the tour of Sri Lanka go?',
      'Sri Lanka: “Losing there taught us more than any win this year, and the young players will be better for it.”',
    ]);
    expect(book).toEqual([['Losing there taught', null, null]]);
  });
});

describe('withPossessive', () => {
  function wordsOf(text: string): string[] {
    const a = article(['Council votes on the budget', text], { id: 'possessive-text', title: null });
    const sentence = articleSentences(a, extractQuotes(a)).find((s) => s.kind === 'body');
    return (sentence?.tokens ?? []).filter((t) => t.kind === 'word').map(withPossessive);
  }

  it('writes a plural possessive with its apostrophe alone and a singular one with “’s”, as the page has them', () => {
    expect(wordsOf("The growers’ union and the county’s board met at the Farmers' Hall on Tuesday evening.")).toEqual([
      'The',
      'growers’',
      'union',
      'and',
      'the',
      'county’s',
      'board',
      'met',
      'at',
      'the',
      'Farmers’',
      'Hall',
      'on',
      'Tuesday',
      'evening',
    ]);
  });

  it('gives a role held in a body written with a plural possessive, and the body, as the page writes them', () => {
    const book = buildQuoteBook([
      story('possessive-role', [
        'Growers’ Association chair Hallam Vortigern-Reyes said the price cut would close small farms.',
        '“Nobody asked the people who actually grow the fruit,” he said.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.kind, p.roles])).toEqual([
      ['Growers’ Association', 'organisation', []],
      ['Hallam Vortigern-Reyes', 'person', ['Growers’ Association chair']],
    ]);
  });
});
