// Word lists for people's roles: role nouns and the words inside roles, titles that tell a gender, nationality nouns,
// abbreviated titles and role words that name one position. General English, never corpus names.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter((w) => w.length > 0));
}

/**
 * Members of a house, whose qualifier names their party or house, not a post ("the Labour MP", "the Congress MP",
 * "the Democratic senator"): words that elsewhere name a portfolio do not make such a role somebody else's.
 */
export const MEMBER_ROLES: ReadonlySet<string> = new Set([
  'mp',
  'mla',
  'mep',
  'msp',
  'td',
  'senator',
  'lawmaker',
  'legislator',
  'congressman',
  'congresswoman',
  'councillor',
  'backbencher',
]);

/**
 * Titles and role words that tell the gender of the person they stand before. Not "chairman": British usage gives it
 * to women too ("trust chairman Ann …"), so it tells nothing.
 */
export const GENDER_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['duke', 'male'],
  ['emperor', 'male'],
  // (A Yoruba king's title before his name: "Oba NAME".)
  ['oba', 'male'],
  // (A Swahili elder's title of respect before his name: "Mzee NAME".)
  ['mzee', 'male'],
  ['father', 'male'],
  ['spokesman', 'male'],
  ['congressman', 'male'],
  ['councilman', 'male'],
  ['businessman', 'male'],
  ['sheikh', 'male'],
  ['sheik', 'male'],
  // (Pilgrims' and scholars' titles of respect worn before a name: "Alhaji NAME", "Alhaja NAME", "Maulana NAME".)
  ['alhaji', 'male'],
  ['alhaja', 'female'],
  ['hajiya', 'female'],
  ['maulana', 'male'],
  ['datin', 'female'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['dame', 'female'],
  ['madam', 'female'],
  ['mdm', 'female'],
  ['puan', 'female'],
  ['cik', 'female'],
  ['encik', 'male'],
  ['mme', 'female'],
  ['mlle', 'female'],
  ['herr', 'male'],
  ['frau', 'female'],
  ['lady', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
  ['duchess', 'female'],
  ['empress', 'female'],
  ['chairwoman', 'female'],
  ['spokeswoman', 'female'],
  ['congresswoman', 'female'],
  ['councilwoman', 'female'],
  ['businesswoman', 'female'],
  ['actress', 'female'],
  ['sister', 'female'],
  ['mother', 'female'],
  ['wife', 'female'],
  ['daughter', 'female'],
  ['husband', 'male'],
  ['son', 'male'],
  ['brother', 'male'],
  ['woman', 'female'],
  ['girl', 'female'],
  ['grandmother', 'female'],
  ['granddaughter', 'female'],
  ['aunt', 'female'],
  ['widow', 'female'],
  ['man', 'male'],
  ['boy', 'male'],
  ['grandfather', 'male'],
  ['grandson', 'male'],
  ['uncle', 'male'],
  ['widower', 'male'],
]);

/**
 * Plural nouns for people of one family or pair, written capitalised before their names ("Siblings Oren Vale and
 * Tilda Vale", "Twins Ana and Eva Ruiz"): no part of the first name after them.
 */
export const KIN_GROUP_NOUNS = set(`siblings brothers sisters twins couple newlyweds cousins spouses`);

/** Nouns of kinship: a name after one and a possessive ("her daughter NAME") is somebody's relative. */
export const KINSHIP_NOUNS = set(`
  daughter son wife husband mother father sister brother grandson granddaughter grandmother grandfather niece
  nephew cousin aunt uncle stepdaughter stepson partner
`);

/**
 * Nouns of party or political leaning ("“…,” the first-term Democrat said"): like a nationality, they stand for the
 * subject of the last clause that named a person, whatever office that person holds.
 */
export const AFFILIATION_NOUNS = set(`
  democrat republican tory conservative liberal socialist nationalist centrist libertarian progressive
`);

/** Nouns of a court sitting, whose ruling is the words of the one judge the article names ("the court said"). */
export const COURT_NOUNS = set(`court tribunal`);

/** Heads of the roles of those who sit in a court ("District Judge", "Justice"), read by roleReference.ts. */
export const JUDICIAL_HEADS = set(`judge justice magistrate`);

/**
 * Nouns that describe a person by age or experience rather than a position anyone holds ("the veteran", "the
 * youngster"): like an age, they fit whoever the story goes on with, whatever roles are known of them.
 */
export const EPITHET_NOUNS = set(`veteran youngster teenager newcomer rookie debutant`);

/** Lower-case nouns naming a person's role ("spokeswoman", "ambassador"): a name after one is a person's. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...AFFILIATION_NOUNS,
  ...set(`
  spokesman spokeswoman spokesperson ambassador envoy correspondent reporter editor minister president chancellor
  secretary secretary-general chief head leader official officials analyst expert professor director chairman
  chairwoman chairperson commander general colonel officer adviser advisor aide diplomat lawyer attorney judge
  senator governor mayor economist researcher scientist author writer journalist columnist activist candidate
  mp mep msp mpp am td ceo founder premier deputy counterpart predecessor successor king queen prince princess wife husband son
  daughter father mother brother sister coach manager player captain actor actress singer artist owner executive
  banker investor negotiator mediator representative delegate commissioner inspector soldier witness spokesperson
  presenter anchor commentator blogger businessman businesswoman strategist lawmaker legislator congressman
  congresswoman politician chief-of-staff prosecutor attorney-general campaigner organiser organizer backbencher
  frontbencher
  superintendent president-elect monarch emir sultan ruler dictator premier chair vice-president general-secretary
  engineer teacher doctor nurse surgeon physician farmer driver worker student pilot architect designer developer
  accountant consultant resident neighbour neighbor veteran historian lecturer specialist technician chef solicitor
  barrister volunteer trustee matron principal headteacher headmaster headmistress priest vicar pastor fisherman miner
  shopkeeper landlord tenant trader broker entrepreneur treasurer administrator coordinator epidemiologist virologist
  psychologist psychiatrist paramedic firefighter sheriff defendant plaintiff victim survivor protester
  coroner magistrate pathologist midwife vet palaeontologist paleontologist juror vendor regent
  demonstrator supporter voter citizen villager photographer filmmaker director-general secretary-general
  economist scholar academic fellow researcher analyst strategist pollster consultant campaigner lobbyist
  ombudsman regulator watchdog auditor governor-general commissioner mediator envoy emissary attache
  striker forward midfielder defender goalkeeper winger batsman bowler jockey rider cyclist runner athlete champion boxer
  flanker fly-half scrum-half full-back left-back right-back centre-back wing-back playmaker try-scorer scorer
  goalscorer goal-scorer debutant substitute replacement qualifier wildcard semi-finalist runner-up titleholder
  paceman seamer coxswain helmsman bosun harbourmaster navigator
  golfer skipper referee umpire swimmer sprinter boss co-founder cofounder co-author coauthor boy girl man woman
  teenager child rancher shopper waitress
  convener convenor councilor alderman alderwoman dean provost rector comptroller constable
  curator conservator custodian critic composer novelist poet playwright sculptor dancer musician comedian producer conductor
  archaeologist astronomer biologist physicist chemist geologist ecologist climatologist meteorologist forecaster
  sociologist anthropologist philosopher librarian pharmacist dentist veterinarian therapist counsellor counselor
  mechanic electrician plumber contractor planner supervisor publisher broadcaster trainer instructor chaplain
  star superstar rapper legend youngster newcomer teen frontman frontwoman singer-songwriter host celebrity
  heart-throb heartthrob hunk idol starlet tiktoker socialite
  importer exporter négociant negociant distiller brewer grower vigneron
  influencer billionaire tycoon mogul magnate incumbent challenger nominee contender hopeful frontrunner
  confidant confidante
  fan parent opponent observer insider rival ally pontiff cleric preacher nun monk suspect toddler pensioner
  retiree homeowner widow widower grandmother grandfather grandson granddaughter mum mom dad keeper
  quarterback pitcher rookie olympian fighter wrestler gaffer pundit astronaut cardiologist councilmember
  kicker punter linebacker receiver shortstop catcher outfielder infielder reliever fullback halfback wicketkeeper
  all-rounder setter libero lock prop hooker guard
  assemblyman assemblywoman assemblymember taoiseach tanaiste mla mlc member
  speaker clerk registrar whip
  councillor intern employee staffer batter fielder caddie trainee apprentice cadet receptionist cashier janitor
  corporal warden carer caregiver pupil graduate undergraduate waiter bartender postman courier optician
  islander ranger sailor docker householder landowner trucker haulier postwoman grocer farmhand herder fisherwoman
  boatman ferryman bouncer investigator dealer seller buyer client mourner pilgrim devotee headman townsman
  tourist visitor traveller traveler holidaymaker backpacker climber hiker trekker nanny babysitter housekeeper maid
  barista publican stallholder peddler drummer guitarist bassist pianist violinist
  eyewitness rioter looter gunman attacker assailant intruder hostage captive detainee prisoner inmate convict
  refugee migrant evacuee orphan spouse fiancé fiancée acquaintance landlady shopowner storekeeper freelancer forewoman
  realtor typist optometrist physiotherapist physio radiographer doula caseworker tutor schoolboy schoolgirl
  postgraduate notary bailiff policeman policewoman trooper fireman lifeguard rescuer serviceman servicewoman
  conscript copilot stewardess crewman deckhand beekeeper vintner winemaker sommelier hotelier innkeeper
  freshman sophomore
  restaurateur chauffeur cabbie motorcyclist jogger marathoner gymnast skier snowboarder surfer skater mountaineer
  footballer cricketer linesman vlogger youtuber podcaster cameraman illustrator cartoonist programmer screenwriter
  lyricist songwriter vocalist bandmate ballerina choreographer magician contestant participant finalist winner
  medallist medalist constituent taxpayer ratepayer renter occupant squatter beggar passerby
  attendee unionist benefactor philanthropist heiress beneficiary grandparent octogenarian nonagenarian
  centenarian evangelist missionary mullah guru swami shaman parishioner congregant churchgoer settler nomad
  herdsman tribesman chieftain immigrant emigrant expat
  surveyor cousin uncle aunt nephew niece stepfather stepmother stepson stepdaughter girlfriend boyfriend
  fiance fiancee commuter passenger motorist pedestrian patient hurdler spinner consul
  machinist steward foreman labourer laborer welder friend pal
  reader viewer listener
  counsel advocate seed partner
  classmate schoolmate teammate colleague coworker flatmate housemate roommate workmate shipmate crewmate clubmate
  holder customer spectator bystander onlooker diner worshipper user
  agent promoter matchmaker skip stablemaster rikishi yokozuna ozeki sekiwake komusubi maegashira
  controller
  assistant porter baker butcher carpenter decorator hairdresser barber florist jeweller
  jeweler tailor gardener groundsman shepherd crofter greengrocer newsagent roofer joiner bricklayer glazier
  painter handyman dispatcher paralegal cook doorman concierge homemaker housewife househusband
  claimant complainant applicant appellant petitioner respondent borrower subscriber archivist alumna sibling
  statistician mathematician demographer cartographer dietitian dietician nutritionist clinician paediatrician
  pediatrician obstetrician gynaecologist gynecologist neurologist oncologist dermatologist radiologist anaesthetist
  anesthetist immunologist toxicologist hydrologist seismologist volcanologist glaciologist oceanographer
  criminologist zoologist botanist ornithologist entomologist geneticist neuroscientist
  crewmember attendant reservist airman recruit parolee elector townsperson follower
  guest interviewee caller
  recorder assessor collector marshal bursar ombudsperson
`),
]);

/**
 * Capitalised words of a minister's or secretary's portfolio, written between the office and the name: "Minister
 * for Water Resources Khalid Mahmood", "Secretary of State for Work and Pensions Ann Reid". Read as the role's only
 * right after such an office and "for" or "of", as several (Power, Child, Young) are surnames elsewhere. Title
 * modifiers (TITLE_MODIFIERS: Health, Foreign, Home) count as portfolio words too.
 */
export const PORTFOLIO_WORDS = set(`
  affairs water resources climate change planning development railways railway information broadcasting commerce
  industry industries power petroleum natural gas law parliamentary textiles tourism sport sports youth women child
  children family families welfare rural urban housing food human rights science technology employment forests
  forestry fisheries aviation maritime ports shipping overseas religious minority minorities external revenue works
  coal mines steel infrastructure digital business innovation skills local government social work pensions
  immigration citizenship veterans disability equality equalities arts media levelling communities cooperation
  co-operation relations environmental protection emergency emergencies disaster management irrigation roads
  highways telecommunications electricity public enterprise enterprises investment tax taxation budget treasury
  statistics population rehabilitation relief reconstruction northern southern eastern western island islands
  territories territory livestock dairy mining oil minerals mineral gender cooperatives marine ict agricultural
  postal services heritage lands land wildlife consumer care sanitation safety prisons corrections research
  opposition judiciary staff parliament senate assembly house court cabinet council congress operations field
  policy administration
`);

/**
 * Words naming the field of a company's or body's office between a title and the role noun closing it ("Chief
 * Operating Officer", "Chief Medical Officer", "Deputy Marketing Director"): the office's, no name, there only.
 */
export const OFFICE_FIELD_WORDS = set(`
  operating financial medical technology technical information marketing nursing legal scientific commercial
  people product strategy data risk compliance sustainability creative content customer diversity growth
  transformation procurement accounting operations experience privacy
`);

/** Lower-case words that may stand inside a role before its noun ("former Danish prime minister"). */
export const ROLE_MODIFIERS = set(`
  former new incoming outgoing acting deputy senior top chief foreign defence defense security interior finance
  prime vice interim veteran leading prominent local regional national international european general
  assistant associate special permanent military political economic press state first retired
  independent backbench frontbench longtime long-serving outspoken freshman rebel sitting federal provincial
`);

/**
 * Words before a role that make it another position: the shadow housing secretary is not the housing secretary,
 * nor the deputy mayor the mayor. A role phrase fits a person known by a role with one of these only when it says it too.
 */
export const OTHER_POSITION_MODIFIERS = set(`
  shadow deputy vice acting assistant associate ex
`);

/**
 * Of OTHER_POSITION_MODIFIERS, those whose holder a bare role still names ("Associate Housing Minister NAME … the
 * minister conceded"; "Acting Mayor NAME … the mayor said"): an associate or acting office holds the office. A
 * shadow minister or a deputy mayor is never "the minister" or "the mayor".
 */
export const HOLDING_MODIFIERS = set(`acting associate`);

/**
 * Roles elected for a seat: "the Labour MP for Chesterfield asked" names where the speaker sits, not somebody they
 * speak for (as "a spokesman for Ann Hale" does).
 */
export const SEAT_ROLES = set(`
  mp mla mlc mep msp mpp am td senator congressman congresswoman assemblyman assemblywoman assemblymember
  councillor councilor councilman councilwoman councilmember alderman alderwoman member
`);

/** Role nouns written without an article that still mean one person named before ("“…,” counsel said"). */
export const BARE_DEFINITE_ROLES = set(`counsel`);

/**
 * Role nouns that name one position exactly, so that even a bare "the judge" stands for the person introduced as
 * "Justice Ann Hale" (a bare "the boss" is too loose for that, and is left to the subject it follows).
 */
export const SAME_POSITION_SYNONYMS: readonly ReadonlySet<string>[] = [
  set('spokesman spokeswoman spokesperson'),
  set('chairman chairwoman chair chairperson'),
  set('judge justice'),
];

/** Role nouns that name the same position in different words ("the boss" for a manager, "the WHO head" for its chief). */
export const ROLE_SYNONYMS: readonly ReadonlySet<string>[] = [
  ...SAME_POSITION_SYNONYMS,
  set('boss manager coach gaffer head chief'),
  set('boss ceo chief executive head'),
  set('head chief director director-general leader secretary-general'),
  set('minister secretary'),
  set('lawyer attorney counsel solicitor barrister'),
  set('captain skipper'),
  set('striker forward'),
  // ("Sprinter NAME" … "the Coastal State athlete said": an athlete's event and the word for any athlete.)
  set('athlete sprinter runner hurdler'),
  // ("Soap hunk NAME" … "The star claimed …": a tabloid's words for a famous entertainer.)
  set('star celebrity heart-throb heartthrob hunk idol starlet'),
];

/**
 * Role nouns that end a closed compound naming a person ("schoolteacher", "steelworker", "shopkeeper"): a word of
 * three letters or more before one of them still names a person's role. ("-maker", "-builder", "-owner", "-holder",
 * "-driver" are left out: "carmaker", "housebuilder" and "shipowner" are as often firms, "screwdriver" a tool.)
 */
export const ROLE_COMPOUND_HEADS: readonly string[] = [
  ...['teacher', 'worker', 'keeper', 'fighter', 'goer', 'watcher', 'minder', 'rider', 'monger'],
];

/**
 * Words for a firm by what it makes ("carmaker", "toymaker", "chipmaker"): written right before a name ("Toymaker
 * Tarvoss sues rival"), the word is no part of the name, and a one-word name is the firm's. (Not every "-maker":
 * a filmmaker, a lawmaker, a winemaker are people.)
 */
export const FIRM_MAKERS = set(`
  carmaker automaker chipmaker drugmaker toymaker steelmaker planemaker phonemaker
`);

/** Whether `word` (any case) is one of FIRM_MAKERS. */
export function isFirmMaker(word: string): boolean {
  return FIRM_MAKERS.has(word.toLowerCase());
}

/** Whether `word` is a closed compound ending in one of ROLE_COMPOUND_HEADS ("schoolteacher"). */
export function isCompoundRole(word: string): boolean {
  return (
    ROLE_COMPOUND_HEADS.some((head) => word.length >= head.length + 3 && word.endsWith(head)) && /^\p{Ll}+$/u.test(word)
  );
}

/** Words joined by a hyphen after a role that leave it a role: "governor-elect", "minister-designate". */
export const ROLE_SUFFIXES = set(`elect designate`);

/**
 * Adjectives of nationality that are no noun for a person ("British", "Irish"): with NATIONALITY_NOUNS, the words
 * that open a run before a full name and describe the person ("American Ann Hale"), no part of the name.
 */
export const NATIONALITY_ADJECTIVES = set(`
  british french irish dutch scottish welsh english swiss thai danish swedish finnish polish spanish turkish
  icelandic
`);

export const NATIONALITY_NOUNS = set(`
  frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman
  dutchwoman spaniard scot dane swede finn pole portuguese brazilian argentine argentinian american german italian
  russian ukrainian australian canadian mexican chinese japanese korean indian pakistani nigerian kenyan egyptian
  belgian croatian serbian norwegian austrian greek turk israeli colombian chilean uruguayan ghanaian senegalese
  jamaican ethiopian zimbabwean ugandan tanzanian cameroonian moroccan algerian tunisian iranian iraqi saudi
  emirati qatari lebanese syrian jordanian afghan bangladeshi nepali vietnamese filipino filipina indonesian
  malaysian singaporean venezuelan peruvian ecuadorian bolivian paraguayan cuban haitian trinidadian hungarian
  czech slovak slovenian romanian bulgarian estonian latvian lithuanian armenian kazakh uzbek mongolian taiwanese
  ivorian malian zambian namibian rwandan somali sudanese eritrean libyan maltese cypriot bosnian albanian
  belarusian moldovan icelander zealander african lankan rican salvadoran guatemalan honduran nicaraguan panamanian
  dominican georgian azerbaijani cambodian burmese fijian samoan tongan malawian mozambican angolan congolese liberian
  gambian guinean mauritian botswanan luxembourger
`);

/** Leading a team, a post held beside a playing position ("Captain NAME … the flanker said"). */
export const CAPTAINCY_TITLES = set(`captain skipper`);

/** Positions a player plays, held beside a team's captaincy ("Striker NAME … the captain said"). */
export const PLAYING_POSITIONS = set(`
  striker forward midfielder defender goalkeeper keeper winger flanker fly-half scrum-half full-back left-back
  right-back centre-back wing-back playmaker prop hooker batsman batter bowler wicketkeeper spinner paceman seamer
  all-rounder quarterback pitcher
`);

/**
 * Of NATIONALITY_NOUNS, those that are only ever a noun for a person ("the Dutchman Ruud Hale"): before a full name
 * they mark it as a person's, as a title does; "American", "Chinese" open bodies' names too ("American Express").
 */
export const PERSON_NATIONALITY_NOUNS = set(`
  frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman
  dutchwoman spaniard scot dane swede finn turk icelander
`);

/** Plural nouns of a nationality's people with no singular in NATIONALITY_NOUNS ("Brits", "Aussies"). */
export const PEOPLES_PLURALS = set(`brits britons aussies kiwis yanks`);

/**
 * Fewest letters of a nationality word whose plural in "s" names its people: "Kenyans", "Filipinos"; not the short
 * ones that are surnames as often ("Scots", "Swedes", "Poles", "Danes": "Claire Danes").
 */
export const MIN_PEOPLES_STEM = 6;

/**
 * "Brits have told of their nightmare", "Kenyans said": a plural of a nationality's people (the noun or adjective of
 * MIN_PEOPLES_STEM letters or more and an "s", or PEOPLES_PLURALS) names a group, never one person.
 */
export function isPeoplesPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (PEOPLES_PLURALS.has(w)) return true;
  const stem = w.slice(0, -1);
  return w.endsWith('s') && stem.length >= MIN_PEOPLES_STEM && isNationality(stem);
}

/** A word of nationality, noun or adjective ("American", "Irish", "Irishman"). */
export function isNationality(word: string): boolean {
  return NATIONALITY_NOUNS.has(word) || NATIONALITY_ADJECTIVES.has(word);
}

/**
 * Nouns of nationality whose adjective is another word ("the Irishman" is Irish): the nationality a person was
 * called, to tell it from another one a role gives ("the Turkish coach"). Other nouns are their own adjective.
 */
export const NATIONALITY_NOUN_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['frenchman', 'french'],
  ['frenchwoman', 'french'],
  ['englishman', 'english'],
  ['englishwoman', 'english'],
  ['irishman', 'irish'],
  ['irishwoman', 'irish'],
  ['scotsman', 'scottish'],
  ['scotswoman', 'scottish'],
  ['scot', 'scottish'],
  ['welshman', 'welsh'],
  ['welshwoman', 'welsh'],
  ['dutchman', 'dutch'],
  ['dutchwoman', 'dutch'],
  ['spaniard', 'spanish'],
  ['dane', 'danish'],
  ['swede', 'swedish'],
  ['finn', 'finnish'],
  ['pole', 'polish'],
  ['turk', 'turkish'],
  ['icelander', 'icelandic'],
  ['argentinian', 'argentine'],
  ['filipina', 'filipino'],
]);

/** Nationalities that hold others: a Welshman is British too ("the Welshman" … "the British rider"). */
export const NATIONALITIES_WITHIN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['british', new Set(['english', 'scottish', 'welsh', 'irish'])],
]);

/** Abbreviated titles and the role words they stand for ("PM Okoro" … "the Prime Minister wrote"). */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['pm', 'prime minister'],
  ['cm', 'chief minister'],
  ['fm', 'finance minister'],
  ['ceo', 'chief executive'],
  ['cfo', 'chief financial officer'],
  ['coo', 'chief operating officer'],
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['pres', 'president'],
  ['supt', 'superintendent'],
  ['comm', 'commissioner'],
  ['dg', 'director-general'],
  ['cllr', 'councillor'],
  ['cr', 'councillor'],
  ['coun', 'councillor'],
  // Ranks of the police and the forces ("Police Lt. Ann Hale … the lieutenant said").
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['capt', 'captain'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['cmdr', 'commander'],
  ['adm', 'admiral'],
  ['insp', 'inspector'],
  ['det', 'detective'],
  ['gda', 'garda'],
  ['pc', 'police constable'],
  ['cpl', 'corporal'],
]);

/**
 * Whether `role` holds the role the title word `title` stands for, as whole words in a row: written out by
 * ROLE_ABBREVIATIONS ("cllr" in "Local councillor", "gov" in "State Governor"; "pm" is not in "Foreign Minister") or
 * as it is ("councillor").
 */
export function roleHoldsTitle(role: string, title: string): boolean {
  const written = ROLE_ABBREVIATIONS.get(title) ?? title;
  return ` ${role.toLowerCase().split(/\s+/u).join(' ')} `.includes(` ${written} `);
}

/** Whether two role words name the same position. */
export function sameRoleWord(a: string, b: string): boolean {
  return (
    a === b ||
    ROLE_SYNONYMS.some((group) => group.has(a) && group.has(b)) ||
    GENERAL_ROLE_WORDS.get(a)?.has(b) === true ||
    GENERAL_ROLE_WORDS.get(b)?.has(a) === true
  );
}

/** The seats a legislator or lawmaker holds, under either general word (GENERAL_ROLE_WORDS). */
const LAWMAKING_SEATS = 'mp senator congressman congresswoman assemblyman assemblywoman mla mep';

/**
 * A general word for a role and the particular roles it covers ("Pastor NAME" … "the cleric added"; "MP NAME" … "the
 * legislator said"). One way only: a pastor is a cleric, but a pastor is no imam, so two particular roles under one
 * general word never stand for each other. ("Representative" is left out: "a company representative" is no lawmaker.)
 */
export const GENERAL_ROLE_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['cleric', set('pastor priest imam vicar reverend rabbi chaplain bishop archbishop cardinal sheikh evangelist')],
  ['legislator', set(`lawmaker ${LAWMAKING_SEATS}`)],
  ['lawmaker', set(`legislator ${LAWMAKING_SEATS}`)],
]);

/** Whether two role words name exactly the same position (SAME_POSITION_SYNONYMS). */
export function samePositionWord(a: string, b: string): boolean {
  return a === b || SAME_POSITION_SYNONYMS.some((group) => group.has(a) && group.has(b));
}
