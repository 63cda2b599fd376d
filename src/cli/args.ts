// Option parsing shared by the subcommands: node's parseArgs, with its errors turned into one readable line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildWorkersFrom, corpusMaxFileBytesFrom } from '../config/config.ts';
import { DEFAULT_CORPUS_DIR } from '../load/corpus.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

export const dataOption = { data: { type: 'string', default: DEFAULT_CORPUS_DIR } } as const;

/** Parses `args` or returns the error message to print (an unknown option, a missing value). */
export function parse<O extends Options>(
  args: string[],
  options: O,
): { ok: true; value: Parsed<O> } | { ok: false; message: string } {
  try {
    return { ok: true, value: parseArgs({ args, options, allowPositionals: true, strict: true }) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** The corpus file size cap from the environment (CORPUS_MAX_FILE_BYTES, as the bot reads it), or the message. */
export function maxFileBytesOption(): { ok: true; maxFileBytes: number } | { ok: false; message: string } {
  return corpusMaxFileBytesFrom(process.env);
}

/** Threads for a quote book built on load (BUILD_WORKERS, as the bot reads it), or the message. */
export function buildWorkersOption(): { ok: true; buildWorkers: number | 'auto' } | { ok: false; message: string } {
  return buildWorkersFrom(process.env);
}
