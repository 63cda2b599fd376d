// Reads a small invented article the way attribution does, so one rule can be applied to one of its quotes with
// the context (earlier attributions, paragraph speakers) given explicitly.
import type { Article } from '../../src/corpus/types.ts';
import { placeOf, readArticle } from '../../src/quotes/attribute.ts';
import { articleEvidence, genderCues } from '../../src/quotes/evidence.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { buildRegistry, type PeopleRegistry } from '../../src/quotes/people.ts';
import type { Attribution, AttributionContext, AttributionRule } from '../../src/quotes/ruleTypes.ts';
import { SentenceTagger } from '../../src/quotes/tagger.ts';

export interface Reading {
  context: AttributionContext & {
    done: Map<number, Attribution>;
    paragraphSpeaker: Map<number, string | null>;
  };
  registry: PeopleRegistry;
  /** Applies a rule to quote `quote` and names the speaker it gives. */
  run: (rule: AttributionRule['apply'], quote: number) => [string | null, string | null, string] | null;
  idOf: (name: string) => string;
}

export function read(article: Article): Reading {
  const quotes = extractQuotes(article);
  const sentences = articleSentences(article, quotes);
  const tagger = new SentenceTagger();
  const cues = sentences.flatMap((s) => (s.kind === 'body' ? genderCues(article.id, s) : []));
  const registry = buildRegistry(articleEvidence(article.id, sentences, tagger), cues);
  const { states } = readArticle(article, sentences, registry);
  const context = {
    article,
    states,
    done: new Map<number, Attribution>(),
    paragraphSpeaker: new Map(),
    people: registry,
  };
  const nameOf = (id: string | null): string | null => (id === null ? null : (registry.people.get(id)?.name ?? id));
  return {
    context,
    registry,
    run: (rule, quote) => {
      const place = placeOf(states, quote);
      if (place === null) throw new Error(`quote ${quote} is not in any sentence`);
      const answer = rule(context, place);
      return answer === null ? null : [nameOf(answer.speaker), answer.cue, answer.method];
    },
    idOf: (name) => {
      const person = [...registry.people.values()].find((p) => p.name === name);
      if (!person) throw new Error(`nobody called ${name}`);
      return person.id;
    },
  };
}

export const LEAD = 'The harbour board met on Monday to discuss the future of the old ferry terminal and its workers.';
