// The last resort for a paragraph of quotation no rule claims: the one person the paragraph above refers to, when
// they speak elsewhere in the article (nearestMention.ts).
import { describe, expect, it } from 'vitest';
import { SPOKEN_SENTENCE_ENDINGS } from '../../src/quotes/nearestMention.ts';
import { DASH_MARKS } from '../../src/quotes/capsLabel.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { quoteSpeakers } from './fixtures.ts';

const LEAD = 'The evening ferry to the outer isles left forty minutes late on Friday because of a broken ramp.';
const PRAISE =
  'Credit to the skipper, Odran Quarrie, who stayed calm throughout, although the ramp failed twice this month.';
const QUOTE = '“We have had worse crossings. Nobody was hurt and the cars all got off.”';
const LATER = '“We sail again tomorrow at six,” Quarrie said.';

describe('a paragraph of quotation under the one person the paragraph above refers to', () => {
  it('goes to the person set off after a phrase of praise (“Credit to the skipper, NAME, who …”)', () => {
    expect(quoteSpeakers([LEAD, PRAISE, QUOTE, LATER])).toEqual(['Odran Quarrie', 'Odran Quarrie']);
  });

  it('goes to the person past a sentence of the paragraph that refers to nobody (“… It had been a long one.”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“It was a long day for everyone,” said Elspeth Murchison, who runs the pier cafe.',
        'The skipper, Odran Quarrie, came in for tea after the last crossing. It had been a long one.',
        '“The ramp is older than I am. We patch it and we pray.”',
        LATER,
      ]),
    ).toEqual(['Elspeth Murchison', 'Odran Quarrie', 'Odran Quarrie']);
  });

  it('leaves out the one the quote speaks of as she (“… has taken NAME across …” ¶ “She is …”)', () => {
    expect(
      quoteSpeakers(
        [
          LEAD,
          '“The queue was long but cheerful,” said Brenda Vass, who sells the tickets.',
          'The skipper, Odran Quarrie, has taken Brenda Vass across the sound many times. It is a short crossing.',
          '“Every trip. She is calm on the quay, and she frets from the moment the engines start.”',
          LATER,
        ],
        { givenNameGender },
      ),
    ).toEqual(['Brenda Vass', 'Odran Quarrie', 'Odran Quarrie']);
  });

  it('leaves out the one the quote calls by name', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“There was tea for anyone who wanted it,” said Elspeth Murchison, who runs the pier cafe.',
        'The skipper, Odran Quarrie, shook hands with Elspeth Murchison on the slipway. It was nearly dark.',
        '“Elspeth kept the whole queue going with flasks of tea. We owe her one.”',
        LATER,
      ]),
    ).toEqual(['Elspeth Murchison', 'Odran Quarrie', 'Odran Quarrie']);
  });

  it('goes to nobody when the quote calls the one person by a word of their role (“… the skipper should resign.”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Ferry skipper Odran Quarrie has come under fire over the ramp. It was built in 1974.',
        '“It is a disgrace, and the skipper should resign.”',
        LATER,
      ]),
    ).toEqual([null, 'Odran Quarrie']);
  });

  it('keeps the one who calls themself by the role (“I’m the skipper, so it’s on me.”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        PRAISE,
        '“I’m the skipper, so it’s on me. Nobody was hurt and the cars all got off.”',
        LATER,
      ]),
    ).toEqual(['Odran Quarrie', 'Odran Quarrie']);
  });

  it('reads past a sentence naming nobody that opens with somebody’s words (“The warning came too late.”)', () => {
    expect(quoteSpeakers([LEAD, `${PRAISE} The warning about the ramp came too late.`, QUOTE, LATER])).toEqual([
      'Odran Quarrie',
      'Odran Quarrie',
    ]);
  });

  it('counts no speech verb in a sentence quoting nobody as speaking (“NAME did not respond when we called.”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The warehouse owner, Odran Quarrie, 52, was arrested on Friday. Nobody yet knows how the blaze began.',
        '“It went up like a torch. We could feel the heat from across the road.”',
        'Quarrie did not respond when we called him on Saturday.',
      ]),
    ).toEqual([null]);
  });

  it('goes to nobody when the paragraph under it has the one person reply (“…” ¶ “…,” NAME replied.)', () => {
    expect(
      quoteSpeakers([
        'The trial of three men accused of robbing a ferry office continued at the sheriff court on Wednesday.',
        'The ticket clerk, Dora Quarrie, was then cross-examined by the defence. It lasted more than an hour.',
        '“You were fifty yards away. You had left your glasses at home.”',
        '“I know what I saw,” Quarrie replied.',
      ]),
    ).toEqual([null, 'Dora Quarrie']);
  });

  it('goes to nobody when the one person speaks nowhere in the article (“NAME, 19, was pronounced dead …”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Odran Quarrie, 19, was pronounced dead at the scene on Saturday night. The road was closed for several hours.',
        '“The whole island is heartbroken. Nobody can believe it.”',
      ]),
    ).toEqual([null]);
  });

  it('goes to nobody under a sentence opening with a document (“The report, commissioned by NAME, …”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The report, commissioned by harbour master Odran Quarrie when he took office, runs to 400 pages.',
        '“The board has failed to maintain the ramp for a decade.”',
        LATER,
      ]),
    ).toEqual([null, 'Odran Quarrie']);
  });

  it('goes to nobody when two people are left above', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“There was tea for anyone who wanted it,” said Elspeth Murchison, who runs the pier cafe.',
        'The skipper, Odran Quarrie, shook hands with Elspeth Murchison on the slipway. It was nearly dark.',
        QUOTE,
        LATER,
      ]),
    ).toEqual(['Elspeth Murchison', null, 'Odran Quarrie']);
  });

  it('goes to nobody when somebody above has a name the corpus does not know', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The skipper, Odran Quarrie, shook hands with Elspeth Murchison on the slipway. It was nearly dark.',
        QUOTE,
        LATER,
      ]),
    ).toEqual([null, 'Odran Quarrie']);
  });

  it('goes to nobody when somebody above has no name (“One deckhand stood by the ramp”)', () => {
    expect(quoteSpeakers([LEAD, `${PRAISE} One deckhand stood by the ramp with a torch.`, QUOTE, LATER])).toEqual([
      null,
      'Odran Quarrie',
    ]);
  });

  it('goes to nobody when the quote is a question or ends on no mark of a statement’s end (a subheading)', () => {
    expect([
      quoteSpeakers([LEAD, PRAISE, '“What will you fix first, the ramp or the timetable?”', LATER]),
      quoteSpeakers([
        LEAD,
        PRAISE,
        '“Worse crossings than this one”',
        'The ferry company has promised a new ramp.',
        LATER,
      ]),
    ]).toEqual([
      [null, 'Odran Quarrie'],
      [null, 'Odran Quarrie'],
    ]);
  });

  it('reads the marks a spoken statement ends on (SPOKEN_SENTENCE_ENDINGS)', () => {
    expect([...SPOKEN_SENTENCE_ENDINGS].sort()).toEqual(['!', '.', '–', '—', '…'].sort());
    const speakers = [...SPOKEN_SENTENCE_ENDINGS].map(
      (mark) =>
        quoteSpeakers([
          LEAD,
          PRAISE,
          `“We have had worse crossings than this, and we will have worse again${mark}”`,
          LATER,
        ])[0],
    );
    expect(speakers).toEqual([...SPOKEN_SENTENCE_ENDINGS].map(() => 'Odran Quarrie'));
  });

  it('goes to nobody when a line opening with a dash credits the quote (DASH_MARKS)', () => {
    const speakers = [...DASH_MARKS].map(
      (dash) =>
        quoteSpeakers([
          LEAD,
          PRAISE,
          QUOTE,
          `${dash} A passenger from Stromsay, travelling with two collies.`,
          LATER,
        ])[0],
    );
    expect(speakers).toEqual([null, null, null]);
  });

  it('goes to nobody under a list item a dash opens, or a lead-in ending on a colon', () => {
    expect([
      quoteSpeakers([LEAD, '– Odran Quarrie borrows the motto of a long-gone shipping line.', QUOTE, LATER]),
      quoteSpeakers([
        LEAD,
        `${PRAISE} Here is the notice the harbour board pinned up:`,
        '“The master failed to report a fault in the ramp before sailing.”',
        LATER,
      ]),
    ]).toEqual([
      [null, 'Odran Quarrie'],
      [null, 'Odran Quarrie'],
    ]);
  });
});
