import { describe, expect, it } from 'vitest';
import { isSpeechVerbAt } from '../../src/quotes/evidence.ts';
import { GERUND_TAKING_VERBS } from '../../src/quotes/verbReach.ts';
import {
  ARTICLES,
  INDEFINITE_ARTICLES,
  HEAD_TITLES,
  WEAK_HEAD_TITLES,
  NON_PERSON_WORDS,
  TITLE_MODIFIERS,
  NAME_PREFIXES,
  REPORTED_SPEECH_OPENERS,
  ROLE_ABBREVIATIONS,
  ROLE_SYNONYMS,
  SAME_POSITION_SYNONYMS,
  sameRoleWord,
  samePositionWord,
  SPEECH_VERBS,
  QUOTED_MANNER_VERBS,
  QUOTED_SPEECH_VERBS,
  QUOTING_SPEECH_VERBS,
  PROGRESSIVE_SPEECH_VERBS,
  THAT_SPEECH_VERBS,
  VERB_FILLERS,
} from '../../src/quotes/lexicon.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { COVERING_ROLE_WORDS } from '../../src/quotes/roleReference.ts';
import { roleHoldsTitle } from '../../src/quotes/roleLexicon.ts';
import { significantTokens } from '../../src/quotes/roleMatching.ts';
import { HONORIFICS } from '../../src/quotes/rolePhrases.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';
import { isPrefixedName, type Token } from '../../src/quotes/tokens.ts';

function words(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((w) => {
    const token: Token = {
      kind: 'word',
      text: w,
      start: at,
      end: at + w.length,
      lower: w.toLowerCase(),
      capital: /^\p{Lu}/u.test(w),
    };
    at += w.length + 1;
    return token;
  });
}

describe('speech verb lexicon', () => {
  it('has at least 150 verb forms', () => {
    expect(SPEECH_VERBS.size).toBeGreaterThanOrEqual(150);
  });

  for (const verb of [...SPEECH_VERBS].sort()) {
    it(`reads "${verb}" as a speech verb after a speaker`, () => {
      expect(isSpeechVerbAt(words(`the spokeswoman ${verb} it`), 2)).toBe(true);
    });
  }

  it('gives NAME had written on X … that … “…” to NAME, the past participle of "wrote"', () => {
    const book = buildQuoteBook([
      story('written', [
        'The painter Ines Valcour is being sued by the gallery owner Hugo Brandt over a post about unpaid fees.',
        'Valcour, 41, had written on X in March that Brandt\'s gallery had "kept every cent the artists were owed".',
      ]),
    ]);
    expect(book.quotes.map((q) => [book.people.find((p) => p.id === q.speaker)?.name, q.method])).toEqual([
      ['Ines Valcour', 'before'],
    ]);
  });

  it('gives “Judge NAME granted …, finding that … “…”” to the judge, the participle of a finding', () => {
    const book = buildQuoteBook([
      story('finding', [
        'A county judge on Tuesday ordered the rowing league to let a transferred sculler race at the regatta.',
        'Judge Ysolde Ambrell granted the order after a short hearing, finding that the league had read its own rule "far more narrowly than its members ever agreed".',
      ]),
    ]);
    expect(book.quotes.map((q) => [book.people.find((p) => p.id === q.speaker)?.name, q.method])).toEqual([
      ['Ysolde Ambrell', 'before'],
    ]);
  });

  it('gives “NAME testified that she heard NAME2 shout “…”” to NAME2, whose base form of a speech verb is nearer', () => {
    const book = buildQuoteBook([
      story('base-form', [
        'The trial of Ivo Marren, accused of shooting his former partner, entered its second week on Monday.',
        'A neighbour, Dana Kell, testified that she heard Ivo Marren shout "Nobody walks out on me" seconds before the gunfire.',
      ]),
    ]);
    expect(book.quotes.map((q) => [book.people.find((p) => p.id === q.speaker)?.name, q.method])).toEqual([
      ['Ivo Marren', 'before'],
    ]);
  });

  it('reads a phrasal verb only with its particle', () => {
    expect([isSpeechVerbAt(words('she pointed out that'), 1), isSpeechVerbAt(words('she pointed at it'), 1)]).toEqual([
      true,
      false,
    ]);
  });
});

describe('verbs that report speech only before "that"', () => {
  for (const verb of [...THAT_SPEECH_VERBS].sort()) {
    it(`reads "${verb} that" as a speech verb and "${verb}" before anything else as none`, () => {
      expect([
        isSpeechVerbAt(words(`the activist ${verb} that it`), 2),
        isSpeechVerbAt(words(`the police ${verb} him with theft`), 2),
      ]).toEqual([true, false]);
    });
  }

  it('gives NAME, who …, charged that X had “…” to NAME', () => {
    const book = buildQuoteBook([
      story('charged', [
        'The regional assembly met late into the night on Thursday to vote on the new transport budget for the coming year.',
        'Activist Leon Marsh, who leads the residents\' group, charged that the police had "ignored every warning about the crowd at the gate."',
      ]),
    ]);
    expect(book.quotes.map((q) => [book.people.find((p) => p.id === q.speaker)?.name, q.method])).toEqual([
      ['Leon Marsh', 'before'],
    ]);
  });
});

describe('words opening reported speech after a speech verb', () => {
  for (const opener of [...REPORTED_SPEECH_OPENERS].sort()) {
    it(`ends the quote's sentence before "X said ${opener} …", leaving the quote to the colon that introduced it`, () => {
      const book = buildQuoteBook([
        story('opener', [
          'The rail minister set out the plans for a new line between the three northern cities on Monday.',
          `Asked about delays, Paul Ferris told reporters: 'Where a route is ready, we will start digging.' Nadia Kerr said ${['that', 'whether'].includes(opener) ? `${opener} the money would be found` : `${opener} would find the money`}.`,
        ]),
      ]);
      expect(book.quotes.map((q) => [book.people.find((p) => p.id === q.speaker)?.name, q.method])).toEqual([
        ['Paul Ferris', 'before'],
      ]);
    });
  }
});

describe('role synonyms', () => {
  it('treat words of one group as the same position and others not', () => {
    expect([
      sameRoleWord('boss', 'manager'),
      sameRoleWord('head', 'director-general'),
      sameRoleWord('founder', 'ceo'),
      sameRoleWord('coach', 'lawyer'),
    ]).toEqual([true, true, false, false]);
  });

  it('hold lower-case single words only', () => {
    for (const group of ROLE_SYNONYMS) for (const word of group) expect(word).toMatch(/^[a-z-]+$/u);
  });

  for (const group of ROLE_SYNONYMS) {
    const [first, second] = [...group];
    it(`gives “…,” the ${second} added to the person introduced as ${first}`, () => {
      const book = buildQuoteBook([
        story(`synonym-${first}`, [
          `Harbour club ${first} Tomas Lindqvist spoke to reporters on Friday before the final of the cup.`,
          '“Our plan for this match was settled weeks ago in training,” Lindqvist said.',
          `“Nobody in this squad is afraid of the weather,” the ${second} added.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual([
        'Tomas Lindqvist',
        'Tomas Lindqvist',
      ]);
    });
  }
});

describe('an athlete’s event and the word for any athlete (ROLE_SYNONYMS)', () => {
  for (const event of ['sprinter', 'runner', 'hurdler']) {
    it(`gives “…,” the Coastal State athlete said to the ${event} the paragraph above is about`, () => {
      const title = `${event.slice(0, 1).toUpperCase()}${event.slice(1)}`;
      const book = buildQuoteBook([
        story(`athlete-${event}`, [
          `${title} Ifeoma Adebanjo-Ross booked her place at the continental championships on Saturday.`,
          'Adebanjo-Ross, 22, won in 11.08 seconds into a headwind, ahead of the defending champion.',
          '“I came for the title, not for a fast time,” the Coastal State athlete said.',
        ]),
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual(['ifeoma adebanjo ross']);
    });
  }
});

describe('a covering role word when two people fit it (COVERING_ROLE_WORDS)', () => {
  for (const word of [...COVERING_ROLE_WORDS].sort()) {
    it(`gives “…,” the ${word} said to nobody after a sprinter and a hurdler`, () => {
      const book = buildQuoteBook([
        story(`covering-${word}`, [
          'Sprinter Ifeoma Adebanjo-Ross won her heat at the national trials on Saturday in a season’s best time.',
          'The crowd cheered as she crossed the line. Her rival, hurdler Ruth Ezeani-Cole, was disqualified after a false start.',
          `“I felt good from the gun and I never looked back,” the ${word} said.`,
        ]),
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
    });
  }
});

describe('same-position synonyms', () => {
  const pairs = SAME_POSITION_SYNONYMS.flatMap((group) => {
    const [a, b] = [...group];
    return [
      [a, b],
      [b, a],
    ];
  });
  for (const [first, second] of pairs) {
    const title = `${(first ?? '').slice(0, 1).toUpperCase()}${(first ?? '').slice(1)}`;
    it(`gives “…,” the ${second} said to ${title} NAME when another person spoke last`, () => {
      const book = buildQuoteBook([
        story(`same-position-${first}`, [
          `${title} Oriel Mantaba opened the inquiry into the harbour works on Monday morning.`,
          '“The board followed every rule it had,” said Petra Lindahl, a lawyer for the harbour board.',
          `“I will hear the residents in full next week,” the ${second} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Petra Lindahl', 'Oriel Mantaba']);
    });
  }

  it('tells exact synonyms from loose ones', () => {
    expect([samePositionWord('judge', 'justice'), samePositionWord('boss', 'manager')]).toEqual([true, false]);
  });
});

describe('role abbreviations', () => {
  for (const [short, long] of [...ROLE_ABBREVIATIONS].sort()) {
    it(`spells out "${short.toUpperCase()}" as "${long}" when a role is compared`, () => {
      expect(significantTokens(`the ${short.toUpperCase()}`)).toEqual(long.split(' '));
    });
  }
});

describe('a rank written short with its modifier before a name (“Asst Comm NAME”)', () => {
  it('reads “Asst Comm NAME, the district’s police chief, said” as NAME, whom a later “he said” is', () => {
    const book = buildQuoteBook([
      story('asst-comm', [
        'A fight broke out between two groups of fans outside the stadium gates after the derby on Sunday.',
        'Asst Comm Tavo Renn Ishak, the harbour district’s police chief, said two men had been questioned.',
        '“Both groups were dispersed within ten minutes and the roads are open again,” he said in a statement.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual(['tavo renn ishak']);
  });
});

describe('a rank written short before a name', () => {
  it('gives “the lieutenant … he said” to the person named “Police Lt. NAME”', () => {
    const book = buildQuoteBook([
      story('rank-short', [
        'City Police Lt. Oren Vasquez said patrols got to the shop within four minutes of the alarm.',
        'A neighbour, Frank Kerr, said he was woken by a loud bang a little before three in the morning.',
        'The lieutenant urged anyone with camera clips from the street to come forward. “Even a short clip could help us,” he said.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual(['oren vasquez']);
  });
});

describe('the Irish police rank, in full and written short (“Detective Garda NAME … Det Gda SURNAME said”)', () => {
  it('reads “Det Gda SURNAME” as the garda named in full before', () => {
    expect([WEAK_HEAD_TITLES.has('garda'), HEAD_TITLES.has('gda')]).toEqual([true, true]);
    const book = buildQuoteBook([
      story('garda-short', [
        'The jury heard from Detective Garda Dervla Brennock, who searched the van on the night of the robbery.',
        'Asked whether the gloves could be linked to the accused, Det Gda Brennock said, “I can’t say that, no.”',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
      ['Dervla Brennock'],
      ['dervla brennock'],
    ]);
  });
});

describe('a Yoruba king’s title before his name (“Oba”, HEAD_TITLES)', () => {
  it('reads “Oba NAME SURNAME” and a later “Oba SURNAME” as one man, and gives him his quote', () => {
    expect(HEAD_TITLES.has('oba')).toBe(true);
    const book = buildQuoteBook([
      story('oba-title', [
        'Crowds filled the palace grounds on Saturday as Oba Kayode Olorunfemi was crowned after three years of court fights.',
        '“A village does not rise on prayers alone, so come home and build it,” Oba Olorunfemi said to cheers.',
      ]),
    ]);
    expect([book.people.map((p) => [p.name, p.gender]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Kayode Olorunfemi', 'male']],
      ['kayode olorunfemi'],
    ]);
  });
});

describe('a Swahili elder’s title of respect before his name (“Mzee”, HEAD_TITLES)', () => {
  it('reads “NAME SURNAME” and a later “Mzee SURNAME” as one man, and gives him his quotes', () => {
    expect(HEAD_TITLES.has('mzee')).toBe(true);
    const book = buildQuoteBook([
      story('mzee-title', [
        'The retired fiddler Wekesa Barasa Kiptanui, 81, joined the queue outside the copyright office on Monday morning.',
        '“I wrote the songs your parents danced to and the office sends me nothing,” Mzee Kiptanui said.',
        '“I will sit at this gate until they answer me,” he added.',
      ]),
    ]);
    expect([book.people.map((p) => [p.name, p.gender]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Wekesa Barasa Kiptanui', 'male']],
      ['wekesa barasa kiptanui', 'wekesa barasa kiptanui'],
    ]);
  });
});

describe('the force’s own name after “Garda” (a weak title: a person only before two name words)', () => {
  it('makes nobody of “Garda Síochána is appealing for witnesses.”', () => {
    const book = buildQuoteBook([
      story('garda-force', [
        'The driver of the car, a woman in her thirties, was not injured in the crash on the coast road.',
        'Garda Síochána is appealing for witnesses.',
        '“Any road users with camera footage are asked to make it available.”',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
  });
});

describe('the British police rank written short (PC, a weak title: a person only before two name words)', () => {
  it('reads “PC NAME SURNAME” as the constable, and leaves “the PC Party” an organisation', () => {
    expect(WEAK_HEAD_TITLES.has('pc')).toBe(true);
    const book = buildQuoteBook([
      story('pc-short', [
        'PC Emrys Mallowan, the ward’s neighbourhood officer, opened the meeting with the burglary figures.',
        '“There are three of us for four wards, so I can’t put a patrol on every street,” PC Mallowan said.',
        'The PC Party called the meeting “useful and long overdue” in a short statement.',
      ]),
    ]);
    expect([book.quotes.map((q) => q.speaker), book.people.map((p) => p.name).sort()]).toEqual([
      ['emrys mallowan', 'org:pc party'],
      ['Emrys Mallowan', 'PC Party'],
    ]);
  });
});

describe('honorifics of South Asian usage', () => {
  for (const title of ['Shri', 'Sri', 'Smt', 'Shrimati']) {
    it(`leaves "${title}" out of the name when it stands before one`, () => {
      expect(HEAD_TITLES.has(title.toLowerCase())).toBe(true);
      const book = buildQuoteBook([
        story('honorific', [
          `Health Minister ${title} Venkat Rao opened the new ward at the district hospital on Monday.`,
          '“We have recruited two hundred doctors and four hundred nurses this year,” Rao said.',
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual(['Venkat Rao']);
    });
  }
});

describe('titles of respect of Islamic usage', () => {
  for (const title of ['Maulana', 'Mufti', 'Allama', 'Alhaji', 'Alhaja', 'Haji', 'Hajji']) {
    it(`leaves "${title}" out of the name, and reads "${title} SURNAME" as the person named in full`, () => {
      expect([HEAD_TITLES.has(title.toLowerCase()), HONORIFICS.has(title.toLowerCase())]).toEqual([true, true]);
      const book = buildQuoteBook([
        story('honorific-islamic', [
          `Party leader ${title} Idris Karim Tanwir welcomed the decision at a rally in the city on Monday.`,
          `Talking to reporters later, ${title} Tanwir termed the move “a late but welcome decision for the country”.`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
        ['Idris Karim Tanwir'],
        ['idris karim tanwir'],
      ]);
    });
  }
});

describe('“Nana”, an Akan chief’s title', () => {
  it('leaves “Nana” out of a name of two more words, and a “he” after it goes to him', () => {
    expect([HEAD_TITLES.has('nana'), HONORIFICS.has('nana')]).toEqual([true, true]);
    const book = buildQuoteBook([
      story('honorific-nana', [
        'The chairman of the growers’ union, Nana Kofi Asante-Ode, said members would vote on a boycott on Friday.',
        '“We grow the crop, and we will not be paid in promises again,” he told reporters.',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
      ['Kofi Asante-Ode'],
      ['kofi asante ode'],
    ]);
  });
});

describe('“Elder” as a title of respect', () => {
  it('leaves “Elder” out of the name and keeps a person of the nation after “of” apart from it', () => {
    expect(HEAD_TITLES.has('elder')).toBe(true);
    const book = buildQuoteBook([
      story('elder', [
        'Elder Ruth Paul-Simon of Harbour First Nation, who worked on the new gallery, said the change was overdue.',
        '“For a century these rooms told the tale as though it began with the sailing ships,” she said.',
      ]),
    ]);
    expect([book.people.map((p) => [p.name, p.kind]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Ruth Paul-Simon', 'person']],
      ['ruth paul simon'],
    ]);
  });
});

describe('abbreviated titles of local government', () => {
  for (const title of ['Cllr', 'Cr', 'Coun']) {
    it(`merges “${title} SURNAME” with the full name it stands for (“PARTY’s NAME said” … “said ${title} SURNAME”)`, () => {
      expect(HEAD_TITLES.has(title.toLowerCase())).toBe(true);
      const book = buildQuoteBook([
        story('cllr', [
          'Proposing the motion, Labour’s Padma Reilly said the harbour needed a second ferry.',
          `Islanders have stopped booking the late crossing because it is so often cancelled, said ${title} Reilly.`,
          '“Only one boat is running this winter,” she said.',
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.aliases])).toEqual([
        ['Padma Reilly', ['Padma Reilly', 'Reilly', `${title} Reilly`]],
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual(['padma reilly']);
    });
  }
});

describe('name prefixes', () => {
  for (const prefix of [...NAME_PREFIXES].sort()) {
    it(`reads a name written with the lower-case prefix "${prefix}-" as one person (“…,” Ali ${prefix}-Hashimi told)`, () => {
      const book = buildQuoteBook([
        story('prefix', [
          'The talks in the capital went on late into the evening on Thursday, officials from both delegations said afterwards.',
          `“Our ministry will publish the figures on Monday,” Ali ${prefix}-Hashimi told reporters.`,
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual([`Ali ${prefix}-Hashimi`]);
      expect(book.quotes.map((q) => q.speaker)).toEqual([book.people[0]?.id]);
    });
  }

  it('leaves a hyphenated word whose prefix is no name prefix in lower case (“co-Chair”)', () => {
    expect(isPrefixedName('co-Chair')).toBe(false);
  });
});

describe('verbs that report speech only before "that" or a quotation', () => {
  for (const verb of [...QUOTING_SPEECH_VERBS].sort()) {
    it(`reads "${verb}, “…”" and "${verb} that" as a speech verb and "${verb}" before other words as none`, () => {
      const quoted = words(`the judge ${verb} , x`);
      const open = quoted[4];
      if (!open) throw new Error('no token');
      quoted[4] = { ...open, kind: 'quote' };
      expect([
        isSpeechVerbAt(quoted, 2),
        isSpeechVerbAt(words(`the judge ${verb} that it`), 2),
        isSpeechVerbAt(words(`the member ${verb} agreed to it`), 2),
      ]).toEqual([true, true, false]);
    });
  }
});

describe('ARTICLES', () => {
  it('holds the articles alone, the determiners an issuer, a role or a description may open with', () => {
    expect([...ARTICLES].sort()).toEqual(['a', 'an', 'the']);
  });

  it('holds the indefinite ones apart (INDEFINITE_ARTICLES), each among the articles', () => {
    expect([[...INDEFINITE_ARTICLES].sort(), [...INDEFINITE_ARTICLES].every((a) => ARTICLES.has(a))]).toEqual([
      ['a', 'an'],
      true,
    ]);
  });
});

describe('words between a subject and its speech verb', () => {
  for (const filler of [...VERB_FILLERS].sort()) {
    it(`gives “NAME ${filler} said: “…”” to NAME`, () => {
      const book = buildQuoteBook([
        story('filler', [
          'The harbour board met on Monday to decide the future of the old ferry terminal.',
          `Nadia Okafor ${filler} said: “The terminal will stay open for as long as the ferries keep running.”`,
        ]),
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual(['nadia okafor']);
    });
  }
});

describe('a speaker who began or started doing the speaking', () => {
  it('gives “… because she began yelling: “…”” to the person she stands for, not to the one who said it all', () => {
    const book = buildQuoteBook([
      story('began-yelling', [
        'The harbour board met on Monday to decide the future of the old ferry terminal.',
        'Tom Hale said that his neighbour, Nadia Okafor, was to blame because she began yelling: “Stop the vote now, all of you!”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Nadia Okafor']);
  });
});

describe('“Comrade”, a trade unionist’s title', () => {
  it('leaves “Comrade” out of the name, and “SURNAME, 58, warned” goes to the person named in full', () => {
    expect([HEAD_TITLES.has('comrade'), HONORIFICS.has('comrade')]).toEqual([true, true]);
    const book = buildQuoteBook([
      story('honorific-comrade', [
        'Labour leader Comrade Tunde Okafor-Bright said the strike would go ahead on Monday.',
        '“We will not fold our arms while prices double,” Okafor-Bright, 58, warned.',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
      ['Tunde Okafor-Bright'],
      ['tunde okafor bright'],
    ]);
  });
});

describe('“Cde”, the short form of “Comrade”', () => {
  it('leaves “Cde” out of the name, and the quote goes to the person named', () => {
    expect([HEAD_TITLES.has('cde'), HONORIFICS.has('cde')]).toEqual([true, true]);
    const book = buildQuoteBook([
      story('honorific-cde', [
        'The party and the opposition gave sharply different answers to the plan on Tuesday.',
        'Party spokesperson Cde Farai Munashe said: “This is a patriotic decision, and every citizen should support it.”',
      ]),
    ]);
    expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Farai Munashe', ['Party spokesperson']]],
      ['farai munashe'],
    ]);
  });
});

describe('“Engr.” and “Barr.”, Nigerian professional titles, “Eng.”, a Kenyan engineer’s, and “Adv.”, a South African advocate’s', () => {
  for (const [title, role] of [
    ['Engr.', 'Commissioner for Works'],
    ['Barr.', 'Commissioner for Lands'],
    ['Adv.', 'Commissioner for Housing'],
    ['Eng.', 'Commissioner for Water'],
  ] as const) {
    it(`reads “The ${role}, ${title} NAME, said” as NAME with that role, “${title}” no part of the name`, () => {
      const key = title.slice(0, -1).toLowerCase();
      expect([HEAD_TITLES.has(key), HONORIFICS.has(key)]).toEqual([true, true]);
      const book = buildQuoteBook([
        story(`title-${key}`, [
          'The state government began repairs on Monday on the bridge that collapsed during last week’s rains.',
          `The ${role}, ${title} Musa Bakare, said the repairs would take six weeks. "The money is there," he said.`,
        ]),
      ]);
      expect([book.people.map((p) => [p.name, p.roles[0]]), book.quotes.map((q) => q.speaker)]).toEqual([
        [['Musa Bakare', role]],
        ['musa bakare'],
      ]);
    });
  }
});

describe('Philippine titles written short (“Atty.”, “Sec.”, “Usec.”)', () => {
  for (const title of ['Atty.', 'Sec.', 'Usec.']) {
    it(`reads “${title} NAME” as the title and the name, its stop no sentence's end`, () => {
      expect(HEAD_TITLES.has(title.slice(0, -1).toLowerCase())).toBe(true);
      const book = buildQuoteBook([
        story(`title-${title}`, [
          'A state audit of storm relief found that a third of the food packs bought last year could not be traced.',
          `"We will file charges if the documents show theft," ${title} Jose Dimalanta told reporters.`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
        ['Jose Dimalanta'],
        ['jose dimalanta'],
      ]);
    });
  }
});

describe('titles of Indian district administration', () => {
  for (const title of ['District Collector', 'Additional Collector', 'Tehsildar', 'Sarpanch']) {
    it(`reads “${title} NAME” as the title and the name, and gives the “he” after it to him`, () => {
      const words = title.toLowerCase().split(' ');
      expect(words.every((w) => HEAD_TITLES.has(w) || TITLE_MODIFIERS.has(w) || NON_PERSON_WORDS.has(w))).toBe(true);
      const book = buildQuoteBook([
        story('district-titles', [
          `${title} Ravi Shankar Pillai said arrangements for the fair had been made a month ahead.`,
          '“We have posted 500 police personnel and 20 medical teams,” he told reporters.',
        ]),
      ]);
      expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
        [['Ravi Shankar Pillai', [title]]],
        ['ravi shankar pillai'],
      ]);
    });
  }
});

describe('a capitalised role set off after a name, a field’s word before “Director” (TITLE_MODIFIERS)', () => {
  const FIELDS = ['technical', 'medical', 'clinical', 'artistic', 'commercial', 'editorial', 'financial', 'marketing'];
  for (const field of [...FIELDS, 'nursing', 'scientific']) {
    const role = `${field[0]?.toUpperCase() ?? ''}${field.slice(1)} Director`;
    it(`gives “NAME, ${role}, said: “…”” to NAME, no person “${role}”`, () => {
      expect(TITLE_MODIFIERS.has(field)).toBe(true);
      const book = buildQuoteBook([
        story('field-director', [
          'Clubs across the region reacted on Tuesday to the decision to postpone the tournament by a month.',
          `Marisol Etxeberri, ${role}, said: “The timing hurts us, but the squad understands why it had to happen.”`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
        ['Marisol Etxeberri'],
        ['marisol etxeberri'],
      ]);
    });
  }
});

describe('“Opposition” qualifying a title (TITLE_MODIFIERS)', () => {
  it('reads “Opposition Leader NAME” as a title and a name, and no person “Opposition”', () => {
    expect(TITLE_MODIFIERS.has('opposition')).toBe(true);
    const book = buildQuoteBook([
      story('opposition-title', [
        'Opposition Leader Ravi Menon-Shah said the new ring road had cost three times what the state first promised.',
        '“Every contract on that road went to the same two firms,” Menon-Shah said.',
      ]),
    ]);
    expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Ravi Menon-Shah', ['Opposition Leader']]],
      ['ravi menon shah'],
    ]);
  });

  it('gives “Opposition leader and PARTY MLA NAME has called it “…”” to NAME, two roles of one person', () => {
    const book = buildQuoteBook([
      story('opposition-two-roles', [
        'The state’s new ring road opened on Sunday, two years late and far over its budget.',
        'Opposition leader and RJD MLA Ravi Menon-Shah has called the road “the dearest tarmac in the country”.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual(['ravi menon shah']);
  });
});

describe('a tabloid’s words for an entertainer', () => {
  it('reads “The star” as the hunk named before, so the “he” of the clause after is his, not his pal’s', () => {
    expect(
      quoteSpeakers([
        'SOAP hunk Kieran Vale wept in the dock while claiming a friend had been at the wheel when his van struck a lamp post.',
        'The actor, 27, denies careless driving over the collision near the harbour in the spring.',
        'The star claimed pal Tom Reed was the driver. “He begged me, ‘Leave my name out of this,’” he told the court.',
      ]),
    ).toEqual(['Kieran Vale', 'Tom Reed']);
  });

  it('gives a quote after “with his former co-star NAME posting:” to that name', () => {
    expect(
      quoteSpeakers([
        'SOAP hunk Kieran Vale wept in the dock while claiming a friend had been at the wheel when his van struck a lamp post.',
        'Supporters rallied behind him on social media, with his old co-star Ana Lusk posting: “A decent man, always has been.”',
      ]),
    ).toEqual(['Ana Lusk']);
  });
});

describe('phrasal speech verbs in -ing that speak only after “be” (PROGRESSIVE_SPEECH_VERBS)', () => {
  for (const verb of [...PROGRESSIVE_SPEECH_VERBS].sort()) {
    it(`reads "was ${verb} to" as a speech verb and "${verb} to" opening a sentence as none`, () => {
      expect([
        isSpeechVerbAt(words(`she was ${verb} to the paper`), 2),
        isSpeechVerbAt(words(`${verb} to reporters on the quay she smiled`), 0),
      ]).toEqual([true, false]);
    });
  }
});

describe('verbs that report speech only right after the quotation (QUOTED_SPEECH_VERBS)', () => {
  const opening = 'The poet Marit Solvang took the stage last, after a long delay caused by a broken microphone.';
  const speakers = (line: string): (string | null)[] =>
    buildQuoteBook([story('quoted-verb', [opening, line])]).quotes.map((q) => q.speaker);
  for (const verb of [...QUOTED_SPEECH_VERBS].sort()) {
    it(`gives “…,” she ${verb} and “…,” ${verb} Solvang to the woman named before`, () => {
      expect([
        speakers(`"Where was I," she ${verb}, to laughter from the back rows.`),
        speakers(`"Where was I," ${verb} Solvang, to laughter from the back rows.`),
      ]).toEqual([['marit solvang'], ['marit solvang']]);
    });

    it(`reads “${verb}” away from a quotation as no speech verb (“Work ${verb} in March”)`, () => {
      expect([
        isSpeechVerbAt(words(`work ${verb} in march`), 1),
        isSpeechVerbAt(words(`the spokeswoman ${verb} it`), 2),
      ]).toEqual([false, false]);
    });
  }

  for (const verb of [...QUOTED_MANNER_VERBS].sort()) {
    it(`gives “…,” she ${verb} and “…,” ${verb} Solvang to the woman named before (QUOTED_MANNER_VERBS)`, () => {
      expect([
        speakers(`"Where was I," she ${verb}, to laughter from the back rows.`),
        speakers(`"Where was I," ${verb} Solvang, to laughter from the back rows.`),
      ]).toEqual([['marit solvang'], ['marit solvang']]);
    });

    it(`gives “…,” Marit Solvang ${verb} and “…,” her sister Marit ${verb} to the woman named`, () => {
      expect([
        speakers(`"Where was I," Marit Solvang ${verb}, to laughter from the back rows.`),
        speakers(`"Where was I," her sister Marit ${verb}, to laughter from the back rows.`),
      ]).toEqual([['marit solvang'], ['marit solvang']]);
    });

    it(`reads “${verb}” after a quoted word or a verb as a plural noun (“the “original” ${verb} turned out …”)`, () => {
      expect([
        isSpeechVerbAt(spacedTokens(`the QUOTE ${verb} turned out to be copies`), 2),
        isSpeechVerbAt(spacedTokens(`the words QUOTE brought ${verb} of relief`), 4),
        isSpeechVerbAt(spacedTokens(`said QUOTE his daughter ${verb}`), 4),
        isSpeechVerbAt(spacedTokens(`QUOTE , she ${verb}`), 3),
      ]).toEqual([false, false, false, true]);
    });
  }

  it('leaves a quote before “Work began …” to the one the paragraph before speaks of, not to the work', () => {
    const book = buildQuoteBook([
      story('work-began', [
        'Hundreds of residents packed the village hall on Thursday evening to hear plans for the new bypass.',
        'Parish council chairman Jane Hale welcomed the turnout.',
        '"We have waited twenty years for this road." Work began on the first section in March and is due to finish soon.',
      ]),
    ]);
    expect(book.quotes.map((q) => [q.speaker, q.method])).toEqual([['jane hale', 'continuation']]);
  });
});

describe('roleHoldsTitle', () => {
  it('finds a title’s written-out role as whole words in a row, or the title word as it is', () => {
    expect([
      roleHoldsTitle('Local councillor', 'cllr'),
      roleHoldsTitle('State  Governor', 'gov'),
      roleHoldsTitle('Prime Minister', 'pm'),
      roleHoldsTitle('Local councillor', 'councillor'),
      roleHoldsTitle('Foreign Minister', 'pm'),
      roleHoldsTitle('Minister, Prime', 'pm'),
      roleHoldsTitle('Councillors’ clerk', 'cllr'),
    ]).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('a speech verb’s -ing form as the object of a verb of backing (GERUND_TAKING_VERBS)', () => {
  for (const verb of [...GERUND_TAKING_VERBS].sort()) {
    it(`reads “${verb} adding” as no speech verb, and gives the quote to the one who said it`, () => {
      expect(isSpeechVerbAt(words(`the senator ${verb} adding judges`), 3)).toBe(false);
      expect(
        quoteSpeakers([
          'The state will add four judges to its busiest circuit court under a plan the governor unveiled on Monday.',
          `Senator Loriana Vesk said in an email that she ${verb} adding judges “on a timetable that keeps politics out”.`,
        ]),
      ).toEqual(['Loriana Vesk']);
    });
  }
});
