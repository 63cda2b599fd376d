// Whom a quotation opens by addressing ("No, NAME. It is not true."): the one person whose words it cannot be, the
// speaker answering them instead.
import { normalizeName } from './match.ts';
import { HONORIFICS } from './rolePhrases.ts';

/** Marks closing a name called out at a quote's opening ("NAME, you know …", "No, NAME."). */
export const ADDRESS_CLOSERS: ReadonlySet<string> = new Set([',', '.', '!', '?']);

/** Most words before the name at a quote's opening, set off by a comma ("No,", "Come on,"). */
const ADDRESS_LEAD_WORDS = 2;

/**
 * Whether a quotation's text opens by calling on the person named `name`: a word of the name (or an honorific and
 * one) at its start, or after a word or two set off by a comma, closed by a comma or a sentence's end ("No, Tom.",
 * "Mr Baird, sit down."); a bare name at the start before a comma only with "you" after it (ADDRESSED_WORDS). A
 * speaker does not address themselves so.
 */
export function opensAddressing(text: string, name: string): boolean {
  const words = new Set(
    normalizeName(name)
      .split(' ')
      .filter((w) => w.length > 1),
  );
  // (The quote's text as stored may open with its marks: "“No, Tom.")
  const opening = text.replace(/^[\s\p{Pi}\p{Ps}"']+/u, '');
  const parts: readonly string[] = opening.match(/[\p{L}\p{M}'’-]+|[^\s\p{L}\p{M}]/gu) ?? [];
  const comma = parts.indexOf(',');
  const starts = [0];
  if (comma > 0 && comma <= ADDRESS_LEAD_WORDS) starts.push(comma + 1);
  return starts.some((k) => {
    const titled = HONORIFICS.has(normalizeName(parts[k] ?? ''));
    const at = titled ? (parts[k + 1] === '.' ? k + 2 : k + 1) : k;
    const word = normalizeName(parts[at] ?? '');
    const closer = parts[at + 1] ?? '';
    const next = normalizeName(parts[at + 2] ?? '');
    // (A bare name opening the quote before a comma is an address only when "you" follows: "NAME, you know …" —
    // not a surname that is a word too, "Young, broke and loud", nor one's own name, "Quarrie, as a name, …".)
    const bare = k === 0 && !titled && closer === ',' && !ADDRESSED_WORDS.has(next);
    // (Not a word said over and over: "Price, price, price.")
    return words.has(word) && ADDRESS_CLOSERS.has(closer) && next !== word && !bare;
  });
}

/** Words after a bare name and its comma that make the name an address ("NAME, you know that is not true."). */
export const ADDRESSED_WORDS: ReadonlySet<string> = new Set(['you', 'your']);
