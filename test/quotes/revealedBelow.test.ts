// A quote standing alone as a feature's opening, whose speaker the paragraph under it reveals.
import { describe, expect, it } from 'vitest';
import {
  AUTHORED_BY_VERBS,
  BELONGED_VERBS,
  CAME_VERBS,
  POINTING_WORDS,
  REFERRING_BACK_LEADS,
  REVEALING_COPULAS,
  refersBackToQuote,
  SPEAKING_PERSON_NOUNS,
  SPEAKING_TIES,
  WORDS_REFERRED_BACK,
} from '../../src/quotes/revealedBelow.ts';
import { attributed, spacedTokens } from './fixtures.ts';

const QUOTE = '“We kept the lamps lit for forty winters and nobody in the city ever asked what it cost us.”';
const SETTING = 'The hall had half emptied by then, and the caretaker was stacking the chairs against the far wall.';

// (The keeper speaks again further down, as the people a feature opens on do: the registry then knows her a person.)
const LATER = '“The light runs itself now,” Vantreece said.';

function speakerOf(below: string, above: string[] = [], further: string[] = []): string | null {
  const quotes = attributed([...above, QUOTE, below, ...further, LATER]);
  return quotes.find(([start]) => start === 'We kept the')?.[1] ?? null;
}

describe('speakerRevealedBelow', () => {
  it('gives the quote to the speaker the paragraph under it reveals after a sentence of setting', () => {
    expect(
      speakerOf(
        `The words came close to midnight. ${SETTING} The speaker, lighthouse keeper Orla Vantreece, had said nothing all evening.`,
      ),
    ).toBe('Orla Vantreece');
  });

  for (const noun of [...WORDS_REFERRED_BACK].sort()) {
    it(`reads the paragraph under the quote as revealing its speaker when it opens with “The ${noun}” (WORDS_REFERRED_BACK)`, () => {
      expect(
        speakerOf(`The ${noun} came close to midnight. Orla Vantreece, the last keeper, had kept quiet until then.`),
      ).toBe('Orla Vantreece');
    });
  }

  it('reads lead words before the noun (REFERRING_BACK_LEADS): “That was the first line”, “It is the kind of line”', () => {
    expect([
      speakerOf('That was the first line Orla Vantreece wrote in her letter to the harbour board.'),
      speakerOf('It is the kind of line that gets a laugh at a reunion. When Orla Vantreece says it, nobody laughs.'),
    ]).toEqual(['Orla Vantreece', 'Orla Vantreece']);
  });

  for (const copula of [...REVEALING_COPULAS].sort())
    it(`gives the quote to the name after “${copula}” (REVEALING_COPULAS)`, () => {
      expect(
        speakerOf(`The words were read out on Monday. The writer ${copula} Orla Vantreece, the last keeper.`),
      ).toBe('Orla Vantreece');
    });

  for (const verb of [...AUTHORED_BY_VERBS].sort())
    it(`gives the quote to the name after “${verb} by” (AUTHORED_BY_VERBS)`, () => {
      expect(speakerOf(`The words were read out on Monday. They were ${verb} by Orla Vantreece in the spring.`)).toBe(
        'Orla Vantreece',
      );
    });

  for (const verb of [...CAME_VERBS].sort())
    it(`gives the quote to the name after “${verb} from”, an adverb perhaps between (CAME_VERBS)`, () => {
      expect([
        speakerOf(`The words were read out on Monday. They ${verb} from Orla Vantreece, the last keeper.`),
        speakerOf(`The words were read out on Monday. They ${verb} quietly from Orla Vantreece, the last keeper.`),
      ]).toEqual(['Orla Vantreece', 'Orla Vantreece']);
    });

  for (const verb of [...BELONGED_VERBS].sort())
    it(`gives the quote to the name after “${verb} to” (BELONGED_VERBS)`, () => {
      expect(speakerOf(`The words were read out on Monday. They ${verb} to Orla Vantreece, the last keeper.`)).toBe(
        'Orla Vantreece',
      );
    });

  it('gives the quote to the speaker the second paragraph under it reveals when the first names and quotes nobody', () => {
    expect(
      speakerOf(
        'The remark won the longest cheer of the evening. The board had called the meeting in June.',
        [],
        ['The words belonged to Orla Vantreece, the last keeper.'],
      ),
    ).toBe('Orla Vantreece');
  });

  it('gives the quote to nobody when the second paragraph down does not itself open by referring back', () => {
    expect(
      speakerOf(
        'The remark won the longest cheer of the evening.',
        [],
        ['Orla Vantreece, the last keeper, had said nothing until then.'],
      ),
    ).toBe(null);
  });

  it('gives the quote to nobody when the paragraph between speaks of a person by role or pronoun', () => {
    expect([
      speakerOf(
        'The words were aimed at the council leader, who sat in silence in the front row.',
        [],
        ['The words belonged to Orla Vantreece, the last keeper.'],
      ),
      speakerOf(
        'The words were aimed squarely at him as he sat in silence in the front row.',
        [],
        ['The words belonged to Orla Vantreece, the last keeper.'],
      ),
    ]).toEqual([null, null]);
  });

  it('gives the quote to nobody when the paragraph between quotes somebody or the speaker is named further down', () => {
    expect([
      speakerOf(
        'The remark drew applause. “It was true,” a fisherman shouted from the door.',
        [],
        ['Orla Vantreece, the last keeper, had said nothing until then.'],
      ),
      speakerOf(
        'The remark won the longest cheer of the evening.',
        [],
        ['The hall was cold and half empty by then.', 'Orla Vantreece, the last keeper, had said nothing until then.'],
      ),
    ]).toEqual([null, null]);
  });

  it('gives the quote to nobody when the person revealing it has a quote of their own in that sentence', () => {
    expect(speakerOf('The remark drew applause. Tobias Quellin wrote that night: “The lamps were paid for.”')).toBe(
      null,
    );
  });

  it('gives the quote to nobody when the paragraph above brings it in with a colon but names no speaker', () => {
    expect(
      speakerOf('The words drew applause. Orla Vantreece, the last keeper, nodded from the back.', [
        'The harbour board issued a notice on Monday, which is worth giving whole:',
      ]),
    ).toBe(null);
  });

  it('gives the quote to the name opening a sentence, after a role set off by a comma, or after “when” before a speech verb', () => {
    expect([
      speakerOf('The words came close to midnight. Orla Vantreece, the last keeper, had kept quiet until then.'),
      speakerOf('The words came close to midnight. Speaking to the hall, Orla Vantreece shook her head.'),
      speakerOf('The words were read out on Monday in a letter from the lighthouse’s keeper, Orla Vantreece.'),
      speakerOf('The words are old. When Orla Vantreece says them, the hall goes quiet.'),
    ]).toEqual(['Orla Vantreece', 'Orla Vantreece', 'Orla Vantreece', 'Orla Vantreece']);
  });

  it('gives the quote to nobody when the name after the paragraph’s noun replies, criticises, repeats or is prompted', () => {
    expect([
      speakerOf('The remark drew a sharp reply from harbour master Tobias Quellin, who said the lamps were paid for.'),
      speakerOf('The comment was criticised by harbour master Tobias Quellin at the next meeting of the board.'),
      speakerOf(
        'The words were quoted back at the meeting by harbour master Tobias Quellin, who had heard them before.',
      ),
      speakerOf(
        'The remark, which harbour master Tobias Quellin later called unfair, came from a bench near the door.',
      ),
      speakerOf('The remarks prompted harbour master Tobias Quellin to leave the hall before the vote was taken.'),
      speakerOf(
        'The warning came when Tobias Quellin, the harbour master, rose to defend the plan and was shouted down.',
      ),
      speakerOf('The remark, Tobias Quellin said afterwards, was unfair to the harbour board and its staff.'),
    ]).toEqual([null, null, null, null, null, null, null]);
  });

  it('gives the quote to nobody when the first person named is the target of the words, not their speaker', () => {
    expect(
      speakerOf('The remark was aimed squarely at harbour master Tobias Quellin, who was sitting beside the clerk.'),
    ).toBe(null);
  });

  it('gives the quote to nobody when the paragraph under it opens with no noun referring back to it', () => {
    expect(speakerOf(`${SETTING} Lighthouse keeper Orla Vantreece had said nothing all evening.`)).toBe(null);
  });

  it('leaves a quote to the speaker of the paragraph above when that paragraph brings it in with a colon', () => {
    expect(
      speakerOf('The words drew applause. Orla Vantreece, the last keeper, nodded from the back.', [
        'Harbour master Tobias Quellin put it plainly:',
      ]),
    ).toBe('Tobias Quellin');
  });

  it('reads the opening of a sentence referring back to a quote, and nothing past the reach or after a name', () => {
    expect([
      refersBackToQuote(spacedTokens('The words came late')),
      refersBackToQuote(spacedTokens('It is the kind of line that')),
      refersBackToQuote(spacedTokens('Vantreece said the words')),
      refersBackToQuote(spacedTokens('The hall was quiet when the words came')),
    ]).toEqual([true, true, false, false]);
  });

  it('gives the quote to the name the paragraph gives after pointing at the person who spoke it', () => {
    expect(
      speakerOf('The man saying this sits by the stove in the keeper’s cottage. His name is Orla Vantreece.'),
    ).toBe('Orla Vantreece');
  });

  for (const noun of [...SPEAKING_PERSON_NOUNS].sort())
    it(`reads “The ${noun} saying this” as pointing at the quote's speaker (SPEAKING_PERSON_NOUNS)`, () => {
      expect([
        refersBackToQuote(spacedTokens(`The ${noun} saying this is tired`)),
        refersBackToQuote(spacedTokens(`A ${noun} saying this is tired`)),
      ]).toEqual([true, false]);
    });

  for (const tie of [...SPEAKING_TIES].sort())
    it(`reads “The woman ${tie}” as pointing at the quote's speaker (SPEAKING_TIES)`, () => {
      expect([
        refersBackToQuote(spacedTokens(`The woman ${tie} is tired`)),
        refersBackToQuote(spacedTokens(`The woman ${tie} the words is tired`)),
        refersBackToQuote(spacedTokens(`The woman ${tie} to reporters is tired`)),
      ]).toEqual([true, true, false]);
    });

  for (const word of [...POINTING_WORDS].sort())
    it(`reads “The man saying ${word}” as pointing at the quote's speaker (POINTING_WORDS)`, () => {
      expect(refersBackToQuote(spacedTokens(`The man saying ${word} is tired`))).toBe(true);
    });

  it('does not read a person behind something other than the words as the quote’s speaker', () => {
    expect([
      refersBackToQuote(spacedTokens('The man behind the campaign is tired')),
      refersBackToQuote(spacedTokens('The man walking past is tired')),
    ]).toEqual([false, false]);
  });

  for (const lead of [...REFERRING_BACK_LEADS].sort()) {
    it(`reads “${lead}” before the noun referring back (REFERRING_BACK_LEADS)`, () => {
      expect([refersBackToQuote(spacedTokens(`${lead} words`)), refersBackToQuote(spacedTokens('Late words'))]).toEqual(
        [true, false],
      );
    });
  }
});
