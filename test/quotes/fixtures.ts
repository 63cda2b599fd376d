// Small invented news articles for the quote tests, built through the real ingestion (cleaning, sentences).
import { buildQuoteBook, type QuoteBookOptions } from '../../src/quotes/book.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import type { Article } from '../../src/corpus/types.ts';
import type { Token } from '../../src/quotes/tokens.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences, type Sentence } from '../../src/quotes/frames.ts';

export interface FixtureOptions {
  id: string;
  title: string | null;
  outlet?: string;
  published?: string | null;
}

/** An article from raw lines (title first when given), as the loader would build it. */
export function article(lines: string[], options: FixtureOptions): Article {
  const result = ingestArticle(lines.join('\n'), {
    file: `${options.id}.txt`,
    title: options.title,
    outlet: options.outlet ?? 'Example News',
    url: `https://news.example.com/${options.id}`,
    published: options.published === undefined ? '2024-03-01' : options.published,
  });
  if (!result.ok) throw new Error(`fixture ${options.id} did not ingest: ${result.problem.message}`);
  // Every line is meant as a paragraph; a fixture the cleaner trims would test something else.
  if (result.article.paragraphs.length !== lines.length) {
    const kept = result.article.paragraphs.map((p) => result.article.text.slice(p.start, p.end));
    throw new Error(
      `fixture ${options.id} lost lines in cleaning: ${lines.filter((l) => !kept.includes(l)).join(' | ')}`,
    );
  }
  return result.article;
}

export const WATER_PLAN = article(
  [
    'City council approves new water plan',
    'The city council on Tuesday approved a plan to upgrade the ageing water network, after months of debate over costs and repeated delays.',
    'Mayor Helen Clarke said the vote was “a turning point for every household in the city” and thanked residents for their patience.',
    '“We have waited far too long for this, and residents deserve pipes that do not burst every winter,” Ms Clarke told reporters outside the town hall.',
    'She added that work on the first districts would begin in the spring, once the tenders have been assessed.',
    '“The first contracts will be signed within weeks,” she said.',
    'Opposition leader Tom Brady, who voted against the plan, described the budget as “a fantasy” and urged the council to publish its cost estimates.',
    '“Nobody has seen the real numbers. The council is asking residents to sign a blank cheque,” said the opposition leader.',
    '“If the costs double, who will pay for the difference?”',
    'The council’s chief engineer, Priya Raman, said the network loses a third of its water to leaks every year.',
    '“Every day we lose enough water to fill two swimming pools,” Raman said. “This is the plan that will finally put an end to it.”',
    'The first districts to be connected will be announced at the next council meeting in April, officials said.',
  ],
  { id: 'water', title: 'City council approves new water plan', outlet: 'City Herald', published: '2024-03-05' },
);

export const NURSES_STRIKE = article(
  [
    '‘We will not back down’ – Bianchi',
    'Union leader Marco Bianchi on Monday rejected the government’s latest pay offer, calling it “an insult to every nurse in the country”.',
    '“We have been patient for two years. We were told to wait, and we waited while the cost of living went up and up.',
    '“Now the government must listen to us, or the strikes will continue into the summer,” he said.',
    'The union’s members voted in favour of strike action in last year’s ballot, and the ministers’ talks with them collapsed in March.',
    'Health Minister Sarah Klein said the offer was “fair and final” and warned that the budget could not stretch any further this year.',
    'Bianchi, who has led the union since 2015, wrote a book called “The Long Shift” about his years on the hospital wards.',
    '“We are monitoring the situation closely and we remain open to talks,” the ministry said in a statement on Monday evening.',
    'A hospital spokesman said: “Patients with appointments next week should still attend unless they are contacted by us.”',
  ],
  { id: 'nurses', title: '‘We will not back down’ – Bianchi', outlet: 'Daily Courier', published: '2024-04-02' },
);

export const INFLATION_A = article(
  [
    'Minister vows to defeat inflation',
    'Finance Minister Olaf Lindqvist on Friday promised households that price rises would slow before the end of the year, as he presented the budget.',
    '"Inflation is the enemy of every family, and we will defeat it," Lindqvist said in parliament.',
    'He said energy subsidies would be extended until the winter, at a cost of several billion over the coming year.',
  ],
  { id: 'inflation-a', title: 'Minister vows to defeat inflation', outlet: 'Nordic Times', published: '2024-05-10' },
);

export const INFLATION_B = article(
  [
    'Budget debate: subsidies extended',
    'Mr Lindqvist told parliament on Friday: “Inflation is the enemy of every family and we will defeat it.”',
    'Lindqvst also said that the subsidies for energy bills would be extended until the winter, which the opposition called a bribe.',
    'The budget will be put to a vote in parliament at the end of the month, after the committee stage is over.',
  ],
  { id: 'inflation-b', title: 'Budget debate: subsidies extended', outlet: 'Evening Post', published: '2024-05-11' },
);

export const INFLATION_C = article(
  [
    'Central bank holds rates',
    'The central bank held its main interest rate at four per cent on Thursday, as it waits for more evidence that price rises are slowing.',
    '“Inflation is the enemy of every family, and we will defeat it,” said central bank governor Anna Berg, who spoke to reporters after the decision.',
    'Berg said that the bank would not hesitate to raise rates again if prices started to climb once more in the autumn.',
  ],
  { id: 'inflation-c', title: 'Central bank holds rates', outlet: 'Market Wire', published: null },
);

/** One article of body lines under a plain title, for tests of a single pattern. */
export function story(id: string, body: string[], options: Partial<FixtureOptions> = {}): Article {
  const title = options.title ?? 'Regional news round-up for the week';
  return article([title, ...body], { id, title, ...options });
}

export const TAX_PLEDGE = article(
  [
    'Minister rules out tax rises',
    'Finance Minister Olaf Lindqvist ruled out any increase in income tax this year during a radio interview on Sunday morning.',
    '“Taxes will not rise this year, whatever the opposition claims about our plans for the budget,” Lindqvist said.',
    'He also said that the country’s energy bills would fall by the end of the year as new wind farms came online.',
  ],
  { id: 'tax', title: 'Minister rules out tax rises', outlet: 'Radio North', published: '2024-06-01' },
);

export const WIND_FARMS = article(
  [
    'Wind farms to cut bills, minister says',
    'Finance Minister Olaf Lindqvist visited the new offshore wind farm on the west coast with engineers and local officials.',
    '“Every turbine we build here brings energy bills down for families across the whole country,” said Lindqvist.',
    'The wind farm is expected to power about two hundred thousand homes once all of its turbines are running.',
  ],
  { id: 'wind', title: 'Wind farms to cut bills, minister says', outlet: 'Coastal Gazette', published: null },
);

/** US wire style: "Sen.", "Mr.", ages in commas, "asked X", joint statements, split quotes. */
export const PRIMARY_NIGHT = article(
  [
    'Senator vows to fight on after primary defeat',
    'Sen. Margaret Holloway conceded the primary on Tuesday night but told supporters she would keep campaigning for the causes she believes in.',
    '"We lost a battle tonight, but we did not lose the fight," Holloway, 62, said at a hotel ballroom in the state capital.',
    'Her opponent, state Rep. Daniel Cho, thanked voters in a short speech to his own supporters across town.',
    '"This was a victory for every family that felt ignored," Mr. Cho said. "Now the hard work begins for all of us."',
    '"Why should anyone trust him now?" asked Linda Park, a retired teacher who voted for Holloway in the primary.',
    'Cho and Holloway said in a joint statement: "We will work together to unite the party before November."',
    'In a statement, the state party said the result was "a clear choice by the voters of this district" and congratulated Cho.',
    '"We are ready," Holloway said, "to do whatever it takes to win back the seat in two years."',
    'Holloway’s spokesman said she had "no regrets at all" about the campaign and the way it had been run.',
    'Holloway’s campaign manager, Eric Stone, told The Associated Press: "She is not going anywhere, believe me."',
    '"She ran a clean race and she should be proud of it," Holloway’s campaign manager said on Wednesday.',
  ],
  {
    id: 'primary',
    title: 'Senator vows to fight on after primary defeat',
    outlet: 'Wire Service',
    published: '2024-08-07',
  },
);

/** British style: single-quoted headline and quote, appositive roles, "according to", unnamed sources. */
export const BUDGET_PROMISE = article(
  [
    'Smith: ‘We will not raise taxes’',
    'The Chancellor, Rachel Smith, has ruled out increases to income tax, national insurance or VAT in next month’s Budget.',
    'Speaking on the BBC’s Sunday programme, she said: ‘Working people have paid enough and they will not pay more.’',
    'Labour’s shadow chancellor, Peter Grant, said the promise was “not worth the paper it is written on” and accused her of hiding cuts.',
    '“The Chancellor knows the numbers do not add up, and she knows that the public knows it too,” Mr Grant said.',
    'According to the Institute for Fiscal Studies, “the gap in the public finances will have to be closed somehow” in the coming years.',
    'A Treasury spokesperson said: “We do not comment on speculation ahead of the Budget.”',
    '“It is a gamble,” said one senior Conservative MP, who asked not to be named. “But it might just work.”',
  ],
  { id: 'budget', title: 'Smith: ‘We will not raise taxes’', outlet: 'London Daily', published: '2024-02-25' },
);

/**
 * Tokens of a sentence written with spaces between tokens ("Ann said : QUOTE"), offsets as if so written: a word
 * starts with a letter or digit, the word QUOTE stands for a quotation, anything else is punctuation.
 */
export function spacedTokens(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((w) => {
    const kind: Token['kind'] = w === 'QUOTE' ? 'quote' : /^[\p{L}\p{N}]/u.test(w) ? 'word' : 'punct';
    const token: Token = {
      kind,
      text: w,
      start: at,
      end: at + w.length,
      lower: kind === 'word' ? w.toLowerCase() : '',
      capital: /^\p{Lu}/u.test(w),
    };
    at += w.length + 1;
    return token;
  });
}

/** The speaker's name (null for nobody) of each quote of a one-story book built from `lines` with `options`. */
export function quoteSpeakers(lines: string[], options: QuoteBookOptions = {}): (string | null)[] {
  const book = buildQuoteBook([story('speakers', lines)], options);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? '?')));
}

/** Each quote of a one-story book as [its first three words, its speaker's name or null, the cue that named them]. */
export function attributed(lines: string[]): [string, string | null, string | null][] {
  const book = buildQuoteBook([story('reader', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.cue,
  ]);
}

/** A coach's answers to bare question lines after the match (invented), as transcripts print them: question, answer. */
export const BARE_QA: readonly string[] = [
  'What went wrong in the second half?',
  'We stopped pressing after the break and let them play. The equaliser came from our own corner, which hurts.',
  'Are the players tired?',
  'Tired, and angry with themselves, and they should be after a second half like that one.',
  'Will you change the team on Sunday?',
  'Two or three places, maybe. The doctors will tell me more about the injuries tomorrow morning.',
];

/**
 * The first heading of a roundup page (its title, a lead, then `lines`: a heading and what stands under it) and the
 * sentence right below it, as the attribution reads them. Throws when the cleaner kept no heading.
 */
export function roundupHeading(...lines: string[]): [Sentence, Sentence | undefined] {
  const a = article(
    [
      'What the managers said',
      'The managers had plenty to say after a weekend of cup football in the north.',
      ...lines,
    ],
    { id: 'roundup-heading', title: 'What the managers said' },
  );
  const sentences = articleSentences(a, extractQuotes(a));
  const at = sentences.findIndex((s) => s.kind === 'heading');
  const sentence = sentences[at];
  if (!sentence) throw new Error('the heading was not kept as a heading');
  return [sentence, sentences[at + 1]];
}
