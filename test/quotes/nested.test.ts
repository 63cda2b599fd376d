// Quotations inside quotations: extracted on their own, and given to the person whose words they are, read from
// the outer speaker's words around them.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { RECALLING_VERBS } from '../../src/quotes/cues.ts';
import {
  enclosingQuote,
  OPENING_SEQUENCE_ADVERBS,
  PASSIVE_AUXILIARIES,
  RECORDING_VERBS,
  readNested,
  ROLE_AS_NAME_DETERMINERS,
  UNNAMED_PERSON_DETERMINERS,
} from '../../src/quotes/nested.ts';
import { NAME_HONORIFICS } from '../../src/quotes/lexicon.ts';
import { quoteSpeakers, story } from './fixtures.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';

const LEAD = 'The club announced on Friday that its captain would miss the final because of a knee injury.';

function credited(lines: string[]): [string, string | null, string, string | null][] {
  const book = buildQuoteBook([story('nested', [LEAD, ...lines])]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.method,
    q.cue,
  ]);
}

describe('enclosingQuote', () => {
  it('finds the quote a single-quoted one sits in, and none for the outer quote', () => {
    const article = story('enclosing', [
      LEAD,
      '"He came to see me on Thursday to say, \'I cannot play on this knee.\' So we decided together," Reyes said.',
    ]);
    const quotes = extractQuotes(article);
    expect([quotes.map((q) => q.text.slice(0, 12)), enclosingQuote(quotes, 0), enclosingQuote(quotes, 1)]).toEqual([
      ['He came to s', 'I cannot pla'],
      null,
      0,
    ]);
  });
});

describe('a speech verb in the passive inside a quote (PASSIVE_AUXILIARIES)', () => {
  for (const aux of [...PASSIVE_AUXILIARIES].sort()) {
    const subject = aux === 'am' ? 'I' : aux === 'is' ? 'she' : aux === 'was' ? 'I' : 'we';
    const before = aux === 'been' ? 'have been' : aux === 'being' ? 'are being' : aux;
    it(`gives the words after “${subject} ${before} told” to nobody named, not to the outer speaker`, () => {
      const outer = `"When I asked about it, ${subject} ${before} told, 'The rules are advice, not law.' So I left," said director Mina Osei.`;
      expect(credited([outer]).map(([words, speaker]) => [words, speaker])).toEqual([
        ['When I asked', 'Mina Osei'],
        ['The rules are', null],
      ]);
    });
  }

  it('gives the words to the one named after “by” (“I was told by Tom Hale, ‘…’”)', () => {
    const outer = `"When I asked about it, I was told by Tomas Brell, 'The rules are advice, not law.' So I left," said director Mina Osei.`;
    expect(credited([outer]).map(([words, speaker]) => [words, speaker])).toEqual([
      ['When I asked', 'Mina Osei'],
      ['The rules are', 'Tomas Brell'],
    ]);
  });

  it('keeps a participle in -ing after the auxiliary the subject’s own (“the promoter is telling us ‘…’”)', () => {
    const outer = `"The money is late and the promoter is telling us 'soon, very soon' again," said boxer Kofi Mensa.`;
    expect(credited([outer]).map(([words, speaker]) => [words, speaker])[1]).toEqual(['soon, very soon', null]);
  });
});

describe('readNested', () => {
  it('reads “my mother … and she said, ‘…’” as somebody of the speaker’s own, unnamed', () => {
    const article = story('read-own', [
      LEAD,
      'Winger Ana Okafor said: "My mother called at six to ask about the money and she said, \'Then the kitchen gets its new floor at last.\' So the floor comes first."',
    ]);
    const [outer, nested] = extractQuotes(article);
    if (!outer || !nested) throw new Error('two quotes expected');
    expect(readNested(article, outer, nested)).toEqual({
      speaker: null,
      cue: 'she said',
    });
  });

  for (const determiner of [...UNNAMED_PERSON_DETERMINERS].sort()) {
    const role = determiner === 'an' ? 'officer' : 'nurse';
    it(`reads “… ${determiner} ${role}. She said to me, ‘…’” as somebody the outer words bring in unnamed`, () => {
      const article = story('read-unnamed', [
        LEAD,
        `Former porter Ines Varga said: "I rang ${determiner} ${role} at midnight about the heating. She said to me, 'Wrap him in a second blanket and wait.' So we waited."`,
      ]);
      const [outer, nested] = extractQuotes(article);
      if (!outer || !nested) throw new Error('two quotes expected');
      expect(readNested(article, outer, nested)).toEqual({ speaker: null, cue: 'She said' });
    });
  }

  it('reads a he after “the referee … , he jumped up. He turned to me and said, ‘…’” as the named person, not the unnamed one', () => {
    expect(
      credited([
        'Dana Pryke was at home with her husband, Colm Pryke, when the final whistle went in the county final.',
        '"We were watching on the radio and when the referee blew for time, he leapt out of his chair. He turned to me and said, \'We did it at last.\'" Pryke said.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['We were watching', 'Dana Pryke'],
      ['We did it', 'Colm Pryke'],
    ]);
  });

  it('reads “he … to say, ‘…’” as the person the outer quote named last before the pronoun', () => {
    const article = story('read-he', [
      LEAD,
      'Manager Pablo Reyes said: "Normally Tomas Berg would start, but he was not fit. He came to see me on Thursday to say, \'I cannot play on this knee.\'"',
    ]);
    const quotes = extractQuotes(article);
    const [outer, nested] = quotes;
    if (!outer || !nested) throw new Error('two quotes expected');
    expect(readNested(article, outer, nested)).toEqual({
      speaker: { kind: 'named', name: ['Tomas', 'Berg'] },
      cue: 'He came to see me on Thursday to say',
    });
  });

  it('reads “NAME came to me … and said, ‘…’” as the subject of the verb the speech verb is joined to', () => {
    const article = story('read-and', [
      LEAD,
      'Coach Dana Whitlock: "That was a grind. Tavon came to me at the break and said, \'Coach, let me guard their big man.\' I did."',
    ]);
    const [outer, nested] = extractQuotes(article);
    if (!outer || !nested) throw new Error('two quotes expected');
    expect(readNested(article, outer, nested)).toEqual({
      speaker: { kind: 'named', name: ['Tavon'] },
      cue: 'Tavon came to me at the break and said',
    });
  });

  it('gives a nested quote to the one person of the article whose full name opens with the given name used alone', () => {
    expect(
      credited([
        'Tavon Reyes, who scored 28 points, said the win was deserved, and Tavon Okafor said the bench had made the difference.',
        'Coach Dana Whitlock: "That was a grind. Tavon came to me at the break and said, \'Coach, let me guard their big man.\' I did."',
      ]).map((q) => q[1]),
    ).toEqual(['Dana Whitlock', null]);
    expect(
      credited([
        'Tavon Reyes, who scored 28 points on Saturday night, said the win was deserved after a long and difficult week.',
        'Coach Dana Whitlock: "That was a grind. Tavon came to me at the break and said, \'Coach, let me guard their big man.\' I did."',
      ]).map((q) => q[1]),
    ).toEqual(['Dana Whitlock', 'Tavon Reyes']);
  });

  for (const honorific of [...NAME_HONORIFICS].sort()) {
    it(`gives “Tavon ${honorific} kept telling me, ‘…’” to the one person whose full name opens with Tavon (NAME_HONORIFICS)`, () => {
      expect(
        credited([
          'Tavon Reyes, who scored 28 points on Saturday night, said the win was deserved after a long and difficult week.',
          `Coach Dana Whitlock: "That was a grind. Tavon ${honorific} kept telling me, 'Coach, let me guard their big man.' I did."`,
        ]).map((q) => q[1]),
      ).toEqual(['Dana Whitlock', 'Tavon Reyes']);
    });
  }

  it('gives “Coach walked in and said, ‘…’” to the one person of the article whose role is coach, named in a heading', () => {
    expect(
      credited([
        'The Harbour Hawks won 98-91 on Saturday night. This is how the locker room saw it.',
        'Head coach Dana Whitlock',
        'On the defence: "We finally talked to each other out there, and it showed in the last quarter."',
        '"Coach walked in at the break and said, \'Stop shooting from deep, attack the basket.\' Simple as that," Tavon Reyes admitted.',
      ]).map((q) => q[1]),
    ).toEqual(['Dana Whitlock', 'Tavon Reyes', 'Dana Whitlock']);
  });

  for (const determiner of [...ROLE_AS_NAME_DETERMINERS].sort()) {
    const opening = `${determiner.charAt(0).toUpperCase()}${determiner.slice(1)}`;
    it(`gives “${opening} gaffer used to tell the squad, ‘…’” to the one person of the article whose role is the boss’s`, () => {
      expect(
        credited([
          'Northvale manager Ian Crowe says he learned to keep quiet about referees from the man who first signed him.',
          'Crowe played under the former Northvale boss Walter Penhale for six seasons in the 1990s.',
          `"${opening} gaffer used to tell the squad, 'Win on Saturday and say nothing on Monday.' I still find the second part hard," Crowe joked.`,
        ]).map((q) => q[1]),
      ).toEqual(['Ian Crowe', 'Walter Penhale']);
    });
  }

  it('gives “The gaffer used to tell the squad, ‘…’” to the one of two bosses the writer named right before the outer quote', () => {
    expect(
      credited([
        'Eastmoor manager Silas Brandwick said on Friday that his side would not complain about the fixture list.',
        'Northvale manager Ian Crowe says he learned to keep quiet about referees from the man who first signed him.',
        'Crowe was in the squad for three cup finals in the 1990s.',
        'Crowe played under the former Northvale boss Walter Penhale for six seasons.',
        `"The gaffer used to tell the squad, 'Win on Saturday and say nothing on Monday.' I still find the second part hard," Crowe joked.`,
      ]).map((q) => q[1]),
    ).toEqual(['Ian Crowe', 'Walter Penhale']);
  });

  it('gives nobody “The manager used to tell the squad, ‘…’” when the boss named just before is no one the speaker’s sentence names', () => {
    expect(
      credited([
        'Harbour manager Ana Ruiz has kept faith with her young squad all season, whatever the results.',
        'Rovers manager Tom Hale, whose side visit on Saturday, has lost three games in a row. Hale is under pressure.',
        `Harbour striker Kit Rowe was relaxed. "The manager used to tell the squad, 'Keep the ball on the grass and the rest will follow,' and we still do," he said.`,
      ]).map((q) => q[1]),
    ).toEqual(['Kit Rowe', null]);
  });

  it('gives a roundup player’s “Coach told us, ‘…’” to the head coach quoted in the item just before, not the other side’s', () => {
    expect(
      credited([
        'Kestrel: Ilse Marten, head coach, said: "We defended for forty minutes and then we finally started to play."',
        'Kestrel: Ana Duro, guard, scored 19 and said: "Coach told us in the break, \'Nobody expects anything from you, so enjoy it.\' We did."',
        'Velmir: Tomas Brandt, head coach, said: "We were second to every loose ball tonight and that is on me."',
      ]).map((q) => q[1]),
    ).toEqual(['Ilse Marten', 'Ana Duro', 'Ilse Marten', 'Tomas Brandt']);
  });

  it('gives nobody “The gaffer told us, ‘…’” when another boss is named just before too', () => {
    expect(
      quoteSpeakers(
        [
          LEAD,
          'Sarah Rowe criticised Rovers boss Dan Cole after the match. Harbour boss Tom Hale stayed silent.',
          `She said: "The gaffer told us, 'Keep going and the chances will come.' And they did."`,
        ],
        { givenNameGender },
      ),
    ).toEqual(['Sarah Rowe', null]);
  });

  it('gives “The CEO assured the panel that it was ‘…’” to the one person of the article whose role is chief executive', () => {
    expect(
      credited([
        'Brightwater chief executive Tomas Vane spent four hours defending the store rules before the panel on Wednesday.',
        '"The CEO assured the panel that the change was \'entirely safe for families.\' We heard the same about the web," said critic Ana Ruiz.',
      ]).map((q) => q[1]),
    ).toEqual(['Ana Ruiz', 'Tomas Vane']);
  });

  it('gives “The coach, a tall man called Ivo Brandt, said to me, ‘…’” to the name the set-off description is given', () => {
    expect(
      credited([
        'The swimmer retired on Friday after twelve years at the top of the sport.',
        '"My first coach, a tall man called Ivo Brandt, said to me after one race, \'You swim angry, and that will not last.\' He was right," Ana Ruiz said.',
      ]).map((q) => q[1]),
    ).toEqual(['Ana Ruiz', 'Ivo Brandt']);
  });

  it('gives nobody “Coach walked in and said, ‘…’” when two people of the article are coaches', () => {
    expect(
      credited([
        'Head coach Dana Whitlock and assistant coach Mia Ode watched the Harbour Hawks win 98-91 on Saturday night.',
        '"Coach walked in at the break and said, \'Stop shooting from deep, attack the basket.\' Simple as that," Tavon Reyes admitted.',
      ]).map((q) => q[1]),
    ).toEqual(['Tavon Reyes', null]);
  });

  it('gives “the health secretary told us, ‘…’” to the one whose role is those words when two roles end so', () => {
    const lines = (role: string): string[] => [
      'Health Secretary Ines Varga said on Monday the offer was final, while shadow health secretary Tom Brandt said the talks were a stunt.',
      `Union co-chair Dr Pia Moss said: "Last month the ${role} told us this was 'the final word from the department'. We are ready to talk."`,
    ];
    expect([
      credited(lines('health secretary')).map((q) => q[1]),
      credited(lines('secretary')).map((q) => q[1]),
    ]).toEqual([
      ['Pia Moss', 'Ines Varga'],
      ['Pia Moss', null],
    ]);
  });

  it('reads “I said, ‘…’” as the outer speaker’s own words', () => {
    const article = story('read-i', [
      LEAD,
      '"I said to the players, \'We play for him on Sunday,\' and they understood," Manager Pablo Reyes said.',
    ]);
    const [outer, nested] = extractQuotes(article);
    if (!outer || !nested) throw new Error('two quotes expected');
    expect(readNested(article, outer, nested)).toEqual({ speaker: { kind: 'outer' }, cue: 'I said' });
  });

  it('reads “She said, ‘…’” with nobody named before it in the outer words as a she of the writer’s sentences', () => {
    const article = story('read-she', [
      LEAD,
      '"She likes to chat. She said, \'He was the best coach we ever had.\' Then she smiled," nurse Ana Ruiz said.',
    ]);
    const [outer, nested] = extractQuotes(article);
    if (!outer || !nested) throw new Error('two quotes expected');
    expect(readNested(article, outer, nested)).toEqual({
      speaker: { kind: 'pronoun', gender: 'female' },
      cue: 'She said',
    });
  });

  it('reads no speaker when no speech verb stands just before or after the nested quote', () => {
    const article = story('read-none', [
      LEAD,
      '"Our dressing room has a banner that reads \'Nobody is bigger than the team\' and we all live by it," Manager Pablo Reyes said.',
    ]);
    const [outer, nested] = extractQuotes(article);
    if (!outer || !nested) throw new Error('two quotes expected');
    expect(readNested(article, outer, nested)).toEqual({ speaker: null, cue: null });
  });

  it('reads no speaker for a nested scare quote of a few words', () => {
    const article = story('read-scare', [
      LEAD,
      '"Some people told me, \'poor old Reyes\', but I never listened to them," Manager Pablo Reyes said.',
    ]);
    const [outer, nested] = extractQuotes(article);
    if (!outer || !nested) throw new Error('two quotes expected');
    expect(readNested(article, outer, nested)).toEqual({ speaker: null, cue: null });
  });
});

describe('nested quotes in the quote book', () => {
  for (const [relative, pronoun] of [
    ['son', 'He'],
    ['daughter', 'She'],
  ] as const)
    it(`gives nobody “${pronoun} told me, ‘…’” after the writer named “her ${relative}” since the last person of that gender`, () => {
      const other = pronoun === 'He' ? 'Coach Tomas Reyes' : 'Coach Lena Reyes';
      expect(
        credited([
          `${other} said the team would travel on Thursday.`,
          `A parent, Mira Osei, 38, said her ${relative} came home pale after the match and could not keep water down.`,
          `"${pronoun} told me, 'Mummy, the drink tasted odd but I was thirsty,' so we went to the clinic," she said.`,
        ]).map(([words, speaker]) => [words, speaker]),
      ).toEqual([
        [`${pronoun} told me,`, 'Mira Osei'],
        ['Mummy, the drink', null],
      ]);
    });

  it('gives a single-quoted quote inside a double-quoted one to the person named inside it (Berg), the outer to Reyes', () => {
    expect(
      credited([
        'Manager Pablo Reyes said: "Normally Tomas Berg would start, but he was not fit. He came to see me on Thursday to say, \'I cannot play on this knee.\' So we decided together."',
      ]),
    ).toEqual([
      ['Normally Tomas Berg', 'Pablo Reyes', 'before', 'Manager Pablo Reyes said'],
      ['I cannot play', 'Tomas Berg', 'nested', 'He came to see me on Thursday to say'],
    ]);
  });

  it('gives “ROLE, NAME, told me, ‘…’” to the name set off by commas, known only from the outer quote', () => {
    expect(
      credited([
        '"My first coach, Walter Brisk, told me, \'Lad, play for the badge and the rest follows.\' I still say it," Reyes said.',
      ]),
    ).toEqual([
      ['My first coach,', 'Reyes', 'after', 'Reyes said'],
      ['Lad, play for', 'Walter Brisk', 'nested', 'Walter Brisk, told'],
    ]);
  });

  it('gives “My ROLE, Dr. NAME, looked … and said, ‘…’” to the name set off after the role, and a later “he” to him', () => {
    expect(
      credited([
        '"My co-supervisor, Dr. Walter Brisk, looked at the curves and said, \'Either we made a mistake or this is big.\' We checked it three times," Reyes said.',
        'According to Brisk, the effect comes from the parents. "We do not yet know how long it lasts," he said.',
      ]),
    ).toEqual([
      ['My co-supervisor, Dr.', 'Reyes', 'after', 'Reyes said'],
      ['Either we made', 'Walter Brisk', 'nested', 'Walter Brisk, looked at the curves and said'],
      ['We do not', 'Walter Brisk', 'after', 'he said'],
    ]);
  });

  it('gives a nested quote to its speaker when a time phrase set off by a comma stands after the verb', () => {
    expect(
      credited([
        '"Our physio, Walter Brisk, told me on the very first day, \'The knee will decide, not the calendar.\' He was right," Reyes said.',
      ]),
    ).toEqual([
      ['Our physio, Walter', 'Reyes', 'after', 'Reyes said'],
      ['The knee will', 'Walter Brisk', 'nested', 'Walter Brisk, told'],
    ]);
  });

  it('gives a nested quote closing a that-clause to the one whose speech verb and time phrase open the clause', () => {
    expect(
      credited([
        '"Their owner, Walter Brisk, said at a dinner for sponsors that the squad was \'a luxury the club could drop.\' Nobody forgot it," Reyes said.',
      ]),
    ).toEqual([
      ['Their owner, Walter', 'Reyes', 'after', 'Reyes said'],
      ['a luxury the', 'Walter Brisk', 'nested', 'Walter Brisk, said'],
    ]);
  });

  it('gives no speaker to a nested quote whose that-clause opens past a mark after the speech verb', () => {
    expect(
      credited([
        '"Their owner, Walter Brisk, said a lot at the dinner; it was clear that the squad was \'a luxury the club could drop.\' Nobody forgot it," Reyes said.',
      ]).map((row) => row.slice(0, 3)),
    ).toEqual([
      ['Their owner, Walter', 'Reyes', 'after'],
      ['a luxury the', null, 'none'],
    ]);
  });

  it('gives a double-quoted quote inside a single-quoted one (British style) to the person it names', () => {
    expect(
      credited([
        'Reyes spoke at length about his captain, Tomas Berg, who has not missed a final in ten years.',
        '‘When I asked Berg about the knee, he told me, “I would rather lose the leg than miss the final”,’ Reyes said.',
      ]),
    ).toEqual([
      ['When I asked', 'Reyes', 'after', 'Reyes said'],
      ['I would rather', 'Tomas Berg', 'nested', 'he told'],
    ]);
  });

  it('gives a nested quote of the outer speaker’s own words (“I said to the players, ‘…’”) to the outer speaker', () => {
    expect(
      credited([
        '"I said to the players, \'We play for him on Sunday,\' and they understood," Manager Pablo Reyes said.',
      ]),
    ).toEqual([
      ['I said to', 'Pablo Reyes', 'after', 'Manager Pablo Reyes said'],
      ['We play for', 'Pablo Reyes', 'nested', 'I said'],
    ]);
  });

  it('leaves an apostrophe inside a quote alone (“he’s”, “players’ ”): no nested quote', () => {
    expect(
      extractQuotes(
        story('apostrophes', [
          LEAD,
          '"He\'s the best captain I have had, and the players\' trust in him is total," Manager Pablo Reyes said.',
        ]),
      ).map((q) => q.text),
    ).toEqual(["He's the best captain I have had, and the players' trust in him is total"]);
  });

  it('gives “She said, ‘…’” in a carer’s quote to the woman the writer named before, not to the carer', () => {
    expect(
      credited([
        'Ida Brenner turned 104 on Sunday at the care home where she has lived since 2015.',
        '"She likes to chat. She said, \'He was the best dancer in the county.\' Then she smiled," carer Ana Ruiz said.',
      ]),
    ).toEqual([
      ['She likes to', 'Ana Ruiz', 'after', 'carer Ana Ruiz said'],
      ['He was the', 'Ida Brenner', 'nested', 'She said'],
    ]);
  });

  it('gives “…, NAME took my hand and said, ‘…’” to NAME, the subject of the clause after the comma', () => {
    expect(
      credited([
        'Actress Dora Pellow, who played the landlady for thirty years, has died at the age of 78.',
        'Her co-star Ines Marlowe wrote: “On my first morning in the studio, nervous, Dora took my hand and said, ‘Sit by me, pet, and keep away from the tea urn.’ Best tip I ever had.”',
      ]),
    ).toEqual([
      ['On my first', 'Ines Marlowe', 'before', 'Her co-star Ines Marlowe wrote'],
      ['Sit by me,', 'Dora Pellow', 'nested', 'Dora took my hand and said'],
    ]);
  });

  it('gives “…, and NAME took my hand and said, ‘…’” to NAME, past the join after the comma', () => {
    expect(
      credited([
        'Actress Dora Pellow, who played the landlady for thirty years, has died at the age of 78.',
        'Her co-star Ines Marlowe wrote: “I was shaking on my first morning in the studio, and Dora took my hand and said, ‘Sit by me, pet, and keep away from the tea urn.’ Best tip I ever had.”',
      ]),
    ).toEqual([
      ['I was shaking', 'Ines Marlowe', 'before', 'Her co-star Ines Marlowe wrote'],
      ['Sit by me,', 'Dora Pellow', 'nested', 'Dora took my hand and said'],
    ]);
  });

  it('gives “… and our goalkeeper, NAME, raised a hand and said, ‘…’” to NAME, set off before the clause’s verb', () => {
    expect(
      credited([
        'Coach Lorcan Duffy, whose side won the county title on Sunday, described the half-time talk.',
        '“I was ready with a long speech about pride and our goalkeeper, Tadhg Rooney, raised a hand and said, ‘Coach, we know. Let us out.’ So I let them out,” Duffy said.',
      ]),
    ).toEqual([
      ['I was ready', 'Lorcan Duffy', 'after', 'Duffy said'],
      ['Coach, we know.', 'Tadhg Rooney', 'nested', 'Tadhg Rooney, raised a hand and said'],
    ]);
  });

  it('gives “… to the foreman, NAME, and said, ‘…’” to the outer speaker: a name set off right before “and” is an object', () => {
    expect(
      credited([
        'Ruth Ellery, 34, a packer, left the depot in March after eleven years on the night shift.',
        '“I walked up to the foreman, Gus Tranter, and said, ‘I am done here.’ Then I went home,” Ellery said.',
      ]),
    ).toEqual([
      ['I walked up', 'Ruth Ellery', 'after', 'Ellery said'],
      ['I am done', 'Ruth Ellery', 'nested', 'I walked up to the foreman, Gus Tranter, and said'],
    ]);
  });

  it('gives “…, and a moment later I stood up and said, ‘…’” to the outer speaker: “a moment” is no person', () => {
    expect(
      credited([
        'Ruth Ellery, 34, a packer, left the depot in March after eleven years on the night shift.',
        '“I sat in the canteen for an hour, and a moment later I stood up and said, ‘I am done here.’ Then I went home,” Ellery said.',
      ]),
    ).toEqual([
      ['I sat in', 'Ruth Ellery', 'after', 'Ellery said'],
      [
        'I am done',
        'Ruth Ellery',
        'nested',
        'I sat in the canteen for an hour, and a moment later I stood up and said',
      ],
    ]);
  });

  it('gives “…, and a man near the back raised a hand and said, ‘…’” to nobody, not to the outer speaker', () => {
    expect(
      credited([
        'The trust’s chief executive, Orla Brennick, has run the county’s hospitals since the spring of last year.',
        '“We held a public meeting in my first month, and a man near the back raised a hand and said to me, ‘I do not want a faster queue. I want a bed.’ I rewrote the plan that night,” Brennick said.',
      ]),
    ).toEqual([
      ['We held a', 'Orla Brennick', 'after', 'Brennick said'],
      ['I do not', null, 'none', null],
    ]);
  });

  it('gives a nested quote after “wrote to us saying” to the writing subject, never to the outer speaker', () => {
    expect(
      credited([
        'Tenants in the tower block say they were given no choice about the new entry system.',
        '"Parents wrote to us saying, \'We never agreed to the cameras, but the school gave us no choice,\'" organiser Ruth Ilves said.',
      ]),
    ).toEqual([
      ['Parents wrote to', 'Ruth Ilves', 'after', 'organiser Ruth Ilves said'],
      ['We never agreed', null, 'nested', 'Parents wrote to us saying'],
    ]);
  });
});

describe('a pronoun speaking a nested quote after a word opening its sentence', () => {
  it('goes to the name before, not to the capitalised adverb (“Afterwards she told me, “…””)', () => {
    expect(
      credited([
        '"Last winter we had a lad stuck on the weir at night. Nurse Ilona Petrak sat with him for two hours. Afterwards she told me, \'I did nothing clever, I just stayed.\' That stuck with me," Reyes said.',
      ]),
    ).toContainEqual(['I did nothing', 'Ilona Petrak', 'nested', 'she told']);
  });
});

describe('a pronoun speaking a nested quote after a name that goes on a capitalised word’s “of”', () => {
  it('goes to the person before, not to the words of the club’s name (“NAME at the Bay of Kelp Herons. She …”)', () => {
    expect(
      credited([
        '"The one I watch most is Sela Tupou at the Bay of Kelp Herons. She once wrote to me, \'Watch the hips, not the ball.\' I still do," Reyes said.',
      ]),
    ).toContainEqual(['Watch the hips,', 'Sela Tupou', 'nested', 'She once wrote']);
  });
});

describe('a nested quote a colon brings in at the end of its speech verb’s clause', () => {
  it('reaches back past the clause’s words to the verb (“NAME said something to me over the phone I won’t forget: ‘…’”)', () => {
    expect(
      credited([
        "\"The wind swung round at nine. The captain of the harbour crew, Rua Tamihana, said something to me over the phone I won't forget: 'We can hold the quay, we can't hold the point.' He was right,\" Reyes said.",
      ]),
    ).toContainEqual(['We can hold', 'Rua Tamihana', 'nested', 'Rua Tamihana, said']);
  });

  it('stops at a comma in the clause (“NAME said nothing, and it was long for us: ‘…’”)', () => {
    expect(
      credited([
        '"Tamihana said nothing, and it was long for us: \'Hold the quay.\' That was the sign on the door," Reyes said.',
      ]).find(([text]) => text === 'Hold the quay.'),
    ).toEqual(['Hold the quay.', null, 'none', null]);
  });
});

describe('a pronoun speaking a nested quote after a thing’s name written with “the”', () => {
  it('passes over the run after “the” to the person named before (“When I opened the Junior Cycle letter, he said …”)', () => {
    expect(
      credited([
        '"My uncle Tomas Reyes drove the night bus for thirty years. When I opened the Junior Cycle letter, he said to me, \'Do the work that serves the riders on your route.\' I did," Reyes said.',
      ]),
    ).toContainEqual(['Do the work', 'Tomas Reyes', 'nested', 'he said']);
  });
});

describe('an aside of the outer speaker’s own before a nested quote (ownAsideBefore)', () => {
  it('passes over “, and I wrote every word down,” to “They told us” before it: nobody named', () => {
    expect(
      credited([
        '"They told us, and I wrote every word down, \'Nothing will change at the ground without you.\' That lasted a month," Reyes said.',
      ]).map(([words, speaker, method]) => [words, speaker, method]),
    ).toEqual([
      ['They told us,', 'Reyes', 'after'],
      ['Nothing will change', null, 'none'],
    ]);
  });

  it('passes over “— I wrote it down —” to the one named speaking before it', () => {
    expect(
      credited([
        'Club secretary Ana Duarte promised the fans on Monday that the old stand would stay open all season.',
        '"Duarte said — I wrote it down — \'the old stand stays open all season.\' Now it is shut," Reyes said.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['Duarte said —', 'Reyes'],
      ['the old stand', 'Ana Duarte'],
    ]);
  });

  it('keeps a clause that closes on its own speech verb: “He asked me, and I replied, ‘…’” is the outer speaker’s', () => {
    expect(
      credited(['"He asked me if I was fit, and I replied, \'Not yet, give me a week.\' He nodded," Reyes said.']).map(
        ([words, speaker]) => [words, speaker],
      ),
    ).toEqual([
      ['He asked me', 'Reyes'],
      ['Not yet, give', 'Reyes'],
    ]);
  });

  it('keeps an aside that is no recording of the words the outer speaker’s: “Duarte shouted at us, and I shouted straight back at her, ‘…’”', () => {
    expect(
      credited([
        '"Duarte shouted at us, and I shouted straight back at her, \'Pay us first and then we will talk.\' She left," Reyes said.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['Duarte shouted at', 'Reyes'],
      ['Pay us first', 'Reyes'],
    ]);
  });

  for (const verb of [...RECORDING_VERBS].sort())
    it(`passes over an aside holding “${verb}”: “We were told — I ${verb} it — ‘…’”`, () => {
      expect(
        credited([
          `"We were told — I ${verb} it — 'Nothing will change at the ground.' That lasted a month," Reyes said.`,
        ])
          .map(([words, speaker]) => [words, speaker])
          .at(1),
      ).toEqual(['Nothing will change', null]);
    });
});

describe('a nested quote of somebody the outer speaker recalls speaking in the gerund (RECALLING_VERBS)', () => {
  for (const verb of [...RECALLING_VERBS].sort())
    it(`gives “I ${verb} NAME looking … and saying, ‘…’” to NAME, not to the outer speaker`, () => {
      expect(
        quoteSpeakers([
          'Wenna Varga founded the workshop with her husband in 2015 in a rented garage.',
          `“I ${verb} Wenna looking at the figures and saying, ‘Right, either this works or we both find proper jobs.’ We stayed,” her husband said.`,
        ]),
      ).toEqual([null, 'Wenna Varga']);
    });

  it('leaves the subject “I” when the speech verb is no gerund (“I heard NAME groan and told her, ‘…’”)', () => {
    expect(
      quoteSpeakers([
        'Wenna Varga collapsed at the finish line of the harbour race on Sunday and spent two nights in hospital.',
        '“I heard Wenna groan and told her, ‘Stay still, help is on its way.’ Then the medics came,” said Tom Reed, who ran beside her.',
      ]),
    ).toEqual(['Tom Reed', 'Tom Reed']);
  });

  it('leaves the subject “I” when no name follows the verb (“I remember it well and said, ‘…’”)', () => {
    expect(
      quoteSpeakers([
        'Wenna Varga founded the workshop with her husband in 2015 in a rented garage.',
        '“I remember it well and said, ‘Right, either this works or we both find proper jobs.’ We stayed,” Wenna Varga said.',
      ]),
    ).toEqual(['Wenna Varga', 'Wenna Varga']);
  });
});

describe('an adverb of sequence opening the outer sentence before a name', () => {
  for (const adverb of [...OPENING_SEQUENCE_ADVERBS].sort()) {
    const opener = `${adverb.charAt(0).toUpperCase()}${adverb.slice(1)}`;
    it(`gives the words “${opener} NAME phoned me and said, ‘…’” brings in to NAME`, () => {
      expect(
        quoteSpeakers([
          '“We spent years asking whether we had any right to keep the masks,” says Tamsin Oduya, the gallery’s director.',
          'The request arrived in a short email from Petra Lind, an engineer whose grandmother carved two of the masks.',
          `“I sent that email thinking nobody would read it,” she tells me. “${opener} Tamsin rang me, one wet Tuesday evening, and said, ‘Will you come up to Inverness?’”`,
        ]),
      ).toEqual(['Tamsin Oduya', 'Petra Lind', 'Petra Lind', 'Tamsin Oduya']);
    });
  }

  it('reads no speaker past it before a he or she, whom only the outer words may name', () => {
    expect(
      quoteSpeakers([
        'Desmond Hale, who has died aged 87, was a trumpeter who played fewer notes than anyone else in the room.',
        'He was the youngest of five children of a dock foreman, Amos Hale, and taught himself on a dented cornet.',
        '‘Des would play one note and let it hang there,’ his bandmate Ruth Okoro recalled. ‘Then he’d look at you as if to say, “Your turn.”’',
      ]),
    ).toEqual(['Ruth Okoro', 'Ruth Okoro', null]);
  });

  it('reads no speaker past it before a possessive name (“Then Tamsin’s assistant phoned me and said”)', () => {
    expect(
      quoteSpeakers([
        '“We spent years asking whether we had any right to keep the masks,” says Tamsin Oduya, the gallery’s director.',
        'The request arrived in a short email from Petra Lind, an engineer whose grandmother carved two of the masks.',
        '“I sent that email thinking nobody would read it,” she tells me. “Then Tamsin’s assistant rang me, one wet Tuesday evening, and said, ‘Will you come up to Inverness?’”',
      ]),
    ).toEqual(['Tamsin Oduya', 'Petra Lind', 'Petra Lind', null]);
  });
});

describe('an adverb of frequency between a nested quote’s pronoun and its speech verb (VERB_FILLERS)', () => {
  it('goes to the person the he or she stands for (“She always says, ‘…,’ and she means it”)', () => {
    expect(
      credited([
        'Club captain Hanne Voss, 34, has led the side for six seasons and trains with the juniors every Thursday night.',
        'Goalkeeper Lotte Brandl said the squad would play the final for her. "She always says, \'Play for the badge on the front, not the name on the back,\' and she means it," Brandl said.',
      ]),
    ).toContainEqual(['Play for the', 'Hanne Voss', 'nested', 'She always says']);
  });
});

describe('a nested quote of a relative of the outer speaker’s own, before an infinitive (“what my uncle liked to tell me”)', () => {
  it('goes to nobody, not to the outer speaker who says the words again', () => {
    expect(
      credited([
        '"I will tell them what my uncle liked to tell me: \'Show me what you did, not what you would do.\' We have built four new wards since January," Voss said.',
      ]),
    ).toContainEqual(['Show me what', null, 'none', null]);
  });
});
