// Somebody brought in unnamed who gave one name: "A witness, who gave her name only as Nell, said …".
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  ANONYMITY_PHRASES,
  GIVEN_ASIDE_REACH,
  givenInAsideAfter,
  OTHERS_NAME_WORDS,
  NAME_GIVEN_LEADS,
  NAMING_WORDS,
  ONE_NAME_WORDS,
} from '../../src/quotes/givenAs.ts';
import { isSpeechVerbAt } from '../../src/quotes/verbReach.ts';
import type { Token } from '../../src/quotes/tokens.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';

const LEAD =
  'A shark bit a bodyboarder off the main beach on Sunday morning, and the council closed the beach until Tuesday.';

/** Each quote's speaker as the book names them, or null. */
function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('given-as', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

const LEADS: Record<string, string> = {
  name: 'A witness, who gave her name only as Nell Darby, said the beach had been crowded.',
  identified: 'A witness, identified only as Nell Darby, said the beach had been crowded.',
  known: 'A witness, known only as Nell Darby, said the beach had been crowded.',
};

describe('a name an unnamed person gave (NAME_GIVEN_LEADS)', () => {
  for (const lead of [...NAME_GIVEN_LEADS].sort())
    it(`gives “…,” she said to the name given after “${lead} … as”`, () => {
      expect(
        speakers([
          LEAD,
          LEADS[lead] ?? '',
          '“There were children everywhere, and then the whistles started,” she said.',
        ]),
      ).toEqual(['Nell Darby']);
    });

  it('gives it to nobody when the unnamed person gave no name', () => {
    expect(
      speakers([
        LEAD,
        'A witness, who did not give her name, said the beach had been crowded.',
        '“There were children everywhere, and then the whistles started,” she said.',
      ]),
    ).toEqual([null]);
  });

  for (const word of [...ONE_NAME_WORDS].sort())
    it(`gives “…,” she said to the one name given after “only her ${word} name,” (ONE_NAME_WORDS)`, () => {
      expect(
        speakers([
          LEAD,
          `A swimmer, who gave only her ${word} name, Nell, said the beach had been crowded.`,
          '“There were children everywhere, and then the whistles started,” she said.',
        ]),
      ).toEqual(['Nell']);
    });
});

describe('a name handed to a description by a naming word (NAMING_WORDS)', () => {
  for (const word of [...NAMING_WORDS].sort()) {
    it(`gives the quote after “A lifeguard ${word} NAME ran over and said,” to that name`, () => {
      expect(
        speakers([
          LEAD,
          `A lifeguard ${word} Tomas Reyes ran over and said, “Out of the water, everybody, now.”`,
          `“I have never seen one so close to the flags,” said a surfer ${word} Ines Obi.`,
        ]),
      ).toEqual(['Tomas Reyes', 'Ines Obi']);
    });

    it(`gives a quote nested in a transcript answer after “a coach ${word} NAME … said,” to that name`, () => {
      const book = buildQuoteBook([
        story('given-nested', [
          'Q: How long have you been surfing this beach?',
          'A: Since I was eight. My dad brought me down on his bike before school most mornings.',
          'Q: Who taught you to read the waves?',
          `A: I was twelve. A coach ${word} Tomas Reyes sat me on the sand and said, “Count the sets before you paddle.” I still do.`,
          'Q: And the shark?',
          'A: I saw the fin and got out. That is all there is to it, honestly.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => [q.text, q.speaker === null ? null : names.get(q.speaker)])).toContainEqual([
        'Count the sets before you paddle.',
        'Tomas Reyes',
      ]);
    });
  }

  it('keeps “called” a speech verb when the name is called something or owns the next word', () => {
    /** Word tokens of a line of single-space-separated words; a word in ’s owns the next. */
    const words = (line: string): Token[] =>
      line.split(' ').map((raw, i) => {
        const text = raw.replace(/’s$/u, '');
        const capital = /^\p{Lu}/u.test(text);
        const token: Token = { kind: 'word', text, start: i, end: i + 1, lower: text.toLowerCase(), capital };
        if (text !== raw) token.possessive = true;
        return token;
      });
    const lines = [
      'A councillor called Hale a coward for the vote',
      'A councillor called Hale’s plan a disgrace',
      'The lifeguard called Tomas Reyes over',
      'A lifeguard called Tomas Reyes ran over',
    ];
    expect(lines.map((line) => isSpeechVerbAt(words(line), 2))).toEqual([true, true, true, false]);
  });
});

describe('a source kept anonymous (ANONYMITY_PHRASES)', () => {
  const CLAUSES: Record<string, string> = {
    'not to be named': 'who asked not to be named',
    'not be named': 'who asked that she not be named',
    'name not be used': 'who asked that her name not be used',
    'name not be published': 'who asked that her name not be published',
    'not to be identified': 'who asked not to be identified',
    'not be identified': 'who asked that she not be identified',
    'condition of anonymity': 'speaking on condition of anonymity',
    'declined to be named': 'who declined to be named',
    'declined to give his name': 'who declined to give his name',
    'declined to give her name': 'who declined to give her name',
    'declined to give their name': 'who declined to give their name',
  };
  for (const phrase of ANONYMITY_PHRASES.map((p) => p.join(' ')).sort())
    it(`gives a later “she said” to nobody after “The lifeguard, ${CLAUSES[phrase] ?? phrase}, said …”`, () => {
      expect(
        speakers([
          LEAD,
          'Nell Darby, who runs the surf school, said the beach had been crowded. “It was packed,” she said.',
          `The lifeguard, ${CLAUSES[phrase] ?? phrase}, said the whistles had gone at ten.`,
          '“There were children everywhere, and then the whistles started,” she said.',
        ]),
      ).toEqual(['Nell Darby', null]);
    });
});

describe('a name a definite role gives in the “who” aside after it (givenInAsideAfter)', () => {
  it('gives the quote to the name after “the kiosk’s owner, who gave his name as”, before or after the quote', () => {
    expect([
      ...speakers([
        LEAD,
        '“We rent out boards, and nobody had warned us,” the kiosk’s owner, who gave his name as Mr Oduya, said.',
      ]),
      ...speakers([
        LEAD,
        'The kiosk’s owner, who identified himself as Tevita, said: “We rent out boards, and nobody had warned us.”',
      ]),
    ]).toEqual(['Oduya', 'Tevita']);
  });

  it('reads the aside right after the role only: “who” first, words alone up to the name, within the reach', () => {
    const tokens = spacedTokens('the owner , who gave his name as Tevita , said');
    const far = spacedTokens('the owner , who said that a cousin of hers who gave her name as Tevita , said');
    expect([
      givenInAsideAfter(tokens, 2, 8),
      givenInAsideAfter(spacedTokens('the owner , a man who gave his name as Tevita'), 2, 9),
      givenInAsideAfter(
        far,
        2,
        far.findIndex((t) => t.text === 'Tevita'),
      ),
      far.findIndex((t) => t.text === 'Tevita') - 2 > GIVEN_ASIDE_REACH,
    ]).toEqual([true, false, false, true]);
  });
});

describe('a name the “who” aside gives somebody else (OTHERS_NAME_WORDS, a possessive)', () => {
  for (const word of [...OTHERS_NAME_WORDS].sort()) {
    it(`gives the quote to nobody when the aside gives “${word} …” name (“who gave ${word} rider's name as NAME”)`, () => {
      expect(
        speakers([
          LEAD,
          `“The rider was taken to hospital with cuts to his leg,” the lifeguard, who gave ${word} rider's name as Paul Kerrigan, said.`,
        ]),
      ).toEqual([null]);
    });
  }

  it('gives the quote to nobody when a possessive owns the name given (“who gave his colleague’s name as”)', () => {
    expect(
      speakers([
        LEAD,
        '“The rider was taken to hospital with cuts to his leg,” the lifeguard, who gave his colleague’s name only as Paul, said.',
      ]),
    ).toEqual([null]);
  });
});

describe('a name somebody unnamed identified themselves by', () => {
  for (const reflexive of ['himself', 'herself', 'themselves'])
    it(`is the speaker’s (“A caller who identified ${reflexive} as NAME from PLACE said …”)`, () => {
      expect(
        quoteSpeakers([
          'Listeners who phoned the morning programme were divided over the ruling.',
          `A caller who identified ${reflexive} as Kojo from Ankaful said the minister should resign “for the good of the party”.`,
        ]),
      ).toEqual(['Kojo']);
    });
});

describe('a one-word name from a place set off after a word of somebody unnamed', () => {
  it('is the speaker’s (“Another, NAME from PLACE, said …”)', () => {
    expect(
      quoteSpeakers([
        'Listeners who phoned the morning programme were divided over the ruling.',
        'Another, Esi from Winneba, said the minister deserved a fair hearing. “Nobody has proved anything yet,” she said.',
      ]),
    ).toEqual(['Esi']);
  });
});

describe('a name the “who” aside of the speaker’s own phrase gives (nameGivenAt in phraseBefore)', () => {
  const STRIKE = 'Baggage handlers stood at the gate for a third day on Friday as the pay talks stalled again.';
  const WORDS = '“People think we just throw the bags about all day.”';

  it('gives “A handler, who gave his name just as NAME SURNAME, said: “…”” to the name given', () => {
    expect(speakers([STRIKE, `A handler, who gave his name just as Nico Marlow, said: ${WORDS}`])).toEqual([
      'Nico Marlow',
    ]);
  });

  it('gives “Another, who gave his name just as NAME, added: “…”” to the one name given', () => {
    expect(speakers([STRIKE, `Another, who gave his name just as Nico, added: ${WORDS}`])).toEqual(['Nico']);
  });

  it('gives “A handler, who gave the driver’s name as NAME, said: “…”” to nobody, the name somebody else’s', () => {
    expect(speakers([STRIKE, `A handler, who gave the driver’s name as Josie Marlow, said: ${WORDS}`])).toEqual([null]);
  });
});
