import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParaphraseTable, PARAPHRASE_TABLE_FILE } from '../../src/load/paraphrases.ts';

describe('loadParaphraseTable', () => {
  it('reads the shipped table by default, once', () => {
    expect(PARAPHRASE_TABLE_FILE.endsWith(join('src', 'search', 'paraphrases.txt'))).toBe(true);
    const table = loadParaphraseTable();
    expect(loadParaphraseTable(PARAPHRASE_TABLE_FILE)).toBe(table);
    expect(table.paraphrasesOf('decid')).toEqual([
      ['decis', 0.8],
      ['determin', 0.6],
    ]);
  });

  it('adds the news synonyms to the table it reads ("worry" meets "concern")', () => {
    expect(loadParaphraseTable().paraphrasesOf('worri')).toContainEqual(['concern', 0.8]);
  });

  it('reads a table from another file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'paraphrases-')), 'table.txt');
    writeFileSync(file, '# test table\nspeed veloc1\n');
    expect(loadParaphraseTable(file).paraphrasesOf('speed')).toEqual([['veloc', 0.6]]);
  });

  it('throws naming the file when it is missing', () => {
    expect(() => loadParaphraseTable('/nonexistent/paraphrases.txt')).toThrow(
      "ENOENT: no such file or directory, open '/nonexistent/paraphrases.txt'",
    );
  });
});
