// The transcript layout on its own: which paragraphs of an invented article are whose turns.
import { describe, expect, it } from 'vitest';
import {
  type LayoutParagraph,
  INITIALS_LABEL,
  labelledNames,
  MAX_ANSWER_PARAGRAPHS,
  mayHoldTranscript,
  MIN_BARE_PAIRS,
  MIN_LEDE_PAIRS,
  NOT_SPEAKER_LABELS,
  QUESTION_OPENERS,
  REPORTING_LEAD_WORDS,
  transcriptTurns,
} from '../../src/quotes/transcriptLayout.ts';
import { BARE_QA } from './fixtures.ts';

/** A title and body paragraphs. */
function page(...body: string[]): LayoutParagraph[] {
  return [
    { kind: 'title', text: 'Band looks back on a long road' },
    ...body.map((text) => ({ kind: 'body' as const, text })),
  ];
}

/** Each turn as "paragraphs label answer". */
function shape(paragraphs: LayoutParagraph[]): string[] {
  return transcriptTurns(paragraphs).map((t) => `${t.paragraphs.join(',')} ${t.label ?? '-'} ${t.answer ? 'A' : 'Q'}`);
}

const LEDE = 'Guitarist Tom Hale and drummer Ann Kerr sat down with Radiowave before the last show of their tour.';

describe('transcriptTurns: speaker labels', () => {
  it('reads “Surname: …” paragraphs as answers and the interviewer’s shorter turns as questions', () => {
    const paragraphs = page(
      LEDE,
      'Radiowave: Have there been nights when you wanted to stop?',
      'Hale: Absolutely, but the crowd pulls you back every night, and you walk off thinking about the next one.',
      'Kerr: Well, I don’t think we will ever stop. That is the exciting thing for us after all these years on the road.',
      'Radiowave: What about the new record?',
      'Hale: We started writing in the winter, and we need a little time in the studio before anything is finished.',
    );
    expect(shape(paragraphs)).toEqual(['2 Radiowave Q', '3 Hale A', '4 Kerr A', '5 Radiowave Q', '6 Hale A']);
    expect(transcriptTurns(paragraphs)[1]).toMatchObject({ form: 'label', names: ['Tom Hale'], opens: 2 });
    expect(transcriptTurns(paragraphs)[1]?.from).toBe('Hale: '.length);
  });

  it('marks the interviewer’s turns as questions, and a “Q:” mark’s, but no answer', () => {
    const labelled = page(
      LEDE,
      'Radiowave: Have there been nights when you wanted to stop?',
      'Hale: Absolutely, but the crowd pulls you back every night, and you walk off thinking about the next one.',
      'Radiowave: What about the new record?',
      'Kerr: We started writing in the winter, and we need a little time in the studio before anything is finished.',
    );
    expect(transcriptTurns(labelled).map((t) => t.question)).toEqual([true, false, true, false]);
    const marked = page(
      'We spoke to the novelist Ilse Voss about her new book and her years abroad.',
      'Q: What made you return to the town where you grew up?',
      'A: I missed the sea and the people, and I wanted my children to know both.',
      'Q: Will you stay?',
      'A: For now, yes, though the winters here are long and dark.',
    );
    expect(transcriptTurns(marked).map((t) => `${t.label} ${t.question}`)).toEqual([
      'Q true',
      'A false',
      'Q true',
      'A false',
    ]);
  });

  for (const opener of [...QUESTION_OPENERS].sort()) {
    it(`reads an interviewer’s turns opening with “${opener}” as questions, with no question mark`, () => {
      const word = opener.charAt(0).toUpperCase() + opener.slice(1);
      const paragraphs = page(
        'Guitarist Tom Hale and drummer Ann Kerr spoke to the writer Lena Moss before the show.',
        `Moss: ${word} the band plans a new record.`,
        'Hale: We started writing in the winter, and we need a little time in the studio before it is done.',
        `Moss: ${word} the tour ends in May.`,
        'Kerr: It ends at home, in the hall where we played our very first show as teenagers.',
      );
      expect(shape(paragraphs)).toEqual(['2 Moss Q', '3 Hale A', '4 Moss Q', '5 Kerr A']);
    });
  }

  it('reads question and answer marks (“Q: …” ¶ “A: …”) without quotation marks as a transcript', () => {
    const paragraphs = page(
      'We spoke to the novelist Ilse Voss about her new book.',
      'Q: What made you return to the town where you grew up?',
      'A: I missed the sea and the people, and I wanted my children to know both.',
      'Question: Will you stay?',
      'Answer: For now, yes, though the winters here are long and dark.',
    );
    expect(shape(paragraphs)).toEqual(['2 Q Q', '3 A A', '4 Question Q', '5 Answer A']);
    expect(transcriptTurns(paragraphs)[1]).toMatchObject({ form: 'marks', names: [], opens: 2 });
  });

  it('reads no transcript from answer marks over whole quotations (“A: “…””), left to the interview rule', () => {
    const paragraphs = page(
      'We spoke to the novelist Ilse Voss about her new book.',
      'Q: What made you return to the town where you grew up?',
      'A: “I missed the sea and the people, and I wanted my children to know both.”',
      'Q: Will you stay?',
      'A: “For now, yes, though the winters here are long and dark.”',
    );
    expect(shape(paragraphs)).toEqual([]);
  });

  it('reads a full name as a label', () => {
    const paragraphs = page(
      LEDE,
      'Tom Hale: We never planned a last tour, it simply happened once the dates were booked.',
      'Ann Kerr: Nobody believed us when we said it, but the dates sold out within a single week.',
    );
    expect(shape(paragraphs)).toEqual(['2 Tom Hale A', '3 Ann Kerr A']);
  });

  it('reads initials of names written in full, with the unlabelled paragraphs after an answer up to the next label', () => {
    const paragraphs = page(
      'by: Lena Moss',
      'Pia Brandt – playwright, in residence at the harbour theatre this spring.',
      'LM: How would you describe the new play?',
      'PB: It is a comedy about a funeral.',
      'It has ten songs, and most of them are sad ones.',
      'LM: When does it open?',
      'PB: In April, if the last rewrites are finished by then and the cast is still speaking to me.',
    );
    expect(shape(paragraphs)).toEqual(['3 LM Q', '4,5 PB A', '6 LM Q', '7 PB A']);
    expect(transcriptTurns(paragraphs)[1]).toMatchObject({ form: 'initials', names: ['Pia Brandt'] });
  });

  it('reads four capitals as initials with a particle’s letters when no name of the prose ends in them, else as a surname', () => {
    const initialled = page(
      'by: Lena Moss',
      'Student president Marta de la Vega spoke to us after the count.',
      'LM: What happens to the plan now?',
      'MDLV: It is on hold until the board meets again in the spring.',
      'LM: Did the campaign make mistakes?',
      'MDLV: Probably we started too late, and the other side was ready long before us.',
    );
    const surname = page(
      'by: Lena Moss',
      'Astronomer Mei Lund spoke to us after the paper came out.',
      'LM: Are the results certain?',
      'LUND: Very. We have five of the seven distances measured twice already.',
      'LM: What comes next?',
      'LUND: We have telescope time next year for three more fields of the sky.',
    );
    expect([transcriptTurns(initialled)[1], transcriptTurns(surname)[1]]).toMatchObject([
      { form: 'initials', names: ['Marta de la Vega'] },
      { form: 'label', names: ['Mei Lund'] },
    ]);
  });

  it('reads no transcript from one labelled answer', () => {
    expect(
      shape(page(LEDE, 'Hale: We never planned a last tour, it simply happened once the dates were booked.')),
    ).toEqual([]);
  });

  it('reads no transcript from labels that name nobody the article writes of', () => {
    const paragraphs = page(
      'The storm closed the coast road for two days, officials said on Sunday.',
      'Marsh: The water rose faster than anyone expected along the lower road.',
      'Dunn: Crews worked through the night to clear the fallen trees from the bridge.',
    );
    expect(shape(paragraphs)).toEqual([]);
  });

  it('reads no transcript from a roundup’s labels over whole quotations (“Name: “…””)', () => {
    const paragraphs = page(
      LEDE,
      'Tom Hale: “We never planned a last tour, it simply happened once the dates were booked.”',
      'Ann Kerr: “Nobody believed us when we said it, but the dates sold out within a single week.”',
    );
    expect(shape(paragraphs)).toEqual([]);
  });

  it('reads no transcript from a roundup’s side labels over a named person’s reported words (“Side: NAME, role, said: “…””)', () => {
    const paragraphs = page(
      'The regatta ended on Sunday with the Harbour Rovers boat on top and their rivals Osprey Racing third.',
      'Harbour Rovers: Tom Hale, helmsman, said: “We sailed the long way round the buoy, and it paid off.”',
      'Harbour Rovers: Ann Kerr, tactician, said: “The wind turned twice in the last hour and we turned with it.”',
      'Osprey Racing: Dev Osei, skipper, said: “Third is a fair reward for a young crew.”',
    );
    expect(shape(paragraphs)).toEqual([]);
  });

  it('keeps a labelled turn that reports a named person’s words when most turns do not', () => {
    const paragraphs = page(
      LEDE,
      'Hale: Ann Kerr, our drummer, said: “We cannot go on like this.” And she was right, so we stopped.',
      'Kerr: We took a year off and came back to the studio with twelve new songs and no deadline.',
    );
    expect(shape(paragraphs)).toEqual(['2 Hale A', '3 Kerr A']);
  });

  it(`keeps a turn that quotes somebody after a first sentence, or after more than ${REPORTING_LEAD_WORDS} words`, () => {
    const paragraphs = page(
      LEDE,
      'Hale: Very much so. A fan wrote to us last spring and said, “Play the old songs first.” So we did.',
      'Kerr: The promoter who booked the first tour for us in the north said, “Never again.” He came back anyway.',
    );
    expect(shape(paragraphs)).toEqual(['2 Hale A', '3 Kerr A']);
  });

  it('reads a labelled answer that opens with a short quoted title as an answer', () => {
    const paragraphs = page(
      LEDE,
      'Hale: “Low Tide” was written in one night, on a ferry, with a borrowed guitar and no sleep at all.',
      'Kerr: It took me a month to learn the drum part, and I still miss the second break.',
    );
    expect(shape(paragraphs)).toEqual(['2 Hale A', '3 Kerr A']);
  });

  it('reads no transcript from minutes whose labels bring in reported speech in lower case', () => {
    const paragraphs = page(
      'Councillors Tom Hale and Ann Kerr debated the petition on Monday night.',
      'HALE: said the petition had no legal standing and should be noted.',
      'KERR: thought the council should answer every resident who signed it.',
    );
    expect(shape(paragraphs)).toEqual([]);
  });

  it('reads no transcript from datelines', () => {
    const paragraphs = page(
      'NEW DELHI: The city shut its schools for a week as the smog over New Delhi thickened on Monday.',
      'NEW DELHI: Flights were diverted from the airport for a second day, officials in New Delhi said.',
    );
    expect(shape(paragraphs)).toEqual([]);
  });

  for (const label of [...NOT_SPEAKER_LABELS].sort()) {
    it(`reads no transcript from “${label}:” paragraphs`, () => {
      const written = label.charAt(0).toUpperCase() + label.slice(1);
      const paragraphs = page(
        `The band's drummer, ${written} Hale, spoke after the show on Friday night.`,
        `${written}: Fans queued overnight outside the hall for the last tickets.`,
        `${written}: The band plays the harbour stage again in May, the promoter said.`,
      );
      expect(shape(paragraphs)).toEqual([]);
    });
  }
});

describe('transcriptTurns: bare questions', () => {
  const QA = BARE_QA;

  it(`reads ${MIN_BARE_PAIRS} question lines and their answers as the interviewee’s answers`, () => {
    const paragraphs = page(
      'Coach Ruud Vos said after Saturday’s home defeat that his young side would recover quickly from the loss.',
      ...QA,
    );
    expect(transcriptTurns(paragraphs).map((t) => t.paragraphs)).toEqual([[3], [5], [7]]);
    expect(transcriptTurns(paragraphs)[0]).toMatchObject({ form: 'bare', label: null, answer: true, opens: 2 });
  });

  it('reads no question in a line a short label and a colon open (“Q&A: Where to from here?”), a section’s heading', () => {
    const paragraphs = page(
      'Coach Ruud Vos said his side would recover.',
      'Q&A: Where to from here?',
      'We put three questions to the coach after the match.',
      ...QA,
    );
    expect(transcriptTurns(paragraphs).map((t) => t.paragraphs)).toEqual([[5], [7], [9]]);
    expect(transcriptTurns(paragraphs)[0]?.opens).toBe(4);
  });

  it(`reads ${MIN_LEDE_PAIRS} question lines as a transcript after a paragraph that speaks of asking them`, () => {
    const paragraphs = page(
      'Coach Ruud Vos said his side would recover.',
      'We caught up with the hero of the afternoon in the tunnel once the crowd had gone.',
      'Were you nervous?',
      '“A little. I had missed an easier one in the first half, so I wanted this one badly.”',
      'What did your father say to you afterwards?',
      '“He said he was proud, then told me to practise my left foot.”',
    );
    expect(transcriptTurns(paragraphs).map((t) => t.paragraphs)).toEqual([[4], [6]]);
  });

  it(`reads no transcript from ${MIN_LEDE_PAIRS} question lines after such a paragraph when the answers are prose`, () => {
    const paragraphs = page(
      'Police caught a man on camera breaking into the pharmacy on Saturday night.',
      'How did he get in?',
      'He climbed on to the roof and forced a skylight, officers said.',
      'What did he take?',
      'Cash and a quantity of prescription drugs, police believe.',
    );
    expect(transcriptTurns(paragraphs)).toEqual([]);
  });

  it(`reads no transcript from ${MIN_BARE_PAIRS - 1} question lines`, () => {
    expect(transcriptTurns(page('Coach Ruud Vos said his side would recover.', ...QA.slice(0, 4)))).toEqual([]);
  });

  it('gives the last question one answer paragraph: what follows may be the writer’s again', () => {
    const paragraphs = page('Coach Ruud Vos said his side would recover.', ...QA, 'The club plays again on Sunday.');
    expect(transcriptTurns(paragraphs).map((t) => t.paragraphs)).toEqual([[3], [5], [7]]);
  });

  it(`reads a question followed by more than ${MAX_ANSWER_PARAGRAPHS} paragraphs as the writer’s own`, () => {
    const prose = Array.from(
      { length: MAX_ANSWER_PARAGRAPHS + 1 },
      (_, i) => `The league met for the ${i + 1}th time.`,
    );
    const paragraphs = page(
      'Coach Ruud Vos said his side would recover.',
      'So what went wrong?',
      ...prose,
      ...QA.slice(0, 4),
    );
    expect(transcriptTurns(paragraphs)).toEqual([]);
  });

  it('reads no answer from a paragraph with quotation marks', () => {
    const quoted = [...QA.slice(0, 5), '“We lost,” the captain said, “and that is all there is to it.”'];
    expect(transcriptTurns(page('Coach Ruud Vos said his side would recover.', ...quoted))).toEqual([]);
  });
});

describe('transcriptTurns: bare prompts before answers printed whole in marks', () => {
  const LEAD = 'Union leader Brynja Aasland met us in her office on the ninth day of the walkout.';

  it('reads a short statement put to the interviewee between two quoted answers as a prompt', () => {
    const paragraphs = page(
      LEAD,
      'What is the real issue here?',
      '“Respect. Graduates train for years and then earn less than the people who build the schools.”',
      'The employers say your demand would cost two billion they do not have.',
      '“That figure gets quoted a lot. What it leaves out is the price of classrooms with no teacher.”',
      'Will the strike spread to the upper schools?',
      '“The board decides that, and I would not bet against it.”',
    );
    expect(transcriptTurns(paragraphs).map((t) => t.paragraphs)).toEqual([[3], [5], [7]]);
  });

  it('reads a statement and a question in one short paragraph as a question before a quoted answer', () => {
    const paragraphs = page(
      LEAD,
      'What is the real issue here?',
      '“Respect. Graduates train for years and then earn less than the people who build the schools.”',
      'Your partner teaches physics and walked out as well. How are the evenings at home?',
      '“Very quiet, and we argue about the pay scales over the washing-up.”',
      'Will the strike spread to the upper schools?',
      '“The board decides that, and I would not bet against it.”',
    );
    expect(transcriptTurns(paragraphs).map((t) => t.paragraphs)).toEqual([[3], [5], [7]]);
  });

  it('reads no prompt, and so no transcript, in a paragraph that brings somebody in by name', () => {
    const paragraphs = page(
      LEAD,
      'What does she make of the plan?',
      '“I think it is madness. We were never asked what we wanted here.”',
      'Her neighbour Tom Berg, 34, sees it differently.',
      '“We need the houses. My kids will never afford to live here otherwise.”',
      'Will the strike spread to the upper schools?',
      '“The board decides that, and I would not bet against it.”',
    );
    expect(transcriptTurns(paragraphs)).toEqual([]);
  });

  it('reads no transcript when statements, not questions, open the run of quoted answers', () => {
    const paragraphs = page(
      LEAD,
      'The walkout started on a Tuesday when talks with the councils broke down.',
      '“Respect. Graduates train for years and then earn less than the people who build the schools.”',
      'The employers say her demand would cost two billion they do not have.',
      '“That figure gets quoted a lot. What it leaves out is the price of classrooms with no teacher.”',
      'Parents are getting frustrated with the closures.',
      '“The board decides that, and I would not bet against it.”',
    );
    expect(transcriptTurns(paragraphs)).toEqual([]);
  });
});

describe('labelledNames', () => {
  const runs = [
    ['Vocalist', 'Tom', 'Hale'],
    ['Ann', 'Kerr'],
    ['Pia', 'Brandt'],
  ];
  it('finds the full name a surname, a full name or initials stand for', () => {
    expect(labelledNames('Hale', 'label', runs)).toEqual(['Tom Hale']);
    expect(labelledNames('Ann Kerr', 'label', runs)).toEqual(['Ann Kerr']);
    expect(labelledNames('PB', 'initials', runs)).toEqual(['Pia Brandt']);
  });
  it('finds none for a given name alone', () => {
    expect(labelledNames('Ann', 'label', runs)).toEqual([]);
  });
  it('finds the name whose initials take one letter from each part of a hyphenated surname (“AKD”) or from its first part (“AK”)', () => {
    const hyphenated = [
      ['Chief', 'Executive', 'Ann', 'Kerr-Dale'],
      ['Tom', 'Hale'],
    ];
    expect([
      labelledNames('AKD', 'initials', hyphenated),
      labelledNames('AK', 'initials', hyphenated),
      labelledNames('TH', 'initials', hyphenated),
      labelledNames('AD', 'initials', hyphenated),
    ]).toEqual([['Ann Kerr-Dale'], ['Ann Kerr-Dale'], ['Tom Hale'], []]);
  });
  it('reads initials with a particle’s letters in lower case as a label (“HvdB:”), and finds the name with its particles', () => {
    expect([INITIALS_LABEL.exec('HvdB: Forty years is enough.')?.[1], INITIALS_LABEL.exec('Mr: Yes.')]).toEqual([
      'HvdB',
      null,
    ]);
    expect(labelledNames('HvdB', 'initials', [['Helena', 'van', 'der', 'Berg']])).toEqual(['Helena van der Berg']);
    const turns = transcriptTurns(
      page(
        'We spoke to the choir director, Helena van der Berg, the morning after the last concert.',
        'AW: Why stop now?',
        'HvdB: Forty years is enough, and the altos deserve someone with younger ears.',
        'AW: What happens to the Christmas concert?',
        'HvdB: It goes ahead, and my deputy knows every part better than I do.',
      ),
    );
    expect(turns.filter((t) => t.answer).map((t) => [t.label, t.names])).toEqual([
      ['HvdB', ['Helena van der Berg']],
      ['HvdB', ['Helena van der Berg']],
    ]);
  });

  it('finds the name whose hyphenated given name gives one letter alone (“JH” for Jo-Ann Hale)', () => {
    const given = [
      ['Jo-Ann', 'Hale'],
      ['Lee', 'Park-Moss'],
    ];
    expect([
      labelledNames('JH', 'initials', given),
      labelledNames('JAH', 'initials', given),
      labelledNames('LP', 'initials', given),
      labelledNames('LM', 'initials', given),
    ]).toEqual([['Jo-Ann Hale'], ['Jo-Ann Hale'], ['Lee Park-Moss'], []]);
  });

  it('reads an answer opening with a stage direction in brackets (“(smiles) A strike over what?”), not one in lower case after it', () => {
    const turns = (answer: string) =>
      transcriptTurns(
        page(
          'We spoke to the dam’s chief executive, Ines Barros, about the new visitor fee.',
          'Q: Will you review the fee?',
          'Barros: The fee is new, and we will see how the season goes before anything changes.',
          'Q: And the guides who talk of a strike?',
          `Barros: ${answer}`,
        ),
      ).filter((t) => t.answer).length;
    expect([turns('(in English) A strike over what?'), turns('(laughs, pauses) A strike over what?')]).toEqual([2, 2]);
    // (With one labelled answer left, there is no transcript at all.)
    expect([
      turns('(smiles) A strike over what? The trail is still open.'),
      turns('(smiles) a strike over what?'),
    ]).toEqual([2, 0]);
  });

  it('reads the answers of a transcript whose interviewee is labelled in full once, then by initials from a hyphenated surname', () => {
    const turns = transcriptTurns(
      page(
        'We spoke with Councillor Ines Barros-Lima, who wrote the bylaw. This interview has been edited.',
        'Harbour Weekly: Will fares rise?',
        'Ines Barros-Lima: They said so last year as well, and they did not.',
        'HW: What comes next?',
        'IB: Enforcement, from the first of January.',
      ),
    );
    expect(turns.filter((t) => t.answer).map((t) => [t.label, t.names])).toEqual([
      ['Ines Barros-Lima', ['Ines Barros-Lima']],
      ['IB', ['Ines Barros-Lima']],
    ]);
  });
});

describe('mayHoldTranscript', () => {
  /** A text of body paragraphs, one a line, with their offsets. */
  function text(...lines: string[]): [string, { kind: 'body'; start: number; end: number }[]] {
    let at = 0;
    const paragraphs = lines.map((line) => {
      const p = { kind: 'body' as const, start: at, end: at + line.length };
      at += line.length + 1;
      return p;
    });
    return [lines.join('\n'), paragraphs];
  }
  it('looks further at two labelled paragraphs', () => {
    expect(mayHoldTranscript(...text('A lede.', 'Hale: Yes.', 'Kerr: No.'))).toBe(true);
  });
  it(`looks further at ${MIN_LEDE_PAIRS} paragraphs ending in a question mark`, () => {
    expect(mayHoldTranscript(...text('Why?', 'Because.', 'How?', 'Slowly.'))).toBe(true);
  });
  it('leaves an article with one label and one question at that', () => {
    expect(mayHoldTranscript(...text('Hale: Yes.', 'Why?', 'Because.', 'Slowly.'))).toBe(false);
  });
});
