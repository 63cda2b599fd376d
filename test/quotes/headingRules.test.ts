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

  it('gives “…,” the Rovers boss added under a name heading to the heading’s speaker', () => {
    expect(
      speakers([
        'Here is what the manager and the players had to say after the win on Saturday.',
        'Ana Ruiz',
        '“We ran, we tackled and we won our duels from the first minute to the last one.”',
        'On the injury to the captain:',
        '“He twisted his ankle in the warm-up and tried to carry on, which was brave,” the Rovers boss added.',
      ]),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('gives a quote going on in the paragraph after “said the British No. 3” to the heading’s speaker too', () => {
    expect(
      speakers([
        'Here is what the players had to say in the interview room on the third day.',
        'Mia Ode (d. Lena Hale)',
        '“The crowd carried me through the tiebreak,” said the British No. 3, who had never won here. “I have dreamed of this since I was six.”',
      ]),
    ).toEqual(['Mia Ode', 'Mia Ode']);
  });

  it('gives nobody “The alliance later said” under a name heading: a body’s noun describes no person', () => {
    expect(
      speakers([
        'Here is what the delegates and the campaigners said after the vote on Wednesday.',
        'Ana Ruiz, chief negotiator for the island states:',
        '“We have been asking for this since 2011 and they finally listened to us.”',
        'The alliance later said in a statement that it would “keep a close eye on the satellite data”.',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });

  it('gives nobody a description under a lead-in set as a heading (“Ana Ruiz wrote:”)', () => {
    expect(
      speakers([
        'The firm laid off nearly 600 employees on Tuesday in its third round of cuts this year.',
        'In an email to staff, chief executive Ana Ruiz wrote:',
        '“This is the hardest message I have had to write to all of you.”',
        '“Our sales teams have been hit the hardest of all,” the source told reporters.',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });
});
