// Roundup headings naming a speaker and a topic ("NAME on TOPIC", "On TOPIC") over the quotes under them.
import { describe, expect, it } from 'vitest';
import { topicHeadingName, topicOnlyHeading } from '../../src/quotes/layoutRuns.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { roundupHeading, story } from './fixtures.ts';

const QUOTE = '“We defended well for ninety minutes and deserved the clean sheet in the end.”';

describe('topicHeadingName', () => {
  it('reads the name before “on” and a topic, in title case or set in capitals, over a quote', () => {
    expect(
      [
        'Orla Brennan on the result',
        'ORLA BRENNAN ON HER WINNER',
        'NUALA OKAFOR-HALE ON THE INJURY',
        'Orla Brennan',
        'On the injury',
      ].map((heading) => topicHeadingName(...roundupHeading(heading, QUOTE))),
    ).toEqual([['Orla', 'Brennan'], ['Orla', 'Brennan'], ['Nuala', 'Okafor-Hale'], null, null]);
  });

  it('reads nothing over a paragraph of the writer’s own words', () => {
    const below = 'Brennan was pleased with the result and praised her side for a brave second half.';
    expect(topicHeadingName(...roundupHeading('Orla Brennan on the result', below))).toBe(null);
  });
});

describe('topicOnlyHeading', () => {
  it('reads “On TOPIC” over a quote, in either case, as the speaker going on', () => {
    expect(
      ['On the injury', 'ON CHI OKAFOR', 'Orla Brennan on the result', 'On'].map((heading) =>
        topicOnlyHeading(...roundupHeading(heading, QUOTE)),
      ),
    ).toEqual([true, true, false, false]);
  });
});

describe('a roundup under topic headings', () => {
  it('gives each quote to the person its heading names, and an “On …” heading’s quote to the one before', () => {
    const book = buildQuoteBook([
      story('topic-roundup', [
        'Head coach Orla Brennan praised her side after Harbour came from behind to win 2-1, with a late goal from substitute Ama Osei.',
        'ORLA BRENNAN ON THE RESULT',
        '“I am proud of the way we came back. Conceding first against them is never easy.”',
        'ON AMA OSEI',
        '“Ama waited a long time for her chance and took it with both feet tonight.”',
        'AMA OSEI ON HER WINNER',
        '“I saw the gap at the near post and hit it as hard as I possibly could.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Orla Brennan',
      'Orla Brennan',
      'Ama Osei',
    ]);
  });
});
