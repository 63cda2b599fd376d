// Names a roundup's layout credits: a dash line under a quote ("– Ann Okafor on the vote"), a label before a colon
// ("Ana Ruiz (Rovers): “…”"), a heading naming who speaks under it ("Smith on the budget:", "Ana Ruiz (Rovers coach)").
import { afterLabelSide, DASH_MARKS, labelStart, nameCase } from './capsLabel.ts';
import type { Sentence } from './frames.ts';
import { lowerAt, quotationOnly } from './frames.ts';
import type { CapitalRun } from './names.ts';
import { isRoleHead } from './rolePhrases.ts';
import { CREDIT_CLOSERS, POSSESSIVE_DETERMINERS } from './lexicon.ts';
import { NATIONALITY_NOUNS } from './roleLexicon.ts';
import { opensAskedAbout } from './pronouns.ts';
import { isSpeechVerbAt } from './sentenceEvidence.ts';
import type { Token } from './tokens.ts';

/**
 * A credit line opening with a dash, as roundups put under a quote: "– A combative Ann Okafor vents …", or a line
 * that is only a bracket: "(Ada Lusk, Corvania coach)".
 */
export function creditRun(sentence: Sentence): CapitalRun | null {
  const { tokens } = sentence;
  // "(Ada Lusk, Corvania coach)": a line that is only a bracket credits like a dash.
  const bracketed = tokens[0]?.text === '(' && tokens[tokens.length - 1]?.text === ')';
  if (!DASH_MARKS.has(tokens[0]?.text ?? '') && !bracketed) return null;
  // A possessive name owns the role after it ("– Kelvara’s Foreign Minister Name"): the credited name comes after.
  let limit = 4;
  for (const run of sentence.runs) {
    if (run.kind !== 'name' || run.from > limit) continue;
    // "- Corvania: “…”": a bullet, not a credit dash, when a colon follows the name (roundupRun reads such labels).
    if (sentence.tokens[run.to]?.text === ':') return null;
    // "– Canadian teenager Ana Roy has been …": a nationality before a role describes the credited name after it.
    const describes =
      run.name.length === 1 && NATIONALITY_NOUNS.has(lowerAt(tokens, run.from)) && isRoleHead(lowerAt(tokens, run.to));
    // ("- Photographs of the store are available on request": a bullet's first word is capitalised as the line's; one
    // word alone is a credited name only closing the line or before a comma, a dash or a credit's closer.)
    const after = tokens[run.to];
    const owner = tokens[run.to - 1]?.possessive === true;
    const bare = run.name.length === 1 && run.title.length === 0 && run.from === 1 && !owner;
    // ("– Guardiola speaking to Sky Sports", "– Arteta told reporters": a speech verb or a participle may follow it.)
    const speaks = isSpeechVerbAt(tokens, run.to) || CREDIT_PARTICIPLES.has(after?.lower ?? '');
    if (bare && !describes && after?.kind === 'word' && !CREDIT_CLOSERS.has(after.lower) && !speaks) return null;
    // ("- a gentleman from Orchard Rise": a place somebody unnamed comes from is not who is credited.)
    if (PLACE_PREPOSITIONS_OF_ORIGIN.has(lowerAt(tokens, run.from - 1))) return null;
    if (!owner && !describes) return run;
    limit = run.to + OWNED_ROLE_WORDS;
  }
  return null;
}

/** Participles of speaking that may follow a credit line's one word ("– Okafor speaking to Harbour Radio"). */
export const CREDIT_PARTICIPLES: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing']);

/** Words before a place that somebody unnamed on a credit line comes from ("– a gentleman from Orchard Rise"). */
export const PLACE_PREPOSITIONS_OF_ORIGIN: ReadonlySet<string> = new Set(['from', 'in', 'of']);

/** Most role words between a possessive owner and the credited name ("– Kelvara’s Foreign Minister Name"). */
const OWNED_ROLE_WORDS = 4;

/**
 * A credit in brackets right after a quote, as reaction roundups print them: "“…” (Teodor Brandt, opposition
 * leader)". The full name opening the bracket.
 */
export function bracketCreditRun(sentence: Sentence): CapitalRun | null {
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    if (run.kind !== 'name' || run.name.length < 2) continue;
    if (tokens[run.from - 1]?.text === '(' && tokens[run.from - 2]?.kind === 'quote') return run;
  }
  return null;
}

/** Most tokens a roundup label's description may run to between the name and the colon. */
const LABEL_TOKENS = 30;

/**
 * A roundup line's speaker: a full name opening the sentence (after a bullet, with any title), then a bracket (team,
 * party, country) or a description set off by a comma or "of" that holds no speech verb ("Name, Role of Country",
 * "Chancellor Name of Country, on X", "Name, …, to reporters in City", "Name, … (@handle)"), a colon and the quote:
 * "Ana Ruiz (Rovers): “…”".
 */
export function roundupRun(sentence: Sentence): CapitalRun | null {
  const { tokens } = sentence;
  let start = labelStart(tokens);
  let first = sentence.runs[0];
  // "Tarsova's Mika Salo, player of the match: “…”": a possessive owner opening the label says whose side.
  const owned = sentence.runs[1];
  if (first?.from === start && tokens[first.to - 1]?.possessive === true && owned?.from === first.to) {
    first = owned;
    start = owned.from;
  }
  if (first?.kind !== 'name' || first.from !== start || first.name.length < 2) return null;
  let k = first.to;
  if (tokens[k]?.text === '(') {
    const after = afterLabelSide(tokens, k);
    if (after === null) return null;
    k = after;
  } else if (tokens[k]?.text === ',' || lowerAt(tokens, k) === 'of') {
    while (k < tokens.length && k < first.to + LABEL_TOKENS && tokens[k]?.text !== ':') {
      if (tokens[k]?.kind === 'quote' || isSpeechVerbAt(tokens, k)) return null;
      k++;
    }
  }
  return tokens[k]?.text === ':' && tokens[k + 1]?.kind === 'quote' ? first : null;
}

/** Participles opening a label of where or to whom the quote after it was said ("Speaking to Harbour Radio: “…”"). */
export const MEDIUM_LABEL_OPENERS: ReadonlySet<string> = new Set([
  'speaking',
  'talking',
  'writing',
  'posting',
  'posted',
]);

/** Words opening a topic label before a quote in a roundup under a speaker's heading ("On the defeat: “…”"). */
export const TOPIC_LABEL_OPENERS: ReadonlySet<string> = new Set(['on', 'about', 're']);

/** Nouns closing a short label of what kind of words a quote is ("Opening remarks: “…”", "Final thoughts: “…”"). */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'remarks',
  'statement',
  'thoughts',
  'message',
  'verdict',
  'reaction',
  'comments',
]);

/** Most words of such a label, its noun included. */
const LABEL_NOUN_WORDS = 3;

/**
 * Where the quote after a short label of lower-case words closing in a label noun stands ("Opening remarks: “…”",
 * "His final message: “…”"), or -1: the label says what kind of words follow, not whose.
 */
function labelNounEnd(tokens: Token[]): number {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > LABEL_NOUN_WORDS || tokens[colon + 1]?.kind !== 'quote') return -1;
  const words = tokens.slice(0, colon);
  // ("Ruiz’s verdict: “…”", "Her verdict: “…”": a possessive opening it says whose the words are, for the colon
  // rules to read.)
  if (POSSESSIVE_DETERMINERS.has(tokens[0]?.lower ?? '')) return -1;
  const lowerCase = words.every((t, k) => t.kind === 'word' && !t.possessive && (k === 0 || !t.capital));
  return lowerCase && LABEL_NOUNS.has(tokens[colon - 1]?.lower ?? '') ? colon + 1 : -1;
}

/** Most tokens of a topic label before its colon. */
const TOPIC_LABEL_TOKENS = 16;

/**
 * Where the quote after a topic label opening the sentence stands ("On being down at half-time: “…”", "Asked about
 * the draw: “…”": the quote's
 * token), or -1 when the sentence opens with no such label. The label says what the quote is about, not who spoke.
 */
export function topicLabelEnd(tokens: Token[]): number {
  const noun = labelNounEnd(tokens);
  if (noun !== -1) return noun;
  // ("Asked about the draw: “…”": what the speaker was asked labels the quote too.)
  const asked = opensAskedAbout(tokens);
  // ("Speaking to Harbour Radio: “…”", "Posted on Instagram: “…”": where or to whom the words were said labels them.)
  const medium = MEDIUM_LABEL_OPENERS.has(tokens[0]?.lower ?? '');
  if (!TOPIC_LABEL_OPENERS.has(tokens[0]?.lower ?? '') && !asked && !medium) return -1;
  for (let k = 1; k < Math.min(tokens.length, TOPIC_LABEL_TOKENS); k++) {
    const t = tokens[k];
    // ("Asked whether she would run, her answer was short: “…”": a clause after the question is no label's.)
    // ("Speaking to reporters, Ruiz said: “…”": nor a clause after where the words were said.)
    if (t?.kind === 'quote' || isSpeechVerbAt(tokens, k) || ((asked || medium) && t?.text === ',')) return -1;
    // ("Posted on X by teammate NAME: “…”": a label naming who posted is an attribution, no label.)
    if (medium && t?.lower === 'by') return -1;
    if (t?.text === ':') return tokens[k + 1]?.kind === 'quote' ? k + 1 : -1;
  }
  return -1;
}

/** Most tokens of a topic label standing as a sentence of its own ("On her coach, the former player NAME, …:"). */
const TOPIC_SENTENCE_TOKENS = 30;

/**
 * Whether a sentence is a topic's label of its own, over the quote of the next paragraph: opened by a label's word
 * (TOPIC_LABEL_OPENERS: "On her coach, …:") and closed by a colon, with no speech verb or quote in it.
 */
export function isTopicLabel(tokens: Token[]): boolean {
  if (!TOPIC_LABEL_OPENERS.has(tokens[0]?.lower ?? '') || tokens.length > TOPIC_SENTENCE_TOKENS) return false;
  if (tokens[tokens.length - 1]?.text !== ':') return false;
  return tokens.every((t, k) => t.kind !== 'quote' && !isSpeechVerbAt(tokens, k));
}

/** A heading that names who speaks in the paragraphs under it: "Smith on the budget:". */
export function headingSpeakerRun(sentence: Sentence): CapitalRun | null {
  if (sentence.kind !== 'heading' || sentence.tokens[sentence.tokens.length - 1]?.text !== ':') return null;
  const first = sentence.runs[0];
  if (first?.kind !== 'name' || first.from !== 0 || lowerAt(sentence.tokens, first.to) !== 'on') return null;
  return first;
}

/** Most words of the topic after "on" in a roundup's heading ("Ana Ruiz on the injury to her captain"). */
const HEADING_TOPIC_WORDS = 6;

/** Whether a heading word is a name's, in title case or set in capitals ("Ruiz", "RUIZ", "OKAFOR-HALE"). */
function headingNameWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && /^\p{Lu}/u.test(t.text) && !t.possessive && t.lower !== 'on';
}

/**
 * A roundup's heading naming who speaks below and on what, with no colon, over a paragraph opening with a quote:
 * "Ana Ruiz on the result", "ANA RUIZ ON HER WINNER". The name's words in title case; null for any other line.
 */
export function topicHeadingName(sentence: Sentence, next: Sentence | undefined): string[] | null {
  if (sentence.kind !== 'heading' || next?.kind !== 'body' || next.tokens[0]?.kind !== 'quote') return null;
  const { tokens } = sentence;
  const on = tokens.findIndex((t) => t.lower === 'on');
  if (on < 2 || on > 3 || !tokens.slice(0, on).every(headingNameWord)) return null;
  const topic = tokens.slice(on + 1);
  if (topic.length === 0 || topic.length > HEADING_TOPIC_WORDS || topic.some((t) => t.kind !== 'word')) return null;
  return tokens.slice(0, on).map((t) => nameCase(t.text));
}

/** A roundup's heading on a topic alone over a quote ("On the injury", "ON OUR NEW SIGNING"): the speaker goes on. */
export function topicOnlyHeading(sentence: Sentence, next: Sentence | undefined): boolean {
  if (sentence.kind !== 'heading' || next?.kind !== 'body' || next.tokens[0]?.kind !== 'quote') return false;
  const { tokens } = sentence;
  return (
    tokens[0]?.lower === 'on' &&
    tokens.length >= 2 &&
    tokens.length <= HEADING_TOPIC_WORDS + 1 &&
    tokens.every((t) => t.kind === 'word')
  );
}

/** Fewest quote-then-credit pairs that make an article a roundup of that layout. */
const CREDIT_BELOW_PAIRS = 3;

/** How far into its sentence a credit's name may start ("Slaughtvale goalscoring hero Ana Ruiz …"). */
const CREDIT_NAME_START = 6;

/**
 * Whether the paragraph ending right before sentence `at` is the one before `at`'s and quotation only (no word of
 * the writer's own); its sentences stand right before `at`, so only they are read.
 */
function quoteOnlyBefore(sentences: readonly Sentence[], at: number): boolean {
  const paragraph = (sentences[at]?.paragraph ?? 0) - 1;
  let k = at - 1;
  if (sentences[k]?.paragraph !== paragraph) return false;
  for (; sentences[k]?.paragraph === paragraph; k--) {
    const s = sentences[k];
    if (s?.kind !== 'body' || !quotationOnly(s)) return false;
  }
  return true;
}

/**
 * A roundup that prints each quote first and the person under it, in a sentence of its own ("“…” ¶ Rovers
 * manager Ana Ruiz was adamant the goal had not crossed the line."): the credit sentences by index, each with
 * the name it opens with. Only an article with at least CREDIT_BELOW_PAIRS such pairs is read this way.
 */
export function creditSentencesBelow(sentences: readonly Sentence[]): Map<number, CapitalRun> {
  const found = new Map<number, CapitalRun>();
  for (const i of sentences.keys()) {
    // ("“…” ¶ Dr Ann Hale, a lecturer, said: ¶ “…”": a sentence closing on a colon brings in the quote under it,
    // so it credits none above.)
    if (!quoteOnlyBefore(sentences, i) || sentences[i]?.tokens.at(-1)?.text === ':') continue;
    const run = namedSentenceRun(sentences, i);
    if (run !== null) found.set(i, run);
  }
  // "Tom Hale said the farm was struggling. ¶ “…” ¶ For Ann Hale, the answer is simple. ¶ “…”": when the first
  // quotation of the chain has such a sentence above it too, each sentence brings in the quotation below it.
  const [first] = found.keys();
  if (first === undefined || found.size < CREDIT_BELOW_PAIRS) return new Map();
  const quoted = (sentences[first]?.paragraph ?? 0) - 1;
  const above = sentences.findIndex((s) => s.paragraph === quoted) - 1;
  // ("In closing, Adv. Ana Ruiz for the residents:" over the first: so does a lead-in naming its speaker, heading or
  // not, as a live blog printed newest first sets each one over its quote.)
  return above >= 0 &&
    (namedSentenceRun(sentences, above) !== null ||
      namesSomebodyInFull(sentences, above) ||
      namingLeadIn(sentences[above]))
    ? new Map()
    : found;
}

/** Whether a sentence closes with a colon and names somebody in full ("In closing, Ana Ruiz for the residents:"). */
function namingLeadIn(sentence: Sentence | undefined): boolean {
  const tokens = sentence?.tokens ?? [];
  return (
    tokens[tokens.length - 1]?.text === ':' &&
    (sentence?.runs ?? []).some((r) => r.kind === 'name' && r.name.length >= 2)
  );
}

/**
 * Whether the body paragraph ending with sentence `last` names somebody in full with no quotation ("Ann Hale, 67, has
 * lived here since 1979. She remembers the last flood."): a lead-in to the quote below it.
 */
function namesSomebodyInFull(sentences: readonly Sentence[], last: number): boolean {
  const paragraph = sentences[last]?.paragraph;
  const own = sentences.filter((s) => s.paragraph === paragraph);
  return (
    own.every((s) => s.kind === 'body' && s.tokens.every((t) => t.kind !== 'quote')) &&
    own.some((s) => s.runs.some((r) => r.kind === 'name' && r.name.length >= 2 && r.from < CREDIT_NAME_START))
  );
}

/**
 * The name a paragraph of one body sentence without quotation opens with (within CREDIT_NAME_START tokens), as a
 * credit under a quote or a lead-in over one has it; null when sentence `i` is no such paragraph.
 */
function namedSentenceRun(sentences: readonly Sentence[], i: number): CapitalRun | null {
  const sentence = sentences[i];
  if (sentence === undefined || sentence.kind !== 'body') return null;
  const p = sentence.paragraph;
  if (sentences[i - 1]?.paragraph === p || sentences[i + 1]?.paragraph === p) return null;
  if (sentence.tokens.some((t) => t.kind === 'quote')) return null;
  const run = sentence.runs.find((r) => r.kind === 'name' && r.name.length >= 2);
  return run === undefined || run.from >= CREDIT_NAME_START ? null : run;
}
