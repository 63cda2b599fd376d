// A roundup speaker's own words printed without quotation marks under their name heading.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakersOf } from './fixtures.ts';

const LEAD =
  'Both skippers spoke to reporters on Friday at the marina before the final race of the regatta, with the home crew one point clear.';
const FIRST = '"Dropping a trimmer the night before a final is the worst part of this job."';
const SECOND = '"Our new bowman reads the wind better than anyone in the fleet, so I am calm."';

describe('plainlySpokenUnderName', () => {
  it('goes on with the heading’s speaker past a paragraph in the first person without quotation marks', () => {
    expect(
      speakersOf([
        LEAD,
        'Marek Fenwald (Kestrel skipper)',
        FIRST,
        'We think a sea breeze will come in after lunch, so the first beat will decide a lot.',
        SECOND,
      ]),
    ).toEqual(['Marek Fenwald', 'Marek Fenwald']);
  });

  it('does not go on past such a paragraph when no heading names a speaker above it', () => {
    expect(
      speakersOf([
        LEAD,
        `${FIRST.slice(0, -1)}," said Marek Fenwald, the Kestrel skipper.`,
        'We think a sea breeze will come in after lunch, so the first beat will decide a lot.',
        SECOND,
      ]),
    ).toEqual(['Marek Fenwald', null]);
  });

  it('does not go on past a paragraph in the first person that names somebody', () => {
    expect(
      speakersOf([
        LEAD,
        'Marek Fenwald (Kestrel skipper)',
        FIRST,
        'We think Tomas Brell will helm the first beat, so the start will decide a lot.',
        SECOND,
      ]),
    ).toEqual(['Marek Fenwald', null]);
  });

  it('goes on past such a paragraph opening in the first person whose later sentences name somebody', () => {
    expect(
      speakersOf([
        LEAD,
        'Marek Fenwald (Kestrel skipper)',
        FIRST,
        'I sailed as well as I could this week. Tomas Brell just never gave us a chance. Credit to him.',
        SECOND,
      ]),
    ).toEqual(['Marek Fenwald', 'Marek Fenwald']);
  });
});
