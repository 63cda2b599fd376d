// Times what the paraphrase table costs a process: importing the loader and lookup code, reading the table file
// (nothing is parsed up front), and lookups, each a binary search over the table text plus parsing one line.
//   npx tsx bench/wordnet/load-time.ts
const started = performance.now();
const { loadParaphraseTable } = await import('../../src/load/paraphrases.ts');
const imported = performance.now();
const table = loadParaphraseTable();
const read = performance.now();
const first = table.paraphrasesOf('decid');
const looked = performance.now();
const terms = [...table.terms()];
const walked = performance.now();
for (const term of terms) table.paraphrasesOf(term);
const all = performance.now();
console.log(
  JSON.stringify({
    importMs: +(imported - started).toFixed(1),
    readMs: +(read - imported).toFixed(1),
    firstLookupMs: +(looked - read).toFixed(3),
    entries: terms.length,
    listTermsMs: +(walked - looked).toFixed(1),
    lookupEveryTermUsMean: +((1000 * (all - walked)) / terms.length).toFixed(2),
    decidNeighbours: first.length,
    heapMB: +(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1),
  }),
);
