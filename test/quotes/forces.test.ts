// A bare "police" speaking stands for the one police force its article names in full.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import {
  bareForceNoun,
  FORCE_ENDINGS,
  forceNameHolds,
  forcePhraseStart,
  FORCE_PREFIX_WORDS,
  FORCE_NAME_WORDS,
  FORCE_NOUNS,
  forceEvidence,
  isForceName,
} from '../../src/quotes/forces.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { paragraphTokens } from '../../src/quotes/tokens.ts';
import { story } from './fixtures.ts';

const LEAD = 'Officers were called to a house on Elm Street late on Friday after neighbours heard shouting.';

/** Each quote's first three words with the name of its speaker (null for nobody). */
function attributed(lines: string[]): [string, string | null][] {
  const book = buildQuoteBook([story('force', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), names.get(q.speaker ?? '') ?? null]);
}

/** The tokens of a one-line story's last paragraph. */
function tokensOf(line: string): ReturnType<typeof paragraphTokens> {
  const a = story('force-tokens', [LEAD, line]);
  const paragraph = a.paragraphs[a.paragraphs.length - 1];
  if (!paragraph) throw new Error('no paragraph');
  return paragraphTokens(a, paragraph, extractQuotes(a));
}

describe('isForceName', () => {
  it.each([...FORCE_ENDINGS].map((ending) => [ending]))('reads a name of a police force ending in "%s"', (ending) => {
    const words = ending === 'police' || ending === 'constabulary' ? ['Avon', ending] : ['Avon', 'Police', ending];
    expect(isForceName(words.map((w) => w[0]?.toUpperCase() + w.slice(1)))).toBe(true);
  });

  it.each([...FORCE_NAME_WORDS].map((word) => [word]))('needs a word of its own besides "%s"', (word) => {
    expect(isForceName([word[0]?.toUpperCase() + word.slice(1)])).toBe(false);
    expect(isForceName(['The', 'Police', 'Service'])).toBe(false);
  });

  it('does not read a body that only holds "Police" as a force ("Westbrook Police Federation")', () => {
    expect(isForceName(['Westbrook', 'Police', 'Federation'])).toBe(false);
    expect(isForceName(['Westbrook', 'Fire', 'Service'])).toBe(false);
  });
});

describe('bareForceNoun', () => {
  it.each([...FORCE_NOUNS].map((noun) => [noun]))(
    'reads "%s" after a quote and after "said" as a bare speaker',
    (noun) => {
      const tokens = tokensOf(
        `“Two men were arrested at the scene,” ${noun} said, and “more arrests may follow,” said ${noun} later.`,
      );
      const at = tokens.flatMap((t, i) => (t.lower === noun ? [i] : []));
      expect(at.map((i) => bareForceNoun(tokens, i))).toEqual([true, true]);
    },
  );

  it('does not read "police" after "the" or after a place, or before a capitalised name, as bare', () => {
    const tokens = tokensOf('The police said Avon police had called police Chief Ann Hale to the scene on Friday.');
    const at = tokens.flatMap((t, i) => (t.lower === 'police' ? [i] : []));
    expect(at.map((i) => bareForceNoun(tokens, i))).toEqual([false, false, false]);
  });
});

describe('forcePhraseStart', () => {
  it('opens the phrase at up to FORCE_PREFIX_WORDS capitalised words of the force before its noun', () => {
    const tokens = tokensOf('“Two men were arrested at the scene,” North Arden police said on Friday.');
    const police = tokens.findIndex((t) => t.lower === 'police');
    expect(FORCE_PREFIX_WORDS).toBe(2);
    expect(forcePhraseStart(tokens, police)).toBe(police - 2);
  });

  it('opens no phrase after a possessive or past more capitalised words than FORCE_PREFIX_WORDS', () => {
    const possessive = tokensOf('“Two men were arrested at the scene,” Ann’s police said on Friday.');
    const long = tokensOf('“Two men were arrested at the scene,” Upper North Arden police said on Friday.');
    const at = (tokens: ReturnType<typeof tokensOf>): number => tokens.findIndex((t) => t.lower === 'police');
    expect(forcePhraseStart(possessive, at(possessive))).toBe(-1);
    expect(forcePhraseStart(long, at(long))).toBe(-1);
  });
});

describe('forceNameHolds', () => {
  it('holds when every own word of the phrase is in the force’s name, case folded', () => {
    expect(forceNameHolds(['Westbrook', 'Police', 'Service'], ['westbrook'])).toBe(true);
    expect(forceNameHolds(['Westbrook', 'Police', 'Service'], ['Avon'])).toBe(false);
  });
});

describe('forceEvidence', () => {
  it('lists the one force the article names when a bare "police" speaks', () => {
    const a = story('force-evidence', [
      LEAD,
      'The Westbrook Police Service has asked for witnesses to come forward with information.',
      '“A man was taken to hospital with injuries that are not thought to be serious,” police said.',
    ]);
    expect(forceEvidence('force-evidence', articleSentences(a, extractQuotes(a))).map((e) => e.name)).toEqual([
      ['Westbrook', 'Police', 'Service'],
    ]);
  });

  it('lists no force when no bare "police" speaks, or when the article names two forces', () => {
    const quiet = story('force-quiet', [
      LEAD,
      'The Westbrook Police Service has asked for witnesses to come forward with information.',
    ]);
    const two = story('force-two', [
      LEAD,
      'The Westbrook Police Service and the Avon Constabulary are both looking into the incident.',
      '“A man was taken to hospital with injuries that are not thought to be serious,” police said.',
    ]);
    expect(forceEvidence('force-quiet', articleSentences(quiet, extractQuotes(quiet)))).toEqual([]);
    expect(forceEvidence('force-two', articleSentences(two, extractQuotes(two)))).toEqual([]);
  });
});

describe('forceEvidence with no force named in full', () => {
  it('lists the one force phrase with a name of its own that speaks when no force is named in full', () => {
    const a = story('force-prefixed', [
      LEAD,
      'Two men were held overnight after the break-in, Corland police said.',
      '“Both have since been released on bail,” police said.',
    ]);
    expect(forceEvidence('force-prefixed', articleSentences(a, extractQuotes(a))).map((e) => e.name)).toEqual([
      ['Corland', 'police'],
    ]);
  });

  it('lists no force phrase when it opens its sentence, or when two such phrases speak', () => {
    const opening = story('force-opening', [LEAD, 'Meanwhile police said the road would stay shut until the evening.']);
    const two = story('force-two-prefixed', [
      LEAD,
      'Two men were held overnight, Corland police said, and a third was held later, Avon police said.',
    ]);
    expect(forceEvidence('force-opening', articleSentences(opening, extractQuotes(opening)))).toEqual([]);
    expect(forceEvidence('force-two-prefixed', articleSentences(two, extractQuotes(two)))).toEqual([]);
  });

  it('gives "PLACE police said" and a later bare "Police said" to that force phrase', () => {
    expect(
      attributed([
        LEAD,
        'Two men were held overnight after the break-in, Corland police said.',
        'Police said: “Both have since been released on bail pending further inquiries.”',
      ]),
    ).toEqual([['Both have since', 'Corland police']]);
  });
});

describe('a bare "police" speaking', () => {
  it('gives "police said" and "said the police" to the force the article names, before and after naming it', () => {
    expect(
      attributed([
        LEAD,
        '“A man was taken to hospital with injuries that are not thought to be serious,” police said.',
        'The Westbrook Police Service has asked for witnesses to come forward with information.',
        '“Anyone with dashcam footage from the area is asked to contact us,” said the police.',
      ]),
    ).toEqual([
      ['A man was', 'Westbrook Police Service'],
      ['Anyone with dashcam', 'Westbrook Police Service'],
    ]);
  });

  it('gives a sentence opening with "Police said “…”" and "PLACE police said" to the force named with that place', () => {
    expect(
      attributed([
        LEAD,
        'The Westbrook Police Service has asked for witnesses to come forward with information.',
        'Police said “there is no wider risk to the public at all” and asked people to stay calm.',
        '“Officers will stay in the area over the weekend to reassure residents,” Westbrook police said.',
      ]),
    ).toEqual([
      ['there is no', 'Westbrook Police Service'],
      ['Officers will stay', 'Westbrook Police Service'],
    ]);
  });

  it('gives "PLACE police said" to nobody when the force the article names is of another place', () => {
    expect(
      attributed([
        LEAD,
        'The Westbrook Police Service has asked for witnesses to come forward with information.',
        '“Officers will stay in the area over the weekend to reassure residents,” Avon police said.',
      ]),
    ).toEqual([['Officers will stay', null]]);
  });

  it('gives "police said" to nobody when the article names no force, or two', () => {
    expect(
      attributed([
        LEAD,
        '“A man was taken to hospital with injuries that are not thought to be serious,” police said.',
      ]),
    ).toEqual([['A man was', null]]);
    expect(
      attributed([
        LEAD,
        'The Westbrook Police Service and the Avon Constabulary are both looking into the incident.',
        '“A man was taken to hospital with injuries that are not thought to be serious,” police said.',
      ]),
    ).toEqual([['A man was', null]]);
  });
});
