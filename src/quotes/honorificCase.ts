// A surname the writer left in lower case after an honorific ("Mr hale said") where the article spells it with
// a capital elsewhere ("MP Ann Hale"), and a tabloid's opening word in capitals ("MAURA Hope has quit"): read as the
// name it is, so the speech verb has its speaker.
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

/** Whether the article writes `word` (lower case) in title case somewhere ("Maura" for an opening "MAURA"). */
function writtenInTitleCase(paragraphs: readonly (readonly Token[])[], word: string): boolean {
  return paragraphs.some((tokens) =>
    tokens.some((t) => t.kind === 'word' && t.lower === word && /^\p{Lu}\p{Ll}/u.test(t.text)),
  );
}

/** Most words of a name a story opens with in capitals ("NORA ELIN GREEN has …"). */
const OPENING_CAPITALS_WORDS = 3;

/**
 * "MAURA Hope has broken her silence …", "NORA GREEN has won …": a tabloid, and a live page at each update, sets the
 * first words of a paragraph in capitals. The opening words of a body paragraph in capitals (up to
 * OPENING_CAPITALS_WORDS) before a word that is not are written in title case when the article writes each so
 * elsewhere ("Nora Green wins …"); an acronym ("NATO said") the article never writes so stays.
 */
export function titleCaseOpening(tokens: Token[], paragraphs: readonly (readonly Token[])[]): Token[] {
  let end = 0;
  while (end < tokens.length && isCapitalsWord(tokens[end])) end++;
  if (end === 0 || end > OPENING_CAPITALS_WORDS) return tokens;
  const next = tokens[end];
  if (next?.kind !== 'word' || !/^\p{L}\p{Ll}/u.test(next.text)) return tokens;
  // (The whole article is read only for an opening in capitals, rare: not for every paragraph.)
  const opening = tokens.slice(0, end);
  if (!opening.every((t) => writtenInTitleCase(paragraphs, t.lower))) return tokens;
  const written = opening.map((t) => ({ ...t, text: (t.text[0] ?? '') + t.text.slice(1).toLowerCase() }));
  return [...written, ...tokens.slice(end)];
}

/** A word of two or more letters, all capitals ("MAURA", "GREEN"). */
function isCapitalsWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && /^\p{Lu}{2,}$/u.test(t.text);
}
