import { describe, expect, it } from 'vitest';
import { isUncased, withNamesFromPassages } from '../../src/answers/uncasedNames.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';

const story = ingestArticle(
  [
    'The harbour council of Tarbury voted on Monday to sell the old ferry terminal to a private developer.',
    'Mayor Ann Reyes said the sale would pay for a new bridge, and that Tarbury would keep the ferry service.',
  ].join('\n\n'),
  { file: 't_sale.txt', title: null, outlet: 'Gazette', url: 'https://g.example/sale', published: null },
);
if (!story.ok) throw new Error(story.problem.message);
const retriever = createRetriever({ articles: [story.article], passages: story.passages });
const texts = story.passages.map((p) => p.text);
const names = (question: string): string[] =>
  withNamesFromPassages(retriever.plan(question), () => texts)
    .terms.filter((t) => t.name)
    .map((t) => t.term);

describe('isUncased', () => {
  it('takes a question with no capital after its first letter as uncased', () => {
    expect(isUncased('who sold the terminal?')).toBe(true);
    expect(isUncased('Who sold the terminal?')).toBe(true);
    expect(isUncased('Who sold the Tarbury terminal?')).toBe(false);
  });
});

describe('withNamesFromPassages', () => {
  it('marks the words the passages write capitalised mid-sentence as names in an uncased question', () => {
    expect(names('what did mayor reyes say about tarbury ferry?')).toEqual(['rey', 'tarburi']);
  });

  it('does not take a noun for a person for a name though the passages capitalise it as a title ("Sergeant Ann Hale")', () => {
    const patrol = ingestArticle('The night patrol was led by Sergeant Ann Hale and Sergeant Tom Ives, police said.', {
      file: 't_patrol.txt',
      title: null,
      outlet: 'Gazette',
      url: 'https://g.example/patrol',
      published: null,
    });
    if (!patrol.ok) throw new Error(patrol.problem.message);
    const plan = createRetriever({ articles: [patrol.article], passages: patrol.passages }).plan(
      'which sergeant led the night patrol?',
    );
    const marked = withNamesFromPassages(plan, () => patrol.passages.map((p) => p.text));
    expect(marked.terms.filter((t) => t.name).map((t) => t.term)).toEqual([]);
  });

  it('leaves a cased question as the planner made it', () => {
    expect(names('What did the mayor say about the Tarbury ferry?')).toEqual(['tarburi']);
  });

  it('does not take a word for a name from another form of it written capitalised ("Hands" for "hand")', () => {
    const group = ingestArticle('The relief group Open Hands said its first convoy left at dawn.', {
      file: 't_aid.txt',
      title: null,
      outlet: 'Gazette',
      url: 'https://g.example/aid',
      published: null,
    });
    if (!group.ok) throw new Error(group.problem.message);
    const passages = group.passages.map((p) => p.text);
    const plan = createRetriever({ articles: [group.article], passages: group.passages }).plan(
      'when will the group hand out food?',
    );
    expect(withNamesFromPassages(plan, () => passages).terms.filter((t) => t.name)).toEqual([]);
    expect(
      withNamesFromPassages(
        createRetriever({ articles: [group.article], passages: group.passages }).plan('who leads open hands?'),
        () => passages,
      )
        .terms.filter((t) => t.name)
        .map((t) => t.form),
    ).toEqual(['open', 'hands']);
  });

  it('does not take a word for a name from its capital at the start of a sentence', () => {
    expect(names('what did the harbour council vote?')).toEqual([]);
  });
});
