// Attribution rules that read the quotation's own sentence (or the line the page broke it onto): a speech verb
// or speaker phrase right after it, before it, closing the sentence, a headline's dash (a colon: colonRules.ts).
import { handsQuoteOver } from './handOver.ts';
import { lowerAt, wordsAt } from './frames.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { isPluralOfPeople, isRoleHead, namePhraseOpensAt, roleBefore } from './rolePhrases.ts';
import { ARTICLES, MOOD_ADJECTIVES, QUOTE_LEADS, SUBORDINATING_CONJUNCTIONS, TITLE_MODIFIERS } from './lexicon.ts';
import { isAgeWord, type Token } from './tokens.ts';
import { viewHolder } from './viewHolders.ts';
import { closingBracketAt, isSpeechVerbAt, quoteFollows, speechNounAt } from './verbReach.ts';
import { insideThingAside } from './asides.ts';
import { type Cue, DASHES, isOwnedUtterance, reports, type SentenceState } from './clauses.ts';
import { type Attribution, type AttributionContext, fromCue, type QuotePlace } from './ruleTypes.ts';
import { documentNounBefore } from './colonRules.ts';
import { bracketAfterQuote, QUOTING_AS_VERBS, recallsSpeaking } from './cues.ts';
import { quoteInWhoClause, relativeOwnSpeaker } from './relativeClauses.ts';
import { ORGANISATION_NOUNS } from './organisations.ts';

export { colonSubject, documentAuthor, READING_LEADS, sourceOfWords, speakerColon } from './colonRules.ts';

/** Where a lead handing the quote on ("is how", "That is how") ends at token k; k when there is none. */
function pastHowLead(tokens: SentenceState['sentence']['tokens'], k: number): number {
  const lead = QUOTE_LEADS.find((f) => wordsAt(tokens, k, f));
  return k + (lead?.length ?? 0);
}

/** Whether a speaker phrase starting at token `from` starts at `k`, or past an article and a few describing words. */
function phraseStartsAt(tokens: Token[], k: number, from: number): boolean {
  if (from === k || (from === k + 1 && lowerAt(tokens, k) === 'the')) return true;
  // "‘…’ Furious Hale slams referee": a word of mood before the name, as headlines set it.
  if (from === k + 1 && MOOD_ADJECTIVES.has(lowerAt(tokens, k))) return true;
  if (afterDescription(tokens, k, from)) return true;
  if (titleQualifiers(tokens, k, from)) return true;
  if (bareOccupation(tokens, k, from)) return true;
  if (possessiveOwner(tokens, k, from)) return true;
  if (bodyWithLetters(tokens, k, from)) return true;
  // "“…,” 31-year-old pilot NAME recalled": an age with no article before the phrase.
  if (from > k && isAgeWord(lowerAt(tokens, k)) && phraseStartsAt(tokens, k + 1, from)) return true;
  return (
    from > k + 1 &&
    ARTICLES.has(lowerAt(tokens, k)) &&
    from - k <= 4 &&
    tokens.slice(k + 1, from).every((t) => t.kind === 'word' && (/^\p{Ll}/u.test(t.text) || isAgeWord(t.lower)))
  );
}

/** Most words of a body's name before its letters in brackets ("Harbour Safety Investigation Board (HSIB)"). */
const BODY_NAME_WORDS = 6;

/** Lower-case words inside a body's name ("Board of Trade and Industry"). */
const BODY_NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and']);

/**
 * Whether tokens [k, from) are a body's name and its letters in brackets before the phrase: "“…,” Harbour Safety
 * Investigation Board (HSIB) Director General Dr NAME told reporters".
 */
function bodyWithLetters(tokens: Token[], k: number, from: number): boolean {
  const letters = tokens[from - 2];
  if (tokens[from - 1]?.text !== ')' || tokens[from - 3]?.text !== '(' || letters?.kind !== 'word') return false;
  if (!/^\p{Lu}{2,}$/u.test(letters.text)) return false;
  const words = tokens.slice(k, from - 3);
  return (
    words.length > 0 &&
    words.length <= BODY_NAME_WORDS &&
    words[0]?.capital === true &&
    words.every((t) => t.kind === 'word' && (t.capital || BODY_NAME_LINKS.has(t.lower)))
  );
}

/** Most words of a place or body owning the phrase after it ("New Zealand’s Prime Minister NAME"). */
const OWNER_WORDS = 3;

/**
 * Whether tokens [k, from) are a place or body owning the phrase, capitalised words closing with a possessive:
 * "“…,” Italy’s Foreign Minister NAME said", "“…,” Labour’s NAME told reporters".
 */
function possessiveOwner(tokens: Token[], k: number, from: number): boolean {
  if (from <= k || from - k > OWNER_WORDS || tokens[from - 1]?.possessive !== true) return false;
  return tokens.slice(k, from).every((t) => t.kind === 'word' && t.capital);
}

/**
 * Whether tokens [k, from) are one or two lower-case words qualifying the title a name run opens with: "“…,” former
 * MLA Jim Orr said", "acting Premier".
 */
function titleQualifiers(tokens: Token[], k: number, from: number): boolean {
  return from > k && from - k <= 2 && tokens.slice(k, from).every((t) => TITLE_MODIFIERS.has(t.lower) && !t.capital);
}

/** Most words of an occupation written before a name with no article ("marine biologist Ann Lee"). */
const OCCUPATION_WORDS = 3;

/**
 * Whether tokens [k, from) are a few lower-case words, none a function word, before the name a phrase opens with:
 * "“…,” glaciologist Ann Lee says", "“…,” marine biologist Ann Lee said".
 */
function bareOccupation(tokens: Token[], k: number, from: number): boolean {
  // ("“…,” XYZ emergency operations director Ann Lee said": the body whose role it is may open the phrase, with the
  // place of its office too: "“…,” XYZ Harbour centre scientist Ann Lee said", OWNER_WORDS at most.)
  let body = 0;
  while (body < OWNER_WORDS && tokens[k + body]?.kind === 'word' && tokens[k + body]?.capital === true) body++;
  if (from <= k + body) body = 0;
  return (
    from > k + body &&
    from - k - body <= OCCUPATION_WORDS &&
    (tokens[from]?.capital === true || (body > 0 && isRoleHead(lowerAt(tokens, from)))) &&
    // An occupation ends in a noun, not an adverb ("nearly MLA Jim Orr"; "family friend Jim Orr" is one).
    !(tokens[from - 1]?.lower ?? '').endsWith('ly') &&
    tokens.slice(k + body, from).every((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isStopWord(t.lower))
  );
}

/** Most words of a description set off before the speaker's name: "his friend", "Hale's old friend". */
export const DESCRIPTION_WORDS = 4;

/**
 * "“…,” his friend, former senator Jim Orr, said": a short description and a comma between the quote and the
 * speaker phrase, which starts right after the comma (its role, if any, included).
 */
function afterDescription(tokens: Token[], k: number, from: number): boolean {
  let comma = k;
  // A hyphenated word ("long-time") is read as its parts and hyphens.
  while (comma < from && (tokens[comma]?.kind === 'word' || tokens[comma]?.text === '-')) comma++;
  if (comma === k || comma - k > DESCRIPTION_WORDS || tokens[comma]?.text !== ',') return false;
  if (tokens.slice(k, comma).some((t) => t.capital && !t.possessive)) return false;
  return namePhraseOpensAt(tokens, from, comma + 1);
}

/**
 * "…," said X / "…," X said / "…," the ministry said: a speech verb or speaker phrase right after the quote, or
 * after words handing the quote on to it ("“…” is how X put it", "“…” That is how X put it").
 */
export function speakerRightAfter(context: AttributionContext, { first, last }: QuotePlace): Attribution | null {
  let state = last.state;
  let tokens = state.sentence.tokens;
  let k = last.index + 1;
  if (tokens[k]?.text === ',' || DASHES.has(tokens[k]?.text ?? '')) k++;
  // ("“…,” (We will stay here) said NAME": a gloss in brackets stands between the quote and its verb.)
  const gloss = tokens[k]?.text === '(' ? closingBracketAt(tokens, k, Number.POSITIVE_INFINITY) : -1;
  if (gloss !== -1 && bracketAfterQuote(tokens, gloss + 1)) k = gloss + 1;
  if (k >= tokens.length) {
    // A quote closing its sentence: only a "That is how" opening the next one in the paragraph hands it on.
    const next = context.states[state.sentence.index + 1];
    if (!next || next.sentence.paragraph !== state.sentence.paragraph || pastHowLead(next.sentence.tokens, 0) === 0)
      return null;
    state = next;
    tokens = next.sentence.tokens;
    k = 0;
  }
  k = pastHowLead(tokens, k);
  const closed = closesSentence(context, last);
  // "…," the Prime Minister wrote: the capitalised role's phrase starts after its article; "…," an emotional Ortiz
  // told, "…," the 58-year-old prime minister said: after an article and a few words describing the person.
  for (const cue of state.cues) {
    const starts = cue.inverted
      ? cue.verb === k || (!closed && state === last.state && quotingSourceBetween(tokens, k, cue.verb))
      : cue.np !== null && phraseStartsAt(tokens, k, cue.np.from);
    // "“… for good.” Judge Ann Lee says, “…”": after a quote that ended its sentence, a speech verb that opens
    // another quote introduces that one.
    if (starts && closed && introducesQuote(tokens, cue)) return null;
    // ("Hale had said on the radio: '…' Ode said the players had laughed it off.": after a quote a colon brought
    // in, a verb reporting words of its own opens the next sentence; the speaker before the colon spoke the quote.)
    if (starts && closed && colonBefore(first) && reportsWordsOfItsOwn(tokens, cue.verb)) return null;
    // "… expressed concern about “…,” saying that …": a participle after the quote names nobody after it; it speaks
    // for the sentence's subject, which the rules after this one find.
    if (starts && cue.inverted && cue.subject === null && lowerAt(tokens, cue.verb).endsWith('ing')) continue;
    // ("NAME, who had insisted that there was “…”, conceded …": a quote closing a "who" clause whose own speech verb
    // the "who" gives a speaker is that speaker's, not the words of a verb after it that reads nobody.)
    const clauseCue =
      starts && cue.subject === null && state === last.state && quoteInWhoClause(tokens, last.index)
        ? whoClauseSpeechCue(state, last.index)
        : undefined;
    if (clauseCue !== undefined) return fromCue(context.article, state, clauseCue, 'before');
    if (starts) return fromCue(context.article, state, cue, 'after');
  }
  return null;
}

/** The cue of the speech verb a "who" clause opens before the quote at `quote` (relativeOwnSpeaker), if any. */
function whoClauseSpeechCue(state: SentenceState, quote: number): Cue | undefined {
  const { tokens } = state.sentence;
  return state.cues.find(
    (c) =>
      c.verb < quote && c.subject !== null && relativeOwnSpeaker(tokens, state.slots, c.verb)?.from === c.subject.from,
  );
}

/** Most words of the source that quotes somebody between a quote and its verb ("the state news agency quoted"). */
export const QUOTING_SOURCE_WORDS = 5;

/**
 * Whether tokens [from, verb) are the source quoting somebody, a few words alone, before a verb of QUOTING_AS_VERBS
 * ("“…,” the bulletin quoted the minister as saying", "“…,” state media quoted NAME as saying"): the one quoted
 * speaks, so the cue is the verb's, its speaker after it. (Read only after a quote that does not close its sentence:
 * "“… to come.” NAME then quoted NAME2 as saying …" reports NAME2's words, not these.)
 */
function quotingSourceBetween(tokens: readonly Token[], from: number, verb: number): boolean {
  if (!QUOTING_AS_VERBS.has(tokens[verb]?.lower ?? '') || verb <= from || verb - from > QUOTING_SOURCE_WORDS)
    return false;
  return tokens.slice(from, verb).every((t) => t.kind === 'word');
}

/** Whether the quote at `at` ends its own words with a sentence's stop ("… for good."). */
function closesSentence(context: AttributionContext, at: QuotePlace['last']): boolean {
  const quote = at.state.sentence.tokens[at.index];
  if (!quote) return false;
  const inside = context.article.text.slice(quote.start, quote.end).replace(/[\s"'“”‘’]+$/u, '');
  return /[.!?]$/u.test(inside);
}

/** Whether a quotation follows the cue's speech verb and speaker phrase, after a comma or colon or none. */
function introducesQuote(tokens: readonly Token[], cue: Cue): boolean {
  return quoteFollows(tokens, cue.inverted ? Math.max(cue.verbEnd, cue.np?.to ?? 0) : cue.verbEnd);
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
  const tokens = first.state.sentence.tokens;
  // ("NAME said the one note he got came at noon, a text that read: “…”": the document's words, whose author
  // the colon rule reads.)
  if (documentNounBefore(tokens, first.index - 1) > (before[0]?.verb ?? tokens.length)) return null;
  for (const cue of before) {
    if (cue.subject === null && !cue.blocking) continue;
    // ("Says NAME, who now spends his days writing grant bids, “…”": a verb in a relative clause set off after a name
    // is no cue of a quote after the clause; one inside it is, "NAME, who called the plan “a mess”, said …".)
    // (A clause's verb with at most two words before the quote brings it in: "…, who added, “…”", "who told me, “…”".)
    if (inWhoClause(tokens, cue.verb) && !inWhoClause(tokens, first.index) && !bringsQuoteIn(tokens, cue, first.index))
      continue;
    // "Lee said that the mayor had never asked him to speak, “…”": the words are the reporting speaker's, not those of the
    // clause they report.
    // (But "Ann Lee recalled a nurse telling her: “…”": the one recalled speaking says the quote.)
    // (Nor "She said he told officers: “…”": a reported verb that a colon hands the quote to speaks it; nor "She
    // testified that he once told her during a demo, “…”", handsQuoteOver.)
    const outer = introducedByColon(tokens, cue, first.index)
      ? undefined
      : before.find(
          (o) =>
            reports(tokens, o, cue) && !recallsSpeaking(tokens, o, cue) && !handsQuoteOver(tokens, cue, first.index),
        );
    return fromCue(context.article, first.state, outer ?? cue, 'before');
  }
  return null;
}

/**
 * "While the port “took its lessons” from the last strike, the chair said that …": a quote inside a clause that
 * a subordinating conjunction opens the sentence with belongs to the speaker of the main clause after it, whose
 * speaker phrase (or verb) follows the clause's comma; the clause's own subject did not say it.
 */
export function mainClauseSpeaker(context: AttributionContext, { first, last }: QuotePlace): Attribution | null {
  const state = first.state;
  const tokens = state.sentence.tokens;
  if (state !== last.state || !SUBORDINATING_CONJUNCTIONS.has(lowerAt(tokens, 0))) return null;
  const comma = tokens.findIndex((t, k) => k > last.index && t.text === ',');
  if (comma === -1 || tokens.slice(0, first.index).some((t) => t.text === ',')) return null;
  const main = state.cues.find((c) => c.verb > last.index);
  if (main === undefined || main.verb <= comma || main.subject === null) return null;
  return Math.min(main.verb, main.np?.from ?? main.verb) === comma + 1
    ? fromCue(context.article, state, main, 'final')
    : null;
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
  // A quote inside an aside about a thing ("– which calls it “…” –") is not the closing speaker's.
  if (insideThingAside(tokens, last.index, startOf)) return null;
  return tokens[startOf - 1]?.text === ',' ? fromCue(context.article, last.state, final, 'final') : null;
}

/** A headline's "…" – Rasmussen (or "…": Rasmussen): a name right after a dash. */
export function headlineDash(_context: AttributionContext, { last }: QuotePlace): Attribution | null {
  const dash = last.state.sentence.tokens[last.index + 1];
  // A title or heading may credit its quote after a colon too: "‘We will rebuild’: Okonjo".
  const colon = dash?.text === ':' && last.state.sentence.kind !== 'body';
  if (!dash || !(DASHES.has(dash.text) || colon)) return null;
  const slot = last.state.slots.find((s) => s.from === last.index + 2 && s.kind === 'name');
  if (!slot) return null;
  const tokens = last.state.sentence.tokens;
  // ("‘…’: Wenlow board bans two novels", "‘…’: Tarnby mayor says": a name before a body's noun, a role or a
  // plural of people in lower case describes who speaks, whom the headline does not name.)
  if (describesNounAfter(tokens, slot.to)) return null;
  // ("‘…’: Tarvoss's Nimbus breaks cover", "‘…’: Hale's lawyer says": nor a name owning what the headline is about —
  // unless it owns the words themselves: "‘…’ – Hale's defiant message", "Tom Berg's vow".)
  if (tokens[slot.to - 1]?.possessive === true && !ownsWordsAfter(tokens, slot.to)) return null;
  // "‘…’: Harbour Chief NAME says engineer warned of more floods": the name reports somebody else's words, which the
  // quote is; it is not the name's.
  const saysFirst = isSpeechVerbAt(tokens, slot.to);
  if (saysFirst && tokens.some((_, k) => k > slot.to + 1 && isSpeechVerbAt(tokens, k))) return null;
  return { speaker: slot.entity, cue: `${dash.text} ${slot.text}`, method: 'headline' };
}

/** Most lower-case words between a possessive and the noun of its words ("Hale's defiant final message"). */
export const OWNED_WORDS_MODIFIERS = 2;

/** Whether a noun of something said or written (isOwnedUtterance) follows token k within OWNED_WORDS_MODIFIERS words. */
function ownsWordsAfter(tokens: Token[], k: number): boolean {
  for (let m = k; m <= k + OWNED_WORDS_MODIFIERS; m++) {
    const t = tokens[m];
    if (t?.kind !== 'word' || t.capital) return false;
    if (isOwnedUtterance(t.lower)) return true;
  }
  return false;
}

/** Whether token k is a lower-case noun a name before it describes: a body's ("board"), a role or a people's plural. */
function describesNounAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || t.capital) return false;
  return ORGANISATION_NOUNS.has(t.lower) || isRoleHead(t.lower) || isPluralOfPeople(t.lower);
}

/** How many words a quote inside a sentence needs before its sentence's subject is taken to have said it. */
const SUBJECT_QUOTE_WORDS = 4;

/**
 * "Okafor is “deeply worried about the safety of the crews”", "He wants the board to “think again before it is too
 * late”": a partial quote of a few words inside a sentence with no speech verb, whose subject names one person and
 * no other person or name is in the sentence (nor people in the plural after an opening clause), is the subject's.
 * Shorter quotes are the writer's scare quotes.
 */
export function sentenceSubject(context: AttributionContext, { first, last }: QuotePlace): Attribution | null {
  const state = first.state;
  if (state !== last.state || state.cues.length > 0) return null;
  const subject = state.subject;
  if (subject === null || subject.entity === null || subject.to > first.index) return null;
  if (subject.kind !== 'name' && subject.kind !== 'pronoun' && subject.kind !== 'role') return null;
  const tokens = state.sentence.tokens;
  // ("Berg's wife was furious …": a name owning the subject is not its speaker; "Berg's verdict was scathing: it
  // had been “…”" is: what a person said is theirs.)
  if (tokens[subject.to - 1]?.possessive === true && !speechNounAt(tokens, subject.to)) return null;
  const quote = tokens[first.index];
  if (!quote) return null;
  const words = context.article.text.slice(quote.start, quote.end).match(/[\p{L}\p{N}’']+/gu) ?? [];
  // Only a partial quote, run into the writer's sentence: “We will publish …” held up on a sign is no one's words.
  if (words.length < SUBJECT_QUOTE_WORDS || !/^\p{Ll}/u.test(words[0] ?? '')) return null;
  // “Clean Streets for Every Child”, “A Short History of the Canals”: a title or a name, not words said.
  const long = words.filter((w) => w.length > 3);
  if (long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w))) return null;
  // "Okafor rejected Ruiz’s claim that …": another name in the sentence may be the one quoted.
  const others = state.slots.some(
    (s) =>
      s !== subject &&
      (s.kind === 'name' ||
        (s.kind === 'other' && s.text.includes(' ')) ||
        (s.entity !== null && s.entity !== subject.entity)),
  );
  // (Not those an opening clause set off before the subject spoke to: "Speaking to reporters, Okafor thanked …".)
  const opening = tokens[subject.from - 1]?.text === ',' ? subject.from : 0;
  if (others || tokens.some((t, k) => k >= opening && t.kind === 'word' && isPluralOfPeople(t.text))) return null;
  return { speaker: subject.entity, cue: subject.text, method: 'subject' };
}

/**
 * "For Reyes, the answer is simple: “…”", "For Councillor Ortiz, it was “…”": a sentence with no speech verb that
 * opens by naming one person after "For" gives that person's view; the quote after the comma is theirs. The name
 * may follow its role ("For the head of the Greens (the main opposition party) Ana Ruiz, “…”").
 */
export function forPerson(_context: AttributionContext, { first, last }: QuotePlace): Attribution | null {
  const state = first.state;
  const tokens = state.sentence.tokens;
  if (state !== last.state || lowerAt(tokens, 0) !== 'for') return null;
  // ("For NAME, 24, who wrote the software, the find was “…”": a verb in a relative clause set off by commas is no
  // cue of the quote.)
  if (state.cues.some((c) => !inWhoClause(tokens, c.verb))) return null;
  const comma = firstOpenComma(tokens, 1);
  // ("For the mayor, …": a role or description the reader resolved stands for its person as a name does.)
  const named = state.slots.find(
    (s) =>
      s.to === comma &&
      ((s.kind === 'name' &&
        (s.from === 1 || tokens[s.from - 1]?.text === ')' || roleBefore(tokens, s.from) !== null)) ||
        (s.from === 1 && (s.kind === 'role' || s.kind === 'desc') && s.entity !== null)),
  );
  if (!named || named.entity === null || first.index <= comma) return null;
  if (state.slots.some((s) => s !== named && s.kind === 'name')) return null;
  return { speaker: named.entity, cue: `For ${named.text}`, method: 'subject' };
}

/**
 * "That is the view of Ann Hale, who runs the bakery: “…”": a quote after a colon, in a sentence with no speech verb
 * that names whose view, reaction or verdict it brings in (viewHolder), is that person's.
 */
export function viewHolderLeadIn(_context: AttributionContext, { first, last }: QuotePlace): Attribution | null {
  const state = first.state;
  const { tokens } = state.sentence;
  if (state !== last.state || state.cues.length > 0 || tokens[first.index - 1]?.text !== ':') return null;
  const holder = viewHolder(tokens, state.slots);
  if (holder === undefined || holder.entity === null || holder.to > first.index) return null;
  return { speaker: holder.entity, cue: holder.text, method: 'subject' };
}

/** Whether at most two words stand between a cue's verb and the quote at `quote` ("who added, “…”", "who told me"). */
function bringsQuoteIn(tokens: readonly Token[], cue: Cue, quote: number): boolean {
  return tokens.slice(cue.verbEnd, quote).filter((t) => t.kind === 'word').length <= 2;
}

/** Whether token `at` stands in a clause that ", who" opens and a comma closes ("…, who wrote the software, …"). */
function inWhoClause(tokens: readonly Token[], at: number): boolean {
  const who = tokens.findLastIndex((t, k) => k < at && t.lower === 'who');
  if (who < 1 || tokens[who - 1]?.text !== ',') return false;
  const close = tokens.findIndex((t, k) => k > who && t.text === ',');
  return close > at && tokens.slice(who, at).every((t) => t.text !== ',');
}

/** The first comma from `from` on that no bracket encloses, or -1. */
function firstOpenComma(tokens: readonly Token[], from: number): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const text = tokens[i]?.text;
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
    else if (text === ',' && depth === 0) return i;
    else if (tokens[i]?.kind === 'quote') return -1;
  }
  return -1;
}

/** Whether a colon stands right before the quote a place opens with ("… on the radio: '…'"). */
function colonBefore(first: QuotePlace['first']): boolean {
  return first.state.sentence.tokens[first.index - 1]?.text === ':';
}

/** Fewest words after a speech verb that make it report words of its own ("said the players had laughed it off"). */
const OWN_REPORT_WORDS = 4;

/** Verbs whose next word is whom they were said to, not words of their own ("told reporters after the match"). */
const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'asked', 'asks']);

/** Words that open a phrase of time or place, not a clause ("said on Saturday after the match"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['on', 'after', 'at', 'in', 'before', 'during', 'outside', 'from']);

/**
 * Whether the speech verb at `verb` goes on to report words of its own: "that", or OWN_REPORT_WORDS words or more
 * opening with no phrase of time or place, after a verb that does not name its listener next.
 */
function reportsWordsOfItsOwn(tokens: Token[], verb: number): boolean {
  if (lowerAt(tokens, verb + 1) === 'that') return true;
  if (LISTENER_VERBS.has(lowerAt(tokens, verb)) || PHRASE_OPENERS.has(lowerAt(tokens, verb + 1))) return false;
  let words = 0;
  for (let k = verb + 1; k < tokens.length && tokens[k]?.kind === 'word'; k++) words++;
  return words >= OWN_REPORT_WORDS;
}

/** Most words between a speech verb and the colon that hands it a quote ("told arresting officers:"). */
const COLON_OBJECT_WORDS = 4;

/** Whether the cue's verb brings in the quote at `quoteAt` through a colon, a few words of its object between. */
function introducedByColon(tokens: Token[], cue: Cue, quoteAt: number): boolean {
  const colon = quoteAt - 1;
  if (tokens[colon]?.text !== ':' || colon - cue.verbEnd > COLON_OBJECT_WORDS) return false;
  return tokens.slice(cue.verbEnd, colon).every((t) => t.kind === 'word');
}
