// Looking a written name up among the corpus's people: the exact normalised form first, then a one-letter slip on a
// long single-word name (the registry keeps every form's one-letter deletions for that).
import { editDistance, normalizeName } from './match.ts';
import { NAME_SUFFIXES } from './lexicon.ts';
import type { PeopleRegistry } from './people.ts';

/** A name's words, normalised (case, accents, punctuation folded), as the registry keys its forms. */
export function tokensOf(name: string[]): string[] {
  return normalizeName(name.join(' '))
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Every form of `word` with one letter deleted. */
export function oneDeleted(word: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

export interface NameMatch {
  ids: string[];
  /** The name was recognised only through a typo of a known surname. */
  typo: boolean;
}

/**
 * A name's words (normalised) without the generational suffix that closes it ("samuel t okoye" for "samuel t okoye
 * jr"), or null when it has none; a name of two words keeps its last word, whatever it is.
 */
export function withoutSuffix(tokens: readonly string[]): string[] | null {
  return tokens.length >= 3 && NAME_SUFFIXES.has(tokens[tokens.length - 1] ?? '') ? tokens.slice(0, -1) : null;
}

/**
 * The people a written name can refer to: exact forms first, then a one-letter slip on a long surname. `raw` is the
 * name's words joined by spaces, when the caller has it already.
 */
export function lookupName(registry: PeopleRegistry, name: string[], raw = name.join(' ')): NameMatch {
  const known = registry.memo.get(raw);
  if (known) return known;
  const match = findName(registry, tokensOf(name).join(' '), name.length);
  registry.memo.set(raw, match);
  return match;
}

function findName(registry: PeopleRegistry, key: string, words: number): NameMatch {
  const exact = registry.forms.get(key);
  if (exact && exact.length > 0) return { ids: [...exact], typo: false };
  // "Ann Hale Jr." asked for where the articles wrote "Ann Hale": the generational suffix is no part of the surname.
  const unsuffixed = words >= 3 ? withoutSuffix(key.split(' ')) : null;
  if (unsuffixed !== null) return findName(registry, unsuffixed.join(' '), words - 1);
  if (words !== 1 || key.length < 6) return { ids: [], typo: false };
  // One letter added, dropped or changed: the form is among the deletions of the key, or shares one with it.
  const candidates = new Set<string>(registry.deletions.get(key) ?? []);
  for (const variant of oneDeleted(key)) {
    if (registry.forms.has(variant) && !variant.includes(' ')) candidates.add(variant);
    for (const form of registry.deletions.get(variant) ?? []) candidates.add(form);
  }
  const ids: string[] = [];
  for (const form of [...candidates].sort()) {
    if (editDistance(form, key, 1) !== 1) continue;
    for (const id of registry.forms.get(form) ?? []) if (!ids.includes(id)) ids.push(id);
  }
  return { ids, typo: ids.length > 0 };
}

/**
 * The one person of the article a name as a heading writes it stands for ("ANA RUIZ", or "ANA OKAFOR-HALE" where the
 * article writes "Okafor-Hale" alone): by the full name, else by its last word, and a single word also as a given name
 * ("WHAT LUCA SAID"); null when none or several, or when one word is one person's given name and another's surname.
 */
export function personOfArticle(registry: PeopleRegistry, articleId: string, words: string[]): string | null {
  const present = registry.present.get(articleId) ?? new Set<string>();
  const person = (id: string): boolean => registry.people.get(id)?.kind === 'person';
  const full = lookupName(registry, words).ids.filter(person);
  // ("WHAT LUCA SAID": one word may be the given name of one person of the article — and no answer when it is
  // another's surname too, "WHAT GRANT SAID" with a Grant Holm and an Ana Grant.)
  const given = words.length === 1 ? normalizeName(words[0] ?? '') : '';
  const byGiven =
    given === ''
      ? []
      : [...present].filter(
          (id) =>
            person(id) &&
            !full.includes(id) &&
            normalizeName(registry.people.get(id)?.name ?? '').split(' ')[0] === given,
        );
  if (full.length === 1) return byGiven.length === 0 ? (full[0] ?? null) : null;
  const bySurname = lookupName(registry, words.slice(-1)).ids.filter((id) => person(id) && present.has(id));
  if (full.length > 0 || bySurname.length > 1) return null;
  const givenOnly = byGiven.filter((id) => !bySurname.includes(id));
  if (givenOnly.length > 0) return bySurname.length === 0 && givenOnly.length === 1 ? (givenOnly[0] ?? null) : null;
  return bySurname[0] ?? null;
}
