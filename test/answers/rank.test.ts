import { describe, expect, it } from 'vitest';
import { FAR_ENTITY, PARTLY_WANTED } from '../../src/answers/answerType.ts';
import {
  articleMatches,
  CANDIDATE_PASSAGES,
  MIN_RELATIVE_RETRIEVAL,
  RANK_FEATURES,
  rankSentences,
  SCORE_WEIGHTS,
  scoreOf,
  TAGGED_CANDIDATES,
} from '../../src/answers/rank.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';

const text = [
  'A federal judge on Tuesday blocked the city council from selling the old harbour warehouse to a private developer, a spokesman for Mayor Linda Hart said.',
  'District Judge Aaron Pell wrote that the council had not consulted the public before agreeing to the sale.',
  'The council has thirty days to appeal the ruling.',
].join(' ');
const ingested = ingestArticle(text, {
  file: 'r_ruling.txt',
  title: null,
  outlet: 'Harbour Gazette',
  url: 'https://gazette.example/ruling',
  published: '2024-02-06',
});
if (!ingested.ok) throw new Error(ingested.problem.message);
const retriever = createRetriever({ articles: [ingested.article], passages: ingested.passages });

describe('rankSentences', () => {
  it('scores each candidate as the weighted sum of its named features', () => {
    const { candidates } = rankSentences('Which judge blocked the warehouse sale?', retriever);
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(Object.keys(c.features).sort()).toEqual([...RANK_FEATURES].sort());
      expect(c.score).toBeCloseTo(scoreOf(SCORE_WEIGHTS, c.features), 10);
    }
  });

  it('gives full answer-type credit to a name next to a question word and less to a name far from every one', () => {
    const { candidates } = rankSentences('Which judge blocked the warehouse sale?', retriever);
    const bySentence = new Map(candidates.map((c) => [c.sentence, c]));
    expect(bySentence.get(1)?.answerType).toBe(1);
    expect(bySentence.get(0)?.answerType).toBe(FAR_ENTITY);
  });

  it('ranks the sentence naming the judge first', () => {
    expect(rankSentences('Which judge blocked the warehouse sale?', retriever).candidates[0]?.sentence).toBe(1);
  });

  it('leaves the answer type unset when the question asks for nothing in particular', () => {
    expect(
      rankSentences('What happened to the warehouse?', retriever).candidates.every((c) => c.answerType === null),
    ).toBe(true);
  });
});

describe('rankSentences with a pronoun for the subject', () => {
  const film = ingestArticle(
    [
      'The Lantern Keeper, a drama about a lighthouse family, won the jury prize at the Oldport festival on Sunday.',
      'It runs 2 hours and 5 minutes and was filmed over six weeks on the coast of Fenmoor.',
      'The Lantern Keeper opens in cinemas across the country in April, its distributor said at a reception.',
    ].join(' '),
    {
      file: 'f_film.txt',
      title: null,
      outlet: 'Screen Post',
      url: 'https://screen.example/film',
      published: '2024-03-04',
    },
  );
  if (!film.ok) throw new Error(film.problem.message);
  const films = createRetriever({ articles: [film.article], passages: film.passages });

  it('counts a wanted entity next to the pronoun as next to the question subject', () => {
    const { candidates } = rankSentences('How long is the drama Lantern Keeper?', films);
    expect(candidates.find((c) => c.sentence === 1)?.answerType).toBe(1);
  });

  it('ranks the sentence that says it with a pronoun first', () => {
    expect(rankSentences('How long is the drama Lantern Keeper?', films).candidates[0]?.sentence).toBe(1);
  });
});

describe('rankSentences over a lead that takes most of the engine score', () => {
  const comet = ingestArticle(
    [
      'Brightwater Robotics landed its Heron-3 probe on the comet Tamsel on Friday, a landing Brightwater Robotics had planned since the Brightwater Robotics landing team formed, the first landing by Brightwater Robotics on a comet, and Brightwater Robotics engineers cheered the Heron-3 landing at its control room near the harbour.',
      'The probe was launched in March on a rented rocket and spent seven months crossing the inner solar system, including two weeks in a parking orbit while controllers checked its radio, its cameras and its small thrusters.',
      'The comet is about four kilometres across and spins once every nine hours, which made the final approach slow and careful.',
      '"We have waited ten years for this night, and we will not sleep much more before the drill turns," said Ines Varga, the company\'s chief executive.',
      'Controllers will spend the weekend checking the power system, the radio link and the heaters, and will then point the cameras at the surface around the probe to pick a place for the first hole, a task that may take several days.',
      'The probe carries a drill, two cameras and a dust counter, and should work for about a month before the comet moves too far from the Sun for its solar panels.',
    ].join('\n\n'),
    { file: 'c_comet.txt', title: null, outlet: 'Sky Post', url: 'https://sky.example/comet', published: '2024-05-04' },
  );
  if (!comet.ok) throw new Error(comet.problem.message);
  const comets = createRetriever({ articles: [comet.article], passages: comet.passages });

  it('reads a weak passage of the article a strong passage comes from', () => {
    const { candidates } = rankSentences(
      "What did Brightwater Robotics' CEO say after the Heron-3 landing on Tamsel?",
      comets,
    );
    const quote = candidates.find((c) => c.sentence === 3);
    expect(quote?.retrieval).toBeLessThan(MIN_RELATIVE_RETRIEVAL);
    expect(candidates.indexOf(quote as (typeof candidates)[number])).toBeLessThan(3);
  });
});

describe('rankSentences for a question asking for a measure', () => {
  const owner = ingestArticle(
    [
      'Dora Penhale sold the Tidewater bakery on Monday after running it for three decades.',
      'In a statement, Penhale, 71, said she would spend more time with her grandchildren.',
    ].join(' '),
    {
      file: 'b_bakery.txt',
      title: null,
      outlet: 'Bay Post',
      url: 'https://bay.example/bakery',
      published: '2024-06-04',
    },
  );
  if (!owner.ok) throw new Error(owner.problem.message);
  const owners = createRetriever({ articles: [owner.article], passages: owner.passages });

  it('counts the "old" of "how old" as covered by a sentence holding the age', () => {
    const { plan, candidates } = rankSentences('How old is Dora Penhale?', owners);
    const old = plan.terms.findIndex((t) => t.form === 'old');
    const age = candidates.find((c) => c.sentence === 1);
    const lead = candidates.find((c) => c.sentence === 0);
    expect(old).toBeGreaterThanOrEqual(0);
    expect(age?.answerType).toBe(1);
    expect(age?.evidence.content).toBeCloseTo(1, 10);
    expect(lead?.evidence.content).toBe(0);
    expect(candidates[0]?.sentence).toBe(1);
  });
});

describe('articleMatches', () => {
  const articleOf = (file: string, body: string) => {
    const result = ingestArticle(body, {
      file,
      title: null,
      outlet: 'Gazette',
      url: `https://g.example/${file}`,
      published: null,
    });
    if (!result.ok) throw new Error(result.problem.message);
    return result;
  };
  const election = articleOf(
    'e_election.txt',
    'Mayor Ruth Okafor was defeated in the election on Thursday.\n\nHer challenger won by 312 votes after a recount in the harbour ward.',
  );
  const market = articleOf(
    'm_market.txt',
    'A stall can lose the market election by 40 votes and still win a prize, organisers said.\n\nThe winning baker sold out by noon.',
  );
  const both = createRetriever({
    articles: [election.article, market.article],
    passages: [...election.passages, ...market.passages],
  });

  it('finds the question words an article holds in any of its passages', () => {
    const plan = both.plan('By how many votes did Okafor lose the election?');
    const held = (article: typeof election.article) =>
      [...articleMatches(both, plan, article).keys()].map((i) => plan.terms[i]?.term).sort();
    // "defeated" is another word than "lose" (no paraphrase of it in the table), so "lose" is not held.
    expect(held(election.article)).toEqual(['elect', 'okafor', 'vote']);
    expect(held(market.article)).toEqual(['elect', 'lose', 'vote']);
  });

  it('credits each candidate with the share of the question its article holds', () => {
    const { candidates, scorer, plan } = rankSentences('By how many votes did Okafor lose the election?', both);
    const shares = new Map(
      [election.article, market.article].map((a) => [a.id, scorer.shareOf(articleMatches(both, plan, a))]),
    );
    expect(candidates.map((c) => `${c.articleId}[${c.sentence}]`).sort()).toEqual([
      'e_election[0]',
      'e_election[1]',
      'm_market[0]',
      'm_market[1]',
    ]);
    for (const c of candidates) expect(c.features.article).toBe(shares.get(c.articleId));
    expect(shares.get('e_election')).toBeGreaterThan(0);
  });

  it("credits each candidate with the share of the question's names its article holds, 0 when it names no one", () => {
    const named = rankSentences('By how many votes did Okafor lose the election?', both).candidates;
    expect(named.map((c) => `${c.articleId}[${c.sentence}] ${c.features.articleNames}`).sort()).toEqual([
      'e_election[0] 1',
      'e_election[1] 1',
      'm_market[0] 0',
      'm_market[1] 0',
    ]);
    const unnamed = rankSentences('By how many votes did the stall lose the election?', both).candidates;
    expect(unnamed.length).toBeGreaterThan(0);
    expect(unnamed.every((c) => c.features.articleNames === 0)).toBe(true);
  });

  it("ranks a sentence of the story naming the question's person above a closer-worded one of a story that does not", () => {
    const question = 'By how many votes did Okafor lose the election?';
    const top = (articleNames: number) => {
      const best = rankSentences(question, both, undefined, { ...SCORE_WEIGHTS, articleNames }).candidates[0];
      return `${best?.articleId}[${best?.sentence}]`;
    };
    expect(top(0)).toBe('m_market[0]');
    expect(top(SCORE_WEIGHTS.articleNames)).toBe('e_election[1]');
  });

  it("keeps the score less the article's names share as the sentence score", () => {
    for (const c of rankSentences('By how many votes did Okafor lose the election?', both).candidates)
      expect(c.sentenceScore).toBeCloseTo(c.score - SCORE_WEIGHTS.articleNames * c.features.articleNames, 10);
  });
});

describe('answer type of a who question', () => {
  it('counts a person next to a question word fully and the name of a body only partly', () => {
    const result = ingestArticle(
      'The Harbour Council blocked the warehouse sale on Monday.\n\nCouncillor Ann Reyes blocked the ferry contract on Friday.',
      { file: 'w_who.txt', title: null, outlet: 'Gazette', url: 'https://g.example/who', published: null },
    );
    if (!result.ok) throw new Error(result.problem.message);
    const who = createRetriever({ articles: [result.article], passages: result.passages });
    const bySentence = (question: string) =>
      new Map(rankSentences(question, who).candidates.map((c) => [c.sentence, c.answerType]));
    expect(bySentence('Who blocked the warehouse sale?').get(0)).toBe(PARTLY_WANTED);
    expect(bySentence('Who blocked the ferry contract?').get(1)).toBe(1);
  });
});

describe('rankSentences with a counting question that says what happened to what it counts', () => {
  const storm = ingestArticle(
    [
      'A storm swept across the Marlow coast on Friday.',
      'About 9,000 people have fled their homes since Thursday.',
      'Officials said 12 people were killed when the river burst its banks.',
    ].join(' '),
    {
      file: 'r_storm.txt',
      title: null,
      outlet: 'Coast Post',
      url: 'https://post.example/storm',
      published: '2024-03-01',
    },
  );
  if (!storm.ok) throw new Error(storm.problem.message);
  const stormRetriever = createRetriever({ articles: [storm.article], passages: storm.passages });

  it('counts only where the sentence also says the verb ("killed"), not a number of the noun alone', () => {
    const { candidates } = rankSentences('How many people have been killed in the storm?', stormRetriever);
    const bySentence = new Map(candidates.map((c) => [c.sentence, c]));
    expect(bySentence.get(1)?.features.counted).toBe(0);
    expect(bySentence.get(2)?.features.counted).toBe(1);
  });

  it('counts a number of the noun when the question says no verb', () => {
    const { candidates } = rankSentences('How many people are in the area?', stormRetriever);
    expect(candidates.find((c) => c.sentence === 1)?.features.counted).toBe(1);
  });
});

describe('rankSentences with a counting question whose verb follows a number of something else', () => {
  const lake = ingestArticle(
    [
      'Algae covered Lake Orm in June.',
      'Two dogs died after swimming near the marina.',
      'Wardens said 40 fish have died since May.',
    ].join(' '),
    {
      file: 'r_lake.txt',
      title: null,
      outlet: 'Lake News',
      url: 'https://lake.example/algae',
      published: '2024-07-01',
    },
  );
  if (!lake.ok) throw new Error(lake.problem.message);
  const lakeRetriever = createRetriever({ articles: [lake.article], passages: lake.passages });

  it('does not count the noun before the verb ("Two dogs died") as what the question counts', () => {
    const { candidates } = rankSentences('How many fish have died in Lake Orm?', lakeRetriever);
    const bySentence = new Map(candidates.map((c) => [c.sentence, c]));
    expect(bySentence.get(1)?.features.counted).toBe(0);
    expect(bySentence.get(2)?.features.counted).toBe(1);
  });
});

describe('rankSentences for a question about what someone said', () => {
  const quoted = [
    'Councillor Ben Hale left his broken-down van on a yellow line in the town centre.',
    'He put a note on the windscreen that read: \u2018Dead battery, back within the hour.\u2019',
    'Traffic wardens ticketed the van an hour later.',
  ].join(' ');
  const article = ingestArticle(quoted, {
    file: 'r_note.txt',
    title: null,
    outlet: 'Town Courier',
    url: 'https://courier.example/note',
    published: '2024-03-01',
  });
  if (!article.ok) throw new Error(article.problem.message);
  const noteRetriever = createRetriever({ articles: [article.article], passages: article.passages });

  it('credits a quotation in single marks (British house style) as what was said', () => {
    const { candidates } = rankSentences('What did Hale write on the note on his van?', noteRetriever);
    const bySentence = new Map(candidates.map((c) => [c.sentence, c]));
    expect(bySentence.get(1)?.features.quoteForSay).toBe(1);
    expect(bySentence.get(1)?.answerType).toBe(1);
    expect(bySentence.get(2)?.answerType).toBe(0);
  });
});

describe('rankSentences tagging the candidates that may reach a citation', () => {
  const lines = [
    'The Harwick ferry service was suspended after a crew member fell ill, and it is not known when it will restart.',
    'Harwick ferry service passengers asked staff when crossings would restart.',
    'Staff of the Harwick ferry service could not say when it would restart.',
    'Harwick ferry service managers said the service would restart as soon as possible.',
    'Locals want the Harwick ferry service to restart quickly.',
    'Travellers hope the Harwick ferry service will restart soon.',
    'The Harwick ferry service will restart once the vessel is cleaned.',
    'Tourists hope the Harwick ferry service can restart for the holidays.',
    'The island shop ran short of bread.',
    'Crossings are expected to restart on 4 June, the operator said.',
  ];
  const result = ingestArticle(lines.join('\n\n'), {
    file: 'f_ferry.txt',
    title: 'Town news',
    outlet: 'City Post',
    url: 'https://city.example/ferry',
    published: null,
  });
  if (!result.ok) throw new Error(result.problem.message);
  const ferry = createRetriever({ articles: [result.article], passages: result.passages });
  const question = 'When will the Harwick ferry service restart?';
  const dated = (tagged?: number) =>
    rankSentences(question, ferry, CANDIDATE_PASSAGES, SCORE_WEIGHTS, tagged).candidates.find((c) => c.sentence === 9);

  it(`tags the ${TAGGED_CANDIDATES} best candidates, so a date in the ninth (fewer question words) counts for "when"`, () => {
    expect(TAGGED_CANDIDATES).toBe(9);
    expect(dated(6)?.answerType).toBeNull();
    expect(dated()?.answerType).toBe(1);
    expect(dated()?.score).toBeGreaterThan(dated(6)?.score ?? 0);
  });
});
