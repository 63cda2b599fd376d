import { describe, expect, it } from 'vitest';
import {
  containment,
  groupSameWords,
  holdsWords,
  MIN_TERMS,
  quoteTerms,
  SAME_WORDS_CONTAINMENT,
  sameWords,
} from '../../src/quotes/similarity.ts';

describe('quote similarity', () => {
  it('treats reworded punctuation, hyphenation and British/American spelling as the same words', () => {
    expect(
      sameWords(
        quoteTerms('Co-operation on defence is not a matter of choice, it is a matter of necessity.'),
        quoteTerms('cooperation on defense is not a matter of choice but of necessity'),
      ),
    ).toBe(true);
  });

  it('finds a short partial quote inside the longer report of the same speech', () => {
    const long = quoteTerms(
      'This will take hard work. But then we can make a genuine new beginning in our relationship, in our own interest.',
    );
    const short = quoteTerms('genuine new beginning in our relationship');
    expect(containment(short, long)).toBe(1);
  });

  it('reads plain ASCII text exactly as the same words with curly apostrophes, accents or dashes', () => {
    const ascii = quoteTerms("We'll CO-OPERATE on defence in 2024, it's the allies' wish - Nato's cafe-bar");
    expect(ascii).toEqual(['2024', 'alli', 'cafebar', 'cooper', 'defenc', 'nato', 'wish']);
    expect(quoteTerms('We’ll CO-OPERATE on défence in 2024, it’s the allies’ wish — Nato’s café-bar')).toEqual(ascii);
  });

  it('never matches quotes too short to tell or about something else', () => {
    expect(sameWords(quoteTerms('very positive'), quoteTerms('the talks were very positive indeed'))).toBe(false);
    expect(
      sameWords(
        quoteTerms('We will cut taxes for every family next year'),
        quoteTerms('We will raise spending on schools and hospitals next year'),
      ),
    ).toBe(false);
  });

  it('groups items transitively and keeps unrelated ones apart', () => {
    const groups = groupSameWords([
      quoteTerms('The bridge will reopen to traffic next week after the repairs'),
      quoteTerms('Ferries will sail again from the harbour tomorrow morning'),
      quoteTerms('the bridge will reopen to traffic next week after repairs'),
    ]);
    expect(groups).toEqual([0, 1, 0]);
  });

  it('counts a list given with a term twice as sameWords does (4 of 6 found), not as its distinct terms (4 of 5)', () => {
    const twice = ['alpha', 'bravo', 'charlie', 'delta', 'zulu', 'zulu'];
    const longer = ['alpha', 'bravo', 'charlie', 'delta', 'echoes', 'foxtrot', 'golf'];
    expect([sameWords(twice, longer), groupSameWords([twice, longer])]).toEqual([false, [0, 1]]);
  });

  it('groups exactly as comparing every pair would, on many lists with common terms and spelling variants', () => {
    let state = 3;
    const random = (): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
    // A skewed vocabulary (a few terms in most lists), British/American pairs, and reworded copies of earlier lists.
    const vocabulary = Array.from({ length: 300 }, (_, i) => `term${i}${i % 3 === 0 ? 'ise' : ''}`);
    const variant = (t: string): string => (t.endsWith('ise') ? `${t.slice(0, -3)}ize` : t);
    const lists: string[][] = [];
    for (let i = 0; i < 600; i++) {
      const source = lists[Math.floor(random() * lists.length)];
      let list: string[];
      if (source && random() < 0.3) {
        list = source.filter(() => random() < 0.85).map((t) => (random() < 0.2 ? variant(t) : t));
        while (random() < 0.4) list.push(vocabulary[Math.floor(random() * 300)] ?? '');
      } else {
        const size = 2 + Math.floor(random() * 14);
        list = Array.from({ length: size }, () => vocabulary[Math.floor(random() ** 3 * 300)] ?? '');
      }
      lists.push([...new Set(list)].sort());
    }
    // The reference: every pair, the same exact-term bound, then sameWords.
    const parent = lists.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : root(parent[i] ?? i));
    let matched = 0;
    for (let i = 0; i < lists.length; i++) {
      for (let j = i + 1; j < lists.length; j++) {
        const a = lists[i] ?? [];
        const b = lists[j] ?? [];
        if (a.length < MIN_TERMS || b.length < MIN_TERMS) continue;
        const shared = a.filter((t) => b.includes(t)).length;
        if (shared === 0 || shared < Math.min(a.length, b.length) * SAME_WORDS_CONTAINMENT - 2 || !sameWords(a, b))
          continue;
        matched++;
        const [x, y] = [root(i), root(j)];
        if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    expect(matched).toBeGreaterThan(50);
    expect(groupSameWords(lists)).toEqual(lists.map((_, i) => root(i)));
  });
});

describe('holdsWords', () => {
  it('finds a partial quote in a longer one as written, case, quote marks and outer punctuation aside', () => {
    expect(holdsWords('“It was the hardest of my career,” he said', 'The hardest of my career.')).toBe(true);
  });

  it('finds the pieces of a quote cut by an ellipsis in order, and not out of order', () => {
    expect([
      holdsWords('It was the hardest decision of my career', 'the hardest … of my career'),
      holdsWords('It was the hardest decision of my career', 'of my career ... the hardest'),
    ]).toEqual([true, false]);
  });

  it('does not find words the longer quote does not have (“vehicle deliveries” in “deliveries”)', () => {
    expect(holdsWords('a record quarter for deliveries', 'record quarter for vehicle deliveries')).toBe(false);
  });
});
