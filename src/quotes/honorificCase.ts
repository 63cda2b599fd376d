// A surname the writer left in lower case after an honorific ("Mr hale said") where the article spells it with
// a capital elsewhere ("MP Ann Hale"): read as the name it is, so the speech verb has its speaker.
import type { Token } from './tokens.ts';

/** Honorifics after which a lower-case word the article capitalises elsewhere is a surname ("Mr hale"). */
export const SURNAME_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/** The words the article writes with a capital somewhere, lower-cased. */
export function capitalisedWords(paragraphs: readonly (readonly Token[])[]): Set<string> {
  const words = new Set<string>();
  for (const tokens of paragraphs) for (const t of tokens) if (t.kind === 'word' && t.capital) words.add(t.lower);
  return words;
}

/** The tokens with each lower-case word after a SURNAME_HONORIFICS word capitalised, when `capitalised` holds it. */
export function capitaliseSurnames(tokens: Token[], capitalised: ReadonlySet<string>): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    // The honorific before first: it rules out almost every word without a set lookup of its own.
    if (before?.kind !== 'word' || !before.capital || !SURNAME_HONORIFICS.has(before.lower)) continue;
    if (t?.kind !== 'word' || t.capital || !capitalised.has(t.lower)) continue;
    out ??= [...tokens];
    out[i] = { ...t, text: (t.text[0]?.toUpperCase() ?? '') + t.text.slice(1), capital: true };
  }
  return out ?? tokens;
}
