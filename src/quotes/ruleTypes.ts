// What the attribution rules share: where a quotation sits, what the rules read, what they answer, and the answer
// of no rule. The rules themselves are in sentenceRules.ts and contextRules.ts, their order in rules.ts.
import type { Article } from '../corpus/types.ts';
import { type Cue, cueText, type SentenceState } from './clauses.ts';
import type { PeopleRegistry } from './people.ts';
import type { TranscriptTurn } from './transcriptLayout.ts';

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
  | 'subject'
  | 'interview'
  | 'nested'
  | 'echo'
  | 'transcript'
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
  /** The quotes that are a transcript's turns (transcriptLayout.ts), by quote index; absent when there are none. */
  turns?: ReadonlyMap<number, TranscriptTurn>;
  /** The quotes that are posts embedded from social networks, by quote index: the author each signature names. */
  posts?: ReadonlyMap<number, string>;
  /** The people known so far, to tell a person from an organisation; absent in rules read without a registry. */
  people?: PeopleRegistry;
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

/** Whether the registry knows `id` as an organisation: a body may speak, but no "he", role or rival person is it. */
export function knownOrganisation(context: AttributionContext, id: string): boolean {
  return context.people?.people.get(id)?.kind === 'organisation';
}

export const UNRESOLVED: Attribution = { speaker: null, cue: null, method: 'none' };
