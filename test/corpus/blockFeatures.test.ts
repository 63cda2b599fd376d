import { describe, expect, it } from 'vitest';
import {
  CAPTION_CREDITS,
  CHROME_LABELS,
  AD_LABEL_MAX_CHARS,
  CHROME_WORDS,
  features,
  hasChromeWords,
  isAdLabel,
} from '../../src/corpus/blockFeatures.ts';

describe('features', () => {
  it('counts stop words and keeps the content words that start with a letter, numbers left out ("May" is one)', () => {
    const f = features('The 3 harbour cranes arrived in Port Elin on 4 May.');
    expect({ content: f.content, stopDensity: f.stopDensity }).toEqual({
      content: ['harbour', 'cranes', 'arrived', 'Port', 'Elin'],
      stopDensity: 4 / 11,
    });
  });

  it('ends like a sentence when hashtags follow a quoted post’s last sentence, not a share line or hashtags alone', () => {
    expect(
      [
        "Group leader Cllr Ana Ruiz tweeted: 'Two more councillors walk out. The town deserves better. #BinStrike'",
        'Ana Ruiz posted: “We open the gates at nine tomorrow. Bring the kids. #SaveOurPark #Harwick”',
        'The campaign tells supporters to post with the tag #SaveOurPark',
        'Share this story #news',
        'Follow us for updates #Harwick #LocalNews',
        '#SaveOurPark',
        'Group leader Cllr Ana Ruiz said the town deserved better than the',
      ].map((text) => features(text).terminal),
    ).toEqual([true, true, false, false, false, false, false]);
  });

  it('does not end like a sentence when a short quoted title closes the line, but does for quoted words of a sentence', () => {
    expect(
      [
        'Marta Quell, best actress, “Harbour Lights”',
        'Jonas Brevik, director, "The Long Way Home"',
        'Ines Harte, best score, “Salt & Iron”',
        'She called the plan “a betrayal of everyone in the valley”',
        '“Harbour Lights”',
        '“We open the gates at nine tomorrow.”',
      ].map((text) => features(text).terminal),
    ).toEqual([false, false, false, true, true, true]);
  });

  it('reads capitals and letters beyond ASCII for headline case (Élan, Über, Ωmega; not ¿ or 5G)', () => {
    expect(features('Élan Über Ωmega Öffnet Ärger').headlineCase).toBe(true);
    expect(features('élan über ωmega öffnet ärger').headlineCase).toBe(false);
    expect(features('¿Qué Élan ärger ωmega').content).toEqual(['Qué', 'Élan', 'ärger', 'ωmega']);
  });

  it('is chrome when a short line of figures names a month or a time, but not when a name only opens like a month', () => {
    expect(features('Updated March 3, 2024').chrome).toBe(true);
    expect(features('Sept 14 2024').chrome).toBe(true);
    expect(features('MARTIN OSTERGAARD (DEN) — 67 (-12), two clear').chrome).toBe(false);
    expect(features('MIN-JUN CHOI (KOR) — 69 (-10)').chrome).toBe(false);
    expect(features('Mayor Ines Octavio 2 4').chrome).toBe(false);
  });

  it('is chrome when twelve words or more repeat themselves: fewer than half distinct, in any case', () => {
    const words = (distinct: number, total: number): string =>
      Array.from({ length: total }, (_, i) => (i % 2 === 0 ? `Tag${i % distinct}` : `tag${i % distinct}`)).join(' ');
    expect(features(words(5, 12)).chrome).toBe(true);
    expect(features(words(6, 12)).chrome).toBe(false);
    expect(features(words(5, 11)).chrome).toBe(false);
  });
});

describe('hasChromeWords', () => {
  it('answers as CHROME_WORDS does, also where case folding beyond ASCII counts (ſ for s, the Kelvin sign for k)', () => {
    const texts = [
      'Sign up for our newsletter',
      'SUBSCRIBE NOW',
      'Subſcribe now',
      'Click here to follow us',
      '©2024 The Herald',
      'The newsletters arrived on Monday.',
      'Follow uſ',
      'all rights reserved',
      'Privacy Policy and Terms of Use',
      'The ſubscribe button',
      'We use cooKies',
      'cookie cutter houses',
      'Kookies',
    ];
    expect(texts.map(hasChromeWords)).toEqual(texts.map((t) => CHROME_WORDS.test(t)));
    expect(texts.map(hasChromeWords)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('has only ſ and K where the unfolded expression may differ: no other unit matches an ASCII letter or \\b apart', () => {
    const differ = new Set<number>();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let code = 128; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const letter of letters)
        if (new RegExp(letter, 'iu').test(c) !== new RegExp(letter, 'i').test(c)) differ.add(code);
      if (/\b/iu.test(`${c}a`) !== /\b/i.test(`${c}a`) || /a\b/iu.test(`a${c}`) !== /a\b/i.test(`a${c}`))
        differ.add(code);
    }
    expect([...differ]).toEqual([0x17f, 0x212a]);
  });
});

describe('features of an attributed quotation holding furniture words', () => {
  it('is not chrome when a quotation is followed by its speaker, though it names a newsletter', () => {
    expect(
      features(
        '"No comet has passed this close to us in two hundred years," said Dr. Ann Lee, writing in the astronomy club\'s newsletter.',
      ).chrome,
    ).toBe(false);
  });

  it('is not chrome when the furniture words are inside a quotation the writer’s own words stand around', () => {
    expect(
      [
        'Okoro smiles at the question. “You sign in at the gate like everyone else, minister or not,” she says.',
        'Okoro smiles at the question. Readers can sign in to comment, she says.',
        'Sign in to read “The ten best beaches of the coast”',
        'Also on the Courier this week: “How to log in to the new council tax portal before the deadline”, by Ann Hale.',
      ].map((line) => features(line).chrome),
    ).toEqual([false, true, true, true]);
  });

  it('is not chrome when a long sentence of prose holds them as the story’s words and attributes itself', () => {
    expect(
      [
        'Nearly half a million households subscribe to the cheapest plan, which has not gone up in price, according to the filing.',
        'About forty thousand customers could not log in to the app for most of the morning, the bank said on Tuesday.',
        'Subscribe to our newsletter and get the best of the week in your inbox every Friday, as our editor says.',
        'Customers who subscribe, according to the firm.',
        'Sign up for the Harbour Courier daily newsletter, which judges at the press awards said was the best bulletin of the year.',
        'We use cookies to make this site work, and some of them are set by partners, according to the cookie policy of the site.',
      ].map((line) => features(line).chrome),
    ).toEqual([false, false, true, true, true, true]);
  });

  it('is not chrome when a whole sentence in quotation marks holds them, however short', () => {
    expect(
      [
        '“We will not sign up for any of it.”',
        '"Nobody asked us to subscribe to anything!"',
        '“Sign up for our newsletter”',
        'We will not sign up for any of it.',
      ].map((line) => features(line).chrome),
    ).toEqual([false, false, true, true]);
  });

  it('is chrome when a picture credit closes it (“… Credit: Valley Police”), not when prose opens with “Credit:”', () => {
    expect(
      [
        'Tom Brent, 17, was described by his family as the clown of the family Credit: Valley Police',
        'Credit: the bank said it would waive the fees for customers affected by the outage this week.',
      ].map((line) => features(line).chrome),
    ).toEqual([true, false]);
  });

  it('is chrome for a breadcrumb’s » (“Home » News » Local”), not for a quotation set in guillemets', () => {
    expect(
      [
        'Home » News » Local » Harbour',
        'The skipper tasted the catch. «C’est du poisson frais, voilà,» she told the inspectors on the quay.',
      ].map((line) => features(line).chrome),
    ).toEqual([true, false]);
  });

  it('is chrome when a short line opens with a site’s call to advertisers (“Advertise with …”), not prose about advertising', () => {
    expect(
      [
        'Advertise with the Harbour Courier',
        'Advertise here',
        'Advertise with us',
        'Advertise with us if you run a business on the island and want to reach every household on it this winter.',
        'Firms that advertise with the paper will pay less from May, the publisher said.',
      ].map((line) => features(line).chrome),
    ).toEqual([true, true, true, false, false]);
  });

  it('is chrome when a credit with “by” closes a caption (“… PICTURE BY ANN LEE”), not when it holds a quotation, ends in a stop or is a headline', () => {
    expect(
      [
        'Volunteers stack sandbags along the harbour wall before the storm. PICTURE BY ANN LEE',
        'Volunteers clear the flooded harbour road on Saturday morning. Photo by Tom Brent',
        'Tom Brent outside his shuttered bakery. “Thirty years, gone in a week,” he said. PHOTO BY ANN LEE',
        'The exhibition ends with a photo by Ann Lee of the old harbour wall, taken in the winter of 1962.',
        'Pictures by local children brighten the hospital ward',
      ].map((line) => features(line).chrome),
    ).toEqual([true, true, false, false, false]);
  });

  for (const credit of CAPTION_CREDITS)
    it(`is chrome when a caption closes with the credit “(${credit})”, and prose ending in another bracket is not`, () => {
      const caption = `A lifeguard tower on the beach at the bay on Sunday morning. (${credit})`;
      const prose = 'The teenager was airlifted to a hospital in the city on Sunday morning (local time).';
      expect([features(caption).chrome, features(prose).chrome]).toEqual([true, false]);
    });

  for (const label of CHROME_LABELS)
    it(`is chrome when a line opens with the label “${label}:”, and the same prose without it is not`, () => {
      const prose = 'The councillor in the chamber on Wednesday, before the vote on the harbour budget.';
      const upper = `${label.toUpperCase()}: ${prose}`;
      expect([features(`${label}: ${prose}`).chrome, features(upper).chrome, features(prose).chrome]).toEqual([
        true,
        true,
        false,
      ]);
    });

  it('is chrome when it tells the reader the story goes on past an advert', () => {
    expect(
      ['Story continues below', 'Article continues after advertisement', 'Continue reading'].map(
        (line) => features(line).chrome,
      ),
    ).toEqual([true, true, true]);
  });

  it('is prose when a sentence speaks of an advertisement, and chrome when a short line names one', () => {
    expect(
      [
        'Mira Olsen, who chairs the tourism board, said the strike would hurt the island. “Every day of it is an advertisement for our rivals,” she said.',
        'The party took out a full-page advertisement in the Sunday papers to attack the budget, its first in a decade.',
        'Advertisement',
        'Skip this advertisement',
        'This advertisement has not loaded yet, but your article continues below.',
      ].map((line) => features(line).chrome),
    ).toEqual([false, false, true, true, true]);
  });

  it('reads a line naming an advertisement as a label up to AD_LABEL_MAX_CHARS characters only', () => {
    const label = (n: number): string => `Advertisement ${'x'.repeat(n - 'Advertisement '.length)}`;
    expect([isAdLabel(label(AD_LABEL_MAX_CHARS)), isAdLabel(label(AD_LABEL_MAX_CHARS + 1))]).toEqual([true, false]);
  });

  it('is still chrome when the furniture words stand without an attributed quotation', () => {
    expect(features('Sign up for our newsletter to get the latest stories from the observatory.').chrome).toBe(true);
  });
});

describe('features of an advertising slot left as text', () => {
  it('is chrome when a short line holds a banner size, and prose with a number pair is not', () => {
    expect(
      [
        'Ad Manager – 300×250 – In Article',
        'Leaderboard 728x90',
        'The relay team ran the 4x100 metres in record time on the last night of the championships.',
        'The new ward has 120 x 80 metre grounds and a garden for patients, the trust said on Monday after the opening.',
      ].map((line) => features(line).chrome),
    ).toEqual([true, true, false, false]);
  });
});

describe('features of a post embedded from a social network', () => {
  it('is chrome when it holds the post’s picture link or its signature line, and prose naming a handle is not', () => {
    expect(
      [
        'Full time. The visitors take all three points home tonight.— Harbour FC (@HarbourFC) March 3, 2021',
        'HAR 4 - 1 VEL #Matchday pic.twitter.com/AbC123xYz',
        'The club posted the result on its account, @HarbourFC, within minutes of the final whistle on Thursday night.',
      ].map((line) => features(line).chrome),
    ).toEqual([true, true, false]);
  });
});

describe('features of a quoted paragraph holding a web or e-mail address', () => {
  it('is not chrome when somebody’s quoted prose gives the address, and is chrome when the address stands alone', () => {
    expect(
      [
        '“Anyone who saw the van can send us a photo at https://example.org/appeals/van or ring the station on 101.',
        '“If you know where the dog is, please write to the shelter at help@example.org and we will call you back.”',
        'Read the full report at https://example.org/reports/flood-2020 for the details.',
        'Send your news to newsdesk@example.org',
        '“Visit www.example.org today.”',
      ].map((line) => features(line).chrome),
    ).toEqual([false, false, true, true, true]);
  });
});
