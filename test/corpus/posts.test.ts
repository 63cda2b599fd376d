import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.ts';
import { decodeCorpus, encodeCorpus } from '../../src/corpus/codec.ts';
import { buildCorpus } from '../../src/corpus/build.ts';
import { readPage } from '../../src/corpus/page.ts';
import { POST_PLATFORMS, postSignatureAuthor } from '../../src/corpus/posts.ts';

describe('postSignatureAuthor', () => {
  for (const platform of POST_PLATFORMS) {
    it(`reads the author of a signature naming ${platform} before the date`, () => {
      expect(postSignatureAuthor(`— Ines Marlow-Tate, ${platform}, 13 September 2024`)).toBe('Ines Marlow-Tate');
    });
  }

  it('reads the author before a handle and a date in either order of day and month', () => {
    expect([
      postSignatureAuthor('— Ines Marlow-Tate (@InesMT) March 3, 2024'),
      postSignatureAuthor('– Harbour Rowing Club (@harbourrow), 15 August 2024'),
      postSignatureAuthor('- Sen. Ines Marlow-Tate, June 2, 2023 at 9:15 AM'),
    ]).toEqual(['Ines Marlow-Tate', 'Harbour Rowing Club', 'Sen. Ines Marlow-Tate']);
  });

  it('reads the author before a handle holding stops, as Instagram and TikTok handles may', () => {
    expect(postSignatureAuthor('— Ines Marlow-Tate (@ines.mt.rides) May 2, 2024')).toBe('Ines Marlow-Tate');
  });

  it('reads no author from a dash line that credits a quotation or from a line without a dash', () => {
    expect([
      postSignatureAuthor('— Marlow-Tate on the result'),
      postSignatureAuthor('Ines Marlow-Tate (@InesMT) March 3, 2024'),
      postSignatureAuthor('— Ines Marlow-Tate, who chairs the board, said on March 3, 2024 that the club would stay'),
    ]).toEqual([null, null, null]);
  });
});

const POST_PAGE = [
  'Harbour Gazette',
  'Rowing club loses its boathouse',
  'The Harbour Rowing Club will have to leave its boathouse by the end of the year, the council confirmed on Monday after a long dispute over the lease.',
  'Club captain Ines Marlow-Tate reacted on the network within the hour:',
  'Ninety years on this river and this is how it ends. We will fight this decision with everything we have.',
  '— Ines Marlow-Tate (@InesMT) March 3, 2024',
  'The council said it would meet the club next week to discuss a temporary home for its boats and its members.',
];

describe('embedded posts in the cleaner', () => {
  it('marks the body block over a signature line with its author and drops the line', () => {
    const blocks = cleanArticle(POST_PAGE.join('\n\n'), 'Rowing club loses its boathouse');
    expect(blocks.map((b) => [b.kind, b.text.slice(0, 20), b.postBy ?? null])).toEqual([
      ['title', 'Rowing club loses it', null],
      ['body', 'The Harbour Rowing C', null],
      ['heading', 'Club captain Ines Ma', null],
      ['body', 'Ninety years on this', 'Ines Marlow-Tate'],
      ['body', 'The council said it ', null],
    ]);
  });

  it('keeps a post that ends with no stop (an emoji) over its signature line, as body, with chrome after it', () => {
    const page = [
      'Harbour Gazette',
      'Rowing club loses its boathouse',
      'The Harbour Rowing Club will have to leave its boathouse by the end of the year, the council confirmed on Monday after a long dispute over the lease.',
      'Club captain Ines Marlow-Tate has taken to the network.',
      'Ninety years on this river and this is how it ends. Not going quietly 🚣💙',
      '— Ines Marlow-Tate (@InesMT) March 3, 2024',
      '21:12 GMT',
      'Share this page',
    ];
    const blocks = cleanArticle(page.join('\n\n'), 'Rowing club loses its boathouse');
    expect(blocks.filter((b) => b.kind === 'body').map((b) => [b.text.slice(0, 20), b.postBy ?? null])).toEqual([
      ['The Harbour Rowing C', null],
      ['Club captain Ines Ma', null],
      ['Ninety years on this', 'Ines Marlow-Tate'],
    ]);
  });

  it('marks the post of an HTML page whose embed leaves the signature under it', () => {
    const html =
      '<html><head><title>Rowing club loses its boathouse</title></head><body><article>' +
      `<h1>Rowing club loses its boathouse</h1><p>${POST_PAGE[2]}</p><p>${POST_PAGE[3]}</p>` +
      `<blockquote class="twitter-tweet"><p>${POST_PAGE[4]}</p>&mdash; Ines Marlow-Tate (@InesMT) ` +
      `<a href="https://x.example/InesMT/status/1">March 3, 2024</a></blockquote><p>${POST_PAGE[6]}</p>` +
      '</article></body></html>';
    const read = readPage(html);
    if (!read.ok) throw new Error(read.reason);
    expect(read.page.blocks.filter((b) => b.postBy !== undefined)).toEqual([
      { text: POST_PAGE[4], kind: 'body', postBy: 'Ines Marlow-Tate' },
    ]);
    expect(read.page.blocks.some((b) => b.text.includes('@InesMT'))).toBe(false);
  });
});

describe('embedded posts in the corpus', () => {
  const manifest = JSON.stringify({
    articles: [{ file: 'row.txt', title: null, outlet: 'Gazette', url: 'https://g.example/row', published: null }],
  });
  const corpus = buildCorpus(manifest, new Map([['row.txt', new TextEncoder().encode(POST_PAGE.join('\n\n'))]]));

  it('gives the article the paragraph and author of each post', () => {
    const [article] = corpus.articles;
    const post = article?.posts?.[0];
    expect(article?.posts).toHaveLength(1);
    const paragraph = article?.paragraphs[post?.paragraph ?? -1];
    expect([post?.author, article?.text.slice(paragraph?.start, paragraph?.end).slice(0, 20)]).toEqual([
      'Ines Marlow-Tate',
      'Ninety years on this',
    ]);
  });

  it('keeps the posts through the cache columns and refuses a post past the last paragraph', () => {
    const saved = encodeCorpus(corpus);
    if (saved === null) throw new Error('does not encode');
    const read = (name: string) => saved.columns.get(name);
    expect(decodeCorpus(JSON.parse(JSON.stringify(saved.header)), read)).toEqual({ ok: true, corpus });
    const [header] = saved.header.articles;
    if (header === undefined) throw new Error('no article header');
    const stray = {
      ...saved.header,
      articles: [{ ...header, posts: [{ paragraph: 40, author: 'Ines Marlow-Tate' }] }],
    };
    expect(decodeCorpus(stray, read)).toEqual({
      ok: false,
      error: { kind: 'header', reason: 'article row: a post in paragraph 40 of an article with 5 paragraphs' },
    });
  });
});
