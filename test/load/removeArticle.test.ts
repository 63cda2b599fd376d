import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/load/removeArticle.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-remove-'));
  dirs.push(dir);
  const articles = ['a.txt', 'b.html'].map((file, n) => ({
    file,
    title: n === 0 ? 'Alpha' : null,
    outlet: 'o',
    url: `https://o.example/${n}`,
    published: null,
  }));
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ _about: 'kept', articles }));
  for (const { file } of articles) await writeFile(join(dir, file), 'text');
  return dir;
}

describe('removeArticle', () => {
  it('takes the entry out of sources.json, keeps the rest of it, and removes the file', async () => {
    const dir = await folder();
    expect(await removeArticle(dir, 'https://o.example/0')).toEqual({ ok: true, file: 'a.txt', title: 'Alpha' });
    expect(JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8'))).toEqual({
      _about: 'kept',
      articles: [{ file: 'b.html', title: null, outlet: 'o', url: 'https://o.example/1', published: null }],
    });
    expect((await readdir(dir)).sort()).toEqual(['b.html', 'sources.json']);
  });

  it('changes nothing for a url no article has, and says so', async () => {
    const dir = await folder();
    const before = await readFile(join(dir, 'sources.json'), 'utf8');
    expect(await removeArticle(dir, 'https://o.example/9')).toEqual({
      ok: false,
      error: 'no article has the url https://o.example/9',
    });
    expect(await readFile(join(dir, 'sources.json'), 'utf8')).toBe(before);
  });
});
