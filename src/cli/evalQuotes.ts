// `eval --quotes`: measures /quote against a quotation gold file (placeholder until the quotes eval lands).
import type { CliIo } from './io.ts';

export interface QuotesEvalOptions {
  data: string;
  goldPath: string;
  split: string | undefined;
  json: boolean;
  explain: boolean;
}

export async function evaluateQuotes(_options: QuotesEvalOptions, io: CliIo): Promise<number> {
  io.err('eval --quotes: not available in this build');
  return 2;
}
