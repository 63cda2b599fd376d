// Word lists the quotation reader relies on: speech verbs and reporting frames, person titles and the words that mark
// a capitalised phrase as an organisation or place rather than a person (role words: roleLexicon.ts). General English.

export * from './roleLexicon.ts';

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter((w) => w.length > 0));
}

/** One phrase per line, as its words in lower case, to be matched word by word against a sentence's tokens. */
function phrases(lines: string): string[][] {
  return lines
    .split('\n')
    .map((line) => line.trim().toLowerCase().split(/\s+/u))
    .filter((words) => words[0] !== '');
}

/** Verb forms that introduce or attribute speech ("said", "told", "pointed out", "described ... as"). */
export const SPEECH_VERBS = set(`
  says said saying tells told telling adds added adding stresses stressed stressing urges urged urging describes
  described describing welcomes welcomed welcoming called calling asks asked asking warns warned warning insists
  insisted insisting argues argued arguing noted noting explains explained explaining declares declared declaring
  announces announced announcing acknowledges acknowledged acknowledging admits admitted admitting claimed claiming
  writes wrote writing written quoted mentions mentioned mentioning continued continuing replied replying responds responded
  responding suggests suggested suggesting proposes proposed proposing complains complained complaining predicts
  predicted predicting recalled recalling remarked remarking observes observed observing concedes conceded conceding
  insinuates insinuated insinuating
  promised promising vowed vowing expresses expressed expressing stated stating affirms affirmed asserts asserted
  asserting emphasises emphasised emphasising emphasizes emphasized emphasizing underlines underlined underscores
  underscored reiterates reiterated reiterating restates restated restating repeats repeated confirms confirmed confirming denies denied denying
  accuses accused accusing criticises criticised criticizes criticized condemns condemned praises praised praising
  hails hailed hailing dismisses dismissed dismissing branded branding labelled labeled labelling labeling termed
  characterised characterized
  cautions cautioned tweeted joked boasts boasted pledged demanded appealed pleads pleaded concludes concluded
  recounts recounted reveals revealed answered shouts shouted exclaimed whispered muttered agrees agreed disagreed
  contends contended maintains maintained cited quipped retorted countered lamented summarised summarized recalls
  notes echoed echoes jokes joking tweets tweeting posted posts wrote told responded replies replied answers
  declares stressed explains adds insists warns vents vented mused muses reassured reassures assured assures
  elaborated elaborates clarified clarifies wondered wonders sighed snapped thundered opined
  grumbled protested objected interjected reminded reminds testified confessed disclosed laughed shared
  believes believed considers thinks feels hopes hoped fears feared expects worries
  slammed slams blasted blasts lambasted decried decries deplored denounced denounces blamed blames lauded lauds
  applauded commended credited credits thanked congratulated rejected rejects defended defends mocked derided chided rebuked
  apologised apologized apologises apologizes announces remembered remembers cautions advised recommended estimated indicated
  signalled signaled hinted reasoned begged threatened swore bragged bemoaned alleged alleges alleging commented reacted
  penned captioned messaged texted emailed yelled yelling screamed screaming shouting smiled grinned shrugged
  teased teases touted touts vows pledges pledging demands quips cautioning gushed enthused raved fumed scoffed
  sneered chuckled deadpanned reminisced speculated implored murmured barked growled rebutted
  reckons reckoned marvelled marveled marvels beamed gasped sobbed fretted
  posting commenting messaging texting emailing captioning penning emails
  instructed directed ordered counselled counseled scolded lectured ventured surmised posited theorised theorized
  mumbled bellowed hissed cried queried inquired enquired proclaimed confided interrupted rejoined offered found ruled
  finds finding
  claims say tell ask add argue insist warn admit explain deny agree disagree complain predict contend maintain believe
  think feel suggest acknowledge concede describe urge stress recall
  respond shout yell scream mutter exclaim declare announce observe affirm assert reiterate confirm testify confess
  disclose reveal apologise apologize clarify reassure assure plead allege speculate implore
  retorts exclaims laments testifies confesses disagrees taunted sniped blurted stammered stuttered groaned moaned
  whined ranted
`);

/**
 * Verbs that report speech only right after the quotation they report, with the subject between or after them
 * ("“Where was I,” she began", "“…,” roared the manager"); elsewhere they say something else ("Work began in March",
 * "CCTV showed NAME snorted").
 */
export const QUOTED_SPEECH_VERBS = set(`began begins roared snorted raged seethed`);

/**
 * Verbs of manner in the present that report speech only with a he or she, or a name (after the words of a role or
 * not), between them and the quotation ("“…,” she laughs", "“…,” her son Tom sighs"), or inverted before a name
 * ("“…,” grins Ruiz"); elsewhere they are as often plural nouns ("the “original” beams", "brought smiles and sighs").
 */
export const QUOTED_MANNER_VERBS = set(`laughs smiles grins chuckles sighs shrugs beams`);

/**
 * Speech verbs whose subject may follow them ("…," said Okoye). Others take an object there: "told Xinhua",
 * "asked Smith", "urged Jones" name the listener, not the speaker.
 */
export const INVERTING_SPEECH_VERBS = set(`
  said says added adds continued explained explains wrote writes noted notes recalled recalls replied replies
  answered remarked observed argued argues quipped joked insisted insists conceded admitted declared declares
  stressed warned tweeted posted concluded concludes maintained countered retorted responded mused elaborated
  clarified wondered sighed snapped thundered opined grumbled protested objected interjected laughed
  ventured cried confided proclaimed hissed bellowed mumbled interrupted offered queried inquired enquired
`);

/** Words after a sentence's opening "Asked" that say what about: "Asked about", "Asked whether", "Asked if". */
export const ASKED_ABOUT = set(`about whether if why how what when on`);

/**
 * Words right after a name that put a question to that person ("asked NAME what …", "whether …"); not "on", which
 * after a name is a time's as often ("asked NAME on Monday night to leave").
 */
export const ASKED_NAME_QUESTIONS = set(`whether if why how what when where who which about`);

/**
 * First-person subjects of the writer's own clauses ("…, I think, …", "…, we suspect, …", "a speed I can only
 * describe as insulting").
 */
export const WRITER_SUBJECTS = set(`i we`);

/** Words of being asked opening a sentence before what about ("Asked about …", "Pressed on whether …"). */
export const ASKED_OPENERS = set(`asked pressed questioned quizzed challenged`);

/** Phrases after a quotation that hand it to the name that follows ("“…” That was the message from Governor NAME"). */
export const CREDIT_FRAMES: readonly string[][] = [
  'that was the message from',
  'that was the verdict of',
  'that was the view of',
  'those were the words of',
  'those words come from',
  'those words came from',
  'the words come from',
  'the words came from',
  'the words of',
  'that was the verdict from',
  'that was the assessment of',
  'that was the promise from',
  'that was the advice from',
  'that was the plea from',
  'that was the reaction of',
  'that was the reaction from',
  'that was the response from',
  'that was the experience of',
  'such was the view of',
  // ("“…” ¶ That is how Harbour Police Detective NAME described the summer": how somebody put it.)
  'that is how',
  'that was how',
  'this is how',
  // ("“…” ¶ That was Rovers manager NAME, who …": the frame alone, last, so that the longer ones above match first.)
  'that was',
  'that is',
  'so said',
].map((f) => f.split(' '));

/**
 * Openings of the sentence after a quote that credit it to the name owning the words after them ("“…” Those were
 * NAME’s last words to the press"): the name, in the possessive, then a noun of SPEECH_NOUNS.
 */
export const OWNED_WORDS_FRAMES: readonly string[][] = [
  'those were',
  'these were',
  'that was',
  'such were',
  'such was',
].map((f) => f.split(' '));

/** Frames right after a quote closing on a comma that hand it to the name after them ("“…,” was the verdict of X"). */
export const QUOTE_CREDIT_FRAMES: readonly string[][] = [
  'was the verdict of',
  'was the verdict from',
  'was the message from',
  'was the message of',
  'was the view of',
  'was the reaction of',
  'was the reaction from',
  'was the response from',
  'was the assessment of',
  'came the reply from',
  'came the response from',
  'came the answer from',
  'came the retort from',
].map((f) => f.split(' '));

/**
 * Words between a quote and the speaker's own clause that hand the quote to it: "“…” is how X put it", "“…” That
 * is how X put it", "“…” So says X", "“…” That is what X told the meeting", "“…,” as X put it".
 */
export const QUOTE_LEADS: readonly string[][] = [
  'is how',
  'was how',
  'that is how',
  'that was how',
  'so',
  'is what',
  'was what',
  'that is what',
  'that was what',
  // ("“…,” as Dr NAME put it to me": the speaker's clause after "as".)
  'as',
].map((f) => f.split(' '));

/**
 * Words that set a person up as a sentence's topic before a comma: "For NAME, sticking to the process has paid off.
 * ¶ “…”" is about NAME as much as "NAME was happy. ¶ “…”" is; so does a profile's "Meet NAME, a baker …".
 */
export const TOPIC_FRONTS: readonly string[][] = ['for', 'as for', 'meet'].map((f) => f.split(' '));

/**
 * Words that open reported speech after a speech verb: "“…” The minister added that each town …", "“…” Senators said
 * it was …" are sentences of their own, reporting new words, not the attribution of the quote before them.
 */
export const REPORTED_SPEECH_OPENERS = set(`that whether it it's he she they we`);

/**
 * Verbs of opinion among the speech verbs: after a quote closing with a stop, "I think about that a lot" opens a
 * sentence of its own, as no "“Why?” Smith asked" does.
 */
export const OPINION_VERBS = set(`think thinks believe believes feel feels hopes expects worries`);

/**
 * Verbs that report speech only when "that" follows them: "NAME charged that the police had …" (while "Police
 * charged NAME with theft" is no speech).
 */
export const THAT_SPEECH_VERBS = set(`charged charges charging`);

/**
 * Verbs that report speech only when "that" or a quotation follows them (a comma or colon may stand between):
 * "Judge Ann Lee states, “…”" (while "member states" and "the States" are no speech), "what he calls “…”" (not "call":
 * "in a recorded call: “…”" is a noun).
 */
export const QUOTING_SPEECH_VERBS = set(`states state reports reported calls`);

/**
 * Verbs whose object, not their subject, does what the infinitive after it says: "urged voters to say", "asked him
 * to explain". An infinitive speech verb after one of them is not the sentence subject's.
 */
export const OBJECT_CONTROL_VERBS = set(`
  asked asks asking urged urges urging told tells telling invited invites encouraged encourages forced forces
  allowed allows wanted wants expected expects persuaded persuades begged begs called calls challenged challenges
  pressed presses pushed pushes dared dares
`);

/**
 * Verbs that make their object speak ("prompting the judge to ask: “…”"): the object, not the sentence's subject,
 * says the quote the infinitive brings in.
 */
export const CAUSING_VERBS = set(`prompting prompted prompts leading led leads causing caused causes`);

/** Verbs that only count as speech with a particle after them: "pointed out", "went on". */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new Map([
  ['pointed', 'out'],
  ['points', 'out'],
  ['pointing', 'out'],
  ['point', 'out'],
  ['went', 'on'],
  ['goes', 'on'],
  ['put', 'it'],
  ['puts', 'it'],
  ['summed', 'up'],
  ['sums', 'up'],
  ['chimed', 'in'],
  ['weighed', 'in'],
  ['opened', 'with'],
  ['opens', 'with'],
  ['shot', 'back'],
  ['shoots', 'back'],
  ['fired', 'back'],
  ['fires', 'back'],
  ['hit', 'back'],
  ['hits', 'back'],
  ['speaking', 'to'],
]);

/**
 * Phrasal speech verbs in -ing that speak only after a form of "be" ("NAME was speaking to the Courier"): opening a
 * sentence they are a participle setting the scene ("Speaking to reporters, NAME dedicated …").
 */
export const PROGRESSIVE_SPEECH_VERBS = set(`speaking`);

/** Forms of "be" before a verb in -ing that make it progressive ("was speaking to"). */
export const PROGRESSIVE_AUXILIARIES = set(`is was are were been be`);

/** Verbs of answering: a he or she replying stands for the person just asked ("…?” X asked Y. “…,” she replied). */
export const REPLY_VERBS = set(`replied replies answered answers responded responds retorted countered`);

/** Verbs of asking whose object is the person asked ("a reporter asked Ana Duarte"). */
export const QUESTION_VERBS = set(`asked asks questioned pressed quizzed challenged`);

/** Words that put a question or a claim to the one named after them, in court or in an interview. */
export const PUT_TO_PHRASES: readonly (readonly string[])[] = [
  ['put', 'it', 'to'],
  ['suggested', 'to'],
];

/** Words between a subject and its speech verb that do not change who speaks ("he has also said"). */
export const VERB_FILLERS = set(`
  also has had have was were is are be been then later again further previously earlier recently reportedly
  repeatedly once twice separately publicly privately openly bluntly flatly firmly simply quickly only just
  had would will could did does do not never still already yet however though meanwhile today yesterday tonight
  subsequently immediately finally eventually himself herself themselves itself began started kept
  allegedly apparently supposedly purportedly angrily quietly calmly proudly tearfully candidly frankly emotionally
  defiantly confidently cheerfully jokingly cautiously sharply bitterly furiously sadly happily nervously boldly
  passionately personally formally officially initially
  always often usually sometimes frequently constantly regularly routinely occasionally famously
  doesn't doesn’t didn't didn’t don't don’t won't won’t wouldn't wouldn’t
`);

export const DAYS_MONTHS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Titles that stand right before a person's name and mark it as a person ("Mr", "President"). */
export const HEAD_TITLES = set(`
  mr mrs ms miss mx madam mdm dr prof professor pres supt insp det adm cmdr capt sir dame lord lady rev reverend president minister premier chancellor
  secretary undersecretary under-secretary sec usec atty ambassador envoy senator sen rep representative congressman congresswoman governor gov mayor
  judge
  justice king queen prince princess duke duchess emperor empress pope cardinal bishop archbishop sheikh sheik
  imam rabbi ayatollah chairman chairwoman chairperson commissioner commander admiral colonel col lieutenant lt
  sergeant sgt gen marshal inspector detective gda spokesman spokeswoman spokesperson coach secretary-general
  president-elect mp mep councillor cllr cr coun councilman councilwoman pastor father ceo cfo coo cto pm cm shri sri smt shrimati
  datuk dato datin tun seri hon engr eng barr adv encik puan cik elder maulana mufti allama alhaji alhaja hajiya haji hajji nana
  comrade cde collector comm
  tehsildar sarpanch
  oba mzee
  mme mlle herr frau
`);

/** Head titles that also begin names of organisations ("General Motors"): a person only before two name words. */
export const WEAK_HEAD_TITLES = set(
  `general chief major captain capt maj director executive head leader officer garda pc`,
);

/** Capitalised words that qualify a title ("Foreign Minister", "Deputy Prime Minister", "Mayor Pro Tem"); no person on their own. */
export const TITLE_MODIFIERS = set(`
  foreign defence defense interior finance home deputy acting former vice prime first state special senior chief
  assistant associate executive general grand high supreme lord attorney solicitor trade economy economic energy
  health education justice culture transport labour labor environment agriculture security national federal
  regional european international press communications principal managing permanent under pro tem tempore additional
  opposition asst technical medical clinical artistic commercial editorial financial marketing nursing scientific
`);

/** Words that make a capitalised phrase an organisation, place, event or work, never a person's name. */
export const NON_PERSON_WORDS = set(`
  council endowment times university college school institute institution academy union assembly republic
  kingdom states nations emirates federation ministry department office agency bureau party committee commission
  organisation organization alliance bank fund group court parliament congress senate house force forces army
  navy corps guard police news post journal press association company corporation corp inc ltd llc plc war wars
  treaty pact agreement accord summit conference forum programme program plan initiative shield network radio
  television tv channel herald tribune guardian telegraph mail standard gazette review daily weekly magazine
  foundation society club church mosque temple hospital airport station street road avenue square bridge tower hall
  palace centre center museum gallery stadium park island islands sea ocean river lake mountain mountains valley
  gulf bay coast strait region province county city town village district north south east west northern southern
  eastern western central middle upper lower greater new hill community communities express online international
  security strategy doctrine act bill law charter convention declaration protocol index exchange market
  markets airlines airways motors energy oil gas group holdings partners capital services systems technologies
  games cup championship league olympics festival award awards prize staff personnel workforce constituency
`);

/**
 * Months (and "Jan", "Jun", written short) that are also given names: "June Cook", "Jan Vos", "Jun Sato" open a name
 * unless a date is meant ("in June").
 */
export const GIVEN_NAME_MONTHS = set(`april june august jan jun`);

/** Words before a month that make it a date: "in June Cook released …", "since April". */
export const DATE_LEADS = set(`
  in on since until till by last next this early late mid of from through throughout during before after until
  every each between
`);

/**
 * Letters written after a name for an honour or a rank at the bar ("Simon Tate KC", "Ann Lee OBE", Nigeria's "Ada Eze
 * SAN", Australia's "Ann Lee AO", New Zealand's "Ann Lee ONZM"): not the name.
 */
export const POST_NOMINALS = set(`
  kc qc sc bl obe mbe cbe kbe dbe frs
  mp msp am ms mla mpp mep td mlc
  san mni jp oam ao cnzm onzm mnzm
`);

/** Words that open a sentence or a clause and so carry a capital without being part of a name. */
export const NON_NAME_CAPITALS = set(`
  according despite yesterday today tonight however meanwhile although though while when after before since
  during asked speaking referring giving perhaps moreover furthermore instead indeed still also nevertheless
  nonetheless last next earlier later following under amid among between against without within one another
  eventually finally ultimately initially currently previously recently originally apparently clearly obviously
  fortunately unfortunately luckily sadly thankfully interestingly importantly notably separately similarly
  likewise consequently subsequently accordingly otherwise late early afterwards afterward additionally lastly
  overall thereafter elsewhere
  sentencing addressing thanking praising quoting citing welcoming congratulating describing
  meet
`);

/**
 * Quantifiers that open a sentence with a capital of their own ("Several praised the crew", "Every Sunday he …",
 * "Two Kenyan curators will …"): no name there. Elsewhere they may be surnames ("said Every"), so they are dropped
 * only opening the sentence. ("Ten" is left out: a Dutch name's particle, "Ten Hag said".)
 */
export const QUANTIFIER_OPENERS = set(
  `several many every neither either numerous dozens hundreds thousands two three four five six seven eight nine
  eleven twelve twenty thirty forty fifty`,
);

/**
 * Words of mood a headline or lede puts before a surname ("Furious Hale slams referee", "Emotional Okafor bows
 * out"): they describe the person and carry a capital of their own, no part of the name. (No word that is also a
 * given name: "Frank", "Earnest".)
 */
export const MOOD_ADJECTIVES = set(`
  furious fuming angry livid irate outraged defiant emotional tearful delighted jubilant elated ecstatic thrilled
  proud relieved frustrated gutted devastated heartbroken dejected shocked stunned bullish upbeat confident
  cautious bitter humble
`);

/** Words of NON_PERSON_WORDS that are also common surnames; they may close a name ("Linda Park"). */
export const SURNAME_LIKE = set(`
  park hall church house bridge tower lake bay banks bank court post guard west north south east young new
  wood hill field ford brook marsh moor law temple street
`);

/**
 * Titles and role nouns that are also common surnames (John Major, Julie Bishop, Minnie Driver): alone where a speaker stands
 * ("“…,” Bishop said") or after an honorific ("Mr Major"), the surname of a person, not a title.
 */
export const TITLE_SURNAMES = set(`
  king major bishop pope judge marshal dean sheriff prince duke farmer driver player miner sailor bowler rider fielder
  warden constable guard lock hooker sheikh sheik porter baker butcher carpenter gardener shepherd cook painter joiner
  barber sen
`);

/**
 * Words opening a subordinate clause: its subject ranks below the main clause's for a he or she after the sentence
 * ("Ms Hale said she lived nearby, while Ms Berg lived two doors away. … she called the police" is Ms Hale).
 */
export const SUBORDINATING_CONJUNCTIONS = set(
  `while whereas although though because since when if unless until after before`,
);

/**
 * Occupations a writer puts before a full name opening a sentence ("Baker Sarah Jones lost her shop", "Pensioner
 * Tom Hale, 81, …"): a description there, though some are surnames alone ("Baker said").
 */
export const OCCUPATION_OPENERS = set(`
  baker farmer teacher nurse student pensioner shopkeeper driver cyclist landlord tenant carer volunteer builder
  plumber electrician fisherman mechanic cleaner waitress waiter chef butcher grandmother grandfather
  grandad granny mum dad widow widower homeowner motorist commuter shopper
`);

/** Lower-case prefixes a hyphen joins to a capitalised name, written as part of it ("al-Hashimi", "el-Sisi"). */
export const NAME_PREFIXES = set(`al el ad ar ash az ul ud`);

/** Verbs of acting a part: a his or her after them is the character's relation, not the actor's ("played her son"). */
export const ROLE_PLAYING_VERBS = set(`play plays played playing portray portrays portrayed portraying`);

/** Words of NON_PERSON_WORDS that are also given names; they may open a name of two words or more ("Bill Nolan"). */
export const GIVEN_NAME_LIKE = set(`bill`);

/** Given names that are also stop words ("Will"): a name's first word after a title, before a surname. */
export const STOP_WORDS_ALSO_GIVEN_NAMES = set(`will nor`);

export const DETERMINERS = set(`the a an our their his her its this that these those`);
/** Determiners that say whose a thing is ("her verdict", "their statement"). */
export const POSSESSIVE_DETERMINERS = set(`his her their its our my your`);
/** The articles alone: "a", "an", "the". */
export const ARTICLES = set(`a an the`);
/** The articles that bring somebody or something in for the first time: "a nurse", "an engineer". */
export const INDEFINITE_ARTICLES = set(`a an`);

/** Words that may follow a credited name and close the credit ("“…” Villa manager NAME on the draw", "– NAME after …"). */
export const CREDIT_CLOSERS = set(`on after about before when following in at during to via`);

/** Generational suffixes after a surname ("Daniel Reyes Jr."): part of the name, never the surname itself. */
export const NAME_SUFFIXES = set(`jr sr ii iii iv`);

/** Honorifics written in lower case after a given name ("Haris bhai", "Tanaka san"): respect, not a name word. */
export const NAME_HONORIFICS = set(`bhai bhaiya ji sahib saheb didi baji san sama`);

/** Marks opening the lines of an interview set out as questions and answers ("Q: …", "A: “…”"). */
export const QUESTION_MARKS = set(`q question`);
export const ANSWER_MARKS = set(`a answer`);

/** Words of a paragraph bringing in an interview's questions ("We asked Ann Ode three questions", "spoke to"). */
export const INTERVIEW_LEDE_WORDS = set(`asked questions spoke talked interviewed interview chatted caught`);

/**
 * Words after a name that make the person named the one asking a transcript's "Q:" questions ("Ann Hale spoke to
 * the director", "Ann Hale sat down with him"), one phrase per line.
 */
export const INTERVIEWER_AFTER_NAME: readonly string[][] = phrases(`
  spoke to
  spoke with
  talked to
  talked with
  caught up with
  sat down with
  interviewed
  put questions to
`);

/**
 * Words before a name that make the person named the one asking ("under questioning by the prosecutor, Ann Hale",
 * "cross-examined by Ann Hale"), one phrase per line; a role may stand between them and the name.
 */
export const INTERVIEWER_BEFORE_NAME: readonly string[][] = phrases(`
  questioning by
  questioned by
  cross-examination by
  cross-examined by
  examination by
  interviewed by
  questions from
`);

/**
 * Prepositions that relate a person or a body's noun to what they belong to: a role's holder to somebody or something
 * ("a colleague of NAME", "a spokesperson for the office"), a body's noun to the role before it ("director of retail
 * consultancy NAME", "an analyst at investment bank NAME").
 */
export const AFFILIATION_PREPOSITIONS = set(`of at for from with`);

/** Words opening a role phrase that brings in somebody left unnamed: "a senior official", "one resident". */
export const UNNAMED_OPENERS = set(`a an one another`);

/** Nouns before a quoted title that make it the name of a work, not somebody's words. */
export const WORK_NOUNS = set(`
  book novel film movie song album play poem series show programme program documentary opera musical painting
  exhibition magazine newspaper column article essay titled entitled dubbed nicknamed headlined codenamed
  code-named named called memoir biography hit single track episode report study paper blog podcast
  comedy drama thriller sitcom cartoon record mixtape
`);

export const MALE_PRONOUNS = set(`he him his himself`);
export const FEMALE_PRONOUNS = set(`she her hers herself`);

/**
 * Pronouns that are only ever a verb's object ("called him …"): the subject they follow is somebody else (it would
 * be "himself"), so they say nothing of its gender.
 */
export const OBJECT_ONLY_PRONOUNS = set(`him`);

/**
 * Words that, after "her", make it an object ("thanked her for …", "told her that …") rather than a possessive
 * ("her season"); an object "her" is somebody else's, as "him" is.
 */
export const AFTER_OBJECT_HER = set(`
  to for with in on at of by from about as and or but that than when while after before into over up down off out
  back again because if so too then until once since whether how why what where who
`);

/**
 * Verbs by which a writer's sentence brings in people speaking below it without quoting them ("spoke to the media",
 * "has been speaking on the radio").
 */
export const SPEAKING_INTRODUCTIONS: ReadonlySet<string> = new Set([
  'spoke',
  'speaks',
  'speaking',
  'talked',
  'fronted',
]);

/**
 * Nouns for what somebody said: a possessive before one makes its owner the speaker of a quote the sentence
 * introduces with a colon ("Okoye’s message to the valley was simple: “…”").
 */
export const SPEECH_NOUNS = set(`
  message words reply response answer statement verdict advice warning comment comments remarks view plea appeal
  promise pledge tweet post letter note retort explanation argument assessment reaction conclusion instruction
  instructions request demand question tribute challenge claim admission prediction complaint remark assertion
  suggestion vow boast jibe diagnosis prognosis quip mantra motto refrain apology
`);

/**
 * Nouns that are somebody's words only when their owner leads in to a colon with them ("His position, for the record:
 * “…”", "Her take: “…”"); elsewhere they are as often a post, a plea in court or a sport's ("Hale's position as
 * manager", "her defence of the title", "his defence said").
 */
export const LEAD_IN_NOUNS = set(`
  position opinion thoughts motto mantra philosophy excuse defence defense summary theory take rule
`);
