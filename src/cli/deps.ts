// What the reading subcommands (ask, quote, speakers) share with the bot: the corpus loaded through loadDeps (cache,
// CORPUS_MAX_FILE_BYTES, BUILD_WORKERS, cache warnings on stderr) and replies rendered by the console's renderer.
import type { Deps } from '../../commands/types.ts';
import { ANSI, PLAIN, renderForConsole } from '../console/render.ts';
import { loadDeps } from '../load/deps.ts';
import { createLogger } from '../log/logger.ts';
import type { Reply } from '../reply/model.ts';
import { buildWorkersOption, maxFileBytesOption } from './args.ts';
import type { CliIo } from './io.ts';
import { formatProblem } from './problems.ts';

/** The deps for the corpus in `dir`, each corpus problem printed on stderr; or the message for a bad file size cap. */
export async function loadCliDeps(
  dir: string,
  io: CliIo,
): Promise<{ ok: true; deps: Deps } | { ok: false; message: string }> {
  const limit = maxFileBytesOption();
  if (!limit.ok) return limit;
  const workers = buildWorkersOption();
  if (!workers.ok) return workers;
  const logger = createLogger('warn', (line) => io.err(line));
  const { deps, problems } = await loadDeps(dir, {
    maxFileBytes: limit.maxFileBytes,
    buildWorkers: workers.buildWorkers,
    logger,
  });
  for (const problem of problems) io.err(formatProblem(problem));
  return { ok: true, deps };
}

/** A reply as the console prints it: bold query terms on a terminal, plain verbatim text in a pipe. */
export function renderReply(reply: Reply, io: CliIo): string {
  return renderForConsole(reply, io.color === true ? ANSI : PLAIN);
}
