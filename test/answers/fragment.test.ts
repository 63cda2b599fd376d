import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, MAX_LINK_LENGTH, textFragmentLink } from '../../src/answers/fragment.ts';

describe('encodeFragmentTerm', () => {
  it('percent-encodes the characters a text directive reserves: "-", ",", "&", and spaces', () => {
    expect(encodeFragmentTerm('NATO-Russia, jobs & growth')).toBe('NATO%2DRussia%2C%20jobs%20%26%20growth');
  });

  it('encodes curly quotes and apostrophes as UTF-8', () => {
    expect(encodeFragmentTerm('“Russia’s”')).toBe('%E2%80%9CRussia%E2%80%99s%E2%80%9D');
  });
});

describe('textFragmentLink', () => {
  it('quotes a short excerpt whole', () => {
    expect(textFragmentLink('https://a.example/story', 'Ferry services resumed on Friday.')).toBe(
      'https://a.example/story#:~:text=Ferry%20services%20resumed%20on%20Friday.',
    );
  });

  it('selects a long excerpt by five words from each end', () => {
    const excerpt =
      'The town council approved a programme to dredge the harbour on Tuesday, ending two years of debate.';
    expect(textFragmentLink('https://a.example/story', excerpt)).toBe(
      'https://a.example/story#:~:text=The%20town%20council%20approved%20a,ending%20two%20years%20of%20debate.',
    );
  });

  it('keeps an existing fragment and adds the directive after it', () => {
    expect(textFragmentLink('https://a.example/story#top', 'It rained.')).toBe(
      'https://a.example/story#top:~:text=It%20rained.',
    );
    expect(textFragmentLink('https://a.example/story#top:~:text=old', 'It rained.')).toBe(
      'https://a.example/story#top:~:text=It%20rained.',
    );
  });

  it('takes the start and end words each within its own paragraph', () => {
    expect(textFragmentLink('https://a.example/s', 'Short opener.\n\nThen a second paragraph follows here.')).toBe(
      'https://a.example/s#:~:text=Short%20opener.,a%20second%20paragraph%20follows%20here.',
    );
  });

  it('uses fewer words, then the bare URL, to stay within the link length cap', () => {
    const long = `https://a.example/${'x'.repeat(400)}`;
    const excerpt = `${'Supercalifragilisticexpialidocious '.repeat(12).trim()} end.`;
    const link = textFragmentLink(long, excerpt);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    // Two words from each end would pass the cap; one from each end fits.
    expect(link).toBe(`${long}#:~:text=Supercalifragilisticexpialidocious,end.`);
    const huge = `https://a.example/${'y'.repeat(MAX_LINK_LENGTH)}`;
    expect(textFragmentLink(huge, excerpt)).toBe(huge);
  });

  it('returns the bare URL for an empty excerpt', () => {
    expect(textFragmentLink('https://a.example/s', '  ')).toBe('https://a.example/s');
  });
});
