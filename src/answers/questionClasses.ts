// Question classes: what a question's wording asks for (a date, a sum, a person…), as an ordered table. The first
// class whose pattern matches wins; a sentence holding an entity of a wanted type is favoured, never required.
import type { EntityType } from './entities.ts';
import { LEADING_HEDGES, NAMED_THING_NOUNS, PERSON_NOUNS, PLACE_PREPOSITIONS, SAY_VERBS } from './questionWords.ts';

export { LEADING_HEDGES, NAMED_THING_NOUNS, PERSON_NOUNS, PLACE_PREPOSITIONS, SAY_VERBS } from './questionWords.ts';

export interface QuestionClass {
  name: string;
  /** Tried against the question with case ignored; the first matching class in QUESTION_CLASSES wins. */
  pattern: RegExp;
  /** Entity types an answer would hold; empty when the wording says nothing about the answer's form. */
  wants: readonly EntityType[];
  /** Entity types that may hold the answer but less likely ("who" may be answered by a body, not a person). */
  partly?: readonly EntityType[];
  /** Words that, in a sentence, signal this kind of answer (reasons, speech) when no entity type can. */
  cues: readonly string[];
  /** The answer counts something the question names ("how many children" → "20 children"). */
  counts?: boolean;
  /**
   * Question words that ask for the measure rather than name the topic ("old" of "how old", "deep" of "how deep"): a
   * sentence holding the wanted entity answers them without saying them.
   */
  measures?: readonly string[];
  /**
   * Words one of which stands right before a wanted entity that answers ("in Geneva", "at Harwick Stadium"); a
   * wanted entity without one counts as partly wanted (a proper name may be anything, a place follows "in").
   */
  before?: readonly string[];
  /**
   * The question asks for several of what it names ("which two lawyers", "which countries'"): a sentence naming
   * several wanted entities answers it better than one naming one. Set by classifyQuestion, not in the table.
   */
  several?: boolean;
}

const DATE_WORDS = '(?:year|date|day|month|time|week|season|hour)';
/** Either list as a pattern, each noun also with a plural "s" ("lawyers", "teams", "actresses" is its own entry). */
const nounsPattern = (nouns: readonly string[]): string => `(?:${nouns.join('|')})(?:s|es)?`;
const PERSON = nounsPattern(PERSON_NOUNS);
const NAMED_THINGS = nounsPattern(NAMED_THING_NOUNS);

/** Nouns for a sum of money, singular or plural ("bill" and "value" are left out: more often something else). */
const MONEY_NOUNS = '(?:price|amount|sum|cost|fine|salary|salarie|revenue|profit|budget|fee)s?';
/** Words that make a "how much" question ask for a sum of money: "how much did it cost", "how much revenue". */
const MONEY_WORDS =
  '(?:cost(?:s|ed)?|pa(?:y|ys|id)|spen(?:d|ds|t)|price[sd]?|worth|fined?|salar(?:y|ies)|earn(?:s|ed)?|charge[sd]?|money|revenue|profits?|budget|fees?|funding|compensation|bail|wages?)';
/** Whose sum: one to three capitalised words and a possessive ("Smith County's", "Ann Lee’s"). */
const OWNER = "(?:\\p{Lu}[\\p{L}.-]*\\s){0,2}\\p{Lu}[\\p{L}.-]*['’]s?";

/** Ordered: specific wordings ("how long ago", "how old") before the general ones they contain. */
export const QUESTION_CLASSES: readonly QuestionClass[] = [
  {
    name: 'how-old',
    pattern: /\bhow old\b|\bwhat age\b|\bat what age\b/iu,
    // An age, not any number or duration: "the second break-in in a year" says nothing of anyone's age.
    wants: ['age'],
    cues: ['aged', 'year-old', 'years old'],
    measures: ['old', 'age'],
  },
  {
    name: 'when',
    pattern: new RegExp(
      `^\\W*when\\b|\\bhow long ago\\b|\\b(?:what|which) ${DATE_WORDS}\\b|\\b(?:since|by|until|till) when\\b`,
      'iu',
    ),
    wants: ['date', 'time'],
    cues: ['immediately after', 'as soon as', 'shortly after', 'until the', 'once the'],
  },
  {
    name: 'how-long',
    // Also a length of time asked for by name: "what is the running time of the film", "the journey time".
    pattern:
      /\bhow long\b|\bfor how many (?:years|months|weeks|days|hours|minutes)\b|\bwhat (?:is|was|will be|are|were) (?:the |its |their )?(?:running|journey|travel|waiting|wait|response|flight|trip|transit) times?\b/iu,
    wants: ['duration'],
    cues: [],
  },
  {
    name: 'how-fast',
    pattern: /\bhow (?:fast|quickly)\b|\bat what speed\b|\bwhat speed\b/iu,
    // A speed, or the time something took: "how quickly did the council respond" is answered by "within six weeks".
    wants: ['number', 'duration'],
    cues: ['mph', 'km/h', 'kph', 'knots', 'speed', 'miles per hour'],
    measures: ['fast', 'quickly', 'speed'],
  },
  {
    name: 'how-far',
    // A distance, depth or height: "how far from its target", "how deep will the drill go", "at what altitude".
    pattern:
      /\bhow (?:far|deep|high|tall|wide|close|near)\b|\b(?:at )?(?:what|which) (?:depth|height|altitude|distance|length|width)\b/iu,
    wants: ['length'],
    // "How far did the shares fall?" is answered by a share or a sum ("6.3 percent", "$10.40"), less likely.
    partly: ['number', 'percent', 'money'],
    cues: [],
    measures: [
      'far',
      'deep',
      'high',
      'tall',
      'wide',
      'close',
      'near',
      'depth',
      'height',
      'altitude',
      'distance',
      'length',
      'width',
    ],
  },
  {
    name: 'how-heavy',
    // A mass: "how heavy", "how much does the lander weigh", "what is its weight".
    pattern: /\bhow heavy\b|\bhow much\b.*\bweigh(?:s|ed)?\b|\bwhat (?:is|was|were|are) (?:\S+ ){0,3}weights?\b/iu,
    // Only a mass: a bare number ("240" of "240 metres", "six instruments") weighs nothing.
    wants: ['mass'],
    cues: [],
    measures: ['heavy', 'weigh', 'weighs', 'weighed', 'weight'],
  },
  {
    name: 'how-large',
    // A size asked without naming its measure: a sum ("how large is the loan waiver"), an amount or a share.
    pattern: /\bhow (?:large|big|great|huge|small)\b/iu,
    wants: ['money', 'percent', 'number', 'length', 'mass'],
    cues: [],
    measures: ['large', 'big', 'great', 'huge', 'small'],
  },
  {
    name: 'percentage',
    pattern: /\bwhat (?:percentage|percent|share|proportion|fraction)\b/iu,
    wants: ['percent', 'number'],
    cues: [],
  },
  {
    // "How much of the county's spending…": a share, or the part as a sum ("up to KSh6bn").
    name: 'how-much-of',
    pattern: /\bhow much of\b/iu,
    wants: ['percent', 'number', 'money'],
    cues: [],
  },
  {
    name: 'sum',
    // A sum of money asked for by name: "what price", a question opening "what is the (estimated) cost…", "what is
    // the US retail price…" (two words of any case before the noun) or "what is Ann Lee's salary", or "how much"
    // with a word of money ("how much did it cost", "how much revenue"). Only a sum answers it: "two lake houses"
    // says nothing of what they cost. Case matters for the owner (capitalised words), so no i flag.
    pattern: new RegExp(
      `\\b[Ww]hat ${MONEY_NOUNS}\\b|^\\W*[Ww]hat (?:is|was|were|are|will be) (?:the |${OWNER}\\s)(?:[\\p{L}-]+ ){0,2}${MONEY_NOUNS}\\b|\\b[Hh]ow much\\b.*\\b${MONEY_WORDS}\\b`,
      'u',
    ),
    wants: ['money'],
    cues: [],
  },
  {
    name: 'how-much',
    // Any other "how much": a sum, a share or a quantity ("how much rain fell", "by how much did shares fall").
    pattern: /\bhow much\b/iu,
    wants: ['money', 'percent', 'number'],
    cues: [],
  },
  {
    name: 'score',
    // A result of two numbers ("3-1", "312 votes to 290"), not a count of the noun: "by what score" counts no
    // scores. Another number is only partly an answer.
    pattern:
      /\bby what (?:score|margin)\b|\bwhat (?:was|is|were) the (?:final |half-time )?(?:score|scoreline|result)\b|\bwhat score\b/iu,
    wants: ['score'],
    partly: ['number'],
    cues: [],
  },
  {
    name: 'how-many',
    pattern: /\bhow many\b|\bwhat (?:number|total)\b/iu,
    wants: ['number'],
    cues: [],
    counts: true,
  },
  {
    // "What position does Ann Lee hold", "what post did he take up", "what is her job title": an office or a job,
    // which no entity type holds ("chief technology officer"); "what position did the team finish" is a rank below.
    name: 'role',
    pattern:
      /\bwhat (?:position|post|role|job|title|office)s? (?:does|did|do|has|had|will|is|was|were|are)\b.*\b(?:hold|holds|held|have|has|had|take|takes|took|taken|occupy|occupies|occupied|fill|fills|filled|play|plays|played)\b|\bwhat (?:is|was) (?:\S+ ){0,3}(?:job|job title|role)\b/iu,
    wants: [],
    cues: [],
  },
  {
    name: 'which-rank',
    pattern: /\bwhat (?:place|position|rank|category)\b|\bwhich (?:place|position|rank|category)\b/iu,
    wants: ['ordinal', 'number'],
    cues: [],
  },
  {
    name: 'who',
    // "who", "which judge", "which two lawyers", "what is the name of the (city police) officer" or "of Ann's sister":
    // a person, or a body acting as one.
    pattern: new RegExp(
      `^\\W*(?:who|whom|whose)\\b|\\bwhich (?:(?:two|three|four|five|\\d+) )?${PERSON}\\b|\\bwhat (?:is|was|were|are) the names? of (?:the |that |this |an? )?(?:[\\p{L}'’-]+ ){0,3}${PERSON}\\b`,
      'iu',
    ),
    wants: ['person'],
    partly: ['proper'],
    cues: [],
  },
  {
    name: 'which-named',
    // "which team", "which countries'": a named team, body, place or thing.
    pattern: new RegExp(`\\bwhich (?:(?:two|three|four|five|\\d+) )?${NAMED_THINGS}\\b`, 'iu'),
    wants: ['proper'],
    cues: [],
  },
  {
    // "What is the name of the constituent / the ship / the scheme": a name, whoever or whatever bears it (a person
    // noun the who-class knows is caught above).
    name: 'the-name-of',
    pattern: /\bwhat (?:is|was|were|are|will be) the names? of\b/iu,
    wants: ['proper'],
    cues: [],
  },
  {
    name: 'where',
    pattern:
      /^\W*where\b|\b(?:in|at|on|from|to) (?:what|which) (?:city|town|country|state|place|venue|stadium|street|road|area|region|county|location)\b|\bwhich (?:city|town|country|state|venue|stadium|street|road|area|region|county|location)\b/iu,
    wants: ['proper'],
    cues: [],
    before: PLACE_PREPOSITIONS,
  },
  {
    name: 'why',
    pattern: /^\W*why\b|\bwhat (?:was|is) the reason\b|\bfor what reason\b|\bwhat (?:led|caused|prompted)\b/iu,
    wants: [],
    cues: [
      'because',
      'due to',
      'after',
      'since',
      'as a result',
      'so that',
      'in order to',
      'amid',
      'following',
      'reason',
      'caused by',
      'blamed',
      'in light of',
      'in response to',
    ],
  },
  {
    name: 'say',
    pattern: new RegExp(
      `\\bwhat (?:did|does|do|has|have|had) .+ (?:${SAY_VERBS.join('|')})\\b|\\bhow did .+ (?:describe|react|respond|reply|call)\\b|\\baccording to\\b`,
      'iu',
    ),
    wants: [],
    // An opening single quotation mark ('\u2018', British house style) too; the closing one is also the apostrophe.
    cues: [
      '"',
      '\u201c',
      '\u201d',
      '\u2018',
      'said',
      'says',
      'told',
      'added',
      'called',
      'described',
      'warned',
      'according to',
    ],
  },
  {
    // Last: "which" and any other noun ("which constituency", "which broadcaster", "which producer duo"). News names
    // what it picks out of a kind, so a proper name more likely answers than not.
    name: 'which-other',
    pattern: /\bwhich (?!of\b)\p{L}+/iu,
    wants: ['proper'],
    cues: [],
  },
];

/** The class of a question, or null when its wording asks for nothing in particular ("what happened…"). */
export function classifyQuestion(question: string): QuestionClass | null {
  const asked = withoutLeadingHedge(question);
  const found = QUESTION_CLASSES.find((c) => c.pattern.test(asked)) ?? null;
  return found && (found.name === 'who' || found.name === 'which-named') && SEVERAL.test(question)
    ? { ...found, several: true }
    : found;
}

const LEADING_HEDGE = new RegExp(
  `^(\\W*)(?:(?:${LEADING_HEDGES.join('|')}),?\\s+)+(?=(?:who|whom|whose|when|where|why)\\b)`,
  'iu',
);

/** The question without the hedging words before its opening question word; itself when it has none. */
export function withoutLeadingHedge(question: string): string {
  return question.replace(LEADING_HEDGE, '$1');
}

/** "which" and a count or a plural noun of the lists: "which two lawyers", "which countries'", "which teams". */
const SEVERAL = new RegExp(
  `\\bwhich (?:(?:two|three|four|five|\\d+) \\p{L}+|(?:${[...PERSON_NOUNS, ...NAMED_THING_NOUNS].join('|')})(?:s|es)|countries|companies|parties|agencies|people|men|women)\\b`,
  'iu',
);
