// A role noun in the cue ("the Kingsbridge boss", "The CFO", "the Secretary of State") stands for the person the
// article introduced with that role, in the same or other words, paragraphs before.
import { describe, expect, it } from 'vitest';
import { attributed } from './fixtures.ts';

describe('attribution through roles learnt earlier in the article', () => {
  it('gives “…,” the CLUB boss added to the person introduced as the CLUB manager', () => {
    expect(
      attributed([
        'Eastport manager Rhys Calloway praised his players after they held on with ten men for the last half-hour.',
        'Midfielder Jonas Pereira was sent off just after the hour for a second booking.',
        '“I have seen it back twice and I still do not see a second yellow card,” the Eastport boss added.',
      ]),
    ).toEqual([['I have seen', 'Rhys Calloway', 'the Eastport boss added']]);
  });

  it('reads a country’s possessive before a role as “the” (“Kenya’s trade minister said”), not a person’s', () => {
    const lines = (owner: string): string[] => [
      'Leaders from forty countries signed the grain pact at the close of the summit on Friday.',
      'Dr Nils Tarrow spoke for his government after the signing, outside the conference hall.',
      `${owner} trade minister said his government would “read every clause twice before pledging any grain”.`,
    ];
    expect([attributed(lines('Kenya’s'))[0]?.[1], attributed(lines('Okafor’s'))[0]?.[1]]).toEqual([
      'Nils Tarrow',
      null,
    ]);
  });

  it('gives “the INITIALS said” to the one person whose role of capitalised words has those initials', () => {
    expect(
      attributed([
        'Regional Water Commissioner Tomas Ilves met farmers in the valley on Monday to discuss the summer shortages.',
        'Ilves later spoke to reporters at the reservoir, where the level has fallen by a third since May.',
        'Speaking at the dam, the RWC said: “Every farm will get its share, but nobody will get all they asked for.”',
      ]),
    ).toEqual([['Every farm will', 'Tomas Ilves', 'RWC said']]);
  });

  it('leaves “the INITIALS said” unattributed when no role of the article has those initials', () => {
    expect(
      attributed([
        'Regional Water Commissioner Tomas Ilves met farmers in the valley on Monday to discuss the summer shortages.',
        'Speaking at the dam, the NFU said: “Every farm will get its share, but nobody will get all they asked for.”',
      ])[0]?.[1],
    ).toBeNull();
  });

  it('gives The CFO warned: “…” to the person introduced as chief financial officer', () => {
    expect(
      attributed([
        'Chief financial officer Mara Eklund told analysts that margins had improved for the fourth quarter running.',
        'Chief executive Paul Oduya said the company would open two new plants next year.',
        'The CFO warned, however, that prices would weigh on results: “We expect a difficult first half of the year.”',
      ]),
    ).toEqual([['We expect a', 'Mara Eklund', 'CFO warned']]);
  });

  it('gives “…,” the Secretary of State declared to the person introduced with that office and a remit', () => {
    expect(
      attributed([
        'The talks were chaired by Ilse Brandauer, the bloc’s Secretary of State for coastal affairs, who flew in on Monday.',
        'Delegates from both countries left without a joint statement late in the evening.',
        '“There is still an agreement to be found before the summer,” the Secretary of State declared.',
      ]),
    ).toEqual([['There is still', 'Ilse Brandauer', 'the Secretary of State declared']]);
  });

  it('reads an age before the role noun as a word of the role’s phrase (“the 21-year-old striker told”)', () => {
    expect(
      attributed([
        'Harbour Town drew 1-1 away at Kestrel on Saturday, a point that keeps them top of the league.',
        'Striker Ines Okoro put Harbour ahead just before half-time with a header from a corner.',
        '“Now we go home and we finish the job in the second leg,” the 21-year-old striker told reporters.',
      ]),
    ).toEqual([['Now we go', 'Ines Okoro', 'the 21-year-old striker told']]);
  });
});
