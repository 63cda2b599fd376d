import { describe, expect, it } from 'vitest';
import { decide } from '../../src/answers/answer.ts';
import { CONFIDENCE_WEIGHTS, confidenceOf, type ConfidenceFeatures } from '../../src/answers/confidence.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';

const story = ingestArticle(
  [
    'The Harwick city council approved the purchase of 12 electric buses for the northern depot on Tuesday evening.',
    'Mayor Lena Brandt said the buses would replace diesel vehicles that have served the city since 2009.',
  ].join('\n\n'),
  {
    file: 'bus_story.txt',
    title: null,
    outlet: 'Harwick Courier',
    url: 'https://courier.example/buses',
    published: '2024-03-05',
  },
);
if (!story.ok) throw new Error(story.problem.message);
const retriever = createRetriever({ articles: [story.article], passages: story.passages });

function featuresFor(question: string): ConfidenceFeatures | null {
  return decide(question, retriever).features;
}

describe('confidence features', () => {
  it('finds the asked type present when a number counts what the question counts', () => {
    expect(featuresFor('How many electric buses did the Harwick council approve?')).toMatchObject({
      typeMissing: 0,
      numbersMissing: 0,
    });
  });

  it('finds the asked type missing when the best sentence counts something else', () => {
    expect(featuresFor('How many depots does the Harwick council run?')?.typeMissing).toBe(1);
  });

  it('finds the asked type missing when the best sentence holds no entity of it', () => {
    expect(featuresFor('When did Mayor Lena Brandt praise the council?')?.typeMissing).toBe(1);
  });

  it("counts the question's numbers that the best sentence's article never has", () => {
    expect(featuresFor('How many buses did the Harwick council approve in 2021?')?.numbersMissing).toBe(1);
    expect(featuresFor('Which vehicles has Harwick run since 2009?')?.numbersMissing).toBe(0);
  });

  it("gives the closest passages, not an answer, when the question's number is nowhere in the article", () => {
    expect(decide('How many electric buses did the Harwick council approve in 2021?', retriever).outcome).toBe('hedge');
    expect(decide('How many electric buses did the Harwick council approve?', retriever).outcome).toBe('answer');
  });

  it('lowers the confidence when the asked type or a number of the question is missing', () => {
    const base: ConfidenceFeatures = {
      inContext: 0.8,
      own: 0.8,
      names: 1,
      content: 0.8,
      answerType: 1,
      margin: 0.5,
      unseen: 0,
      missing: 0.1,
      typeMissing: 0,
      numbersMissing: 0,
    };
    const plain = confidenceOf(base, CONFIDENCE_WEIGHTS);
    expect(confidenceOf({ ...base, typeMissing: 1 }, CONFIDENCE_WEIGHTS)).toBeLessThan(plain);
    expect(confidenceOf({ ...base, numbersMissing: 1 }, CONFIDENCE_WEIGHTS)).toBeLessThan(plain);
  });
});
