// Reads the shipped paraphrase table (src/search/paraphrases.txt, WordNet-derived) once, for the pure lookup in
// src/search/paraphrase.ts: a plain file read costs a few milliseconds where importing it as a module costs far more.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newsSynonymMap } from '../search/newsSynonyms.ts';
import { ParaphraseTable } from '../search/paraphrase.ts';

export const PARAPHRASE_TABLE_FILE = fileURLToPath(new URL('../search/paraphrases.txt', import.meta.url));

const loaded = new Map<string, ParaphraseTable>();

/** The paraphrase table in `file` (the shipped one by default), read on first call and kept. */
export function loadParaphraseTable(file: string = PARAPHRASE_TABLE_FILE): ParaphraseTable {
  let table = loaded.get(file);
  if (table === undefined) {
    table = new ParaphraseTable(readFileSync(file, 'latin1'), newsSynonymMap());
    loaded.set(file, table);
  }
  return table;
}
