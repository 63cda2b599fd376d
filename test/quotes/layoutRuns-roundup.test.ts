// A roundup line's speaker ("Name (Team): “…”") is evidence of a person.
import { describe, expect, it } from 'vitest';
import {
  bracketCreditRun,
  creditRun,
  roundupRun,
  LABEL_NOUNS,
  TOPIC_LABEL_OPENERS,
  MEDIUM_LABEL_OPENERS,
  topicLabelEnd,
} from '../../src/quotes/layoutRuns.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { POSSESSIVE_DETERMINERS } from '../../src/quotes/lexicon.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { story } from './fixtures.ts';

function tokensOf(line: string) {
  const article = story('topic-label', ['Here is what the coaches said.', line]);
  return articleSentences(article, extractQuotes(article)).at(-1)?.tokens ?? [];
}

function runOf(line: string, lead = 'Here is what the coaches said after the weekend games.'): string[] | null {
  const article = story('roundup-line', [lead, line]);
  const sentences = articleSentences(article, extractQuotes(article));
  const last = sentences[sentences.length - 1];
  if (!last) throw new Error('no sentence');
  return roundupRun(last)?.name ?? null;
}

describe('roundupRun', () => {
  it('reads the name of “Name (Team): …” when a bracket stands between name and colon', () => {
    expect(runOf('Mikel Santos (United): “We were not at our best but we found a way to win.”')).toEqual([
      'Mikel',
      'Santos',
    ]);
  });

  it('reads the name after a possessive owner opening the label (“Team’s Name, player of the match: …”)', () => {
    expect(runOf("Tarsova's Mika Salo, player of the match: “I just tried to help the team out there.”")).toEqual([
      'Mika',
      'Salo',
    ]);
  });

  it('reads the name of “Name: …” when the quote follows the colon directly', () => {
    expect(runOf('Jana Novak: “I am proud of the players. They never gave up.”')).toEqual(['Jana', 'Novak']);
  });

  it('reads the name of a bulleted “Name, Role of Country: …” and of “Title Name of Country, on X: …”', () => {
    const lead =
      'Leaders around the world on Tuesday welcomed the peace agreement between the two countries, which ends twelve years of fighting over the valley.';
    expect([
      runOf(
        '• Annika Vestergaard, Prime Minister of Norvenia: “Tonight the guns in the valley fall silent at last.”',
        lead,
      ),
      runOf('• Chancellor Dietrich Amsel of Westmark, on X: “The hard work starts tomorrow for all of us.”', lead),
      runOf(
        '• Kemal Arslanov, Foreign Minister of Turavia, to reporters in Irsk: “We hope the model can be used.”',
        lead,
      ),
      runOf(
        '• Halvard Nyquist, former prime minister (@HNyquist): “Proud of our diplomats, prouder still of you.”',
        lead,
      ),
    ]).toEqual([
      ['Annika', 'Vestergaard'],
      ['Dietrich', 'Amsel'],
      ['Kemal', 'Arslanov'],
      ['Halvard', 'Nyquist'],
    ]);
  });

  it('reads nothing when the description before the colon holds a speech verb (“Name, who told reporters:”)', () => {
    expect(runOf('Kemal Arslanov, who told reporters in Irsk: “We hope the model can be used elsewhere.”')).toBeNull();
  });

  it('reads nothing when a single word stands before the colon', () => {
    expect(runOf('Update: “The game has been moved to Sunday afternoon because of the storm.”')).toBeNull();
  });

  it('reads nothing when no quote follows the colon', () => {
    expect(runOf('Jana Novak (Rovers): a late winner from the bench and three points.')).toBeNull();
  });
});

function lastSentence(lines: string[]) {
  const article = story('credit-line', lines);
  const sentences = articleSentences(article, extractQuotes(article));
  const last = sentences[sentences.length - 1];
  if (!last) throw new Error('no sentence');
  return last;
}

const LEAD = 'Tarsova closed its border with Velmir on Friday after a week of clashes in the strait.';

describe('bracketCreditRun', () => {
  it('reads the full name opening a bracket right after a quote, and none in a bracket after prose', () => {
    expect([
      bracketCreditRun(
        lastSentence([LEAD, '"We will keep the peace if both sides ask us to." (Dario Quent, navy chief)']),
      )?.name,
      bracketCreditRun(lastSentence([LEAD, 'The navy will keep the peace (Dario Quent, navy chief).']))?.name,
    ]).toEqual([['Dario', 'Quent'], undefined]);
  });
});

describe('creditRun', () => {
  it('reads the name of a line that is only a bracket under a quote ((Name, Team coach)), not of a bracket in prose', () => {
    const quote = '"We knew it would be difficult against a team that presses this high, but we stayed calm."';
    expect([
      creditRun(lastSentence([LEAD, quote, '(Ada Lusk, Corvania coach)']))?.name,
      creditRun(lastSentence([LEAD, quote, '(Ada Lusk, Corvania coach) spoke after the game on Sunday.']))?.name,
    ]).toEqual([['Ada', 'Lusk'], undefined]);
  });
  it('reads no credit in a bulleted label before a colon (- Country: “…”), and no person in the book', () => {
    const lines = [LEAD, '- Corvania: "We urge both parties to treat this ceasefire as the start of a negotiation."'];
    const book = buildQuoteBook([story('bullet-label', lines)]);
    expect([creditRun(lastSentence(lines))?.name, book.people.map((p) => p.name), book.quotes[0]?.speaker]).toEqual([
      undefined,
      [],
      null,
    ]);
  });

  it('reads the name after a possessive owner of the role, not the owner', () => {
    const lines = [
      LEAD,
      '"Nobody wins a fishing war, and everybody loses the fish."',
      "— Velmir's Foreign Minister Arvo Tuul",
    ];
    expect(creditRun(lastSentence(lines))?.name).toEqual(['Arvo', 'Tuul']);
  });

  it('reads the name after a nationality and a role (“— Norwegian teenager NAME, seeded ninth, …”), not the nationality', () => {
    const lines = [
      LEAD,
      '"My legs went in the second set and I never found them again."',
      '— Norwegian teenager Remy Ostrowski, seeded ninth, lost in straight sets to a qualifier.',
    ];
    expect(creditRun(lastSentence(lines))?.name).toEqual(['Remy', 'Ostrowski']);
  });
});

describe('topic labels under a speaker’s heading', () => {
  for (const opener of [...TOPIC_LABEL_OPENERS].sort()) {
    const label = `${opener.charAt(0).toUpperCase()}${opener.slice(1)}`;
    it(`gives every “${label} the topic: “…”” paragraph under the heading “Coach Ana Ruiz” to her, not to a name in the label`, () => {
      const book = buildQuoteBook([
        story('topic-labels', [
          'Here is what the coaches told reporters after the win on Thursday night.',
          'Coach Ana Ruiz',
          `${label} the slow start: “We gave up far too much on the break in the first half tonight.”`,
          '“Tidy that up and we beat anybody in this league on most nights of the week.”',
          `${label} what pleased her about Odell: “He played with his heart tonight, and everyone saw it.”`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Ana Ruiz',
        'Ana Ruiz',
        'Ana Ruiz',
      ]);
    });
  }

  for (const noun of [...LABEL_NOUNS].sort()) {
    it(`gives an “Opening ${noun}: “…”” paragraph under the heading “COACH ANA RUIZ (Harbour)” to her, and the quote after it`, () => {
      const book = buildQuoteBook([
        story('label-nouns', [
          'Here is what the coaches told reporters after the win on Thursday night.',
          'COACH ANA RUIZ (Harbour)',
          `Opening ${noun}: “We gave up far too much on the break in the first half tonight.”`,
          'Q: What changed at the break?',
          '“Tidy that up and we beat anybody in this league on most nights of the week.”',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Ana Ruiz',
        'Ana Ruiz',
      ]);
    });
  }

  for (const possessive of [...POSSESSIVE_DETERMINERS].sort()) {
    const label = `${possessive.charAt(0).toUpperCase()}${possessive.slice(1)}`;
    it(`reads no label noun after “${label}” opening it, a possessive that says whose the words are (POSSESSIVE_DETERMINERS)`, () => {
      expect([
        topicLabelEnd(tokensOf(`${label} verdict: “We go again.”`)),
        topicLabelEnd(tokensOf('Final verdict: “We go again.”')),
      ]).toEqual([-1, 3]);
    });
  }

  it('reads no label noun where the label runs past three words, holds a name or a possessive or no quote follows', () => {
    expect([
      topicLabelEnd(tokensOf('His very last public remarks: “We go again.”')),
      topicLabelEnd(tokensOf('Her final verdict: “We go again.”')),
      topicLabelEnd(tokensOf('Ruiz’s verdict: “We go again.”')),
      topicLabelEnd(tokensOf('Opening Ruiz remarks: “We go again.”')),
      topicLabelEnd(tokensOf('Opening remarks: we go again.')),
      topicLabelEnd(tokensOf('Opening remarks: “We go again.”')),
    ]).toEqual([-1, -1, -1, -1, -1, 3]);
  });

  it('reads where the quote after a topic label stands, and no label where a speech verb comes before the colon', () => {
    expect([
      topicLabelEnd(tokensOf('On the defeat: “We were poor from the first minute to the last.”')),
      topicLabelEnd(tokensOf('On Monday he said: “We were poor from the first minute to the last.”')),
    ]).toEqual([4, -1]);
  });
});

describe('a result in brackets after a name heading', () => {
  it('keeps “Name (d. Name 6-4, 6-2)” one sentence, so the heading gives the quote below it to its name', () => {
    const book = buildQuoteBook([
      story('roundup-result', [
        'Here is what the players said in the interview room after the third day.',
        'Ana Ruiz (d. Mia Ode 7-6, 2-6, 6-3)',
        '“I was nervous at the end, I will not lie to you about that one.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ana Ruiz']);
  });

  it('splits at a stop in brackets that close only after a long sentence', () => {
    const article = story('roundup-bracket-split', [
      'The players met the press on Friday (it was late. Nobody on either side had eaten anything at all since the early lunch at noon that day).',
    ]);
    const sentences = articleSentences(article, extractQuotes(article)).filter((s) => s.kind === 'body');
    expect(sentences.length).toBe(2);
  });
});

describe('a label of where the words were said (MEDIUM_LABEL_OPENERS)', () => {
  for (const opener of [...MEDIUM_LABEL_OPENERS].sort()) {
    const label = `${opener.charAt(0).toUpperCase()}${opener.slice(1)}`;
    it(`reads “${label} to Harbour Radio:” as a label before the quote, and no label with a clause after a comma`, () => {
      expect([
        topicLabelEnd(tokensOf(`${label} to Harbour Radio: “We go again next week.”`)),
        topicLabelEnd(tokensOf(`${label} to Harbour Radio, the captain said: “We go again next week.”`)),
      ]).toEqual([5, -1]);
    });
  }

  it('reads no label when it names who posted (“Posted on X by teammate NAME:”), and gives the quote to that name', () => {
    const book = buildQuoteBook([
      story('medium-by', [
        'Harbour Rovers beat Castle City 2-1 on Saturday with two late goals. Here is what both camps said after the game.',
        'Keeper Henrik Dalby Reaction',
        '“I just guessed, and I guessed right three times,” Dalby said.',
        'Posted on X by teammate Tomas Reyne: “Best keeper in the league and it is not close.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      topicLabelEnd(tokensOf('Posted on X by teammate Tomas Reyne: “Best keeper in the league.”')),
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
    ]).toEqual([-1, ['Henrik Dalby', 'Tomas Reyne']]);
  });

  it('gives the quote after such a label to the speaker of the section’s heading and of the paragraph before', () => {
    const book = buildQuoteBook([
      story('medium-label', [
        'Harbour Rovers beat Castle City 2-1 on Saturday with two late goals. Here is what both camps said after the game.',
        'Keeper Henrik Dalby Reaction',
        'Posted on Instagram: “Said it in spring. Keepers are never believed.”',
        'Striker Tomas Reyne said after the game that he had never been so tired.',
        'Speaking to Harbour Radio: “I have never felt so tired after a game in my life.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Henrik Dalby',
      'Tomas Reyne',
    ]);
  });
});

describe('creditSentencesBelow, lead-ins closing on a colon', () => {
  it('gives each quote to the expert whose “NAME, role, said:” line stands over it, not to the next one under it', () => {
    const book = buildQuoteBook([
      story('expert-reaction', [
        'A study of 3,000 hikers published on Monday found that those who walked with poles had fewer knee injuries over ten years.',
        'Outside experts gave the work a cautious welcome.',
        'Dr Ilse Marwood, lecturer in sports medicine, Fenbridge University, said:',
        '“This is a careful piece of work with a long follow-up, which is rare in this field and a real strength.',
        '“The effect is small, though, and hikers who use poles may simply be more careful walkers to begin with.”',
        'Professor Tobin Ashgrove, professor of orthopaedics, Calder Medical School, said:',
        '“I would want to see the same result in a second group of walkers before anyone changes the advice.”',
        'Dr Renata Sallow, physiotherapist, Northmoor Clinic, said:',
        '“Poles help on the way down, and that is where most of the knee injuries I see begin for older walkers.”',
        'Dr Oskar Pellew, consultant surgeon, said:',
        '“Most of the knees I replace were worn out long before their owners took up hiking in retirement.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Ilse Marwood',
      'Tobin Ashgrove',
      'Renata Sallow',
      'Oskar Pellew',
    ]);
  });
});
