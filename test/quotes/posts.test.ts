import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { isOfficeName, postAuthorName } from '../../src/quotes/posts.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';

/** The lines as a page of their own, through the real cleaning, which drops the signature line under the post. */
function postPage(lines: string[]) {
  const title = 'Rowing club loses its boathouse';
  const result = ingestArticle([title, ...lines].join('\n'), {
    file: 'posts.txt',
    title,
    outlet: 'Harbour Gazette',
    url: 'https://news.example.com/posts',
    published: '2024-03-04',
  });
  if (!result.ok) throw new Error(result.problem.message);
  if (result.article.paragraphs.length !== lines.length) throw new Error('the cleaning kept other lines than meant');
  return result.article;
}

/** Each quote of the story as [its first words, its speaker's name and kind, its cue]. */
function attributed(lines: string[]): [string, string | null, string | null][] {
  const book = buildQuoteBook([postPage(lines)]);
  const people = new Map(book.people.map((p) => [p.id, p]));
  return book.quotes.map((q) => {
    const p = q.speaker === null ? undefined : people.get(q.speaker);
    return [q.text.split(' ').slice(0, 4).join(' '), p === undefined ? null : `${p.name} (${p.kind})`, q.cue];
  });
}

const LEAD =
  'The Harbour Rowing Club will have to leave its boathouse by the end of the year, the council confirmed on Monday after a long dispute.';
const AFTER =
  'The council said it would meet the club next week to discuss a temporary home for its boats and its members.';

describe('postAuthorName', () => {
  it('leaves titles and letters after the name off, and reads no name of one word', () => {
    expect([
      postAuthorName('Rep. Ines Marlow-Tate'),
      postAuthorName('Ines Marlow-Tate MP'),
      postAuthorName('Dr Ines Tate'),
      postAuthorName('Harbour Rowing Club'),
      postAuthorName('Marlow'),
    ]).toEqual([
      ['Ines', 'Marlow-Tate'],
      ['Ines', 'Marlow-Tate'],
      ['Ines', 'Tate'],
      ['Harbour', 'Rowing', 'Club'],
      null,
    ]);
  });
});

describe('embedded posts', () => {
  it('gives a post printed without marks to the person its signature names, named in the body before it', () => {
    expect(
      attributed([
        LEAD,
        'Club captain Ines Marlow-Tate, who has rowed for the club since she was twelve, reacted on the network within the hour.',
        'Ninety years on this river and this is how it ends. We will fight this decision with everything we have.',
        '— Ines Marlow-Tate (@InesMT) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['Ninety years on this', 'Ines Marlow-Tate (person)', '— Ines Marlow-Tate (post)']]);
  });

  it('gives a post to its author by the signature alone, titles left off, when the body names nobody', () => {
    expect(
      attributed([
        LEAD,
        'Reaction from the river community was swift, and much of it was angry, as the news spread through the town.',
        'Ninety years on this river and this is how it ends. We will fight this decision with everything we have.',
        '— Cllr Ines Marlow-Tate, Facebook, 3 March 2024',
        AFTER,
      ]),
    ).toEqual([['Ninety years on this', 'Ines Marlow-Tate (person)', '— Cllr Ines Marlow-Tate (post)']]);
  });

  it('gives a post signed with a middle initial to the person the body names in full, shown by the full name', () => {
    expect(
      attributed([
        LEAD,
        'Club captain Ines Calloway Marlow-Tate, who has rowed for the club since she was twelve, reacted within the hour.',
        'Ninety years on this river and this is how it ends. We will fight this decision with everything we have.',
        '— Ines C. Marlow-Tate (@InesMT) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['Ninety years on this', 'Ines Calloway Marlow-Tate (person)', '— Ines C. Marlow-Tate (post)']]);
  });

  it('lists a post signed by a name with a middle initial and nobody else as a person’s, not a body’s', () => {
    expect(
      attributed([
        LEAD,
        'Reaction from the river community was swift, and much of it was angry, as the news spread through the town.',
        'Ninety years on this river and this is how it ends. We will fight this decision with everything we have.',
        '— Ines C. Marlow-Tate (@InesMT) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['Ninety years on this', 'Ines C. Marlow-Tate (person)', '— Ines C. Marlow-Tate (post)']]);
  });

  it('gives a post signed by an office’s account (“District Collector Harbour”) to the person the lead-in names', () => {
    expect(isOfficeName(postAuthorName('District Collector Harbour') ?? [])).toBe(true);
    expect(
      attributed([
        LEAD,
        'District Collector Dr. Ines Marlow-Tate posted on the network within the hour:',
        'Rescue crews are at the boathouse now. Nobody was hurt. Please keep away from the river path tonight.',
        '— District Collector Harbour (@collector_hbr) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['Rescue crews are at', 'Ines Marlow-Tate (person)', null]]);
  });

  it('keeps a signature with an honorific or a title’s modifier no office’s account', () => {
    expect(
      ['Mr Marlow-Tate', 'Harbour High Commission', 'Ines Marlow-Tate'].map((a) =>
        isOfficeName(postAuthorName(a) ?? []),
      ),
    ).toEqual([false, false, false]);
  });

  it('lists a post signed by a body with a cue word as the organisation’s', () => {
    expect(
      attributed([
        LEAD,
        'The club itself broke the news to its members in a short message on the network late on Monday night.',
        'After ninety years on this river we must leave our boathouse. We thank every member for their support.',
        '— Harbour Rowing Club (@harbourrow) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['After ninety years on', 'Harbour Rowing Club (organisation)', '— Harbour Rowing Club (post)']]);
  });

  it('lists a post signed by a name holding a word in capitals as the organisation’s', () => {
    expect(
      attributed([
        LEAD,
        'The rescue service warned swimmers to stay out of the water along the whole coast until Friday.',
        'All beaches from the harbour to the point are closed until further notice. Please stay out of the water.',
        '— Surf Rescue NSW (@surfrescuensw) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['All beaches from the', 'Surf Rescue NSW (organisation)', '— Surf Rescue NSW (post)']]);
  });

  it('lists a post signed by a name opening with “The” as the organisation’s (a band, a club)', () => {
    expect(
      attributed([
        LEAD,
        'The band that played the boathouse every summer said goodbye to it on the network on Monday night.',
        'Right then. Ninety summers of songs on that deck, and we played the last of them. Thank you, river.',
        '— The Tidewater Saints (@tidewatersaints) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['Right then. Ninety summers', 'The Tidewater Saints (organisation)', '— The Tidewater Saints (post)']]);
  });

  it('gives a post printed in marks to its signature’s author when no sentence of the writer names them', () => {
    expect(
      attributed([
        LEAD,
        'Reaction from the river community was swift, and much of it was angry, as the news spread through the town.',
        '“Ninety years on this river and this is how it ends. We will fight this decision with everything we have.”',
        '— Ines Marlow-Tate (@InesMT) March 3, 2024',
        AFTER,
      ]),
    ).toEqual([['Ninety years on this', 'Ines Marlow-Tate (person)', '— Ines Marlow-Tate (post)']]);
  });
});
