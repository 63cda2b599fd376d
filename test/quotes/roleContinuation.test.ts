// A qualified role nobody was given, going on with the person just written about, seen through the quotes it attributes.
import { describe, expect, it } from 'vitest';
import { attributed } from './fixtures.ts';
import { CAPTAINCY_TITLES, MEMBER_ROLES, PLAYING_POSITIONS } from '../../src/quotes/roleLexicon.ts';

describe('a qualified role going on with the subject', () => {
  it('gives “the Harbour Party leader said” to the minister written about just before', () => {
    expect(
      attributed([
        'Finance Minister Ada Okoro defended the spending plan in parliament on Wednesday afternoon.',
        '"Every promise in this plan has been costed line by line," the Harbour Party leader said.',
      ]),
    ).toEqual([['Every promise in', 'Ada Okoro', 'the Harbour Party leader said']]);
  });

  it('leaves “the Harbour Party leader said” to nobody when another person was named since', () => {
    expect(
      attributed([
        'Finance Minister Ada Okoro defended the spending plan and thanked Treasury official Ben Marsh for his work on it.',
        '"Every promise in this plan has been costed line by line," the Harbour Party leader said.',
      ]),
    ).toEqual([['Every promise in', null, 'the Harbour Party leader said']]);
  });

  it('leaves “the Harbour Party leader said” to nobody when the person before is not speaking and another was named lately', () => {
    expect(
      attributed([
        'Finance Minister Ada Okoro defended the spending plan in parliament on Wednesday afternoon.',
        'Treasury official Ben Marsh sat beside her through the debate.',
        '"Every promise in this plan has been costed line by line," the Harbour Party leader said.',
      ]),
    ).toEqual([['Every promise in', null, 'the Harbour Party leader said']]);
  });

  it('gives “added the Tarrow County chief” to the person one of whose roles holds “Tarrow”, though another was named since', () => {
    expect(
      attributed([
        'Tarrow Governor Ines Mbeki wants Wexley’s governor, Paul Odhiambo, to keep the rallies out of her city.',
        '"Our county cannot keep paying for these rallies," Mbeki said in reply to Odhiambo on Wednesday.',
        '"From Monday we will close every road the marchers plan to use," added the Tarrow County chief.',
      ]),
    ).toEqual([
      ['Our county cannot', 'Ines Mbeki', 'Mbeki said'],
      ['From Monday we', 'Ines Mbeki', 'added the Tarrow County chief'],
    ]);
  });

  it('leaves “added the Tarrow County chief” to nobody when the roles of two people named hold “Tarrow”', () => {
    expect(
      attributed([
        'Tarrow Governor Ines Mbeki wants Tarrow senator Paul Odhiambo to keep the rallies out of the city.',
        '"Our county cannot keep paying for these rallies," Mbeki said in reply to Odhiambo on Wednesday.',
        '"From Monday we will close every road the marchers plan to use," added the Tarrow County chief.',
      ]),
    ).toEqual([
      ['Our county cannot', 'Ines Mbeki', 'Mbeki said'],
      ['From Monday we', null, 'added the Tarrow County chief'],
    ]);
  });

  it('gives “the Harbour Party leader said” to the person before when nobody else was named lately', () => {
    expect(
      attributed([
        'Finance Minister Ada Okoro sat through the whole debate in parliament on Wednesday afternoon.',
        '"Every promise in this plan has been costed line by line," the Harbour Party leader said.',
      ]),
    ).toEqual([['Every promise in', 'Ada Okoro', 'the Harbour Party leader said']]);
  });

  it('leaves a role naming a portfolio (“The Transport Minister said”) to nobody after a person known by another role', () => {
    expect(
      attributed([
        'Union leader Ada Okoro defended the pay claim outside parliament on Wednesday afternoon.',
        'The Transport Minister said: "The new rail lines will be built on time."',
      ]),
    ).toEqual([['The new rail', null, 'Transport Minister said']]);
  });

  it('leaves a role with nothing capitalised before its head (“the outspoken leader said”) to nobody', () => {
    expect(
      attributed([
        'Finance Minister Ada Okoro defended the spending plan in parliament on Wednesday afternoon.',
        '"Every promise in this plan has been costed line by line," the outspoken leader said.',
      ]),
    ).toEqual([['Every promise in', null, 'the outspoken leader said']]);
  });

  it('leaves a role of the other gender (“the Harbour Party spokesman said”) to nobody after a woman', () => {
    expect(
      attributed([
        'Finance Minister Ms Ada Okoro defended the spending plan in parliament on Wednesday afternoon.',
        '"Every promise in this plan has been costed line by line," the Harbour Party spokesman said.',
      ]),
    ).toEqual([['Every promise in', null, 'the Harbour Party spokesman said']]);
  });

  it('leaves “the Harbour Party leader said” to nobody when the article names another person with that role', () => {
    expect(
      attributed([
        'Finance Minister Ada Okoro defended the spending plan in parliament on Wednesday afternoon.',
        '"Every promise in this plan has been costed line by line," the Harbour Party leader said.',
        'Harbour Party leader Tom Reyes later joined the debate from the back benches.',
      ]),
    ).toEqual([['Every promise in', null, 'the Harbour Party leader said']]);
  });
});

describe('a member’s role qualified by a word that elsewhere names a portfolio', () => {
  for (const head of [...MEMBER_ROLES].sort())
    it(`gives “the Labour ${head} added” to the party’s leader speaking just before`, () => {
      const lines = [
        'Labour leader Ada Okoro said the count of voters was years behind its legal deadline.',
        '"Every scheme in this country runs on old numbers," Okoro said.',
        `"This is not a delay. This is a decision," the Labour ${head} added.`,
      ];
      expect(attributed(lines).map(([, speaker]) => speaker)).toEqual(['Ada Okoro', 'Ada Okoro']);
    });

  it('leaves “the Labour minister added” to nobody: a portfolio-like word before a post is somebody else’s post', () => {
    const lines = [
      'Labour leader Ada Okoro said the count of voters was years behind its legal deadline.',
      '"Every scheme in this country runs on old numbers," Okoro said.',
      '"This is not a delay. This is a decision," the Labour minister added.',
    ];
    expect(attributed(lines).map(([, speaker]) => speaker)).toEqual(['Ada Okoro', null]);
  });

  it('passes over a person who fits the role but is named only later in the article', () => {
    const lines = [
      'Labour leader Ada Okoro said the count of voters was years behind its legal deadline.',
      '"Every scheme in this country runs on old numbers," Okoro said.',
      '"This is not a delay. This is a decision," the Labour MP added.',
      'Green Labour MP Ben Marsh said the government had given the same reply for three years.',
    ];
    expect(attributed(lines).map(([, speaker]) => speaker)).toEqual(['Ada Okoro', 'Ada Okoro']);
  });
});

describe('a playing position and a captaincy held by one player (PLAYING_POSITIONS, CAPTAINCY_TITLES)', () => {
  for (const position of [...PLAYING_POSITIONS].sort())
    it(`gives “the ${position} said” to the captain written about just before`, () => {
      expect(
        attributed([
          'Captain Oisin Farrelly, who touched down twice, thanked the fans who had made the long trip.',
          `"When the crowd sang at the end it carried us over the line," the ${position} said.`,
        ]),
      ).toEqual([['When the crowd', 'Oisin Farrelly', `the ${position} said`]]);
    });

  for (const title of [...CAPTAINCY_TITLES].sort())
    it(`gives “the ${title} said” to the striker written about just before`, () => {
      expect(
        attributed([
          'Striker Oisin Farrelly, who found the net twice after the break, thanked the fans who had made the long trip.',
          `"When the crowd sang at the end it carried us over the line," the ${title} said.`,
        ]),
      ).toEqual([['When the crowd', 'Oisin Farrelly', `the ${title} said`]]);
    });

  it('leaves “the Wales fly-half said” to nobody after another side’s captain written about just before', () => {
    expect(
      attributed([
        'Ireland captain Oisin Farrelly led the celebrations in front of the travelling supporters.',
        '"We let ourselves down in the last ten minutes and we know it," the Wales fly-half said.',
      ]),
    ).toEqual([['We let ourselves', null, 'the Wales fly-half said']]);
  });

  it('leaves “the flanker said” to nobody after a coach written about just before', () => {
    expect(
      attributed([
        'Coach Oisin Farrelly, whose side touched down twice, thanked the fans who had made the long trip.',
        '"When the crowd sang at the end it carried us over the line," the flanker said.',
      ]),
    ).toEqual([['When the crowd', null, 'the flanker said']]);
  });
});
