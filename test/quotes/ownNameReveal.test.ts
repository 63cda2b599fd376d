// A speaker the writer describes unnamed, then names in a sentence that opens by giving their name.
import { describe, expect, it } from 'vitest';
import { IDENTIFYING_COPULAS } from '../../src/quotes/copulaSubjects.ts';
import { OWN_NAME_OPENERS, OWN_NAME_REACH } from '../../src/quotes/ownNameReveal.ts';
import { quoteSpeakers } from './fixtures.ts';

const LEAD = 'The town began auditing the software that sorts job applications at its biggest employers last spring.';
const QUOTE = '“I sent out two hundred forms since the spring,” says the woman at the counter.';
const SCENE = 'She turns a mug of tea she has let go cold and looks out at the car park.';

describe('describedSpeakerNamed', () => {
  it('gives the quote of “says the woman at the counter” to the name “Her name is NAME” gives below', () => {
    expect(quoteSpeakers([LEAD, QUOTE, SCENE, 'Her name is Wren Adair, and she is 51.'])).toEqual(['Wren Adair']);
  });

  for (const [opener, gender] of [...OWN_NAME_OPENERS].sort(([a], [b]) => a.localeCompare(b)))
    it(`reads “${opener} name is NAME” (OWN_NAME_OPENERS), which tells ${gender ?? 'no gender'}`, () => {
      const written = (opener[0]?.toUpperCase() ?? '') + opener.slice(1);
      const described = gender === 'male' ? 'the man' : gender === 'female' ? 'the woman' : 'the teenager';
      expect(
        quoteSpeakers([
          LEAD,
          `“I sent out two hundred forms since the spring,” says ${described} at the counter.`,
          `${written} name is Wren Adair.`,
          '“I still check the post every morning,” Adair said.',
        ]),
      ).toEqual(['Wren Adair', 'Wren Adair']);
    });

  for (const copula of [...IDENTIFYING_COPULAS].sort())
    it(`reads “Her name ${copula} NAME” (IDENTIFYING_COPULAS)`, () => {
      expect(quoteSpeakers([LEAD, QUOTE, `Her name ${copula} Wren Adair, and she is 51.`])).toEqual(['Wren Adair']);
    });

  it('gives the quote to nobody when the possessive tells another gender than the description', () => {
    expect(quoteSpeakers([LEAD, QUOTE, 'His name is Wren Adair, and he is 51.'])).toEqual([null]);
  });

  it('gives the quote to nobody when a person of the possessive’s gender is spoken of in between (“Her daughter …”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        QUOTE,
        'Her daughter, who is seven, has had a cough since Christmas that will not go away.',
        'Her name is Wren Adair, and she is in year two.',
      ]),
    ).toEqual([null]);
  });

  it('gives the quote to nobody when the latest speaker above is named, or the naming is past OWN_NAME_REACH', () => {
    const far = Array.from({ length: OWN_NAME_REACH }, () => SCENE);
    expect([
      quoteSpeakers([
        LEAD,
        QUOTE,
        'Councillor Ivo Marrack said the audit had found nothing.',
        'Her name is Wren Adair.',
      ]),
      quoteSpeakers([LEAD, QUOTE, ...far, 'Her name is Wren Adair.']),
    ]).toEqual([[null], [null]]);
  });
});
