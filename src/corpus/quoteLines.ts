// Lines that belong to a quotation printed on its own: the speaker's label above it ("Name, role:"), the attribution
// signed under it ("– Name on the vote") and an interview's labelled turns ("TK: …"). Quote roundups and transcripts
// print them as short lines that read as chrome.
import {
  BRACKET_CREDIT_LINE,
  CLOSES_QUOTE,
  OPENS_QUOTE,
  OPENS_WITH_DASH,
  SHORT_CHARS,
  TERMINAL_COLON,
  type Features,
} from './blockFeatures.ts';

/** Most characters of a speaker's label closed by a colon (a name, a role and its body), over a quotation. */
const COLON_LABEL_CHARS = 120;

/** Most words of a speaker's label with no colon ("Ana Ruiz, Harbour City"), as roundups of reactions print them. */
const LABEL_MAX_WORDS = 8;

/**
 * A label opening with a full name and setting off what follows it with a bracket, a comma or a dash, in any case:
 * "ANA RUIZ (Harbour) – youngest finisher", "Ana Ruiz (Harbour) – third on the day".
 */
const NAME_SET_OFF = /^\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*[(,–—-]/u;

/** A roundup's label "What NAME said" ("What the coach said", "What Ana Ruiz (Rovers) says") over the quotes. */
const WHAT_SAID_LABEL = /^What\s+\S.{0,60}\s+(?:said|says)\s*$/u;

/**
 * Whether `quote` is a quotation introduced by `label`, a short line of a name and role: ending in a colon, or in
 * headline case with no sentence end over a whole quotation ("Ana Ruiz, Harbour City" then "“We deserved it.”"), or
 * opening with a full name set off from its side or role (NAME_SET_OFF: the role may be in lower case).
 */
export function quotesLabel(label: Features | undefined, quote: Features | undefined): boolean {
  if (label === undefined || quote === undefined || label.chrome || label.chars >= COLON_LABEL_CHARS) return false;
  if (!OPENS_QUOTE.test(quote.text)) return false;
  // ("Cllr Ana Ruiz, chair, harbour services committee:": a colon closes a longer label too.)
  if (TERMINAL_COLON.test(label.text)) return true;
  if (label.chars >= SHORT_CHARS) return false;
  const named =
    (label.headlineCase || NAME_SET_OFF.test(label.text) || WHAT_SAID_LABEL.test(label.text)) &&
    !label.terminal &&
    label.words.length <= LABEL_MAX_WORDS;
  return named && quote.terminal && !quote.chrome;
}

/**
 * Whether `line` is the attribution signed under the quotation `quote`, as quote roundups print them on a line of
 * their own ("“…”" then "– A combative Name vents about the vote in January", or "(Name, Team coach)"): body,
 * whatever its length or casing.
 */
export function signsQuote(quote: Features | undefined, line: Features | undefined): boolean {
  if (!quotationOnly(quote) || line === undefined || line.chrome) return false;
  return OPENS_WITH_DASH.test(line.text) || BRACKET_CREDIT_LINE.test(line.text);
}

/** Whether `quote` is a block of quotation only: it opens with a quotation mark and ends with a closing one. */
function quotationOnly(quote: Features | undefined): quote is Features {
  return quote !== undefined && !quote.chrome && OPENS_QUOTE.test(quote.text) && CLOSES_QUOTE.test(quote.text);
}

/** Most characters of a sentence that credits the quotation above it in a roundup. */
const CREDIT_SENTENCE_CHARS = 300;

/** Fewest quotation-then-credit pairs that make a page a roundup printed that way. */
const CREDIT_SENTENCE_PAIRS = 3;

/**
 * The blocks that credit the quotation above them with a sentence of their own, on a page that prints several
 * quotes so ("“…”" then "Rovers manager Ana Ruiz was adamant the goal had not crossed the line."): body, however
 * dense with names. Empty unless the page has CREDIT_SENTENCE_PAIRS of them.
 */
export function creditSentences(all: readonly Features[]): Set<number> {
  const found = new Set<number>();
  all.forEach((line, i) => {
    if (!quotationOnly(all[i - 1]) || line.chrome || !line.terminal || line.headlineCase) return;
    if (OPENS_QUOTE.test(line.text) || line.chars > CREDIT_SENTENCE_CHARS || line.words.length < 4) return;
    found.add(i);
  });
  return found.size >= CREDIT_SENTENCE_PAIRS ? found : new Set();
}

/**
 * A speaker's label opening a transcript's turn: one to three capitalised words or initials, then a colon and the
 * words (the quote reader's transcript layout reads its turns by it too).
 */
export const NAME_LABEL = /^(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,2}):[ \t]+(?=\S)/u;
/** Fewest other blocks opening with the same label for a block to be a transcript's turn. */
export const MIN_OTHER_TURNS = 2;

/**
 * The blocks that are a transcript's turns: each opens with a speaker's label ("TK:", "Hale:") that opens at least
 * MIN_OTHER_TURNS other blocks of the page too. A short question turn reads as a teaser's headline on its own
 * ("TK: Will the festival be back next year?"); the label it shares with the interview says it is no link.
 */
export function transcriptTurnBlocks(all: readonly Features[]): Set<number> {
  const labels = all.map((f) => (f.chrome ? undefined : NAME_LABEL.exec(f.text)?.[1]));
  const counts = new Map<string, number>();
  for (const label of labels) if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  const turns = new Set<number>();
  labels.forEach((label, i) => {
    if (label !== undefined && (counts.get(label) ?? 0) > MIN_OTHER_TURNS) turns.add(i);
  });
  return turns;
}
