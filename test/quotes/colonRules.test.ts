// The colon rule on its own: applied to one quote of a small invented article ("X: “…”", "X was blunt: “…”").
import { describe, expect, it } from 'vitest';
import {
  PRESENTING_LEADS,
  PRESENTING_WORDS,
  MEDIUM_ASIDE_LINKS,
  PRESENTATIVE_OPENERS,
  READING_LEADS,
  RECEIVING_VERBS,
  speakerColon,
  SPEAKING_EVENT_VERBS,
  SPEAKING_EVENTS,
  WRITING_VERBS,
} from '../../src/quotes/colonRules.ts';
import { speakerBefore } from '../../src/quotes/sentenceRules.ts';
import { quoteSpeakers, story } from './fixtures.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { ADDRESS_NOUNS, ADDRESS_PHRASE_OPENERS, SPEECH_NOUN_QUALIFIERS } from '../../src/quotes/verbReach.ts';
import { ASKED_OPENERS, LEAD_IN_NOUNS } from '../../src/quotes/lexicon.ts';
import { SUBJECT_OPENERS_AFTER_TIME } from '../../src/quotes/clauseWords.ts';
import { LEAD, read } from './ruleHarness.ts';

describe('speakerColon', () => {
  const readings: [string, string][] = [
    ['which read', 'Angry at the fine, he sent the council a letter, which read: “You should be ashamed.”'],
    ['that read', 'Angry at the fine, he sent the council a letter that read: “You should be ashamed.”'],
    ['reading', 'Angry at the fine, he sent the council a note reading: “You should be ashamed.”'],
  ];
  it('has a sentence for every lead that hands a document’s words on', () => {
    expect(readings.map(([lead]) => lead)).toEqual(READING_LEADS.map((l) => l.join(' ')));
  });
  for (const [lead, sentence] of readings) {
    it(`gives the words of a document “${lead}:” to the person who sent it`, () => {
      const r = read(
        story(`doc-${lead}`, [
          'Driver Oscar Pell found a parking ticket on his van outside the station on Friday.',
          sentence,
        ]),
      );
      expect(r.run(speakerColon, 0)?.[0]).toBe('Oscar Pell');
    });
  }

  for (const direction of ['(laughs)', '(after a long pause)']) {
    it(`passes over a stage direction between the colon and the quote (X: ${direction} “…”)`, () => {
      const r = read(
        story(`colon-stage-${direction.length}`, [
          'Board chair Nadia Okafor met the ferry workers on Monday.',
          `Okafor: ${direction} “The terminal will stay open for now. Next question, please.”`,
        ]),
      );
      expect(r.run(speakerColon, 0)).toEqual(['Nadia Okafor', 'Okafor:', 'colon']);
    });
  }

  it('reads no stage direction in a bracket holding a name (X: (Ruiz) “…”)', () => {
    const r = read(
      story('colon-stage-name', [
        'Board chair Nadia Okafor met the ferry workers on Monday.',
        'Okafor: (Ruiz) “The terminal will stay open for now. Next question, please.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toBeNull();
  });

  it('gives the quote to the name right before the colon that opens it (X: “…”)', () => {
    const r = read(
      story('colon1', [
        'Board chair Nadia Okafor met the ferry workers on Monday.',
        'Okafor: “The terminal will stay open for now.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Nadia Okafor', 'Okafor:', 'colon']);
  });

  it('gives a roundup label’s quote to the name in the bracket after it, not to the label (Country: “…” (Role Name))', () => {
    const r = read(
      story('colon-bracket', [
        'Governments around the region welcomed the ceasefire between the two countries on Friday.',
        '- Corvania: "We stand ready to help rebuild the bridges and schools of the valley." (Foreign Minister Ada Lusk)',
      ]),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Ada Lusk', 'Foreign Minister Ada Lusk', 'credit']);
  });

  it('does not answer when the quote is not opened by a colon', () => {
    const r = read(story('colon2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said.']));
    expect(r.run(speakerColon, 0)).toBeNull();
  });

  for (const [label, cue] of [
    ['• Annika Vestergaard, Prime Minister of Norvenia:', 'Annika Vestergaard …:'],
    ['• Chancellor Annika Vestergaard of Norvenia, on X:', 'Chancellor Annika Vestergaard …:'],
    ['• Annika Vestergaard, Foreign Minister of Norvenia, to reporters in Irsk:', 'Annika Vestergaard …:'],
    [
      '• Annika Vestergaard, former prime minister of Norvenia and the first mediator in the dispute (@AVestergaard):',
      'Annika Vestergaard …:',
    ],
  ] as const) {
    it(`gives a roundup line “${label} “…”” to the name opening the label, not to the country`, () => {
      const r = read(
        story(`colon-label-${cue.length}-${label.length}`, [
          'Leaders around the world on Tuesday welcomed the peace agreement signed in the lakeside town.',
          'Here is a selection of other reactions:',
          `${label} “Tonight the guns in the valley fall silent, and a new chapter begins.”`,
        ]),
      );
      expect(r.run(speakerColon, 0)).toEqual(['Annika Vestergaard', cue, 'colon']);
    });
  }
});

describe('speakerColon in a roundup line', () => {
  it('gives “Name (Team): …” to the name before the bracket', () => {
    const r = read(
      story('colon-bracket', [
        'Here is what the coaches said after the weekend games.',
        'Mikel Santos (United): “We were not at our best but we found a way to win.”',
        'Jana Novak (Rovers): “I am proud of the players. They never gave up.”',
      ]),
    );
    expect([r.run(speakerColon, 0), r.run(speakerColon, 1)]).toEqual([
      ['Mikel Santos', 'Mikel Santos:', 'colon'],
      ['Jana Novak', 'Jana Novak:', 'colon'],
    ]);
  });

  it('does not skip a long bracket before the colon', () => {
    const r = read(
      story('colon-long', [
        'Here is what the coaches said after the weekend games.',
        'Mikel Santos (who was sent off in the first half for a foul on the keeper): “We found a way.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toBeNull();
  });
});

describe('speakerColon with the sentence subject', () => {
  it('gives “X was blunt: “…”” to the subject when no name stands right before the colon', () => {
    const r = read(
      story('colon-subject', [LEAD, 'Board chair Nadia Okafor was blunt: “The terminal will stay open for now.”']),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor …:', 'colon']);
  });

  it('gives “X’s message was simple: “…”” to the owner of the message', () => {
    const r = read(
      story('colon-message', [
        'Board chair Nadia Okafor met the ferry workers on Monday morning at the old terminal.',
        'Okafor’s message to the workers was simple: “Your jobs are safe.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Nadia Okafor', 'Okafor’s …:', 'colon']);
  });

  it('does not give “X’s lawyer was blunt: “…”” to X', () => {
    const r = read(
      story('colon-owner', [
        'Board chair Nadia Okafor met the ferry workers on Monday morning at the old terminal.',
        'Okafor’s lawyer was blunt: “My client has done nothing wrong.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toBeNull();
  });
});

describe('speakerColon with words that come from someone', () => {
  it('gives “A statement from NAME, the club captain: “…”” to NAME', () => {
    const person = read(
      story('colon-from', [
        LEAD,
        'A statement from Ana Ruiz, the club captain: “We will not let this harbour close while any of us can row.”',
      ]),
    );
    expect(person.run(speakerColon, 0)).toEqual(['Ana Ruiz', 'Ana Ruiz …:', 'colon']);
  });
});

describe('speakerColon after a possessive pronoun and something said', () => {
  const OLSEN =
    'Senator Maria Olsen looked tired as she left the chamber after the vote on the budget on Tuesday night.';

  for (const [opening, name] of [
    ['Her response', 'Maria Olsen'],
    ['Her verdict', 'Maria Olsen'],
  ] as const) {
    it(`gives “${opening}: “…”” to the person the pronoun stands for`, () => {
      const r = read(
        story('possessive', [LEAD, OLSEN, `${opening}: “We will reverse every one of these cuts in office.”`]),
      );
      expect(r.run(speakerColon, 0)).toEqual([name, `${opening.split(' ')[0]} …:`, 'colon']);
    });
  }

  for (const noun of [...LEAD_IN_NOUNS].sort())
    it(`gives “Her ${noun}: “…”” to the person the pronoun stands for (LEAD_IN_NOUNS)`, () => {
      const r = read(
        story(`lead-in-${noun}`, [LEAD, OLSEN, `Her ${noun}: “We will reverse every one of these cuts in office.”`]),
      );
      expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'Her …:', 'colon']);
    });

  it('gives no quote standing alone to the owner of a LEAD_IN_NOUNS noun that leads in to no colon (“Her position as …”)', () => {
    expect(
      quoteSpeakers([
        OLSEN,
        'Her position as chair of the committee is now under review by the party.',
        '“The board will meet on Monday to discuss her future.”',
      ]),
    ).toEqual([null]);
  });

  it('reads past an aside set off before the colon (“Her position, for the record: “…””)', () => {
    const r = read(
      story('possessive-aside', [
        LEAD,
        OLSEN,
        'Her position, for the record: “We will reverse every one of these cuts in office.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'Her …:', 'colon']);
  });

  it('reads past a question put before it (“Asked whether …, her answer was short: “…””)', () => {
    const r = read(
      story('asked', [
        LEAD,
        OLSEN,
        'Asked whether she would run again, her answer was short: “Not this time, and probably never again.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'her …:', 'colon']);
  });

  for (const opener of [...ASKED_OPENERS].sort()) {
    const word = opener.charAt(0).toUpperCase() + opener.slice(1);
    it(`reads past a question “${word} on whether …” whose speech verb is what was asked, to the subject after it`, () => {
      const r = read(
        story(`asked-${opener}`, [
          LEAD,
          OLSEN,
          `${word} on whether the council had threatened to resign, Olsen was firm: “Nobody has resigned, and nobody will.”`,
        ]),
      );
      expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'Olsen …:', 'colon']);
    });
  }

  it('reads a role phrase the article takes up as its subject (“The senator was blunt: “…””)', () => {
    const r = read(
      story('desc-subject', [LEAD, OLSEN, 'The senator was blunt: “Not this time, and probably never again.”']),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'The senator …:', 'colon']);
  });

  it('does not read “Her speech therapist was blunt:” as her speech: an address’s noun must lead in to the colon', () => {
    const r = read(
      story('possessive-address', [
        LEAD,
        OLSEN,
        'Her speech therapist was blunt: “She should not be speaking in public for another month.”',
      ]),
    );
    expect([ADDRESS_NOUNS.has('speech'), r.run(speakerColon, 0)]).toEqual([true, null]);
  });

  it('does not read a possessive pronoun owning something else as the speaker (“Her office was closed: “…””)', () => {
    const r = read(
      story('owns', [
        LEAD,
        OLSEN,
        'Her office door carried a note on Wednesday: “Closed until the budget is reversed.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toBeNull();
  });
});

describe('speakerColon after a subject, with another clause speaking after the quote', () => {
  it('gives “X was adamant: “…”, while Y remarked: “…”” to X, not to nobody', () => {
    const r = read(
      story('colon-while', [
        'Councillor Dara Quinn and councillor Tom Reddy clashed over the housing plan on Monday night.',
        'However, Quinn was adamant: “You are voting against homes”, while Reddy remarked: “The site floods every winter.”',
      ]),
    );
    expect([r.run(speakerColon, 0), r.run(speakerBefore, 1)]).toEqual([
      ['Dara Quinn', 'Quinn …:', 'colon'],
      ['Tom Reddy', 'Reddy remarked', 'before'],
    ]);
  });
});

describe('a lead-in closing its paragraph with a possessive and what was said', () => {
  for (const qualifier of [...SPEECH_NOUN_QUALIFIERS].sort())
    it(`gives the quote paragraph under “NAME’s ${qualifier} words to me were, I think, the right ones:” to NAME`, () => {
      const book = buildQuoteBook([
        story(`own-words-${qualifier}`, [
          'Students occupied the philosophy building on Tuesday after the university confirmed the department would close.',
          'Third-year student Orla Brannigan, who organised the sit-in, said the students would stay until the council met.',
          `The council meets in June. The students say they will be there. Orla’s ${qualifier} words to me were, I think, the right ones:`,
          '‘They keep telling us to be realistic. We are being realistic. Close philosophy and it does not come back.’',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Orla Brannigan']);
    });
});

describe('a label in initials over a quote', () => {
  it('gives “MDLV: “…”” to the one person of the article whose name’s initials, particles among them, it is', () => {
    expect(
      quoteSpeakers([
        'Student president Marta de la Vega spoke to us after the referendum count on Thursday night.',
        'LM: What happens to the plan now?',
        'MDLV: “It is on hold until the board meets again in the spring.”',
        'LM: Did the campaign make mistakes?',
        'MDLV: “Probably we started too late, and the other side was ready long before us.”',
      ]),
    ).toEqual(['Marta de la Vega', 'Marta de la Vega']);
  });

  it('gives it to nobody when no person of the article, or two, have those initials', () => {
    expect(
      quoteSpeakers([
        'Student president Marta de la Vega and her deputy Mark de la Vale spoke to us after the count.',
        'MDLV: “It is on hold until the board meets again in the spring.”',
        'XYZ: “Probably we started too late, and the other side was ready long before us.”',
      ]),
    ).toEqual([null, null]);
  });
});

describe('the words of a document its reader received (RECEIVING_VERBS)', () => {
  for (const verb of [...RECEIVING_VERBS].sort())
    it(`gives “NAME said the only message she ${verb} … arrived at eleven, a text that read: “…”” to nobody`, () => {
      expect(
        quoteSpeakers([
          'The academy was locked down for three hours on Thursday after a false report of a stranger on the grounds.',
          `Parent Dana Kilbride said the only message she ${verb} that morning from the academy arrived at 11am, a text that read: “Every child is accounted for.”`,
        ]),
      ).toEqual([null]);
    });

  it('still gives the words of a document its sender wrote to the sender (“NAME said he sent a text that read: “…””)', () => {
    expect(
      quoteSpeakers([
        'The academy was locked down for three hours on Thursday after a false report of a stranger on the grounds.',
        'Head teacher Tom Reyes said he sent parents a text that read: “Every child is accounted for.”',
      ]),
    ).toEqual(['Tom Reyes']);
  });
});

describe('speakerColon with words read out on somebody’s behalf', () => {
  const OLSEN = 'Senator Maria Olsen did not attend the hearing on Tuesday, as she was abroad with her family.';
  for (const lead of [
    'Her solicitor read out a brief statement on her behalf',
    'A spokesman read a statement on her behalf outside the hall',
    'A clerk read a note on behalf of Maria Olsen outside the hall',
  ]) {
    it(`gives “${lead}: “…”” to the one the words are read for`, () => {
      const r = read(
        story('behalf', [LEAD, OLSEN, `${lead}: “I regret the harm this contract has done to the town.”`]),
      );
      expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'on behalf of Maria Olsen:', 'colon']);
    });
  }

  it('gives “on her behalf” to the one person named before whose gender is unknown', () => {
    const r = read(
      story('behalf-one-unknown', [
        LEAD,
        'Senator Kim Lee did not attend the hearing into the harbour contract on Tuesday.',
        'A lawyer read a brief note on her behalf: “I regret the harm this contract has done to the town.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Kim Lee', 'on behalf of Kim Lee:', 'colon']);
  });

  it('does not give “on his behalf” to the reader named in its own sentence', () => {
    const r = read(
      story('behalf-reader', [
        LEAD,
        'Senator Tom Olsen did not attend the hearing on Tuesday because he was ill.',
        'Solicitor Mark Hale read a brief note on his behalf: “I regret the harm this contract has done to the town.”',
      ]),
    );
    expect(r.run(speakerColon, 0)?.[0]).toBe('Tom Olsen');
  });

  it('does not give “on his behalf” to the latest person named when nobody is known to be a man', () => {
    const r = read(
      story('behalf-unknown', [
        LEAD,
        'Senator Mark Olsen did not attend the hearing into the harbour contract on Tuesday.',
        'Committee chair Kim Lee opened the session at ten.',
        'A clerk read out a brief note on his behalf: “I regret the harm this contract has done to the town.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toBeNull();
  });

  it('does not give “on his behalf” to a person of the other gender named before', () => {
    const r = read(
      story('behalf-gender', [
        LEAD,
        'Senator Maria Olsen did not attend the hearing on Tuesday, as she was abroad with her family.',
        'A spokesman read a statement on his behalf: “I regret the harm this contract has done to the town.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toBeNull();
  });
});

describe('speakerColon after a time phrase and a pronoun (SUBJECT_OPENERS_AFTER_TIME)', () => {
  for (const [pronoun, named] of [
    ['he', 'Tom Hale'],
    ['she', 'Ann Hale'],
  ] as const) {
    it(`gives “Last night ${pronoun} was all smiles: “…”” to ${named}, whom the ${pronoun} stands for`, () => {
      const r = read(
        story(`time-${pronoun}`, [
          LEAD,
          `Harbour chair ${named} had promised to keep the old ferry in service for one more summer.`,
          `Last night ${pronoun} was all smiles: “A fair deal for everybody, and the ferry sails on.”`,
        ]),
      );
      expect(SUBJECT_OPENERS_AFTER_TIME.has(pronoun)).toBe(true);
      expect(r.run(speakerColon, 0)).toEqual([named, `${pronoun} …:`, 'colon']);
    });
  }
});

describe('speakerColon after a possessive pronoun and an address (ADDRESS_NOUNS, ADDRESS_PHRASE_OPENERS)', () => {
  const OLSEN =
    'Senator Maria Olsen looked tired as she left the chamber after the vote on the budget on Tuesday night.';
  for (const noun of [...ADDRESS_NOUNS].sort())
    it(`gives “Her ${noun}: “…”” to the person the pronoun stands for`, () => {
      const r = read(
        story(`address-${noun}`, [LEAD, OLSEN, `Her ${noun}: “We will reverse every one of these cuts.”`]),
      );
      expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'Her …:', 'colon']);
    });
  for (const opener of [...ADDRESS_PHRASE_OPENERS].sort())
    it(`gives “Her speech ${opener} the hall: “…”” to the person the pronoun stands for`, () => {
      const r = read(
        story(`address-${opener}`, [
          LEAD,
          OLSEN,
          `Her speech ${opener} the hall: “We will reverse every one of these cuts.”`,
        ]),
      );
      expect(r.run(speakerColon, 0)).toEqual(['Maria Olsen', 'Her …:', 'colon']);
    });
});

describe('a possessive’s lead-in noun past a phrase of its own (“Her rule for apprentices: “…””)', () => {
  it('gives the quote to the person the pronoun stands for', () => {
    expect(
      quoteSpeakers([
        '“The kiln is older than I am,” said Ilona Szekely, 64, who has run the pottery in the old dairy since 1979.',
        'Her rule for apprentices: “Ask first, sweep up after, and never leave a firing unwatched.”',
      ]),
    ).toEqual(['Ilona Szekely', 'Ilona Szekely']);
  });
});

describe('a presentative lead-in above a quote paragraph (PRESENTATIVE_OPENERS)', () => {
  for (const opener of [...PRESENTATIVE_OPENERS].sort()) {
    const written = `${opener.charAt(0).toUpperCase()}${opener.slice(1)}`;
    it(`gives the quote to the subject of the sentence before “${written}’s the key passage:” or “${written} is …:”`, () => {
      expect([
        quoteSpeakers([
          `Dr Lena Marsh, who leads heat planning at the agency, gave a long briefing this morning. ${written}’s the central passage:`,
          '‘Heat kills quietly, indoors, and mostly people who live on their own.’',
        ]),
        quoteSpeakers([
          `Dr Lena Marsh, who leads heat planning at the agency, gave a long briefing this morning. ${written} is the central passage:`,
          '‘Heat kills quietly, indoors, and mostly people who live on their own.’',
        ]),
      ]).toEqual([['Lena Marsh'], ['Lena Marsh']]);
    });
  }

  for (const event of [...SPEAKING_EVENTS].sort())
    it(`reads “${event}” as the subject's speaking, whose passage the lead-in presents`, () => {
      expect(
        quoteSpeakers([
          `Mayor Ana Ruiz gave a long ${event} to the council on Tuesday. Here is one passage:`,
          '‘We cannot keep patching roads that need rebuilding, and everybody in this room knows it.’',
        ]),
      ).toEqual(['Ana Ruiz']);
    });

  for (const verb of [...SPEAKING_EVENT_VERBS].sort())
    it(`reads “${verb}” as the subject's speaking, whose passage the lead-in presents`, () => {
      expect(
        quoteSpeakers([
          `Mayor Ana Ruiz ${verb} at length to the council on Tuesday. Here is one passage:`,
          '‘We cannot keep patching roads that need rebuilding, and everybody in this room knows it.’',
        ]),
      ).toEqual(['Ana Ruiz']);
    });

  it('reads “Here are …:” and a speech verb of speaking at length (“testified”, “lectured”) the same way', () => {
    expect([
      quoteSpeakers([
        'Mayor Ana Ruiz gave a long speech to the council on Tuesday. Here are the lines that mattered:',
        '‘We cannot keep patching roads that need rebuilding, and everybody in this room knows it.’',
      ]),
      quoteSpeakers([
        'Mayor Ana Ruiz testified at length to the inquiry on Tuesday. Here is one passage:',
        '‘We cannot keep patching roads that need rebuilding, and everybody in this room knows it.’',
      ]),
      quoteSpeakers([
        'Professor Ana Ruiz lectured for an hour to the students on Tuesday. Here is one passage:',
        '‘We cannot keep patching roads that need rebuilding, and everybody in this room knows it.’',
      ]),
    ]).toEqual([['Ana Ruiz'], ['Ana Ruiz'], ['Ana Ruiz']]);
  });

  it('gives it to nobody when the sentence before has no person as its subject', () => {
    expect(
      quoteSpeakers([
        'The agency published its heat plan on Monday, a day later than promised. Here is the key passage:',
        '‘Heat kills quietly, indoors, and mostly people who live on their own.’',
      ]),
    ).toEqual([null]);
  });

  it('gives it to nobody when the sentence before speaks of no speaking of the subject’s, or the lead-in of an owner', () => {
    expect([
      quoteSpeakers([
        'Former council leader Tomas Brennan was jailed for six years on Friday for fraud. Here are the sentencing remarks:',
        '‘You abused the trust placed in you by the people of this borough, again and again.’',
      ]),
      quoteSpeakers([
        'Kestrel Pharma boss Sunita Rao was sacked after a speech to investors. Here is the board’s statement:',
        '‘The board has lost confidence in the chief executive and has acted today.’',
      ]),
      quoteSpeakers([
        'Former minister Marcus Webb was charged on Monday, police said at a press conference. Here is the statement:',
        '‘A 61-year-old man has been charged with three counts of fraud and will appear in court on Friday.’',
      ]),
    ]).toEqual([[null], [null], [null]]);
  });
});

describe('a name set off with where its words were posted or said (MEDIUM_ASIDE_LINKS)', () => {
  const aside: Record<string, string> = { in: 'in a statement', on: 'on Instagram', via: 'via LinkedIn' };
  for (const link of [...MEDIUM_ASIDE_LINKS].sort()) {
    it(`gives “NAME, ${aside[link]}: “…”” to NAME`, () => {
      expect(
        quoteSpeakers([
          'A jury on Thursday convicted lender founder Corin Vale of fraud. Here is how people reacted.',
          `Former branch worker Wendell Brackenridge, ${aside[link]}: “I always knew the numbers were off.”`,
        ]),
      ).toEqual(['Wendell Brackenridge']);
    });
  }
});

describe('an aside of where words were posted, after a name that does not open the lead-in', () => {
  it('leaves the lead-in’s own subject speaking (“Wigan led the tributes to NAME, on Facebook: “…””)', () => {
    expect(
      quoteSpeakers([
        'Former striker Tam Reddick has died aged 61, his family said.',
        'Harbour Athletic led the tributes to Tam Reddick, on Facebook: “Rest in peace, big man.”',
      ]),
    ).not.toContain('Tam Reddick');
  });
});

describe('a lead-in naming the holder of a role a known person’s possessive opens', () => {
  it('gives “His wife, NAME, sounded a sharper note: “…”” to the wife, not to nobody', () => {
    expect(
      quoteSpeakers([
        'Novelist Corin Vale, shortlisted for the prize, was gracious in defeat. “She deserves it,” he said.',
        'His translator and wife, Hester Quill, sounded a sharper note: “Good for her. I will be cross until Friday.”',
      ]),
    ).toEqual(['Corin Vale', 'Hester Quill']);
  });

  it('gives “NAME’s barrister, NAME SC:” ¶ “…” to the barrister, not to nobody', () => {
    expect(
      quoteSpeakers([
        'A jury on Thursday convicted lender founder Corin Vale of fraud. Here is how people reacted.',
        'THE DEFENCE',
        "Corin Vale's barrister, Hester Quill SC:",
        '“My client is devastated and will consider an appeal.”',
      ]),
    ).toEqual(['Hester Quill']);
  });
});

describe('the writer of a document read out after a colon', () => {
  for (const verb of [...WRITING_VERBS].sort()) {
    it(`gives “… read from a message NAME ${verb} …: ‘…’” to NAME, not to the one reading`, () => {
      expect(
        quoteSpeakers([
          'The trial of the property developer Tamsin Oduya entered its third week at the crown court on Monday.',
          `Prosecutor Petra Lind then read out a message Oduya allegedly ${verb} to a cousin in March: "Sell the flats before the survey comes back."`,
        ]),
      ).toEqual(['Tamsin Oduya']);
    });
  }

  it('gives no writer when the name after the noun received the document (“a letter NAME was sent by …”)', () => {
    expect([
      quoteSpeakers([
        'The inquiry into the maternity unit resumed in the city on Tuesday morning.',
        'Counsel to the inquiry Petra Lind then read from a letter Oduya was sent by the health board in 2019: "Your unit is not safe and must close at once."',
      ]),
      quoteSpeakers([
        'The inquiry into the maternity unit resumed in the city on Tuesday morning.',
        'Counsel to the inquiry Petra Lind then read from a letter Oduya had been sent in 2019: "Your unit is not safe and must close at once."',
      ]),
    ]).toEqual([[null], [null]]);
  });

  it('leaves the reader speaking when no verb of writing follows the name, or the name does not follow the noun', () => {
    expect([
      quoteSpeakers([
        'The trial of the property developer Tamsin Oduya entered its third week at the crown court on Monday.',
        'Prosecutor Petra Lind then read from a message Oduya allegedly received in March: "Get the rest of the applications in now."',
      ]),
      quoteSpeakers([
        'The trial of the property developer Tamsin Oduya entered its third week at the crown court on Monday.',
        'Prosecutor Petra Lind then read from a message on a phone Oduya allegedly sent in March: "Get the rest of the applications in now."',
      ]),
    ]).toEqual([['Petra Lind'], ['Petra Lind']]);
  });
});

describe('colonSubject after a participial opening', () => {
  it('gives the quote to the description opening the main clause after “Asked …,” and to nobody when it stands later', () => {
    const lines = (leadIn: string): string[] => [
      'Netball coach Hilde Marrow said her side had let the final slip in the third quarter on a cold night in the north.',
      `${leadIn} “She is the best shooter in the league by a distance. One miss does not change that.”`,
    ];
    expect([
      quoteSpeakers(lines('Asked whether the young shooter would keep her place, the coach was firm:')),
      quoteSpeakers(lines('As the hall emptied and the young shooter sat alone, the coach was firm:')),
      quoteSpeakers(lines('Replacing the captain until the summer, the club’s former coach was blunt:')),
    ]).toEqual([['Hilde Marrow'], [null], [null]]);
  });
});

describe('a demonstrative presenting the words after a colon (“And this, from NAME:”; PRESENTING_WORDS, PRESENTING_LEADS)', () => {
  const OPENING = 'Commuters vented their anger online on Monday after a week of cancellations on the valley line.';
  for (const word of [...PRESENTING_WORDS].sort())
    for (const lead of ['', ...[...PRESENTING_LEADS].sort()]) {
      const opener =
        lead === ''
          ? `${word.charAt(0).toUpperCase()}${word.slice(1)}`
          : `${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${word}`;
      it(`gives the quote after “${opener}, from Dr NAME, a GP in PLACE:” to NAME`, () => {
        expect(
          quoteSpeakers([
            OPENING,
            `${opener}, from Dr Imre Vashti (@DrImreV), a GP in Hollinby: “Three of my practice staff were late every day this week.”`,
          ]),
        ).toEqual(['Imre Vashti']);
      });
    }

  it('gives nobody the quote after “This, we were told:” (no “from” and no name)', () => {
    expect(
      quoteSpeakers([OPENING, 'This, we were told by the desk: “Every train after six is cancelled tonight.”']),
    ).toEqual([null]);
  });
});

describe('a definite role opening a colon’s lead-in with its holder’s name set off (ownedRoleStart “The”)', () => {
  it('gives “The other councillor, NAME, was shorter: “…”” to the name', () => {
    expect(
      quoteSpeakers([
        'The harbour board voted five to two on Tuesday night to close the old ferry slip in the spring.',
        'Councillor Amos Pell said the closure would cut the island off in winter.',
        'The other councillor, Renata Vossberg, was shorter: “This was rushed, and the board knows it.”',
      ]),
    ).toEqual(['Renata Vossberg']);
  });

  it('gives “The other councillor, NAME, got a blunt message from residents: “…”” to nobody', () => {
    expect(
      quoteSpeakers([
        'The harbour board voted five to two on Tuesday night to close the old ferry slip in the spring.',
        'Councillor Amos Pell said the closure would cut the island off in winter.',
        'The other councillor, Renata Vossberg, got a blunt message from residents: “Do your job for once.”',
      ]),
    ).toEqual([null]);
  });
});
