// Two people of one surname in different articles: "Mr Justice Ode" in one, "Tara Ode" the singer in full in
// another. A lone surname merges into the corpus's one full name of that surname unless this says they are apart.
import { HONORIFICS } from './rolePhrases.ts';

/** The titles and roles each name key was written with, and the keys written at least once with none. */
export interface KeyTitles {
  roles: Map<string, string[]>;
  untitled: Set<string>;
}

/** Reads each evidence's key and role (null when written with no title or role) into KeyTitles. */
export function keyTitles(evidence: readonly { key: string; role: string | null }[]): KeyTitles {
  const roles = new Map<string, string[]>();
  const untitled = new Set<string>();
  for (const { key, role } of evidence) {
    if (role === null) untitled.add(key);
    else roles.set(key, [...(roles.get(key) ?? []), role]);
  }
  return { roles, untitled };
}

/** The words of roles that say what a person does, past honorifics ("Mr Justice" → "justice"). */
function roleWords(roles: readonly string[]): Set<string> {
  return new Set(
    roles.flatMap((r) =>
      r
        .toLowerCase()
        .split(/\s+/u)
        .filter((w) => w.length > 0 && !HONORIFICS.has(w.replace(/\.$/u, ''))),
    ),
  );
}

/**
 * Whether lone surname `key`, written only in articles without the full name `canonical`, stands for somebody else:
 * every time the key is written it carries a title or role of its own, and none of that role's words is among the
 * roles the full name was written with ("Mr Justice Ode" is not the singer Tara Ode; "President Ode" and "President
 * Tara Ode" are one).
 */
export function titledApart(titles: KeyTitles, key: string, canonical: string): boolean {
  const own = titles.roles.get(key);
  if (own === undefined || titles.untitled.has(key)) return false;
  const ownWords = roleWords(own);
  if (ownWords.size === 0) return false;
  const theirs = roleWords(titles.roles.get(canonical) ?? []);
  return ![...ownWords].some((w) => theirs.has(w));
}
