// The plainest questions about one token, asked by the name readers (names.ts, portfolios.ts): is it capitalised,
// is it written in capitals as an acronym is, and its lower-case form.
import type { Token } from './tokens.ts';

export function isCapitalised(token: Token | undefined): boolean {
  return token?.capital === true;
}

export function isAcronym(text: string): boolean {
  return text.length >= 2 && /^[\p{Lu}\p{N}.&-]+$/u.test(text);
}

export function lower(token: Token | undefined): string {
  return token?.lower ?? '';
}
