// Headings that name who speaks in the section under them: a name alone or with its side or role ("Ana Ruiz (Rovers
// coach)", "Ana Ruiz (Rovers) – skip"), a scores page's "NAME (ESP) — 67 (-12)" (over a line of figures too), "What
// NAME said", a role and a name taken up below, and reaction roundups' "COUNTRY — Title NAME".
import {
  afterLabelSide,
  DASH_MARKS,
  headingLabelEnd,
  isDashedTail,
  isResultTail,
  WHAT_SAID_CLOSERS,
  WHAT_SAID_OPENERS,
} from './capsLabel.ts';
import type { Sentence } from './frames.ts';
import { labelledName } from './headingLabels.ts';
import { POST_NOMINALS } from './lexicon.ts';
import { topicLabelEnd } from './layoutRuns.ts';
import type { CapitalRun } from './names.ts';
import { nameWordCount } from './particles.ts';
import { isOrganisationName, ORGANISATION_NOUNS } from './organisations.ts';
import { FIRST_PERSON, FIRST_PERSON_SINGULAR, opensAskedAbout, participialOpeningEnd } from './pronouns.ts';
import { speaksUnmarked } from './plainSpeech.ts';
import { isRoleHead, type RolePhrase, roleAfter } from './rolePhrases.ts';
import type { Token } from './tokens.ts';
import { isSpeechVerbAt } from './verbReach.ts';

/** Whether a heading is a topic's label in a roundup: "On the injury to the captain:", "Speaking through an interpreter:". */
function isTopicLabel(sentence: Sentence): boolean {
  const { tokens } = sentence;
  return tokens[0]?.lower === 'on' || tokens[tokens.length - 1]?.text === ':';
}

/**
 * Most words of what a comma or dash sets off after a heading's name: a role, a side and an occasion ("Ana Ruiz,
 * Harbour head coach, speaking after the draw with Velmir").
 */
const SET_OFF_WORDS = 10;

/** Most tokens of a scores page's code in brackets after a name, the brackets included ("(ESP)"). */
const CODE_BRACKET_TOKENS = 4;

/** Most tokens of the label before the colon of a line of figures ("Round 3:", "Final round:"). */
const FIGURES_LABEL_TOKENS = 3;

/**
 * A heading of a player's figures: a short label, a colon and a result ("Round 3: 67 (–5)", "Round 2: 64 (–8), best
 * of the week"); not a scoreline of its own ("Velmir 2 Harbour 1"), which opens a section of its own.
 */
export function isFiguresLine(sentence: Sentence | undefined): boolean {
  if (sentence?.kind !== 'heading') return false;
  const colon = sentence.tokens.findIndex((t) => t.text === ':');
  return colon >= 1 && colon <= FIGURES_LABEL_TOKENS && isResultTail(sentence.tokens.slice(colon + 1));
}

/** Most tokens of what a role line sets off after its role: the body and the place ("Dunmore Capital, Perth"). */
const ROLE_LINE_TAIL_TOKENS = 12;

/**
 * A roundup's line between a name's heading and its quote that is only a role and where it is held, set off by a
 * comma ("Chief economist, Harbour Bank", "Head of metals, Dunmore Capital, Perth"): no article, no quote, no verb
 * of speech, and the words after the comma in capitals.
 */
export function isRoleLine(sentence: Sentence | undefined): boolean {
  if (sentence?.kind !== 'heading') return false;
  const { tokens } = sentence;
  const role = roleAfter(tokens, 0);
  if (role === null || role.determiner !== null) return false;
  // ("Head of energy research, …": the role's remit after "of" or "for" runs to the comma.)
  let comma = role.to;
  if (REMIT_LINKS.has(tokens[comma]?.lower ?? ''))
    while (comma - role.to <= ROLE_LINE_REMIT_TOKENS && tokens[comma]?.kind === 'word') comma++;
  if (tokens[comma]?.text !== ',') return false;
  const tail = tokens.slice(comma + 1);
  if (tail.length === 0 || tail.length > ROLE_LINE_TAIL_TOKENS) return false;
  // ("Rowing club treasurer, Nils Ode": two capitalised words alone, no body's cue among them, are a person's name.)
  if (tail.length === 2 && !isOrganisationName(tail.map((t) => t.text))) return false;
  if (tail.some((t, k) => t.kind === 'quote' || isSpeechVerbAt(tokens, comma + 1 + k))) return false;
  return tail.every((t) => t.kind !== 'word' || t.capital || LINE_LINKS.has(t.lower));
}

/** Words bringing in a role's remit on a role line ("Head of metals", "Adviser for schools"). */
export const REMIT_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/** Most tokens of a role line's remit, its link included ("of energy research"). */
const ROLE_LINE_REMIT_TOKENS = 5;

/** Small words a body's or place's name may hold in a role line ("Institute for Tidal Studies", "Bank of Sur"). */
export const LINE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&']);

/**
 * A heading that is only a person's name, perhaps with a bracket or a comma and a short description, or after a role
 * ("Velmir coach Nils Ode"), over a paragraph opening with a quote (or a topic's label heading), as roundups set them
 * out: "Ana Ruiz (Rovers coach)" ¶ "“…”"; or over prose that shows the section is theirs (named again, a role in
 * brackets or taken up below, a reaction roundup's label); and "What NAME said".
 */
export function nameHeadingRun(sentence: Sentence, next: Sentence | undefined, previous?: Sentence): CapitalRun | null {
  if (sentence.kind !== 'heading' || next === undefined) return null;
  // (A role line under a name's heading names nobody speaking: "Harbour Bank" is where the role is held; alone,
  // "Rowing club treasurer, Nils Ode" still names her.)
  if (previous !== undefined && isRoleLine(sentence) && nameHeadingRun(previous, sentence) !== null) return null;
  // ("NAME (Side)" over "On the injury to the captain:" over the quotes: a topic's label under the name.)
  // ("Ana Ruiz (ESP) –12" over "Round 3: 67 (–5)" over the quotes: the player's figures under the name.)
  // ("Ana Ruiz" over "Chief economist, Harbour Bank" over the quote: the role line under the name.)
  const topicBelow = next.kind === 'heading' && (isTopicLabel(next) || isFiguresLine(next) || isRoleLine(next));
  const { tokens } = sentence;
  // "What Ana Ruiz (Rovers coach) said": the heading's words between "What" and its speech verb, whatever is under
  // it (the player's result line, "Ruiz (ESP) def. Ode (NOR) 6-4", may come between it and the quotes).
  const closer = whatSaidCloser(tokens);
  if (closer !== -1) return whatSaidName(sentence, closer);
  // ("Captain Ana Ruiz Reaction" over "The skipper looked drained." over the quotes: a label word after the name
  // heads her section as "What NAME said" does, whatever is under it.)
  const labelled = labelledName(tokens, sentence.runs);
  if (labelled !== null) return labelled;
  if (next.kind !== 'body' && !topicBelow) return null;
  // ("Ann Hale (lost to Berg)" over "We missed Hale after the match, but she posted: “…”": a name with its result
  // or role in brackets heads a paragraph that names it again and holds a quote anywhere.)
  // ("Tevita Lolo (Harbour)" over "Lolo was blunt after the defeat.": named again, the section is theirs.)
  const bracketed = tokens[tokens.length - 1]?.text === ')';
  // ("Tariro Tembo, chief economist, Kopje Capital" over "For Tembo, the calendar was the worry.": so does one whose
  // name a comma sets off from its role.)
  const commaSet = tokens[sentence.runs[0]?.to ?? -1]?.text === ',';
  // ("NAME, Harbour Chamber of Commerce" over "The chamber's secretary phoned in …": or that takes it up by a definite
  // role at its opening.)
  // ("NAME, foreign ministry spokesperson" over "Told a briefing that …": or that opens with a speech verb whose
  // subject is the heading's.)
  const named =
    (bracketed || commaSet) &&
    (namedAgainBelow(sentence, next) || opensWithDefiniteRole(next) || opensWithSpeechVerb(next));
  // ("Ana Ruiz (Rovers captain)" over "Asked about her sister, the captain laughed.": a role in the brackets says who
  // the section is about, whatever the paragraph under it opens with.)
  // ("Ana Ruiz (Harbour) – skip": so does a role after the side's bracket and a dash.)
  const dashedRole = dashedRoleAfterBracket(tokens);
  // ("Cr Ana Ruiz (Town Ward) – against": so does how a council member voted.)
  const voted = votedAfterBracket(tokens);
  // ("Ana Ruiz (Rovers)" over "It was a hard day for me.": a section printing the speaker's own words unmarked, in
  // the first person, is theirs too.)
  const roleBracket =
    closingBracketRole(tokens) || dashedRole || voted || (bracketed && speaksUnmarked(next, FIRST_PERSON_SINGULAR));
  const interviewee = intervieweeHeading(sentence, next);
  if (interviewee !== null) return interviewee;
  // "SOUNDBITE (English): Ana Ruiz, coach": the name opens the words after a label.
  const start = headingLabelEnd(tokens);
  const first = sentence.runs.find((r) => r.from >= start);
  // ("HFA President Dr Ana Ruiz" over "…, the federation president said: “…”": the role the heading gives the name,
  // taken up below, says the section is theirs.)
  const roleBelow = first !== undefined && titleTakenUpBelow(first, next);
  // ("India — Dr Ana Ruiz" over "India's food minister said …", "The party's spokesman called it …": the label,
  // or a definite role, the paragraph opens with.)
  const dashed = dashLabelledName(sentence);
  const namedBelow = dashed !== null && takenUpBelow(sentence, dashed, next);
  // ("Egypt — Foreign Minister NAME": a titled name after a label says whose section it is, whatever opens it.)
  const labelBelow = namedBelow || (dashed !== null && (opensWithDefiniteRole(next) || dashed.title.length > 0));
  const opensQuote = next.tokens[0]?.kind === 'quote' || topicLabelEnd(next.tokens) !== -1 || topicBelow;
  // ("Ana Ruiz" over "The singer, who was due to play, said …": so does a paragraph opening with a definite role set
  // off by a comma, bringing her in, under a heading that is a name of two words alone.)
  const bareName = first?.kind === 'name' && first.from === 0 && first.to === tokens.length && first.name.length === 2;
  const opening = bareName ? definiteRoleOpening(next) : null;
  // ("Councillor NAME" over "The portfolio holder for highways sat beside …": a titled name needs no comma.)
  const titled = bareName && first.title.length > 0;
  const describedBelow = opening !== null && (next.tokens[opening.to]?.text === ',' || titled);
  // ("Harbour captain Ana Ruiz" over "We saw the storm coming and stayed calm.": so does a role and a name over the
  // speaker's own words unmarked, in the first person.)
  const describedSpeaks = speaksUnmarked(next, FIRST_PERSON) && describedNameHeading(sentence) !== null;
  // ("Ana Ruiz (ESP) – 66 (-6), two clear" over "I trusted my swing today.": so does a scores page's name,
  // code and result over the player's own words.)
  const scored = first !== undefined && scoredName(tokens, first, start);
  const scoredSpeaks = scored && speaksUnmarked(next, FIRST_PERSON_SINGULAR);
  const shown = opensQuote || named || roleBracket || roleBelow || labelBelow || describedBelow;
  if (!shown && !describedSpeaks && !scoredSpeaks) return null;
  // ("Harbour Party — Deputy Ana Ruiz": the name with a title after the dash, not the label's words before it; so
  // too one the paragraph takes up.)
  // ("Freedom Front — Ana Ruiz, leader" over a quote: the name after the dash with its role, before or after it, not
  // the party's name before the dash.)
  const roled =
    dashed !== null && (tokens[dashed.to]?.text === ',' || !DASH_MARKS.has(tokens[dashed.from - 1]?.text ?? ''));
  // ("Harbour Front — Ana Ruiz MLA": so too one with the letters of an office after it.)
  const closing = dashed === null ? undefined : tokens[dashed.to - 1];
  const lettered = closing !== undefined && POST_NOMINALS.has(closing.lower) && dashed?.name.at(-1) !== closing.text;
  if (dashed !== null && (dashed.title.length > 0 || lettered || namedBelow || (opensQuote && roled))) return dashed;
  // ("Ken from Thornley", "Mr Fenwick, who would not give a first name" over a quote: a phone-in's caller by one
  // name and where they live, or a titled surname and what sets it off.)
  // ("Captain Obi" over a quote: a title and a surname alone are the section's speaker too; not "General Strike".)
  const titledAlone =
    first !== undefined &&
    first.title.length > 0 &&
    first.to === tokens.length &&
    !ADJECTIVE_TITLES.has(first.headTitle ?? '');
  if (first?.kind === 'name' && first.from === start && first.name.length === 1 && opensQuote)
    return oneNamedCaller(tokens, first) || titledAlone ? first : (describedNameHeading(sentence) ?? dashed);
  // ("Inland Waterways Minister, Ana Ruiz": a run closed by a role's head is the office, the name after it.)
  const office = first !== undefined && isRoleHead((first.name.at(-1) ?? '').toLowerCase());
  if (first?.kind !== 'name' || first.from !== start || first.name.length < 2 || office)
    return describedNameHeading(sentence) ?? dashed;
  const core = nameWordCount(first.name);
  if (core > 3) return null;
  const rest = tokens.slice(first.to);
  // A title-case heading may run a name into a common noun ("Ana Ruiz Interview"): alone, only two words count, its
  // particles besides ("Head Coach Deon van Wyk"), or three after a role.
  if (rest.length === 0) return core === 2 || roleBelow ? first : null;
  const opener = rest[0]?.text;
  const words = rest.slice(1).filter((t) => t.kind === 'word').length;
  if (opener === '(' && rest[rest.length - 1]?.text === ')' && words <= 8) return first;
  // ("Ana Ruiz (ESP) — 67 (-12), two clear": a scores page's code in brackets, then the player's result.)
  const side = afterLabelSide(rest, 0);
  if (scored) return first;
  if (opener === '(' && (dashedRole || voted)) return first;
  // ("Ana Ruiz (Harbour) – third on the day" over a quote: what the speaker did, after the side and a dash.)
  if (opener === '(' && side !== null && next.tokens[0]?.kind === 'quote' && isDashedTail(rest.slice(side)))
    return first;
  // ("Ana Ruiz (NOR), biathlete" over a quote: a side's code in brackets, then a short role set off by a comma.)
  if (opener === '(' && side !== null && rest[side]?.text === ',' && opensQuote && shortSetOff(rest.slice(side + 1)))
    return first;
  // "Ana Ruiz - City Councillor - Works Department": a hyphen spaced as a dash sets the role off too.
  if ((opener === ',' || DASH_MARKS.has(opener ?? '')) && shortSetOff(rest.slice(1))) return first;
  // ("Harbour Chamber of Industries president Mr Ana Ruiz": a body's name read as a name opening a heading that a
  // role and the name close.)
  return describedNameHeading(sentence);
}

/** Whether tokens are a short description set off after a heading's name: SET_OFF_WORDS words at most, no quote. */
function shortSetOff(tokens: readonly Token[]): boolean {
  return tokens.filter((t) => t.kind === 'word').length <= SET_OFF_WORDS && tokens.every((t) => t.kind !== 'quote');
}

/** Titles that are also adjectives before a common noun ("General Strike", "Major Works"): no title over a surname alone. */
export const ADJECTIVE_TITLES: ReadonlySet<string> = new Set(['general', 'major', 'chief', 'executive', 'head']);

/** Words after a caller's one name that say where they live ("Ken from Thornley", "Dot in Ashby Wyke"). */
export const CALLER_PLACE_WORDS: ReadonlySet<string> = new Set(['from', 'in']);

/** Most capitalised words of the place after such a word ("from Ashby Wyke Green"). */
const CALLER_PLACE_TOKENS = 3;

/**
 * Whether a heading's one-word name (`run`) is a caller's: a given name then CALLER_PLACE_WORDS and a place of
 * capitalised words closing the heading ("Ken from Thornley"), or a titled surname then a comma and a description
 * of up to SET_OFF_WORDS words ("Mr Fenwick, who would not give his first name").
 */
function oneNamedCaller(tokens: readonly Token[], run: CapitalRun): boolean {
  const rest = tokens.slice(run.to);
  if (CALLER_PLACE_WORDS.has(rest[0]?.lower ?? '')) {
    const place = rest.slice(1);
    return (
      place.length > 0 && place.length <= CALLER_PLACE_TOKENS && place.every((t) => t.kind === 'word' && t.capital)
    );
  }
  return run.title.length > 0 && rest[0]?.text === ',' && shortSetOff(rest);
}

/**
 * Whether a heading is a name of two words or more opening it (after any label ending at `start`), a code in brackets
 * and a player's result ("Ana Ruiz (ESP) — 67 (-12), two clear"), as scores pages head each player's words.
 */
function scoredName(tokens: readonly Token[], first: CapitalRun, start: number): boolean {
  if (first.kind !== 'name' || first.from !== start || first.name.length < 2 || tokens[first.to]?.text !== '(')
    return false;
  const side = afterLabelSide(tokens, first.to);
  return side !== null && side - first.to <= CODE_BRACKET_TOKENS && isResultTail(tokens.slice(side));
}

/**
 * The name closing an interview's heading after "with" ("Q&A: Two minutes with Ana Ruiz", "In conversation with Ana
 * Ruiz") over a question or a quote: whom the section's answers are by; else null.
 */
function intervieweeHeading(sentence: Sentence, next: Sentence): CapitalRun | null {
  const { tokens, runs } = sentence;
  const last = runs[runs.length - 1];
  if (last?.kind !== 'name' || last.to !== tokens.length || last.name.length < 2 || last.name.length > 3) return null;
  if (tokens[last.from - 1]?.lower !== 'with') return null;
  const asks = next.tokens[next.tokens.length - 1]?.text === '?';
  return asks || next.tokens[0]?.kind === 'quote' ? last : null;
}

/** Most tokens between "the" and the role noun the paragraph under a heading takes its role up by. */
const ROLE_BELOW_TOKENS = 3;

/**
 * Whether a heading's name run has a role before the name ("HFA President Dr Ana Ruiz") whose role noun the paragraph
 * under it takes up after "the" ("the federation president said").
 */
function titleTakenUpBelow(run: CapitalRun, below: Sentence): boolean {
  const head = run.title
    .toLowerCase()
    .split(/\s+/u)
    .findLast((w) => isRoleHead(w));
  if (head === undefined) return false;
  const { tokens } = below;
  return tokens.some(
    (t, k) => t.lower === head && tokens.slice(Math.max(0, k - ROLE_BELOW_TOKENS), k).some((b) => b.lower === 'the'),
  );
}

/**
 * Where the speech verb of a "What NAME said" heading stands: closing it, or before a bracket that closes it ("What
 * Ana Ruiz said (Rovers coach)"); -1 for any other heading.
 */
function whatSaidCloser(tokens: readonly Token[]): number {
  if (!WHAT_SAID_OPENERS.has(tokens[0]?.lower ?? '')) return -1;
  const last = tokens.length - 1;
  if (WHAT_SAID_CLOSERS.has(tokens[last]?.lower ?? '')) return last;
  const open = tokens.findIndex((t) => t.text === '(');
  const bracketCloses = open > 1 && tokens[last]?.text === ')';
  return bracketCloses && WHAT_SAID_CLOSERS.has(tokens[open - 1]?.lower ?? '') ? open - 1 : -1;
}

/**
 * The name of a "What NAME said" heading whose speech verb stands at `closer`: the last name of two or three words
 * before it (or a surname alone right after "What"), perhaps after role and side words ("What Ashford head coach Ana Ruiz said") and before a bracket ("What
 * Ana Ruiz (Rovers coach) said"); null when none.
 */
function whatSaidName(sentence: Sentence, closer: number): CapitalRun | null {
  const { tokens } = sentence;
  const bracket = tokens[closer - 1]?.text === ')' ? tokens.findLastIndex((t, k) => k < closer && t.text === '(') : -1;
  const end = bracket === -1 ? closer : bracket;
  const name = sentence.runs.findLast((r) => r.kind === 'name' && r.from >= 1 && r.to <= end);
  if (name?.to !== end || name.name.length > 3) return null;
  const before = tokens.slice(1, name.from);
  // ("What Ode said": a surname alone right after "What", the person the article names so.)
  if (name.name.length < 2 && before.length > 0) return null;
  return before.length <= HEADING_ROLE_WORDS && before.every((t) => t.kind === 'word') ? name : null;
}

/**
 * Whether a heading's name and bracketed side are followed by a dash and a short role with a role noun in lower case
 * and no quotation ("Ana Ruiz (Harbour) – skip", "Ana Ruiz (Harbour) – coach"), as roundups credit each speaker.
 */
function dashedRoleAfterBracket(tokens: readonly Token[]): boolean {
  const tail = dashAfterBracket(tokens);
  return (
    tail !== null && isDashedTail(tail) && tail.some((t) => t.kind === 'word' && !t.capital && isRoleHead(t.lower))
  );
}

/** How a council member voted, written after a roundup heading's bracket and a dash ("NAME (Ward) – against"). */
export const HEADING_VOTE_WORDS: ReadonlySet<string> = new Set([
  ...['for', 'against', 'abstained', 'abstaining', 'undecided', 'opposed'],
  ...['yes', 'no', 'in', 'favour', 'favor'],
]);

/**
 * The tokens after a heading's name and its bracketed side, from the dash that follows them ("– skip" of "Ana Ruiz
 * (Harbour) – skip"); null when the heading has no such bracket and dash.
 */
function dashAfterBracket(tokens: readonly Token[]): readonly Token[] | null {
  const open = tokens.findIndex((t) => t.text === '(');
  const side = open < 1 ? null : afterLabelSide(tokens, open);
  if (side === null || !DASH_MARKS.has(tokens[side]?.text ?? '')) return null;
  return tokens.slice(side);
}

/** Whether a heading's name and bracketed side are followed by a dash and a vote ("Ana Ruiz (Harbour Ward) – for"). */
function votedAfterBracket(tokens: readonly Token[]): boolean {
  const vote = dashAfterBracket(tokens)?.slice(1);
  return (
    vote !== undefined &&
    vote.length > 0 &&
    vote.length <= 2 &&
    vote.every((t) => t.kind === 'word' && HEADING_VOTE_WORDS.has(t.lower))
  );
}

/** Whether a heading closes with a bracket holding a role noun ("(Rovers captain)", "(Nigeria forward, Player of the Match)"). */
function closingBracketRole(tokens: readonly Token[]): boolean {
  if (tokens[tokens.length - 1]?.text !== ')') return false;
  const open = tokens.findLastIndex((t) => t.text === '(');
  return open > 0 && tokens.slice(open + 1, -1).some((t) => t.kind === 'word' && !t.capital && isRoleHead(t.lower));
}

/** Whether the paragraph under a heading opening with a full name writes that name's surname. */
function namedAgainBelow(heading: Sentence, next: Sentence): boolean {
  const run = heading.runs[0];
  const surname = run?.kind === 'name' && run.name.length >= 2 ? run.name[run.name.length - 1] : undefined;
  return surname !== undefined && next.tokens.some((t) => t.kind === 'word' && t.text === surname);
}

/**
 * Most words of a team, country, body or role before the name a heading closes with ("Velmir coach Nils Ode",
 * "Harbour Chamber of Industries president Mr Ode"), the small words linking a body's name (HEADING_BODY_LINKS) aside.
 */
const HEADING_ROLE_WORDS = 6;

/** Small words inside a body's name between its capitalised words ("Chamber of Industries", "Food and Drink Board"). */
export const HEADING_BODY_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&']);

/** Whether word k of a heading's words is one of HEADING_BODY_LINKS between two capitalised words ("Chamber of Trade"). */
function bodyLinkAt(words: readonly Token[], k: number): boolean {
  return (
    HEADING_BODY_LINKS.has(words[k]?.text.toLowerCase() ?? '') &&
    words[k - 1]?.capital === true &&
    words[k + 1]?.capital === true
  );
}

/**
 * A heading that is a role and a full name closing it: "Velmir coach Nils Ode", "Kestrel's captain Ana Ruiz", "Club
 * chairman, Ana Ruiz", "Harbour Chamber of Industries president Mr Ode" — only capitalised words (a team, a country,
 * a body's name, its small linking words between them) and role nouns before the name, or a role phrase read whole.
 */
function describedNameHeading(sentence: Sentence): CapitalRun | null {
  const { tokens, runs } = sentence;
  const last = runs[runs.length - 1];
  if (last?.kind !== 'name' || last.to !== tokens.length || last.name.length < 2 || last.name.length > 3) return null;
  // ("Club chairman, Ana Ruiz": a comma may set the name off from its role.)
  const before = tokens.slice(0, tokens[last.from - 1]?.text === ',' ? last.from - 1 : last.from);
  const bodyLink = (k: number): boolean => bodyLinkAt(before, k);
  const roleWords = before.every((t, k) => bodyLink(k) || (t.kind === 'word' && (t.capital || isRoleHead(t.lower))));
  // ("Minister of State for Inland Waterways, Ana Ruiz": a capitalised office is a role as well.)
  const hasRole = before.some((t) => t.kind === 'word' && isRoleHead(t.lower));
  const words = before.filter((_, k) => !bodyLink(k)).length;
  // ("County board secretary, Ana Ruiz": or a role phrase the reader takes whole, its nouns besides the role's.)
  const rolePhrase = roleAfter(before, 0)?.to === before.length;
  return words > 0 && words <= HEADING_ROLE_WORDS && ((roleWords && hasRole) || rolePhrase) ? last : null;
}

/**
 * Whether the paragraph under a "LABEL — NAME" heading takes it up at its opening: with the label's first word
 * ("India's food minister said"), after "the" too ("The Harbour leader told …"), or with the name's last word ("Ruiz
 * was blunt.").
 */
function takenUpBelow(heading: Sentence, name: CapitalRun, below: Sentence): boolean {
  const label = heading.tokens[0]?.text;
  const [first, second] = below.tokens;
  return (
    first?.text === label || first?.text === name.name.at(-1) || (first?.lower === 'the' && second?.text === label)
  );
}

/**
 * Whether a sentence opens with a speech verb, its subject left out ("Told a briefing in the capital that …"); not
 * with a clause of being asked ("Asked about the cup, the coach smiled"), whose subject follows it.
 */
function opensWithSpeechVerb(sentence: Sentence): boolean {
  const { tokens } = sentence;
  return (
    tokens[0]?.capital === true &&
    isSpeechVerbAt(tokens, 0) &&
    !opensAskedAbout(tokens) &&
    participialOpeningEnd(tokens) === -1
  );
}

/** Whether a sentence opens with "the" and a person's role ("The party's economy spokesman called …"). */
function opensWithDefiniteRole(sentence: Sentence): boolean {
  return definiteRoleOpening(sentence) !== null;
}

/** The role after "the" a sentence opens with, not a body's noun ("The party's economy spokesman …"); else null. */
function definiteRoleOpening(sentence: Sentence): RolePhrase | null {
  const role = roleAfter(sentence.tokens, 0);
  return role?.determiner === 'the' && !ORGANISATION_NOUNS.has(role.head) ? role : null;
}

/** Most words of the label before the dash of a heading like "India — Dr Ana Ruiz". */
const DASH_LABEL_WORDS = 3;

/** Most capitalised words of a body's name as that label ("Mine and Allied Workers' Union — NAME"). */
const BODY_LABEL_WORDS = 4;

/**
 * "India — Dr Ana Ruiz", "Harbour Party - Ana Ruiz": a heading of a label (a country, a party: capitalised words), a
 * dash and a name of two or three words closing it or followed by a description after a comma, as reaction roundups
 * set one out per country or side. The name's run; else null.
 */
function dashLabelledName(sentence: Sentence): CapitalRun | null {
  const { tokens, runs } = sentence;
  const dash = tokens.findIndex((t) => DASH_MARKS.has(t.text));
  // ("Food and Drink Workers' Union — NAME": a body's name, its small linking words between capitals not counted,
  // may run to a word more.)
  const label = tokens.slice(0, dash);
  const bodyName = label.every((t, k) => t.capital || bodyLinkAt(label, k));
  const words = bodyName ? label.filter((_, k) => !bodyLinkAt(label, k)).length : label.length;
  if (dash < 1 || words > (bodyName ? BODY_LABEL_WORDS : DASH_LABEL_WORDS)) return null;
  // ("Market traders — NAME, …": the label may go on in lower case after its capital.)
  if (!label.every((t) => t.kind === 'word') || label[0]?.capital !== true) return null;
  // ("CHINA - Foreign ministry spokesperson NAME": the name may follow its role.)
  const name =
    runs.find((r) => r.from === dash + 1 && r.kind === 'name') ??
    runs.find(
      (r) =>
        r.kind === 'name' &&
        r.from > dash + 1 &&
        (roleWordsBetween(tokens, dash + 1, r.from) || portfolioBefore(tokens, dash + 1, r)),
    );
  const core = name === undefined ? 0 : nameWordCount(name.name);
  if (name?.kind !== 'name' || core < 2 || core > DASH_NAME_WORDS) return null;
  // ("OPPOSITION - Sen. Ana Ruiz, minority leader in the Senate": a description may follow after a comma.)
  const rest = tokens.slice(name.to);
  const described = rest[0]?.text === ',' && rest.filter((t) => t.kind === 'word').length <= DASH_ROLE_WORDS;
  return rest.length === 0 || (described && rest.every((t) => t.kind !== 'quote')) ? name : null;
}

/** Most words of the name after a heading's dash: two given names and two surnames ("Ana Lucia Ruiz Berg"). */
const DASH_NAME_WORDS = 4;

/**
 * Whether the words from `from` to a titled name's run are its portfolio's, capitalised and linked by "and" ("Energy
 * and" of "Energy and Mines Minister NAME"), no more than DASH_ROLE_BEFORE_WORDS of them.
 */
function portfolioBefore(tokens: readonly Token[], from: number, run: CapitalRun): boolean {
  const words = tokens.slice(from, run.from);
  return (
    run.title.length > 0 &&
    words.length <= DASH_ROLE_BEFORE_WORDS &&
    words.every(
      (t, k) => (t.kind === 'word' && t.capital && !t.possessive) || (k > 0 && HEADING_BODY_LINKS.has(t.lower)),
    )
  );
}

/** Most words of a role between a heading's dash and the name after it ("Foreign ministry spokesperson"). */
const DASH_ROLE_BEFORE_WORDS = 4;

/** Whether tokens from `from` to `to` are a few words ending in a role's head ("Foreign ministry spokesperson"). */
function roleWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return (
    words.length <= DASH_ROLE_BEFORE_WORDS &&
    words.every((t) => t.kind === 'word' && !t.possessive) &&
    isRoleHead(tokens[to - 1]?.lower ?? '')
  );
}

/** Most words of the description after the name of such a heading. */
const DASH_ROLE_WORDS = 8;
