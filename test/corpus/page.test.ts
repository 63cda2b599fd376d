import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { chromeRule, pageDate, PAGE_CHROME, readPage } from '../../src/corpus/page.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

/** For each fixture: what the page states, and text of its chrome that must not reach a passage. */
const PAGES = [
  {
    file: 'ferry-timetable.html',
    title: 'Island ferry moves to winter timetable early after engine fault',
    byline: 'Morag Lindqvist',
    published: '2026-10-14',
    bodyBlocks: 7,
    chrome: [
      'cookies',
      'Subscribe',
      'Home',
      'Related stories',
      'Harbour dredging',
      'Advertisement',
      'Sponsored',
      'Read more island news',
      'harbourwatcher',
      'Great article',
      'Most read',
      'Storm warning',
      'newsletter',
      'All rights reserved',
      'Share on',
      'Photo: Courier archive',
      'dataLayer',
    ],
  },
  {
    file: 'library-reopening.html',
    title: 'Town library reopens after flood repairs',
    byline: 'Tomasz Wierzba',
    published: '2026-03-02',
    bodyBlocks: 6,
    chrome: [
      'cookies',
      'Sign in',
      'Register',
      'ADVERTISEMENT',
      'Get the Post in your inbox',
      'Subscribe to our newsletter',
      'Tags:',
      'Trending now',
      'Bakery wins',
      'About time too',
      'Copyright',
      '_paq',
      '2 March 2026',
    ],
  },
  {
    file: 'orchard-frost.html',
    title: 'Late frost cuts apple harvest across the county',
    byline: 'Priya Raman',
    published: '2026-09-21',
    bodyBlocks: 6,
    chrome: [
      'Your privacy',
      'cookies',
      'Livestock',
      'Subscribe now',
      'You may also like',
      'Hop prices',
      'Same happened to us',
      'Advertise with us',
      'Frost-damaged blossom',
      'createElement',
    ],
  },
];

describe('readPage', () => {
  for (const page of PAGES) {
    it(`finds the title, byline, date and body of ${page.file} and drops its chrome`, () => {
      const read = readPage(fixture(page.file));
      if (!read.ok) throw new Error(read.reason);
      expect([read.page.title, read.page.byline, read.page.published]).toEqual([
        page.title,
        page.byline,
        page.published,
      ]);
      const body = read.page.blocks.filter((b) => b.kind === 'body');
      expect(body).toHaveLength(page.bodyBlocks);
      const all = read.page.blocks.map((b) => b.text).join('\n');
      for (const chrome of page.chrome) expect(all, chrome).not.toContain(chrome);
    });
  }

  it('keeps a heading only when body text follows it', () => {
    const read = readPage(fixture('library-reopening.html'));
    if (!read.ok) throw new Error(read.reason);
    expect(read.page.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['New layout']);
  });

  it('says why when a page has no article', () => {
    expect(readPage('<html><body></body></html>')).toEqual({
      ok: false,
      reason: 'has no article that Readability could find (the page may be an index, a login wall or empty)',
    });
  });
});

describe('PAGE_CHROME', () => {
  const cases: Record<string, { chrome: string; linkChars?: number; prose: string }> = {
    'mostly links': {
      chrome: 'Read more island news',
      linkChars: 21,
      prose: 'The council said the ferry would run three times a day, and a link to the timetable was posted.',
    },
    'furniture words': {
      chrome: 'Subscribe to our newsletter and never miss a local story.',
      prose: 'The library will open at nine on weekdays and at ten on Saturdays, the council said.',
    },
    'byline line': {
      chrome: 'Tomasz Wierzba · 2 March 2026',
      prose: 'Tomasz Wierzba, who has reported on the valley for twenty years, was among the first visitors.',
    },
  };
  for (const rule of PAGE_CHROME) {
    it(`drops a block by "${rule.name}" and keeps prose`, () => {
      const example = cases[rule.name];
      if (example === undefined) throw new Error(`no example for ${rule.name}`);
      expect(
        chromeRule({ text: example.chrome, heading: false, linkChars: example.linkChars ?? 0 }, 'Tomasz Wierzba'),
      ).toBe(rule.name);
      expect(chromeRule({ text: example.prose, heading: false, linkChars: 0 }, 'Tomasz Wierzba')).toBeNull();
    });
  }
});

describe('pageDate', () => {
  it('keeps the date as the page writes it, whatever the time zone', () => {
    expect(pageDate('2026-10-14T00:30:00+02:00')).toBe('2026-10-14');
  });
  it('parses a date written in words', () => {
    expect(pageDate('March 2, 2026 12:00 UTC')).toBe('2026-03-02');
  });
  it('gives null for no date or a date that cannot be read', () => {
    expect([pageDate(undefined), pageDate(null), pageDate('soon')]).toEqual([null, null, null]);
  });
});

describe('ingestArticle with a page', () => {
  const entry = {
    file: 'orchard-frost.html',
    title: null,
    outlet: 'Shire Farming Weekly',
    url: 'https://farming.example/frost',
    published: null,
  };

  it('takes title, date and byline from the page when sources.json leaves them null', () => {
    const result = ingestArticle(fixture('orchard-frost.html'), entry, readPage);
    if (!result.ok) throw new Error(result.problem.message);
    expect([result.article.title, result.article.published, result.article.byline]).toEqual([
      'Late frost cuts apple harvest across the county',
      '2026-09-21',
      'Priya Raman',
    ]);
    expect(
      result.article.text.startsWith('Late frost cuts apple harvest across the county\n\nApple growers in the county'),
    ).toBe(true);
  });

  it('lets sources.json override the page title and date', () => {
    const result = ingestArticle(
      fixture('orchard-frost.html'),
      { ...entry, title: 'Frost and apples', published: '2026-09-22' },
      readPage,
    );
    if (!result.ok) throw new Error(result.problem.message);
    expect([result.article.title, result.article.published]).toEqual(['Frost and apples', '2026-09-22']);
    expect(result.article.text.startsWith('Frost and apples\n\n')).toBe(true);
  });

  it('reports a page as a problem of its entry when no page reader is given', () => {
    expect(ingestArticle(fixture('orchard-frost.html'), entry)).toEqual({
      ok: false,
      problem: {
        file: 'orchard-frost.html',
        message: 'is an HTML page, but this build was run without the page reader',
      },
    });
  });
});

describe('readPage on markup without <html>', () => {
  it('reads a fragment or plain text as the body of a page', () => {
    const text =
      'The harbour board met on Tuesday and agreed to dredge the channel before the spring tides arrive in March.';
    const fragment = readPage(`<p>${text}</p>`);
    const plain = readPage(text);
    if (!fragment.ok || !plain.ok) throw new Error('not read');
    expect(fragment.page.blocks).toEqual([{ text, kind: 'body' }]);
    expect(plain.page.blocks).toEqual([{ text, kind: 'body' }]);
  });
});
