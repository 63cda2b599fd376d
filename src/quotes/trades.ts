// "Harbour Line Railway cancelled every service … “…,” the train operator said": a lower-case noun of a trade
// speaking stands for the one body of that trade its article names (TRADE_NOUN_NAME_WORDS). The body is listed as an
// organisation only then, as a force is only when "police" speaks (forces.ts).
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import { INVERTING_SPEECH_VERBS } from './lexicon.ts';
import { runWords, titleMarksPerson } from './names.ts';
import { namesTrade, TRADE_NOUN_NAME_WORDS } from './organisations.ts';
import type { NameEvidence } from './people.ts';
import { isPlaceName } from './places.ts';
import type { Token } from './tokens.ts';
import { speechVerbAfter } from './verbReach.ts';

/** Most lower-case words between "the" and a trade noun ("the train operator", "the budget airline"). */
export const TRADE_MODIFIERS = 2;

/** The trade noun at token i when it speaks after "the" ("the train operator said", "said the airline"), or null. */
function speakingTradeNoun(tokens: Token[], i: number): string | null {
  const noun = tokens[i];
  if (noun?.kind !== 'word' || noun.capital || !TRADE_NOUN_NAME_WORDS.has(noun.lower)) return null;
  for (let d = i - 1; d >= Math.max(0, i - 1 - TRADE_MODIFIERS); d--) {
    const t = tokens[d];
    if (t?.kind !== 'word' || (t.capital && d > 0)) return null;
    if (t.lower !== 'the') continue;
    const inverted = INVERTING_SPEECH_VERBS.has(lowerAt(tokens, d - 1));
    return speechVerbAfter(tokens, i + 1) || inverted ? noun.lower : null;
  }
  return null;
}

/** The bodies of the trade of `noun` an article names in `sentences`, each once, as written. */
function bodiesOfTrade(sentences: readonly Sentence[], noun: string): string[][] {
  const bodies = new Map<string, string[]>();
  for (const { tokens, runs } of sentences)
    for (const run of runs) {
      const words = runWords(tokens, run);
      if (words.length < 2 || words.length > 4 || isPlaceName(words.join(' '))) continue;
      if (run.kind === 'name' && titleMarksPerson(run)) continue;
      if (namesTrade(words, noun)) bodies.set(words.join(' ').toLowerCase(), words);
    }
  return [...bodies.values()];
}

/**
 * The body each trade noun that speaks stands for, as an organisation: the one body of its trade the article names
 * up to that sentence (a body named only later is not whom "the operator" goes back to); none where it names two.
 */
export function tradeEvidence(articleId: string, sentences: readonly Sentence[]): NameEvidence[] {
  const found = new Map<string, NameEvidence>();
  sentences.forEach(({ tokens }, s) => {
    for (let i = 0; i < tokens.length; i++) {
      const noun = speakingTradeNoun(tokens, i);
      if (noun === null) continue;
      const bodies = bodiesOfTrade(sentences.slice(0, s + 1), noun);
      const body = bodies.length === 1 ? bodies[0] : undefined;
      if (body !== undefined)
        found.set(body.join(' ').toLowerCase(), {
          articleId,
          name: body,
          role: null,
          gender: null,
          kind: 'organisation',
        });
    }
  });
  return [...found.values()];
}
