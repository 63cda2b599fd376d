// Given names sharing the surname written once after the last of them ("Jim and Mary Tolland"): full names each.
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  FAMILY_NOUNS,
  familySurnames,
  GIVEN_NAME_LIST_JOINS,
  KIN_PLURALS,
  LIST_KIN_WORDS,
  SURNAME_SHARING_KIN,
  sharedSurnameLists,
  sharedSurnameNames,
} from '../../src/quotes/sharedSurnames.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { article, story } from './fixtures.ts';

/** Each quote of a one-story book (with the given-name lists) as its speaker's name or null. */
function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('shared-surname', lines)], { givenNameGender });
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

/** The shared-surname names of the first body sentence of a one-paragraph article. */
function namesIn(sentence: string): string[] {
  const a = article(
    ['A quiet week on the hill farms above the village, where the sheep sales begin next month.', sentence],
    {
      id: 'shared-surname-names',
      title: null,
    },
  );
  const body = articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')[1];
  return body === undefined ? [] : sharedSurnameNames(body).map((n) => n.join(' '));
}

/** The shared-surname lists of the first body sentence of a one-paragraph article. */
function listsIn(sentence: string): ReturnType<typeof sharedSurnameLists> {
  const a = article(
    ['A quiet week on the hill farms above the village, where the sheep sales begin next month.', sentence],
    { id: 'shared-surname-lists', title: null },
  );
  const body = articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')[1];
  return body === undefined ? [] : sharedSurnameLists(body);
}

describe('sharedSurnameNames', () => {
  for (const join of [...GIVEN_NAME_LIST_JOINS].sort())
    it(`gives “said Jim” to Jim Tolland after “Jim ${join} Mary Tolland have farmed …”`, () => {
      expect(
        speakers([
          `Jim ${join} Mary Tolland have farmed the hill above Craigend for forty years and were flooded out twice this winter.`,
          '“We have never seen water like it,” Mary said.',
          '“The sheep knew before we did,” said Jim, 74.',
        ]),
      ).toEqual(['Mary Tolland', 'Jim Tolland']);
    });

  it('makes no person of a word before “and NAME” that the given-name lists do not know (“Berg and Tom Hale”)', () => {
    const book = buildQuoteBook(
      [
        story('shared-surname-not-given', [
          'Goals from Berg and Tom Hale sealed a first win of the season for the visitors on a cold night in the north.',
          '“We needed that after the month we have had,” said Berg.',
        ]),
      ],
      { givenNameGender },
    );
    expect(book.people.map((p) => p.name).filter((n) => n.startsWith('Berg '))).toEqual([]);
  });

  it('reads no place, no word of a longer name and no possessive as a given name of the list', () => {
    expect([
      namesIn('They drove to Paris and Mary Tolland stayed at home with the dogs.'),
      namesIn('Tom Hale and Mary Tolland ran the stall together for years.'),
      namesIn('Hale’s and Mary Tolland’s farms lie side by side.'),
      namesIn('Ailsa, Kirsty and Fenella Strachan run the harbour.'),
    ]).toEqual([[], [], [], ['Kirsty Strachan', 'Ailsa Strachan']]);
  });
});

describe('a list an office’s portfolio link opens', () => {
  it('reads no names in “the Minister of Art, Sport and Creative Industries, NAME”, so “the minister” is NAME', () => {
    expect([
      namesIn('The Minister of Art, Sport and Creative Industries, Dame Olwen Tarrant, opened the new gallery wing.'),
      speakers([
        'The Minister of Art, Sport and Creative Industries, Dame Olwen Tarrant, opened the new gallery wing on Friday.',
        '“Every town deserves a room full of paintings,” the minister said at the ribbon cutting.',
      ]),
    ]).toEqual([[], ['Olwen Tarrant']]);
  });

  it('still reads the names of a list after a role’s “for” when no portfolio’s word stands in it (“Counsel for NAME and NAME2 SURNAME”)', () => {
    expect(
      namesIn('Counsel for Idris and Mair Penhallow, Jane Colfer, told the court the couple had acted in good faith.'),
    ).toEqual(['Idris Penhallow']);
  });

  it('still reads the names of a list no office’s link opens (“the portraits of Art, Ruth and Mel Danby”)', () => {
    expect(namesIn('The portraits of Art, Ruth and Mel Danby hang in the hall of the old mill.')).toEqual([
      'Ruth Danby',
      'Art Danby',
    ]);
  });
});

describe('a given name the lists do not know', () => {
  it('makes the shared-surname name when the article has it speak alone and writes of the family (“the Saarnios”)', () => {
    expect(
      speakers([
        'For twenty years the Saarnios have baked the rye loaves the whole valley queues for.',
        'Ilmatar and Veikko Saarnio opened the bakery on the square in 2011 and have argued about rye ever since.',
        '“We argue about bread every single day, and we both enjoy it,” Ilmatar said.',
      ]),
    ).toEqual(['Ilmatar Saarnio']);
  });

  for (const kin of [...LIST_KIN_WORDS].sort())
    it(`makes the shared-surname name when “${kin}” stands right before a list of given names the lists do not know (LIST_KIN_WORDS)`, () => {
      expect(
        speakers([
          `At the mill, ${kin} Marsali and Struan Brisk have kept the old looms running since the factory closed.`,
          'Marsali, 58, runs the dye house; Struan, 55, mends whatever breaks.',
          '“Every loom in this room is older than both of us put together,” Marsali said.',
        ]),
      ).toEqual(['Marsali Brisk']);
    });

  for (const kin of [...SURNAME_SHARING_KIN].sort())
    it(`makes the shared-surname name when “${kin}” closes a few words set off right after the list (SURNAME_SHARING_KIN)`, () => {
      expect(
        speakers([
          `At the mill are Marsali and Struan Brisk, the elderly ${kin} who have kept the old looms running since the factory closed.`,
          'Marsali, 58, runs the dye house; Struan, 55, mends whatever breaks.',
          '“Every loom in this room is older than both of us put together,” Marsali said.',
        ]),
      ).toEqual(['Marsali Brisk']);
    });

  for (const setOff of [
    'cousins who live next door',
    'the couple’s neighbours',
    'whose parents live on the same lane',
    'parents of pupils at the school',
    'both parents at the school',
  ])
    it(`makes none when the kin word set off after the list is somebody else’s (“Hatchard and Tom Reed, ${setOff}”, KIN_OF_OTHERS)`, () => {
      expect(
        speakers([
          'Firefighters were called to a house in Quarry Road just after 2am on Sunday.',
          `Hatchard and Tom Reed, ${setOff}, broke down the door of number 14.`,
          '“We could not see the stairs for the smoke,” Hatchard said.',
        ]),
      ).toEqual(['Hatchard']);
    });

  it('makes none when the words set off after the list name no kin (“Marsali and Struan Brisk, the mill’s last two weavers”)', () => {
    expect(
      speakers([
        'At the mill are Marsali and Struan Brisk, the last two weavers who have kept the old looms running since the factory closed.',
        'Marsali, 58, runs the dye house; Struan, 55, mends whatever breaks.',
        '“Every loom in this room is older than both of us put together,” Marsali said.',
      ]),
    ).toEqual(['Marsali']);
  });

  it('makes none when the article writes of no such family (“Okonkwo and Liam Bryce scored”)', () => {
    expect(
      speakers([
        'Okonkwo and Liam Bryce scored in the final ten minutes as the visitors came from behind to win.',
        '“We never stopped believing, not for a second,” Okonkwo said.',
      ]),
    ).toEqual(['Okonkwo']);
  });
});

describe('familySurnames', () => {
  for (const noun of [...FAMILY_NOUNS].sort())
    it(`reads the surname before “${noun}” after “the” as a family's`, () => {
      const a = article(
        [
          'A quiet week on the hill farms above the village.',
          `Nobody here remembers a time before the Saarnio ${noun}.`,
        ],
        { id: 'family-surnames', title: null },
      );
      expect([...familySurnames(articleSentences(a, extractQuotes(a)))]).toEqual(['saarnio']);
    });

  it('reads a surname in the plural after “the” with both stems, and no stop word, nationality or place', () => {
    const a = article(
      [
        'A quiet week on the hill farms above the village.',
        'The Joneses moved in next door to the Saarnios, as the Norwegian family and the Lisbon couple moved out.',
        'The Virtanens’ bakery stayed open.',
      ],
      { id: 'family-plurals', title: null },
    );
    expect([...familySurnames(articleSentences(a, extractQuotes(a)))].sort()).toEqual([
      'jones',
      'jonese',
      'saarnio',
      'virtanen',
    ]);
  });
});

describe('a surname before a plural of kin and the given names after it', () => {
  for (const kin of [...KIN_PLURALS].sort())
    it(`makes each given name a full name with the surname (“the Saarnio ${kin}, Tuomas and Kerttu”)`, () => {
      expect(
        speakers([
          `The home side trailed for half an hour before the Saarnio ${kin}, Tuomas and Kerttu, took the game over.`,
          '“We have played like that in the garden since we were six,” Kerttu said.',
          '“Only the garden was smaller,” Tuomas said.',
        ]),
      ).toEqual(['Kerttu Saarnio', 'Tuomas Saarnio']);
    });

  it('reads a list with no comma before it and one of three names', () => {
    expect(listsIn('The Saarnio sisters Aili, Kerttu and Tuuli run the harbour cafe.').map((l) => l.names)).toEqual([
      [
        ['Aili', 'Saarnio'],
        ['Kerttu', 'Saarnio'],
        ['Tuuli', 'Saarnio'],
      ],
    ]);
  });

  it('reads no list that “and” does not close, nor a surname of a longer name, nor one after no “the”', () => {
    expect([
      listsIn('The Saarnio brothers, Tuomas, were at sea.'),
      listsIn('The Aili Saarnio sisters, Tuomas and Kerttu, were at sea.'),
      listsIn('Two brothers, Karim and Yusuf, were pulled from the rubble.'),
      listsIn('Her sisters, Bridget and Nuala, were at sea.'),
    ]).toEqual([[], [], [], []]);
  });

  it('reads no nationality or place as the surname (“the Norwegian brothers, Jakob and Filip”)', () => {
    expect([
      listsIn('On Sunday the Norwegian brothers, Jakob and Filip, were at sea.'),
      listsIn('On Sunday the Lisbon sisters, Ana and Rita, were at sea.'),
    ]).toEqual([[], []]);
  });
});
