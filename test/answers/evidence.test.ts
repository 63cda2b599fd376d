import { describe, expect, it } from 'vitest';
import { analyzeSentence, compoundWeights, CONTEXT_SOURCES, EvidenceScorer } from '../../src/answers/evidence.ts';
import { analyze } from '../../src/search/fold.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import type { Article } from '../../src/corpus/types.ts';
import { createRetriever } from '../../src/search/retriever.ts';

function article(
  text: string,
  title: string | null = null,
): { article: Article; scorer: (q: string) => EvidenceScorer } {
  const result = ingestArticle(text, {
    file: 'e_story.txt',
    title,
    outlet: 'City Post',
    url: 'https://city.example/story',
    published: '2023-05-01',
  });
  if (!result.ok) throw new Error(result.problem.message);
  const retriever = createRetriever({ articles: [result.article], passages: result.passages });
  return { article: result.article, scorer: (q) => new EvidenceScorer(retriever.plan(q)) };
}

describe('EvidenceScorer', () => {
  const story = article(
    [
      'The transport minister met the ambassador at the ministry on Monday morning to discuss the rail treaty.',
      'The two-hour session ended without an agreement, officials said.',
      'A second round of talks is planned for June.',
    ].join(' '),
  );

  it('credits a sentence with the subject named only in the sentence before, at that source factor', () => {
    const scorer = story.scorer('How long did the minister meet the ambassador?');
    const lead = scorer.evidence(story.article, 0)?.own ?? 0;
    const evidence = scorer.evidence(story.article, 1);
    expect(lead).toBeGreaterThan(0.5);
    expect(evidence?.own).toBe(0);
    expect(evidence?.inContext).toBeCloseTo(CONTEXT_SOURCES.previousInParagraph * lead, 5);
    expect(evidence?.fromPrevious).toBeCloseTo(CONTEXT_SOURCES.previousInParagraph * lead, 5);
  });

  it('credits a sentence with the sentence after it in the paragraph at the next factor', () => {
    const scorer = story.scorer('When is the second round of talks planned?');
    const before = scorer.evidence(story.article, 1);
    expect(before?.own).toBe(0);
    expect(before?.inContext).toBeCloseTo(CONTEXT_SOURCES.next, 5);
  });

  it('credits every sentence with the article title at the title factor', () => {
    const titled = article(
      'Officials from both governments said on Monday that the session had ended without any agreement being reached. Another meeting between the two delegations is planned for the middle of June.',
      'Rail treaty talks stall',
    );
    const evidence = titled.scorer('What happened to the rail treaty talks?').evidence(titled.article, 1);
    expect(evidence?.own).toBe(0);
    expect(evidence?.inContext).toBeCloseTo(CONTEXT_SOURCES.title, 5);
  });

  it('credits the sentences of a section with its heading at the heading factor, and no others', () => {
    const roundup = article(
      [
        'The league had a round of close finishes on Saturday night, and the coaches had plenty to say after the final buzzer about their teams.',
        'KESTREL RAIDERS (beat Valley Suns 90-80)',
        'The coach said the players shared the ball all night and finished with 29 assists, the most of any team this season.',
        'VALLEY SUNS (lost by ten)',
        'The coach said the players had been flat from the opening tip and that nobody should expect him to defend that kind of effort.',
      ].join('\n\n'),
    );
    const scorer = roundup.scorer('How many assists did the Kestrel Raiders have?');
    expect(roundup.article.paragraphs.map((p) => p.kind)).toEqual(['body', 'heading', 'body', 'heading', 'body']);
    expect(scorer.evidence(roundup.article, 1)?.names).toBeCloseTo(CONTEXT_SOURCES.heading, 5);
    expect(scorer.evidence(roundup.article, 2)?.names).toBe(0);
  });

  it('credits a later sentence with the lead at the lead factor', () => {
    const long = article(
      [
        'Harbour pilots in Tarbury walked out on Friday morning after months of failed negotiations with the port authority.',
        'All ferries to the outer islands were cancelled for the rest of the weekend, the operator confirmed.',
        'Nobody in the town expects a quick end to the dispute before the summer season begins.',
      ].join('\n\n'),
    );
    const evidence = long.scorer('Why did the Tarbury pilots walk out?').evidence(long.article, 2);
    expect(evidence?.own).toBe(0);
    expect(evidence?.inContext).toBeCloseTo(CONTEXT_SOURCES.lead, 5);
  });

  it('counts a sentence matching every question term as full coverage on its own', () => {
    const scorer = story.scorer('transport minister ambassador rail treaty');
    expect(scorer.evidence(story.article, 0)).toMatchObject({ own: 1, inContext: 1, fromPrevious: 0 });
  });

  it('credits a sentence with the question names matched elsewhere in its article at the article factor', () => {
    const scorer = story.scorer('What did Okonkwo plan for June?');
    const name = scorer.plan.terms.findIndex((t) => t.name);
    const without = scorer.evidence(story.article, 2);
    const withName = scorer.evidence(story.article, 2, new Map([[name, 1]]));
    const nameShare = (scorer.plan.terms[name]?.weight ?? 0) / scorer.plan.terms.reduce((sum, t) => sum + t.weight, 0);
    expect(name).toBeGreaterThanOrEqual(0);
    expect((withName?.inContext ?? 0) - (without?.inContext ?? 0)).toBeCloseTo(CONTEXT_SOURCES.article * nameShare, 5);
  });

  it('splits coverage into the names of the question and its other words', () => {
    const salary = article(
      [
        'Dana Okafor has led the regional rail operator since 2019 and plans to open two new lines this year.',
        'Okafor was paid a salary of $2 million last year, the annual report shows.',
      ].join('\n\n'),
    );
    const scorer = salary.scorer("What was Dana Okafor's salary?");
    expect(scorer.evidence(salary.article, 0)).toMatchObject({ names: 1, content: 0 });
    const later = scorer.evidence(salary.article, 1);
    // "Dana" comes from the lead at its factor; "salary" is the sentence's own.
    expect(later?.names).toBeCloseTo((1 + CONTEXT_SOURCES.lead) / 2, 5);
    expect(later?.content).toBeCloseTo(1, 5);
  });

  it('counts content as covered when the question has nothing but names', () => {
    const salary = article(
      'Dana Okafor has led the regional rail operator since 2019 and plans to open two new lines.',
    );
    const scorer = salary.scorer('Dana Okafor');
    expect(scorer.evidence(salary.article, 0)).toMatchObject({ names: 1, content: 1 });
  });

  describe('a pronoun standing for the subject of the sentence before', () => {
    const pronouns = article(
      [
        'Mara Quint, who teaches history at Dunmore College, called the deal a pause.',
        'She noted that nobody had agreed who would run the ferry port.',
        'Officials said the port would reopen in May.',
      ].join(' '),
    );
    const scorer = pronouns.scorer('What did the historian at Dunmore College say about the ferry port?');
    const names = scorer.plan.terms.flatMap((t, i) => (t.name ? [i] : []));
    const total = scorer.plan.terms.reduce((sum, t) => sum + t.weight, 0);
    const nameShare = names.reduce((sum, i) => sum + (scorer.plan.terms[i]?.weight ?? 0), 0) / total;

    it("counts the names of the sentence before as the sentence's own, at the pronoun factor", () => {
      const bare = new EvidenceScorer(scorer.plan, (a, i) =>
        i === 1 ? analyze('Nobody had agreed who would run the ferry port.') : analyzeSentence(a, i),
      );
      const withPronoun = scorer.evidence(pronouns.article, 1);
      const without = bare.evidence(pronouns.article, 1);
      expect(names.length).toBe(2);
      expect((withPronoun?.own ?? 0) - (without?.own ?? 0)).toBeCloseTo(CONTEXT_SOURCES.pronoun * nameShare, 5);
      expect(withPronoun?.pronounAt).toBe(pronouns.article.text.indexOf('She noted'));
    });

    it('still counts the sentence before as what the answer leans on', () => {
      expect(scorer.evidence(pronouns.article, 1)?.fromPrevious).toBeGreaterThan(0);
    });

    it('gives no pronoun credit to a sentence without an early pronoun', () => {
      expect(scorer.evidence(pronouns.article, 2)?.pronounAt).toBeNull();
    });

    it('gives no pronoun credit inside a quotation', () => {
      const quoted = article(
        'Mara Quint, who teaches history at Dunmore College, spoke at the port. "It will not reopen soon," she said.',
      );
      const evidence = quoted
        .scorer('What did the historian at Dunmore College say about the port?')
        .evidence(quoted.article, 1);
      expect(evidence?.pronounAt).toBeNull();
    });

    it("counts a quotation right after a sentence reporting speech as the speaker's, at the pronoun factor", () => {
      const quoted = article(
        'Mara Quint of Dunmore College said the port deal was a pause. "Nobody knows who will run it." Officials disagreed.',
      );
      const evidence = quoted
        .scorer('What did the historian at Dunmore College say about the port?')
        .evidence(quoted.article, 1);
      expect(evidence?.pronounAt).toBe(quoted.article.text.indexOf('Nobody'));
      expect(evidence?.own).toBeGreaterThan(0);
    });
  });
});

describe('compoundWeights', () => {
  const lander = article(
    'The Osprey-2 lander carries a drill that will reach two metres below the surface, its makers said on Monday.',
  );

  it('gives a hyphenated word and its parts together the weight of the heaviest, shared in proportion', () => {
    const plan = lander.scorer('How deep will the Osprey-2 drill go?').plan;
    const weights = compoundWeights(plan);
    const group = ['osprei', '2', 'osprey2'].map((term) => plan.terms.findIndex((t) => t.term === term));
    expect(group.every((i) => i >= 0)).toBe(true);
    const own = group.map((i) => plan.terms[i]?.weight ?? 0);
    const sum = own.reduce((a, b) => a + b, 0);
    group.forEach((i, k) => {
      expect(weights[i]).toBeCloseTo((Math.max(...own) * (own[k] ?? 0)) / sum, 10);
    });
    const drill = plan.terms.findIndex((t) => t.term === 'drill');
    expect(weights[drill]).toBe(plan.terms[drill]?.weight);
  });

  it('leaves the weights of a question without hyphenated words as they are', () => {
    const plan = lander.scorer('What will the drill reach?').plan;
    expect(compoundWeights(plan)).toEqual(plan.terms.map((t) => t.weight));
  });
});

describe('EvidenceScorer.matchesOnly', () => {
  it('tells a token matching only the given question term from one matching another term or none', () => {
    const story = article('Two dogs died near the marina.');
    const scorer = story.scorer('How many fish died near the marina?');
    const died = scorer.plan.terms.findIndex((t) => t.form === 'died');
    const tokens = analyze('dogs died marina');
    expect(died).toBeGreaterThanOrEqual(0);
    expect(tokens.map((t) => scorer.matchesOnly(t, died))).toEqual([false, true, false]);
  });
});
