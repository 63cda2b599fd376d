// /quote with a surname two quoted people share: the reply asks which one, autocomplete tells them apart by role.
import { beforeAll, describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import type { Deps } from '../../commands/types.ts';
import { loadDeps } from '../../src/load/deps.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { prepareQuoteBook } from '../../src/quotes/prepare.ts';
import { story } from '../quotes/fixtures.ts';

let deps: Deps;

beforeAll(async () => {
  const articles = [
    story('c1', [
      'Governor Roy Cooper declared a state of emergency as the storm approached the coast on Thursday.',
      '“Get out now while you still can and do not wait for the water to rise,” Cooper said.',
    ]),
    story('c2', [
      'Judge Scott Cooper ruled on Monday that the county had broken the law.',
      '“The county ignored its own rules for more than three years,” Cooper said.',
    ]),
  ];
  const loaded = (await loadDeps('data')).deps;
  deps = { ...loaded, corpus: { ...loaded.corpus, articles }, quotes: prepareQuoteBook(buildQuoteBook(articles)) };
});

describe('/quote with a shared surname', () => {
  it('asks which person is meant, listing each with role and quote count', async () => {
    const parsed = quote.parse({ speaker: 'Cooper' });
    if (!parsed.ok) throw new Error(parsed.error);
    const reply = await quote.run(parsed.value, deps, { page: 0 });
    expect(reply).toMatchObject({ kind: 'info', ephemeral: true, heading: 'Which Cooper?', citations: [] });
    expect(reply.lines).toEqual([
      'Several people quoted in these articles are called Cooper:',
      '• Roy Cooper — Governor, 1 quote',
      '• Scott Cooper — Judge, 1 quote',
      'Ask again with the full name, for example: /quote speaker: Roy Cooper',
    ]);
  });

  it('answers a full name with that person’s quotes only', async () => {
    const parsed = quote.parse({ speaker: 'Scott Cooper' });
    if (!parsed.ok) throw new Error(parsed.error);
    const reply = await quote.run(parsed.value, deps, { page: 0 });
    expect([reply.kind, reply.heading, reply.citations.map((c) => c.excerpt)]).toEqual([
      'answer',
      'Scott Cooper',
      ['The county ignored its own rules for more than three years'],
    ]);
  });

  it('shows both people with their roles in autocomplete', () => {
    expect(quote.autocomplete?.('speaker', 'coo', deps)).toEqual([
      { name: 'Roy Cooper — Governor (1 quote)', value: 'Roy Cooper' },
      { name: 'Scott Cooper — Judge (1 quote)', value: 'Scott Cooper' },
    ]);
  });
});
