// Organisations an article names in full once and by their initials after: "the North Arden Fire Service
// (Nafs) … said Nafs", "leader of the Federated Union of Dockers … the FUD said". The short form that
// speaks is the organisation the full name is.
import type { Sentence } from './frames.ts';
import { isOrganisationName } from './organisations.ts';
import { isRoleHead } from './rolePhrases.ts';
import type { NameEvidence } from './people.ts';
import type { Token } from './tokens.ts';
import { afterAccordingTo, isSpeechVerbAt, speechVerbAfter } from './verbReach.ts';

/** Lower-case words inside an organisation's full name that its initials leave out ("Union of Dockers"). */
export const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/** Fewest and most letters of a short form read as initials. */
const INITIALS_MIN = 2;
const INITIALS_MAX = 6;

/** Most letters of a short form written in title case ("Nafs"), where longer words are ordinary ones. */
const TITLE_CASE_MAX = 6;

/** Whether a word may be a short form of initials: capitals ("FUD", "NHS"), or a short word in title case ("Nafs"). */
function initialsWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !token.capital) return false;
  const n = token.text.length;
  if (n < INITIALS_MIN || n > INITIALS_MAX) return false;
  return /^\p{Lu}+$/u.test(token.text) || (n <= TITLE_CASE_MAX && /^\p{Lu}\p{Ll}+$/u.test(token.text));
}

/**
 * The full name whose capitalised words' initials spell `short` (case folded), as an article writes it: capitalised
 * words with INITIALS_SKIP words between them, naming an organisation by a cue word ("Federated Union of Dockers").
 */
export function expansionOf(short: string, sentences: readonly Sentence[]): string[] | null {
  const letters = short.toUpperCase();
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]?.capital || tokens[i]?.kind !== 'word') continue;
      const words: string[] = [];
      let initials = '';
      for (let k = i; k < tokens.length && initials.length <= letters.length; k++) {
        const t = tokens[k];
        if (t?.kind !== 'word') break;
        if (!t.capital && !INITIALS_SKIP.has(t.lower)) break;
        words.push(t.text);
        if (!t.capital) continue;
        initials += t.text[0]?.toUpperCase() ?? '';
        if (initials === letters && words.length >= 2 && isOrganisationName(words) && !namesRole(words)) return words;
      }
    }
  }
  return null;
}

/**
 * Whether a capitalised phrase is a role, not a body, by its head before any "of" or "for" ("Deputy Commissioner of
 * Police", whose "the DCP said" is the person holding it; the "Federated Union of Dockers" is a body).
 */
function namesRole(words: readonly string[]): boolean {
  const link = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = words[(link === -1 ? words.length : link) - 1] ?? '';
  return isRoleHead(head.toLowerCase());
}

/**
 * Organisations that speak by a short form the article spells out elsewhere: a single word of initials before a
 * speech verb or after one opening its clause ("the FUD said", "said Nafs"), named by the full name it stands for.
 */
export function acronymEvidence(articleId: string, sentences: readonly Sentence[]): NameEvidence[] {
  const found: NameEvidence[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!initialsWord(t) || tokens[i + 1]?.capital || tokens[i - 1]?.capital) continue;
      const inverted = isSpeechVerbAt(tokens, i - 1) || afterAccordingTo(tokens, i);
      if (!speechVerbAfter(tokens, i + 1) && !inverted) continue;
      const short = t?.text ?? '';
      if (seen.has(short)) continue;
      seen.add(short);
      const full = expansionOf(short, sentences);
      if (full !== null) found.push({ articleId, name: full, role: null, gender: null, kind: 'organisation', short });
    }
  }
  return found;
}
