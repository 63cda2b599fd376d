// The rule for a roundup's quote paragraph under a heading, credited by the paragraph after it.
import { describe, expect, it } from 'vitest';
import { speakerOpensNextParagraph } from '../../src/quotes/headingRules.ts';
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
