// Where in its sentence a person is mentioned, as coreference weighs it: a person named in passing — the agent of a
// passive ("arrested by Ann Hale"), the source a report quotes ("quoting Ann Hale"), or somebody in a subordinate
// clause ("when Hale was arrested") — is an aside, not whom the story goes on with: a later "he said" stands for
// the one speaking before such a person. An owner ("Hale's team won") is no aside: the story is often about them.
import { lowerAt } from './frames.ts';
import { roleBefore } from './rolePhrases.ts';
import type { Token } from './tokens.ts';

/** A position that makes a mention an aside, by name, with the test of a slot's span in its sentence. */
export interface AsidePosition {
  name: string;
  holds(tokens: Token[], from: number, to: number): boolean;
}

/** Words before a person a report quotes, not the writer: "The article, quoting Ann Hale, said …". */
export const REPORT_SOURCE_WORDS: ReadonlySet<string> = new Set(['quoting', 'citing']);

/** Words opening a subordinate clause: a person named in it is not the subject of the sentence. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'after',
  'because',
  'while',
  'although',
  'though',
  'if',
  'since',
  'before',
  'until',
  'unless',
  'whereas',
  'once',
]);

/** Marks that close the clause a subordinate clause may stand in. */
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * Whether one of `words` leads the phrase naming a person: right before it, or opening the role before the name
 * ("by Ann Hale", "quoting state councillor Ann Hale").
 */
function ledBy(words: ReadonlySet<string>, tokens: Token[], from: number): boolean {
  const start = Math.min(from, roleBefore(tokens, from)?.from ?? from);
  for (let k = Math.max(0, start - 1); k < from; k++) if (words.has(lowerAt(tokens, k))) return true;
  return false;
}

const BY: ReadonlySet<string> = new Set(['by']);

/**
 * Participles before "by" naming the author of a piece of work or the head of a body or event ("a report written by
 * Ann Hale", "a study led by Ann Hale", "the jury will be headed by Ann Hale"; not a host, "hosted by", whom a
 * story may bring in for someone else to talk about): whom the story goes on with, no aside.
 */
export const AUTHORED_BY: ReadonlySet<string> = new Set([
  'written',
  'authored',
  'co-authored',
  'compiled',
  'prepared',
  'led',
  'conducted',
  'headed',
  'chaired',
  'directed',
  'founded',
]);

/** Whether the person from token `from` is the agent of a passive, not the author of a work ("written by NAME"). */
function passiveAgent(tokens: Token[], from: number): boolean {
  if (!ledBy(BY, tokens, from)) return false;
  const start = Math.min(from, roleBefore(tokens, from)?.from ?? from);
  const by = lowerAt(tokens, start - 1) === 'by' ? start - 1 : from - 1;
  return !AUTHORED_BY.has(lowerAt(tokens, by - 1));
}

export const ASIDE_POSITIONS: readonly AsidePosition[] = [
  {
    // "the conditions experienced by Ann Hale", "announced by Judge Ann Hale"
    name: 'agent of a passive',
    holds: (tokens, from) => passiveAgent(tokens, from),
  },
  {
    // "The article, quoting state councillor Ann Hale, reported …"
    name: 'source a report quotes',
    holds: (tokens, from) => ledBy(REPORT_SOURCE_WORDS, tokens, from),
  },
  {
    // "… the conditions he faced when Hale was arrested": back to the clause's start, a subordinating word.
    name: 'subordinate clause',
    holds: (tokens, from) => {
      for (let k = from - 1; k >= 0; k--) {
        const t = tokens[k];
        if (t === undefined || t.kind === 'quote' || CLAUSE_BOUNDARIES.has(t.text)) return false;
        if (SUBORDINATORS.has(t.lower)) return true;
      }
      return false;
    },
  },
];

/** The aside position a slot's span stands in (the first that holds), or null when it stands in none. */
export function asidePosition(tokens: Token[], from: number, to: number): AsidePosition | null {
  return ASIDE_POSITIONS.find((p) => p.holds(tokens, from, to)) ?? null;
}
