import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.ts';

describe('cleanArticle on a page of quotations', () => {
  it('keeps lines that are a quotation followed only by who said it, though they end in a name', () => {
    const raw = [
      'The week in quotes',
      '"I have played in this competition for fourteen years and we have qualified every single time, so do not write us off yet." Harbour United captain Lena Sorensen after the win over the champions',
      '"If you put four past a side at your own ground the points are yours, and four on the road should do it as well, so what is left to say?" Northfield manager Tomas Brandt',
      'Photo gallery',
    ].join('\n');
    expect(cleanArticle(raw, 'The week in quotes').map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['title', 'The week in quotes'],
      ['body', '"I have played in th'],
      ['body', '"If you put four pas'],
    ]);
  });

  it('keeps a speaker’s label of up to 120 characters closed by a colon over a quotation, under a short heading', () => {
    const raw = [
      'Ferry fares to rise by a fifth from next month',
      'The island council approved the rise on Tuesday after a long debate over the cost of fuel and the ageing boats on the route.',
      'WHAT THE COUNCILLORS SAID',
      'Cllr Marta Quent-Holloway, chair, Westbury council committee on harbour services:',
      '"I have asked the operator to publish its fuel costs before the rise takes effect, so that islanders can see them."',
      'The new fares take effect on the first of next month.',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['title', 'Ferry fares to rise '],
      ['body', 'The island council a'],
      ['heading', 'WHAT THE COUNCILLORS'],
      ['body', 'Cllr Marta Quent-Hol'],
      ['body', '"I have asked the op'],
      ['body', 'The new fares take e'],
    ]);
  });

  it('keeps short quotations between “What NAME said” labels, as sports roundups print them', () => {
    const raw = [
      'Kaldorin takes the title after a playoff',
      'The champion took the title in a deciding bout on Sunday after he and his rival ended the meet with the same record.',
      'What Kaldorin said',
      '"My stance was wrong early on, then I corrected it."',
      'What Ostrava said',
      '"She read the wind better than me. No excuses from me."',
      '"The shoulder is sound. Leave it out of your stories."',
      'What the judges said',
      '"Both men fought well, and the title was won on the day."',
      'The next tournament opens in January.',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 16)])).toEqual([
      ['title', 'Kaldorin takes t'],
      ['body', 'The champion too'],
      ['heading', 'What Kaldorin sa'],
      ['body', '"My stance was w'],
      ['heading', 'What Ostrava sai'],
      ['body', '"She read the wi'],
      ['body', '"The shoulder is'],
      ['heading', 'What the judges '],
      ['body', '"Both men fought'],
      ['body', 'The next tournam'],
    ]);
  });

  it('keeps a short quotation closing the story after near-body prose, before the links that follow it', () => {
    const raw = [
      'Bank confirms the switch to the new note',
      'The central bank confirmed on Monday that the new note will become the sole legal tender from September, with old notes withdrawn within sixty days and balances converted at a fixed rate.',
      'Quizzed about fears of another currency collapse, Governor Ode Marrow simply grinned.',
      '"The ledgers will answer that, and I trust the ledgers."',
      'ALSO READ: Maize growers want paying in hard currency',
      'Cattle prices climb for a third week',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 16)])).toEqual([
      ['title', 'Bank confirms th'],
      ['body', 'The central bank'],
      ['body', 'Quizzed about fe'],
      ['body', '"The ledgers wil'],
    ]);
  });

  it('keeps a quoted post closing with its hashtag and the short quotation after it, before the links that follow', () => {
    const raw = [
      'Councillors quit ruling group over bin strike',
      'Two councillors who have sat on the borough council for twenty years quit the ruling group on Thursday night over the handling of the six-week bin strike.',
      "'Bags have sat at the kerb in our street since the spring and nobody will say when they go,' said Cllr Tom Avery, 71.",
      "Opposition group leader Cllr Ana Ruiz tweeted: 'Two more councillors walk out. The town deserves a council that collects the bins. #BinStrike'",
      "Mr Avery added: 'This is not about politics. It is about rats.'",
      "Read more: Strike talks 'close to a deal', union says",
      'Most Read',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['title', 'Councillors quit rul'],
      ['body', 'Two councillors who '],
      ['body', "'Bags have sat at th"],
      ['body', 'Opposition group lea'],
      ['body', "Mr Avery added: 'Thi"],
    ]);
  });

  it('still drops a short quoted line with a long tail that is not a credit', () => {
    const raw = [
      '"Best buy" | Reviews | Deals | Sign in to see your basket and every offer we have picked for you today',
    ].join('\n');
    expect(cleanArticle(raw, null)).toEqual([]);
  });

  it('keeps consecutive quotations each credited in brackets after it, as reaction roundups print them', () => {
    const raw = [
      'Tarsova closed its border with Velmir on Friday after a week of clashes between fishing fleets in the strait.',
      'Reactions from the region came within hours.',
      '"Closing a border punishes fishermen, not governments. Open it tomorrow." (Ilse Marrow, trade minister of Pellandia)',
      '"We will send our coastguard to keep the peace if both sides ask us to." (Dario Quent, Brisan navy chief)',
      "The strait carries a fifth of the region's catch.",
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['body', 'Tarsova closed its b'],
      ['body', 'Reactions from the r'],
      ['body', '"Closing a border pu'],
      ['body', '"We will send our co'],
      ['body', 'The strait carries a'],
    ]);
  });

  it('keeps the credit signed under a quotation when it is long or is followed by a short label', () => {
    const raw = [
      'Tarsova closed its border with Velmir on Friday after a week of clashes between fishing fleets in the strait.',
      '“Nobody wins a fishing war. Everybody loses the fish, and the fish never come back.”',
      '— Velmir’s Foreign Minister Arvo Tuul, speaking on national radio in the capital',
      '“We will keep our ports open to every boat that asks, whatever flag it flies.”',
      '— Brisan navy chief Dario Quent',
      'Reactions elsewhere were quick:',
      'Pellandia said it would send observers to the strait within the week to count the boats.',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['body', 'Tarsova closed its b'],
      ['body', '“Nobody wins a fishi'],
      ['body', '— Velmir’s Foreign M'],
      ['body', '“We will keep our po'],
      ['body', '— Brisan navy chief '],
      ['heading', 'Reactions elsewhere '],
      ['body', 'Pellandia said it wo'],
    ]);
  });

  it('keeps a bulleted roundup item whose quotation is credited in brackets after it (- Country: “…” (Role Name))', () => {
    const raw = [
      'Governments around the region welcomed the ceasefire between the two countries on Friday and promised aid.',
      'Photo: Foreign ministers of the region meet at the lakeside hotel in the capital on Thursday evening.',
      'OTHER REACTIONS',
      '- Corvania: "We are ready to help them rebuild the bridges and the schools of the Tarn Valley." (Foreign Minister Ada Lusk)',
      '- Pellandia: "We will send doctors and engineers as soon as the roads are open." (Prime Minister Ivo Brask)',
      'Aid agencies said their convoys were loaded and waiting at the border crossing for the road to open.',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 14)])).toEqual([
      ['body', 'Governments ar'],
      ['heading', 'OTHER REACTION'],
      ['body', '- Corvania: "W'],
      ['body', '- Pellandia: "'],
      ['body', 'Aid agencies s'],
    ]);
  });

  it('keeps a bracketed credit on the line under a quotation (“…” then “(Name, Team coach)”) as body', () => {
    const raw = [
      'Here is what the coaches said after the group games on Sunday, as the last two places were settled.',
      '"We knew it would be difficult against a team that presses this high, but the players stayed calm."',
      '(Ada Lusk, Corvania coach)',
      '"It is painful to go out like this after leading for an hour. We gave everything out there."',
      '(Ivo Brask, Pellandia coach)',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 14)])).toEqual([
      ['body', 'Here is what t'],
      ['body', '"We knew it wo'],
      ['body', '(Ada Lusk, Cor'],
      ['body', '"It is painful'],
      ['body', '(Ivo Brask, Pe'],
    ]);
  });

  it('keeps the name-dense sentence under each quotation of a roundup that prints three or more so', () => {
    const raw = [
      'What they said',
      '"It was unbelievable to stand up there and see the whole parish down on the field below us."',
      'Goalkeeper Ana Ruiz lifted the Harbour SFC cup as Rovers captain.',
      '"Nobody gave us a chance, but I thought we would have won if we had played on until dark."',
      "Kim Ode masterminded Town's surprise Northfield SHC final win over holders Port Elin.",
      '"To lose a final in this way is heartbreaking, and the call at the end was scandalous."',
      "Ballinmore joint-manager Seb Lind sang Jamie Cole's praises after the Harbour SFC win.",
    ].join('\n\n');
    expect(cleanArticle(raw, 'What they said').map((b) => [b.kind, b.text.slice(0, 16)])).toEqual([
      ['title', 'What they said'],
      ['body', '"It was unbeliev'],
      ['body', 'Goalkeeper Ana R'],
      ['body', '"Nobody gave us '],
      ['body', 'Kim Ode mastermi'],
      ['body', '"To lose a final'],
      ['body', 'Ballinmore joint'],
    ]);
  });

  it('keeps an interview’s short question turn that reads like a teaser headline, its label opening other turns', () => {
    const raw = [
      'Festival boss on why the gates will stay shut',
      'Mara Quint caught up with the founder, Olek Brandvold, before the last night of the season.',
      'MQ: How are you holding up?',
      'OB: Tired, but proud of what the crew built out of a muddy field in nine summers, and sad it ends like this.',
      'MQ: So what went wrong this year?',
      'OB: Tickets. We had sold half of what we had sold by this time last year, and every cost we have doubled.',
      'MQ: Will Harbour Fest Be Back In 2026?',
      // (The stored page is cut off mid-sentence here.)
      'OB: Maybe, if the bank agrees. First we pay back every ticket buyer, then the traders, and after that we',
    ].join('\n');
    expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['title', 'Festival boss on why'],
      ['body', 'Mara Quint caught up'],
      ['body', 'MQ: How are you hold'],
      ['body', 'OB: Tired, but proud'],
      ['body', 'MQ: So what went wro'],
      ['body', 'OB: Tickets. We had '],
      ['body', 'MQ: Will Harbour Fes'],
      ['body', 'OB: Maybe, if the ba'],
    ]);
  });
});

describe('cleanArticle on quotations marked the German way or with guillemets', () => {
  for (const [open, close] of [
    ['„', '“'],
    ['«', '»'],
  ])
    it(`keeps a paragraph of quotation in ${open}…${close} as body`, () => {
      const raw = [
        'Berlin plans a brigade on the eastern flank',
        'The ministry said on Monday that the first troops would be based near the border within eighteen months.',
        `${open}A brigade abroad is simple to promise and costly to keep,${close} said Colonel Ian Rowntree. ${open}The last one needed its own schools.${close}`,
        'The brigade is due to reach full strength in 2027.',
      ].join('\n');
      expect(cleanArticle(raw, null).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
        ['title', 'Berlin plans a briga'],
        ['body', 'The ministry said on'],
        ['body', `${open}A brigade abroad is`],
        ['body', 'The brigade is due t'],
      ]);
    });
});
