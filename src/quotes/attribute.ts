// Who said each quotation, read the way a careful reader does: the article's sentences are read once (speaker
// phrases, speech verbs, whom each pronoun and role stands for), then each quote goes through the ordered table of
// attribution rules (rules.ts). When no rule resolves the speaker it stays null rather than guessed.
import type { Article } from '../corpus/types.ts';
import { holdersNamedJustBefore } from './nestedHolders.ts';
import { capsHeadingName } from './capsLabel.ts';
import { echoedQuotes } from './echoes.ts';
import { headingSpeakerRun, TOPIC_LABEL_OPENERS, topicHeadingName, topicOnlyHeading } from './layoutRuns.ts';
import { isFiguresLine, isRoleLine, nameHeadingRun } from './nameHeadings.ts';
import { opensAskedAbout, royallyTitled } from './pronouns.ts';
import type { Token } from './tokens.ts';
import type { ExtractedQuote } from './extract.ts';
import type { Sentence } from './frames.ts';
import { enclosingQuote, namesUnnamedRelative, type NestedReading, readNested } from './nested.ts';
import { normalizeName } from './match.ts';
import { sameRoleWord } from './roleLexicon.ts';
import { lookupName, type PeopleRegistry } from './people.ts';
import { personOfArticle } from './nameLookup.ts';
import { mainCue, quotePositions, type SentenceState } from './clauses.ts';
import { speakingSubject } from './contextRules.ts';
import { ArticleReader } from './reader.ts';
import { turnAttribution } from './transcriptRules.ts';
import {
  type Attribution,
  type AttributionContext,
  applyRules,
  LEAD_IN_ENDINGS,
  type QuotePlace,
  speakingBefore,
  UNRESOLVED,
} from './rules.ts';

export type { Attribution, AttributionMethod } from './rules.ts';

export interface ArticleAttribution {
  quotes: Attribution[];
  /** Forms each person was referred to by in this article (names as written, titled names, roles used as names). */
  aliases: Map<string, string[]>;
  /** Roles learnt from descriptions resolved to a person. */
  roles: Map<string, string[]>;
}

/** Where quote `quote` sits among the sentences, or null when no sentence holds it. */
export function placeOf(states: readonly SentenceState[], quote: number): QuotePlace | null {
  const positions = quotePositions(states, quote);
  const first = positions[0];
  const last = positions[positions.length - 1];
  return first && last ? { quote, first, last } : null;
}

/**
 * Who a heading says speaks below it: one ending in a colon ("Jones added:", "Jones on the budget:"; "On X:" keeps
 * the speaker) or in a comma after its speech verb ("Asked about the draw, he said,"), or a name alone over a quote
 * ("Ana Ruiz (Rovers coach)").
 */
function headingSpeaker(
  state: SentenceState | undefined,
  next: SentenceState | undefined,
  current: string | null,
  personNamed: (words: string[]) => string | null,
): string | null {
  const alone = state && nameHeadingRun(state.sentence, next?.sentence);
  if (state && alone) return state.slots.find((s) => s.kind === 'name' && s.from === alone.from)?.entity ?? null;
  // "ANA RUIZ ON THE RESULT" ¶ "“…”": a roundup's heading naming the speaker and the topic; "On the injury" goes on.
  const topicName = state ? topicHeadingName(state.sentence, next?.sentence) : null;
  if (topicName !== null) return personNamed(topicName);
  // ("AARON DUNNE (Harbour Town)" ¶ "“…,” said the defender.": a name in capitals with the speaker's side.)
  const capsName = state && next ? capsHeadingName(state.sentence.tokens, next.sentence.tokens) : null;
  if (capsName !== null && state?.sentence.kind === 'heading') return personNamed(capsName);
  if (state && topicOnlyHeading(state.sentence, next?.sentence)) return current;
  const ending = state?.sentence.tokens[state.sentence.tokens.length - 1]?.text ?? '';
  if (!state || !LEAD_IN_ENDINGS.has(ending)) return null;
  const cue = mainCue(state);
  if (cue?.subject?.entity) return cue.subject.entity;
  // "Asked about the draw, he said,": a comma closes a lead-in only after its speech verb.
  if (ending !== ':') return null;
  const run = headingSpeakerRun(state.sentence);
  const named =
    run === null ? null : (state.slots.find((s) => s.kind === 'name' && s.from === run.from)?.entity ?? null);
  if (named !== null) return named;
  return keepsSpeaker(state.sentence.tokens) ? current : null;
}

/** Whether a sentence opens with a name that stands for `entity`. */
function opensNaming(state: SentenceState | undefined, entity: string): boolean {
  const first = state?.slots[0];
  return first?.kind === 'name' && first.from === 0 && first.entity === entity;
}

/** Whether the paragraph before paragraph `index` is a heading. */
function previousIsHeading(article: Article, index: number): boolean {
  return article.paragraphs[index - 1]?.kind === 'heading';
}

/**
 * Whether a heading closing with a colon, naming nobody, labels what the section's speaker goes on to say: a topic
 * ("On the injury:", "About the draw:"), a question ("Asked about the draw:") or a participle ("Speaking through an
 * interpreter:", "Looking ahead:").
 */
function keepsSpeaker(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  const participle = /\p{L}ing$/u.test(first) && tokens[1]?.kind === 'word' && !tokens[1].capital;
  return TOPIC_LABEL_OPENERS.has(first) || opensAskedAbout(tokens) || participle;
}

/**
 * The speaker of a nested quote: the outer speaker for words of their own, a person the corpus knows by name, the
 * person a he or she stands for when the outer words name nobody before it, or the one person of the article (of
 * those it mentions) whose full name opens with a given name used alone ("Tavon came to me and said, '…'" after
 * "guard Tavon Reyes"), or the one person of the article (`inArticle`) whose role a role word used as a name names
 * ("Coach walked in and said, '…'" after "Head coach Paulo Ode"), of several the one named just before.
 */
function nestedAttribution(
  reading: NestedReading,
  outer: Attribution,
  registry: PeopleRegistry,
  mentioned: ReadonlySet<string>,
  inArticle: ReadonlySet<string>,
  latestBefore: (gender: 'male' | 'female') => string | null,
  namedJustBefore: (ids: readonly string[]) => string[],
): Attribution {
  const { speaker, cue } = reading;
  if (speaker === null) return UNRESOLVED;
  if (speaker.kind === 'outer') return { speaker: outer.speaker, cue, method: 'nested' };
  // "She spoke of her late husband. She said, '…'" in a carer's words: the she of the writer's sentences before.
  if (speaker.kind === 'pronoun') {
    const latest = latestBefore(speaker.gender);
    // ("His Royal Highness told me, '…'": a royal form of address stands for a person known by a royal title only.)
    const fits = speaker.royal !== true || royallyTitled(registry.people.get(latest ?? '')?.roles ?? []);
    return { speaker: fits ? latest : null, cue, method: 'nested' };
  }
  const person = (id: string): boolean => registry.people.get(id)?.kind === 'person';
  // "Coach walked in and said, '…'": the one person of the article, not the outer speaker, whose role is that word's.
  if (speaker.kind === 'role') {
    const holders = [...inArticle].filter(
      (id) =>
        person(id) &&
        id !== outer.speaker &&
        (registry.people.get(id)?.roles ?? []).some((role) => sameRoleWord(lastWord(role), speaker.word)),
    );
    // ("the transport secretary told us" with a shadow transport secretary named too: the one whose role is those words.)
    const exact = holders.filter((id) =>
      (registry.people.get(id)?.roles ?? []).some((role) => role.toLowerCase() === speaker.phrase),
    );
    // ("Ruiz, who played under Harbour boss NAME, … ¶ 'The gaffer used to say, “…”'": or, of several, the one named
    // just before the outer quote, nestedHolders.ts.)
    const only = holders.length === 1 ? holders : exact.length > 0 ? exact : namedJustBefore(holders);
    return { speaker: only.length === 1 ? (only[0] ?? null) : null, cue, method: 'nested' };
  }
  const ids = lookupName(registry, speaker.name).ids.filter((id) => registry.people.get(id)?.kind !== 'organisation');
  if (ids.length === 0 && speaker.name.length === 1) {
    const given = normalizeName(speaker.name[0] ?? '');
    const bearers = [...mentioned].filter((id) => {
      const words = normalizeName(registry.people.get(id)?.name ?? '').split(' ');
      return person(id) && words.length >= 2 && words[0] === given;
    });
    return { speaker: bearers.length === 1 ? (bearers[0] ?? null) : null, cue, method: 'nested' };
  }
  return { speaker: ids.length === 1 ? (ids[0] ?? null) : null, cue, method: 'nested' };
}

/** Reads an article's sentences: the states the rules work on, and the coreference's aliases and roles. */
export function readArticle(
  article: Article,
  sentences: Sentence[],
  registry: PeopleRegistry,
): { states: SentenceState[]; reader: ArticleReader } {
  const reader = new ArticleReader(article, registry);
  return { states: reader.read(sentences), reader };
}

/** Attributes every quotation of one article, paragraph by paragraph, so later quotes see earlier speakers. */
export function attributeArticle(
  article: Article,
  quotes: readonly ExtractedQuote[],
  sentences: Sentence[],
  registry: PeopleRegistry,
): ArticleAttribution {
  const { states, reader } = readArticle(article, sentences, registry);
  const paragraphSpeaker = new Map<number, string | null>();
  const done = new Map<number, Attribution>();
  const turns = new Map(quotes.flatMap((q, i) => (q.transcript === undefined ? [] : [[i, q.transcript] as const])));
  const posts = new Map(quotes.flatMap((q, i) => (q.postBy === undefined ? [] : [[i, q.postBy] as const])));
  const context: AttributionContext = { article, states, done, paragraphSpeaker, turns, posts, people: registry };
  const byParagraph = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    const p = q.paragraphs[q.paragraphs.length - 1] ?? -1;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), i]);
  });
  // Where each paragraph's sentences end (one past its last), read once rather than filtered for each paragraph.
  const paragraphEnd = new Map<number, number>();
  for (const s of states) paragraphEnd.set(s.sentence.paragraph, s.sentence.index + 1);
  let heading: string | null = null;
  const placeless: number[] = [];
  for (const paragraph of article.paragraphs) {
    for (const qi of byParagraph.get(paragraph.index) ?? []) {
      const place = placeOf(states, qi);
      // An interviewer's question is read as prose (tokens.ts), no quote of a sentence: its own rule gives it.
      const asked = place === null && turns.get(qi)?.question === true ? turnAttribution(context, qi) : null;
      if (place === null && asked === null) placeless.push(qi);
      done.set(qi, asked ?? (place === null ? UNRESOLVED : applyRules(context, place)));
    }
    if (paragraph.kind === 'heading') {
      const own = states.find((s) => s.sentence.paragraph === paragraph.index);
      // ("Coach Ana Ruiz spoke to reporters. ¶ On the injury: ¶ “…”": the writer's lead-in names who goes on.)
      // (Topic headings opening a roundup under "‘…’ – NAME hails the fightback" are the title quote's speaker's.)
      const before: string | null =
        heading ?? introducedSpeaker(states, paragraph.index - 1) ?? titleQuoteSpeaker(article, quotes, done);
      // ("Ana Ruiz (ESP) –12" ¶ "Round 3: 67 (–5)" ¶ "“…”": the figures under a name's heading go on with it.)
      // ("What Ana Ruiz said" ¶ "Ruiz (ESP) def. Ode (NOR) 6-4" ¶ "“…”": so does a line under it opening with her name.)
      // ("Ana Ruiz" ¶ "Chief economist, Harbour Bank" ¶ "“…”": and a role line, isRoleLine.)
      const figures: boolean =
        heading !== null &&
        previousIsHeading(article, paragraph.index) &&
        (isFiguresLine(own?.sentence) || isRoleLine(own?.sentence) || opensNaming(own, heading));
      heading = figures
        ? heading
        : headingSpeaker(own, own && states[own.sentence.index + 1], before, (words) =>
            personOfArticle(registry, article.id, words),
          );
      if (heading !== null) paragraphSpeaker.set(paragraph.index, heading);
    }
    if (paragraph.kind !== 'body') continue;
    const end = paragraphEnd.get(paragraph.index) ?? 0;
    const current = speakingBefore(context, paragraph.index, end);
    if (current) paragraphSpeaker.set(paragraph.index, current.speaker);
  }
  // A crosshead or pull quote repeating a quote of the article is that quote's speaker's (echoes.ts).
  for (const [echo, source] of echoedQuotes(article, quotes)) {
    const answer = done.get(source);
    if (answer !== undefined && answer.speaker !== null) done.set(echo, { ...answer, method: 'echo' });
  }
  // Quotes inside quotes are no words of the writer's sentences: their speaker is read from the outer quote's words,
  // outer quotes first (they start earlier).
  const mentioned = new Set(reader.coreference.mentions.map((m) => m.entity));
  // (A role's holder may be named only in a heading over the quotes: the people the article's evidence has too.)
  const inArticle = new Set([...mentioned, ...(registry.present.get(article.id) ?? [])]);
  for (const i of placeless.sort((a, b) => a - b)) {
    const quote = quotes[i];
    const outer = enclosingQuote(quotes, i);
    const outerQuote = outer === null ? undefined : quotes[outer];
    if (quote === undefined || outer === null || outerQuote === undefined) continue;
    const reading = readNested(article, outerQuote, quote);
    const outerAnswer = done.get(outer) ?? UNRESOLVED;
    const outerSentence = placeOf(states, outer)?.first.state.sentence.index ?? -1;
    // The latest person the writer named before the outer quote, of the pronoun's gender or none known, who is not
    // the outer speaker (a he or she in somebody's words is somebody else).
    const latestBefore = (gender: 'male' | 'female'): string | null => {
      const found = reader.coreference.mentions.findLast((m) => {
        const person = registry.people.get(m.entity);
        return (
          m.sentence < outerSentence &&
          m.entity !== outerAnswer.speaker &&
          person?.kind === 'person' &&
          (person.gender === null || person.gender === gender)
        );
      });
      if (found === undefined) return null;
      // ("Tan said her son came home pale. ¶ “He told me, ‘…’,” she said": a relative the writer named without a
      // name since then is whom the he or she stands for, nobody the registry knows.)
      const since = states.slice(found.sentence, outerSentence + 1);
      const relative = since.some((s) =>
        namesUnnamedRelative(s.sentence.tokens, s.sentence.index === found.sentence ? found.token + 1 : 0, gender),
      );
      return relative ? null : found.entity;
    };
    // (A quote of those sentences given to a holder is their speaking there: "NAME, head coach: “…”". Read only
    // when a role word has several holders.)
    const namedJustBefore = (ids: readonly string[]): string[] => {
      const quoted = [...done].flatMap(([j, answer]) => {
        const sentence = placeOf(states, j)?.first.state.sentence.index ?? -1;
        return answer.speaker === null ? [] : [{ speaker: answer.speaker, sentence }];
      });
      return holdersNamedJustBefore(ids, {
        mentions: reader.coreference.mentions,
        quoted,
        outerSentence,
        outerSpeaker: outerAnswer.speaker,
      });
    };
    done.set(i, nestedAttribution(reading, outerAnswer, registry, mentioned, inArticle, latestBefore, namedJustBefore));
  }
  return {
    quotes: quotes.map((_, i) => done.get(i) ?? UNRESOLVED),
    aliases: reader.coreference.aliases,
    roles: reader.coreference.roles,
  };
}

/** The speaker the rules gave a quotation in the article's title, when one has one. */
function titleQuoteSpeaker(
  article: Article,
  quotes: readonly ExtractedQuote[],
  done: ReadonlyMap<number, Attribution>,
): string | null {
  const titles = new Set(article.paragraphs.filter((p) => p.kind === 'title').map((p) => p.index));
  const inTitle = quotes.findIndex((q) => q.paragraphs.some((p) => titles.has(p)));
  return inTitle === -1 ? null : (done.get(inTitle)?.speaker ?? null);
}

/** The last word of a role, in lower case: its head ("coach" of "Head coach"). */
function lastWord(role: string): string {
  return normalizeName(role).split(' ').pop() ?? '';
}

/**
 * The speaker a body paragraph's last sentence brings in for what follows: its main speech verb's subject, a sentence
 * with no quotation of its own ("Coach Ana Ruiz spoke to reporters after training."); null otherwise.
 */
function introducedSpeaker(states: readonly SentenceState[], paragraph: number): string | null {
  const last = states.findLast((s) => s.sentence.paragraph === paragraph);
  if (last === undefined || last.sentence.kind !== 'body' || last.sentence.tokens.some((t) => t.kind === 'quote'))
    return null;
  const cued = mainCue(last)?.subject?.entity ?? null;
  if (cued !== null) return cued;
  // ("Head coach NAME and captain NAME spoke to the media after the win." ¶ "On the finish:": the subject, the first
  // of several, speaks first.)
  return speakingSubject(last)?.entity ?? null;
}
