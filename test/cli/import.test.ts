import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { importProgress } from '../../src/cli/import.ts';
import { articleText, captureIo, corpusOf, tempDir } from '../reliability/corpus-helpers.ts';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

async function pagesFolder(): Promise<string> {
  const folder = await tempDir('import-pages');
  await cp(PAGES, folder, { recursive: true });
  return folder;
}

describe('cli import', () => {
  it('adds pages with metadata from a CSV manifest and reports added, duplicates and refused', async () => {
    const folder = await pagesFolder();
    await writeFile(join(folder, 'zz-again.html'), await readFile(join(PAGES, 'orchard-frost.html')));
    await writeFile(join(folder, 'notes.txt'), articleText(7));
    const csv = join(await tempDir('import-csv'), 'rows.csv');
    await writeFile(
      csv,
      'file,outlet,url,title\n' +
        'library-reopening.html,Valley Evening Post,https://valley.example/library,\n' +
        'orchard-frost.html,"Shire Farming Weekly",https://farming.example/frost,"Frost, and apples"\n' +
        'zz-again.html,Shire Farming Weekly,https://farming.example/frost-again,\n',
    );
    const dir = await corpusOf(2, 'import-into');
    const io = captureIo();
    const code = await runCli(['import', folder, '--manifest', csv, '--data', dir], io);
    expect(io.output).toEqual([
      `import: 3 added, 1 skipped as duplicates, 2 refused (corpus ${dir})`,
      'added ferry-timetable.html: "Island ferry moves to winter timetable early after engine fault", 5 passage(s)',
      'added library-reopening.html: "Town library reopens after flood repairs", 3 passage(s)',
      'added orchard-frost.html: "Frost, and apples", 4 passage(s)',
      'duplicate zz-again.html: has the same text as orchard-frost.html, already in the corpus',
      'refused README.md: is not a .txt, .html or .htm file',
      'refused notes.txt: has no title, url, outlet: a text file states none; give them in a --manifest row',
    ]);
    expect(code).toBe(1);
    const manifest = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as {
      articles: { file: string; url: string; title: string | null }[];
    };
    expect(manifest.articles.slice(2)).toEqual([
      {
        file: 'ferry-timetable.html',
        title: null,
        outlet: 'The Coastal Courier',
        url: 'https://coastal-courier.example/news/2026/10/ferry-winter-timetable',
        published: null,
      },
      {
        file: 'library-reopening.html',
        title: null,
        outlet: 'Valley Evening Post',
        url: 'https://valley.example/library',
        published: null,
      },
      {
        file: 'orchard-frost.html',
        title: 'Frost, and apples',
        outlet: 'Shire Farming Weekly',
        url: 'https://farming.example/frost',
        published: null,
      },
    ]);
  });

  it('changes nothing when the manifest has a bad line, and names the line', async () => {
    const folder = await pagesFolder();
    const jsonl = join(await tempDir('import-jsonl'), 'rows.jsonl');
    await writeFile(jsonl, '{"file":"orchard-frost.html","outlet":"S","url":"https://s.example/"}\n{"file":\n');
    const dir = await corpusOf(1, 'import-bad');
    const before = (await readdir(dir)).sort();
    const io = captureIo();
    expect(await runCli(['import', folder, '--manifest', jsonl, '--data', dir], io)).toBe(1);
    expect(io.errors[0]).toMatch(/^import: rows\.jsonl line 2 is not valid JSON: /u);
    expect(io.errors.at(-1)).toBe('import: nothing was changed');
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('prints a plain progress line at most every two seconds when not on a terminal, and the last one', () => {
    const io = captureIo();
    let now = 0;
    const progress = importProgress(io, () => now);
    for (let done = 1; done <= 10; done++) {
      now += 700;
      progress('validating', done, 10);
    }
    expect(io.errors).toEqual([
      'import: validating 1 of 10 files',
      'import: validating 4 of 10 files',
      'import: validating 7 of 10 files',
      'import: validating 10 of 10 files',
    ]);
  });

  it('draws a bar in place on a terminal', () => {
    const lines: string[] = [];
    const io = { ...captureIo(), status: (line: string) => lines.push(line) };
    const progress = importProgress(io);
    progress('writing', 1, 2);
    progress('writing', 2, 2);
    expect(lines).toEqual([
      `import: [${'#'.repeat(15)}${'-'.repeat(15)}] 1/2 writing`,
      `import: [${'#'.repeat(30)}] 2/2 writing`,
      '',
    ]);
  });
});
