// Each attribution rule on its own: the rule function applied to one quote of a small invented article, with the
// context (earlier attributions, paragraph speakers) given explicitly.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { placeOf, readArticle } from '../../src/quotes/attribute.ts';
import { articleEvidence, genderCues } from '../../src/quotes/evidence.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { buildRegistry, type PeopleRegistry } from '../../src/quotes/people.ts';
import {
  ATTRIBUTION_RULES,
  type Attribution,
  type AttributionContext,
  type AttributionRule,
  applyRules,
  continuesPreviousParagraph,
  laterInParagraph,
  subjectBefore,
  leadInParagraph,
  creditInline,
  creditLineBelow,
  headlineDash,
  sameParagraphSpeaker,
  speakerBefore,
  speakerClosingSentence,
  speakerColon,
  speakerOnNextLine,
  speakerRightAfter,
} from '../../src/quotes/rules.ts';
import { SentenceTagger } from '../../src/quotes/tagger.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { article as rawArticle, story } from './fixtures.ts';

interface Reading {
  context: AttributionContext & {
    done: Map<number, Attribution>;
    paragraphSpeaker: Map<number, string | null>;
  };
  registry: PeopleRegistry;
  /** Applies a rule to quote `quote` and names the speaker it gives. */
  run: (rule: AttributionRule['apply'], quote: number) => [string | null, string | null, string] | null;
  idOf: (name: string) => string;
}

function read(article: Article): Reading {
  const quotes = extractQuotes(article);
  const sentences = articleSentences(article, quotes);
  const tagger = new SentenceTagger();
  const cues = sentences.flatMap((s) => (s.kind === 'body' ? genderCues(article.id, s) : []));
  const registry = buildRegistry(articleEvidence(article.id, sentences, tagger), cues);
  const { states } = readArticle(article, sentences, registry);
  const context = { article, states, done: new Map<number, Attribution>(), paragraphSpeaker: new Map() };
  const nameOf = (id: string | null): string | null => (id === null ? null : (registry.people.get(id)?.name ?? id));
  return {
    context,
    registry,
    run: (rule, quote) => {
      const place = placeOf(states, quote);
      if (place === null) throw new Error(`quote ${quote} is not in any sentence`);
      const answer = rule(context, place);
      return answer === null ? null : [nameOf(answer.speaker), answer.cue, answer.method];
    },
    idOf: (name) => {
      const person = [...registry.people.values()].find((p) => p.name === name);
      if (!person) throw new Error(`nobody called ${name}`);
      return person.id;
    },
  };
}

const LEAD = 'The harbour board met on Monday to discuss the future of the old ferry terminal and its workers.';

describe('the attribution rule table', () => {
  it('tries the rules in order: the words next to the quote first, the context last', () => {
    expect(ATTRIBUTION_RULES.map((r) => r.name)).toEqual([
      'after',
      'after',
      'before',
      'final',
      'headline',
      'colon',
      'same-paragraph',
      'credit',
      'credit',
      'later-in-paragraph',
      'subject-before',
      'continuation',
      'lead-in',
    ]);
  });

  it('gives the first answer in the table when two rules could answer', () => {
    const r = read(
      story('order', [LEAD, 'Board chair Nadia Okafor said “the terminal will stay open for now,” Okafor added.']),
    );
    const place = placeOf(r.context.states, 0);
    if (place === null) throw new Error('no place');
    expect(applyRules(r.context, place).method).toBe('after');
  });

  it('leaves a quote unresolved when no rule answers', () => {
    const r = read(story('none', [LEAD, '“The terminal will stay open for as long as the ferries keep running.”']));
    const place = placeOf(r.context.states, 0);
    if (place === null) throw new Error('no place');
    expect(applyRules(r.context, place)).toEqual({ speaker: null, cue: null, method: 'none' });
  });
});

describe('speakerRightAfter', () => {
  it('gives the quote to the name after the verb when the verb follows the quote (“…,” said X)', () => {
    const r = read(story('after1', [LEAD, '“The terminal will stay open for now,” said board chair Nadia Okafor.']));
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'said board chair Nadia Okafor', 'after']);
  });

  it('gives the quote to the phrase before the verb when the phrase follows the quote (“…,” X said)', () => {
    const r = read(story('after2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said on Monday.']));
    expect(r.run(speakerRightAfter, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor said', 'after']);
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

  it('does not answer when the sentence has no speech verb before the quote', () => {
    const r = read(story('before2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said.']));
    expect(r.run(speakerBefore, 0)).toBeNull();
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

  it('does not answer when no dash follows the quote', () => {
    const r = read(story('dash2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said.']));
    expect(r.run(headlineDash, 0)).toBeNull();
  });
});

describe('speakerColon', () => {
  it('gives the quote to the name right before the colon that opens it (X: “…”)', () => {
    const r = read(
      story('colon1', [
        'Board chair Nadia Okafor met the ferry workers on Monday.',
        'Okafor: “The terminal will stay open for now.”',
      ]),
    );
    expect(r.run(speakerColon, 0)).toEqual(['Nadia Okafor', 'Okafor:', 'colon']);
  });

  it('does not answer when the quote is not opened by a colon', () => {
    const r = read(story('colon2', [LEAD, '“The terminal will stay open for now,” Nadia Okafor said.']));
    expect(r.run(speakerColon, 0)).toBeNull();
  });
});

describe('sameParagraphSpeaker', () => {
  it('continues the speaker of the paragraph’s earlier sentence when a quote stands alone (“…,” he said. “…”)', () => {
    const r = read(
      story('same1', [LEAD, '“The terminal will stay open for now,” said Nadia Okafor. “We owe that to the workers.”']),
    );
    expect(r.run(sameParagraphSpeaker, 1)).toEqual(['Nadia Okafor', 'said Nadia Okafor', 'same-paragraph']);
  });

  it('does not answer when the quote’s own sentence has a speech verb', () => {
    const r = read(
      story('same2', [LEAD, '“The terminal will stay open,” said Nadia Okafor. “We owe it to them,” Ben Ruiz said.']),
    );
    expect(r.run(sameParagraphSpeaker, 1)).toBeNull();
  });
});

describe('creditInline', () => {
  it('gives a roundup quote to the role and name right after it (“…” Harbour’s coach Ben Ruiz after the vote)', () => {
    const r = read(
      story('credit1', [
        LEAD,
        '“A fair result for everybody here, and a good day.” Harbour’s coach Ben Ruiz after the vote',
      ]),
    );
    expect(r.run(creditInline, 0)).toEqual(['Ben Ruiz', 'Harbour’s coach Ben Ruiz', 'credit']);
  });

  it('does not answer when a clause, not a role, stands before the name', () => {
    const r = read(story('credit2', [LEAD, '“A fair result for everybody here.” The crowd cheered Ben Ruiz loudly.']));
    expect(r.run(creditInline, 0)).toBeNull();
  });
});

describe('creditLineBelow', () => {
  it('gives a quote paragraph to the dash credit line that opens the next paragraph (– X on Y)', () => {
    const r = read(
      story('below1', [
        'Board chair Nadia Okafor and harbour master Ben Ruiz both spoke after the vote.',
        '“A fair result for everybody here, and a good day for the workers.”',
        '– A tired Ben Ruiz, after the vote on Monday evening in the town hall.',
      ]),
    );
    expect(r.run(creditLineBelow, 0)).toEqual(['Ben Ruiz', '– A tired Ben Ruiz', 'credit']);
  });

  it('does not answer when the next paragraph is not a credit line', () => {
    const r = read(
      story('below2', [
        'Board chair Nadia Okafor and harbour master Ben Ruiz both spoke after the vote.',
        '“A fair result for everybody here, and a good day for the workers.”',
        'The board will meet again in June to set the new fares.',
      ]),
    );
    expect(r.run(creditLineBelow, 0)).toBeNull();
  });
});

describe('continuesPreviousParagraph', () => {
  it('gives a quote paragraph to whoever was speaking at the end of the paragraph before', () => {
    const r = read(
      story('cont1', [
        'Board chair Nadia Okafor said:',
        '“The terminal will stay open for now, and the workers will keep their jobs.”',
      ]),
    );
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toEqual(['Nadia Okafor', null, 'continuation']);
  });

  it('does not answer when nobody was speaking at the end of the paragraph before', () => {
    const r = read(
      story('cont2', [LEAD, '“The terminal will stay open for now, and the workers will keep their jobs.”']),
    );
    expect(r.run(continuesPreviousParagraph, 0)).toBeNull();
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

describe('creditInline across a paragraph break', () => {
  it('gives a quote paragraph to the name of a credit frame opening the next paragraph (“…” ¶ That was the message from X)', () => {
    const r = read(
      story('credit-next', [
        'Hundreds gathered at the quayside on Wednesday morning to mark the opening of the new ferry pier.',
        '“We have been waiting for this moment for a decade, and now it is finally here.”',
        'That was the message from Mayor Alan Brook at the quayside on Wednesday morning.',
      ]),
    );
    expect(r.run(creditInline, 0)).toEqual(['Alan Brook', 'That was the message from Mayor Alan Brook', 'credit']);
  });

  it('does not cross the paragraph break when the next paragraph opens without a credit frame', () => {
    const r = read(
      story('credit-next-no', [
        'Hundreds gathered at the quayside on Wednesday morning to mark the opening of the new ferry pier.',
        '“We have been waiting for this moment for a decade, and now it is finally here.”',
        'Mayor Alan Brook cut the ribbon at the quayside on Wednesday morning.',
      ]),
    );
    expect(r.run(creditInline, 0)).toBeNull();
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

describe('leadInParagraph', () => {
  it('gives a quote paragraph to the subject of the paragraph before when it ends in a colon with no speech verb', () => {
    const r = read(
      story('lead-in', [
        LEAD,
        'Board chair Nadia Okafor was blunt about the risks to the old terminal:',
        '“Do not wait for the roof to fall in. We must act now while there is still money.”',
      ]),
    );
    expect(r.run(leadInParagraph, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor …:', 'lead-in']);
  });

  it('does not answer when the paragraph before does not end in a colon', () => {
    const r = read(
      story('lead-in-no', [
        LEAD,
        'Board chair Nadia Okafor was blunt about the risks to the old terminal on Monday.',
        '“Do not wait for the roof to fall in. We must act now while there is still money.”',
      ]),
    );
    expect(r.run(leadInParagraph, 0)).toBeNull();
  });
});

describe('laterInParagraph', () => {
  it('gives a quote standing alone to the speaker of the next quote of its paragraph (“…” X paused. “…,” she said)', () => {
    const r = read(
      story('later', [
        LEAD,
        '“This is terrible. We lost everything in one night.” Farmer Lucy Brown paused to look at her fields. “But we will rebuild,” she said.',
      ]),
    );
    expect(r.run(laterInParagraph, 0)).toEqual(['Lucy Brown', 'she said', 'later-in-paragraph']);
  });

  it('does not answer when another speech verb stands between the two quotes', () => {
    const r = read(
      story('later-no', [
        LEAD,
        '“This is terrible. We lost everything in one night.” Her neighbour Tom Reed disagreed. “But we will rebuild,” Lucy Brown said.',
      ]),
    );
    expect(r.run(laterInParagraph, 0)).toBeNull();
  });
});

describe('subjectBefore', () => {
  it('gives a quote standing alone to the one person the sentence before it in the paragraph is about', () => {
    const r = read(
      story('subject-before', [LEAD, 'Board chair Nadia Okafor was defiant. “We will not close the terminal.”']),
    );
    expect(r.run(subjectBefore, 0)).toEqual(['Nadia Okafor', 'Nadia Okafor', 'subject-before']);
  });

  it('does not answer when the sentence before names two people', () => {
    const r = read(
      story('subject-before-two', [
        LEAD,
        'Board chair Nadia Okafor met harbour master Ben Ruiz. “We will not close the terminal.”',
      ]),
    );
    expect(r.run(subjectBefore, 0)).toBeNull();
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

describe('continuesPreviousParagraph with reported speech after the quote', () => {
  const lines = (after: string): string[] => [
    LEAD,
    'Board chair Nadia Okafor said the vote had been close but fair.',
    `“The terminal will stay open for now.” The vote was close. ${after}`,
  ];

  it('continues the speaker when the paragraph goes on reporting the same speaker (“…” She said …)', () => {
    const r = read(story('cont-same', lines('She said the board would meet again in June.')));
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toEqual(['Nadia Okafor', null, 'continuation']);
  });

  it('does not continue when the paragraph goes on with somebody else speaking', () => {
    const r = read(story('cont-other', lines('Harbour master Ben Ruiz said the board was wrong.')));
    const paragraph = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'))?.sentence
      .paragraph;
    r.context.paragraphSpeaker.set((paragraph ?? 0) - 1, r.idOf('Nadia Okafor'));
    expect(r.run(continuesPreviousParagraph, 0)).toBeNull();
  });
});

describe('introducingParagraph past a caption', () => {
  // A caption with a picture credit ("Photo: …") never reaches the quote reader (the cleaner drops it); a short
  // caption line without one is kept as a heading, and that is what stands between "She said:" and the quote here.
  const lines = (intro: string): string[] => [
    'The city council approved a new budget on Tuesday night after a four-hour debate that stretched past midnight.',
    intro,
    'Angela Ruiz at City Hall on Tuesday',
    '“This budget makes hard choices, but they are the right choices for the people of this city.”',
  ];

  it('continues “She said:” over a photo caption the page put between it and the quote', () => {
    const book = buildQuoteBook([
      story('caption', lines('Council President Angela Ruiz defended the spending plan at length. She said:')),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.speaker === null ? null : names.get(q.speaker), q.method])).toEqual([
      ['Angela Ruiz', 'continuation'],
    ]);
  });

  it('does not continue over a caption when the paragraph before it does not end in a colon', () => {
    const book = buildQuoteBook([
      story('caption-no', lines('Council President Angela Ruiz said the spending plan was fair to everyone.')),
    ]);
    expect(book.quotes.map((q) => [q.speaker, q.method])).toEqual([[null, 'none']]);
  });
});
