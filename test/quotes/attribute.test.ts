import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import type { Article } from '../../src/corpus/types.ts';
import { NURSES_STRIKE, WATER_PLAN, story } from './fixtures.ts';

/** Each quote of the articles as [its first words, speaker's name or null, method]. */
function attributed(...articles: Article[]): [string, string | null, string][] {
  const book = buildQuoteBook(articles);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 4).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.method,
  ]);
}

describe('attribution', () => {
  it('reads "…," said X and "…," X said, with titles and full names', () => {
    const a = story('said', [
      'Police Chief Laura Mendez presented the annual crime figures on Wednesday at the headquarters in the city centre.',
      '"Burglaries fell by a fifth over the year, the lowest level in a decade," said Laura Mendez.',
      '"We are not complacent about the rise in car thefts, which worries all of us," Mendez said.',
    ]);
    expect(attributed(a)).toEqual([
      ['Burglaries fell by a', 'Laura Mendez', 'after'],
      ['We are not complacent', 'Laura Mendez', 'after'],
    ]);
  });

  it('reads X said "…", X told, X described … as "…" and X welcomed … as "…"', () => {
    expect(attributed(WATER_PLAN).slice(0, 2)).toEqual([
      ['a turning point for', 'Helen Clarke', 'before'],
      ['We have waited far', 'Helen Clarke', 'after'],
    ]);
    const a = story('welcomed', [
      'Trade envoy Ravi Shankar welcomed the agreement as “a historic step for exporters on both sides” at the signing ceremony.',
      'Farm leader Jane Holt described the deal as “a betrayal of every dairy farmer in the valley” in a letter to members.',
    ]);
    expect(attributed(a)).toEqual([
      ['a historic step for', 'Ravi Shankar', 'before'],
      ['a betrayal of every', 'Jane Holt', 'before'],
    ]);
  });

  it('gives "he said" / "she said" to the nearest earlier person the pronoun fits', () => {
    const a = story('pronoun', [
      'Spokeswoman Maria Lopez said the airline had met with pilots from the union and with the mediator, Mr Peter Hale, on Monday.',
      '“We have made real progress today and we expect to resume the talks on Friday,” she said.',
      'Mr Hale said both sides had agreed to keep the details of the offer private until the end of the week.',
      '“A deal is within reach if both sides keep their nerve for a few more days,” he said.',
    ]);
    expect(attributed(a)).toEqual([
      ['We have made real', 'Maria Lopez', 'after'],
      ['A deal is within', 'Peter Hale', 'after'],
    ]);
  });

  it('gives a role description to the person introduced with that role, and "the former …" to the person in focus', () => {
    expect(attributed(WATER_PLAN)[4]).toEqual(['Nobody has seen the', 'Tom Brady', 'after']);
    const a = story('former', [
      'Ingrid Solberg, who now chairs the climate panel, opened the summit in Oslo on Monday with a call for faster action.',
      '“We are running out of time to keep the warming below the limits we agreed,” said the former Norwegian environment minister, who took the post last year.',
    ]);
    expect(attributed(a)).toEqual([['We are running out', 'Ingrid Solberg', 'after']]);
  });

  it('gives an appositive role used as the speaker to its holder', () => {
    const a = story('appositive', [
      'The talks were chaired by the country’s chief negotiator, Samuel Okafor, who arrived in Geneva late on Sunday night.',
      'Nigeria’s chief negotiator said the two sides were still far apart on the question of the border crossings.',
      '“There is no agreement until everything is agreed, and that moment is not here yet,” the chief negotiator said.',
    ]);
    expect(attributed(a)).toEqual([['There is no agreement', 'Samuel Okafor', 'after']]);
  });

  it('continues the previous speaker for a quote paragraph with no attribution, and a multi-paragraph quote', () => {
    expect(attributed(WATER_PLAN)[5]).toEqual(['If the costs double,', 'Tom Brady', 'continuation']);
    expect(attributed(NURSES_STRIKE)[2]).toEqual(['We have been patient', 'Marco Bianchi', 'after']);
  });

  it('continues a speaker within a paragraph: "…," Raman said. "…"', () => {
    expect(attributed(WATER_PLAN).slice(6)).toEqual([
      ['Every day we lose', 'Priya Raman', 'after'],
      ['This is the plan', 'Priya Raman', 'same-paragraph'],
    ]);
  });

  it('reads reported speech with a partial quote and a participle clause ("…, calling it …")', () => {
    const quotes = attributed(NURSES_STRIKE);
    expect(quotes[1]).toEqual(['an insult to every', 'Marco Bianchi', 'before']);
    const a = story('reported', [
      'Professor Alan Whitby said the new rules “could drive small charities out of existence within a few short years”.',
    ]);
    expect(attributed(a)).toEqual([['could drive small charities', 'Alan Whitby', 'before']]);
  });

  it('reads a headline quote with a dash attribution', () => {
    expect(attributed(NURSES_STRIKE)[0]).toEqual(['We will not back', 'Marco Bianchi', 'headline']);
  });

  it('leaves the speaker null for organisations, unnamed spokesmen and unattributed quotes', () => {
    expect(attributed(NURSES_STRIKE).slice(4)).toEqual([
      ['We are monitoring the', null, 'after'],
      ['Patients with appointments next', null, 'before'],
    ]);
    const joint = story('joint', [
      'The two leaders, Prime Minister Ruth Engel and President Tomas Varga, signed the treaty in Vienna on Friday.',
      '“This treaty ends a century of mistrust between our two nations,” said Ruth Engel and Tomas Varga in a joint statement.',
    ]);
    expect(attributed(joint)).toEqual([['This treaty ends a', null, 'after']]);
    const a = story('unattributed', [
      'The festival opened on Friday with a parade through the old town and a concert in the main square that evening.',
      '“Come for the music, stay for the food” was painted on banners hanging from every lamp post along the route.',
    ]);
    expect(attributed(a)).toEqual([['Come for the music,', null, 'none']]);
  });

  it('does not let "he said" reach past a person of the other gender to a wrong antecedent', () => {
    const a = story('gender', [
      'Mr Daniel Ortiz, the club’s manager, met the owner, Mrs Claire Dubois, to discuss the budget for next season.',
      '“The budget for the new season is final and there will be no more money for new players this summer,” she said.',
    ]);
    expect(attributed(a)).toEqual([['The budget for the', 'Claire Dubois', 'after']]);
  });

  it('continues the speaker of the main clause: a later clause of its own counts, reported speech does not', () => {
    const a = story('clauses', [
      'Mayor Sam Porter said the stadium plan was “a waste of public money”, but councillor Ana Reyes disagreed with him at the meeting.',
      '“It will bring thousands of visitors and jobs to the east side of the city for decades to come.”',
      'Finance chief Omar Haddad said that Porter had told him in private the plan was dead and would never be revived.',
      '“Nobody should be surprised if the whole project is quietly dropped before the next election comes round.”',
    ]);
    expect(attributed(a)).toEqual([
      ['a waste of public', 'Sam Porter', 'before'],
      ['It will bring thousands', 'Ana Reyes', 'continuation'],
      ['Nobody should be surprised', 'Omar Haddad', 'continuation'],
    ]);
  });
});
