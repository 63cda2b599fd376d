// Whom a quotation opens by addressing: the one person whose words it cannot be (vocatives.ts).
import { describe, expect, it } from 'vitest';
import { ADDRESS_CLOSERS, ADDRESSED_WORDS, opensAddressing } from '../../src/quotes/vocatives.ts';
import { quoteSpeakers } from './fixtures.ts';

describe('a quotation opening by calling on somebody by name', () => {
  it('finds the name at the start, after a word set off by a comma, or after an honorific', () => {
    expect([
      opensAddressing('Odran, you know that is not true.', 'Odran Quarrie'),
      opensAddressing('No, Odran. It is not true.', 'Odran Quarrie'),
      opensAddressing('Mr Quarrie, sit down, please.', 'Odran Quarrie'),
      opensAddressing('Come on, Mr. Quarrie! Sit down.', 'Odran Quarrie'),
    ]).toEqual([true, true, true, true]);
  });

  it('reads past the quote’s opening marks, and finds no address in a word said over and over', () => {
    expect([
      opensAddressing('“Odran, you know that is not true.', 'Odran Quarrie'),
      opensAddressing('‘Come on, Odran. It failed once.', 'Odran Quarrie'),
      opensAddressing('"Mr Quarrie, sit down, please.', 'Odran Quarrie'),
      opensAddressing('“Price, price, price. That is all anyone asks me about.', 'Jack Price'),
    ]).toEqual([true, true, true, false]);
  });

  it('finds no address in a bare name opening the quote before a comma with no “you” after it (ADDRESSED_WORDS)', () => {
    expect([...ADDRESSED_WORDS].sort()).toEqual(['you', 'your']);
    expect([
      opensAddressing('“Odran, your boat is leaking.', 'Odran Quarrie'),
      opensAddressing('“Young, broke and loud. That was us in 1994.', 'Amy Young'),
      opensAddressing('“Quarrie, as a name, has been over that door since 1921.', 'Mary Quarrie'),
    ]).toEqual([true, false, false]);
  });

  it('finds none when the name stands later or is not closed by a mark', () => {
    expect([
      opensAddressing('I told Odran that it was not true.', 'Odran Quarrie'),
      opensAddressing('Quarrie and I built the ramp in 1998.', 'Odran Quarrie'),
      opensAddressing('No, I said to them, Odran is not here.', 'Odran Quarrie'),
    ]).toEqual([false, false, false]);
  });

  it('reads the marks that close a name called out (ADDRESS_CLOSERS)', () => {
    expect([...ADDRESS_CLOSERS].sort()).toEqual(['!', ',', '.', '?'].sort());
    expect([...ADDRESS_CLOSERS].map((mark) => opensAddressing(`No, Odran${mark} Not today.`, 'Odran Quarrie'))).toEqual(
      [true, true, true, true],
    );
  });

  it('keeps a quote paragraph calling on the last speaker from going on as their words', () => {
    const asked = [
      'Odran Quarrie, who sued over the broken ramp, was allowed to question the harbour master, Ines Garrow.',
      '“Mrs Garrow, is it not true that the ramp failed twice in March?” Quarrie asked.',
    ];
    expect([
      quoteSpeakers([...asked, '“No, Odran. It failed once.”']),
      quoteSpeakers([...asked, '“Odran, you know it failed once.”']),
      quoteSpeakers([...asked, '“Mr Quarrie, it failed once.”']),
    ]).toEqual([
      ['Odran Quarrie', null],
      ['Odran Quarrie', null],
      ['Odran Quarrie', null],
    ]);
  });

  it('still lets a quote paragraph go on for the last speaker saying their own name over and over', () => {
    expect(
      quoteSpeakers([
        '“Everybody knows my name on this street,” said Jack Price, who has sold fish at the market since 1981.',
        '“Price, price, price. That is all anyone asks me about.”',
      ]),
    ).toEqual(['Jack Price', 'Jack Price']);
  });
});
