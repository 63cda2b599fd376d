import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { RELATIVE_OPENERS } from '../../src/quotes/verbReach.ts';
import { PLACE_ONLY_PREPOSITIONS } from '../../src/quotes/places.ts';
import { AFTER_OBJECT_HER, NAME_SUFFIXES, OBJECT_ONLY_PRONOUNS } from '../../src/quotes/lexicon.ts';
import { GENDER_TITLES } from '../../src/quotes/roleLexicon.ts';
import {
  article,
  INFLATION_A,
  INFLATION_B,
  INFLATION_C,
  NURSES_STRIKE,
  quoteSpeakers,
  story,
  WATER_PLAN,
} from './fixtures.ts';

describe('people across the corpus', () => {
  it('merges a person’s full name, surname, titled name and a one-letter misspelling into one person', () => {
    const book = buildQuoteBook([INFLATION_A, INFLATION_B]);
    expect(book.people.map((p) => [p.name, p.aliases, p.roles, p.gender])).toEqual([
      ['Olaf Lindqvist', ['Olaf Lindqvist', 'Lindqvist', 'Mr Lindqvist', 'Lindqvst'], ['Finance Minister'], 'male'],
    ]);
  });

  it('merges a full name whose surname a headline misspelt by one letter, and keeps short surnames apart', () => {
    const misspelt = story('misspelt-full', [
      'Tomas Lindqvst explains the defeat',
      'Captain Tomas Lindqvist has explained the team’s failure in the three matches held at the coast.',
      '“We were not decisive enough with the bat in the first hour of the day,” Lindqvist said.',
    ]);
    const book = buildQuoteBook([misspelt]);
    expect(book.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Tomas Lindqvist', ['Tomas Lindqvist', 'Tomas Lindqvst', 'Captain Tomas Lindqvist', 'Lindqvist']],
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual(['tomas lindqvist']);
    const short = story('short-surnames', [
      'Coach Ana Hales has run the club for ten years, and striker Ana Haley joined it as a player last spring.',
    ]);
    expect(buildQuoteBook([short]).people.map((p) => p.name)).toEqual(['Ana Hales', 'Ana Haley']);
  });

  it('finds people by titles, role nouns, appositives and "who", not from a list of names', () => {
    const book = buildQuoteBook([WATER_PLAN, NURSES_STRIKE]);
    expect(book.people.map((p) => p.name)).toEqual([
      'Helen Clarke',
      'Marco Bianchi',
      'Priya Raman',
      'Sarah Klein',
      'Tom Brady',
    ]);
  });

  it('never takes organisations, places, works or events for people', () => {
    const a = story('places', [
      'Officials from the European Commission and the World Health Organization met in Geneva after the Cold War museum opened.',
      'The Financial Times reported that the Carnegie Endowment had hosted the talks at the Palace of Nations last week.',
      '“We had a very constructive discussion about the future of the programme,” the Commission said after the meeting.',
    ]);
    // (A body may be listed as one, "The Financial Times reported": never as a person.)
    expect(buildQuoteBook([a]).people.filter((p) => p.kind === 'person')).toEqual([]);
  });

  it('keeps two people with one surname apart and resolves the bare surname within each article', () => {
    const a = story('brothers-a', [
      'Striker Luis Moreno scored twice as the home side won the derby on Saturday in front of a record crowd.',
      '“It was the best night of my career and I will never forget it,” Moreno said after the final whistle.',
    ]);
    const b = story('brothers-b', [
      'Coach Pablo Moreno said his team had been unlucky to lose the derby after hitting the post three times.',
      '“We deserved at least a draw from this game, but that is football,” Moreno said at the news conference.',
    ]);
    const book = buildQuoteBook([a, b]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.articleId, q.speaker === null ? null : names.get(q.speaker)])).toEqual([
      ['brothers-a', 'Luis Moreno'],
      ['brothers-b', 'Pablo Moreno'],
    ]);
  });

  it('gives a bare surname to the person of that surname named in the article, not to the corpus’s other bearer', () => {
    const a = story('cousin', [
      'Elena Moreno, a teenager from the youth academy, made her debut in the second half and set up the winning goal.',
      '“I was shaking when I came on, but the team made it so easy for me out there,” Moreno said after the game.',
    ]);
    const b = story('coach', [
      'Coach Pablo Moreno said his team had been unlucky to lose the derby after hitting the post three times.',
    ]);
    const book = buildQuoteBook([a, b]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.articleId, q.speaker === null ? null : names.get(q.speaker)])).toEqual([
      ['cousin', 'Elena Moreno'],
    ]);
  });

  it('gives a bare surname to the article’s own bearer once the “he” speaking after it confirms that full name as a person’s, not to the corpus’s other bearer', () => {
    const a = story('cousin', [
      'Luis Moreno, a teenager from the youth academy, came on in the second half and set up the winning goal.',
      'Moreno was cheered by the home fans when he left the pitch at the end of the game on Saturday.',
      '“I was shaking when I came on, but the team made it so easy for me out there,” he said.',
    ]);
    const b = story('coach', [
      'Coach Pablo Moreno said his team had been unlucky to lose the derby after hitting the post three times.',
    ]);
    const book = buildQuoteBook([a, b]);
    expect(book.quotes.map((q) => [q.articleId, q.speaker])).toEqual([['cousin', 'luis moreno']]);
  });

  const SUFFIX_FORMS = new Map([
    ['jr', 'Jr.'],
    ['sr', 'Sr.'],
    ['ii', 'II'],
    ['iii', 'III'],
    ['iv', 'IV'],
  ]);
  it.each([...NAME_SUFFIXES])(
    'knows a person named with the suffix “%s” by the surname before it (“Okoye said”)',
    (suffix) => {
      const written = SUFFIX_FORMS.get(suffix) ?? suffix;
      const a = story(`suffix-${suffix}`, [
        `Magistrate Samuel T. Okoye ${written} closed the inquest into the warehouse fire on Thursday afternoon.`,
        '“The alarms were switched off for a week before the fire, and nobody checked them,” Okoye said.',
      ]);
      const book = buildQuoteBook([a]);
      const name = `Samuel T Okoye ${written.replace('.', '')}`;
      expect(book.people.map((p) => [p.name, p.aliases])).toEqual([
        [name, [name, 'Samuel T Okoye', `Magistrate ${name}`, 'Okoye']],
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual([name.toLowerCase()]);
    },
  );

  it('learns gender from titles and from pronouns used of the person', () => {
    const a = story('gender', [
      'Chef Antoine Leclerc opened his third restaurant in the harbour district on Thursday, two years after the first.',
      'Councillor Ruth Adebayo said she welcomed the new jobs that the opening would bring to the area this year.',
    ]);
    const book = buildQuoteBook([a]);
    expect(book.people.map((p) => [p.name, p.gender])).toEqual([
      ['Antoine Leclerc', 'male'],
      ['Ruth Adebayo', 'female'],
    ]);
  });

  for (const [title, gender] of [...GENDER_TITLES].sort(([a], [b]) => a.localeCompare(b))) {
    it(`learns the gender ${gender} from the title “${title}” before a name`, () => {
      const honorific = [
        'mr',
        'mrs',
        'ms',
        'miss',
        'madam',
        'mdm',
        'sir',
        'dame',
        'lord',
        'lady',
        'puan',
        'cik',
        'encik',
        ...['mme', 'mlle', 'herr', 'frau'],
        ...['alhaji', 'alhaja', 'hajiya', 'maulana', 'datin'],
      ].includes(title);
      const written = honorific ? `${title.charAt(0).toUpperCase()}${title.slice(1)}` : `The ${title}`;
      const a = story('title-gender', [`${written} Robin Tallisker opened the new library on Saturday afternoon.`]);
      expect(buildQuoteBook([a]).people.map((p) => [p.name, p.gender])).toEqual([['Robin Tallisker', gender]]);
    });
  }

  it('learns no gender from “actor”, a word for actors of either sex: her pronouns tell it, and “she said” is hers', () => {
    const a = story('actor-gender', [
      'Actor Mira Vantell has answered critics of her television drama, saying writers must be braver.',
      'Speaking on a podcast hosted by comedian Tobin Drage, Vantell said the reaction had been overblown.',
      '“Every second house on this street has a story like ours,” she said.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.find((p) => p.name === 'Mira Vantell')?.gender ?? null,
      book.quotes.map((q) => names.get(q.speaker ?? '') ?? null),
    ]).toEqual(['female', ['Mira Vantell']]);
  });

  it('reads no body’s letters as a courtesy title (“the Uganda MMA Federation said”)', () => {
    const a = story('body-letters', [
      'Officials at the Uganda MMA Federation said the bout would go ahead as planned on Saturday.',
      '“The rules are clear,” the federation said in a statement.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.kind])).toEqual([
      ['Uganda MMA Federation', 'organisation'],
    ]);
  });

  for (const title of ['Mme', 'Mlle', 'Herr', 'Frau'])
    it(`reads the courtesy title “${title}” before a surname as the person named in full with it`, () => {
      const a = story('courtesy-title', [
        'Neo Kgosi, whose son works underground at the mine, waited at the gate all night with the other families.',
        `“We are staying right here until they bring him up,” ${title} Kgosi said.`,
      ]);
      const book = buildQuoteBook([a]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
        ['Neo Kgosi'],
        ['neo kgosi'],
      ]);
    });

  for (const honour of ['Datuk', 'Dato', 'Datin', 'Tun', 'Datuk Seri'])
    it(`reads the Malaysian honour “${honour}” as no part of the name, nor a role (“${honour} Robin Tallisker”)`, () => {
      const a = story('malaysian-honour', [
        `Housing Minister ${honour} Robin Tallisker opened the new library in the town centre on Saturday.`,
        '“Every child in this district deserves a place to read,” Tallisker said.',
      ]);
      const book = buildQuoteBook([a]);
      expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
        [['Robin Tallisker', ['Housing Minister']]],
        ['robin tallisker'],
      ]);
    });

  it('keeps the role before a title as the person’s too (“Housing convener Councillor NAME”), and “the convener” is them', () => {
    const a = story('role-before-title', [
      'Housing convener Councillor Robin Tallisker said the 240 new homes would be finished by the spring.',
      'Opposition spokesman Ivo Marsh, who voted against, said the borrowing would squeeze other budgets.',
      '“The roads are part of this plan, not an afterthought,” the convener said.',
    ]);
    const book = buildQuoteBook([a]);
    expect([
      book.people.filter((p) => p.name === 'Robin Tallisker').map((p) => p.roles),
      book.quotes.map((q) => q.speaker),
    ]).toEqual([[['Councillor', 'Housing convener', 'convener']], ['robin tallisker']]);
  });

  it('leaves an honorific after the office out of the role (“Deputy Speaker Dr Robin Tallisker”)', () => {
    const a = story('honorific-after-office', [
      'Deputy Speaker Dr Robin Tallisker called the chamber to order three times during the debate on Tuesday.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([['Robin Tallisker', ['Deputy Speaker']]]);
  });

  it('learns no gender from “chairman”, which British usage gives to women too', () => {
    const a = story('chairman', [
      'Trust chairman Moira Kettering said waiting times had fallen for the third month running this winter.',
      '“Every ward will have two more nurses on each night shift by April,” she added.',
    ]);
    const book = buildQuoteBook([a], { givenNameGender });
    expect([book.people.map((p) => [p.name, p.gender]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Moira Kettering', 'female']],
      ['moira kettering'],
    ]);
  });

  it('takes the gender of a title over a he or she after the name that may be somebody else’s', () => {
    const a = story('title-over-pronoun', [
      'Joss Ellery, who ran the village bakery for thirty years, died last week after a short illness, aged 81.',
      'Neighbour Sam Carrow said he had never missed a single morning at the ovens, even in the worst winters.',
      'Mrs Carrow, who lives above the shop, remembered the smell of bread drifting down the street every day.',
    ]);
    const book = buildQuoteBook([a]);
    expect(book.people.find((p) => p.name === 'Sam Carrow')?.gender).toBe('female');
  });

  it('learns the gender from a pronoun after the surname alone when the article gives the full name', () => {
    const a = story('surname-pronoun', [
      'A packed hall in Tarrow cheered on Monday as Marin Okonjo, now 24, took the oath as the town’s youngest mayor.',
      'Okonjo said he would spend his first week visiting every school in the district.',
      '“I owe this town everything,” he said.',
    ]);
    const genderOf = (n: string) => (n === 'marin' ? 'female' : null);
    const book = buildQuoteBook([a], { givenNameGender: genderOf });
    expect([book.people.map((p) => [p.name, p.gender]), book.quotes.map((q) => q.speaker !== null)]).toEqual([
      [['Marin Okonjo', 'male']],
      [true],
    ]);
  });

  it('learns no gender from an object pronoun after the name, which is somebody else', () => {
    const a = story('object-pronoun', [
      'The reviewer Harriet Quayle called him the most patient drummer of his generation, and meant it kindly.',
      'Producer Noor Castellane thanked her for the review at the launch, which drew a full house on Friday.',
      'Editor Imogen Farrow said her readers had asked for more jazz coverage this year than ever before.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.gender])).toEqual([
      ['Harriet Quayle', null],
      ['Imogen Farrow', 'female'],
      ['Noor Castellane', null],
    ]);
  });

  it('learns no gender from a pronoun after another person is described in the sentence (“the surprised helper”)', () => {
    const a = story('described-object', [
      'Mayor Robin Tallisker handed the retiring nurse a bouquet of flowers and praised her work at the clinic.',
      'Councillor Dana Whitmore thanked the staff at the clinic and praised her own team for the new wing.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.gender])).toEqual([
      ['Dana Whitmore', 'female'],
      ['Robin Tallisker', null],
    ]);
  });

  for (const pronoun of [...OBJECT_ONLY_PRONOUNS].sort()) {
    it(`learns no gender from "${pronoun}", only ever an object, after the name`, () => {
      const a = story('object-only', [
        `Councillor Priya Vantongeren thanked ${pronoun} warmly at the opening of the new library on Saturday.`,
      ]);
      expect(buildQuoteBook([a]).people.map((p) => [p.name, p.gender])).toEqual([['Priya Vantongeren', null]]);
    });
  }

  for (const word of [...AFTER_OBJECT_HER].sort()) {
    it(`reads "her ${word}" as an object, no evidence of the gender of the name before it`, () => {
      const a = story('object-her', [`Mayor Robin Tallisker praised her ${word} the crowd at the harbour on Sunday.`]);
      const b = story('possessive-her', ['Mayor Robin Tallisker praised her staff at the harbour on Sunday.']);
      expect([a, b].map((x) => buildQuoteBook([x]).people.map((p) => [p.name, p.gender]))).toEqual([
        [['Robin Tallisker', null]],
        [['Robin Tallisker', 'female']],
      ]);
    });
  }

  it('learns no gender from a pronoun when another pronoun stands before the name or the name is in an opening participial clause', () => {
    const a = story('gender-noise', [
      'Her producer, Theo Marchetti, who also made her debut album, insisted she record every vocal in one take.',
      'Spokesperson Farid Castellanos said Secretary-General Ingeborg Lund had spoken by phone with both sides.',
      'Asked whether Ingeborg Lund would travel to the region, he said that nothing was ruled out yet.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.gender])).toEqual([
      ['Farid Castellanos', null],
      ['Ingeborg Lund', null],
      ['Theo Marchetti', null],
    ]);
  });

  it('takes a given name’s gender from the names table when titles and pronouns say nothing of the person', () => {
    const a = story('given-names', [
      'Chief Executive Oliver Stannard told analysts the second half would be bumpy for the freight company.',
      'Chief Financial Officer Yvonne Castellane, who joined from a rival in January, will take over the project.',
      'Analyst Jordan Reyes said she had cut her price target on the stock after the call.',
    ]);
    expect([
      buildQuoteBook([a]).people.map((p) => [p.name, p.gender]),
      buildQuoteBook([a], { givenNameGender }).people.map((p) => [p.name, p.gender]),
    ]).toEqual([
      [
        ['Jordan Reyes', 'female'],
        ['Oliver Stannard', null],
        ['Yvonne Castellane', null],
      ],
      [
        ['Jordan Reyes', 'female'],
        ['Oliver Stannard', 'male'],
        ['Yvonne Castellane', 'female'],
      ],
    ]);
  });

  it('gives “he said” to the man named before the woman last named, by their given names', () => {
    const a = story('given-names-pronoun', [
      '“The second half is going to be bumpy,” Chief Executive Oliver Stannard told analysts on a call.',
      'Chief Financial Officer Yvonne Castellane, who joined from a rival in January, will take over the project.',
      '“We underestimated how many of our sites were running on workarounds,” he said.',
    ]);
    const book = buildQuoteBook([a], { givenNameGender });
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Oliver Stannard',
      'Oliver Stannard',
    ]);
  });

  it('learns no gender from a pronoun after one capitalised word that names a person of another article only', () => {
    const a = story('accord', [
      'Aravian president Idris Long signed the border accord on Tuesday, and the ministers applauded the signing.',
    ]);
    const b = story('naps', [
      'Dr Ann Farrant, a sleep researcher, led the study of afternoon naps in people over sixty-five.',
      'Long naps, she said, may be a sign of poor sleep at night rather than its cause.',
    ]);
    expect(buildQuoteBook([a, b]).people.map((p) => [p.name, p.gender])).toEqual([
      ['Ann Farrant', null],
      ['Idris Long', null],
    ]);
  });

  it('takes an appositive role that says where the person works (“NAME, a director at ORG,”) as a person’s', () => {
    const a = story('where', [
      'The festival will return to the riverside park next summer, its organisers confirmed on Tuesday.',
      'Priya Dalton, a director at Riverside Arts, said every ticket had sold within two hours.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([['Priya Dalton', ['director']]]);
  });

  it('takes a full name set off by an appositive of several commas before its speech verb as a person’s', () => {
    const a = story('long-appositive', [
      'The council apologised after bins in three streets were missed for a second week running.',
      'Ruth Calder, waste, recycling and street cleaning manager at the council, said crews would return on Friday.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.kind])).toEqual([['Ruth Calder', 'person']]);
  });

  const relativeClauses: [string, string][] = [
    ['which', 'Harbour Lights, which runs the ferry, the pier and the car parks for the town, said fares would rise.'],
    ['where', 'Harbour Lights, where staff run the ferry, the pier and the car parks, said fares would rise.'],
  ];
  it('has a sentence for every relative opener', () => {
    expect(relativeClauses.map(([opener]) => opener)).toEqual([...RELATIVE_OPENERS]);
  });
  for (const [opener, sentence] of relativeClauses) {
    it(`takes no name before a “${opener}” clause of several commas ending in a speech verb for a person`, () => {
      expect(buildQuoteBook([story(`relative-${opener}`, [sentence])]).people.map((p) => p.name)).toEqual([]);
    });
  }

  it('records a role’s remit in lower case after its head (“NAME, Harbridge’s head of product safety,”)', () => {
    const a = story('remit-head', [
      'Ivo Marsh, Harbridge’s head of product safety, told reporters the firm had acted as soon as it knew.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([
      ['Ivo Marsh', ['Harbridge’s head of product safety']],
    ]);
  });

  it('takes the full name opening a sentence that a “his” past its appositive refers to as a person’s', () => {
    const a = story('pronouned', [
      'Tarek Bellamy, the crew’s ‘Oarsman of the Year’, was pleased with his stroke rate on the final leg.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.gender])).toEqual([['Tarek Bellamy', 'male']]);
  });

  it('takes no name for a person when the pronoun comes after another name (“NAME met Ann Lee at her office”)', () => {
    const a = story('pronouned-other', ['Harbour Lights met Ann Lee at her office on the quay on Monday morning.']);
    expect(buildQuoteBook([a]).people.map((p) => p.name)).toEqual([]);
  });

  it('takes a name of two words that speaks of itself as “it” (“Tide Line says it will”) for an organisation', () => {
    const a = story('itself', [
      'Maya Bird, a marine biologist and spokeswoman for the campaign group Tide Line, called the approval reckless.',
      'Tide Line says it will seek a judicial review of the permit before the dredging starts.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.kind])).toEqual([
      ['Maya Bird', 'person'],
      ['Tide Line', 'organisation'],
    ]);
  });

  it('takes an appositive role opened by an organisation’s possessive (“NAME, Kelsworth’s operations director,”)', () => {
    const a = story('possessed', [
      'Selma Rowe, Harbridge’s operations director, said the firm had redesigned the project twice after objections.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([
      ['Selma Rowe', ['Harbridge’s operations director']],
    ]);
  });

  it('takes an appositive role opened by a place’s name with plain words before its noun (“NAME, Orrin County emergency management coordinator,”)', () => {
    const a = story('place-owned', [
      '“The river has never been this high,” Dana Voss, Orrin County emergency management coordinator, told reporters.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([
      ['Dana Voss', ['Orrin County emergency management coordinator']],
    ]);
  });

  it('reads plain words after a modifier that heads a role alone up to the role noun (“NAME, Orrin County deputy flood management coordinator,”)', () => {
    const a = story('deputy-owned', [
      '“The river has never been this high,” Dana Voss, Orrin County deputy flood management coordinator, told reporters.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([
      ['Dana Voss', ['Orrin County deputy flood management coordinator']],
    ]);
  });

  it('never takes the place or body a role ends in “of”, “for” or “to” for a person (“Prime Minister of Norvenia”)', () => {
    const a = story('offices', [
      'Annika Vestergaard, Prime Minister of Norvenia, welcomed the accord on Tuesday evening.',
      'Their ringleader, Geoffrey Pell, MP for Wexley Vale, said the party had been given no reassurance.',
      'Ana Berg, ambassador to Tolmark, was recalled on Friday.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => p.name)).toEqual(['Ana Berg', 'Annika Vestergaard', 'Geoffrey Pell']);
  });

  it('never takes a place after “in” set off by a role for a person (“in Northfleet, the Prime Minister said”)', () => {
    const a = story('place-apposed', [
      'In a speech to business leaders in Northfleet, the Prime Minister said she would not drop the rise.',
    ]);
    expect(buildQuoteBook([a]).people).toEqual([]);
  });

  it('takes an appositive role with a remit in lower case (“NAME, the Secretary of State for fisheries,”)', () => {
    const a = story('remit', [
      'The talks were chaired by Ilse Brandauer, the bloc’s Secretary of State for coastal affairs, who flew in on Monday.',
      'Delegates left the building late in the evening without a joint statement.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([
      ['Ilse Brandauer', ['bloc’s Secretary of State for coastal affairs', 'chair', 'secretary']],
    ]);
  });

  it('reads a role of several words opening the sentence before a name (“Chief operating officer NAME”)', () => {
    const a = story('opening-role', [
      'Chief operating officer Tomas Rhee told investors that the new plant would open in the spring.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.roles])).toEqual([
      ['Tomas Rhee', ['Chief operating officer']],
    ]);
  });

  it('takes the full name of a surname with an age set off after it (“Cook, now 41,”) as a person’s', () => {
    const a = story('aged-surname', [
      'Nora Cook orders a pot of mint tea and apologises for whispering in the café near the docks.',
      'Four years ago Cook, now 41, woke up on the second night of a tour unable to sing a note.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => p.name)).toEqual(['Nora Cook']);
  });

  it('takes a full name with an age in brackets and an aside after it (“NAME (67), from PLACE, said”) as a speaking person’s', () => {
    const a = story('bracketed-age', [
      'Hundreds of people marched through the town on Saturday against the closure of the maternity unit.',
      'Brona Keating (67), from Ballyglass, said she had given birth to all four of her children there.',
      '“My grandchildren should have the same chance,” she said.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Brona Keating'],
      ['Brona Keating'],
    ]);
  });

  for (const [opener, age] of [
    ['a', '52'],
    ['an', '80'],
  ] as const) {
    it(`takes a name of one word with an appositive of an age (“NAME, ${opener} ${age}-year-old labourer,”) as a person’s`, () => {
      const a = story('aged-appositive', [
        'The state ordered an inquiry on Monday into the crush at the temple gates that killed eleven people.',
        `For Saramma, ${opener} ${age}-year-old field worker whose son died at the gates, the report changes nothing.`,
        'The Harbour Trust, a 150-year-old charity, said it would help the families.',
      ]);
      expect(buildQuoteBook([a]).people.map((p) => `${p.name} (${p.kind})`)).toEqual([
        'Harbour Trust (organisation)',
        'Saramma (person)',
      ]);
    });
  }

  it('takes a full name with an age set off by commas (“NAME, 45,”) or a “whose” clause as a person’s', () => {
    const a = story('aged', [
      'Firefighters rescued Tom Hale, 45, from the burning building on Elm Street early on Tuesday.',
      'Hugo Lind, whose bank lost millions in the crash, was not at the hearing on Friday.',
      'The Harbour Trust, 1897, was founded by merchants and its ledger, 12, was lost in the fire.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => p.name)).toEqual(['Hugo Lind', 'Tom Hale']);
  });

  for (const [form, line] of [
    ['the subject', 'Rosa Delgado toured the flooded farms of the valley on Monday with the emergency crews.'],
    ['a possessive', "Rosa Delgado's plan for the valley was approved by the council on Tuesday night."],
    ['an object', 'Voters in the district elected Rosa Delgado as their new mayor on Tuesday by a wide margin.'],
  ] as const) {
    it(`takes the one full name a speaking “she” stands for as a person’s, of her gender (the name as ${form})`, () => {
      const book = buildQuoteBook([
        story('antecedent', [line, '“We will rebuild every one of these farms, however long it takes,” she said.']),
      ]);
      expect(book.people.map((p) => [p.name, p.gender])).toEqual([['Rosa Delgado', 'female']]);
      expect(book.quotes.map((q) => q.speaker)).toEqual([book.people[0]?.id]);
    });
  }

  it('takes the one full name a speaking “she” stands for from up to four sentences back that name nobody else', () => {
    const lines = (between: number): string[] => [
      'Rosa Delgado moved to the valley in 2010 and opened a bakery on the high street.',
      ...[
        'The shop quickly became popular with walkers and families.',
        'Business was good for years.',
        'Then the river burst its banks in March.',
        'The water reached the counters in an hour.',
      ].slice(0, between),
      '“We lost everything in one night, the ovens, the stock, all of it,” she said.',
    ];
    expect([3, 4].map((n) => buildQuoteBook([story(`antecedent-${n}`, lines(n))]).people.map((p) => p.name))).toEqual([
      ['Rosa Delgado'],
      [],
    ]);
  });

  it('takes no name for a speaking “he” when the sentence before names two', () => {
    const book = buildQuoteBook([
      story('antecedent-two', [
        'Rosa Delgado and Tom Brennan toured the flooded farms of the valley on Monday with the emergency crews.',
        '“We will rebuild every one of these farms, however long it takes,” he said.',
      ]),
    ]);
    expect(book.people).toEqual([]);
  });

  it('takes the one full name before a speaking “he” as a person’s when the other name is a body’s (“NAME of Northway Bank”)', () => {
    const book = buildQuoteBook([
      story('antecedent-body', [
        'Economists were split on what the central bank would do next.',
        'Tomas Brandt of Northway Bank was more cautious. “Cutting now is a gamble,” he wrote in a note to clients.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.gender])).toEqual([['Tomas Brandt', 'male']]);
  });

  for (const preposition of ['from', 'in']) {
    it(`takes the full name a speaking “she” stands for when her own sentence names only a place “${preposition}” one word`, () => {
      const book = buildQuoteBook([
        story(`antecedent-place-${preposition}`, [
          'Nora Okafor has just won the top prize of the night at the harbour music awards.',
          `The singer ${preposition} Hollin was visibly moved as she said: “I wrote these songs between late shifts.”`,
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.gender])).toEqual([['Nora Okafor', 'female']]);
    });
  }

  it('takes the name opening the sentence before for a speaking “she” whose sentence opens with a definite role, however many names it holds', () => {
    const lines = (opening: string): string[] => [
      'Nora Okafor won Album of the Year for Glass Rooms at the harbour music awards.',
      `${opening} was visibly moved as she said: “I wrote these songs between late shifts.”`,
    ];
    expect(
      ['The 26-year-old', 'Later that night, she'].map((opening) =>
        buildQuoteBook([story('antecedent-role', lines(opening))]).people.map((p) => [p.name, p.gender]),
      ),
    ).toEqual([[['Nora Okafor', 'female']], []]);
  });

  it('takes a single word asking right after a quoted question (“…?” asked NAME) as a person, not one asked elsewhere', () => {
    const lines = (second: string): string[] => [
      'Commuters at the central bus stand were unhappy with the new fares on Monday morning.',
      second,
    ];
    expect(
      [
        '“I travel in from the hills every day. For whom is this council working?” asked Venkatesh, a security guard.',
        '“I travel in from the hills every day, and it costs me more,” a guard said, and a reporter asked Venkatesh why.',
      ].map((line) => buildQuoteBook([story('asked-single', lines(line))]).people.map((p) => p.name)),
    ).toEqual([['Venkatesh'], []]);
  });

  const placePhrases: [string, string][] = [
    ['in', 'Steel made in Tavria will face tariffs of 25% from October.'],
    ['across', 'Steel mills across Tavria will face tariffs of 25% from October.'],
    ['throughout', 'Steel mills throughout Tavria will face tariffs of 25% from October.'],
    ['inside', 'Steel mills inside Tavria will face tariffs of 25% from October.'],
    ['from', 'Steel from Tavria will face tariffs of 25% from October.'],
    ['near', 'Steel mills near Tavria will face tariffs of 25% from October.'],
  ];
  it('has a sentence for every preposition of place', () => {
    expect(placePhrases.map(([preposition]) => preposition).sort()).toEqual([...PLACE_ONLY_PREPOSITIONS].sort());
  });
  for (const [preposition, sentence] of placePhrases) {
    it(`takes no single word the article writes after “${preposition}” for a person when it later responds`, () => {
      const book = buildQuoteBook([
        story(`place-${preposition}`, [
          sentence,
          'Tavria responded within hours, saying that the tariffs broke a treaty both sides had signed.',
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual([]);
    });
  }

  it('takes no place closing a clause set off before a verb (“NAME, whose trust runs orchards near Te Ara, remembers”) for a person', () => {
    const a = story('place-in-clause', [
      'Growers were urged on Monday to check their vines after a new fungus was found on one block.',
      'Mere Tanirau-Holt, whose family trust has run the orchards for years near Te Ara, remembers the last outbreak of it well.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => p.name)).toEqual(['Mere Tanirau-Holt']);
  });

  it('takes a full name set off by an aside before its speech verb (“NAME, in a statement, said”) as a person’s', () => {
    const a = story('aside', [
      'World leaders reacted on Sunday to the result of the election, which surprised many observers abroad.',
      'Lars Holm, in a statement, said the alliance stood with the people of the region.',
      'Ana Berg, speaking at a press conference in Geneva, said nothing about the result.',
      'Tom Reyes, Mia Strand, Ivo Stanev and others said nothing about the result either.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => p.name)).toEqual(['Ana Berg', 'Lars Holm']);
  });

  it('never takes a group of people (“Critics”, “Residents”) or a name after “the” (“the White House”) for a person', () => {
    const a = story('groups', [
      'Critics said the plan would cost far more than the council had promised residents.',
      'Residents told the council that the plan was a disaster for the whole town.',
      'The White House said the bill would be signed before the end of the month.',
      'The council met the Golden Lions said on Friday, in a statement about the new stadium.',
    ]);
    expect(buildQuoteBook([a]).people.filter((p) => p.kind === 'person')).toEqual([]);
  });

  it('never takes the plural of a title (“Governors”, “Senators”) for a person or a body, and keeps “Mrs” a title', () => {
    const a = story('title-plurals', [
      '“The law goes too far,” Governors said in their reply, which ran to forty pages.',
      '“We will write a new one,” Senators said it was their duty to reply within a month.',
      'Mrs Odile Farrant said the ruling was “a relief for every family on the register”.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => [p.name, p.kind])).toEqual([['Odile Farrant', 'person']]);
  });

  it('takes the one full name that the next sentence refers to by a definite role and a speech verb as a person’s', () => {
    const lines = (next: string): string[] => [
      `The first phone was shown at a trade fair in San Marcos, by Mark Odell. ${next}`,
    ];
    expect(
      buildQuoteBook([
        story('referred', lines('The late Nordfone co-founder described it as a small miracle.')),
      ]).people.map((p) => [p.name, p.roles[0]]),
    ).toEqual([['Mark Odell', 'late Nordfone co-founder']]);
    expect(
      buildQuoteBook([story('not-referred', lines('The device weighed less than a paperback book.'))]).people,
    ).toEqual([]);
  });

  it('reads a given name that is also an ordinary word (“Bill Nolan”) and surnames like “Law” or “Temple” as names', () => {
    const a = story('bill', [
      'Premier Bill Nolan said the Education Bill would pass the upper house before the end of the month.',
      'Actor Dana Law and singer Ruth Temple spoke at the gala, where the new bill was discussed at length.',
    ]);
    expect(buildQuoteBook([a]).people.map((p) => p.name)).toEqual(['Bill Nolan', 'Dana Law', 'Ruth Temple']);
  });

  for (const [title, full, given] of [
    ['Sir', 'Sir Alastair Brookes', 'Alastair'],
    ['Dame', 'Dame Imelda Carver', 'Imelda'],
  ] as const) {
    it(`takes “${title} ${given}” for the person the article names in full, not for a person called ${given}`, () => {
      const a = story(`given-${given}`, [
        `${full} faced questions from the committee on Wednesday about the delayed hospital programme.`,
        `${title} ${given} told the committee: “We will publish the full costs before the summer recess.”`,
      ]);
      const book = buildQuoteBook([a]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.people.map((p) => p.name)).toEqual([full.split(' ').slice(1).join(' ')]);
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        full.split(' ').slice(1).join(' '),
      ]);
    });
  }

  it('records the roles a person was introduced with', () => {
    const book = buildQuoteBook([INFLATION_C]);
    expect(book.people.map((p) => [p.name, p.roles])).toEqual([['Anna Berg', ['central bank governor']]]);
  });
});

describe('a name the writer identifies somebody by', () => {
  it('lists a one-word name after “identified simply as” as a person, whom the next “he told” means', () => {
    const book = buildQuoteBook([
      story('identified-as', [
        'Students blocked the main gate of Tarrow Polytechnic on Monday over a rise in fees.',
        'The president of the students’ union, identified simply as Okoro, kept the union out of the protest.',
        '“The union has nothing to do with this march,” he told journalists.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Okoro'],
      ['Okoro'],
    ]);
  });
});

describe('a surname with a particle that speaks', () => {
  it('is the full name the article writes it in once, in passing (“signed Marco Di Ilvesi … Di Ilvesi commented”)', () => {
    const book = buildQuoteBook([
      story('particle-full', [
        'The club finally landed Marco di Ilvesi of Porto last night after a month of talks.',
        'Di Ilvesi, who flew in by private jet, commented: “I am glad to sign for this club today.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Marco di Ilvesi'],
      ['Marco di Ilvesi'],
    ]);
  });
});

describe('a middle name written as its initial', () => {
  it('merges “Ana M. Ruiz-Berg” with “Ana María Ruiz-Berg” of the same article and shows the full name', () => {
    expect(
      quoteSpeakers([
        'Finance Minister Ana María Ruiz-Berg presented the budget on Tuesday, promising lower taxes for families.',
        '“This budget keeps our promises to the people who elected us,” Ana M. Ruiz-Berg told the chamber.',
      ]),
    ).toEqual(['Ana María Ruiz-Berg']);
  });

  it('merges them when the initialled form comes first, and shows the full name', () => {
    expect(
      quoteSpeakers([
        '“This budget keeps our promises to the people who elected us,” Ana M. Ruiz-Berg told the chamber on Tuesday.',
        '“We will not raise taxes on families,” Ana M. Ruiz-Berg said as Finance Minister Ana María Ruiz-Berg left.',
      ]),
    ).toEqual(['Ana María Ruiz-Berg', 'Ana María Ruiz-Berg']);
  });

  it('keeps apart an initial that is not the middle name’s, and the same names in different articles with roles apart', () => {
    const book = buildQuoteBook([
      story('middle-initial-other', [
        'Finance Minister Ana María Ruiz-Berg presented the budget on Tuesday, promising lower taxes for families.',
        '“This budget keeps our promises to the people who elected us,” Ana T. Ruiz-Berg told the chamber.',
      ]),
      story('middle-initial-elsewhere', [
        '“We will appeal the ruling in the higher court,” Ana M. Ruiz-Berg, a lawyer for the growers, said on Friday.',
      ]),
    ]);
    expect(book.people.map((p) => p.id).sort()).toEqual(['ana m ruiz berg', 'ana maria ruiz berg', 'ana t ruiz berg']);
  });
});

describe('a middle name written as its initial across articles', () => {
  it('merges “Ana M. Ruiz-Berg” of one article with “Ana María Ruiz-Berg” of another when no roles set them apart', () => {
    const book = buildQuoteBook([
      story('initial-across-a', [
        'Opposition leader Ana M. Ruiz-Berg met independents on Tuesday as the count went on in three seats.',
        '“I will meet each of them in turn this week,” Ruiz-Berg told reporters outside her office.',
      ]),
      story('initial-across-b', [
        'Ana María Ruiz-Berg will become the next premier after a deal with four independents on Monday.',
        '“This cabinet is not the one I planned, and perhaps a wiser one,” Ruiz-Berg said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Ana María Ruiz-Berg'],
      ['Ana María Ruiz-Berg', 'Ana María Ruiz-Berg'],
    ]);
  });
});

describe('a name of one given name and two surnames', () => {
  it('knows “Mateo Sarmiento Ruiz” by the first surname alone (“Sarmiento said”)', () => {
    expect(
      quoteSpeakers([
        'Trade Minister Mateo Sarmiento Ruiz opened the new river port on Monday with the governor of the province.',
        'The port will carry soya to the coast within a year, Sarmiento said. “This is the road to the sea we were promised.”',
      ]),
    ).toEqual(['Mateo Sarmiento Ruiz']);
  });

  it('keeps a headline’s run closed by a speech verb (“Mayor Ann Okafor Says”) from standing for the name by its middle word', () => {
    const book = buildQuoteBook([
      article(
        [
          'New Quay Needs ‘Every Crew We Have’ Before Summer, Mayor Ann Okafor Says',
          'Crews on the new quay must work weekends until the summer if it is to take its first ferry, and the port will need “every crew we have” on it, Mayor Ann Okafor told the harbour board in a letter.',
          '“We are on track, but only just,” Okafor told the board on Monday evening.',
        ],
        { id: 'headline-says', title: 'New Quay Needs ‘Every Crew We Have’ Before Summer, Mayor Ann Okafor Says' },
      ),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)))).toEqual([
      'Ann Okafor',
      'Ann Okafor',
    ]);
  });
});
