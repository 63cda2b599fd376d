// `import PATH [--manifest FILE.jsonl|FILE.csv] [--data DIR]`: adds a folder of pages or text files in one step.
// Metadata comes from the manifest, else from the pages; a bar on a terminal, plain lines otherwise; a summary.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dataOption, maxFileBytesOption, parse } from './args.ts';
import type { CliCommand, CliIo } from './io.ts';
import { parseImportManifest, type ImportRow } from '../corpus/importManifest.ts';
import { importFolder, type ImportSummary } from '../load/importFolder.ts';
import { PROGRESS_INTERVAL_MS } from '../load/progress.ts';

const BAR_WIDTH = 30;

/** A bar redrawn in place on a terminal; elsewhere a plain line at most every PROGRESS_INTERVAL_MS (and the last). */
export function importProgress(
  io: CliIo,
  now: () => number = Date.now,
): (stage: 'validating' | 'writing', done: number, total: number) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (stage, done, total) => {
    if (io.status) {
      const filled = Math.round((done / Math.max(1, total)) * BAR_WIDTH);
      io.status(`import: [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${stage}`);
      if (done === total && stage === 'writing') io.status('');
      return;
    }
    const t = now();
    if (done !== total && t - last < PROGRESS_INTERVAL_MS) return;
    last = t;
    io.err(`import: ${stage} ${done} of ${total} files`);
  };
}

export function summaryLines(summary: ImportSummary, dir: string): string[] {
  const { added, duplicates, refused } = summary;
  return [
    `import: ${added.length} added, ${duplicates.length} skipped as duplicates, ${refused.length} refused (corpus ${dir})`,
    ...added.map((a) => `added ${a.file}: "${a.title ?? 'untitled'}", ${a.passages} passage(s)`),
    ...duplicates.map((d) => `duplicate ${d.file}: ${d.reason}`),
    ...refused.map((r) => `refused ${r.file}: ${r.reason}`),
  ];
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import PATH [--manifest FILE.jsonl|FILE.csv] [--data DIR]   add a folder of pages or text files in one step',
  async run(args, io) {
    const parsed = parse(args, { ...dataOption, manifest: { type: 'string' } });
    if (!parsed.ok) {
      io.err(`import: ${parsed.message}`);
      return 2;
    }
    const { values, positionals } = parsed.value;
    if (positionals.length !== 1) {
      io.err(`import: missing PATH, the folder to import\nusage: ${importCommand.usage}`);
      return 2;
    }
    const limit = maxFileBytesOption();
    if (!limit.ok) {
      io.err(`import: ${limit.message}`);
      return 2;
    }
    let rows: ReadonlyMap<string, ImportRow> = new Map();
    if (values.manifest !== undefined) {
      let text: string;
      try {
        text = await readFile(values.manifest, 'utf8');
      } catch (error) {
        io.err(
          `import: --manifest ${values.manifest} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}\nimport: nothing was changed`,
        );
        return 1;
      }
      const manifest = parseImportManifest(basename(values.manifest), text);
      if (!manifest.ok) {
        for (const error of manifest.errors) io.err(`import: ${error}`);
        io.err('import: nothing was changed');
        return 1;
      }
      rows = manifest.rows;
    }
    const result = await importFolder(
      { source: positionals[0] ?? '', rows, dir: values.data },
      { maxFileBytes: limit.maxFileBytes, onProgress: importProgress(io) },
    );
    if (!result.ok) {
      for (const error of result.errors) io.err(`import: ${error}`);
      io.err('import: nothing was changed');
      return 1;
    }
    for (const line of summaryLines(result.summary, values.data)) io.out(line);
    return result.summary.refused.length > 0 ? 1 : 0;
  },
};
