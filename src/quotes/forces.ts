// "police said" in an article that names its police force in full ("the Westbrook Police Service"): the generic
// noun speaks for that one force. The force is listed as an organisation, and the bare noun resolves to it only
// when the article names exactly one force.
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import { runWords } from './names.ts';
import type { NameEvidence } from './people.ts';
import type { Token } from './tokens.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { afterAccordingTo, isSpeechVerbAt, speechVerbAfter } from './verbReach.ts';

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
  return before === undefined || before.kind !== 'word' || isSpeechVerbAt(tokens, i - 1) || afterAccordingTo(tokens, i);
}

/** Most capitalised words of the force's own name before its noun ("Westbrook police", "North Arden police"). */
export const FORCE_PREFIX_WORDS = 2;

/**
 * Where the speaker phrase of a force noun at token i opens: at the noun itself when it stands alone ("police
 * said", "said police"), or at up to FORCE_PREFIX_WORDS capitalised words of the force's own name before it
 * ("Westbrook police said"); -1 when it opens no speaker phrase ("the police", "police Chief Ann Hale").
 */
export function forcePhraseStart(tokens: Token[], i: number): number {
  if (!FORCE_NOUNS.has(lowerAt(tokens, i)) || tokens[i + 1]?.capital === true) return -1;
  if (opensSpeaker(tokens, i)) return i;
  for (let from = i - 1; from >= Math.max(0, i - FORCE_PREFIX_WORDS); from--) {
    const t = tokens[from];
    if (t?.kind !== 'word' || !t.capital || t.possessive === true || isStopWord(t.lower)) return -1;
    if (opensSpeaker(tokens, from)) return from;
  }
  return -1;
}

/** Whether token i is a force noun standing alone as a speaker ("police said", "said police"; not "the police"). */
export function bareForceNoun(tokens: Token[], i: number): boolean {
  return forcePhraseStart(tokens, i) === i;
}

/** Whether token i is a force noun, bare, after its own name or after "the", that speaks: "said the police". */
function speakingForceNoun(tokens: Token[], i: number): boolean {
  // Asked of every token of every article while the book is built: most are no force noun.
  if (!FORCE_NOUNS.has(lowerAt(tokens, i))) return false;
  const the = lowerAt(tokens, i - 1) === 'the' && tokens[i + 1]?.capital !== true;
  const at = the && opensSpeaker(tokens, i - 1) ? i - 1 : forcePhraseStart(tokens, i);
  if (at === -1) return false;
  return speechVerbAfter(tokens, i + 1) || tokens[at - 1]?.kind === 'word';
}

/** Whether a force's name (its words) holds every word of its own an article's phrase gives it ("Westbrook"). */
export function forceNameHolds(name: readonly string[], own: readonly string[]): boolean {
  const lower = new Set(name.map((w) => w.toLowerCase()));
  return own.every((w) => lower.has(w.toLowerCase()));
}

/** The police forces an article names in full, each name once, as written. */
function forcesNamed(sentences: readonly Sentence[]): string[][] {
  const found = new Map<string, string[]>();
  for (const { tokens, runs } of sentences) {
    for (const run of runs) {
      const name = runWords(tokens, run);
      if (isForceName(name)) found.set(name.join(' ').toLowerCase(), name);
    }
  }
  return [...found.values()];
}

/**
 * The force phrases with a name of their own that speak in an article ("…, Westbrook police said."), as written,
 * each once. A phrase opening its sentence is left out: a capital there may be no name ("Meanwhile police said").
 */
function prefixedForcesSpeaking(sentences: readonly Sentence[]): string[][] {
  const found = new Map<string, string[]>();
  for (const { tokens } of sentences) {
    tokens.forEach((_, i) => {
      const from = forcePhraseStart(tokens, i);
      if (from === -1 || from === i || !speakingForceNoun(tokens, i)) return;
      if (tokens.slice(0, from).every((t) => t.kind !== 'word')) return;
      const name = tokens.slice(from, i + 1).map((t) => t.text);
      found.set(name.join(' ').toLowerCase(), name);
    });
  }
  return [...found.values()];
}

/**
 * The one police force an article names in full, as an organisation, when a bare "police" of it speaks; with no
 * force named in full, the one force phrase with a name of its own that speaks ("Westbrook police said"), so that
 * a bare "police said" later stands for it too.
 */
export function forceEvidence(articleId: string, sentences: readonly Sentence[]): NameEvidence[] {
  const speaks = sentences.some(({ tokens }) => tokens.some((_, i) => speakingForceNoun(tokens, i)));
  if (!speaks) return [];
  const forces = forcesNamed(sentences);
  const prefixed = forces.length === 0 ? prefixedForcesSpeaking(sentences) : [];
  const force = forces.length === 1 ? forces[0] : prefixed.length === 1 ? prefixed[0] : undefined;
  return force === undefined ? [] : [{ articleId, name: force, role: null, gender: null, kind: 'organisation' }];
}
