import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { decodeSections, encodeSections } from '../../src/search/binary.ts';
import { indexTerms } from '../../src/search/fold.ts';
import { buildIndex, INDEX_VERSION, loadIndex, serializeIndex } from '../../src/search/indexCodec.ts';
import { createRetriever } from '../../src/search/retriever.ts';
import { fixtureCorpus } from './fixture-corpus.ts';

describe('serializeIndex / loadIndex', () => {
  const corpus = fixtureCorpus();
  const built = buildIndex(corpus);

  it('loads an index that searches exactly like the one it was saved from', () => {
    const loaded = loadIndex(serializeIndex(built));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const fresh = createRetriever(corpus, built);
    const restored = createRetriever(corpus, loaded.index);
    for (const question of [
      'council harbor dredging',
      'Wierzbiki',
      'harbour programme',
      'When does the school open?',
    ]) {
      expect(restored.search(restored.plan(question), 10)).toEqual(fresh.search(fresh.plan(question), 10));
      expect(restored.plan(question)).toEqual(fresh.plan(question));
    }
    expect(loaded.index.documentCount).toBe(corpus.passages.length);
  });

  it('holds exactly what minisearch holds after adding the same analysed passages one by one', () => {
    const titles = new Map(corpus.articles.map((a) => [a.id, indexTerms(a.title ?? '').join(' ')]));
    const reference = new MiniSearch<{ id: string; text: string; title: string }>({
      fields: ['text', 'title'],
      storeFields: [],
      tokenize: (text) => (text.length === 0 ? [] : text.split(' ')),
      processTerm: (term) => term,
    });
    reference.addAll(
      corpus.passages.map((p) => ({
        id: p.id,
        text: indexTerms(p.text).join(' '),
        title: titles.get(p.articleId) ?? '',
      })),
    );
    const byTerm = (json: AsPlainObject): AsPlainObject => ({
      ...json,
      index: [...json.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    });
    const loaded = loadIndex(serializeIndex(built));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(byTerm(built.engineSnapshot())).toEqual(byTerm(reference.toJSON()));
    expect(byTerm(loaded.index.engineSnapshot())).toEqual(byTerm(reference.toJSON()));
  });

  it('refuses bytes that are not a saved index, as a value', () => {
    expect(loadIndex(new TextEncoder().encode('{not json'))).toEqual({
      ok: false,
      message: 'search index is unreadable: not an archivist binary file',
    });
    expect(loadIndex(encodeSections({ format: 'something-else' }, new Map()))).toEqual({
      ok: false,
      message: 'search index has an unknown format',
    });
  });

  it('refuses a truncated index', () => {
    const bytes = serializeIndex(built);
    expect(loadIndex(bytes.subarray(0, bytes.length - 64))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^search index is unreadable: truncated section/u),
    });
  });

  it('refuses an index saved by another analysis version', () => {
    const decoded = decodeSections(serializeIndex(built));
    if (!decoded.ok) throw new Error(decoded.message);
    const stale = encodeSections(
      { ...(decoded.value.header as object), version: INDEX_VERSION + 1 },
      decoded.value.sections,
    );
    expect(loadIndex(stale)).toEqual({
      ok: false,
      message: `search index version ${INDEX_VERSION + 1} is stale (current: ${INDEX_VERSION})`,
    });
  });

  it('refuses postings that point past the last passage', () => {
    const decoded = decodeSections(serializeIndex(built));
    if (!decoded.ok) throw new Error(decoded.message);
    const sections = new Map(decoded.value.sections);
    const docs = (sections.get('text.docs') as Uint32Array).slice();
    docs[0] = corpus.passages.length;
    sections.set('text.docs', docs);
    expect(loadIndex(encodeSections(decoded.value.header, sections))).toEqual({
      ok: false,
      message: 'search index has inconsistent text postings',
    });
  });
});

describe('SearchIndex', () => {
  const built = buildIndex(fixtureCorpus());

  it('refuses an index naming a passage twice, as a value', () => {
    const decoded = decodeSections(serializeIndex(built));
    if (!decoded.ok) throw new Error(decoded.message);
    const header = decoded.value.header as { passageIds: string[] };
    const twice = {
      ...header,
      passageIds: header.passageIds.map((id, i) => (i === 1 ? (header.passageIds[0] as string) : id)),
    };
    expect(loadIndex(encodeSections(twice, decoded.value.sections))).toEqual({
      ok: false,
      message: 'search index has a passage id twice',
    });
  });

  it('leaves out passage ids it is told the loader knows, and needs them back to load', () => {
    const ids = fixtureCorpus().passages.map((p) => p.id);
    const bytes = serializeIndex(built, ids);
    const decoded = decodeSections(bytes);
    expect(decoded.ok ? decoded.value.header : null).toMatchObject({ passageIds: null, passageCount: ids.length });
    const loaded = loadIndex(bytes, ids);
    const storedIds = loadIndex(serializeIndex(built));
    expect(loaded.ok ? loaded.index.engineSnapshot() : null).toEqual(
      storedIds.ok ? storedIds.index.engineSnapshot() : undefined,
    );
    expect(loadIndex(bytes)).toEqual({ ok: false, message: 'search index lacks its passage ids' });
    expect(loadIndex(bytes, ids.slice(1))).toEqual({
      ok: false,
      message: `search index has ${ids.length} passages, not ${ids.length - 1}`,
    });
    const other = ids.map((id, i) => (i === 0 ? 'elsewhere#0' : id));
    const kept = decodeSections(serializeIndex(built, other));
    expect(kept.ok ? kept.value.header : null).toMatchObject({ passageIds: ids });
  });

  it('says whether any of the passages holds a term in its text or its title', () => {
    // c_ferry.txt: "Ferry strike ends with pay deal" is the title; "crew" is in the text of its first passage only.
    expect(built.containsAny('crew', ['c_ferry#0'])).toBe(true);
    expect(built.containsAny('strike', ['c_ferry#0'])).toBe(true);
    expect(built.containsAny('dredg', ['c_ferry#0'])).toBe(false);
    expect(built.containsAny('crew', ['no_such#0'])).toBe(false);
    expect(built.containsAny('zzzz', ['c_ferry#0'])).toBe(false);
    expect(built.containsAny('dredg', ['c_ferry#0', 'a_harbour#0'])).toBe(true);
    const loaded = loadIndex(serializeIndex(built));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(['crew', 'strike', 'dredg'].map((t) => loaded.index.containsAny(t, ['c_ferry#0']))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('exposes no engine state as properties', () => {
    expect(Object.keys(built)).toEqual([]);
  });
});
