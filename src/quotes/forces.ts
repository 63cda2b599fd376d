// "police said" in an article that names its police force in full ("the Westbrook Police Service"): the generic
// noun speaks for that one force. The force is listed as an organisation, and the bare noun resolves to it only
// when the article names exactly one force.
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import type { NameEvidence } from './people.ts';
import type { Token } from './tokens.ts';
import { isSpeechVerbAt, speechVerbAfter } from './verbReach.ts';

/** Lower-case nouns that speak for a police force without naming it ("police said", "said police"). */
export const FORCE_NOUNS: ReadonlySet<string> = new Set(['police']);

/** Words of a force's name that make it a police force ("Avon Constabulary", "Westbrook Police Service"). */
export const FORCE_NAME_WORDS: ReadonlySet<string> = new Set(['police', 'constabulary']);

/** Last words a police force's full name may end in ("… Police", "… Police Service", "… Police Department"). */
export const FORCE_ENDINGS: ReadonlySet<string> = new Set(['police', 'constabulary', 'service', 'department', 'force']);

/** Words of a force's name that are no name of its own ("the Police Service" is no force's name). */
const GENERIC_FORCE_WORDS: ReadonlySet<string> = new Set([...FORCE_ENDINGS, 'the']);

/** Whether a capitalised name (its words) is a police force's full name ("Westbrook Police Service"). */
export function isForceName(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  return (
    lower.some((w) => FORCE_NAME_WORDS.has(w)) &&
    FORCE_ENDINGS.has(lower[lower.length - 1] ?? '') &&
    lower.some((w) => !GENERIC_FORCE_WORDS.has(w))
  );
}

/** Whether a speaker phrase may open at token i: nothing before it but a mark, a speech verb or "according to". */
function opensSpeaker(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return (
    before === undefined ||
    before.kind !== 'word' ||
    isSpeechVerbAt(tokens, i - 1) ||
    (before.lower === 'to' && lowerAt(tokens, i - 2) === 'according')
  );
}

/**
 * Whether token i is a force noun standing alone as a speaker: it opens the phrase and no capital follows it
 * ("police said", "said police"; not "the police", "Avon police", "police Chief Ann Hale").
 */
export function bareForceNoun(tokens: Token[], i: number): boolean {
  return FORCE_NOUNS.has(lowerAt(tokens, i)) && opensSpeaker(tokens, i) && tokens[i + 1]?.capital !== true;
}

/** Whether token i is a force noun, bare or after "the", that speaks: "police said", "said the police". */
function speakingForceNoun(tokens: Token[], i: number): boolean {
  if (!FORCE_NOUNS.has(lowerAt(tokens, i)) || tokens[i + 1]?.capital === true) return false;
  const at = lowerAt(tokens, i - 1) === 'the' ? i - 1 : i;
  if (!opensSpeaker(tokens, at)) return false;
  return speechVerbAfter(tokens, i + 1) || tokens[at - 1]?.kind === 'word';
}

/** The police forces an article names in full, each name once, as written. */
function forcesNamed(sentences: readonly Sentence[]): string[][] {
  const found = new Map<string, string[]>();
  for (const { tokens, runs } of sentences) {
    for (const run of runs) {
      const words = tokens.slice(run.from, run.to).map((t) => t.text);
      const name = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
      if (isForceName(name)) found.set(name.join(' ').toLowerCase(), name);
    }
  }
  return [...found.values()];
}

/** The one police force an article names in full, as an organisation, when a bare "police" of it speaks. */
export function forceEvidence(articleId: string, sentences: readonly Sentence[]): NameEvidence[] {
  const speaks = sentences.some(({ tokens }) => tokens.some((_, i) => speakingForceNoun(tokens, i)));
  if (!speaks) return [];
  const forces = forcesNamed(sentences);
  const force = forces.length === 1 ? forces[0] : undefined;
  return force === undefined ? [] : [{ articleId, name: force, role: null, gender: null, kind: 'organisation' }];
}
