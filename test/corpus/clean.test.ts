import { describe, expect, it } from 'vitest';
import { cleanArticle, IRREGULAR_PAST_VERBS, SPEECH_REPORT_VERBS } from '../../src/corpus/clean.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { annotatedFiles, readAnnotated, squash } from '../support/annotated.ts';

const entry = (file: string) => ({ file, title: null, outlet: 'Test', url: 'https://news.example/a', published: null });

describe('cleanArticle on labelled articles (five seed articles and invented ones with other chrome)', () => {
  const files = annotatedFiles();

  it('has fixtures with other kinds of chrome than the seed articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    const article = readAnnotated(file);
    const result = ingestArticle(article.raw, entry(file));
    if (!result.ok) throw new Error(`${file}: ${result.problem.message}`);
    const passages = result.passages.map((p) => squash(p.text));
    const bodyBlocks = new Set(
      result.article.paragraphs
        .filter((p) => p.kind === 'body')
        .map((p) => squash(result.article.text.slice(p.start, p.end))),
    );

    it(`keeps every body paragraph in some passage when cleaning ${file}`, () => {
      const lost = article.body.map(squash).filter((line) => !passages.some((p) => p.includes(line)));
      expect(lost).toEqual([]);
    });

    it(`never lets chrome or headings into a passage when cleaning ${file}`, () => {
      const leaked = [...article.chrome, ...article.headings].map(squash).filter((line) => bodyBlocks.has(line));
      expect(leaked).toEqual([]);
    });
  }
});

describe('cleanArticle', () => {
  it('marks the manifest title and the sub-headings that introduce body text', () => {
    const raw = [
      'Menu Home World Sport',
      'Harbour reopens after storm',
      'Ferries resumed sailing on Friday after a storm closed the harbour for three days, the port authority said.',
      'Damage to the pier',
      'Engineers found cracks in the main pier and said repairs would take at least a month to complete in full.',
    ].join('\n');
    expect(cleanArticle(raw, 'Harbour reopens after storm')).toEqual([
      { text: 'Harbour reopens after storm', kind: 'title' },
      {
        text: 'Ferries resumed sailing on Friday after a storm closed the harbour for three days, the port authority said.',
        kind: 'body',
      },
      { text: 'Damage to the pier', kind: 'heading' },
      {
        text: 'Engineers found cracks in the main pier and said repairs would take at least a month to complete in full.',
        kind: 'body',
      },
    ]);
  });

  it('drops a photo caption that repeats the lead and ends with an agency credit', () => {
    const lead = 'The mayor of Lisbon on Monday opened a new tram line linking the airport with the city centre.';
    const raw = [
      lead,
      'Officials said the line would carry up to 20,000 passengers a day once it reaches full service next year.',
      `The mayor cuts a ribbon at the airport station. ${lead} [AFP]`,
      'Construction took four years and cost 120 million euros, more than double the first estimate.',
    ].join('\n');
    const kept = cleanArticle(raw, null).map((b) => b.text);
    expect(kept).not.toContain(`The mayor cuts a ribbon at the airport station. ${lead} [AFP]`);
    expect(kept).toContain(lead);
  });

  it('drops timestamps, copyright lines and truncated teasers whatever the site', () => {
    const raw = [
      '03 May 2022 | 14:05 GMT',
      'The central bank raised interest rates by half a point on Tuesday, its biggest increase in more than twenty years.',
      'Economists had expected the move after inflation reached its highest level since 1991 in March.',
      'Related',
      'Why prices are rising faster than wages and what it means for households…',
      '© 2022 Example Media Group',
    ].join('\n');
    expect(
      cleanArticle(raw, null)
        .filter((b) => b.kind === 'body')
        .map((b) => b.text),
    ).toEqual([
      'The central bank raised interest rates by half a point on Tuesday, its biggest increase in more than twenty years.',
      'Economists had expected the move after inflation reached its highest level since 1991 in March.',
    ]);
  });
});

describe('cleanArticle on body text that does not look like a tidy paragraph', () => {
  const body = (raw: string, title: string | null = null) =>
    cleanArticle(raw, title)
      .filter((b) => b.kind === 'body')
      .map((b) => b.text);
  const middle = [
    'The county commission voted on Thursday to rebuild the river bridge that floods were blamed for closing last spring.',
    'Engineers told the meeting that the new span would sit two metres higher than the old one and take a year to build.',
  ];

  it('keeps the last paragraph of a stored page that was cut off mid-sentence, function words few or many', () => {
    const cut =
      'Harwick County residents commuting to Easton face forty-minute detours through Millbrook and Tarrow since the old';
    expect(body([...middle, cut].join('\n'))).toEqual([...middle, cut]);
  });

  it("keeps the page's last words after the body even when they are a short fragment", () => {
    expect(body([...middle, '“We are 51 years'].join('\n'))).toEqual([...middle, '“We are 51 years']);
  });

  it('keeps a first paragraph dense with names that opens with a wire credit in brackets and a dash', () => {
    const lede =
      '(Wirepoint) -- Harlow Motor Corp. lifted its outlook for the year on Thursday as car sales in Europe beat forecasts.';
    const dashed = lede.replace(' -- ', ' — ');
    expect([body([lede, ...middle].join('\n')), body([dashed, ...middle].join('\n'))]).toEqual([
      [lede, ...middle],
      [dashed, ...middle],
    ]);
  });

  it('keeps a paragraph with a credit in capitals run on at its end', () => {
    const credited =
      'The state will pay for most of the work, which is expected to start in the autumn, officials said. THE VALLEY POST';
    expect(body([middle[0], credited, middle[1]].join('\n'))).toEqual([middle[0], credited, middle[1]]);
  });

  it('keeps a line broken off mid-sentence between two body paragraphs, and drops one next to body on one side', () => {
    const broken =
      'Engineers had warned the county for years that the old bridge would not survive another flood of the kind';
    expect(body([middle[0], broken, middle[1]].join('\n'))).toEqual([middle[0], broken, middle[1]]);
    const teaser =
      'How a small town in the valley turned its old railway station into a thriving market for local growers';
    expect(body([...middle, teaser, 'Weather | Traffic | Sport', 'About us'].join('\n'))).toEqual(middle);
  });

  it('keeps a lead-in dense with capitals that brings in the quotation below it (“…, Portfolio Holder for X, said:”)', () => {
    const lead = 'Councillor Ann Tarrow-Weston, Portfolio Holder for Parks and Libraries, said:';
    const quote = '“Nobody joins the council hoping to shut a library, and nobody here does.”';
    expect(body([middle[0], lead, quote, middle[1]].join('\n'))).toEqual([middle[0], lead, quote, middle[1]]);
  });

  it('keeps such a lead-in when page furniture stands between it and the quotation, and drops the furniture', () => {
    const lead = 'Rep. Ann Tarrow-Weston, who represents the valley, told KWTV 9 News:';
    const quote = '“Nobody joins the council hoping to shut a library, and nobody here does.”';
    for (const furniture of [
      ['Story continues below'],
      ['Advertisement', 'Article continues after advertisement'],
      ['A lifeguard tower on the beach at the bay. (Supplied)'],
    ])
      expect(body([middle[0], lead, ...furniture, quote, middle[1]].join('\n'))).toEqual([
        middle[0],
        lead,
        quote,
        middle[1],
      ]);
  });

  it('keeps a short lead-in of plain prose (“NAME returned later. She said:”) over a caption and its quotation, not a colon without a speech verb', () => {
    const lead = 'Tarrow-Weston came back two hours later. She said:';
    const caption = 'Photograph: Valley TV — The councillor in the chamber on Wednesday';
    const quote = '“I gave the wrong figure, and I apologise for it without reservation.”';
    expect([
      body([middle[0], lead, caption, quote, middle[1]].join('\n')),
      body([middle[0], 'Tarrow-Weston came back two hours later:', caption, quote, middle[1]].join('\n')),
    ]).toEqual([
      [middle[0], lead, quote, middle[1]],
      [middle[0], quote, middle[1]],
    ]);
  });

  it('marks a wire’s reaction label in capitals closed by a colon a heading over its quotation, however long', () => {
    const label = 'MARIELA DE LA TORRE, SENIOR RATES ANALYST, KESTREL SECURITIES NORDIC, OSLO:';
    const quote = '“The timing matters more than the cut itself, and every trader on the floor knows that.”';
    const [before, after] = middle as [string, string];
    const blocks = (below: string) =>
      cleanArticle([before, label, below, after].join('\n'), null).map((b) => [b.kind, b.text]);
    expect(blocks(quote)).toEqual([
      ['body', before],
      ['heading', label],
      ['body', quote],
      ['body', after],
    ]);
    // Over prose it heads nothing, and goes as page furniture.
    const prose = 'The bank’s board will meet as planned later this month and decide on the basis of the data alone.';
    expect(blocks(prose).map(([kind]) => kind)).toEqual(['body', 'body', 'body']);
  });

  it('marks a label whose name is in capitals and whose role is not a heading over a quotation or prose writing the name', () => {
    const label = 'DR. WILHELMINA ODUYA-HART, soil scientist, Kestrel Valley Soil Institute:';
    const quote = '“The ground holds water for a week less than it did when I started measuring it thirty years ago.”';
    const prose =
      'Oduya-Hart told the hearing the drought money was small but pointed in the right direction for once.';
    const other = 'The bank’s board will meet as planned later this month and decide on the basis of the data alone.';
    const [before, after] = middle as [string, string];
    const blocks = (below: string) =>
      cleanArticle([before, label, below, after].join('\n'), null).map((b) => [b.kind, b.text]);
    expect([blocks(quote), blocks(prose), blocks(other).map(([kind]) => kind)]).toEqual([
      [
        ['body', before],
        ['heading', label],
        ['body', quote],
        ['body', after],
      ],
      [
        ['body', before],
        ['heading', label],
        ['body', prose],
        ['body', after],
      ],
      ['body', 'body', 'body'],
    ]);
  });

  it('keeps such a label body when its name is not in capitals or it is longer than a heading', () => {
    const quote = '“The ground holds water for a week less than it did when I started measuring it thirty years ago.”';
    const [before, after] = middle as [string, string];
    const kinds = (label: string) => cleanArticle([before, label, quote, after].join('\n'), null).map((b) => b.kind);
    expect([
      kinds('Dr. Wilhelmina Oduya-Hart, soil scientist, Kestrel Valley Soil Institute:'),
      kinds(
        'WILHELMINA ODUYA-HART, a soil scientist who has measured the valley’s ground water at the research station since the nineties:',
      ),
    ]).toEqual([
      ['body', 'body', 'body', 'body'],
      ['body', 'body', 'body', 'body'],
    ]);
  });

  it('keeps a lead dense with names over headings that stand before the body (a name’s heading, a long result line)', () => {
    const lead =
      'Second-round winners Ravi Kohli, Lars Brandt, Mia Torres and Nils Ode recall Friday evening at the Kestrel Hall, where all four of them needed deciding legs.';
    const result = 'Kohli (India) def. Tomas Varga-Lindqvist (Sweden) 6-3, match average 99.10';
    const quote = '“I found my rhythm early and never let it go, which is all you can ask of yourself tonight.”';
    const page = [
      'Harbour Darts Association',
      'Share: Facebook | X | Copy link',
      lead,
      'What Ravi Kohli said',
      result,
      quote,
    ];
    expect(body(page.join('\n'))).toEqual([lead, quote]);
    // Over a run of three such lines (teasers' headlines) it is no lead of the body below them, and goes.
    const teasers = [
      'Ferry Operator Confirms Fares On The Northern Isles Routes Will Rise Again In May',
      'Harbour Wall Repairs Delayed Again After Contractor Walks Off The Kestrel Site',
      'Council Budget Vote Set For June As The Opposition Demands A Full Library Review',
    ];
    expect(body([page[0], lead, ...teasers, ...middle].join('\n'))).toEqual(middle);
  });

  it('keeps a short sentence dense with names (“Island Councillor NAME was blunt.”) between a credited caption and the body', () => {
    const short = 'Island Councillor Ailsa Tarrow-Weston was blunt.';
    const caption =
      'Queues of lorries at the terminal gates during the strike on a wet Sunday morning. Picture: Ann Lee';
    const quote = '“The islands were promised a reliable boat ten years ago and are still waiting.”';
    expect(body([middle[0], caption, short, quote, middle[1]].join('\n'))).toEqual([
      middle[0],
      short,
      quote,
      middle[1],
    ]);
  });

  it('keeps a sentence set in capitals but for its copula and last words (“Harbour Traders Association chairman NAME was blunt.”) over a quotation', () => {
    const lead = 'Velmir Road Hauliers Association chairman Nils Tarrow-Weston was blunt.';
    const quote = '“The queue at the gate is now three days long, and the port says nothing.”';
    expect(body([middle[0], lead, quote, middle[1]].join('\n'))).toEqual([middle[0], lead, quote, middle[1]]);
  });

  it('keeps a sentence of a past verb with no function words (“Harbour branch chairperson NAME addressed marchers outside PLACE.”) over a quotation', () => {
    const lead = 'Velmir branch chairperson Nils Tarrow-Weston addressed marchers outside Harbour Depot.';
    const quote = '“Nobody here wants to strike, but nobody here can live on these wages either.”';
    expect(body([middle[0], lead, quote, middle[1]].join('\n'))).toEqual([middle[0], lead, quote, middle[1]]);
  });

  for (const verb of [...IRREGULAR_PAST_VERBS].sort())
    it(`keeps a sentence of names whose one past verb is irregular (“Her husband, NAME, ${verb} …”) over a quotation`, () => {
      const lead = `Mrs Tarrow-Weston’s husband, Nils Tarrow-Weston, ${verb} outside Harbour Crown Court.`;
      const quote = '“Nobody here wants revenge, but nobody here can forgive it either,” he said.';
      expect(body([middle[0], lead, quote, middle[1]].join('\n'))).toEqual([middle[0], lead, quote, middle[1]]);
    });

  it('drops the same line of names with the verb in capitals, no past form (“Read more”), over a quotation', () => {
    const lead = 'Mrs Tarrow-Weston’s husband, Nils Tarrow-Weston, Read Harbour Crown Court.';
    const quote = '“Nobody here wants revenge, but nobody here can forgive it either,” he said.';
    expect(body([middle[0], lead, quote, middle[1]].join('\n'))).toEqual([middle[0], quote, middle[1]]);
  });

  it('keeps a sentence dense with names that says something of its subject with a copula', () => {
    const dense =
      'Federation of Harbour Consumers Associations (Fohca) chief executive Dr Ann Tarrow-Weston was less enthusiastic.';
    expect(body([middle[0], dense, middle[1]].join('\n'))).toEqual([middle[0], dense, middle[1]]);
  });

  for (const verb of ['warned', 'added', 'urged', 'insisted'])
    it(`keeps a name-dense sentence in which somebody ${verb}, and the page's last words cut off after it`, () => {
      const dense = `Harbour Age UK charity director Ann Tarrow-Weston ${verb} that older people underestimate summer heat.`;
      const cut = '“Older people often do not feel thirsty, and lots of them do not realise how quickly they can';
      expect(body([middle[0], dense, cut].join('\n'))).toEqual([middle[0], dense, cut]);
    });

  for (const verb of SPEECH_REPORT_VERBS)
    it(`keeps a sentence dense with names in which somebody ${verb}, between a body block and a heading`, () => {
      const dense = `With Harbour Town head coach Ann Tarrow unwell, assistant coach Ben Okafor-Hale ${verb} instead.`;
      const heading = 'On the youth of the side:';
      const quote = '“Half of this squad is under twenty-three, which is no excuse but simply how it is.”';
      expect(body([middle[0], dense, heading, quote].join('\n'))).toEqual([middle[0], dense, quote]);
    });

  for (const verb of SPEECH_REPORT_VERBS)
    it(`keeps a sentence with few function words in which somebody ${verb}, under a heading over a quote`, () => {
      const dense = `Harbour Party’s economy spokesman Dara Tolland-Price ${verb} Velmir ministers over ‘grandstanding’.`;
      const quote = '‘Velmir has known for years that trade is a matter for the state alone,’ he said.';
      expect(body([middle[0], 'The Harbour Party', dense, quote].join('\n'))).toEqual([middle[0], dense, quote]);
    });

  it('keeps a sentence dense with names that sets an age off after the name (“NAME, 71, drove …”)', () => {
    const aged = 'Cattle farmer Dale Okafor-Hale, 71, drove 50 kilometres to Monday’s board hearing.';
    const unaged = 'Cattle farmer Dale Okafor-Hale, Harbour County, drove 50 kilometres to Monday’s board hearing.';
    const quote = '“My wife was treated right here, right down that hall, two winters ago,” he said.';
    expect([
      body([middle[0], aged, quote, middle[1]].join('\n')),
      body([middle[0], unaged, quote, middle[1]].join('\n')),
    ]).toEqual([
      [middle[0], aged, quote, middle[1]],
      [middle[0], quote, middle[1]],
    ]);
  });

  it('drops such a sentence with no speech verb between a body block and a heading', () => {
    const dense = 'With Harbour Town head coach Ann Tarrow unwell, assistant coach Ben Okafor-Hale instead.';
    const quote = '“Half of this squad is under twenty-three, which is no excuse but simply how it is.”';
    expect(body([middle[0], dense, 'On the youth of the side:', quote].join('\n'))).toEqual([middle[0], quote]);
  });

  it('drops an “ALSO READ:” teaser line between a quote and the next, keeping no heading of it', () => {
    const teaser = 'ALSO READ: Regulator to scrutinise the valley depot plan for competition concerns';
    const quote = '“Subscribers will keep the same tariffs for twelve months at least, whatever happens.”';
    expect(cleanArticle([middle[0], teaser, quote].join('\n'), null).map((b) => b.text)).toEqual([middle[0], quote]);
  });

  it('still drops such a line when no quotation opens the block below it', () => {
    const lead = 'Councillor Ann Tarrow-Weston, Portfolio Holder for Parks and Libraries, said:';
    expect(body([middle[0], lead, middle[1]].join('\n'))).toEqual(middle);
  });

  it('keeps short prose closing a list of teasers with a full stop when the body goes on after it', () => {
    const turn = 'But the visiting coach saw the penalty very differently.';
    const list = [
      'MOST READ IN SPORT',
      'SCAN WORRY Rovers winger faces test on knee',
      'KEEPER HOWLER Fans turn on No 1',
    ];
    expect(body([middle[0], ...list, turn, middle[1]].join('\n'))).toEqual([middle[0], turn, middle[1]]);
  });

  it('still drops such a list whose last teaser ends with no stop before the body goes on', () => {
    const list = [
      'MOST READ IN SPORT',
      'SCAN WORRY Rovers winger faces test on knee',
      'Why the visiting coach saw it differently',
    ];
    expect(body([middle[0], ...list, middle[1]].join('\n'))).toEqual(middle);
  });

  it('keeps a lead sentence dense with names, and sees past a byline and a stamp between it and the body', () => {
    const lead =
      'County commissioner Dana Okoro presented her bridge plan to Harwick town hall members on Friday evening.';
    expect(body([lead, 'By Sam Reyes', 'Posted Updated', ...middle].join('\n'))).toEqual([lead, ...middle]);
  });

  it('keeps a sentence reporting speech that is dense with names, between body paragraphs', () => {
    const dense = 'Fire Marshal Dana Okoro said crews pulled three drivers from cars stranded on Route 12.';
    expect(body([middle[0], dense, middle[1]].join('\n'))).toEqual([middle[0], dense, middle[1]]);
  });

  it('keeps a short sentence dense with names between the body and a lead its neighbours made body', () => {
    const lead =
      'HARWICK — After four hours of debate, the Harwick Town Council voted 4-3 late Tuesday to close Mill Road to heavy trucks from June.';
    const short = 'Mayor Dana Okoro cast the deciding vote.';
    expect(body([lead, short, ...middle].join('\n'))).toEqual([lead, short, ...middle]);
  });

  it('drops a caption dense with names that reports no speech, between body paragraphs', () => {
    const caption = 'Fire Marshal Dana Okoro inspects flooded Route 12 cars near Harwick Friday.';
    expect(body([middle[0], caption, middle[1]].join('\n'))).toEqual(middle);
  });

  it("keeps a short quote line, and the page's cut-off last words after it, next to a paragraph its neighbours made body", () => {
    const named =
      'Governor Dana Okoro spoke from Easton at the County Emergency Operations Center and was flanked by Harwick Fire Chief Sam Reyes and State Police Major Ann Cole.';
    const quote = '"You still have time to leave, but that time is now," Reyes said.';
    expect(body([...middle, named, quote, 'Reyes sai'].join('\n'))).toEqual([...middle, named, quote]);
    expect(body([...middle, named, quote, 'Reyes said on'].join('\n'))).toEqual([
      ...middle,
      named,
      quote,
      'Reyes said on',
    ]);
  });

  it('keeps the manifest title as the title even when it reads like prose', () => {
    const title = 'Harwick votes to rebuild the river bridge that the spring floods closed to traffic for months';
    expect(cleanArticle([title, ...middle].join('\n'), title).map((b) => b.kind)).toEqual(['title', 'body', 'body']);
  });

  const chrome: Record<string, string> = {
    'a prompt to turn on notifications':
      'Get browser notifications for breaking news, live events, and exclusive reporting.',
    'a caption with a picture credit':
      'Engineers inspect the damaged pier of the old bridge on Tuesday (Photo: Ann Lee/Valley Agency)',
    'a "Related:" teaser':
      'Related: How the valley towns are preparing for a wetter winter and what it means for farmers',
    'a "READ MORE:" teaser':
      'READ MORE: The county budget explained in five charts, from roads to the new library wing',
    'a sign-up prompt':
      'Sign up for our daily briefing and get the most important local stories delivered every morning.',
    'an app prompt':
      'Download the app to follow every council meeting live and get alerts when your street is mentioned.',
    'a comments invitation':
      'Join the conversation and leave a comment below, but please keep it civil and on the topic of the story.',
    'a reporting credit': 'Additional reporting by Sam Reyes and the Valley Post data team in Harwick and Easton.',
  };
  for (const [what, line] of Object.entries(chrome)) {
    it(`drops ${what} next to the body`, () => {
      expect(body([middle[0], line, middle[1]].join('\n'))).toEqual(middle);
      expect(body([...middle, line].join('\n'))).toEqual(middle);
    });
  }
});

describe('cleanArticle on a roundup of short quotations under speakers’ labels', () => {
  const title = 'What the coaches said';
  const roundup = [
    'Maria Solberg, Harbour City',
    '"We deserved the win today."',
    'Tom Ekwueme (Riverside United)',
    '"It hurts, but we go again."',
    'Dev Anand, Northgate Rovers',
    '"A fair result in the end."',
  ];
  const kinds = (raw: string) => cleanArticle(raw, title).map((b) => `${b.kind}: ${b.text}`);
  const expected = [
    'title: What the coaches said',
    'heading: Maria Solberg, Harbour City',
    'body: "We deserved the win today."',
    'heading: Tom Ekwueme (Riverside United)',
    'body: "It hurts, but we go again."',
    'heading: Dev Anand, Northgate Rovers',
    'body: "A fair result in the end."',
  ];

  it('keeps each label as a heading and each short quotation as body, with no long paragraph to anchor them', () => {
    expect(kinds([title, ...roundup].join('\n'))).toEqual(expected);
  });

  it('still keeps them when the page is cut off after a last label with no quotation under it', () => {
    expect(kinds([title, ...roundup, 'Lucy Harkin, Westbrook Albion'].join('\n'))).toEqual(expected);
  });

  it('still drops a list of short links that are not quotations under labels', () => {
    const links = ['More from Sport', 'Harbour City sign new striker', 'Riverside United', 'Fixtures and results'];
    expect(kinds([title, ...links, ...roundup].join('\n'))).toEqual(expected);
  });
});

describe('cleanArticle on a roundup with a topic heading under each speaker’s label', () => {
  const title = 'What the head coaches said';
  const lead =
    'Four of the six head coaches faced the media on Thursday as their teams were named for the third round.';
  const quote = '"He has earned his chance. He worked harder than anyone in camp and we will back him."';
  const kinds = (lines: string[]) => cleanArticle([title, ...lines].join('\n'), title).map((b) => b.kind);

  it('keeps a label over a topic heading over the body, below the first body block', () => {
    expect(kinds([lead, 'Nils Ode (Velmir)', 'On the decision to start his young out-half:', quote])).toEqual([
      'title',
      'body',
      'heading',
      'heading',
      'body',
    ]);
  });

  it('drops the upper of such a pair above the first body block, where page furniture stands', () => {
    expect(kinds(['Media Centre', 'Latest news', lead, quote])).toEqual(['title', 'heading', 'body', 'body']);
  });
});

describe('cleanArticle on quotations signed on the line under them', () => {
  const title = 'The best lines of the season';
  const intro =
    'The season that ended on Sunday gave supporters a title race, a relegation fight and plenty of memorable words.';
  const signed = [
    '“We will be far better off on our own, and I am not sorry to say it.”',
    '– A grumpy Ray Dunmore sounds off about the league’s new rules in March',
    '“Life is more important than any result we could have had.”',
    '– Dunmore after the death of his former goalkeeper in the spring.',
  ];
  const kinds = (raw: string) => cleanArticle(raw, title).map((b) => `${b.kind}: ${b.text}`);

  it('keeps a short attribution line under a quotation as body, not a heading, when it has no sentence end', () => {
    expect(kinds([title, intro, ...signed].join('\n'))).toEqual([
      `title: ${title}`,
      `body: ${intro}`,
      ...signed.map((line) => `body: ${line}`),
    ]);
  });

  it('keeps a short dash line that follows no quotation out of the body', () => {
    const unsigned = [intro, '– More from the league in March', 'Comments are closed.'];
    expect(kinds([title, ...unsigned].join('\n'))).toEqual([`title: ${title}`, `body: ${intro}`]);
  });
});

describe('cleanArticle on very short articles', () => {
  it('keeps a one-sentence article as its body, and still finds no body in page chrome alone', () => {
    expect(cleanArticle('The harbour in Tarrow reopened on Monday.', null)).toEqual([
      { text: 'The harbour in Tarrow reopened on Monday.', kind: 'body' },
    ]);
    expect(cleanArticle('Home | World | Sport\nSign in\nCookie settings', null)).toEqual([]);
  });
});

describe('cleanArticle on furniture words in prose', () => {
  it('keeps a quoted paragraph that speaks of “cookie cutter” houses and drops a cookie banner', () => {
    const lines = [
      'Our website uses cookies so that it works well for you.',
      'Councillors in Tarrow approved the new housing estate on Monday despite objections from neighbours.',
      '“All they ever put up are the same cookie cutter houses,” she said. “We need a say in this.”',
      'The estate will have 120 homes and a park, the council said in a statement after the meeting.',
    ];
    expect(cleanArticle(lines.join('\n'), null).map((b) => b.text)).toEqual(lines.slice(1));
  });

  it('keeps reported prose and a quotation that hold furniture words, and drops a newsletter call', () => {
    const lines = [
      'The music streaming firm lost customers for a third quarter in a row, its annual report showed on Tuesday.',
      'Nearly half a million households subscribe to the cheapest plan, which has not gone up in price, according to the filing.',
      'Its founder shrugs when asked about rivals. “People sign in for the playlists and they stay for the radio,” she says.',
      'Sign up for our newsletter to get the week in music in your inbox.',
    ];
    expect(cleanArticle(lines.join('\n'), null).map((b) => b.text)).toEqual(lines.slice(0, 3));
  });
});

describe('cleanArticle on a story stored as one long line', () => {
  const story =
    'The island council has promised to keep the winter ferry running twice a day, even though fewer than forty passengers a week used it last year, the harbour board said on Monday. ' +
    'At a packed meeting in the village hall, the board chair said the crossing was the only way for older residents to reach the hospital on the mainland when storms closed the causeway. ' +
    '"Nobody on this island should have to choose between a hospital visit and a week of food," she told the room, adding that the fares would be';

  it('keeps the whole story as body when it is the last block, cut off mid-sentence, after a date and a byline', () => {
    const blocks = cleanArticle(
      ['Posted 03/11/2023 | Islands', '', 'By our correspondent', '', story].join('\n'),
      null,
    );
    expect(blocks.filter((b) => b.kind === 'body')).toEqual([{ text: story, kind: 'body' }]);
  });

  it('keeps such a story when the colon of a dateline whose place the page dropped opens it (": The island …")', () => {
    const blocks = cleanArticle(['Posted 03/11/2023 | Islands', '', `: ${story}`].join('\n'), null);
    expect(blocks.filter((b) => b.kind === 'body')).toEqual([{ text: `: ${story}`, kind: 'body' }]);
  });

  it('still finds no body in a short teaser cut off mid-sentence after page chrome', () => {
    expect(
      cleanArticle(
        ['Home | World | Sport', '', 'Read more: the board chair said the crossing was the only'].join('\n'),
        null,
      ),
    ).toEqual([]);
  });
});

describe('cleanArticle on a long paragraph that only lacks its final stop', () => {
  const lead =
    'The island council voted on Monday night to keep the winter ferry running twice a day, after a long debate in which several members warned about the cost.';
  const unstopped =
    '“Every week we hear from people who rely on this boat, and every one of them tells us the same thing, that the crossing is their lifeline to the hospital and to their families, and the harbour board should hear that before it cuts a single sailing, ” said Mara Quell, the council’s ferry spokeswoman';
  const cut = 'Members said they would review the timetable again in the spring, when the figures for';

  it('keeps a long paragraph of prose after the body as body though it does not end like a sentence', () => {
    const blocks = cleanArticle([lead, '', unstopped, '', cut].join('\n'), null);
    expect(blocks.filter((b) => b.kind === 'body').map((b) => b.text)).toEqual([lead, unstopped, cut]);
  });

  it('still drops a short line with no final stop between body and a cut-off end (a teaser)', () => {
    const teaser = 'More from the islands this week in our weekend edition and on the app';
    const blocks = cleanArticle([lead, '', teaser, '', cut].join('\n'), null);
    expect(blocks.filter((b) => b.kind === 'body').map((b) => b.text)).toEqual([lead, cut]);
  });
});

describe('cleanArticle on a press release’s lede opening with its dateline', () => {
  const lede =
    'OSLO, Norway, March 4, 2026 -- Fjellarm Robotics ASA (OSE: FJRD), a maker of warehouse picking arms, today reported revenue of NOK 812 million for its fourth quarter.';
  const page = (first: string): string =>
    [
      first,
      '',
      'Fourth Quarter Highlights',
      '- Revenue of NOK 812 million, up 21% year over year',
      '- Order backlog of NOK 2.4 billion',
      '',
      '"We shipped more arms this quarter than in the whole of 2023," said Ingrid Solvang, chief executive officer.',
    ].join('\n');

  it('keeps the lede as body though a heading and a list stand between it and the next paragraph', () => {
    expect(cleanArticle(page(lede), null).filter((b) => b.kind === 'body')[0]?.text).toBe(lede);
  });

  for (const label of ['READ MORE', 'VIDEO', 'FILE'])
    it(`drops a line opening “${label} – …”: a label and a dash, no place with a comma, date or credit`, () => {
      const teaser = `${label} -- Fjellarm Robotics ASA (OSE: FJRD), a maker of warehouse picking arms, reported revenue of NOK 812 million for its fourth quarter.`;
      expect(
        cleanArticle(page(teaser), null)
          .filter((b) => b.kind === 'body')
          .map((b) => b.text),
      ).toEqual([
        '"We shipped more arms this quarter than in the whole of 2023," said Ingrid Solvang, chief executive officer.',
      ]);
    });

  it('drops a short line opening with a dateline: a lede has more words', () => {
    expect(
      cleanArticle(
        page('OSLO, March 4 (Agency) -- Fjellarm Robotics ASA shares fell 4% in Oslo trading.'),
        null,
      ).filter((b) => b.kind === 'body'),
    ).toHaveLength(1);
  });
});

describe('cleanArticle on a stored copy cut off in a quotation after its attribution', () => {
  /** The body texts of a results page whose outlook list stands before `last`, the stored copy's last block. */
  const bodyAfterList = (last: string): string[] =>
    cleanArticle(
      [
        '"We shipped more arms this quarter than in the whole of 2023," said Ingrid Solvang, chief executive officer, at the results briefing in Oslo.',
        '',
        'Outlook',
        'For the first quarter of 2027, Fjellarm expects:',
        '- Revenue of NOK 840 million to NOK 880 million',
        '- An operating margin of about 14%',
        '',
        last,
      ].join('\n'),
      null,
    )
      .filter((b) => b.kind === 'body')
      .map((b) => b.text);

  it('keeps the last block, a quotation, its speaker and a cut-off second sentence, though a list stands before it', () => {
    const cut =
      '"We have never had a winter order book this full," Solvang said. "Our two plants will run three shifts from';
    expect(bodyAfterList(cut).at(-1)).toBe(cut);
  });

  it('still drops a cut-off last block that opens with a quotation no attribution follows', () => {
    expect(
      bodyAfterList(
        '"Best robot arms of the year" Read the full review of the Fjellarm picking range and our verdict on',
      ),
    ).toHaveLength(1);
  });

  it('still drops one whose words after the quotation report no speech', () => {
    expect(
      bodyAfterList(
        '"The best picking arm we have tested this year," our review panel. "Buy it if your warehouse runs more than',
      ),
    ).toHaveLength(1);
  });
});
