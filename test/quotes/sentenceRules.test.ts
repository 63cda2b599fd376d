// Each rule that reads the quotation's own sentence, on its own: applied to one quote of a small invented article.
import { describe, expect, it } from 'vitest';
import {
  forPerson,
  headlineDash,
  OWNED_WORDS_MODIFIERS,
  mainClauseSpeaker,
  speakerBefore,
  speakerClosingSentence,
  speakerOnNextLine,
  speakerRightAfter,
  sentenceSubject,
} from '../../src/quotes/sentenceRules.ts';
import { ASIDE_CLOSERS, THING_RELATIVES } from '../../src/quotes/asides.ts';
import { article as rawArticle, quoteSpeakers, story } from './fixtures.ts';
import { LEAD, read } from './ruleHarness.ts';

describe('speakerRightAfter', () => {
  it('gives the quote to the name after the verb when the verb follows the quote (“…,” said X)', () => {
    const r = read(story('after1', [LEAD, '“The terminal will stay open for now,” said board chair Nadia Okafor.']));
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'said board chair Nadia Okafor', 'after']);
  });

  it('passes over a verb reporting words of its own after a quote a colon brought in (“X had said: ‘…’ Y said the …”)', () => {
    const r = read(
      story('after-colon', [
        LEAD,
        "Sofia Brandt had said on the radio: 'The terminal is finished. Nobody will sail from it again.' Nadia Okafor said the crews had laughed it off.",
        "Nadia Okafor told the radio: 'The terminal is finished.' Sofia Brandt said.",
      ]),
    );
    expect([r.run(speakerRightAfter, 0), r.run(speakerRightAfter, 1)]).toEqual([
      null,
      ['Sofia Brandt', 'Sofia Brandt said', 'after'],
    ]);
  });

  it('keeps the verb after a colon’s quote when it names its listener or a time (“X told reporters after the match on Saturday.”)', () => {
    const r = read(
      story('after-colon-listener', [
        LEAD,
        "The message from the crew room was simple: 'We sail again.' Captain Tom Hale told reporters after the vote on Saturday.",
        "The message from the crew room was simple: 'We sail again.' Captain Tom Hale said on Saturday after the vote.",
      ]),
    );
    expect([r.run(speakerRightAfter, 0)?.[0], r.run(speakerRightAfter, 1)?.[0]]).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('gives the quote to the phrase before the verb when the phrase follows the quote (“…,” X said)', () => {
    const r = read(story('after2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said on Monday.']));
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor said', 'after']);
  });

  it('gives the quote to the phrase a place or body owns after it (“…,” Veloria’s Foreign Minister X said), to nobody when a person owns it', () => {
    const lines = [
      '“The terminal will stay open for now,” Veloria’s Foreign Minister Nadia Okafor told reporters.',
      '“The terminal will stay open for now,” New Harbour’s Nadia Okafor said.',
      '“The terminal will stay open for now,” Okafor’s deputy said.',
    ];
    expect(lines.map((line, i) => read(story(`after-owner-${i}`, [LEAD, line])).run(speakerRightAfter, 0))).toEqual([
      ['Nadia Okafor', 'Foreign Minister Nadia Okafor told', 'after'],
      ['Nadia Okafor', 'Nadia Okafor said', 'after'],
      [null, 'Okafor’s deputy said', 'after'],
    ]);
  });

  it('passes a quote on when a participle naming nobody follows it (“…,” saying that …), and “before” gives it to the subject', () => {
    const r = read(
      story('after-participle', [
        LEAD,
        'Board chair Nadia Okafor expressed concern about “delays to the terminal works,” saying that costs would rise.',
      ]),
    );
    expect([r.run(speakerRightAfter, 0), r.run(speakerBefore, 0)]).toEqual([
      null,
      ['Nadia Okafor', 'Board chair Nadia Okafor expressed', 'before'],
    ]);
  });

  it('gives the quote to a role and name after an age with no article (“…,” 26-year-old pilot X recalled)', () => {
    const r = read(
      story('after-aged', [
        LEAD,
        '“I thought the engine had gone for good,” 26-year-old pilot Nadia Okafor recalled on Monday.',
      ]),
    );
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', '26-year-old pilot Nadia Okafor recalled', 'after']);
  });

  it('gives the quote to a name described by an article and words in lower case (“…,” an emotional X told)', () => {
    const r = read(
      story('after-described', [
        LEAD,
        'Board chair Nadia Okafor spoke at the harbour on Monday.',
        '“The terminal will stay open for now,” an emotional Okafor told the crowd.',
      ]),
    );
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'Okafor told', 'after']);
  });

  it('gives the quote to a role described by an age (“…,” the 58-year-old chair said)', () => {
    const r = read(
      story('after-aged', [
        LEAD,
        'Board chair Nadia Okafor spoke at the harbour on Monday.',
        '“The terminal will stay open for now,” the 58-year-old chair said.',
      ]),
    );
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'the 58-year-old chair said', 'after']);
  });

  it('gives the quote to a name after an occupation in lower case with no article (“…,” hydrographer X says)', () => {
    const r = read(
      story('after-occupation', [LEAD, '“The terminal will stay open for now,” hydrographer Nadia Okafor says.']),
    );
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor says', 'after']);
  });

  it('does not read function words before a name as an occupation (“…,” said to be X’s view)', () => {
    const r = read(
      story('after-function', [LEAD, '“The terminal will stay open for now,” and then Nadia Okafor said so.']),
    );
    expect(r.run(speakerRightAfter, 0)).toBeNull();
  });

  it('does not answer when a clause, not a description, stands between the quote and the speaker', () => {
    const r = read(
      story('after-clause', [
        LEAD,
        'Board chair Nadia Okafor spoke at the harbour on Monday.',
        '“The terminal will stay open for now,” read a sign that Okafor unveiled.',
      ]),
    );
    expect(r.run(speakerRightAfter, 0)).toBeNull();
  });

  it('does not answer when the speech verb is before the quote', () => {
    const r = read(story('after3', [LEAD, 'Nadia Okafor said: “The terminal will stay open for now.”']));
    expect(r.run(speakerRightAfter, 0)).toBeNull();
  });
});

describe('speakerBefore', () => {
  it('gives the quote to the subject of a speech verb earlier in the sentence (X told AFP: “…”)', () => {
    const r = read(story('before1', [LEAD, 'Nadia Okafor told reporters: “The terminal will stay open for now.”']));
    expect(r.run(speakerBefore, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor told', 'before']);
  });

  it('gives the quote to a reported speaker a colon hands it to (“X said Y told officers: “…””), the reporter otherwise', () => {
    const r = read(
      story('before-reported-colon', [
        LEAD,
        'Ann Ruane, a detective, told the court she arrested Tom Brady, 34, at the harbour that night.',
        'She said he told the arresting officers: “I just wanted him to stop. He ran at me first.”',
        'She said he had never been in trouble before, “not once in thirty years”.',
      ]),
    );
    expect([r.run(speakerBefore, 0), r.run(speakerBefore, 1)]).toEqual([
      ['Tom Brady', 'he told', 'before'],
      ['Ann Ruane', 'She said', 'before'],
    ]);
  });

  it('gives the quote to the reporter when a thing after “the … of” speaks in the clause reported (“said the record of such deals suggested …”)', () => {
    const line = (opening: string) =>
      `Ignatius Wendorf, an oil strategist at a London bank, said ${opening} of such deals suggested that the rises would be “small and slow, if they come at all”.`;
    const near = read(story('before-of-thing', [LEAD, line('the record')]));
    const far = read(story('before-of-thing-far', [LEAD, line('the long and very patchy record')]));
    expect([near.run(speakerBefore, 0)?.[0], far.run(speakerBefore, 0)?.[0] ?? null]).toEqual([
      'Ignatius Wendorf',
      null,
    ]);
  });

  it('does not answer when the sentence has no speech verb before the quote', () => {
    const r = read(story('before2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said.']));
    expect(r.run(speakerBefore, 0)).toBeNull();
  });
});

describe('mainClauseSpeaker', () => {
  it('gives a quote inside a fronted "While …" clause to the speaker of the main clause after its comma', () => {
    const r = read(
      story('main-clause1', [
        LEAD,
        'While the port “took its lessons” from the last strike, board chair Nadia Okafor said that the cranes were old.',
      ]),
    );
    expect(r.run(mainClauseSpeaker, 0)).toEqual(['Nadia Okafor', 'board chair Nadia Okafor said', 'final']);
  });

  it('does not answer when the sentence opens with no subordinating conjunction', () => {
    const r = read(
      story('main-clause2', [
        LEAD,
        'The port “took its lessons” from the last strike, and board chair Nadia Okafor said that the cranes were old.',
      ]),
    );
    expect(r.run(mainClauseSpeaker, 0)).toBeNull();
  });

  it('does not answer when other words stand between the clause’s comma and the main clause’s speaker', () => {
    const r = read(
      story('main-clause3', [
        LEAD,
        'While the port “took its lessons” from the last strike, in the end board chair Nadia Okafor said the cranes were old.',
      ]),
    );
    expect(r.run(mainClauseSpeaker, 0)).toBeNull();
  });
});

describe('speakerClosingSentence', () => {
  it('gives the quote to an attribution closing the sentence after a comma (“…” and more, X said)', () => {
    const r = read(
      story('final1', [
        LEAD,
        'The terminal is “safe for the next five years” and will not close, board chair Nadia Okafor said.',
      ]),
    );
    expect(r.run(speakerClosingSentence, 0)).toEqual(['Nadia Okafor', 'board chair Nadia Okafor said', 'final']);
  });

  it('does not answer when the closing verb is not set off by a comma', () => {
    const r = read(story('final2', [LEAD, 'The terminal is “safe for the next five years” as Nadia Okafor said.']));
    expect(r.run(speakerClosingSentence, 0)).toBeNull();
  });

  it.each([...THING_RELATIVES].flatMap((w) => [...ASIDE_CLOSERS].map(([open, close]) => [open, w, close])))(
    'does not give a quote inside an aside "%s %s … %s" closed before the speaker to that speaker',
    (open, relative, close) => {
      const r = read(
        story('final3', [
          LEAD,
          `Commenting on a survey by the Harbour Trust ${open === '(' ? '(' : `${open} `}${relative} calls the queues “far too long”${close === ')' ? ')' : ` ${close}`} the port board chair, Nadia Okafor, said the port would act.`,
        ]),
      );
      expect(r.run(speakerClosingSentence, 0)).toBeNull();
    },
  );

  it('does not give a quote inside a bracketed “(which …)” aside to the speaker after it', () => {
    const r = read(
      story('final4', [
        LEAD,
        'The terminal (which the survey called “safe for the next five years”) will not close, board chair Nadia Okafor said.',
      ]),
    );
    expect(r.run(speakerClosingSentence, 0)).toBeNull();
  });

  it('gives a quote after an aside that closed before it to the speaker', () => {
    const open = read(
      story('final5', [
        LEAD,
        'The terminal – which opened in 1990 – is “safe for the next five years” and will not close, board chair Nadia Okafor said.',
      ]),
    );
    expect(open.run(speakerClosingSentence, 0)).toEqual(['Nadia Okafor', 'board chair Nadia Okafor said', 'final']);
  });
});

describe('headlineDash', () => {
  it('gives a headline quote to the name after its dash (‘…’ – X)', () => {
    const r = read(
      rawArticle(
        [
          '‘The terminal stays open’ – Okafor',
          'Board chair Nadia Okafor said the terminal would stay open for at least five more years after the vote.',
        ],
        { id: 'dash1', title: '‘The terminal stays open’ – Okafor' },
      ),
    );
    expect(r.run(headlineDash, 0)).toEqual(['Nadia Okafor', '– Okafor', 'headline']);
  });

  it('does not answer for a name owning what the headline is about (‘…’: X’s …)', () => {
    const title = '‘We are small, but we are not finished’: Okafor’s new ferry finally sails';
    const r = read(
      rawArticle(
        [
          title,
          'Board chair Nadia Okafor said the new ferry would carry its first passengers across the bay on Monday.',
        ],
        { id: 'colon-owner', title },
      ),
    );
    expect(r.run(headlineDash, 0)).toBeNull();
  });

  it(`answers for a name owning the words themselves, up to ${OWNED_WORDS_MODIFIERS} words before their noun (‘…’ – X’s defiant message)`, () => {
    const title = '‘We will be back next season’ – Okafor’s defiant message to the fans';
    const r = read(
      rawArticle(
        [title, 'Board chair Nadia Okafor said the club would spend whatever it took to win promotion next season.'],
        { id: 'dash-owner-words', title },
      ),
    );
    expect(r.run(headlineDash, 0)).toEqual(['Nadia Okafor', '– Okafor’s', 'headline']);
  });

  it('does not answer when no dash follows the quote', () => {
    const r = read(story('dash2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said.']));
    expect(r.run(headlineDash, 0)).toBeNull();
  });

  it('gives a headline quote to the name after a colon (‘…’: X), but not a body quote', () => {
    const title = '‘The terminal stays open’: Okafor';
    const r = read(
      rawArticle(
        [
          title,
          'Board chair Nadia Okafor said the terminal would stay open for at least five more years after the vote.',
        ],
        { id: 'colon-title', title },
      ),
    );
    expect(r.run(headlineDash, 0)).toEqual(['Nadia Okafor', ': Okafor', 'headline']);
    const body = read(
      story('colon-body', [
        'Board chair Nadia Okafor said the terminal would stay open for at least five more years after the vote.',
        'The board’s verdict was short, “the terminal stays open”: Okafor and the others then left the room.',
      ]),
    );
    expect(body.run(headlineDash, 0)).toBeNull();
  });

  for (const noun of ['board', 'mayor', 'parents'])
    it(`gives a headline quote to nobody when a lower-case “${noun}” follows the name (‘…’: Wenlow ${noun} …)`, () => {
      const title = `‘Readers are not the enemy’: Wenlow ${noun} pulls three books`;
      const r = read(
        rawArticle(
          [
            title,
            'The school board in Wenlow voted four to three on Monday night to take three novels off the shelves.',
            'Board member Tessa Wenlow said the vote had been close and the meeting long.',
          ],
          { id: `colon-noun-${noun}`, title },
        ),
      );
      expect(r.run(headlineDash, 0)).toBeNull();
    });

  it('still gives a headline quote to the name when a verb follows it (‘…’: Wenlow pulls …)', () => {
    const title = '‘Readers are not the enemy’: Wenlow pulls three books';
    const r = read(
      rawArticle(
        [
          title,
          'The school board in Wenlow voted four to three on Monday night to take three novels off the shelves.',
          'Board member Tessa Wenlow said the vote had been close and the meeting long.',
        ],
        { id: 'colon-verb', title },
      ),
    );
    expect(r.run(headlineDash, 0)).toEqual(['Tessa Wenlow', ': Wenlow', 'headline']);
  });

  it('gives a headline quote to nobody when the name says somebody else said it (‘…’: X says Y warned), to X when not', () => {
    const reported = '‘The harbour will flood’: Okafor says engineer warned of more storms';
    const r = read(
      rawArticle(
        [
          reported,
          'Board chair Nadia Okafor said the engineer had written to the board twice before the winter storms.',
        ],
        { id: 'colon-reported', title: reported },
      ),
    );
    expect(r.run(headlineDash, 0)).toBeNull();
    const own = '‘The harbour will flood’: Okafor says more storms are coming';
    const o = read(
      rawArticle(
        [own, 'Board chair Nadia Okafor said the engineer had written to the board twice before the winter storms.'],
        { id: 'colon-own', title: own },
      ),
    );
    expect(o.run(headlineDash, 0)).toEqual(['Nadia Okafor', ': Okafor', 'headline']);
  });
});

describe('speakerRightAfter with a capitalised role', () => {
  it('gives “…,” the Prime Minister wrote to the person titled PM in the sentence before', () => {
    const r = read(
      story('after-pm', [
        'PM Ravi Menon congratulated the harbour board on social media on Monday.',
        '“Great news for every family on the islands,” the Prime Minister wrote.',
      ]),
    );
    expect(r.run(speakerRightAfter, 0)).toEqual(['Ravi Menon', 'Prime Minister wrote', 'after']);
  });
});

describe('speakerRightAfter past a body’s name and its letters in brackets', () => {
  const line = (body: string): string =>
    `“Both recorders have been found intact and are on their way to the lab,” ${body} Director General Dr Inez Varga told reporters.`;
  it('gives the quote to the titled name after “Harbour Safety Investigation Board (HSIB)”', () => {
    const r = read(story('after-body-letters', [LEAD, line('Harbour Safety Investigation Board (HSIB)')]));
    expect(r.run(speakerRightAfter, 0)).toEqual(['Inez Varga', 'Director General Dr Inez Varga told', 'after']);
  });

  it('does not read past brackets of lower-case words or of a word that is no body’s letters', () => {
    expect([
      read(story('after-body-aside', [LEAD, line('Harbour Safety Investigation Board (in full)')])).run(
        speakerRightAfter,
        0,
      ),
      read(story('after-body-mixed', [LEAD, line('Harbour Safety Investigation Board (Hsib)')])).run(
        speakerRightAfter,
        0,
      ),
    ]).toEqual([null, null]);
  });
});

describe('speakerBefore past a relative clause set off after the name', () => {
  it('gives “Says NAME, who … writing grant bids …, “…”” to NAME, not to the verb inside the clause', () => {
    const r = read(
      story('before-who-clause', [
        LEAD,
        'Says Ilse Varnhagen, who has run the dock canteen since 2009 and now spends her evenings writing grant bids in English, “I will trust it once the cheque clears.”',
      ]),
    );
    expect(r.run(speakerBefore, 0)).toEqual(['Ilse Varnhagen', 'Says Ilse Varnhagen', 'before']);
  });

  it('still reads a quote that the clause’s own verb brings in (“…, who added, “…””)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The skipper was backed by her coach, Tomas Vellin, who added, “She has earned every minute of this and more.”',
      ]),
    ).toEqual(['Tomas Vellin']);
  });

  it('still reads a quote inside the clause by the verb before it there', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Board member Tomas Reul, who has spent weeks accusing the chair of “hiding the losses”, pressed her on the figures.',
      ]),
    ).toEqual(['Tomas Reul']);
  });
});

describe('speakerOnNextLine', () => {
  it('gives a quote closing its paragraph on a comma to the “said X” that opens the next paragraph', () => {
    const r = read(
      story('next-line', [
        LEAD,
        '“This is the best outcome we could have hoped for, and the workers know it,”',
        'said board chair Nadia Okafor, who has led the board since 2019 and backed the deal from the start.',
      ]),
    );
    expect(r.run(speakerOnNextLine, 0)).toEqual(['Nadia Okafor', 'said board chair Nadia Okafor', 'after']);
  });

  it('does not answer when the quote closes on a full stop', () => {
    const r = read(
      story('next-line-no', [
        LEAD,
        '“This is the best outcome we could have hoped for, and the workers know it.”',
        'Board chair Nadia Okafor said the deal would protect jobs on the ferries for at least ten years.',
      ]),
    );
    expect(r.run(speakerOnNextLine, 0)).toBeNull();
  });
});

describe('sentenceSubject', () => {
  const OKAFOR = 'Board chair Nadia Okafor toured the old ferry terminal on Monday with the harbour engineers.';

  it('gives a quote inside a sentence with no speech verb to its subject (X is “…”)', () => {
    const r = read(
      story('subject1', [LEAD, OKAFOR, 'Okafor is “deeply worried about the safety of the crews” after the fire.']),
    );
    expect(r.run(sentenceSubject, 0)).toEqual(['Nadia Okafor', 'Okafor', 'subject']);
  });

  it('gives it to the person a pronoun subject stands for (She wants the board to “…”)', () => {
    const r = read(
      story('subject2', [LEAD, OKAFOR, 'She wants the board to “think again before it is too late for the crews.”']),
    );
    expect(r.run(sentenceSubject, 0)).toEqual(['Nadia Okafor', 'She', 'subject']);
  });

  it('gives it to a name owning the subject when the subject is something said (NAME’s verdict was scathing: it was “…”)', () => {
    const r = read(
      story('subject-owned', [
        LEAD,
        OKAFOR,
        'Okafor’s verdict on the inquiry was scathing: it had been “too slow, too late and far too little.”',
      ]),
    );
    expect(r.run(sentenceSubject, 0)).toEqual(['Nadia Okafor', 'Okafor’s', 'subject']);
  });

  it('does not answer for a name owning a subject that is no word for something said (NAME’s wife was furious)', () => {
    const r = read(
      story('subject-owner', [
        LEAD,
        OKAFOR,
        'Okafor’s deputy was furious at the delay: it had been “too slow, too late and far too little.”',
      ]),
    );
    expect(r.run(sentenceSubject, 0)).toBeNull();
  });

  it('does not answer for a scare quote of three words or fewer', () => {
    const r = read(
      story('subject3', [
        LEAD,
        OKAFOR,
        'Okafor was “deeply worried” after the fire on the quay, and she wants a full report on the damage by Friday.',
      ]),
    );
    expect(r.run(sentenceSubject, 0)).toBeNull();
  });

  it('does not answer when another person is named in the sentence (X rejected Y’s plan as “…”)', () => {
    const r = read(
      story('subject4', [
        LEAD,
        OKAFOR,
        'Okafor stood by Tom Hale’s view that the terminal was “a relic of another century and a danger.”',
      ]),
    );
    expect(r.run(sentenceSubject, 0)).toBeNull();
  });

  it('does not answer for a full sentence in quotes, not run into the writer’s words (X held up “We …”)', () => {
    const r = read(
      story('subject6', [
        LEAD,
        OKAFOR,
        'Okafor held up a sign that read “We will not let the terminal close this year.”',
      ]),
    );
    expect(r.run(sentenceSubject, 0)).toBeNull();
  });

  it('passes over people an opening clause spoke to, but not people in the main clause (“Speaking to reporters, X …”)', () => {
    const lines = (sentence: string): string[] => [LEAD, OKAFOR, sentence];
    expect(
      [
        'Speaking to reporters on the quay, Okafor dedicated the award to “every crew that worked through the storm.”',
        'Okafor dedicated the award to reporters and “every crew that worked through the storm.”',
      ].map((sentence, i) => read(story(`subject-opening-${i}`, lines(sentence))).run(sentenceSubject, 0)),
    ).toEqual([['Nadia Okafor', 'Okafor', 'subject'], null]);
  });

  it('does not answer for a title in title case (X backed “Safe Quays for Every Crew” as a slogan)', () => {
    const r = read(
      story('subject5', [
        LEAD,
        OKAFOR,
        'Okafor backed “Safe Quays for Every Crew” as a slogan last year, before the board voted on the money for it.',
      ]),
    );
    expect(r.run(sentenceSubject, 0)).toBeNull();
  });
});

describe('forPerson', () => {
  const LEADS = 'Board chair Nadia Okafor spoke at the harbour on Monday.';

  it('gives the quote to the one person named after an opening "For" (For X, the answer is simple: “…”)', () => {
    const r = read(
      story('for-colon', [LEAD, LEADS, 'For Okafor, the answer is simple: “The terminal will stay open for now.”']),
    );
    expect(r.run(forPerson, 0)).toEqual(['Nadia Okafor', 'For Okafor', 'subject']);
  });

  it('gives a partial quote to the person (For X, it was “…”)', () => {
    const r = read(story('for-partial', [LEAD, LEADS, 'For Okafor, it was “the hardest week of my whole career”.']));
    expect(r.run(forPerson, 0)).toEqual(['Nadia Okafor', 'For Okafor', 'subject']);
  });

  it('gives the quote to the person an opening "For the ROLE," stands for (For the chair, …: “…”)', () => {
    const r = read(
      story('for-role', [LEAD, LEADS, 'For the chair, the answer is simple: “The terminal will stay open for now.”']),
    );
    expect(r.run(forPerson, 0)).toEqual(['Nadia Okafor', 'For the chair', 'subject']);
  });

  it('gives the quote to a name after its role and a bracketed aside (For the head of X (…) NAME, “…”)', () => {
    const r = read(
      story('for-role-name', [
        LEAD,
        LEADS,
        'For the head of the Harbour Party (the largest group on the council, since May) Nadia Okafor, “the fight starts now.”',
      ]),
    );
    expect(r.run(forPerson, 0)).toEqual(['Nadia Okafor', 'For Nadia Okafor', 'subject']);
  });

  it('does not answer when the words between "For" and the name are no role (For years NAME, “…”)', () => {
    const r = read(
      story('for-years', [LEAD, LEADS, 'For years Nadia Okafor, “the woman on the pier”, ran the ferry.']),
    );
    expect(r.run(forPerson, 0)).toBeNull();
  });

  it('does not answer when the opening "For" names a group, not a person', () => {
    const r = read(
      story('for-group', [LEAD, LEADS, 'For residents, the sign read “Road closed until further notice”.']),
    );
    expect(r.run(forPerson, 0)).toBeNull();
  });

  it('does not answer when the sentence has a speech verb of its own', () => {
    const r = read(
      story('for-verb', [LEAD, LEADS, 'For Okafor, the mayor said, it was “the hardest week of her whole career”.']),
    );
    expect(r.run(forPerson, 0)).toBeNull();
  });
});

describe('speakerRightAfter before a quote its verb introduces', () => {
  it('does not give a quote that ended its sentence to the next speaker introducing another quote', () => {
    const r = read(
      story('after-introduces', [
        LEAD,
        'Judge Ada Nwosu states, “The winner has a rare and fierce voice.” Judge Carl Berg says, “It held me to the end.”',
      ]),
    );
    expect([r.run(speakerRightAfter, 0), r.run(speakerBefore, 0), r.run(speakerBefore, 1)]).toEqual([
      null,
      ['Ada Nwosu', 'Judge Ada Nwosu states', 'before'],
      ['Carl Berg', 'Judge Carl Berg says', 'before'],
    ]);
  });

  it('still gives a quote closed by a comma to the speaker after it when another quote follows', () => {
    const r = read(
      story('after-comma-goes-on', [
        LEAD,
        '“The terminal will stay open,” board chair Nadia Okafor said, “and nobody will lose their job this year.”',
      ]),
    );
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'board chair Nadia Okafor said', 'after']);
  });
});
