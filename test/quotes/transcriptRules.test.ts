// Transcripts printed without quotation marks, end to end: their answers read as quotes and given to the person
// each label (or the lede of bare questions) names, in a quote book built from invented articles.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook, type QuoteBook } from '../../src/quotes/book.ts';
import { INTERVIEW_LEDE_WORDS } from '../../src/quotes/lexicon.ts';
import { BARE_QA, story } from './fixtures.ts';

/** Each quote of the book as "speaker's name | method | words". */
function given(book: QuoteBook): string[] {
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map(
    (q) => `${q.speaker === null ? '-' : (names.get(q.speaker) ?? q.speaker)} | ${q.method} | ${q.text}`,
  );
}

const LEDE = 'Guitarist Tom Hale and drummer Ann Kerr sat down with Radiowave before the last show of their tour.';
const HALE = 'Certainly, though the crowd lifts us every night and the drive home feels short.';
const KERR = 'Well, I don’t think we will ever stop. That is the exciting thing for us after all these years.';
const HALE_2 = 'We started writing in the winter, and we need a little time in the studio before it is done.';

describe('transcript answers in the quote book', () => {
  it('gives each “Surname: …” answer to the person the article names in full, and a label naming no one’s questions to nobody', () => {
    const book = buildQuoteBook([
      story('band', [
        LEDE,
        'Radiowave: Have there been nights when you wanted to stop?',
        `Hale: ${HALE}`,
        `Kerr: ${KERR}`,
        'Radiowave: What about the new record?',
        `Hale: ${HALE_2}`,
      ]),
    ]);
    expect(given(book)).toEqual([
      '- | transcript | Have there been nights when you wanted to stop?',
      `Tom Hale | transcript | ${HALE}`,
      `Ann Kerr | transcript | ${KERR}`,
      '- | transcript | What about the new record?',
      `Tom Hale | transcript | ${HALE_2}`,
    ]);
    expect(book.quotes[1]?.cue).toBe('Hale: (transcript)');
  });

  it('gives an initials label’s answer, and the paragraphs after it, to the person with those initials, and the interviewer’s questions to hers', () => {
    const book = buildQuoteBook([
      story('play', [
        'Pia Brandt – playwright, in residence at the harbour theatre this spring – talked to Lena Moss.',
        'LM: How would you describe the new play?',
        'PB: It is a comedy about a funeral.',
        'It has ten songs, and most of them are sad ones.',
        'LM: When does it open?',
        'PB: In April, if the last rewrites are finished by then and the cast is still speaking to me.',
      ]),
    ]);
    expect(given(book)).toEqual([
      'Lena Moss | transcript | How would you describe the new play?',
      'Pia Brandt | transcript | It is a comedy about a funeral. It has ten songs, and most of them are sad ones.',
      'Lena Moss | transcript | When does it open?',
      'Pia Brandt | transcript | In April, if the last rewrites are finished by then and the cast is still speaking to me.',
    ]);
    expect(book.quotes[0]?.cue).toBe('LM: (interview question)');
  });

  const QA = BARE_QA;

  it('gives the answers to bare questions to the one person named before the first question', () => {
    const book = buildQuoteBook([
      story('coach', [
        'Coach Ruud Vos said after Saturday’s home defeat that his young side would recover quickly from the loss.',
        ...QA,
      ]),
    ]);
    expect(given(book)).toEqual([
      'Ruud Vos | transcript | We stopped pressing after the break and let them play. The equaliser came from our own corner, which hurts.',
      'Ruud Vos | transcript | Tired, and angry with themselves, and they should be after a second half like that one.',
      'Ruud Vos | transcript | Two or three places, maybe. The doctors will tell me more about the injuries tomorrow morning.',
    ]);
  });

  it('gives “A: …” answers without quotation marks to the one person named before the first “Q:”, the questions to nobody when no one is named as asking', () => {
    const book = buildQuoteBook([
      story('novelist', [
        'We spoke to the novelist Ilse Voss about her new book and her years abroad.',
        'Q: What made you return to the town where you grew up?',
        'A: I missed the sea and the people, and I wanted my children to know both.',
        'Q: Will you stay?',
        'A: For now, yes, though the winters here are long and dark.',
      ]),
    ]);
    expect(given(book)).toEqual([
      '- | transcript | What made you return to the town where you grew up?',
      'Ilse Voss | transcript | I missed the sea and the people, and I wanted my children to know both.',
      '- | transcript | Will you stay?',
      'Ilse Voss | transcript | For now, yes, though the winters here are long and dark.',
    ]);
  });

  it('leaves bare answers to nobody when two people are named before the first question', () => {
    const lede = 'Coach Ruud Vos and captain Jan Mols said their side would recover from the loss.';
    const book = buildQuoteBook([story('coaches', [lede, ...QA])]);
    expect(book.quotes.map((q) => [q.speaker, q.method])).toEqual([
      [null, 'transcript'],
      [null, 'transcript'],
      [null, 'transcript'],
    ]);
  });

  it('leaves a label’s answers to nobody when two people the article names share its surname', () => {
    const book = buildQuoteBook([
      story('siblings', [
        'Guitarist Tom Hale and his sister, singer Ruth Hale, sat down with Radiowave before the show.',
        `Hale: ${HALE}`,
        `Hale: ${HALE_2}`,
      ]),
    ]);
    expect(book.quotes.map((q) => [q.speaker, q.method])).toEqual([
      [null, 'transcript'],
      [null, 'transcript'],
    ]);
  });

  it('keeps a quotation inside an answer as a nested quote, the answer’s own words given to its speaker', () => {
    const answer = 'Of course, and some nights I stand in the wings and ask, “Why would anyone stop?” But we will.';
    const book = buildQuoteBook([story('nested', [LEDE, `Hale: ${answer}`, `Kerr: ${KERR}`])]);
    expect(given(book).slice(0, 2)).toEqual([
      `Tom Hale | transcript | ${answer}`,
      expect.stringMatching(/ \| Why would anyone stop\?$/u),
    ]);
    expect(book.quotes[1]?.method).not.toBe('transcript');
  });

  it('leaves a quotation inside an interviewer’s question to nobody', () => {
    const book = buildQuoteBook([
      story('asked', [
        LEDE,
        'Radiowave: Have you ever said, “This is too much fun to give up”?',
        `Hale: ${HALE}`,
        `Kerr: ${KERR}`,
      ]),
    ]);
    expect(given(book).slice(0, 2)).toEqual([
      '- | transcript | Have you ever said, “This is too much fun to give up”?',
      '- | transcript | This is too much fun to give up',
    ]);
  });
});

describe('labels before quotations in marks', () => {
  it('reads ‘NAME: "…"’ as a colon lead-in when an apostrophe (“I’ve”) comes early in the quotation', () => {
    const book = buildQuoteBook([
      story('earnings-call', [
        'Chief executive Tomas Ekberg told analysts on the call that the plant would reopen in May.',
        'Chief financial officer Lena Ruud said the company would keep its spending low until the autumn.',
        'Omar Lindqvist, Fjord Capital: "Tomas, you have called the bottom before. Why is this quarter different?"',
        'Tomas Ekberg: "I\'ve heard that one before, and it is fair. But rival trucks are finally leaving the road."',
        'Ruth Adeyemi-Sloane, Harbour Securities: "Which part of the growth comes from new clients?"',
        'Lena Ruud: "It\'s mostly clients we already served, about two in every three."',
      ]),
    ]);
    expect(given(book)).toEqual([
      'Omar Lindqvist | colon | Tomas, you have called the bottom before. Why is this quarter different?',
      "Tomas Ekberg | colon | I've heard that one before, and it is fair. But rival trucks are finally leaving the road.",
      'Ruth Adeyemi-Sloane | colon | Which part of the growth comes from new clients?',
      "Lena Ruud | colon | It's mostly clients we already served, about two in every three.",
    ]);
  });
});

describe('bare questions: whose answers', () => {
  /** A lede naming two people, then a heading and the line under it, then three questions answered in marks. */
  function markedAnswers(id: string, heading: string, underHeading: string): string[] {
    const book = buildQuoteBook([
      story(id, [
        'Chief medical officer Dr Ines Varga told analysts the trial had met both of its goals.',
        'Analyst Tomas Reed of Fjord Capital said the results were better than he had expected.',
        heading,
        underHeading,
        'When will you ask for approval?',
        '“Once the second study reports next spring, within weeks of that.”',
        'Can your own plant make enough?',
        '“For the launch, yes. For the years after that we are talking to partners.”',
        'Why would doctors switch?',
        '“One jab a month instead of one a week is a real change in a patient’s life.”',
      ]),
    ]);
    return given(book).map((line) => line.split(' | ').slice(0, 2).join(' | '));
  }
  const VARGA_ANSWERS = ['Ines Varga | transcript', 'Ines Varga | transcript', 'Ines Varga | transcript'];

  it('gives answers printed in marks to the one person the section under its heading names', () => {
    expect(
      markedAnswers(
        'bare-marked',
        'Three questions for the medical chief',
        'We asked Dr Varga three questions after the call.',
      ),
    ).toEqual(VARGA_ANSWERS);
  });

  it('gives answers printed in marks to the one person the heading names when the section under it names nobody', () => {
    expect(
      markedAnswers(
        'bare-headed',
        'Three questions for Dr Ines Varga',
        'The medical chief took our questions after the call.',
      ),
    ).toEqual(VARGA_ANSWERS);
  });

  it('gives bare answers to the one person the title names when the prose before names several', () => {
    const book = buildQuoteBook([
      story(
        'bare-titled',
        [
          'Harbour prop Owain Prydderch, 29, is to run the city marathon next month for a mental health charity.',
          'Foundation chief executive Dr Ann Mercer said: “Owain has backed the programme since day one.”',
          'Why this charity?',
          'I went through a dark winter two years ago and told nobody at the club.',
          'How are the long runs?',
          'Painful. Front-row forwards are made for short bursts, not for hours on the road.',
          'What is your target time?',
          'Anything under five hours. The lads have a bet that I will not manage it.',
        ],
        { title: 'Owain Prydderch to run the marathon for the foundation' },
      ),
    ]);
    expect(given(book).map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual([
      'Ann Mercer | before',
      'Owain Prydderch | transcript',
      'Owain Prydderch | transcript',
      'Owain Prydderch | transcript',
    ]);
  });

  it('gives “Q: …” questions to the one person the prose names as asking them', () => {
    const book = buildQuoteBook([
      story('asker', [
        'Mara Quint caught up with the harbour master, Olek Brandvold, before the regatta.',
        'Q: How many boats are entered this year?',
        'A: Sixty-one, which is more than we have ever had on the water at once.',
        'Q: And the weather?',
        'A: Calm in the morning and a stiff breeze after lunch, which is what the crews want.',
      ]),
    ]);
    expect(given(book)).toEqual([
      'Mara Quint | transcript | How many boats are entered this year?',
      '- | transcript | Sixty-one, which is more than we have ever had on the water at once.',
      'Mara Quint | transcript | And the weather?',
      '- | transcript | Calm in the morning and a stiff breeze after lunch, which is what the crews want.',
    ]);
    expect(book.quotes[0]?.cue).toBe('Q: (interview question)');
  });

  it('gives a counsel’s “Question: …” turns to the one a role brings in after “cross-examination by”', () => {
    const book = buildQuoteBook([
      story('court', [
        'Under cross-examination by defence counsel, Ms Tilde Armitage, the witness kept to her account of the night.',
        'Question: You were at the depot until midnight, were you not?',
        'Answer: Until about eleven, and then I drove home by the coast road.',
        'Question: Did anyone see you leave?',
        'Answer: The night porter did, and he waved to me from the gate.',
      ]),
    ]);
    expect(given(book).filter((line) => line.startsWith('Tilde Armitage'))).toEqual([
      'Tilde Armitage | transcript | You were at the depot until midnight, were you not?',
      'Tilde Armitage | transcript | Did anyone see you leave?',
    ]);
  });

  it('leaves “Q: …” questions to nobody when the prose names two people as asking', () => {
    const book = buildQuoteBook([
      story('two-askers', [
        'Mara Quint spoke to the skipper, and Jonas Feld talked to the harbour master, Olek Brandvold.',
        'Q: How many boats are entered this year?',
        'A: Sixty-one, which is more than we have ever had on the water at once.',
        'Q: And the weather?',
        'A: Calm in the morning and a stiff breeze after lunch, which is what the crews want.',
      ]),
    ]);
    expect(book.quotes.filter((q) => q.text.endsWith('?')).map((q) => q.speaker)).toEqual([null, null]);
  });

  it('reads the people an interviewer’s question names, for the pronouns of the answer after it', () => {
    const book = buildQuoteBook([
      story('named-in-question', [
        'Ines Carvalho talked to the young keeper, Gemma Tolland, after her first cup final.',
        'IC: What did your coach, Rhona Maddock, tell you before the penalties?',
        'GT: She said, “Stay big and wait for them to choose.” So I did, and it worked twice.',
        'IC: And afterwards?',
        'GT: Nothing. She just laughed and hugged me, and then the whole squad landed on top of us.',
      ]),
    ]);
    expect(given(book)).toContain('Rhona Maddock | nested | Stay big and wait for them to choose.');
  });

  for (const word of [...INTERVIEW_LEDE_WORDS].sort())
    it(`gives bare answers to the one person the paragraph before the questions names when it says “${word}”`, () => {
      const book = buildQuoteBook([
        story(`lede-${word}`, [
          'Coach Ruud Vos and captain Jan Mols said their side would recover from the loss.',
          `For this part, club doctor Mabel Tarrow took the ${word} below.`,
          ...BARE_QA,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Mabel Tarrow',
        'Mabel Tarrow',
        'Mabel Tarrow',
      ]);
    });

  it('leaves bare answers to nobody when the paragraph before the questions says nothing of asking', () => {
    const book = buildQuoteBook([
      story('lede-none', [
        'Coach Ruud Vos and captain Jan Mols said their side would recover from the loss.',
        'Club doctor Mabel Tarrow joked that the physio room had never been busier.',
        ...BARE_QA,
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null, null, null]);
  });
});

describe('a quote inside an interviewer’s question', () => {
  const lines = (question: string): string[] => [
    'Harbour minister Ines Pardew sat down with the Courier this week to talk about the shop licensing bill.',
    'This conversation has been shortened a little for print.',
    'Q: Why bring the bill now?',
    'A: Because the corner shops asked us to. They have waited ten years for this.',
    question,
    'A: No. It is a bill for shopkeepers, and most of them know it.',
  ];

  it('gives it to the person the question credits it to (“Q: The critic, NAME, says the bill is “…”.”)', () => {
    const book = buildQuoteBook([
      story(
        'nested-question',
        lines('Q: The opposition critic, Marcel Tremont, says the bill is “a tax on corner shops.” Is he wrong?'),
      ),
    ]);
    expect(given(book).filter((line) => line.endsWith('| a tax on corner shops.'))).toEqual([
      'Marcel Tremont | before | a tax on corner shops.',
    ]);
  });

  it('leaves it to nobody when the question credits it to nobody named (“Q: Critics say the bill is “…”.”)', () => {
    const book = buildQuoteBook([
      story('nested-question', lines('Q: Critics say the bill is “a tax on corner shops.” Are they wrong?')),
    ]);
    expect(given(book).filter((line) => line.endsWith('| a tax on corner shops.'))).toEqual([
      '- | transcript | a tax on corner shops.',
    ]);
  });
});

describe('a he or she crediting a quote inside a question', () => {
  it('gives the quote to nobody when the turn names nobody the pronoun could be (“She called the bill “…”. Is she right?”)', () => {
    const book = buildQuoteBook([
      story('pronoun-question', [
        'Harbour minister Ines Pardew sat down with the Courier this week to talk about the shop licensing bill.',
        'This conversation has been shortened a little for print.',
        'Q: Why bring the bill now?',
        'A: Because the corner shops asked us to. They have waited ten years for this.',
        'Q: The mayor has been scathing. She called the bill “a gift to the supermarkets.” Is she right?',
        'A: No. It is a bill for shopkeepers, and most of them know it.',
      ]),
    ]);
    expect(given(book).filter((line) => line.endsWith('| a gift to the supermarkets.'))).toEqual([
      '- | transcript | a gift to the supermarkets.',
    ]);
  });
});
