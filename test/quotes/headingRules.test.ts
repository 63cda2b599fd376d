// The rule for a roundup's quote paragraph under a heading, credited by the paragraph after it.
import { describe, expect, it } from 'vitest';
import { speakerOpensNextParagraph } from '../../src/quotes/headingRules.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';
import { LEAD, read } from './ruleHarness.ts';

const QUOTE = '"This is a great day for democracy in the region and for its people."';

describe('speakerOpensNextParagraph', () => {
  it('gives a quote paragraph under a heading to the name opening the paragraph after it', () => {
    const r = read(
      story('heading-next', [
        LEAD,
        '- France -',
        QUOTE,
        'French President Marie Duval added that France would send an observer mission.',
      ]),
    );
    expect(r.run(speakerOpensNextParagraph, 0)).toEqual([
      'Marie Duval',
      'French President Marie Duval added',
      'later-in-paragraph',
    ]);
  });

  it('does not answer when a body paragraph, not a heading, stands above the quote', () => {
    const r = read(
      story('heading-none', [
        LEAD,
        'The vote was counted overnight in every region of the country.',
        QUOTE,
        'French President Marie Duval added that France would send an observer mission.',
      ]),
    );
    expect(r.run(speakerOpensNextParagraph, 0)).toBeNull();
  });

  it('does not answer when the paragraph after it does not open with its speaker', () => {
    const r = read(
      story('heading-later', [
        LEAD,
        '- France -',
        QUOTE,
        'On Monday, officials in Paris said that French President Marie Duval would visit.',
      ]),
    );
    expect(r.run(speakerOpensNextParagraph, 0)).toBeNull();
  });
});

describe('describedUnderHeading', () => {
  function speakers(lines: string[]): (string | null)[] {
    const book = buildQuoteBook([story('described-heading', lines)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => names.get(q.speaker ?? '') ?? null);
  }

  it('gives “…,” the Harbour boss added under a name heading to the heading’s speaker', () => {
    expect(
      speakers([
        'Here is what the manager and the players had to say after the win on Saturday.',
        'Ana Ruiz',
        '“We ran, we tackled and we won our duels from the first minute to the last one.”',
        'On the injury to the captain:',
        '“He hurt his knee before kick-off and still played the full game, which says a lot,” the Harbour boss added.',
      ]),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('gives a quote going on in the paragraph after “said the Irish No. 2” to the heading’s speaker too', () => {
    expect(
      speakers([
        'Here is how the players summed up their matches at the press table on day three.',
        'Mia Ode (d. Lena Hale)',
        '“The fans pulled me over the line,” said the Irish No. 2, a first-time winner at the event. “I have wanted this day for years.”',
      ]),
    ).toEqual(['Mia Ode', 'Mia Ode']);
  });

  it('gives nobody “The coalition added” under a name heading: a body’s noun describes no person', () => {
    expect(
      speakers([
        'Here is what the delegates and the campaigners said after the vote on Wednesday.',
        'Ana Ruiz, chief negotiator for the island states:',
        '“We have been asking for this since 2011 and they finally listened to us.”',
        'The coalition added in a written note that it would “watch every vessel from space”.',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });

  it('gives nobody “the chamber said” with no subject read under a name heading: a body’s noun describes no person', () => {
    expect(
      speakers([
        'Here is what the unions and the business groups said after the budget on Wednesday.',
        'Harbour Dock Workers Union — Branch Secretary Ana Ruiz',
        '“Our members have lost their night shifts and nobody has told us why.”',
        'Velmir Chamber of Commerce: The chamber said on its website: “The port must publish its new fees before the season.”',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });

  it('gives nobody a description under a lead-in set as a heading (“Ana Ruiz wrote:”)', () => {
    expect(
      speakers([
        'The firm laid off nearly 600 employees on Tuesday in its third round of cuts this year.',
        'In an email to staff, chief executive Ana Ruiz wrote:',
        '“No letter I have sent you was harder to put together than this one.”',
        '“Our sales teams have been hit the hardest of all,” the source told reporters.',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });
});

describe('speakerOpensNextParagraph for a feature’s opening monologue', () => {
  const MONOLOGUE = [
    'The ground under the hill town moved for twenty seconds, and the old bell tower fell across the square.',
    '“I could not sleep, as usual at my age, so I was up at four. Then came a roar like a lorry on the hill.',
    '“Out in the street, I watched the tower fold like a deckchair.”',
    'Carmela Ferri, 81, a retired postmistress, was speaking to the Courier from a camp bed in the school gym.',
  ];

  it('gives a quote run over paragraphs, before anybody has been quoted, to the name opening the paragraph after it', () => {
    const r = read(story('monologue', MONOLOGUE));
    expect(r.run(speakerOpensNextParagraph, 0)).toEqual([
      'Carmela Ferri',
      'Carmela Ferri, 81, a retired postmistress, was speaking to',
      'later-in-paragraph',
    ]);
  });

  it('does not answer when somebody was quoted before it', () => {
    const r = read(
      story('monologue-after', [`The mayor said the town would “rise again”. ${MONOLOGUE[0]}`, ...MONOLOGUE.slice(1)]),
    );
    expect(r.run(speakerOpensNextParagraph, 1)).toBeNull();
  });
});
