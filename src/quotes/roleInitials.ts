// Roles written by their initials: "External Affairs Minister Ann Rao … the EAM said". The initials of a role of two
// capitalised words or more that a person of the article holds stand for that person.
import { INITIALS_SKIP } from './acronyms.ts';
import type { PeopleRegistry } from './people.ts';
import { OTHER_POSITION_MODIFIERS } from './roleLexicon.ts';

/** Words before an office that make it another position: initials never drop them (OTHER_POSITION_MODIFIERS). */
const KEPT_IN_INITIALS: ReadonlySet<string> = new Set([...OTHER_POSITION_MODIFIERS, 'former']);

/** A word in capitals that may be a role's initials ("EAM", "CJI"): two to five letters. */
export const ROLE_INITIALS = /^\p{Lu}{2,5}$/u;

/**
 * The initials a role may be written as: a word of it written in initials already ("Transport CS" is "CS"), and the
 * initials of its capitalised words (INITIALS_SKIP words left out: "Minister of State" is "MS"; hyphenated words
 * count each part: "Vice-Chancellor" is "VC"), and of the role before its "of" ("Vice-Chancellor of the university"
 * is "VC" too). Roles of fewer than two such words have no initials of their words.
 */
export function roleInitialsOf(role: string): string[] {
  // ("Transport CS", "Health CEC": a role written with its initials already has them; not a body's initials its
  // lower-case office follows, "HDMA director general".)
  const written = role.split(/\s+/u);
  const found: string[] = written.filter(
    (w, i) => ROLE_INITIALS.test(w) && !written.slice(i + 1).some((after) => /^\p{Ll}/u.test(after)),
  );
  for (const part of [role, role.split(/\s+of\s+/u)[0] ?? role]) {
    const words = part.split(/[\s-]+/u).filter((w) => w.length > 0 && !INITIALS_SKIP.has(w.toLowerCase()));
    if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    // ("Interior Cabinet Secretary … the CS said": the office without its portfolio words before it; never past
    // a word making it another position, as the deputy prime minister is not "the PM".)
    for (let drop = 0; words.length - drop >= 2; drop++) {
      if (drop > 0 && KEPT_IN_INITIALS.has(words[drop - 1]?.toLowerCase() ?? '')) break;
      const initials = words
        .slice(drop)
        .map((w) => w.charAt(0))
        .join('');
      if (!found.includes(initials)) found.push(initials);
    }
  }
  return found;
}

/** The people of article `articleId` by the initials of their roles (roleInitialsOf); null for initials two share. */
export function holdersByRoleInitials(registry: PeopleRegistry, articleId: string): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const id of registry.present.get(articleId) ?? []) {
    for (const role of registry.people.get(id)?.roles ?? []) {
      for (const initials of roleInitialsOf(role)) {
        const held = found.get(initials);
        found.set(initials, held === undefined || held === id ? id : null);
      }
    }
  }
  return found;
}
