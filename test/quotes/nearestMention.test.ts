// The last resort for a paragraph of quotation no rule claims: the one person the paragraph above refers to
// (nearestMention.ts).
import { describe, expect, it } from 'vitest';
import { CREDIT_LINE_OPENERS, SPOKEN_SENTENCE_ENDINGS } from '../../src/quotes/nearestMention.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { quoteSpeakers } from './fixtures.ts';

const LEAD = 'The evening ferry to the outer isles left forty minutes late on Friday because of a broken ramp.';

describe('a paragraph of quotation under the one person the paragraph above refers to', () => {
  it('goes to the person set off after a phrase of praise (“Fair play to the skipper, NAME, who …”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Fair play to the skipper, Odran Tulloch, who was calm about it, although the ramp has failed twice this month.',
        '“We have had worse crossings. Nobody was hurt and the cars all got off.”',
      ]),
    ).toEqual(['Odran Tulloch']);
  });

  it('goes to the person past a sentence of the paragraph that refers to nobody (“… It had been a long one.”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“It was a long day for everyone,” said Fenella Murchison, who runs the pier cafe.',
        'The skipper, Odran Tulloch, came in for tea after the last crossing. It had been a long one.',
        '“The ramp is older than I am. We patch it and we pray.”',
      ]),
    ).toEqual(['Fenella Murchison', 'Odran Tulloch']);
  });

  it('leaves out the one the quote speaks of as she (“… has taken NAME across …” ¶ “She is …”)', () => {
    expect(
      quoteSpeakers(
        [
          LEAD,
          '“The queue was long but cheerful,” said Brenda Vass, who sells the tickets.',
          'The skipper, Odran Tulloch, has taken Brenda Vass across the sound many times. It is a short crossing.',
          '“Every time. She is fine on the pier, and the minute we cast off she is sick on my deck.”',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Brenda Vass', 'Odran Tulloch']);
  });

  it('leaves out the one the quote calls by name', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“There was tea for anyone who wanted it,” said Fenella Murchison, who runs the pier cafe.',
        'The skipper, Odran Tulloch, shook hands with Fenella Murchison on the slipway.',
        '“Fenella kept the whole queue going with flasks of tea. We owe her one.”',
      ]),
    ).toEqual(['Fenella Murchison', 'Odran Tulloch']);
  });

  it('goes to nobody when two people are left above', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“There was tea for anyone who wanted it,” said Fenella Murchison, who runs the pier cafe.',
        'The skipper, Odran Tulloch, shook hands with Fenella Murchison on the slipway.',
        '“We have had worse crossings. Nobody was hurt and the cars all got off.”',
      ]),
    ).toEqual(['Fenella Murchison', null]);
  });

  it('goes to nobody when somebody above has a name the corpus does not know', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The skipper, Odran Tulloch, shook hands with Fenella Murchison on the slipway.',
        '“We have had worse crossings. Nobody was hurt and the cars all got off.”',
      ]),
    ).toEqual([null]);
  });

  it('goes to nobody when somebody above has no name (“One deckhand stood by the ramp”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Fair play to the skipper, Odran Tulloch, who was calm about it. One deckhand stood by the ramp with a torch.',
        '“We have had worse crossings. Nobody was hurt and the cars all got off.”',
      ]),
    ).toEqual([null]);
  });

  it('goes to nobody when the quote ends on no mark of a spoken sentence’s end (a subheading)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Fair play to the skipper, Odran Tulloch, who was calm about it, although the ramp has failed twice this month.',
        '“Worse crossings than this one”',
        'The ferry company has promised a new ramp by the spring.',
      ]),
    ).toEqual([null]);
  });

  it('reads the marks a spoken sentence ends on (SPOKEN_SENTENCE_ENDINGS)', () => {
    expect([...SPOKEN_SENTENCE_ENDINGS].sort()).toEqual(['!', '.', '?', '–', '—', '…'].sort());
    const speakers = [...SPOKEN_SENTENCE_ENDINGS].map(
      (mark) =>
        quoteSpeakers([
          LEAD,
          'Fair play to the skipper, Odran Tulloch, who was calm about it, although the ramp failed again.',
          `“We have had worse crossings than this one, and we will have worse again${mark}”`,
        ])[0],
    );
    expect(speakers).toEqual([...SPOKEN_SENTENCE_ENDINGS].map(() => 'Odran Tulloch'));
  });

  it('goes to nobody when a line opening with a dash credits the quote (CREDIT_LINE_OPENERS)', () => {
    expect([...CREDIT_LINE_OPENERS].sort()).toEqual(['-', '–', '—'].sort());
    const speakers = [...CREDIT_LINE_OPENERS].map(
      (dash) =>
        quoteSpeakers([
          LEAD,
          'Fair play to the skipper, Odran Tulloch, who was calm about it, although the ramp failed again.',
          '“We have had worse crossings. Nobody was hurt and the cars all got off.”',
          `${dash} a passenger from Stromsay who asked not to be named`,
        ])[0],
    );
    expect(speakers).toEqual([null, null, null]);
  });

  it('goes to nobody under a list item a dash opens, or a lead-in ending on a colon', () => {
    expect([
      quoteSpeakers([
        LEAD,
        '– Odran Tulloch borrows the motto of a long-gone shipping line.',
        '“We have had worse crossings. Nobody was hurt and the cars all got off.”',
      ]),
      quoteSpeakers([
        LEAD,
        'Fair play to the skipper, Odran Tulloch, who was calm about it. Here is the notice the harbour board pinned up:',
        '“The master failed to report a fault in the ramp before sailing.”',
      ]),
    ]).toEqual([[null], [null]]);
  });
});
