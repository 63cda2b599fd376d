import { INITIALISM_PHRASES } from '../../src/search/abbreviations.ts';
import { describe, expect, it } from 'vitest';
import { analyze, indexTerms } from '../../src/search/fold.ts';
import { americanize } from '../../src/search/spelling.ts';

function terms(text: string): string[] {
  return indexTerms(text);
}

describe('indexTerms', () => {
  it('folds case, accents and curly apostrophes, and drops possessives and stop words', () => {
    expect(terms('Russia’s CAFÉ in Zürich')).toEqual(['russia', 'cafe', 'zurich']);
    expect(terms("Russia's café in zurich")).toEqual(['russia', 'cafe', 'zurich']);
    expect(terms('They don’t know what it’s for')).toEqual(['know']);
  });

  it('indexes a hyphenated compound as its parts and as one word, and a bound prefix only joined', () => {
    expect(terms('NATO-Russia talks')).toEqual(['nato', 'russia', 'natorussia', 'talk']);
    expect(terms('NATO Russia talks')).toEqual(['nato', 'russia', 'talk']);
    expect(terms('co-operation')).toEqual(['oper', 'cooper']);
    expect(terms('cooperation')).toEqual(['cooper']);
    expect(terms('NATO–Russia')).toEqual(terms('NATO-Russia'));
  });

  it('gives British and American spellings the same terms', () => {
    const pairs: [string, string][] = [
      ['defence', 'defense'],
      ['realised', 'realized'],
      ['organisation', 'organization'],
      ['programme', 'program'],
      ['colours', 'colors'],
      ['honourable', 'honorable'],
      ['analyse', 'analyze'],
      ['centre', 'center'],
      ['theatres', 'theaters'],
      ['travelled', 'traveled'],
      ['counsellor', 'counselor'],
      ['dialogue', 'dialog'],
      ['paediatric', 'pediatric'],
      ['grey', 'gray'],
    ];
    for (const [british, american] of pairs) expect(terms(british), british).toEqual(terms(american));
  });

  it('leaves words that only look British alone', () => {
    expect(americanize('called')).toBe('called');
    expect(americanize('quelled')).toBe('quelled');
    expect(americanize('four')).toBe('four');
    expect(americanize('hour')).toBe('hour');
    expect(americanize('rise')).toBe('rise');
    expect(americanize('timbre')).toBe('timbre');
  });

  it('folds U.S., US, USA and United States onto one term but keeps the pronoun "us" a stop word', () => {
    expect(terms('U.S. US USA United States')).toEqual(['usa', 'usa', 'usa', 'usa']);
    expect(terms('the U.N. and the United Nations')).toEqual(['un', 'un']);
    expect(terms('give us time')).toEqual(['give', 'time']);
  });

  it('searches "WHO" and "IT" written in capitals among lower-case words as initialisms, possessive included', () => {
    expect(terms('the WHO said on Monday')).toEqual(['who', 'sai', 'mondai']);
    expect(terms("WHO warns of measles; the WHO's programme")).toEqual(['who', 'warn', 'measl', 'who', 'program']);
    expect(terms('its IT division grew')).toEqual(['it', 'divis', 'grow']);
    expect(terms('after an IT failure')).toEqual(['it', 'failur']);
  });

  it('keeps "WHO" and "IT" function words in a line in capitals and when written in lower case', () => {
    expect(terms('WHO WE ARE | ABOUT IT')).toEqual([]);
    expect(terms('Who said it was over? IT IS OVER')).toEqual(['sai']);
    expect(terms('what did the who say about it')).toEqual(['sai']);
  });

  it('expands an abbreviated month only before a day number', () => {
    expect(terms('Sept. 18, 2009')).toEqual(terms('September 18, 2009'));
    expect(terms('Jan Kowalski')).toEqual(['jan', 'kowalski']);
  });

  it('maps irregular verb forms to their base form', () => {
    expect(terms('said')).toEqual(terms('says'));
    expect(terms('met')).toEqual(terms('meeting'));
  });

  // Every form of the table, each against a regular form of its verb (one case per entry).
  const IRREGULAR_PAIRS: readonly [string, string][] = [
    ['lost', 'losing'],
    ['fell', 'falls'],
    ['fallen', 'falling'],
    ['rose', 'rising'],
    ['risen', 'rises'],
    ['found', 'finding'],
    ['shot', 'shooting'],
    ['sat', 'sitting'],
    ['hung', 'hanging'],
    ['dug', 'digging'],
    ['swept', 'sweeping'],
    ['wept', 'weeping'],
    ['stuck', 'sticking'],
    ['swung', 'swinging'],
    ['shrank', 'shrinking'],
    ['shrunk', 'shrinks'],
    ['slid', 'sliding'],
    ['blew', 'blowing'],
    ['blown', 'blows'],
    ['beaten', 'beating'],
    ['overcame', 'overcoming'],
    ['underwent', 'undergoing'],
    ['undergone', 'undergoes'],
    ['withheld', 'withholding'],
    ['upheld', 'upholding'],
    ['misled', 'misleading'],
    ['forbade', 'forbidding'],
    ['forbidden', 'forbids'],
    ['mistook', 'mistakes'],
    ['overthrew', 'overthrowing'],
    ['overthrown', 'overthrows'],
    ['rebuilt', 'rebuilding'],
    ['laid', 'laying'],
  ];
  for (const [irregular, regular] of IRREGULAR_PAIRS) {
    it(`indexes "${irregular}" under the term of "${regular}"`, () => {
      expect(terms(irregular)).toEqual(terms(regular));
    });
  }

  it('reads thousands separators and decimals as one number', () => {
    expect(terms('2,000 troops and 3.5 per cent')).toEqual(['2000', 'troop', '3.5', 'per', 'cent']);
  });
});

describe('analyze', () => {
  it('gives offsets of every word in the text, compounds as parts then whole, stop words flagged', () => {
    const text = 'The UN-backed plan for U.S. ports';
    expect(analyze(text).map((t) => [text.slice(t.start, t.end), t.term, t.stop])).toEqual([
      ['The', 'the', true],
      ['UN', 'un', false],
      ['backed', 'back', false],
      ['UN-backed', 'unback', false],
      ['plan', 'plan', false],
      ['for', 'for', true],
      ['U.S.', 'usa', false],
      ['ports', 'port', false],
    ]);
  });

  it('spans both words of a folded two-word name', () => {
    const text = 'in the United States today';
    const token = analyze(text).find((t) => t.term === 'usa');
    expect(token && text.slice(token.start, token.end)).toBe('United States');
  });

  it('finds words across accents, combining marks, astral letters, emoji and surrogate halves', () => {
    const text = '«Ça va», dit Zoë — 𝐀𝐁𝐂 test 😀x 2,000\ud800y \udc00z cafe\u0301 end';
    expect(analyze(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'Ça',
      'va',
      'dit',
      'Zoë',
      '𝐀𝐁𝐂',
      'test',
      'x',
      '2,000',
      'y',
      'z',
      'cafe\u0301',
      'end',
    ]);
  });

  it('folds zero-width characters inside a word away, and never makes a word of one alone', () => {
    expect(terms('Ras\u200bmus\u200csen and Ber\u200dgen\u2060sen, Ol\ufeffsen')).toEqual([
      'rasmussen',
      'bergensen',
      'olsen',
    ]);
    const text = 'Ras\u200bmussen \u200b spoke';
    expect(analyze(text).map((t) => [text.slice(t.start, t.end), t.term])).toEqual([
      ['Ras\u200bmussen', 'rasmussen'],
      ['spoke', 'speak'],
    ]);
  });

  it('analyses a spelling the same wherever it occurs, however many different words came before', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(indexTerms(many).length).toBe(5000);
    expect(indexTerms('Ministers said defence')).toEqual(['minist', 'sai', 'defens']);
  });

  it('joins a name pair only across spaces, and not when another word comes between', () => {
    expect(terms('United States')).toEqual(['usa']);
    expect(terms('United, States')).toEqual(['unit', 'state']);
    expect(terms('United the States')).toEqual(['unit', 'state']);
  });

  for (const [phrase, initialism] of INITIALISM_PHRASES) {
    it(`adds the term of "${initialism.toUpperCase()}" over "${phrase}", keeping both words`, () => {
      const [first, second] = phrase.split(' ');
      expect(terms(`The ${phrase} said`)).toEqual([...terms(`${first}`), ...terms(`${second}`), initialism, 'sai']);
      expect(terms(`The ${initialism.toUpperCase()} said`)).toEqual([initialism, 'sai']);
    });
  }

  it('adds the initialism over the phrase written with a hyphen, and only across spaces otherwise', () => {
    expect(terms('third-quarter results')).toEqual(['third', 'quarter', 'thirdquart', 'q3', 'result']);
    expect(terms('chief, executive')).toEqual(['chief', 'execut']);
    const text = 'Our chief executive spoke';
    expect(analyze(text).map((t) => [text.slice(t.start, t.end), t.term])).toEqual([
      ['Our', 'our'],
      ['chief', 'chief'],
      ['executive', 'execut'],
      ['chief executive', 'ceo'],
      ['spoke', 'speak'],
    ]);
  });
});
