// The attribution rules: an ordered table, each rule a named function from a quotation (where it sits among the
// writer's sentences) to its speaker, or null to pass it on. The first rule that answers decides.
import type { Article } from '../corpus/types.ts';
import { creditRun, isSpeechVerbAt } from './evidence.ts';
import { lowerAt } from './frames.ts';
import { CREDIT_FRAMES, DETERMINERS, ROLE_MODIFIERS, SPEECH_NOUNS, TITLE_MODIFIERS } from './lexicon.ts';
import type { Slot } from './coreference.ts';
import { isRoleHead } from './names.ts';
import { type Cue, cueText, DASHES, mainCue, type SentenceState, spanText } from './clauses.ts';

export type AttributionMethod =
  | 'after'
  | 'before'
  | 'final'
  | 'headline'
  | 'colon'
  | 'same-paragraph'
  | 'credit'
  | 'continuation'
  | 'lead-in'
  | 'later-in-paragraph'
  | 'subject-before'
  | 'none';

export interface Attribution {
  /** Id of the person in the registry, or null when the speaker is unknown or not a person. */
  speaker: string | null;
  /** The writer's words that name the speaker ("he said", "said the former Danish prime minister"). */
  cue: string | null;
  method: AttributionMethod;
}

/** Where a quotation sits: the sentence and token of its first and last piece (it may run over sentences). */
export interface QuotePlace {
  quote: number;
  first: { state: SentenceState; index: number };
  last: { state: SentenceState; index: number };
}

/** What the rules read: the article's sentences and what has been decided so far, in reading order. */
export interface AttributionContext {
  article: Article;
  states: readonly SentenceState[];
  /** Attributions of the quotes before this one. */
  done: ReadonlyMap<number, Attribution>;
  /** Who was speaking at the end of each paragraph read so far; absent when nobody was. */
  paragraphSpeaker: ReadonlyMap<number, string | null>;
}

export interface AttributionRule {
  name: AttributionMethod;
  /** The form the rule reads, as a writer would put it. */
  form: string;
  apply: (context: AttributionContext, place: QuotePlace) => Attribution | null;
}

export function fromCue(article: Article, state: SentenceState, cue: Cue, method: AttributionMethod): Attribution {
  return { speaker: cue.subject?.entity ?? null, cue: cueText(article, state, cue), method };
}

/** "…," said X / "…," X said / "…," the ministry said: a speech verb or speaker phrase right after the quote. */
export function speakerRightAfter(context: AttributionContext, { last }: QuotePlace): Attribution | null {
  const tokens = last.state.sentence.tokens;
  let k = last.index + 1;
  if (tokens[k]?.text === ',' || DASHES.has(tokens[k]?.text ?? '')) k++;
  // "…," the Prime Minister wrote: the capitalised role's phrase starts after its article.
  const phraseStarts = (from: number): boolean => from === k || (from === k + 1 && lowerAt(tokens, k) === 'the');
  for (const cue of last.state.cues) {
    if (cue.inverted && cue.verb === k) return fromCue(context.article, last.state, cue, 'after');
    if (!cue.inverted && cue.np !== null && phraseStarts(cue.np.from))
      return fromCue(context.article, last.state, cue, 'after');
  }
  return null;
}

/**
 * “…,” ¶ said Smith: a quote closing its paragraph on a comma, whose attribution the page broke onto the next line.
 * The next paragraph must open with the speech verb or its speaker phrase.
 */
export function speakerOnNextLine(context: AttributionContext, { last }: QuotePlace): Attribution | null {
  const tokens = last.state.sentence.tokens;
  const quote = tokens[last.index];
  if (!quote || last.index !== tokens.length - 1) return null;
  const inside = context.article.text.slice(quote.start, quote.end).replace(/[\s"'“”‘’]+$/u, '');
  if (!inside.endsWith(',')) return null;
  const next = context.states[last.state.sentence.index + 1];
  if (!next || next.sentence.paragraph !== last.state.sentence.paragraph + 1) return null;
  for (const cue of next.cues) {
    if ((cue.inverted && cue.verb === 0) || (!cue.inverted && cue.np?.from === 0))
      return fromCue(context.article, next, cue, 'after');
  }
  return null;
}

/** X said "…" / X described it as "…" / X told AFP: "…": the nearest speech verb earlier in the sentence. */
export function speakerBefore(context: AttributionContext, { first }: QuotePlace): Attribution | null {
  const before = first.state.cues.filter((c) => c.verb < first.index).sort((a, b) => b.verb - a.verb);
  for (const cue of before) {
    if (cue.subject !== null || cue.blocking) return fromCue(context.article, first.state, cue, 'before');
  }
  return null;
}

/** "…" and more, the minister said: an attribution closing the sentence after a comma, no quote between. */
export function speakerClosingSentence(context: AttributionContext, { last }: QuotePlace): Attribution | null {
  const tokens = last.state.sentence.tokens;
  const after = last.state.cues.filter(
    (c) => c.verb > last.index && !tokens.slice(last.index + 1, c.verb).some((t) => t.kind === 'quote'),
  );
  const final = after[after.length - 1];
  if (!final || (final.subject === null && !final.blocking)) return null;
  const startOf = Math.min(final.verb, final.np?.from ?? final.verb);
  return tokens[startOf - 1]?.text === ',' ? fromCue(context.article, last.state, final, 'final') : null;
}

/** A headline's "…" – Rasmussen: a name right after a dash. */
export function headlineDash(_context: AttributionContext, { last }: QuotePlace): Attribution | null {
  const dash = last.state.sentence.tokens[last.index + 1];
  if (!dash || !DASHES.has(dash.text)) return null;
  const slot = last.state.slots.find((s) => s.from === last.index + 2 && s.kind === 'name');
  return slot ? { speaker: slot.entity, cue: `${dash.text} ${slot.text}`, method: 'headline' } : null;
}

/** Rasmussen: "…" / He: "…": a name, pronoun or role right before a colon that opens the quote. */
export function speakerColon(_context: AttributionContext, { first }: QuotePlace): Attribution | null {
  const tokens = first.state.sentence.tokens;
  if (tokens[first.index - 1]?.text !== ':') return null;
  let end = first.index - 1;
  // A roundup's "Name (Team): “…”": the bracket says whom the speaker plays or works for.
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open > 0 && tokens[open]?.text !== '(') open--;
    if (open > 0 && end - open <= 8) end = open;
  }
  const slot = first.state.slots.find(
    (s) => s.to === end && (s.kind === 'name' || s.kind === 'pronoun' || s.kind === 'role'),
  );
  if (slot) return { speaker: slot.entity, cue: `${slot.text}:`, method: 'colon' };
  // "Smith was blunt: “…”", "Okoye’s message was simple: “…”": the sentence's subject introduces the quote.
  const subject = colonSubject(first.state);
  return subject === null ? null : { speaker: subject.entity, cue: `${subject.text} …:`, method: 'colon' };
}

/**
 * The subject of a sentence that ends in a colon introducing a quote, with no speech verb of its own: a person or
 * organisation the reader resolved, not the owner of something else ("Smith’s lawyer was blunt:") unless what it
 * owns is something said ("Smith’s message was:").
 */
export function colonSubject(state: SentenceState): Slot | null {
  const subject = state.subject;
  if (subject === null || subject.entity === null || state.cues.length > 0) return null;
  if (subject.kind !== 'name' && subject.kind !== 'pronoun' && subject.kind !== 'role') return null;
  const tokens = state.sentence.tokens;
  const owner = tokens[subject.to - 1]?.possessive === true;
  if (owner && !SPEECH_NOUNS.has(lowerAt(tokens, subject.to))) return null;
  return subject;
}

/** A quote that opens its sentence, with no speech verb in the sentence(s) it sits in: others may speak for it. */
function standsAlone({ first, last }: QuotePlace): boolean {
  const opensSentence = first.state.sentence.tokens.slice(0, first.index).every((t) => t.kind === 'punct');
  return first.state.cues.length === 0 && last.state.cues.length === 0 && opensSentence;
}

/**
 * Who is speaking at the end of the sentences of `paragraph` before sentence `before`: the main speech verb of
 * the latest sentence that has one, or the speaker of its quotes.
 */
export function speakingBefore(
  context: AttributionContext,
  paragraph: number,
  before: number,
): { speaker: string | null; cue: string | null } | null {
  for (let i = before - 1; i >= 0; i--) {
    const state = context.states[i];
    if (!state || state.sentence.paragraph !== paragraph) break;
    const cue = mainCue(state);
    if (cue) return { speaker: cue.subject?.entity ?? null, cue: cueText(context.article, state, cue) };
    const said = state.sentence.tokens.flatMap((t) =>
      t.kind === 'quote' && t.quote !== undefined && context.done.has(t.quote) ? [context.done.get(t.quote)] : [],
    );
    const lastSaid = said[said.length - 1];
    if (lastSaid) return { speaker: lastSaid.speaker, cue: lastSaid.cue };
  }
  return null;
}

/** "…," he said. "…": somebody already speaking earlier in the paragraph goes on. */
export function sameParagraphSpeaker(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const current = speakingBefore(context, place.first.state.sentence.paragraph, place.first.state.sentence.index);
  return current ? { ...current, method: 'same-paragraph' } : null;
}

const CREDIT_CLOSERS = new Set(['on', 'after', 'about', 'before', 'when', 'following', 'in', 'at', 'during', 'to']);

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
    state = next;
    k = 0;
  }
  const tokens = state.sentence.tokens;
  if (DASHES.has(tokens[k]?.text ?? '')) k++;
  const frame = CREDIT_FRAMES.find((f) => f.every((w, i) => lowerAt(tokens, k + i) === w));
  if (crossed && frame === undefined) return null;
  const from = k + (frame?.length ?? 0);
  for (let j = from; j < Math.min(tokens.length, from + 7); j++) {
    const slot = state.slots.find((s) => s.kind === 'name' && s.from === j);
    // A possessive name owns the role that follows ("United's manager …"): the speaker is named after it.
    if (slot && tokens[slot.to - 1]?.possessive) {
      j = slot.to - 1;
      continue;
    }
    if (slot) {
      const next = tokens[slot.to];
      const closes = next === undefined || next.kind === 'punct' || CREDIT_CLOSERS.has(next.lower);
      // A credited name not known as a person still stops the quote from continuing an earlier speaker.
      return closes
        ? { speaker: slot.entity, cue: spanText(context.article, tokens, k, slot.to), method: 'credit' }
        : null;
    }
    const t = tokens[j];
    if (t?.kind !== 'word' || isSpeechVerbAt(tokens, j)) return null;
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

/** A dash credit line opening the next paragraph ("– Smith on the result") names the quote above it. */
export function creditLineBelow(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const paragraph = place.first.state.sentence.paragraph;
  const state = context.states.find((s) => s.sentence.paragraph === paragraph + 1);
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

/** How far ahead in its paragraph a quote standing alone looks for the speaker of the next quote. */
const LATER_SENTENCES = 2;

/**
 * “This is terrible.” Brown paused. “But we will rebuild,” she said: a quote standing alone at the start of its
 * paragraph's talk goes to the speaker of the next quote of the paragraph, when no other speech verb comes between.
 */
export function laterInParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const start = place.last.state.sentence.index;
  const paragraph = place.last.state.sentence.paragraph;
  for (let i = start + 1; i <= start + LATER_SENTENCES; i++) {
    const state = context.states[i];
    if (!state || state.sentence.paragraph !== paragraph) return null;
    const tokens = state.sentence.tokens;
    const quoteAt = tokens.findIndex((t) => t.kind === 'quote');
    const quote = quoteAt < 0 ? undefined : tokens[quoteAt]?.quote;
    if (quote === undefined) {
      if (state.cues.length > 0) return null;
      continue;
    }
    const at = { state, index: quoteAt };
    const later: QuotePlace = { quote, first: at, last: at };
    const answer =
      speakerRightAfter(context, later) ?? speakerBefore(context, later) ?? speakerClosingSentence(context, later);
    if (answer === null || answer.speaker === null) return null;
    return { speaker: answer.speaker, cue: answer.cue, method: 'later-in-paragraph' };
  }
  return null;
}

/**
 * “Smith was defiant. “We will not give up.””: a quote standing alone right after a sentence of its paragraph that
 * has no speech verb and names one person, its subject, goes to that person.
 */
export function subjectBefore(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const before = context.states[place.first.state.sentence.index - 1];
  if (!before || before.sentence.paragraph !== place.first.state.sentence.paragraph) return null;
  if (before.cues.length > 0 || before.sentence.tokens.some((t) => t.kind === 'quote')) return null;
  const subject = before.subject;
  if (subject === null || subject.entity === null || subject.kind === 'desc' || subject.kind === 'other') return null;
  if (before.sentence.tokens[subject.to - 1]?.possessive === true) return null;
  // Every name counts, known or not: "Okafor met harbour master Ben Ruiz" is about two people.
  const unknownName = (x: Slot): boolean =>
    (x.kind === 'name' || (x.kind === 'other' && x.text.includes(' '))) && x.from >= subject.to;
  const named = new Set(before.slots.flatMap((x) => (x.entity !== null ? [x.entity] : unknownName(x) ? [x.text] : [])));
  if (named.size !== 1) return null;
  return { speaker: subject.entity, cue: subject.text, method: 'subject-before' };
}

/** How many caption or teaser lines may stand between "She said:" and the quote it introduces. */
const LINES_BETWEEN = 2;

/**
 * The paragraph whose speaker a quote paragraph continues: the one before it, or — past a photo caption or a
 * "Read more" line the page put between them — the last body paragraph, when it ends in a colon ("She said:").
 */
export function introducingParagraph(context: AttributionContext, paragraph: number): number | null {
  if (context.paragraphSpeaker.has(paragraph - 1)) return paragraph - 1;
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - 1 - LINES_BETWEEN); p--) {
    const states = context.states.filter((s) => s.sentence.paragraph === p);
    if (states.length === 0) continue;
    if (states.every((s) => s.sentence.kind === 'heading')) continue;
    const last = states[states.length - 1]?.sentence;
    const closesWithColon = last?.kind === 'body' && last.tokens[last.tokens.length - 1]?.text === ':';
    return closesWithColon && context.paragraphSpeaker.has(p) ? p : null;
  }
  return null;
}

/** A paragraph that is a quote with no attribution of its own continues the previous paragraph's speaker. */
export function continuesPreviousParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const { first } = place;
  const paragraph = first.state.sentence.paragraph;
  const startsParagraph =
    context.states.find((s) => s.sentence.paragraph === paragraph) === first.state && first.index === 0;
  const previous = introducingParagraph(context, paragraph);
  if (!startsParagraph || previous === null) return null;
  const speaker = context.paragraphSpeaker.get(previous) ?? null;
  // Speech verbs later in the paragraph only allow it when they report the same speaker going on ("“…” He
  // said the plan would work."), not somebody else answering.
  const others = context.states.some(
    (s) => s.sentence.paragraph === paragraph && s.cues.some((c) => speaker === null || c.subject?.entity !== speaker),
  );
  if (others) return null;
  return { speaker, cue: null, method: 'continuation' };
}

/**
 * A quote paragraph under a paragraph whose last sentence ends in a colon with no speech verb ("Smith was blunt
 * about the plan:"): that sentence's subject speaks.
 */
export function leadInParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const { first } = place;
  const paragraph = first.state.sentence.paragraph;
  const opens = context.states.find((s) => s.sentence.paragraph === paragraph) === first.state && first.index === 0;
  const before = context.states[first.state.sentence.index - 1];
  if (!opens || !before || before.sentence.paragraph !== paragraph - 1 || before.sentence.kind === 'title') return null;
  const tokens = before.sentence.tokens;
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const subject = colonSubject(before);
  return subject === null ? null : { speaker: subject.entity, cue: `${subject.text} …:`, method: 'lead-in' };
}

/** The rules in the order they are tried: the writer's own words next to the quote first, context last. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  { name: 'after', form: '“…,” said X / “…,” X said', apply: speakerRightAfter },
  { name: 'after', form: '“…,” ¶ said X (the line broken after the quote)', apply: speakerOnNextLine },
  { name: 'before', form: 'X said “…” / X told AFP: “…”', apply: speakerBefore },
  { name: 'final', form: '“…” and more, the minister said', apply: speakerClosingSentence },
  { name: 'headline', form: '‘…’ – X', apply: headlineDash },
  { name: 'colon', form: 'X: “…”', apply: speakerColon },
  { name: 'same-paragraph', form: '“…,” he said. “…”', apply: sameParagraphSpeaker },
  { name: 'credit', form: '“…” Villa manager Dean Smith on the draw', apply: creditInline },
  { name: 'credit', form: '“…” ¶ – Smith on the result', apply: creditLineBelow },
  { name: 'later-in-paragraph', form: '“…” X paused. “…,” she said', apply: laterInParagraph },
  { name: 'subject-before', form: 'X was defiant. “…”', apply: subjectBefore },
  { name: 'continuation', form: 'X said: ¶ “…”', apply: continuesPreviousParagraph },
  { name: 'lead-in', form: 'X was blunt about the plan: ¶ “…”', apply: leadInParagraph },
];

export const UNRESOLVED: Attribution = { speaker: null, cue: null, method: 'none' };

/** The first answer of the rules, in order; unresolved when none answers. */
export function applyRules(
  context: AttributionContext,
  place: QuotePlace,
  rules: readonly AttributionRule[] = ATTRIBUTION_RULES,
): Attribution {
  for (const rule of rules) {
    const answer = rule.apply(context, place);
    if (answer !== null) return answer;
  }
  return UNRESOLVED;
}
