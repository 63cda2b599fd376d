// Entities and mojibake a scraper left in a plain-text page, decoded before the page is read as blocks.
import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  NAMED_ENTITIES,
  repairMojibake,
  repairText,
  withoutMarkdownStrong,
} from '../../src/corpus/textRepair.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from '../quotes/fixtures.ts';
import { cleanArticle } from '../../src/corpus/clean.ts';

describe('decodeEntities', () => {
  for (const [name, ch] of [...NAMED_ENTITIES].sort())
    it(`decodes &${name}; to ${JSON.stringify(ch)}`, () => {
      expect(decodeEntities(`the pier&${name};s end`)).toBe(`the pier${ch}s end`);
    });

  it('decodes decimal and hexadecimal character references', () => {
    expect(decodeEntities('the Navy&#39;s pier, &#x201C;open&#x201d;')).toBe("the Navy's pier, “open”");
  });

  it('reads 128–159 as Windows-1252’s characters, as HTML does', () => {
    expect(decodeEntities('&#147;Open,&#148; she said &#150; twice')).toBe('“Open,” she said – twice');
  });

  it('leaves an unknown name, a control character and a lone ampersand as written', () => {
    expect(decodeEntities('Marks & Spencer &copyx; &#7; &#xD800;')).toBe('Marks & Spencer &copyx; &#7; &#xD800;');
  });
});

describe('repairMojibake', () => {
  const cases: [string, string][] = [
    ['â€œ', '“'],
    ['â€\uFFFD', '”'],
    ['â€\u009D', '”'],
    ['â€˜', '‘'],
    ['â€™', '’'],
    ['â€“', '–'],
    ['â€”', '—'],
    ['â€¦', '…'],
    ['Ã©', 'é'],
    ['Ã±', 'ñ'],
    ['Ã¶', 'ö'],
    ['Â£', '£'],
  ];
  for (const [bad, good] of cases)
    it(`reads ${JSON.stringify(bad)} again as ${JSON.stringify(good)}`, () => {
      expect(repairMojibake(`a ${bad} b`)).toBe(`a ${good} b`);
    });

  it('reads a ” whose last byte the page lost altogether before a space or the end', () => {
    expect(repairMojibake('â€œIt will open in May,â€ Ann said. â€œSoon.â€')).toBe(
      '“It will open in May,” Ann said. “Soon.”',
    );
  });

  it('leaves text that only looks like it alone (“SÃO PAULO”, “âge”)', () => {
    expect(repairMojibake('SÃO PAULO and l’âge d’or')).toBe('SÃO PAULO and l’âge d’or');
  });
});

describe('repairText in a page', () => {
  it('keeps a quotation whose marks the scraper left as entities or mojibake as a quotation line', () => {
    const raw = [
      'Tenants told to leave a block in the city centre',
      'The new owners gave every household four months to move out before the renovation begins in spring.',
      '&quot;My rent has doubled since the sale in March,&quot; said Harjit Malhi, a bus driver.',
      'â€œWhere would a woman of my age find a flat,â€\uFFFD she said.',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 12)])).toEqual([
      ['title', 'Tenants told'],
      ['body', 'The new owne'],
      ['body', '"My rent has'],
      ['body', '“Where would'],
    ]);
    expect(repairText('â€œOurs,â€\uFFFD she said &amp; left.')).toBe('“Ours,” she said & left.');
  });
});

describe('withoutMarkdownStrong', () => {
  it('takes the strong-emphasis marks off a whole line and off capitalised words, and leaves them inside words as written', () => {
    expect(
      [
        '**Dr Ana Ruiz, ecologist, Harbour Institute**',
        '__What the managers said__',
        'The __final__ vote and the **second** one',
        'Ruiz called the protest "a f**king disgrace and a load of s**t" before leaving.',
        'Check the __init__ notes before Friday.',
        '** Rated 5 **',
        '**Ana Ruiz:** "We will not move the market."',
        'Council leader **Ana Ruiz**, speaking on Monday, said so.',
      ].map(withoutMarkdownStrong),
    ).toEqual([
      'Dr Ana Ruiz, ecologist, Harbour Institute',
      'What the managers said',
      'The __final__ vote and the **second** one',
      'Ruiz called the protest "a f**king disgrace and a load of s**t" before leaving.',
      'Check the __init__ notes before Friday.',
      '** Rated 5 **',
      'Ana Ruiz: "We will not move the market."',
      'Council leader Ana Ruiz, speaking on Monday, said so.',
    ]);
  });

  it('gives the quote under a bold name line of a reactions roundup to that name', () => {
    const book = buildQuoteBook([
      story('bold-roundup', [
        'The city council unveiled a clean air plan on Tuesday. Here is what some of those who read it said:',
        '**Dr Ana Ruiz, atmospheric scientist, Harbour Institute**',
        '"The targets are fair. The question is whether anyone will ever be fined for missing them."',
        "**Tomas Vell, president, Harbour Builders' Association**",
        '"We support clean air, but our members cannot be the only ones asked to pay for it."',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ana Ruiz', 'Tomas Vell']);
  });
});
