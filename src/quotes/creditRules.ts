// Attribution rules for a roundup's credit: the speaker named right after a quote standing alone ("“…” Villa
// manager Dean Smith on the draw") or on a dash line under its paragraph ("– Smith on the result").
import { isSpeechVerbAt } from './evidence.ts';
import { subjectAppositiveEnd } from './verbReach.ts';
import { creditRun, creditSentencesBelow } from './layoutRuns.ts';
import { wordsAt } from './frames.ts';
import {
  CREDIT_CLOSERS,
  CREDIT_FRAMES,
  DAYS_MONTHS,
  DETERMINERS,
  OWNED_WORDS_FRAMES,
  QUOTE_CREDIT_FRAMES,
  ROLE_MODIFIERS,
  SPEECH_NOUNS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import { isRoleHead } from './rolePhrases.ts';
import {
  cameFromEnds,
  DASHES,
  mainCue,
  ownsQuoteBefore,
  ownsWordsInFrame,
  type SentenceState,
  spanText,
} from './clauses.ts';
import type { Article } from '../corpus/types.ts';
import type { CapitalRun } from './names.ts';
import { closesOnQuestion, type Token } from './tokens.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';
import { namesNobody, paragraphStates, standsAlone } from './contextRules.ts';
import { quotationOnly } from './frames.ts';

/** Whether a token is "that" with a copula's ending ("That's"), the tokenizer's one word for "that is". */
export function isContractedDemonstrative(token: Token | undefined): boolean {
  return token?.lower === 'that' && token.possessive === true;
}

/** Credit frames of a demonstrative and a copula alone: the name after them must close its clause. */
export const BARE_CREDIT_FRAMES: readonly string[][] = ['that was', 'that is'].map((f) => f.split(' '));

/** Words after the name a bare frame credits that still close the credit ("That was Varga again, …"). */
export const BARE_FRAME_CLOSERS: ReadonlySet<string> = new Set([
  ...['again', 'too', 'also', 'herself', 'himself', 'back', 'last', 'yesterday', 'earlier', 'now'],
]);

/** Most paragraphs of quotation only between a quote paragraph and the frame under them that credits them all. */
export const QUOTE_RUN_PARAGRAPHS = 2;

/** Marks that may open a credit right after its quote: a dash ("“…” – Smith"), a bracket ("“…” (Smith, role)"). */
const CREDIT_OPENERS = new Set([...DASHES, '(']);

/**
 * A roundup's credit right after a quote that opens its sentence: up to six role words, then a name, no verb
 * between ("“…” Aston Villa manager Dean Smith", "“…” Hazard's coach Ana Ruiz on the win").
 */
export function creditInline(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  let state = place.last.state;
  let k = place.last.index + 1;
  // A quote ending in a stop closes its sentence: the credit is then the next one of the paragraph.
  // A quote paragraph may be credited by the paragraph after it, when that opens with a frame ("That was …").
  let crossed = false;
  if (k >= state.sentence.tokens.length) {
    const next = context.states[state.sentence.index + 1];
    if (!next) return null;
    crossed = next.sentence.paragraph !== state.sentence.paragraph;
    if (crossed && next.sentence.paragraph !== state.sentence.paragraph + 1) return null;
    k = 0;
    // ("“…” ¶ “…” ¶ That is NAME, in the first of …": a frame under a run of quotation paragraphs credits each.)
    const past = crossed ? pastQuotationRun(context, place, next) : next;
    if (past === null) return null;
    state = crossed ? (pastScene(context, place, past) ?? past) : past;
  }
  const tokens = state.sentence.tokens;
  if (CREDIT_OPENERS.has(tokens[k]?.text ?? '')) k++;
  // "Those were NAME’s last words": the name owning what was said.
  // ("“Utter nonsense,” was Mr Ode’s response": the name owning what was said, right after the quote.)
  // ("“…,” was his only comment", "That was her verdict": or the one a possessive pronoun there stands for.)
  const owner = state.slots.find(
    (s) =>
      (s.kind === 'name' || s.kind === 'pronoun') &&
      (k === 0 ? ownsWordsInFrame(tokens, s.from, s.to) : ownsQuoteBefore(tokens, k, s.from, s.to)),
  );
  if (owner) return { speaker: owner.entity, cue: spanText(context.article, tokens, k, owner.to), method: 'credit' };
  // Right after the quote in its own sentence, "was the verdict of"; opening the next one, "That was the message from".
  const frames = k === 0 ? CREDIT_FRAMES : [...CREDIT_FRAMES, ...QUOTE_CREDIT_FRAMES];
  // ("That was the warning from the far end of the hall from NAME": a noun of something said, then "from" or "of",
  // however the words between say where.)
  // ("The comment, called out from the last row, came from NAME": or the noun alone, and the verb of where it came from.)
  for (const after of k === 0 ? [...speechNounFrameEnds(tokens), ...cameFromEnds(tokens)] : []) {
    const credited = creditedName(context.article, state, k, after, true);
    if (credited !== null) return credited;
  }
  const frame = frameAt(tokens, k, frames);
  if (crossed && frame === undefined) return null;
  // ("That is how NAME described the autumn": after "how", the name must go on to say how it was put; not "That is how
  // NAME likes to run the harbour".)
  if (frame?.at(-1) === 'how' && !describedAfterName(state, k + frame.length)) return null;
  // ("That is NAME, in the first of …": a frame of a demonstrative and a copula alone credits a name closing its
  // clause, not one running on into a noun, "That is Alex Ferguson territory".)
  // ("That's NAME, peering at …": so is "That's" alone, the bare frame in one token.)
  const bare =
    (k === 0 && isContractedDemonstrative(tokens[0]) && frame?.length === 1) ||
    (frame !== undefined && BARE_CREDIT_FRAMES.some((f) => f.join(' ') === frame.join(' ')));
  return creditedName(context.article, state, k, k + (frame?.length ?? 0), frame !== undefined && !bare, bare);
}

/**
 * The name credited by the words from token `from` on (up to seven, role words only before it), the cue from token
 * `k`; `framed` when a frame stands before it, which credits the name whatever follows. Null when none is.
 */
export function creditedName(
  article: Article,
  state: SentenceState,
  k: number,
  from: number,
  framed: boolean,
  bare = false,
): Attribution | null {
  const tokens = state.sentence.tokens;
  for (let j = from; j < Math.min(tokens.length, from + 7); j++) {
    const slot = state.slots.find((s) => s.kind === 'name' && s.from === j);
    // A possessive name owns the role that follows ("United's manager …"): the speaker is named after it.
    if (slot && tokens[slot.to - 1]?.possessive) {
      j = slot.to - 1;
      continue;
    }
    if (slot) {
      const next = tokens[slot.to];
      // ("That was the response from the Berg family": a group a surname names is nobody of that name, and the
      // credit still says the words are not whoever the sentences before name.)
      if (NAMED_GROUP_NOUNS.has(next?.lower ?? ''))
        return { speaker: null, cue: spanText(article, tokens, k, slot.to + 1), method: 'credit' };
      // After a frame ("That was the message from Governor Ellen Price as the storm …") the frame itself credits
      // the name, whatever follows it; a bare credit must close with the name or a word that ends a credit.
      // ("That was Varga again, …", "That is NAME speaking": after a bare frame, a word of the speaking too.)
      const speaking = bare && (BARE_FRAME_CLOSERS.has(next?.lower ?? '') || /ing$/u.test(next?.lower ?? ''));
      const closes =
        framed || next === undefined || next.kind === 'punct' || CREDIT_CLOSERS.has(next.lower) || speaking;
      // A credited name not known as a person still stops the quote from continuing an earlier speaker.
      return closes ? { speaker: slot.entity, cue: spanText(article, tokens, k, slot.to), method: 'credit' } : null;
    }
    const t = tokens[j];
    if (t?.kind !== 'word' || isSpeechVerbAt(tokens, j)) return null;
    // ("That was the message from Harbour Lifeboat Station duty coxswain NAME": after a frame, the words of a role
    // phrase that ends right before a name, its field in lower case among them.)
    if (framed && !t.capital && fieldOfRoleBeforeName(state, j)) continue;
    // Only the words of a role may stand before the credited name ("Villa manager", "the former coach"), not
    // a clause ("read the banner above Berg").
    const roleWord =
      t.capital ||
      t.possessive === true ||
      DETERMINERS.has(t.lower) ||
      isRoleHead(t.lower) ||
      ROLE_MODIFIERS.has(t.lower) ||
      TITLE_MODIFIERS.has(t.lower);
    if (!roleWord) return null;
  }
  return null;
}

/** Whether the lower-case word at token j opens a role's words that a name follows ("incident controller NAME"). */
function fieldOfRoleBeforeName(state: SentenceState, j: number): boolean {
  const name = state.slots.find((s) => s.kind === 'name' && s.from > j && s.from <= j + FIELD_ROLE_WORDS);
  if (name === undefined) return false;
  const words = state.sentence.tokens.slice(j, name.from);
  const head = words.at(-1);
  return head !== undefined && isRoleHead(head.lower) && words.every((w) => w.kind === 'word' && !w.capital);
}

/** Most lower-case words of a role's field and head between a frame's body and the name ("incident controller"). */
const FIELD_ROLE_WORDS = 3;

/** How many words may stand between a frame's noun of something said and its "from" or "of". */
const SPEECH_NOUN_FRAME_GAP = 8;

/**
 * Where the name may start after "That was the warning from the far end of the hall from": an opening of
 * OWNED_WORDS_FRAMES ("that was", "those were"), "the", a noun of SPEECH_NOUNS, then, within SPEECH_NOUN_FRAME_GAP
 * words of lower case or days' and months' names (no mark, no speech verb, no role noun), each "from" or "of"; the
 * token after each, in order.
 */
export function speechNounFrameEnds(tokens: Token[]): number[] {
  const opening = OWNED_WORDS_FRAMES.find((f) => wordsAt(tokens, 0, f));
  if (opening === undefined || tokens[opening.length]?.lower !== 'the') return [];
  const noun = opening.length + 1;
  if (!SPEECH_NOUNS.has(tokens[noun]?.lower ?? '')) return [];
  const ends: number[] = [];
  for (let j = noun + 1; j <= noun + SPEECH_NOUN_FRAME_GAP; j++) {
    const t = tokens[j];
    // ("That was the reply on Monday from NAME": a day's or a month's name is no capital that ends it.)
    if (t?.kind !== 'word' || (t.capital && !DAYS_MONTHS.has(t.lower)) || isSpeechVerbAt(tokens, j)) break;
    // ("the message from the widow of NAME": a person in between is who it came from, not the name after.)
    if (isRoleHead(t.lower)) break;
    if (t.lower === 'from' || t.lower === 'of') ends.push(j + 1);
  }
  return ends;
}

/** Nouns after a surname that make it a group's name, not a person's: "the Berg family", "the Hale camp". */
export const NAMED_GROUP_NOUNS: ReadonlySet<string> = new Set([
  ...['family', 'families', 'household', 'clan', 'camp', 'estate', 'brothers', 'sisters', 'twins'],
]);

/**
 * "“…” ¶ The blight shows first as pale rings in the barley. ¶ That is how NAME describes …": under a lone quote
 * paragraph, a paragraph of the writer's that names nobody and reports nobody's words (namesNobody) may stand before
 * the one whose frame credits the quote. The first sentence of that next paragraph when it opens with a "That is how"
 * frame (opensWithHowFrame); null otherwise.
 */
function pastScene(context: AttributionContext, place: QuotePlace, below: SentenceState): SentenceState | null {
  const paragraph = below.sentence.paragraph;
  const own = place.first.state.sentence.paragraph;
  if (!paragraphStates(context, own).every((s) => quotationOnly(s.sentence))) return null;
  // (Not a quote going on from a speaker the paragraph above names, or from the person it is about: "Farmer NAME
  // walked her field … ¶ “…” ¶ … ¶ That is how NAME2 …".)
  if ((context.paragraphSpeaker.get(own - 1) ?? null) !== null) return null;
  const above = paragraphStates(context, own - 1).at(-1)?.subject;
  if (above?.kind === 'name' && above.entity !== null) return null;
  if (opensWithFrame(below.sentence.tokens) || !namesNobody(context, paragraph)) return null;
  const after = context.states.find((s) => s.sentence.paragraph > paragraph);
  if (after === undefined || after.sentence.paragraph !== paragraph + 1) return null;
  return opensWithHowFrame(after.sentence.tokens) ? after : null;
}

/**
 * Whether a sentence opens with a frame saying how the words were put ("That is how", "That's how"): past a paragraph
 * of scene, "That was the message from NAME" may point at the scene, not the quote.
 */
function opensWithHowFrame(tokens: readonly Token[]): boolean {
  return frameAt(tokens, 0, CREDIT_FRAMES)?.at(-1) === 'how';
}

/** Whether a sentence opens with a credit frame ("That is how", "That was the message from", "That's"). */
function opensWithFrame(tokens: readonly Token[]): boolean {
  return frameAt(tokens, 0, CREDIT_FRAMES) !== undefined;
}

/**
 * The credit frame of `frames` at token k, as words; at a sentence's opening, "That's" is the bare frame "that" in
 * one token ("That's NAME, peering at …"), and with "how" after it the frame "that how" ("That's how NAME put it").
 */
function frameAt(tokens: readonly Token[], k: number, frames: readonly string[][]): readonly string[] | undefined {
  if (k === 0 && isContractedDemonstrative(tokens[0])) return tokens[1]?.lower === 'how' ? ['that', 'how'] : ['that'];
  return frames.find((f) => wordsAt(tokens, k, f));
}

/**
 * The paragraph under a run of paragraphs of quotation only, from `below`, the first sentence of the paragraph right
 * under the quote's: `below` itself unless its paragraph is quotation only, then the next paragraph's, past at most
 * QUOTE_RUN_PARAGRAPHS of them ("“…” ¶ “…” ¶ That is NAME", "“…” ¶ “…” ¶ – NAME, the manager"); null when a gap in
 * the paragraphs ends the run. Not past any when the paragraph above the quote's has a speaker the quote may go on
 * from, nor when the quote asks a question the next paragraph answers.
 */
function pastQuotationRun(context: AttributionContext, place: QuotePlace, below: SentenceState): SentenceState | null {
  const own = below.sentence.paragraph - 1;
  const goesOn = (context.paragraphSpeaker.get(own - 1) ?? null) !== null;
  const asks = closesOnQuestion(place.last.state.sentence.tokens[place.last.index]?.text ?? '');
  let state = below;
  for (let hops = 0; !goesOn && !asks && hops < QUOTE_RUN_PARAGRAPHS; hops++) {
    const paragraph = state.sentence.paragraph;
    if (!paragraphStates(context, paragraph).every((s) => quotationOnly(s.sentence))) break;
    const after = context.states.find((s) => s.sentence.paragraph > paragraph);
    if (after === undefined || after.sentence.paragraph !== paragraph + 1) return null;
    state = after;
  }
  return state;
}

/**
 * A dash credit line opening the next paragraph ("– Smith on the result") names the quote above it, and each
 * paragraph of quotation only in a run above it (pastQuotationRun) that a lead-in closing on a colon opens ("The
 * manager first:" ¶ "“…”" ¶ "“…”" ¶ "– NAME"); under any other sentence of the writer's, the first paragraph of the
 * run may be the words of whom or what that sentence is about ("The notice on the door was short." ¶ "“Closed.”").
 */
export function creditLineBelow(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const paragraph = place.first.state.sentence.paragraph;
  const below = context.states.find((s) => s.sentence.paragraph === paragraph + 1);
  const leadIn = context.states[place.first.state.sentence.index - 1]?.sentence.tokens.at(-1)?.text === ':';
  const state = below === undefined ? null : leadIn ? pastQuotationRun(context, place, below) : below;
  const run = state ? creditRun(state.sentence) : null;
  if (!state || run === null) return null;
  const slot = state.slots.find((s) => s.kind === 'name' && s.from === run.from);
  if (!slot || slot.entity === null) return null;
  return {
    speaker: slot.entity,
    cue: spanText(context.article, state.sentence.tokens, 0, slot.to),
    method: 'credit',
  };
}

/** Each article's credit sentences under its quotes (creditSentencesBelow), read once per article. */
const creditsBelowOf = new WeakMap<readonly SentenceState[], Map<number, CapitalRun>>();

/**
 * “…” ¶ Rovers manager Ana Ruiz was adamant the goal had not crossed the line.: in a roundup that prints each quote
 * first and the person under it (creditSentencesBelow), a paragraph of quotation only goes to the person the
 * sentence under it opens with.
 */
export function creditSentenceBelow(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  let credits = creditsBelowOf.get(context.states);
  if (credits === undefined) {
    credits = creditSentencesBelow(context.states.map((s) => s.sentence));
    creditsBelowOf.set(context.states, credits);
  }
  if (credits.size === 0) return null;
  const paragraph = place.last.state.sentence.paragraph;
  const state = context.states.find((s) => s.sentence.paragraph === paragraph + 1);
  const run = state === undefined ? undefined : credits.get(state.sentence.index);
  if (state === undefined || run === undefined) return null;
  const slot = state.slots.find((s) => s.kind === 'name' && s.from <= run.from && s.to > run.from);
  if (!slot || slot.entity === null) return null;
  return { speaker: slot.entity, cue: spanText(context.article, state.sentence.tokens, 0, slot.to), method: 'credit' };
}

/** Most role words before the name in a bracketed credit ("(Foreign Minister of Corland Name)"). */
const BRACKET_ROLE_WORDS = 6;

/**
 * A credit in brackets right after the quote at token `index`: up to six role words, then a name closing the
 * bracket or set off by a comma ("“…” (Foreign Minister Name)", "“…” (Name, role)"). Null when none.
 */
export function bracketCredit(article: Article, state: SentenceState, index: number): Attribution | null {
  const tokens = state.sentence.tokens;
  if (tokens[index + 1]?.text !== '(') return null;
  const from = index + 2;
  for (let j = from; j < Math.min(tokens.length, from + BRACKET_ROLE_WORDS + 1); j++) {
    const slot = state.slots.find((s) => s.kind === 'name' && s.from === j);
    if (slot && !tokens[slot.to - 1]?.possessive) {
      const closes = tokens[slot.to]?.text === ')' || tokens[slot.to]?.text === ',';
      return closes ? { speaker: slot.entity, cue: spanText(article, tokens, from, slot.to), method: 'credit' } : null;
    }
    if (slot) j = slot.to - 1;
    else if (tokens[j]?.kind !== 'word') return null;
  }
  return null;
}

/**
 * Words standing for the quotation before, as the object of a speech verb in the sentence under it ("“…” ¶ NAME, 57,
 * a farmer, said this while his sons …"): the verb's subject spoke the quote.
 */
export const WORDS_BACK: readonly string[][] = ['this', 'that', 'so', 'these words', 'those words'].map((w) =>
  w.split(' '),
);

/**
 * “…” ¶ NAME, a ferryman who has worked the river all his life, said this while …: a paragraph of quotation only
 * goes to the subject of the sentence opening the next paragraph, when its main speech verb takes a word standing
 * for the quote (WORDS_BACK) and nothing of its own.
 */
export function saidBackBelow(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const paragraph = place.last.state.sentence.paragraph;
  if (!paragraphStates(context, paragraph).every((s) => quotationOnly(s.sentence))) return null;
  const state = context.states[place.last.state.sentence.index + 1];
  if (state === undefined || state.sentence.paragraph !== paragraph + 1 || state.sentence.kind !== 'body') return null;
  const cue = mainCue(state);
  const tokens = state.sentence.tokens;
  if (cue === null || cue.subject === null || cue.inverted || cue.blocking) return null;
  const back = WORDS_BACK.find((w) => wordsAt(tokens, cue.verbEnd, w));
  if (back === undefined) return null;
  // ("NAME said that the levy …", "said that in May the council …": "that" opening a clause of the verb's own is no
  // word for the quote; it stands for it only closing the sentence or before a short closer. "this" may go on.)
  const next = tokens[cue.verbEnd + back.length];
  const bare = back.length === 1 && CLAUSE_OPENING_BACK.has(back[0] ?? '');
  if (bare && next !== undefined && next.text !== '.' && !shortCloserToEnd(tokens, cue.verbEnd + 1)) return null;
  if (next !== undefined && next.kind === 'word' && !BACK_CLOSERS.has(next.lower)) return null;
  return {
    speaker: cue.subject.entity,
    cue: spanText(context.article, tokens, 0, cue.verbEnd + back.length),
    method: 'credit',
  };
}

/** Words of WORDS_BACK that open a clause as often ("said that in May the council …"): they stand for a quote only
 * closing the sentence, or before a short closing phrase ("said that at the meeting."). */
export const CLAUSE_OPENING_BACK: ReadonlySet<string> = new Set(['that']);

/** Most tokens of a closing phrase after "said that" that ends the sentence ("said that at the meeting."). */
const SHORT_CLOSER_TOKENS = 5;

/** Whether a BACK_CLOSERS phrase at token k runs to the sentence's end within SHORT_CLOSER_TOKENS tokens. */
function shortCloserToEnd(tokens: Token[], k: number): boolean {
  if (!BACK_CLOSERS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + SHORT_CLOSER_TOKENS; j++) {
    const t = tokens[j];
    if (t === undefined || t.text === '.') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Words that may follow the word standing for the quote, closing the verb's object ("said this while …"). */
export const BACK_CLOSERS: ReadonlySet<string> = new Set([
  ...['while', 'as', 'when', 'after', 'before', 'on', 'in', 'at', 'to', 'from', 'outside', 'during', 'with', 'again'],
]);

/** Verbs of putting words some way, after the name a "that is how" frame credits ("That's how NAME described it"). */
export const HOW_CREDIT_VERBS: ReadonlySet<string> = new Set([
  ...['described', 'describes', 'put', 'puts', 'explained', 'explains', 'summed', 'sums', 'characterised'],
  ...['characterized', 'recalled', 'recalls', 'remembered', 'remembers', 'framed', 'frames', 'told', 'tells'],
]);

/** Whether the first name within seven tokens from `from` is followed by one of HOW_CREDIT_VERBS. */
function describedAfterName(state: SentenceState, from: number): boolean {
  const { tokens } = state.sentence;
  const slot = state.slots.find((s) => s.kind === 'name' && s.from >= from && s.from < from + 7);
  if (slot === undefined) return false;
  // ("That was how NAME, the harbour master, explained it": past an appositive set off after the name.)
  const appositive = subjectAppositiveEnd(tokens, slot.to);
  return HOW_CREDIT_VERBS.has(tokens[appositive === -1 ? slot.to : appositive + 1]?.lower ?? '');
}
