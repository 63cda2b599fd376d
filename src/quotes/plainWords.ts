// Text that the name folding (normalizeName, isPlaceName) would leave as it is but for its case: ASCII letters and
// digits in words one space apart. Most names are written so, and for them the folding's regular expressions and a
// lookup in a large memo cost far more than lower-casing.
import { isAsciiAlphanumeric } from '../corpus/ascii.ts';

/** Whether `text` is ASCII letters and digits only, in words one space apart, with no space at either end. */
export function isPlainWords(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  let previousSpace = true;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (isAsciiAlphanumeric(code)) previousSpace = false;
    else return false;
  }
  return !previousSpace;
}
