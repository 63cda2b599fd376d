// A nickname in quote marks inside a person's name is left out of the writer's words and of typed names.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import {
  KNOWN_AS_ADVERBS,
  NICKNAME_MARKS,
  typedWithoutNickname,
  withoutNicknames,
} from '../../src/quotes/nicknames.ts';
import { resolveSpeaker } from '../../src/quotes/speakers.ts';
import { paragraphTokens, type Token } from '../../src/quotes/tokens.ts';
import { story } from './fixtures.ts';

const LEAD = 'Hollow Creek won the county final on Sunday with a goal in the last minute.';

/** The words of a line's paragraph as the quote reader tokenises them. */
function wordsOf(line: string): string[] {
  const article = story('nickname', [LEAD, line]);
  const paragraph = article.paragraphs[article.paragraphs.length - 1];
  if (!paragraph) throw new Error('no paragraph');
  return paragraphTokens(article, paragraph, extractQuotes(article)).map((t) => t.text);
}

describe('withoutNicknames', () => {
  it.each([...NICKNAME_MARKS].map(([open, closers]) => [open, [...closers][0] ?? '']))(
    'leaves out a nickname opened by %s and closed by %s between a given name and a surname',
    (open, close) => {
      expect(wordsOf(`Tom ${open}Bucky${close} Hanley guided the side to a first title.`).slice(0, 3)).toEqual([
        'Tom',
        'Hanley',
        'guided',
      ]);
    },
  );

  it('leaves out a nickname of two words, and one whose closing apostrophe follows an s', () => {
    expect(
      wordsOf('Dan ‘Big Moss’ Tully and Jo ‘Kiss’ Ferris played in the final for the county side on Sunday.').slice(
        0,
        5,
      ),
    ).toEqual(['Dan', 'Tully', 'and', 'Jo', 'Ferris']);
  });

  it('leaves out a nickname before a surname that opens with a lower-case particle (“Jose “Boy” dela Rosa”)', () => {
    expect([
      wordsOf('Councilor Jose “Boy” dela Rosa guided the ordinance through the council.').slice(0, 5),
      extractQuotes(story('nickname-particle', [LEAD, 'Councilor Jose “Boy” dela Rosa guided the ordinance.'])),
    ]).toEqual([['Councilor', 'Jose', 'dela', 'Rosa', 'guided'], []]);
  });

  it('leaves out a nickname before a surname that opens with two particles (“Ana “Malou” de la Cruz”)', () => {
    const line = 'Undersecretary Dr. Ana Lourdes “Malou” de la Cruz said cases had tripled since June.';
    expect([
      wordsOf(line).slice(0, 7),
      extractQuotes(story('nickname-particles', [LEAD, line])),
      buildQuoteBook([
        story('nickname-particles-book', [LEAD, line, '“We are seeing new cases every day,” De la Cruz said.']),
      ]).people.map((p) => p.name),
    ]).toEqual([['Undersecretary', 'Dr', 'Ana', 'Lourdes', 'de', 'la', 'Cruz'], [], ['Ana Lourdes de la Cruz']]);
  });

  it('keeps a quoted word that no name word follows', () => {
    expect(wordsOf('Coach Ann Mills called it ‘Magic’ and went home.')).toContain('Magic');
  });

  it('keeps a quoted word after a stop word', () => {
    expect(wordsOf('They named the horse ‘Thunder’ Bolt in the end.')).toContain('Thunder');
  });

  it('returns the same tokens when no nickname is in them', () => {
    const tokens: Token[] = [{ kind: 'word', text: 'Tom', start: 0, end: 3, lower: 'tom', capital: true }];
    expect(withoutNicknames(tokens)).toBe(tokens);
  });
});

describe('withoutNicknames keeps each nickname on the word of the name before it (Token.nickname)', () => {
  it('sets the nickname of one or two words on the given name, and on no other word', () => {
    const article = story('nickname-kept', [
      LEAD,
      'Dan ‘Big Moss’ Tully and Jo “Kiss” Ferris played in the final for the county side on Sunday.',
    ]);
    const paragraph = article.paragraphs[article.paragraphs.length - 1];
    if (!paragraph) throw new Error('no paragraph');
    const tokens = paragraphTokens(article, paragraph, extractQuotes(article));
    expect(tokens.flatMap((t) => (t.nickname === undefined ? [] : [[t.text, t.nickname]]))).toEqual([
      ['Dan', 'Big Moss'],
      ['Jo', 'Kiss'],
    ]);
  });
});

describe('a person named later by the nickname the article gave in quote marks (nicknameEvidence)', () => {
  const people = (paragraphs: string[]): [string, string[]][] =>
    buildQuoteBook([story('nickname-later', paragraphs)]).people.map((p) => [p.name, [...p.aliases].sort()]);

  it('makes “Mina van Ost” the same person as “Wilhelmina “Mina” van Ost”, shown by the full name', () => {
    const book = buildQuoteBook([
      story('nickname-later', [
        'The hospital marked fifty years of its cardiac ward on Friday with a tea for former staff.',
        'Among them was Wilhelmina “Mina” van Ost, 84, who came over from Cebu in 1968 and ran the night shift for 29 years.',
        'Mina van Ost was among some forty nurses the hospital hired from overseas in the late 1960s.',
        '“I wore the same coat for ten winters,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.map((p) => [p.name, [...p.aliases].sort()]),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([[['Wilhelmina van Ost', ['Mina van Ost', 'Wilhelmina van Ost']]], ['Wilhelmina van Ost']]);
  });

  it('keeps apart somebody else with the nickname as a given name and another surname', () => {
    expect(
      people([
        'The hospital marked fifty years of its cardiac ward on Friday with a tea for former staff.',
        'Among them was Wilhelmina “Mina” van Ost, 84, who came over from Cebu in 1968 and ran the night shift for 29 years.',
        'Mina Brandt, 61, a ward sister who trained under her, said the ward had been run like a ship.',
      ]),
    ).toEqual([
      ['Mina Brandt', ['Mina Brandt']],
      ['Wilhelmina van Ost', ['Wilhelmina van Ost']],
    ]);
  });
});

describe('a person named later by the nickname alone (nicknameEvidence)', () => {
  const WALL = 'The sea wall at Tambo Point is now covered in the faces of the fishing families who live beside it.';
  const PAINTER = 'The painter behind it, Benedicto “Bentot” Pilarco, 31, was on the scaffold before the sun was up.';

  it('gives “…,” Bentot said to Benedicto Pilarco, with the nickname among his names', () => {
    const book = buildQuoteBook([
      story('nickname-alone', [
        WALL,
        PAINTER,
        '“A wall is only bricks until somebody tells you about it,” Bentot said. “Then it is a person.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.map((p) => [p.name, [...p.aliases].sort()]),
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual([[['Benedicto Pilarco', ['Benedicto Pilarco', 'Bentot']]], ['Benedicto Pilarco', 'Benedicto Pilarco']]);
  });

  it('keeps apart somebody the article brings in with a role under the same one name (“his nephew, Bentot,”)', () => {
    const book = buildQuoteBook([
      story('nickname-alone-apart', [
        WALL,
        PAINTER,
        'Watching from the quay was the lifeguard Bentot, who has known the family for years.',
        '“He paints them better than they look,” the lifeguard Bentot said.',
      ]),
    ]);
    expect(book.people.map((p) => p.name).sort()).toEqual(['Benedicto Pilarco', 'Bentot']);
  });
});

describe('a person named later by the name set off after theirs with “known as” (knownAsEvidence)', () => {
  const SHOW = 'The Harbour Lights festival closed on Sunday with a set that ran almost an hour past midnight.';
  const speakersOf = (introduction: string): (string | null)[] => {
    const book = buildQuoteBook([
      story('known-as', [
        SHOW,
        introduction,
        '“I wrote half of these songs on a night bus,” T-Vale said. “The other half on the way home.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => names.get(q.speaker ?? '') ?? null);
  };

  for (const adverb of ['', ...[...KNOWN_AS_ADVERBS].sort()])
    it(`gives “…,” T-Vale said to Tobiah Vale after “Tobiah Vale, ${adverb} known as T-Vale,” (KNOWN_AS_ADVERBS)`, () => {
      const known = adverb === '' ? 'known as' : `${adverb} known as`;
      expect(speakersOf(`The headline act, singer Tobiah Vale, ${known} T-Vale, played for two hours.`)).toEqual([
        'Tobiah Vale',
        'Tobiah Vale',
      ]);
    });

  it('makes the name after “known as” the same person only as the name right before it', () => {
    expect(speakersOf('Tobiah Vale shared the bill with singer Dara Quist, popularly known as T-Vale.')).toEqual([
      'Dara Quist',
      'Dara Quist',
    ]);
  });
});

describe('a namesake with the nickname’s name kept apart', () => {
  const WARD =
    'The hospital marked fifty years of its cardiac ward on Friday with a tea for former staff and their families.';
  const GRANDMOTHER =
    'Among them was Wilhelmina “Mina” van Ost, 84, who came over from Cebu in 1968 and ran the night shift for 29 years.';
  const speakers = (stories: ReturnType<typeof story>[]): (string | null)[] => {
    const book = buildQuoteBook(stories);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => names.get(q.speaker ?? '') ?? null);
  };

  it('keeps apart one of the same article given another age (“her granddaughter and namesake, Mina van Ost, 23”)', () => {
    expect(
      speakers([
        story('nickname-namesake', [
          WARD,
          GRANDMOTHER,
          '“I wore the same coat for ten winters and never once felt warm,” she said.',
          'Her granddaughter and namesake, Mina van Ost, 23, started work as a nurse on the same ward in September.',
          '“Grandma still tells me which of the doctors to watch out for,” Mina van Ost said.',
        ]),
      ]),
    ).toEqual(['Wilhelmina van Ost', 'Mina van Ost']);
  });

  it('keeps apart a short name the article brings in with a role of its own (“Her granddaughter Mina van Ost”)', () => {
    expect(
      speakers([
        story('nickname-introduced', [
          WARD,
          GRANDMOTHER,
          '“I wore the same coat for ten winters and never once felt warm,” she said.',
          'Her granddaughter Mina van Ost started work as a nurse on the same ward in September.',
          '“Grandma still tells me which of the doctors to watch out for,” Mina van Ost said.',
        ]),
      ]),
    ).toEqual(['Wilhelmina van Ost', 'Mina van Ost']);
  });

  it('makes no one person of the names when another article writes the short one too', () => {
    expect(
      speakers([
        story('nickname-declared', [
          WARD,
          GRANDMOTHER,
          '“I wore the same coat for ten winters and never once felt warm,” Mina van Ost said.',
        ]),
        story('nickname-elsewhere', [
          'The city council voted on Tuesday to close two libraries in the northern suburbs by the end of the year.',
          'Mina van Ost, a councillor for the Northgate ward, voted against the closures at the meeting.',
          '“Closing libraries is the easiest cut to make and the hardest one to undo,” Mina van Ost said.',
        ]),
      ]),
    ).toEqual(['Mina van Ost', 'Mina van Ost']);
  });

  it('keeps apart one of another article, which gives no nickname', () => {
    expect(
      speakers([
        story('nickname-declared', [
          WARD,
          GRANDMOTHER,
          '“I wore the same coat for ten winters and never once felt warm,” she said.',
        ]),
        story('nickname-elsewhere', [
          'The city council voted on Tuesday to close two libraries in the northern suburbs by the end of the year.',
          'Mina van Ost, 35, a councillor for the Northgate ward, voted against the closures at the meeting.',
          '“Closing libraries is the easiest cut to make and the hardest one to undo,” Mina van Ost said.',
        ]),
      ]),
    ).toEqual(['Wilhelmina van Ost', 'Mina van Ost']);
  });
});

describe('typedWithoutNickname', () => {
  it('drops a nickname in single or double quote marks between two words of a typed name', () => {
    expect(typedWithoutNickname("Tom 'Bucky' Hanley")).toBe('Tom Hanley');
    expect(typedWithoutNickname('Tom “Bucky” Hanley')).toBe('Tom Hanley');
  });

  it('keeps an apostrophe inside a surname and a quoted word that ends the text', () => {
    expect(typedWithoutNickname("Ger O'Hara")).toBe("Ger O'Hara");
    expect(typedWithoutNickname("Tom 'Bucky'")).toBe("Tom 'Bucky'");
  });
});

describe('a speaker named with a nickname', () => {
  it('gives a quote paragraph to the person the credit sentence below names with a nickname, found by the name as written', () => {
    const a = story('nickname-roundup', [
      'Here is what the winning managers said after the county finals.',
      '“We never doubted ourselves for a second, not even when we were behind.”',
      "Tom 'Bucky' Hanley guided Hollow Creek to a first title in a decade.",
      '“The lads worked so hard for this and they deserve every bit of it.”',
      'Westfield manager Peter Doyle was full of praise for his young side.',
      '“It was a long season but a good one for the club, and we will be back.”',
      'Riverside captain Sean Boyle looked ahead to the provincial series.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(
      book.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), names.get(q.speaker ?? '') ?? null]),
    ).toEqual([
      ['We never doubted', 'Tom Hanley'],
      ['The lads worked', 'Peter Doyle'],
      ['It was a', 'Sean Boyle'],
    ]);
    expect(resolveSpeaker(book, "Tom 'Bucky' Hanley")?.name).toBe('Tom Hanley');
  });
});

describe('a nickname after initials joined by stops', () => {
  for (const [open, close] of [
    ['"', '"'],
    ['“', '”'],
    ["'", "'"],
  ]) {
    it(`lists “K.T. ${open}Dusty${close} Marlowe” as K.T Marlowe, who speaks “…,” he said, and extracts no quote “Dusty”`, () => {
      const book = buildQuoteBook([
        story('nickname-initials', [
          'The new levy on quarry stone was announced by the state treasurer on Tuesday morning.',
          `K.T. ${open}Dusty${close} Marlowe, an analyst who has followed the quarries for thirty years, called it manageable.`,
          '“At today’s prices nobody in the valley will close a pit over this,” he said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(
        book.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), names.get(q.speaker ?? '') ?? null]),
      ).toEqual([['At today’s prices', 'K.T Marlowe']]);
    });
  }
});
