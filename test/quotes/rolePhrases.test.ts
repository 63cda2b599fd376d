// Role phrases read back from a name: a role's complement may name the body it is held in, described in lower case
// before its noun ("chief executive of contract packaging firm Kestrel Precision").
import { describe, expect, it } from 'vitest';
import {
  BODY_COMPLEMENT_LINKS,
  BODY_ROLE_MODIFIERS,
  bodyComplementStart,
  NAME_REMIT_OPENERS,
  nameRemitEnd,
  roleBefore,
  singularForms,
} from '../../src/quotes/rolePhrases.ts';
import { quoteSpeakers, spacedTokens } from './fixtures.ts';
import { ROLE_MODIFIERS } from '../../src/quotes/roleLexicon.ts';

describe('bodyComplementStart', () => {
  for (const link of [...BODY_COMPLEMENT_LINKS].sort())
    it(`finds the “${link}” opening a body’s complement after a role noun (BODY_COMPLEMENT_LINKS)`, () => {
      const tokens = spacedTokens(`chief executive ${link} contract packaging firm Kestrel Precision said`);
      expect([bodyComplementStart(tokens, 8), roleBefore(tokens, 8)?.text]).toEqual([
        2,
        `chief executive ${link} contract packaging firm Kestrel Precision`,
      ]);
    });

  it('finds none without a body noun before the name, past six describing words, or with no role noun before the link', () => {
    expect([
      bodyComplementStart(spacedTokens('chief executive of contract packaging Kestrel Precision said'), 7),
      bodyComplementStart(
        spacedTokens('chief executive of a very old and large contract packaging firm Kestrel said'),
        12,
      ),
      bodyComplementStart(spacedTokens('she spoke of contract packaging firm Kestrel Precision said'), 8),
    ]).toEqual([7, 12, 8]);
  });

  it('gives “NAME, chief executive of … firm BODY, which …, said” to the name, not to the body', () => {
    expect(
      quoteSpeakers([
        'Harbour Semiconductor pushed back the opening of its new plant by a year and a half, its chief told investors on Tuesday.',
        'Tan Wei Ming, chief executive of contract packaging firm Kestrel Precision Bhd, which assembles boards for Harbour, said it had “room to spare.”',
      ]),
    ).toEqual(['Tan Wei Ming']);
  });
});

describe('a body’s letters in brackets before a role', () => {
  it('keeps “Bus Owners Association (BOA) chairman” whole as the role before a name', () => {
    const tokens = spacedTokens('Bus Owners Association ( BOA ) chairman Peter Mwangi said');
    expect(roleBefore(tokens, 7)?.text).toBe('Bus Owners Association (BOA) chairman');
  });

  it('gives a quote after “the BOA chairman was non-committal.” to the chairman when another person spoke between', () => {
    expect(
      quoteSpeakers([
        'Bus stops across the city stood empty on Monday as operators walked out over the new fuel tax.',
        'Bus Owners Association (BOA) chairman Peter Kamau Mwangi told the Courier the stoppage would last all week.',
        '“Fares cannot go up again. Riders are stretched as it is,” he said.',
        'Driver Tom Oduor said his union had ordered him to work. “I have a family to feed,” he said.',
        'Pressed on a return to service, the BOA chairman gave nothing away. “We will decide that tonight.”',
      ]),
    ).toEqual(['Peter Kamau Mwangi', 'Tom Oduor', 'Peter Kamau Mwangi']);
  });
});

describe('a body’s name before the plain words of a role', () => {
  for (const word of [...BODY_ROLE_MODIFIERS].sort())
    it(`keeps “Tallow Quay ${word} administrator” whole as the role before a name (BODY_ROLE_MODIFIERS)`, () => {
      const tokens = spacedTokens(`Tallow Quay ${word} administrator Ines Carrow told ShopWatch`);
      expect(roleBefore(tokens, 4)?.text).toBe(`Tallow Quay ${word} administrator`);
    });

  it('takes no verb or other plain word after a name into the role (“Hale met union leader”)', () => {
    expect([
      roleBefore(spacedTokens('Hale met union leader Ann Lee'), 4)?.text,
      roleBefore(spacedTokens('Harwick Council appointed new director Tom Hale'), 5)?.text,
      roleBefore(spacedTokens('President Ann Lee appointed economist Tom Hale'), 5)?.text,
    ]).toEqual(['leader', 'new director', 'economist']);
  });

  it('gives “…,” BODY joint administrator NAME told OUTLET. to the name', () => {
    expect(
      quoteSpeakers([
        'Administrators said on Monday that all the chain’s stores would keep trading for now while buyers were sought.',
        '“Sadly, voucher holders rank behind the banks,” Tallow Quay joint administrator Ines Carrow told ShopWatch.',
      ]),
    ).toEqual(['Ines Carrow']);
  });
});

describe('an age among the words of a role', () => {
  it('reads “the 58-year-old transport minister” whole, the article before the age opening it', () => {
    expect([
      roleBefore(spacedTokens('the 58-year-old transport minister added'), 4),
      roleBefore(spacedTokens('58-year-old schools minister added'), 3)?.text,
    ]).toEqual([
      { from: 0, to: 4, text: '58-year-old transport minister', head: 'minister', determiner: 'the' },
      'minister',
    ]);
  });

  it('gives “…,” the 58-year-old former transport minister added to the premier named before', () => {
    expect(
      quoteSpeakers([
        'Marit Solvang will become the next premier after an accord on Tuesday with three crossbenchers, closing a week of talks.',
        '“We now hold a working majority for the first time,” Solvang told reporters in the capital.',
        '“This cabinet is not the one I planned, and perhaps a wiser one,” the 58-year-old former transport minister added.',
      ]),
    ).toEqual(['Marit Solvang', 'Marit Solvang']);
  });
});

describe('singularForms', () => {
  it('gives the singulars a plural may have, and none for a word not ending in “s”', () => {
    expect([
      singularForms('critics'),
      singularForms('witnesses'),
      singularForms('agencies'),
      singularForms('staff'),
    ]).toEqual([['critic'], ['witnesse', 'witness'], ['agencie', 'agenci', 'agency'], []]);
  });
});

describe('the body or place a name is of, before the comma closing it (nameRemitEnd)', () => {
  for (const opener of [...NAME_REMIT_OPENERS].sort())
    it(`ends past “${opener} the Tarn Isles” after the name`, () => {
      const tokens = spacedTokens(`President Sefa Malolo ${opener} the Tarn Isles , told reporters`);
      expect(nameRemitEnd(tokens, 3)).toBe(7);
    });

  it('reads small words between capitalised ones (“of the University of Kelmar and Tarn”)', () => {
    const tokens = spacedTokens('Dr Ann Hale of the University of Kelmar and Tarn , said');
    expect(nameRemitEnd(tokens, 3)).toBe(10);
  });

  it('is the token itself before no opener, and before an opener with no capitalised word after it', () => {
    expect([
      nameRemitEnd(spacedTokens('Ann Hale , said'), 2),
      nameRemitEnd(spacedTokens('Ann Hale of course said'), 2),
      nameRemitEnd(spacedTokens('Ann Hale in Tarn , said'), 2),
    ]).toEqual([2, 2, 2]);
  });
});

describe('a word of nationality before the plain words of a role', () => {
  it('gives the quote to the name after “the talks’ chair, Norwegian climate minister NAME,”', () => {
    expect(
      quoteSpeakers([
        'Delegates from nearly two hundred countries agreed a final text early on Sunday after two nights of talks.',
        '“It is not everything we wanted, but it is a text we can work with,” the talks’ chair, Norwegian climate minister Ingrid Tveitaa, told delegates.',
      ]),
    ).toEqual(['Ingrid Tveitaa']);
  });
});

describe('a lower-case modifier before a titled name after an inverted “said” (ROLE_MODIFIERS)', () => {
  for (const word of [...ROLE_MODIFIERS].sort())
    it(`gives “…,” said ${word} Colonel NAME, who … to NAME`, () => {
      expect(
        quoteSpeakers([
          'Tariq Amani, who has died aged 56, spent fifteen years translating for visiting officers in the valley.',
          `“He could read a room full of strangers in a minute and tell you who was afraid,” said ${word} Colonel Hugo Marten, who led a unit there.`,
        ]),
      ).toEqual(['Hugo Marten']);
    });
});
