// People across articles: name variants of one person merge; different people sharing a surname stay apart.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { findQuotes } from '../../src/quotes/query.ts';
import { listSpeakers, speakersNamed } from '../../src/quotes/speakers.ts';
import { story } from './fixtures.ts';

const VARIANTS = buildQuoteBook([
  story('v1', [
    'Former President Barack Obama spoke at a rally for young voters in the city on Saturday afternoon.',
    '“Every single vote in this election matters more than you think,” Obama said.',
  ]),
  story('v2', [
    'The former president returned to the campaign trail on Sunday with a speech about health care.',
    '“We built something that millions of families now rely on,” President Obama said.',
  ]),
  story('v3', [
    'Barack Obama addressed graduates at a state university on Monday morning.',
    '“Do not let anyone tell you that your generation cannot change things,” Barack Obama said.',
  ]),
  story('v4', [
    'WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave of infections on Tuesday.',
    '“The pandemic is not over, and nobody should act as if it were,” Tedros Adhanom Ghebreyesus said.',
  ]),
  story('v5', [
    'The head of the health agency, Tedros Adhanom, spoke in Geneva on Wednesday.',
    '“We need every country to share its vaccines with the poorest nations now,” Tedros Adhanom said.',
  ]),
]);

const COOPERS = buildQuoteBook([
  story('c1', [
    'Governor Roy Cooper declared a state of emergency as the storm approached the coast on Thursday.',
    '“Get out now while you still can and do not wait for the water to rise,” Cooper said.',
  ]),
  story('c2', [
    'Governor Roy Cooper visited shelters in the east of the state on Friday.',
    '“We will rebuild every town that this storm has damaged,” Roy Cooper said.',
  ]),
  story('c3', [
    'Judge Scott Cooper ruled on Monday that the county had broken the law.',
    '“The county ignored its own rules for more than three years,” Cooper said.',
  ]),
]);

describe('name variants across articles', () => {
  it('merges Obama, President Obama and Barack Obama into one speaker', () => {
    const obama = listSpeakers(VARIANTS).find((s) => s.name === 'Barack Obama');
    expect(obama?.quotes).toBe(3);
    expect(
      ['Obama', 'President Obama', 'Barack Obama'].map(
        (typed) => findQuotes(VARIANTS, { speaker: typed }).quotes.length,
      ),
    ).toEqual([3, 3, 3]);
  });

  it('merges a name with the longer name it opens (Tedros Adhanom, Tedros Adhanom Ghebreyesus)', () => {
    expect(
      listSpeakers(VARIANTS)
        .filter((s) => s.name.startsWith('Tedros'))
        .map((s) => [s.name, s.quotes]),
    ).toEqual([['Tedros Adhanom Ghebreyesus', 2]]);
  });
});

describe('different people with one surname', () => {
  it('keeps Roy Cooper and Scott Cooper apart, each with his own quotes', () => {
    expect(listSpeakers(COOPERS).map((s) => [s.name, s.quotes, s.role])).toEqual([
      ['Roy Cooper', 2, 'Governor'],
      ['Scott Cooper', 1, 'Judge'],
    ]);
  });

  it('names both, with roles, for the bare surname and nobody else for a full name', () => {
    expect(speakersNamed(COOPERS, 'Cooper')).toEqual([
      { name: 'Roy Cooper', role: 'Governor', kind: 'person', quotes: 2 },
      { name: 'Scott Cooper', role: 'Judge', kind: 'person', quotes: 1 },
    ]);
    expect([speakersNamed(COOPERS, 'Roy Cooper'), speakersNamed(COOPERS, 'Scott Cooper')]).toEqual([[], []]);
    expect(findQuotes(COOPERS, { speaker: 'Cooper' }).alsoNamed.map((p) => p.name)).toEqual([
      'Roy Cooper',
      'Scott Cooper',
    ]);
  });
});
