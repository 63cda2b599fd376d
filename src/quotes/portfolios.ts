// Offices written with their portfolio or place before a name ("Minister for Water Resources NAME", "Mayor of
// Eastport NAME", "President of the Senate NAME"): where the office's words end and the name begins.
import { isCapitalised, lower } from './capitals.ts';
import { HEAD_TITLES, PORTFOLIO_WORDS, ROLE_NOUNS, TITLE_MODIFIERS, WEAK_HEAD_TITLES } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { NAME_PARTICLES } from './particles.ts';

/**
 * Whether the run starting at `from` follows an office and the "for" or "of" of its portfolio ("Minister for …",
 * "Minister of State for …", "Secretary for Work and …"): its opening portfolio words are the role's.
 */
export function followsPortfolioLink(tokens: Token[], from: number): boolean {
  return portfolioOfficeAt(tokens, from) !== -1;
}

/**
 * Where the office whose portfolio opens the run at `from` is written ("Minister" of "Federal Minister for Postal
 * Services NAME"), or -1 when the run opens with no portfolio.
 */
/** Words linking an office to its portfolio: "Minister for …", "President of the Senate". */
export const PORTFOLIO_LINKS: ReadonlySet<string> = new Set(['for', 'of']);

export function portfolioOfficeAt(tokens: Token[], from: number): number {
  let k = from - 1;
  while (k >= 0 && (lower(tokens[k]) === 'and' || lower(tokens[k]) === '&' || isPortfolioWord(tokens[k]))) k--;
  // "President of the Senate NAME", "Clerk of the Court NAME": the body after "of the" is the office's too.
  if (lower(tokens[k]) === 'the') k--;
  if (!PORTFOLIO_LINKS.has(lower(tokens[k]))) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j];
    if (!isCapitalised(t) && !PORTFOLIO_LINKS.has(lower(t))) return -1;
    // "Minister", "Chief", and any capitalised role noun ("Speaker of Parliament", "Clerk of the Court").
    if (isCapitalised(t) && isOfficeWord(t)) return j;
    // "US Attorney for the Northern District of Tarrow NAME", "Judge for the District of …": a court's or
    // an office's district, itself the portfolio of an office before it, links that office to the place after it.
    if (isCapitalised(t) && OFFICE_JURISDICTIONS.has(lower(t))) {
      let opening = j;
      while (opening > j - 2 && isCapitalised(tokens[opening - 1]) && !isOfficeWord(tokens[opening - 1])) opening--;
      return portfolioOfficeAt(tokens, opening);
    }
    // ("Dr Ann Lee of the Harbour Institute for Rural Studies": a capitalised word that is no office's is a name,
    // whose own title is no office of the body after it.)
    if (isCapitalised(t) && !isPortfolioWord(t)) return -1;
  }
  return -1;
}

/** The districts of a court or an office, served by the office before them ("Attorney for the Eastern District"). */
export const OFFICE_JURISDICTIONS: ReadonlySet<string> = new Set(['district']);

/** Whether a word is an office's: a head title ("Minister", "Chief") or any role noun ("Clerk", "Speaker"). */
function isOfficeWord(token: Token | undefined): boolean {
  const word = lower(token);
  return HEAD_TITLES.has(word) || WEAK_HEAD_TITLES.has(word) || ROLE_NOUNS.has(word);
}

export function isPortfolioWord(token: Token | undefined): boolean {
  return isCapitalised(token) && (PORTFOLIO_WORDS.has(lower(token)) || TITLE_MODIFIERS.has(lower(token)));
}

/** Whether the run at `from` opens with an office's portfolio ("for Climate Change Senator Sadia Rehman"). */
export function opensWithPortfolio(tokens: Token[], from: number): boolean {
  if (!followsPortfolioLink(tokens, from)) return false;
  let to = from;
  while (isCapitalised(tokens[to])) to++;
  return isPortfolioWord(tokens[from]) || officePlaceEnd(tokens, from, to) > from;
}

/**
 * Where the place an office serves ends in the run [from, to) after "Mayor of", "Governor of" when no portfolio
 * word opens it: "Mayor of Eastport Jane Rowe", "Governor of Lagos State Femi Adeyemi" — the run's last two words
 * are the person's, the words before them the place's. `from` when the run is no longer than a name.
 */
export function officePlaceEnd(tokens: Token[], from: number, to: number): number {
  if (to - from < 3 || isPortfolioWord(tokens[from]) || !followsPortfolioLink(tokens, from)) return from;
  // ("Mayor of Eastport Siobhán Ó Ceallaigh": a particle inside the name is the name's too.)
  let start = to;
  for (let words = 0; words < 2 && start > from + 1; ) {
    start--;
    if (!NAME_PARTICLES.has(lower(tokens[start]))) words++;
  }
  return start;
}
