// Double-quoted spans of an article, read on their own: marks, pairs typed for one mark, and runs over paragraphs.
import { describe, expect, it } from 'vitest';
import { doubleQuoteSpans } from '../../src/quotes/doubleQuotes.ts';
import { isMarkCode } from '../../src/quotes/quoteMarks.ts';
import { story } from './fixtures.ts';

const LEAD = 'The harbour board met on Monday to plan the dredging of the channel before the winter storms.';

/** The text of each double-quoted span of an article of `lines` (paragraph 1 is the lead), marks included, and the
 * paragraphs it covers. */
function spansOf(lines: string[]): [string, number[]][] {
  const article = story('double', [LEAD, ...lines]);
  return doubleQuoteSpans(article).map((s) => [article.text.slice(s.start, s.end), s.paragraphs]);
}

describe('doubleQuoteSpans', () => {
  it('finds spans between curly, straight and paired marks, each in the paragraph it stands in', () => {
    expect(
      spansOf([
        '“The channel moves every winter,” the pilot said, and "nobody can stop it."',
        "``We dredge it twice a year,'' the board chair added.",
      ]),
    ).toEqual([
      ['“The channel moves every winter,”', [2]],
      ['"nobody can stop it."', [2]],
      ["``We dredge it twice a year,''", [3]],
    ]);
  });

  it('follows a quotation into the next paragraph when the page reopens it there', () => {
    expect(spansOf(['The pilot said: “The channel moves every winter.', '“Nobody can stop it.”'])).toEqual([
      ['“The channel moves every winter.\n\n“Nobody can stop it.”', [2, 3]],
    ]);
  });
});

describe('doubleQuoteSpans in guillemets', () => {
  it('finds a quotation in guillemets set tight or with French spaces inside, and keeps the paragraph through cleaning', () => {
    expect(
      spansOf([
        'The skipper tasted the catch. «C’est du poisson frais, voilà,» she told the inspectors on the quay.',
        'The mate agreed. « Nous partons demain matin », he told them before the tide turned that evening.',
      ]),
    ).toEqual([
      ['«C’est du poisson frais, voilà,»', [2]],
      ['« Nous partons demain matin »', [3]],
    ]);
  });
});

describe('doubleQuoteSpans into a paragraph that lost its opening mark', () => {
  it('follows the quotation to the first closing mark after a stop, then reads the rest of the paragraph', () => {
    expect(
      spansOf([
        'One skipper said the season was the worst he had seen, saying, “We are out every night with nowhere to land.',
        'The crews are worn out and the nets are empty.” Another added, “Nobody will fish here next winter.”',
      ]),
    ).toEqual([
      ['“We are out every night with nowhere to land.\n\nThe crews are worn out and the nets are empty.”', [2, 3]],
      ['“Nobody will fish here next winter.”', [3]],
    ]);
  });
});

describe('doubleQuoteSpans after a stop the page jammed a mark against', () => {
  it('opens a quote at a straight mark before a capital, or before a stray single mark and a capital', () => {
    expect(
      spansOf([
        '"The channel is open again," the pilot said."Nobody has sailed it since March."',
        '"The boats are ready," the skipper said."‘Every crew has trained for this."',
      ]).map(([span]) => span),
    ).toEqual([
      '"The channel is open again,"',
      '"Nobody has sailed it since March."',
      '"The boats are ready,"',
      '"‘Every crew has trained for this."',
    ]);
  });
});

describe('doubleQuoteSpans across a crosshead', () => {
  it('follows a quotation left open past a crosshead when the paragraph after it reopens the quote', () => {
    const article = story('crosshead', [
      LEAD,
      'The pilot said: “The channel moves every winter and the sand comes back within weeks.',
      'Dredging plans',
      '“Nobody can stop it, but we can keep the boats moving if the board pays for a second dredger this year.”',
    ]);
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'body', 'heading', 'body']);
    expect(doubleQuoteSpans(article).map((s) => s.paragraphs)).toEqual([[2, 4]]);
  });

  it('closes the quotation at the crosshead when the paragraph after it does not reopen it, or the label ends in a colon', () => {
    const closed = story('crosshead-closed', [
      LEAD,
      'The pilot said: “The channel moves every winter and the sand comes back within weeks.',
      'Dredging plans',
      'The board will vote on the plan in March, after the harbour master has costed it.',
    ]);
    expect(doubleQuoteSpans(closed).map((s) => s.paragraphs)).toEqual([[2]]);
    const label = story('crosshead-label', [
      LEAD,
      'The pilot said: “The channel moves every winter and the sand comes back within weeks.',
      'The harbour master added:',
      '“Nobody can stop it, but we can keep the boats moving if the board pays for a second dredger this year.”',
    ]);
    expect(doubleQuoteSpans(label).map((s) => s.paragraphs)).toEqual([[2], [4]]);
  });
});

describe('isMarkCode', () => {
  it('knows the straight, curly and guillemet marks and the grave accent, and no letter or stop', () => {
    expect(['"', "'", '`', '“', '”', '‘', '’', '«', '»', 'a', '.'].map((c) => isMarkCode(c.charCodeAt(0)))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
