// Two people of one surname in different articles: "Mr Justice Ode" in one, "Tara Ode" the singer in full in
// another. A lone surname merges into the corpus's one full name of that surname unless this says they are apart.
import type { Gender } from './names.ts';
import { ROLE_ABBREVIATIONS, roleHoldsTitle } from './roleLexicon.ts';
import { HONORIFICS } from './rolePhrases.ts';

/** The titles and roles each name key was written with, the keys written at least once with none, and the genders
 * each key was written with (a title's, "Mr", or a role noun's, "spokeswoman"; null when neither tells one). */
export interface KeyTitles {
  roles: Map<string, string[]>;
  untitled: Set<string>;
  genders: Map<string, Set<Gender | null>>;
}

/** Reads each evidence's key, role (null when written with no title or role) and gender into KeyTitles. */
export function keyTitles(
  evidence: readonly { key: string; role: string | null; gender?: Gender | null }[],
): KeyTitles {
  const roles = new Map<string, string[]>();
  const untitled = new Set<string>();
  const genders = new Map<string, Set<Gender | null>>();
  for (const { key, role, gender = null } of evidence) {
    if (role === null) untitled.add(key);
    else roles.set(key, [...(roles.get(key) ?? []), role]);
    genders.set(key, (genders.get(key) ?? new Set()).add(gender));
  }
  return { roles, untitled, genders };
}

/** The words of roles that say what a person does, past honorifics ("Mr Justice" → "justice"). */
function roleWords(roles: readonly string[]): Set<string> {
  return new Set(
    roles.flatMap((r) =>
      r
        .toLowerCase()
        .split(/\s+/u)
        .map((w) => w.replace(/\.$/u, ''))
        .filter((w) => w.length > 0 && !HONORIFICS.has(w)),
    ),
  );
}

/**
 * Whether role word `w` is among the roles `theirs` was written with: the word itself, or the whole role an abbreviated
 * title stands for ("gov" in "State Governor"; "pm" is not in "Foreign Minister").
 */
function sharesRoleWord(w: string, theirs: ReadonlySet<string>, theirRoles: readonly string[]): boolean {
  if (theirs.has(w)) return true;
  return ROLE_ABBREVIATIONS.has(w) && theirRoles.some((r) => roleHoldsTitle(r, w));
}

/**
 * Whether lone surname `key`, written only in articles without the full name `canonical`, stands for somebody else:
 * every time the key is written its title is of the other gender than `canonicalGender` (the full name's, as its
 * pronouns or else its given name tell it), or every time the key is written it carries a title or role of its own,
 * and none of that role's words is among the roles the full name was written with ("Mr Justice Ode" is not the singer
 * Tara Ode; "President Ode" and "President Tara Ode" are one).
 */
export function titledApart(
  titles: KeyTitles,
  key: string,
  canonical: string,
  canonicalGender: Gender | null = null,
): boolean {
  // "Mr Hale" (a teacher of one article) is not "Ruth Hale" of another: the surname is written every time with a
  // title of the other gender than the full name's.
  const genders = titles.genders.get(key);
  const other = canonicalGender === 'male' ? 'female' : canonicalGender === 'female' ? 'male' : null;
  if (other !== null && genders?.size === 1 && genders.has(other)) return true;
  const own = titles.roles.get(key);
  if (own === undefined || titles.untitled.has(key)) return false;
  const ownWords = roleWords(own);
  if (ownWords.size === 0) return false;
  const theirRoles = titles.roles.get(canonical) ?? [];
  const theirs = roleWords(theirRoles);
  return ![...ownWords].some((w) => sharesRoleWord(w, theirs, theirRoles));
}
