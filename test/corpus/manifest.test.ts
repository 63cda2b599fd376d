import { describe, expect, it } from 'vitest';
import { listedFileNames, RESERVED_NAMES, reservedNameReason, stripBom } from '../../src/corpus/manifest.ts';

describe('reservedNameReason', () => {
  it('has a test for every reserved-name rule', () => {
    expect(RESERVED_NAMES.map((r) => ['sources.json', '.x', 'a.tmp'].filter((f) => r.test(f)))).toEqual([
      ['sources.json'],
      ['.x'],
      ['a.tmp'],
    ]);
  });

  it('allows an ordinary name and refuses reserved and over-long ones with the reason', () => {
    expect(reservedNameReason('harbour-2024.txt')).toBeNull();
    expect(reservedNameReason('sources.json')).toBe('is the name of the manifest (sources.json); rename the article');
    expect(reservedNameReason('.lock')).toBe(
      'is a hidden name (starts with "."); the corpus folder keeps its own hidden files',
    );
    expect(reservedNameReason('a.txt.tmp')).toBe(
      'ends with .tmp, the suffix of files being written; rename the article',
    );
    expect(reservedNameReason(`${'é'.repeat(100)}.txt`)).toBe('is a name of 204 bytes; at most 200 are allowed');
  });
});

describe('stripBom and listedFileNames', () => {
  it('drops a leading byte-order mark only', () => {
    expect(stripBom('\uFEFF{"a":1}')).toBe('{"a":1}');
    expect(stripBom('{"a":"\uFEFF"}')).toBe('{"a":"\uFEFF"}');
  });

  it('lists plain file names of every entry, valid or not, and nothing for bad JSON', () => {
    const text =
      '\uFEFF{"articles":[{"file":"a.txt"},{"file":"../b.txt"},{"file":7},null,{"file":"c.txt","url":"bad"}]}';
    expect(listedFileNames(text)).toEqual(['a.txt', 'c.txt']);
    expect(listedFileNames('{')).toEqual([]);
    expect(listedFileNames(null)).toEqual([]);
  });
});
