import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PARAPHRASE_TABLE_FILE } from '../../src/load/paraphrases.ts';
import { termOf } from '../../src/search/fold.ts';
import { ParaphraseTable, RELATIONS } from '../../src/search/paraphrase.ts';

const FIXTURE = [
  '# a header line',
  '# another',
  'abil abl+',
  'decid decis+ determin1 resolv2',
  'speed veloc1 rate@',
  'zone zonal+',
  '',
].join('\n');

describe('ParaphraseTable', () => {
  it('finds the first, a middle and the last line, skipping the "#" header', () => {
    const table = new ParaphraseTable(FIXTURE);
    expect(table.paraphrasesOf('abil')).toEqual([['abl', 0.8]]);
    expect(table.paraphrasesOf('decid')).toEqual([
      ['decis', 0.8],
      ['determin', 0.6],
      ['resolv', 0.45],
    ]);
    expect(table.paraphrasesOf('speed')).toEqual([
      ['veloc', 0.6],
      ['rate', 0.35],
    ]);
    expect(table.paraphrasesOf('zone')).toEqual([['zonal', 0.8]]);
  });

  it('returns nothing for a term before, between or after the lines, for a prefix of a term and for a header word', () => {
    const table = new ParaphraseTable(FIXTURE);
    for (const term of ['aaa', 'deci', 'decide', 'mid', 'zzz', '', 'header', '#'])
      expect(table.paraphrasesOf(term)).toEqual([]);
  });

  it('finds every term of a table with one line, and of one without a final newline', () => {
    expect(new ParaphraseTable('decid decis+').paraphrasesOf('decid')).toEqual([['decis', 0.8]]);
    const table = new ParaphraseTable('abil abl+\ndecid decis+\nzone zonal+');
    expect([...table.terms()].map((t) => table.paraphrasesOf(t).length)).toEqual([1, 1, 1]);
  });

  it('lists its terms in table order', () => {
    expect([...new ParaphraseTable(FIXTURE).terms()]).toEqual(['abil', 'decid', 'speed', 'zone']);
  });

  it('gives the same list for a repeated lookup', () => {
    const table = new ParaphraseTable(FIXTURE);
    expect(table.paraphrasesOf('decid')).toBe(table.paraphrasesOf('decid'));
  });

  it('throws naming the entry when a relation code is unknown', () => {
    const table = new ParaphraseTable('decid decis+ determin9\n');
    expect(() => table.paraphrasesOf('decid')).toThrow(
      'paraphrase table entry "determin9" under "decid" has no known relation code',
    );
  });

  it('throws naming the line when a line has no neighbours', () => {
    expect(() => new ParaphraseTable('decid\n').paraphrasesOf('decid')).toThrow(
      'paraphrase table line without neighbours: "decid"',
    );
  });
});

describe('RELATIONS', () => {
  it('gives each relation its own one-character code that cannot be part of a stem', () => {
    const codes = Object.values(RELATIONS).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[^a-z\s]$/u);
  });

  it('weighs a derivation above a first-sense synonym or attribute, above a second-sense synonym and cause, above a hypernym', () => {
    expect(RELATIONS.derivation.factor).toBe(0.8);
    expect(RELATIONS.synonymFirstSense.factor).toBe(0.6);
    expect(RELATIONS.attribute.factor).toBe(0.6);
    expect(RELATIONS.synonymSecondSense.factor).toBe(0.45);
    expect(RELATIONS.cause.factor).toBe(0.45);
    expect(RELATIONS.hypernym.factor).toBe(0.35);
  });
});

describe('the shipped WordNet table', () => {
  // WordNet's table alone, without the news synonyms loadParaphraseTable adds (newsSynonyms.test.ts).
  const table = new ParaphraseTable(readFileSync(PARAPHRASE_TABLE_FILE, 'latin1'));
  const of = (word: string): readonly (readonly [string, number])[] => table.paraphrasesOf(termOf(word));
  const terms = [...table.terms()];

  it('links a verb and its noun by derivation, both ways', () => {
    expect(of('decide')).toEqual([
      ['decis', 0.8],
      ['determin', 0.6],
    ]);
    expect(of('decision').slice(0, 3)).toEqual([
      ['decid', 0.8],
      ['conclus', 0.6],
      ['determin', 0.6],
    ]);
    expect(of('die')[2]).toEqual(['death', 0.8]);
    expect(of('death').slice(0, 3)).toEqual([
      ['di', 0.8],
      ['die', 0.8],
      ['dy', 0.8],
    ]);
    expect(of('deny').slice(0, 2)).toEqual([
      ['denial', 0.8],
      ['denier', 0.8],
    ]);
  });

  it('gives the attribute an adjective measures, so "how fast" meets "speed" and "how long" meets "length"', () => {
    expect(of('fast')).toEqual([
      ['faster', 1],
      ['fastest', 1],
      ['speed', 0.6],
      ['swift', 0.6],
    ]);
    expect(of('long')).toEqual([
      ['longer', 1],
      ['longest', 1],
      ['durat', 0.6],
      ['length', 0.6],
    ]);
  });

  it('links kill and die by cause, both ways', () => {
    expect(of('kill')).toEqual([
      ['killabl', 0.8],
      ['killer', 0.8],
      ['di', 0.45],
      ['die', 0.45],
      ['dy', 0.45],
    ]);
    expect(of('died')).toContainEqual(['kill', 0.45]);
  });

  it("lists the stems the stemmer gives a word's inflections as the word itself, each with the word's paraphrases", () => {
    expect(termOf('died')).toBe('di');
    expect(of('die').slice(0, 2)).toEqual([
      ['di', 1],
      ['dy', 1],
    ]);
    expect(of('died')).toEqual([['die', 1], ...of('die').slice(1)]);
    expect(of('tried').slice(0, 2)).toEqual([
      ['try', 1],
      ['trier', 0.8],
    ]);
  });

  it('gives synonyms of the most frequent sense above those of the second', () => {
    expect(of('hide')).toEqual([['conceal', 0.6]]);
    expect(of('quit')).toEqual([
      ['ceas', 0.6],
      ['discontinu', 0.6],
      ['stop', 0.6],
    ]);
    expect(of('reject')).toEqual([
      ['declin', 0.45],
      ['refus', 0.45],
    ]);
    expect(of('refused').slice(0, 2)).toEqual([
      ['declin', 0.6],
      ['reject', 0.45],
    ]);
  });

  it('reaches a shared more general word where WordNet has no synonym (envoy, ambassador → diplomat)', () => {
    expect(of('envoy')).toContainEqual(['diplomat', 0.35]);
    expect(of('ambassador')).toContainEqual(['diplomat', 0.35]);
    expect(of('envoy').map(([t]) => t)).not.toContain('ambassador');
  });

  it('leaves out a rarer word with the same stem ("droppings" under "drop") and a rare sense ("hide" the skin)', () => {
    expect(of('drop').map(([t]) => t)).toEqual(['descend', 'fall']);
    expect(of('hide').map(([t]) => t)).not.toContain('pelt');
  });

  it('needs no entry where the stemmer already joins the words', () => {
    expect(termOf('withdrawal')).toBe(termOf('withdraw'));
    expect(termOf('hiding')).toBe(termOf('hide'));
  });

  it('has nothing for stop words and names', () => {
    for (const word of ['the', 'which', 'paris', 'aarp']) expect(of(word)).toEqual([]);
  });

  it('lists each term once, in sorted order, as two or more letters (two words joined by "_" for a two-word verb), with at most 12 neighbours, best first', () => {
    expect(terms.length).toBe(43116);
    for (const [i, term] of terms.entries()) {
      expect(term).toMatch(/^[a-z]{2,}(?:_[a-z]+)?$/u);
      if (i > 0) expect((terms[i - 1] ?? '') < term).toBe(true);
    }
    for (const term of terms.filter((_, i) => i % 97 === 0)) {
      const found = table.paraphrasesOf(term);
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThanOrEqual(12);
      expect(found.map(([t]) => t)).not.toContain(term);
      expect(found.map(([, f]) => f)).toEqual([...found.map(([, f]) => f)].sort((a, b) => b - a));
    }
  });

  it('uses every relation somewhere', () => {
    const factors = new Set(terms.flatMap((t) => table.paraphrasesOf(t).map(([, f]) => f)));
    expect([...factors].sort()).toEqual([0.35, 0.45, 0.6, 0.8, 1]);
  });
});
