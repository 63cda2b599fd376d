// archivist's own retrieval, behind the small surface the benchmark needs: build, save, load, /ask and /quote compute.
// Wired to the public API of src/search, src/answers and src/quotes; parts that have not landed report why.
import type { Corpus } from '../../src/corpus/types.ts';

export interface OurIndex {
  /** The serialised index as it would be written to disk. */
  save(): string | Uint8Array;
  /** Computes an /ask answer (retrieval, excerpt choice, links); the return value keeps the work observable. */
  ask(question: string): unknown;
  /** Computes a /quote answer for a speaker, or null when /quote has not landed. */
  quote: ((speaker: string) => unknown) | null;
}

export interface OurEngine {
  build(corpus: Corpus): OurIndex;
  /** Cold start: from the saved bytes (and the corpus, if the saved index does not carry the passages). */
  load(saved: string | Uint8Array, corpus: Corpus): OurIndex;
  /** Whether load() needs the ingested corpus (then a cold start includes ingestion). */
  loadNeedsCorpus: boolean;
}

export type OurEngineResult = { ok: true; engine: OurEngine } | { ok: false; reason: string };

export async function loadOurEngine(): Promise<OurEngineResult> {
  return { ok: false, reason: 'src/search has no index API yet' };
}
