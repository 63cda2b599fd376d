// Whom a "he said" stands for when the sentences before it name somebody only in passing (mentionPositions.ts):
// the person who was speaking, not the nearest name.
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { BARE_CLAUSE_JOINS, FINITE_CLAUSE_VERBS } from '../../src/quotes/clauses.ts';
import { KINSHIP_NOUNS } from '../../src/quotes/lexicon.ts';
import { OTHERS_RELATIVES } from '../../src/quotes/coreference.ts';
import { quoteSpeakers, story } from './fixtures.ts';

function speakers(lines: string[]): [string, string | null][] {
  const book = buildQuoteBook([story('discourse', lines)], { givenNameGender });
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
  ]);
}

const SPEAKING = [
  'Harbour Minister Colm Ferris denied on Monday that he had insulted fishermen at a party meeting.',
  '“I have never said such a thing about the people of this coast,” he said.',
  'He urged reporters to check their notes before they wrote about the meeting.',
];

describe('the discourse speaker', () => {
  it('gives “he said” to the man speaking before, not to a man a report quotes and names by “by” and “when”', () => {
    expect(
      speakers([
        ...SPEAKING,
        'The newspaper story, quoting union organiser Declan Hurst, described the treatment suffered by Hurst when he was held overnight.',
        '“Some writers publish whatever they like without checking a single fact,” he said.',
      ]),
    ).toEqual([
      ['I have never', 'Colm Ferris'],
      ['Some writers publish', 'Colm Ferris'],
    ]);
  });

  it('gives “she said” to the woman speaking before, not to a woman named in a clause opened by “when”', () => {
    expect(
      speakers([
        '“We were ready for the storm long before it reached us,” council leader Mara Quint said.',
        'The shelter on Dock Road opened its doors at dawn when nurse Ella Fenn arrived with supplies.',
        '“Nobody was turned away, not one family,” she said.',
      ]),
    ).toEqual([
      ['We were ready', 'Mara Quint'],
      ['Nobody was turned', 'Mara Quint'],
    ]);
  });

  it('gives “he said” to a man named only by “by” when nobody else was speaking before', () => {
    expect(
      speakers([
        'The new footbridge over the river was opened on Friday by engineer Paul Odom after four years of work.',
        '“It is the proudest day of my whole career,” he said.',
      ]),
    ).toEqual([['It is the', 'Paul Odom']]);
  });

  it('gives “he said” to a man named by “by” who was the subject of a sentence before', () => {
    expect(
      speakers([
        'Union organiser Declan Hurst was held overnight by police after the march on Saturday.',
        ...SPEAKING,
        'The newspaper story described the treatment suffered by Hurst in the cells.',
        '“They treated me like a criminal for a whole night,” he said.',
      ]),
    ).toEqual([
      ['I have never', 'Colm Ferris'],
      ['They treated me', 'Declan Hurst'],
    ]);
  });

  it('gives “he said” to a man named as an owner, which is no aside', () => {
    expect(
      speakers([
        ...SPEAKING,
        'Declan Hurst’s crew landed the biggest catch of the season on Tuesday.',
        '“The boys worked through the night for this one,” he said.',
      ]),
    ).toEqual([
      ['I have never', 'Colm Ferris'],
      ['The boys worked', 'Declan Hurst'],
    ]);
  });
});

describe('a he or she reporting the words of its own sentence after them', () => {
  it('gives “…, he said.” and the quotes after it to the man speaking before, not to a man those words name', () => {
    expect(
      speakers([
        'Trade minister Colm Ferris said on Tuesday that checking every new investment was part of his job.',
        'Correcting newspaper reports that had misquoted Tomas Berg was somebody else’s task, he said.',
        '“I am the trade minister, not anybody’s press officer,” he said.',
      ]),
    ).toEqual([['I am the', 'Colm Ferris']]);
  });
});

describe('the discourse speaker of a role', () => {
  it('gives “the minister said” to the man speaking before, not to a man a report quotes in the sentence between', () => {
    expect(
      speakers([
        'Colm Ferris said on Monday that he had never insulted the fishermen of the harbour.',
        '“I have never said such a thing about the people of this coast,” he said.',
        'The newspaper story, quoting union organiser Declan Hurst, described the treatment suffered by Hurst when he was held overnight.',
        '“Some writers publish whatever they like without checking a single fact,” the minister said.',
      ]),
    ).toEqual([
      ['I have never', 'Colm Ferris'],
      ['Some writers publish', 'Colm Ferris'],
    ]);
  });
});

describe('a definite role named only by the title', () => {
  function titled(title: string, lines: string[]): [string, string | null][] {
    const book = buildQuoteBook([story('titled', lines, { title })], { givenNameGender });
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => [
      q.text.split(' ').slice(0, 2).join(' '),
      q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    ]);
  }
  const BODY = [
    'The Harbour Trust chairman has described the ferry crews who kept sailing through the storm as “quiet heroes”.',
    'The crews worked double shifts for a week.',
  ];

  it('gives “The Harbour Trust chairman has described …” to the one person the title names with that role', () => {
    expect(titled('Harbour Trust chairman Ian Dorr praises ferry crews', BODY)).toEqual([['quiet heroes', 'Ian Dorr']]);
  });

  it('gives it to the one of two people the title names whose role fits all its words', () => {
    expect(titled('Harbour Trust chairman Ian Dorr and Port Board chairman Ray Kell praise ferry crews', BODY)).toEqual(
      [['quiet heroes', 'Ian Dorr']],
    );
  });

  it('gives “The chairman has described …” to nobody when the title names two chairmen', () => {
    expect(
      titled('Harbour Trust chairman Ian Dorr and Port Board chairman Ray Kell praise ferry crews', [
        'The chairman has described the ferry crews who kept sailing through the storm as “quiet heroes”.',
        'The crews worked double shifts for a week.',
      ]),
    ).toEqual([['quiet heroes', null]]);
  });

  it('gives it to a person the body named with that role before the one the title names', () => {
    expect(
      titled('Harbour Trust chairman Ian Dorr praises ferry crews', [
        'Port Board chairman Ray Kell met the ferry crews on Monday.',
        'The chairman has described the ferry crews who kept sailing through the storm as “quiet heroes”.',
      ]),
    ).toEqual([['quiet heroes', 'Ray Kell']]);
  });
});

describe('a clause joined by a bare "and"', () => {
  it('gives “He said:” to the subject of a clause that "and" opens with no comma, when a finite verb follows it', () => {
    expect(
      speakers([
        'Tomas Brandt hit his tenth goal for Harbour in the win over Westfield and manager Pavel Ortega was delighted with his skipper. He said: “Nobody at this club works harder, and every goal of the season was deserved.”',
      ]),
    ).toEqual([['Nobody at this', 'Pavel Ortega']]);
  });

  it('keeps “He said:” with the subject when the name after "and" is an object with no finite verb after it', () => {
    expect(
      speakers([
        'Tomas Brandt thanked the fans and Pavel Ortega for their support on a long afternoon at the harbour ground.',
        'He said: “The club has waited twenty years for this and the town has waited longer than that.”',
      ]),
    ).toEqual([['The club has', 'Tomas Brandt']]);
  });

  for (const join of [...BARE_CLAUSE_JOINS].sort())
    for (const verb of [...FINITE_CLAUSE_VERBS].sort())
      it(`reads "${join} manager NAME ${verb} …" as a clause whose subject a later “He said:” goes on with`, () => {
        expect(
          speakers([
            `Tomas Brandt hit his tenth goal for Harbour in the win over Westfield ${join} manager Pavel Ortega ${verb} pleased with his skipper. He said: “Nobody at this club works harder, and every goal of the season was deserved.”`,
          ]),
        ).toEqual([['Nobody at this', 'Pavel Ortega']]);
      });
});

describe('a surname a person shares with a relative the article brings in', () => {
  it('gives “Mrs NAME” to the person written about, not to “her daughter” of the same surname named after her', () => {
    expect(
      speakers([
        'Rosa Tennant, 52, came back for the reunion. Her mother taught at the school and her daughter Ivy Tennant is a pupil there now.',
        'Mrs Tennant, who lives near the station, met an old friend from her class at the gate.',
        '“The building has hardly changed, but the rules are much kinder now,” she said.',
      ]),
    ).toEqual([['The building has', 'Rosa Tennant']]);
  });

  it('reads “her daughter, NAME,” set off by commas as a relative brought in too', () => {
    expect(
      speakers([
        'First through the clinic door on Tuesday was Rosa Tennant, 81, who came with her daughter, Ivy Tennant.',
        '“A bad chest kept me in bed for most of last winter,” Mrs Tennant said.',
      ]),
    ).toEqual([['A bad chest', 'Rosa Tennant']]);
  });

  it('gives the shared surname to the relative when the relative is the subject speaking (“Her son, NAME, said”)', () => {
    expect(
      speakers([
        'Rosa Tennant, 74, who brought the complaint, cried on the court steps after the verdict.',
        'Her son, Ivo Tennant, told reporters they would keep fighting for the deeds.',
        '“The verdict is welcome, but the farm is still not ours,” the younger Tennant said.',
      ]),
    ).toEqual([['The verdict is', 'Ivo Tennant']]);
  });

  for (const kin of [...KINSHIP_NOUNS].sort())
    it(`gives “Mrs NAME said” to the person written about, not to “her ${kin}” of the same surname`, () => {
      expect(
        speakers([
          `Rosa Tennant, 52, came back for the reunion, and her ${kin} Alex Tennant came with her from the city.`,
          'Mrs Tennant said: “The building has hardly changed, but the rules are much kinder now.”',
        ]),
      ).toEqual([['The building has', 'Rosa Tennant']]);
    });
});

describe('the owner of the role naming a sentence’s subject', () => {
  const BEFORE = [
    'Outside the court, Mr Hallam, 58, said the last few years had been “hell” for all of them.',
    '“People I coached crossed the street to avoid me,” he said.',
  ];
  for (const owned of ['Mr Pryor’s barrister, Lucy Fenwick, had', 'Mr Pryor’s wife Lucy told the court she had'])
    it(`gives “he added” after “${owned} …” to the man speaking before, not to the owner`, () => {
      expect(
        speakers([
          ...BEFORE,
          `${owned} argued that the posts were fair comment on a matter of public interest.`,
          '“Tonight I will sleep properly for the first time since all this began,” he added.',
        ]),
      ).toEqual([
        ['hell', 'Hallam'],
        ['People I coached', 'Hallam'],
        ['Tonight I will', 'Hallam'],
      ]);
    });
});

describe('a gender only a given name guessed', () => {
  it('yields to the subject of the sentence right before: “SURNAME responded. “…,” she said” is that person', () => {
    expect(
      speakers([
        'The union says picket lines are solid. Its regional officer, Nikita Barrow, told reporters the walkout would go on.',
        'Skyport has tweeted: “Backup crews are in place and most departures are on time.”',
        'Barrow responded within minutes. “Our members can do the maths, and so can the passengers,” she said.',
      ]),
    ).toEqual([
      ['Backup crews are', 'Skyport'],
      ['Our members can', 'Nikita Barrow'],
    ]);
  });

  it('does not yield when the sentence has already called that person by the other gender’s pronoun', () => {
    expect(
      speakers([
        '“The car was grey, and it was moving fast,” said Ann Kestle, 67, the only witness called on Monday.',
        'Defence counsel Tom Quillan spent an hour on cross-examination. He reminded Kestle that in her first statement she had described the car as “maybe blue, I am not sure.”',
      ]),
    ).toEqual([
      ['The car was', 'Ann Kestle'],
      ['maybe blue, I', 'Ann Kestle'],
    ]);
  });

  it('does not yield when a subject of the pronoun’s gender came earlier in the paragraph', () => {
    expect(
      speakers([
        'Leaders agreed a storm relief fund at the close of the island summit in Port Elvin on Friday.',
        'Hana Oduya was pressed on the timetable at her closing press conference. Trade Minister Piers Lanholm, standing beside her, said staff had worked “day and night” on the forms. She then added a promise that the first grants would reach villages “before the rains come back in October”.',
      ]),
    ).toEqual([
      ['day and night', 'Piers Lanholm'],
      ['before the rains', 'Hana Oduya'],
    ]);
  });

  it('still keeps a gender a title told: “Mr SURNAME responded. “…,” she said” is not Mr SURNAME', () => {
    expect(
      speakers([
        'The union says picket lines are solid. Its regional officer, Ann Lyle, told reporters the walkout would go on.',
        'Mr Barrow, the airport’s director, wrote to staff on Monday morning.',
        'Mr Barrow responded within minutes. “Our members can do the maths, and so can the passengers,” she said.',
      ]),
    ).toEqual([['Our members can', 'Ann Lyle']]);
  });
});

describe('a gender only a given name guessed, across a paragraph break', () => {
  it('gives ““…,” he wrote” opening a paragraph to the subject named just before when nobody of his gender was named', () => {
    expect([
      givenNameGender('Rana'),
      quoteSpeakers(
        [
          'Classrooms across the region are shut until next week because of the smog, officials said on Monday.',
          'Provincial Education Minister Rana Anwar Malik shared the closure order on X.',
          '“Every school in the region stays shut until next week. Children’s lungs come first,” he wrote.',
        ],
        { givenNameGender },
      ),
    ]).toEqual(['female', ['Rana Anwar Malik']]);
  });

  it('looks past a paragraph that is quotation only: “NAME says … ¶ “…” ¶ He says … ¶ “…”” goes on with NAME', () => {
    expect([
      givenNameGender('Rana'),
      quoteSpeakers(
        [
          'Classrooms across the region are shut until next week because of the smog, officials said on Monday.',
          'Provincial Education Minister Rana Anwar Malik says the closure order will be reviewed on Friday.',
          '“Every school in the region stays shut until next week. Children’s lungs come first.”',
          'He says parents should not send children to private tuition centres either.',
          '“The air is no cleaner in a tuition room than in a classroom.”',
        ],
        { givenNameGender },
      ),
    ]).toEqual(['female', ['Rana Anwar Malik', 'Rana Anwar Malik']]);
  });

  it('gives ““…,” he told …” opening a paragraph to the one person the paragraph before names, subject or not, and to nobody when it names two', () => {
    expect([
      givenNameGender('Rana'),
      quoteSpeakers(
        [
          'The last prize of the evening at the harbour festival went to folk singer Rana Anwar Malik.',
          '“Ten years ago I was singing for tips on the ferry,” he told the host.',
        ],
        { givenNameGender },
      ),
      quoteSpeakers(
        [
          'The last prize went to folk singer Rana Anwar Malik, and fiddler Ann Lyle, second, said the vote was fair.',
          '“Ten years ago I was singing for tips on the ferry,” he told the host.',
        ],
        { givenNameGender },
      ),
    ]).toEqual(['female', ['Rana Anwar Malik'], [null]]);
  });

  it('gives ““…,” he said” opening a paragraph to the unnamed man further back, not to the woman (by her given name) speaking just before', () => {
    expect([
      givenNameGender('Rana'),
      quoteSpeakers(
        [
          'The ferry company will cut the winter timetable to two sailings a day from January, the island council said.',
          'One deckhand, who would not give a name, said crews had been told nothing. “We found out from the radio,” he said.',
          'Island council leader Rana Anwar Malik said the cut was “a disaster for the school run”.',
          '“Forty children cross every morning. Two sailings a day means they miss the first lesson,” he said.',
        ],
        { givenNameGender },
      ),
    ]).toEqual(['female', [null, 'Rana Anwar Malik', null]]);
  });

  it('still gives “She said …” to the woman named before, not to the man the paragraph before names as subject', () => {
    expect([
      givenNameGender('Pieter'),
      quoteSpeakers(
        [
          'The hearing took evidence from fatigue researcher Ana Kolar, who said the schedules had worn the crew down.',
          '“Read side by side, the logs show a captain running on empty,” Kolar said.',
          'Coroner Pieter Vel put it to her that the carrier had kept within every rule.',
          'She agreed, but said the rules themselves were “decades behind the research”.',
        ],
        { givenNameGender },
      ),
    ]).toEqual(['male', ['Ana Kolar', 'Ana Kolar']]);
  });
});

describe('the reference window across paragraphs of quotation', () => {
  it('counts only the writer’s sentences back to the person a later “he said” stands for', () => {
    expect(
      speakers([
        'The state budget was handed down in parliament on Tuesday afternoon.',
        'Treasurer Marcus Tolland opened with the line he will repeat all week:',
        '“This budget is for the dinner table. Every dollar was tested. Every line was checked twice.”',
        'It is a neat line. It is also, so far as I can see, not really what the tables show. Most new money goes on roads and the stadium. Those may be worth it. But none of that is the dinner table.',
        'Further into his address he called the surplus “proof that a state can be kind and careful at once”. Fine.',
      ]),
    ).toEqual([
      ['This budget is', 'Marcus Tolland'],
      ['proof that a', 'Marcus Tolland'],
    ]);
  });
});

describe('a description opening a sentence before a he or she set off by a comma', () => {
  it('describes that he or she, nobody new (“A former teacher from Morlaix, she has become …”)', () => {
    expect(
      quoteSpeakers([
        'The commission that polices shop signs has a new enforcement plan, and its head spoke to us this week.',
        'Commissioner Ana Ferrant has led the body since 2021. A former teacher from Morlaix, she now answers for every fine the body hands out. “Everyone pictures me with a tape measure,” she said.',
      ]),
    ).toEqual(['Ana Ferrant']);
  });

  it('describes that he or she past a “who” clause of its own (“A former teacher who …, she has become …”)', () => {
    expect(
      quoteSpeakers([
        'The commission that polices shop signs has a new enforcement plan, and its head spoke to us this week.',
        'Commissioner Ana Ferrant has led the body since 2021. A former teacher who spent 12 years in classrooms around Morlaix before joining the commission, she now answers for every fine the body hands out. “Everyone pictures me with a tape measure,” she said.',
      ]),
    ).toEqual(['Ana Ferrant']);
  });

  it('describes that he or she past a “who” clause holding commas of its own (“… in Tarrow, Velmir and Lowbury …, she”)', () => {
    expect(
      quoteSpeakers([
        'The commission that polices shop signs has a new enforcement plan, and its head spoke to us this week.',
        'Commissioner Ana Ferrant has led the body since 2021. A former teacher who spent 12 years in classrooms in Tarrow, Velmir and Lowbury before joining the commission, she now answers for every fine the body hands out. “Everyone pictures me with a tape measure,” she said.',
      ]),
    ).toEqual(['Ana Ferrant']);
  });

  it('is somebody new when a “who” clause runs on to a speech verb with no comma (“A former teacher who … said”)', () => {
    expect(
      quoteSpeakers([
        'The commission that polices shop signs has a new enforcement plan, and its head spoke to us this week.',
        'Commissioner Ana Ferrant has led the body since 2021. A former teacher who spent 12 years in classrooms around Morlaix said the rules were too strict. “Everyone pictures them with a tape measure,” she said.',
      ]),
    ).toEqual([null]);
  });

  it('is somebody new when no comma sets it off before the he or she (“A former teacher said …”)', () => {
    expect(
      quoteSpeakers([
        'The commission that polices shop signs has a new enforcement plan, and its head spoke to us this week.',
        'Commissioner Ana Ferrant has led the body since 2021. A former teacher from Morlaix said the rules were too strict. “Everyone pictures them with a tape measure,” she said.',
      ]),
    ).toEqual([null]);
  });

  it('learns the gender of the one a he or she after the comma stands for (“A young guard, she said, fired …”)', () => {
    expect(
      quoteSpeakers([
        'Captain Kit Orlan, who commanded the post that night, took the inquiry through the hours before dawn.',
        'A young guard, she said, fired one warning shot into the air as the lorries came closer.',
        'Kit Orlan then described how the radio at the post failed just before the second lorry reached the barrier.',
        '“We had no orders for a night like that,” he said.',
        'Kit Orlan was asked whether the post had enough staff that winter, and answered at once.',
        '“We were four short every night from November,” she said.',
      ]),
    ).toEqual([null, 'Kit Orlan']);
  });

  it('learns no gender from a he or she after the comma read as its own sentence’s subject (“NAME, she said, was …”)', () => {
    expect(
      quoteSpeakers([
        'The inquiry into the fire at the Marrow Street depot heard on Thursday from the station commander, Ann Hale.',
        'Firefighter Kit Orlan, she said, had been the first crew member through the burning door that night.',
        'Orlan later spent three nights in hospital with smoke inhalation and burns to both hands and his face.',
        '“I did not think about it. There was somebody in there and we went in,” he said.',
      ]),
    ).toEqual(['Kit Orlan']);
  });

  it('is somebody new when the he or she after the comma reports it (“A young guard, she said, fired …”)', () => {
    expect(
      quoteSpeakers([
        'The inquiry into the shooting at the border crossing heard from several witnesses on Thursday.',
        'Captain Ana Ferrant, who commanded the post that night, took the inquiry through the hours before dawn.',
        'A young guard, she said, fired one warning shot into the air. “I thought they would rush the barrier,” he told the inquiry.',
      ]),
    ).toEqual([null]);
  });
});

describe('a he or she after a hyphenated surname written alone', () => {
  it('tells the gender of the person named in full with it, over the given name’s guess', () => {
    expect([
      givenNameGender('Nikita'),
      quoteSpeakers(
        [
          'The guest this week is Nikita Ashby-Okafor, who spent thirty years guiding ships into the harbour at night.',
          'At the end of each show the guest picks a sound. Ashby-Okafor picks the foghorn, which she heard every night.',
          'The host, Tom Reyes, admits he had never listened to it properly before the recording.',
          '“Nothing else awake at that hour wants to sell me a single thing,” she laughs.',
        ],
        { givenNameGender },
      ),
    ]).toEqual(['male', ['Nikita Ashby-Okafor']]);
  });
});

describe('a definite role its sentence opens with, then a name set off by commas', () => {
  it('gives a later “she said” to the name after “The Liberal Democrats’ standards spokesperson,”, not to an unnamed speaker before', () => {
    expect(
      speakers([
        'The health minister faces calls to quit over two supplier meetings held weeks before a contract went to one of them.',
        'A spokesperson for the health minister said: ‘Every one of Ms Garvey’s meetings was declared at the time.’',
        'The watchdog for conduct in office, Sir Alan Porteous, is said to be weighing an inquiry.',
        'One Tory backbencher with a slim majority said: ‘It is the last thing we need before the summer recess.’',
        'The Liberal Democrats’ standards spokesperson, Mara Quinlan, went further. ‘Deals like this one are why voters stop believing a word we say,’ she said.',
      ]),
    ).toEqual([
      ['Every one of', null],
      ['It is the', null],
      ['Deals like this', 'Mara Quinlan'],
    ]);
  });
});

describe('an object never a subject nor a speaker, after a sentence whose subject spoke', () => {
  const MATCH = [
    'The Sharks held on to beat the Gulls at Quarry Lane on Saturday and stay top of the table.',
    '“Our halfback ran the show and never stopped talking to his forwards,” Sharks coach Wiremu Tamatea said.',
  ];
  const QUOTE = '“Every penalty handed them a free ride up the field, and that cannot go on,” he said.';

  it('gives the next paragraph’s “he said” to the subject that spoke, not to the prop sent to the sin bin', () => {
    expect(
      speakers([
        ...MATCH,
        'Tamatea grumbled about the discipline. The Sharks gave away a dozen penalties and had prop Hohepa Pounamu sent to the sin bin.',
        QUOTE,
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Wiremu Tamatea', 'Wiremu Tamatea']);
  });

  it('gives it to the man named when the sentence before his sentence has no subject that spoke', () => {
    expect(
      speakers([
        ...MATCH,
        'The discipline was poor. The Sharks gave away a dozen penalties and had prop Hohepa Pounamu sent to the sin bin.',
        QUOTE,
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Wiremu Tamatea', 'Hohepa Pounamu']);
  });
});

describe('a name inside somebody else’s relative clause after a he or she (OTHERS_RELATIVES)', () => {
  const HEAD = [
    'When Professor Nandini Kulkarani took over Marrowdale University in 2021, its campus was recovering from a long strike.',
    'Three years on, Kulkarani, a historian of the railways, has become one of the louder voices on the national entrance test.',
  ];
  for (const relative of [...OTHERS_RELATIVES].sort()) {
    const clause =
      relative === 'who' ? 'who said Kulkarani’s comments were wrong' : 'whose reply called Kulkarani’s comments wrong';
    it(`gives “she told …” to the woman that a name in “…, ${relative} …” after it does not rule out`, () => {
      expect(
        speakers([
          ...HEAD,
          `Last month, at a meeting of university heads, she told a full hall that the test “has made entry tidier but no kinder”, a remark that angered a board official, ${clause}.`,
        ]).map(([, speaker]) => speaker),
      ).toEqual(['Nandini Kulkarani']);
    });
  }
});

describe('a description set off after a name, with the body it goes on with', () => {
  it('reads “According to NAME, a policy analyst with the Tarrow-based Institute for X, …” as NAME, whom the “she” below is', () => {
    expect(
      quoteSpeakers([
        'Crab fishers from nine harbour villages sailed out on Saturday in protest at the outfall of the new reactor.',
        'According to Dr. Kavita Ranganathan, a grid economist with the Tarrow-based Institute for Coastal Power, the sail-out showed a “gap of trust” that nobody had tried to close.',
        '“The pipework may well be safe. But the plant has only ever written to the villages, never sat down with them,” she said.',
      ]),
    ).toEqual(['Kavita Ranganathan', 'Kavita Ranganathan']);
  });
});
