import { describe, expect, it } from 'vitest';
import { archive, attachmentProblem, MAX_ATTACHMENT_BYTES } from '../../commands/archive.ts';
import type { ArchiveService } from '../../commands/archiveService.ts';
import type { Deps } from '../../commands/types.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { createRetriever } from '../../src/search/retriever.ts';

const corpus = { articles: [], passages: [], problems: [] };
const baseDeps: Deps = { corpus, retriever: createRetriever(corpus), quotes: buildQuoteBook([]) };

function service(calls: string[]): ArchiveService {
  return {
    fetchAttachment: async (file) => (calls.push(`fetch ${file.name}`), { ok: true, bytes: new Uint8Array([65]) }),
    add: async (r) => (
      calls.push(`add ${r.file} ${r.url}`), { ok: true, file: r.file, title: 'T', passages: 2, speakers: ['Ann Lee'] }
    ),
    remove: async (url) => (calls.push(`remove ${url}`), { ok: false, error: `no article has the url ${url}` }),
  };
}

const file = { url: 'https://cdn.example/a.html', name: 'a.html', size: 100, contentType: 'text/html; charset=utf-8' };

async function run(options: Record<string, unknown>, permissions: string | undefined, deps: Deps) {
  const parsed = archive.parse(options);
  if (!parsed.ok) throw new Error(parsed.error);
  return archive.run(parsed.value, deps, permissions === undefined ? { page: 0 } : { page: 0, permissions });
}

describe('/archive', () => {
  it('adds for a member with Manage Server and says what was added', async () => {
    const calls: string[] = [];
    const reply = await run({ subcommand: 'add', file, url: 'https://n.example/a', outlet: 'N' }, '32', {
      ...baseDeps,
      archive: service(calls),
    });
    expect(reply.lines).toEqual(['Added a.html: "T", 2 passage(s), speakers: Ann Lee.']);
    expect(reply.ephemeral).toBe(true);
    expect(calls).toEqual(['fetch a.html', 'add a.html https://n.example/a']);
  });

  it('accepts Administrator as well', async () => {
    const reply = await run({ subcommand: 'remove', url: 'https://n.example/gone' }, '8', {
      ...baseDeps,
      archive: service([]),
    });
    expect(reply.lines).toEqual(['Not removed: no article has the url https://n.example/gone']);
  });

  it('refuses a member without the permission, or with none known, and calls nothing', async () => {
    const calls: string[] = [];
    for (const permissions of ['3072', undefined]) {
      const reply = await run({ subcommand: 'add', file, url: 'https://n.example/a', outlet: 'N' }, permissions, {
        ...baseDeps,
        archive: service(calls),
      });
      expect(reply.lines).toEqual(['Only members with the Manage Server permission can change the archive.']);
    }
    expect(calls).toEqual([]);
  });

  it('says so where the archive cannot be changed', async () => {
    const reply = await run({ subcommand: 'remove', url: 'https://n.example/a' }, '32', baseDeps);
    expect(reply.lines).toEqual(['The archive cannot be changed here.']);
  });
});

describe('attachmentProblem', () => {
  it('accepts .txt, .html and .htm as text/plain, text/html or of unknown type', () => {
    expect([
      attachmentProblem({ name: 'a.txt', size: 10, contentType: 'text/plain' }),
      attachmentProblem({ name: 'a.HTML', size: 10, contentType: 'text/html; charset=utf-8' }),
      attachmentProblem({ name: 'a.htm', size: MAX_ATTACHMENT_BYTES, contentType: null }),
    ]).toEqual([null, null, null]);
  });
  it('refuses another extension, another type, and more than 2 MB', () => {
    expect(attachmentProblem({ name: 'a.pdf', size: 10, contentType: 'application/pdf' })).toBe(
      'a.pdf is not a .txt or .html file.',
    );
    expect(attachmentProblem({ name: 'a.txt', size: 10, contentType: 'image/png' })).toBe(
      'a.txt is image/png, not text or HTML.',
    );
    expect(attachmentProblem({ name: 'a.txt', size: MAX_ATTACHMENT_BYTES + 1, contentType: 'text/plain' })).toBe(
      'a.txt is 2097153 bytes; at most 2097152 (2 MB) can be added.',
    );
  });
});
