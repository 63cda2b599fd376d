// Roundup label lines: where a label starts (after its bullets), where it goes on past a bracketed side, and labels
// set in capitals ("GARY PAYNE (Club): “…”", a tabloid's coaches' roundup), whose words are a person's name in title case.
import { DETERMINERS, HEAD_TITLES, ROLE_NOUNS, SPEECH_VERBS, WEAK_HEAD_TITLES } from './lexicon.ts';
import { CAPITALISED_NAME_PARTICLES, NAME_PARTICLES } from './particles.ts';
import type { Token } from './tokens.ts';
import { isStopWord } from '../corpus/stopwords.ts';

/** Dashes that open a credit line ("– Smith on the vote") or set a role off a name ("MARK ODE – HEAD COACH"). */
export const DASH_MARKS: ReadonlySet<string> = new Set(['–', '—', '-']);

/** Marks that open the items of a bulleted list. */
const BULLETS = new Set(['•', '·', '*', '-', '–', '—', '▪', '■']);

/** Where a label line's words start: after the bullets opening it. */
export function labelStart(tokens: readonly Token[]): number {
  let start = 0;
  while (BULLETS.has(tokens[start]?.text ?? '')) start++;
  return start;
}

/** Most tokens of a label before a heading's colon ("SOUNDBITE (English):", "Reaction:"). */
const HEADING_LABEL_TOKENS = 6;

/**
 * Where a heading's words start after a short label and a colon ("SOUNDBITE (English): Ana Ruiz, coach", as video
 * scripts set a speaker's line over what they said), or 0 when no such label opens it. A colon before a quotation
 * ends a roundup's label instead, whose name is the label itself.
 */
export function headingLabelEnd(tokens: readonly Token[]): number {
  for (let k = 1; k <= HEADING_LABEL_TOKENS && k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.kind === 'quote') return 0;
    if (t?.text === ':') return tokens[k + 1]?.kind === 'word' ? k + 1 : 0;
  }
  return 0;
}

/** A name word set in capitals: two or more capital letters, an apostrophe or hyphen inside ("O’NEILL"). */
const CAPS_NAME_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** Whether every token is a name word set in capitals, none a possessive ("GARY PAYNE", not "HALE'S DEBUT"). */
function allCapsNameWords(tokens: readonly Token[]): boolean {
  return tokens.every((t) => t.kind === 'word' && !t.possessive && CAPS_NAME_WORD.test(t.text));
}

/** Whether a word set in capitals is a particle inside a name ("DE", "VAN", "Ó"). */
function capsParticle(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.text === t.text.toUpperCase() && NAME_PARTICLES.has(t.lower);
}

/**
 * Whether tokens are a full name set in capitals: two or three name words, with particles between them ("ANA RUIZ",
 * "MARIUS DE LA ROSA", "SEÁN Ó BRIAIN"), none a possessive; a particle opening it is no given name ("DE LA ROSA").
 */
function isCapsFullName(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || capsParticle(tokens[0])) return false;
  const core = tokens.filter((t, k) => k === 0 || k === tokens.length - 1 || !capsParticle(t));
  return core.length <= 3 && allCapsNameWords(core);
}

/** Most tokens of the bracketed side after a label's name ("(Castlebridge United)"). */
const LABEL_SIDE_TOKENS = 12;

/**
 * Where a label goes on after its name ends at token k: past a bracketed side ("(Castlebridge United)") when one
 * opens there, else k; null when the bracket does not close within LABEL_SIDE_TOKENS.
 */
export function afterLabelSide(tokens: readonly Token[], k: number): number | null {
  if (tokens[k]?.text !== '(') return k;
  let at = k;
  while (at < tokens.length && at < k + LABEL_SIDE_TOKENS && tokens[at]?.text !== ')') at++;
  return tokens[at]?.text === ')' ? at + 1 : null;
}

/**
 * The name of a label set in capitals, in title case, when tokens [from, to) are two or three capitalised words
 * opening the sentence (after a bullet), then perhaps a bracketed side, a colon and a quotation — or a dash and a
 * role in capitals closing the line (capsRoleLine); else null. Only those layouts count: "NEW YORK (AP) —" and
 * "NATO ALLIES" stay what they were.
 */
export function capsLabelName(tokens: readonly Token[], from: number, to: number): string[] | null {
  if (from !== labelStart(tokens) && from !== headingLabelEnd(tokens)) return null;
  // "HARBOUR COACH GARY MOTTRAM:": role words in capitals may open the label; the name is the words after them.
  const nameFrom = capsLabelNameFrom(tokens, from, to);
  const words = tokens.slice(nameFrom, to);
  if (!isCapsFullName(words)) return null;
  const k = afterLabelSide(tokens, to);
  if (k === null) return null;
  const labelsQuote = tokens[k]?.text === ':' && tokens[k + 1]?.kind === 'quote';
  if (!labelsQuote && !capsRoleLine(tokens, k)) return null;
  return capsNameCase(words);
}

/** Most words of a role in capitals opening a label before the name ("HARBOUR COACH", "HARBOUR HEAD COACH"). */
const LABEL_ROLE_WORDS = 3;

/**
 * Where the name of a label in capitals starts: after the last role word of a role opening it ("HARBOUR COACH GARY
 * MOTTRAM": the name starts at "GARY"), else at `from`.
 */
export function capsLabelNameFrom(tokens: readonly Token[], from: number, to: number): number {
  for (let k = Math.min(to - 3, from + LABEL_ROLE_WORDS - 1); k >= from; k--) {
    if (namesRole(tokens[k]?.lower ?? '')) return k + 1;
  }
  return from;
}

/**
 * The words of a full name in capitals closing tokens [from, to), past role words in capitals opening them
 * ("HEAD COACH ANA RUIZ" → "ANA RUIZ"); null when the words are no such name.
 */
function capsNameAfterRoleWords(tokens: readonly Token[], from: number, to: number): Token[] | null {
  const nameFrom = capsLabelNameFrom(tokens, from, to);
  const words = tokens.slice(nameFrom, to);
  return allCapsNameWords(tokens.slice(from, nameFrom)) && isCapsFullName(words) ? words : null;
}

/**
 * The name of a heading set in capitals as a role and a full name ("CAPTAIN ANA OKAFOR-HALE"), in title case, when
 * the words under it (`below`) write its surname so ("Okafor-Hale said"), are a topic's label ("On the draw:") or
 * open with a quotation; else null.
 */
export function capsRoleNameHeading(tokens: readonly Token[], below: readonly Token[]): string[] | null {
  if (tokens.length < 3) return null;
  // ("MEXICO — PRESIDENT ANA RUIZ": the country or body the speaker answers for may open it, set off by a dash.)
  const dash = tokens.findIndex((t) => DASH_MARKS.has(t.text));
  const from = dash > 0 && allCapsNameWords(tokens.slice(0, dash)) ? dash + 1 : 0;
  const nameFrom = capsLabelNameFrom(tokens, from, tokens.length);
  const words = tokens.slice(nameFrom);
  if (nameFrom === from || !allCapsNameWords(tokens.slice(from, nameFrom)) || !isCapsFullName(words)) return null;
  const name = capsNameCase(words);
  const surname = name[name.length - 1];
  // ("MANAGER ANA RUIZ" over "On the injury:" over the quotes: a topic's label under it says the section is hers.)
  const topicBelow = below[0]?.lower === 'on' && below[below.length - 1]?.text === ':';
  // ("NEW ZEALAND COACH ANA RUIZ" over "“You feel it …": a paragraph opening with a quotation is the section's words,
  // unless its sentence says who speaks: "“…,” the report said" under "HEALTH SECRETARY ANA RUIZ" is the report's.)
  const quoteBelow = below[0]?.kind === 'quote' && !below.some((t) => t.kind === 'word' && SPEECH_VERBS.has(t.lower));
  return topicBelow || quoteBelow || below.some((t) => t.kind === 'word' && t.text === surname) ? name : null;
}

/**
 * The name of a heading set in capitals as a full name and the speaker's side in brackets closing it ("AARON DUNNE
 * (Harbour Town)", perhaps after role words: "COACH ANA RUIZ (Rovers)") or followed by a player's result
 * (isResultTail), in title case, over the words of a paragraph (`below`), as roundups set each speaker's quotes out;
 * else null.
 */
export function capsNameSideHeading(tokens: readonly Token[], below: readonly Token[]): string[] | null {
  const open = tokens.findIndex((t) => t.text === '(');
  const side = open < 2 ? null : afterLabelSide(tokens, open);
  if (below.length === 0 || side === null) return null;
  // ("ANA RUIZ (ESP) — 67 (-12), two clear": a player's result may follow the bracket on a scores page; "ANA RUIZ
  // (Harbour) – won the stage" over a quote, what the speaker did or is.)
  const tail = tokens.slice(side);
  const quoteBelow = below[0]?.kind === 'quote';
  if (side !== tokens.length && !isResultTail(tail) && !(quoteBelow && isDashedTail(tail))) return null;
  // ("ANA RUIZ, team manager (Harbour)": a role set off by a comma before the side.)
  const comma = tokens.findIndex((t) => t.text === ',');
  const roled = comma > 1 && comma < open && isCommaRole(tokens.slice(comma + 1, open));
  const nameEnd = roled ? comma : open;
  const words = capsNameAfterRoleWords(tokens, 0, nameEnd);
  return words === null ? null : capsNameCase(words);
}

/** Most words of a speaker's side set off by a comma in a roundup's heading ("Harbour Town Racing"). */
const COMMA_SIDE_WORDS = 4;

/**
 * The name of a heading set in capitals as a full name, a comma and the speaker's side in capitalised words, then a
 * dash and the speaker's placing (isPlacingTail: "ANA RUIZ, Harbour Racing – 1st", "… – DNF"), as motor racing and
 * cycling roundups head each speaker's quotes, over a paragraph opening with a quotation; in title case, else null.
 * A transfer's or a rating's heading ("ANA RUIZ, Harbour – £105m", "… – 7") names whom the words are about.
 */
export function capsNameCommaSideHeading(tokens: readonly Token[], below: readonly Token[]): string[] | null {
  const comma = tokens.findIndex((t) => t.text === ',');
  const dash = tokens.findIndex((t) => DASH_MARKS.has(t.text));
  if (comma < 2 || dash < comma + 2 || dash > comma + 1 + COMMA_SIDE_WORDS || below[0]?.kind !== 'quote') return null;
  const side = tokens.slice(comma + 1, dash);
  if (!side.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) return null;
  if (!isPlacingTail(tokens.slice(dash + 1))) return null;
  const words = capsNameAfterRoleWords(tokens, 0, comma);
  return words === null || namesGroup(words) ? null : capsNameCase(words);
}

/** Codes a results table gives a driver or rider who did not finish or was excluded ("DNF", "DSQ"). */
export const NON_FINISH_CODES: ReadonlySet<string> = new Set(['dnf', 'dns', 'dsq', 'dq', 'ret', 'nc']);

/** Most words of a placing after a heading's dash ("1st", "9th, fastest lap"). */
const PLACING_WORDS = 3;

/**
 * Whether tokens after a heading's dash are a placing: an ordinal ("1st", "12th") or a code of NON_FINISH_CODES first,
 * at most PLACING_WORDS words in all, no quotation — not a fee ("£105m"), a mark ("7") or a fate ("sacked").
 */
export function isPlacingTail(tail: readonly Token[]): boolean {
  const first = tail[0];
  if (first?.kind !== 'word' || !(/^\d+(?:st|nd|rd|th)$/u.test(first.lower) || NON_FINISH_CODES.has(first.lower)))
    return false;
  return tail.filter((t) => t.kind === 'word').length <= PLACING_WORDS && tail.every((t) => t.kind !== 'quote');
}

/** Most words of what a roundup's heading says of its speaker after the bracketed side and a dash ("– won the stage"). */
const DASHED_TAIL_WORDS = 8;

/**
 * Whether tokens after a heading's bracketed side are a dash and a few words saying what the speaker did or is
 * ("– won the stage", "– leader after stage two", "– third on the day"), with no quotation among them.
 */
export function isDashedTail(tail: readonly Token[]): boolean {
  if (!DASH_MARKS.has(tail[0]?.text ?? '')) return false;
  const words = tail.filter((t) => t.kind === 'word').length;
  return words > 0 && words <= DASHED_TAIL_WORDS && tail.every((t) => t.kind !== 'quote');
}

/** Whether tokens between a heading's comma and its bracket are a short role in any case ("team manager"). */
function isCommaRole(tokens: readonly Token[]): boolean {
  return (
    tokens.length > 0 &&
    tokens.length <= ROLE_LINE_WORDS &&
    tokens.every((t) => t.kind === 'word') &&
    tokens.some((t) => namesRole(t.lower))
  );
}

/** Most words, besides its figures, of a player's result after a heading's bracket ("— 67 (-12), two clear"). */
const RESULT_WORDS = 6;

/**
 * Whether tokens after a heading's bracketed side are a player's result, as golf and tennis sites head each player's
 * quotes: figures in it ("— 67 (-12)", "–11"), at most RESULT_WORDS other words ("two clear") and no quotation.
 */
export function isResultTail(tail: readonly Token[]): boolean {
  const scored = tail.some((t) => t.kind === 'word' && /\p{N}/u.test(t.text));
  const words = tail.filter((t) => t.kind === 'word' && !/\p{N}/u.test(t.text)).length;
  return scored && words <= RESULT_WORDS && tail.every((t) => t.kind !== 'quote');
}

/** Most words of the role and side after a heading's dash. */
const ROLE_LINE_WORDS = 8;

/**
 * Whether tokens from k to the end are a dash and a role in capitals (a side or country may follow, after commas):
 * the rest of a heading over a speaker's quotes ("– HEAD COACH, VELMIR"), not a dateline ("NEW YORK (AP) — The …").
 */
function capsRoleLine(tokens: readonly Token[], k: number): boolean {
  // ("MARK ODE, HEAD COACH": a comma sets the role off as a dash does.)
  if (!DASH_MARKS.has(tokens[k]?.text ?? '') && tokens[k]?.text !== ',') return false;
  const rest = tokens.slice(k + 1);
  const words = rest.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > ROLE_LINE_WORDS) return false;
  // After a comma the role may be in any case ("ANA RUIZ, Minister of Culture"): no dateline has one.
  const inCapitals = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}[\p{Lu}'’&.-]*$/u.test(t.text);
  const anyCase = tokens[k]?.text === ',';
  if (!rest.every((t) => (anyCase ? t.kind === 'word' : inCapitals(t)) || t.text === ',')) return false;
  return words.some((t) => namesRole(t.lower));
}

/** A role noun or a title, the words a label's role is read by ("COACH", "MINISTER"). */
function namesRole(word: string): boolean {
  return ROLE_NOUNS.has(word) || HEAD_TITLES.has(word) || WEAK_HEAD_TITLES.has(word);
}

/** A name word as a person's name is written: set in capitals, in title case ("RUIZ" → "Ruiz"); else as it is. */
export function nameCase(word: string): string {
  return CAPS_NAME_WORD.test(word) ? titleCase(word) : word;
}

/**
 * A full name set in capitals as a person's name is written: its particles in lower case ("MARIUS DE LA ROSA" →
 * "Marius de la Rosa"), but the Irish ones with their capital ("SEÁN Ó BRIAIN" → "Seán Ó Briain").
 */
function capsNameCase(words: readonly Token[]): string[] {
  return words.map((t, k) => {
    const inside = k > 0 && k < words.length - 1;
    if (!inside || !capsParticle(t) || CAPITALISED_NAME_PARTICLES.has(t.lower)) return titleCase(t.text);
    return t.lower;
  });
}

/** "PAYNE" → "Payne", "O’NEILL" → "O’Neill", "SMITH-JONES" → "Smith-Jones". */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** The word opening a heading that credits the quotes below it to a name: "What Ana Ruiz said". */
export const WHAT_SAID_OPENERS: ReadonlySet<string> = new Set(['what']);

/** Speech verbs closing such a heading: "What Ana Ruiz said", "What Ana Ruiz (Rovers) says". */
export const WHAT_SAID_CLOSERS: ReadonlySet<string> = new Set(['said', 'says']);

/**
 * The name of a "What NAME said" heading set in capitals, perhaps after role words ("WHAT HEAD COACH ANA RUIZ SAID"),
 * in title case; else null.
 */
export function capsWhatSaidHeading(tokens: readonly Token[]): string[] | null {
  const last = tokens.length - 1;
  if (!WHAT_SAID_OPENERS.has(tokens[0]?.lower ?? '') || !WHAT_SAID_CLOSERS.has(tokens[last]?.lower ?? '')) return null;
  if (!allCapsNameWords([tokens[0], tokens[last]].filter((t) => t !== undefined))) return null;
  // ("WHAT LUCA SAID", "WHAT FERRO SAID": one name word alone, the person the article calls so; not "WHAT YOU SAID",
  // "WHAT FANS SAID".)
  const lone = last === 2 ? tokens[1] : undefined;
  const oneName =
    lone !== undefined &&
    allCapsNameWords([lone]) &&
    !isStopWord(lone.lower) &&
    !namesGroup([lone]) &&
    !namesRole(lone.lower);
  if (oneName) return capsNameCase([lone]);
  const words = capsNameAfterRoleWords(tokens, 1, last);
  return words === null || namesGroup(words) ? null : capsNameCase(words);
}

/** Words opening a heading's group of people, not a name ("WHAT BOTH CAPTAINS SAID", "WHAT OTHER COACHES SAID"). */
export const GROUP_OPENERS: ReadonlySet<string> = new Set(['both', 'other', 'all', 'some', 'rival', 'local', 'many']);

/**
 * Whether words in capitals name a group rather than a person: a determiner or a group's opener among them, or a
 * role noun's plural closing them ("THE PLAYERS", "RIVAL FANS", "PARTY LEADERS").
 */
function namesGroup(words: readonly Token[]): boolean {
  if (words.some((t) => DETERMINERS.has(t.lower) || GROUP_OPENERS.has(t.lower))) return true;
  const last = words[words.length - 1]?.lower ?? '';
  return last.endsWith('s') && (ROLE_NOUNS.has(last.slice(0, -1)) || ROLE_NOUNS.has(last.replace(/es$/u, '')));
}

/** Whether every word among the tokens is set in capitals (marks and numbers aside). */
function wordsInCapitals(tokens: readonly Token[]): boolean {
  return tokens.every((t) => t.kind !== 'word' || t.text === t.text.toUpperCase());
}

/**
 * The name of a wire's reaction label closed by a colon, its name set in capitals: a full name, perhaps after role
 * words, then a comma and where or how it was said or who the speaker is ("FINANCE MINISTER ANA RUIZ, SPEAKING TO
 * REPORTERS:", "ANA RUIZ, CHIEF ECONOMIST, HARBOUR BANK, LONDON:", "ANA RUIZ, chair of the farm committee:"), over a
 * paragraph opening with a quote or writing the name's surname ("Ruiz said …"); in title case, else null.
 */
export function capsCommaLabelHeading(tokens: readonly Token[], below: readonly Token[]): string[] | null {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || tokens[tokens.length - 1]?.text !== ':') return null;
  // Every word of the name in capitals: a sentence of prose closing with a colon is no label. (What the comma sets
  // off may be in lower case, as a roundup's role line is: "ANA RUIZ, chair of the farm committee:".)
  if (!wordsInCapitals(tokens.slice(0, comma))) return null;
  const words = capsNameAfterRoleWords(tokens, 0, comma);
  // ("MINISTER ODUYA, SPEAKING TO REPORTERS:": a role and a surname are no full name.)
  if (words === null || namesGroup(words) || namesRole(words[0]?.lower ?? '')) return null;
  // (What a comma sets off in lower case must say who the speaker is, a role or a "who" clause: not "STORM AGNES, the
  // latest:", "DOCK STREET, one year on:" or a victim's "NAME, 34, from Kestwick:".)
  const rest = tokens.slice(comma + 1, -1);
  const allCaps = wordsInCapitals(rest);
  const saysWho =
    rest[0]?.lower === 'who' || rest.some((t) => t.kind === 'word' && !t.capital && ROLE_NOUNS.has(t.lower));
  if (!allCaps && !saysWho) return null;
  const name = capsNameCase(words);
  const surname = name[name.length - 1];
  const quoteBelow = below[0]?.kind === 'quote';
  return quoteBelow || below.some((t) => t.kind === 'word' && t.text === surname) ? name : null;
}

/**
 * The name a roundup's heading in capitals gives its section, over the words under it (`below`): with the speaker's
 * side in brackets (capsNameSideHeading) or after a comma (capsNameCommaSideHeading), in a "WHAT NAME SAID" heading,
 * after a role (capsRoleNameHeading) or a wire's reaction label closed by a colon (capsCommaLabelHeading); null when
 * it is none of them.
 */
export function capsHeadingName(tokens: readonly Token[], below: readonly Token[]): string[] | null {
  return (
    capsNameSideHeading(tokens, below) ??
    capsNameCommaSideHeading(tokens, below) ??
    // ("WHAT HEAD COACH ANA RUIZ SAID" reads as a role and a name of three words before its own reading.)
    capsWhatSaidHeading(tokens) ??
    capsRoleNameHeading(tokens, below) ??
    capsCommaLabelHeading(tokens, below)
  );
}

/**
 * The full name (two words or more) a roundup's heading in capitals gives its section (capsHeadingName): a name the
 * article writes in full, and evidence of a person; "WHAT LUCA SAID" brings in nobody new.
 */
export function capsHeadingFullName(tokens: readonly Token[], below: readonly Token[]): string[] | null {
  const name = capsHeadingName(tokens, below);
  return name !== null && name.length >= 2 ? name : null;
}
