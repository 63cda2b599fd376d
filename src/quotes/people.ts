// People as entities across the corpus: names found with evidence that they belong to a person (a title, a role,
// "who", a speech verb) are clustered into one person per full name, with every alias and role seen.
import { SPEECH_VERBS } from './lexicon.ts';
import { aliasKey, editDistance } from './match.ts';
import { GenderVotes } from './genderVotes.ts';
import { GIVEN_NAME_SHORT_FORMS, sameGivenName } from './givenNameForms.ts';
import { type Gender, NAME_PARTICLES, wordBeforeParticle } from './names.ts';
import { isPlaceName } from './places.ts';
import { surnameBeforeRomanisedGivenName, surnameWrittenFirst } from './surnameFirst.ts';
import { type KeyTitles, keyTitles, titledApart } from './titledApart.ts';
import { type NameMatch, oneDeleted, tokensOf, withoutSuffix } from './nameLookup.ts';

export { lookupName, type NameMatch } from './nameLookup.ts';

export interface Person {
  /** Stable id: the normalised canonical name. */
  id: string;
  /** The fullest form of the name seen ("Anders Fogh Rasmussen"). */
  name: string;
  /** Every form the person was referred to by, canonical name first. */
  aliases: string[];
  /** Roles the person was introduced with ("NATO spokeswoman", "Russia’s ambassador to NATO"). */
  roles: string[];
  gender: Gender | null;
  /** A person, or an organisation speaking as one ("the Health Ministry said"). */
  kind: SpeakerKind;
}

export type SpeakerKind = 'person' | 'organisation';

/** A name seen in an article with evidence that it is a person's. */
export interface NameEvidence {
  articleId: string;
  name: string[];
  role: string | null;
  gender: Gender | null;
  /** Set for an organisation's name ("Acme Corp said"); people leave it out. */
  kind?: 'organisation';
  /** A single speaking word that no full name in its article accounts for ("Okoro said"). */
  alone?: true;
  /** An organisation's short form the article uses for it ("Nafs" for the North Arden Fire Service). */
  short?: string;
  /** An organisation's name set off after a body's noun ("The delivery firm, Harwick Parcels, said", "recalled by
   * the manufacturer, Tallow Bikes."): its article's plain "Tallow Bikes said" makes no person of it. */
  byBodyNoun?: true;
  /** Set off after the body's noun of a role held there ("Chair of the group NAME", sentenceEvidence.ts
   * heldOfBodyNoun): the name may be the holder's instead, if its first word is a given name the lists know. */
  heldAtBody?: true;
  /** A full name with no evidence but its surname or given name used alone (givenNameEvidence.ts): kept only when
   * the first word is a given name the registry's given-name lists know. */
  givenName?: true;
  /** The full name this one stands for, its article having written the nickname in quote marks inside it ("Mina van
   * Ost" for "Wilhelmina “Mina” van Ost", nicknames.ts): no evidence of the name itself. */
  nicknameOf?: string[];
  /** The age stated right after the name ("Ann Hale, 45,": 45). */
  age?: string;
}

/** A pronoun that referred to a named person in the same sentence. */
export interface GenderCue {
  articleId: string;
  name: string[];
  gender: Gender;
}

export interface PeopleRegistry {
  people: Map<string, Person>;
  /** Normalised name form -> ids of the people it can name. */
  forms: Map<string, string[]>;
  /** Each one-word form with one letter deleted -> the forms, so a typo is found without scanning every name. */
  deletions: Map<string, string[]>;
  /** Lookups already answered, by the name as written. */
  memo: Map<string, NameMatch>;
  /** Ids of the people named in full in each article. */
  present: Map<string, Set<string>>;
  /** The normalised names each article gives evidence of being a person's or an organisation's ("Gov. Cooper"). */
  evidenced: Map<string, Set<string>>;
  /** Ids of the people whose gender only their given name told (a guess: "Gurpreet" is borne by women too). */
  guessedGender?: Set<string>;
  /** One-word names with evidence that the given-name lists know ("Rose", "Liam"), normalised: a person's own name,
   * not the short form of another's ("Ambrose", "William"). */
  givenNameWords?: Set<string>;
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((t, i) => long[offset + i] === t);
}

/** "George Bush" within "George W Bush": same first and last word, the rest in order. */
function isSubsequence(short: string[], long: string[]): boolean {
  if (
    short.length < 2 ||
    short.length > long.length ||
    short[0] !== long[0] ||
    short[short.length - 1] !== long[long.length - 1]
  )
    return false;
  let j = 0;
  for (const t of long) if (t === short[j]) j++;
  return j === short.length;
}

function addUnique(list: string[], value: string): void {
  const key = aliasKey(value);
  if (key.length === 0) return;
  if (!list.some((v) => aliasKey(v) === key)) list.push(value);
}

function addForm(forms: Map<string, string[]>, form: string, id: string): void {
  const list = forms.get(form) ?? [];
  if (!list.includes(id)) list.push(id);
  forms.set(form, list);
}

/** Adds `entry` to the list `map` keeps under `key`, in place (a copy for each would cost the square of a bucket's size). */
export function addToBucket<V>(map: Map<string, V[]>, key: string, entry: V): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(entry);
  else map.set(key, [entry]);
}

/** Whether one of `words` is one letter added, dropped or changed from `key`. */
function oneSlipFrom(words: Iterable<string>, key: string): boolean {
  for (const word of words)
    if (Math.abs(word.length - key.length) <= 1 && editDistance(word, key, 1) === 1) return true;
  return false;
}

/** Fewest letters of a surname that a one-letter slip may be read as misspelling (shorter ones are other names). */
const MISSPELT_SURNAME_LETTERS = 6;

/**
 * Whether `name` is `canonical` with its surname misspelt by one letter ("angelo matthews" for "angelo mathews"): the
 * same number of words, the same words before the surname, surnames of MISSPELT_SURNAME_LETTERS or more.
 */
function misspeltSurname(name: readonly string[], canonical: readonly string[]): boolean {
  const last = name[name.length - 1] ?? '';
  return (
    name.length === canonical.length &&
    last.length >= MISSPELT_SURNAME_LETTERS &&
    name.slice(0, -1).every((w, i) => canonical[i] === w) &&
    oneSlipFrom([canonical[canonical.length - 1] ?? ''], last)
  );
}

/**
 * The middle word of a name of three words ("Mateo Sarmiento Ruiz": sarmiento), the first of two surnames where
 * Spanish-speaking countries write one given name and two surnames ("Sarmiento said"); null for any other name, or when the
 * middle word is an initial or a particle, or the last a speech verb. (A middle name elsewhere is rarely written
 * alone, so little is lost.)
 */
function middleOfThree(tokens: readonly string[]): string | null {
  const middle = tokens[1];
  if (tokens.length !== 3 || middle === undefined || middle.length < 2 || tokens.some((t) => NAME_PARTICLES.has(t)))
    return null;
  // ("Tesla CEO Ann Okafor Says": a headline's run closed by its speech verb is no name of three words.)
  return SPEECH_VERBS.has(tokens[2] ?? '') ? null : middle;
}

/** How many of a name's words are a single letter, an initial ("peace n kiwanuka": 1). */
function initialsIn(tokens: readonly string[]): number {
  return tokens.filter((t) => t.length === 1).length;
}

/**
 * Whether two names of as many words are one, some middle word written in full in one and as its initial in the
 * other ("peace n kiwanuka", "peace nakabugo kiwanuka"), the first and last words the same and written in full.
 */
function sameButInitials(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 3 || a.join(' ') === b.join(' ')) return false;
  const last = a.length - 1;
  if (a[0] !== b[0] || a[last] !== b[last] || (a[last] ?? '').length < 2) return false;
  return a.every((w, i) => {
    const v = b[i] ?? '';
    return (
      w === v || (i > 0 && i < last && ((w.length === 1 && v.startsWith(w)) || (v.length === 1 && w.startsWith(v))))
    );
  });
}

/**
 * Whether the names keyed `a` and `b` were both written with roles and each stands apart from the other as titledApart
 * reads it (its titles of the other's gender, or its role words none of the other's, and never written without one).
 */
function rolesApart(titles: KeyTitles, a: string, b: string): boolean {
  if (!titles.roles.has(a) || !titles.roles.has(b)) return false;
  return titledApart(titles, a, b) && titledApart(titles, b, a);
}

/** Whether the names keyed `a` and `b` have evidence in one article. */
function shareArticle(articlesOf: ReadonlyMap<string, ReadonlySet<string>>, a: string, b: string): boolean {
  const of = articlesOf.get(b);
  return [...(articlesOf.get(a) ?? [])].some((id) => of?.has(id) === true);
}

/**
 * The gender a given name is usually borne with ("Yvonne" a woman's, "Theo" a man's), or null when unknown: a table
 * the loader brings in from a maintained library (src/load/givenNames.ts) and passes to the book's build.
 */
export type GivenNameGender = (given: string) => Gender | null;

/**
 * The first of two surnames of a name of four words with no particles ("José Manuel Ferrer Ocampo": ferrer), as
 * Spanish-speaking countries write two given names and two surnames; null for any other name.
 */
function firstOfTwoSurnames(tokens: readonly string[]): string | null {
  if (tokens.length !== 4 || tokens.some((t) => NAME_PARTICLES.has(t))) return null;
  return tokens[2] ?? null;
}

/**
 * Clusters the evidenced names into people; a lone surname shared by two people stays unattached. A person whose
 * titles and pronouns say nothing of their gender takes their given name's (`givenNameGender`), if known.
 */
export function buildRegistry(
  allEvidence: NameEvidence[],
  cues: GenderCue[],
  givenNameGender?: GivenNameGender,
): PeopleRegistry {
  // "said Nafs" where the article spelt out "North Arden Fire Service (Nafs)": the short form is the body's.
  const shorts = new Set(allEvidence.flatMap((e) => (e.short === undefined ? [] : [tokensOf([e.short]).join(' ')])));
  const evidence = allEvidence.filter(
    (e) =>
      e.kind !== 'organisation' &&
      !(e.name.length === 1 && shorts.has(tokensOf(e.name).join(' '))) &&
      (e.givenName !== true || knownGivenNameFirst(e.name, givenNameGender)) &&
      e.nicknameOf === undefined,
  );
  const display = new Map<string, string>();
  const counts = new Map<string, number>();
  const articlesOf = new Map<string, Set<string>>();
  /** Keys with evidence other than a lone speaking word. */
  const named = new Set<string>();
  for (const e of evidence) {
    const key = tokensOf(e.name).join(' ');
    if (key.length === 0 || isPlaceName(e.name.join(' '))) continue;
    if (!display.has(key)) display.set(key, e.name.join(' '));
    counts.set(key, (counts.get(key) ?? 0) + 1);
    articlesOf.set(key, (articlesOf.get(key) ?? new Set()).add(e.articleId));
    if (e.alone !== true) named.add(key);
  }
  const titles = keyTitles(evidence.map((e) => ({ key: tokensOf(e.name).join(' '), role: e.role, gender: e.gender })));
  // A full name's gender as the pronouns of its sentences tell it (one way only) or, when they say nothing, its given
  // name (as genderVotes.ts decides: a given name only when no pronoun voted).
  const cueGenders = new Map<string, Set<Gender>>();
  for (const c of cues) {
    const key = tokensOf(c.name).join(' ');
    cueGenders.set(key, (cueGenders.get(key) ?? new Set()).add(c.gender));
  }
  const knownGender = (id: string): Gender | null => {
    const told = cueGenders.get(id);
    if (told !== undefined) return told.size === 1 ? ([...told][0] ?? null) : null;
    return givenNameGender?.(canonicalTokens.get(id)?.[0] ?? '') ?? null;
  };
  /** People made of a lone surname kept apart from the full name of another article (titledApart.ts). */
  const apart = new Set<string>();
  const keys = [...display.keys()].sort((a, b) => {
    const la = a.split(' ').length;
    const lb = b.split(' ').length;
    return lb - la || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  });
  // "Mina van Ost" where its article wrote "Wilhelmina “Mina” van Ost": the two names of one person, either way —
  // only when every article that writes the short one says so (the names are the book's, not an article's), and not
  // when that article gives both ages and no age is the same ("her granddaughter and namesake, Mina van Ost, 23").
  const nicknamed = new Map<string, { other: string; articleId: string }[]>();
  const nicknamedFull = new Set<string>();
  for (const e of allEvidence) {
    if (e.nicknameOf === undefined) continue;
    const short = tokensOf(e.name).join(' ');
    const full = tokensOf(e.nicknameOf).join(' ');
    addToBucket(nicknamed, short, { other: full, articleId: e.articleId });
    addToBucket(nicknamed, full, { other: short, articleId: e.articleId });
    nicknamedFull.add(full);
  }
  // (Read only when some article gives a nickname: most books have none, and these walk every piece of evidence.)
  const ages = new Map<string, Set<string>>();
  // ("Her granddaughter Mina van Ost started work …": a short name the article brings in with a role of its own is
  // somebody introduced afresh, no nickname's name.)
  const introduced = new Set<string>();
  if (nicknamed.size > 0)
    for (const e of evidence) {
      const key = `${e.articleId}\u0000${tokensOf(e.name).join(' ')}`;
      if (e.age !== undefined) ages.set(key, (ages.get(key) ?? new Set()).add(e.age));
      if (e.role !== null) introduced.add(key);
    }
  const agesApart = (articleId: string, a: string, b: string): boolean => {
    const of = ages.get(`${articleId}\u0000${a}`);
    const other = ages.get(`${articleId}\u0000${b}`);
    return of !== undefined && other !== undefined && ![...of].some((age) => other.has(age));
  };
  /** Whether every article that writes the short name of the nickname pair `a`, `b` declares the pair. */
  const declaredWherever = (a: string, b: string): boolean => {
    const declaring = new Set((nicknamed.get(a) ?? []).filter((n) => n.other === b).map((n) => n.articleId));
    const short = nicknamedFull.has(a) ? b : a;
    return [...(articlesOf.get(short) ?? [])].every((articleId) => declaring.has(articleId));
  };
  const people = new Map<string, Person>();
  const canonicalTokens = new Map<string, string[]>();
  // A shorter name can only be a suffix or subsequence of a canonical name ending in the same word.
  const canonicalByLast = new Map<string, [string, string[]][]>();
  const keyToId = new Map<string, string>();
  // "Tedros Adhanom" within "Tedros Adhanom Ghebreyesus": a name of two words or more opening a longer one.
  const canonicalByOpening = new Map<string, [string, string[]][]>();
  // Canonical names of two words or more by their first word: where a misspelt surname's name is looked for.
  const canonicalByFirst = new Map<string, [string, string[]][]>();
  // The canonical names by the word before their particles ("Lula" of "Luiz Inacio Lula da Silva"), in the order
  // they were made: looked up for one-word keys instead of scanning every canonical name for each.
  const canonicalByParticle = new Map<string, [string, string[]][]>();
  for (const key of keys) {
    const tokens = key.split(' ');
    const sameLast = canonicalByLast.get(tokens[tokens.length - 1] ?? '') ?? [];
    let matches = sameLast.filter(([, long]) => isSuffix(tokens, long) || isSubsequence(tokens, long));
    if (matches.length === 0 && tokens.length >= 2) {
      // Not into a headline's run ("Ann Okafor Says"): the longer name's extra words hold no speech verb.
      matches = (canonicalByOpening.get(tokens.slice(0, 2).join(' ')) ?? []).filter(
        ([, long]) =>
          long.length > tokens.length &&
          tokens.every((t, i) => long[i] === t) &&
          !long.slice(tokens.length).some((w) => SPEECH_VERBS.has(w)),
      );
    }
    // "Lula said" after "Luiz Inacio Lula da Silva": the word before a long name's particles.
    if (matches.length === 0 && tokens.length === 1) matches = [...(canonicalByParticle.get(tokens[0] ?? '') ?? [])];
    // "Tomas Lindqvst" in a headline over "Captain Tomas Lindqvist": the same given names, the surname misspelt.
    if (matches.length === 0 && tokens.length >= 2)
      matches = (canonicalByFirst.get(tokens[0] ?? '') ?? []).filter(
        ([id, long]) => misspeltSurname(tokens, long) && shareArticle(articlesOf, key, id),
      );
    // "Peace N. Kiwanuka" and "Peace Nakabugo Kiwanuka": a middle name written as its initial, either way — in one
    // article, or in two that give them no roles apart ("Finance Minister Ana María Ruiz-Berg", "Ana M. Ruiz-Berg, a
    // lawyer" of another article stay two).
    const byInitial = matches.length === 0 && tokens.length >= 3;
    if (byInitial)
      matches = (canonicalByFirst.get(tokens[0] ?? '') ?? []).filter(
        ([id, long]) =>
          sameButInitials(tokens, long) && (shareArticle(articlesOf, key, id) || !rolesApart(titles, key, id)),
      );
    // "Les Tallisker" in an article that writes "Leslie Tallisker": a short form of the given name, one surname.
    const byGivenName = matches.length === 0 && tokens.length === 2;
    if (byGivenName)
      matches = sameLast.filter(
        ([id, long]) =>
          long.length === 2 && sameGivenName(tokens[0] ?? '', long[0] ?? '') && shareArticle(articlesOf, key, id),
      );
    const byNickname = matches.length === 0 && nicknamed.has(key);
    if (byNickname)
      matches = (nicknamed.get(key) ?? []).flatMap(({ other, articleId }): [string, string[]][] => {
        const id = keyToId.get(other);
        const long = id === undefined ? undefined : canonicalTokens.get(id);
        const both = articlesOf.get(key)?.has(articleId) === true && articlesOf.get(other)?.has(articleId) === true;
        const short = nicknamedFull.has(key) ? other : key;
        const apart =
          !both ||
          !declaredWherever(key, other) ||
          agesApart(articleId, key, other) ||
          introduced.has(`${articleId}\u0000${short}`);
        return id === undefined || long === undefined || apart ? [] : [[id, long]];
      });
    // "Mr Justice Ode" in one article is not "Tara Ode" of another: a titled lone surname of its own articles only.
    // (Nor is "Lady Justice Ode" either of two Odes written in full elsewhere: apart from every one, she is her own.)
    const apartFromEvery =
      tokens.length === 1 &&
      matches.length > 0 &&
      matches.every(([id]) => !shareArticle(articlesOf, key, id) && titledApart(titles, key, id, knownGender(id)));
    if (apartFromEvery) {
      matches = [];
      apart.add(key);
    }
    if (matches.length === 1) {
      const id = matches[0]?.[0] ?? '';
      keyToId.set(key, id);
      const person = people.get(id);
      if (person) addUnique(person.aliases, display.get(key) ?? key);
      // "Leslie Tallisker" is the fuller name of "Les Tallisker": the one shown.
      if (person && byGivenName && !byNickname && !GIVEN_NAME_SHORT_FORMS.has(tokens[0] ?? ''))
        person.name = display.get(key) ?? person.name;
      // ("Wilhelmina van Ost" is the name the nickname "Mina" stands in for: the one shown.)
      if (person && byNickname && nicknamedFull.has(key)) person.name = display.get(key) ?? person.name;
      // "Peace Nakabugo Kiwanuka" is the fuller name of "Peace N. Kiwanuka": the one shown.
      if (person && byInitial && initialsIn(tokens) < initialsIn(canonicalTokens.get(id) ?? []))
        person.name = display.get(key) ?? person.name;
      continue;
    }
    if (matches.length > 1 && tokens.length === 1) continue;
    // A lone speaking word one letter from a known surname is that surname misspelt ("Rasmusen said"): the
    // lookup finds it by its typo, so it is no person of its own.
    if (!named.has(key) && key.length >= 6 && oneSlipFrom(canonicalByLast.keys(), key)) continue;
    const id = key;
    people.set(id, {
      id,
      name: display.get(key) ?? key,
      aliases: [display.get(key) ?? key],
      roles: [],
      gender: null,
      kind: 'person',
    });
    canonicalTokens.set(id, tokens);
    const knownBy = wordBeforeParticle(tokens);
    if (knownBy !== null) {
      addToBucket(canonicalByParticle, knownBy, [id, tokens]);
    }
    // "Okoye said" after "Samuel T. Okoye Jr.": a generational suffix is no surname; the word before it is.
    for (const last of withoutSuffix(tokens) === null ? tokens.slice(-1) : tokens.slice(-2)) {
      addToBucket(canonicalByLast, last, [id, tokens]);
    }
    if (tokens.length >= 2) addToBucket(canonicalByFirst, tokens[0] ?? '', [id, tokens]);
    if (tokens.length >= 3) addToBucket(canonicalByOpening, tokens.slice(0, 2).join(' '), [id, tokens]);
    keyToId.set(key, id);
  }

  const forms = new Map<string, string[]>();
  for (const [id, written] of canonicalTokens) {
    // "Okoye", "Samuel Okoye" for "Samuel T. Okoye Jr.": the name is known without its generational suffix too.
    const unsuffixed = withoutSuffix(written);
    for (const tokens of unsuffixed === null ? [written] : [written, unsuffixed]) {
      for (let i = 0; i < tokens.length; i++) addForm(forms, tokens.slice(i).join(' '), id);
      if (tokens.length >= 3) addForm(forms, `${tokens[0]} ${tokens[tokens.length - 1]}`, id);
    }
    // "Ferrer said" after "José Manuel Ferrer Ocampo": two given names and two surnames, known by the first surname.
    const paternal = firstOfTwoSurnames(written) ?? middleOfThree(written);
    if (paternal !== null) {
      addForm(forms, paternal, id);
      addForm(forms, `${written[0]} ${paternal}`, id);
    }
    const knownBy = wordBeforeParticle(written);
    if (knownBy !== null) addForm(forms, knownBy, id);
    // "Wang told reporters" after "Wang Qiming": a name written surname first is known by its first word.
    // ("Park said" after "Park Ji-ho": so is one whose given name is romanised Korean, whatever its surname.)
    const surname = surnameWrittenFirst(written) ?? surnameBeforeRomanisedGivenName(people.get(id)?.name ?? '');
    if (surname !== null) addForm(forms, surname, id);
  }
  for (const [key, id] of keyToId) addForm(forms, key, id);
  // Organisations are never merged with people nor with each other by a shared last word: one entry per name, and
  // its short form ("Nafs") when the article spells it out — those first, so the short form is no entry of its own.
  const organisations = allEvidence.filter((e) => e.kind === 'organisation');
  for (const e of [...organisations.filter((o) => o.short), ...organisations.filter((o) => !o.short)]) {
    const key = tokensOf(e.name).join(' ');
    const short = e.short === undefined ? '' : tokensOf([e.short]).join(' ');
    if (key.length === 0 || (forms.has(key) && short.length === 0)) continue;
    const id = forms.get(key)?.[0] ?? `org:${key}`;
    const entry = people.get(id) ?? {
      id,
      name: e.name.join(' '),
      aliases: [e.name.join(' ')],
      roles: [],
      gender: null,
      kind: 'organisation',
    };
    people.set(id, entry);
    addForm(forms, key, id);
    if (short.length > 0 && !forms.has(short) && entry.kind === 'organisation' && e.short) {
      addUnique(entry.aliases, e.short);
      addForm(forms, short, id);
    }
  }

  const present = new Map<string, Set<string>>();
  const evidenced = new Map<string, Set<string>>();
  // ("Ann Prior, 19, … Prior said he …": a surname alone is a cue for the full name its article gives.)
  const surnames = new Map<string, Set<string>>();
  // (Not a name whose given name the lists had to know and do not: "Ostravia warns" beside "Ostravian" is no person's
  // one-word name of its article.)
  for (const e of allEvidence) {
    if (e.givenName === true && !knownGivenNameFirst(e.name, givenNameGender)) continue;
    const words = tokensOf(e.name);
    const set = evidenced.get(e.articleId) ?? new Set<string>();
    set.add(words.join(' '));
    evidenced.set(e.articleId, set);
    const last = words.at(-1);
    if (words.length >= 2 && last !== undefined) {
      const own = surnames.get(e.articleId) ?? new Set<string>();
      own.add(last);
      // ("Oluwaseun Adebayo-Kerr … Adebayo-Kerr chooses …, which she …": a hyphenated surname written alone is one.)
      const written = e.name.at(-1) ?? '';
      if (e.name.length >= 2 && written.includes('-')) own.add(tokensOf([written]).join(' '));
      surnames.set(e.articleId, own);
    }
  }
  const genders = new GenderVotes();
  const lookup = (name: string[], articleId: string): string | null => {
    const ids = forms.get(tokensOf(name).join(' ')) ?? [];
    if (ids.length === 1) return ids[0] ?? null;
    const here = ids.filter((id) => present.get(articleId)?.has(id));
    return here.length === 1 ? (here[0] ?? null) : null;
  };
  for (const e of evidence) {
    const id = keyToId.get(tokensOf(e.name).join(' '));
    if (id === undefined) continue;
    if (e.name.length >= 2 || apart.has(id) || (forms.get(tokensOf(e.name).join(' ')) ?? []).length === 1) {
      const set = present.get(e.articleId) ?? new Set<string>();
      set.add(id);
      present.set(e.articleId, set);
    }
  }
  for (const e of evidence) {
    const id = lookup(e.name, e.articleId);
    if (id === null) continue;
    const person = people.get(id);
    if (!person) continue;
    if (e.role !== null) addUnique(person.roles, e.role);
    if (e.gender !== null) genders.vote(id, e.gender, true);
  }
  for (const c of cues) {
    // "Long naps, she said": one word is a cue for a person of its own article only.
    const key = tokensOf(c.name).join(' ');
    const named = evidenced.get(c.articleId)?.has(key) === true || surnames.get(c.articleId)?.has(key) === true;
    if (c.name.length === 1 && !named) continue;
    const id = lookup(c.name, c.articleId);
    if (id !== null) genders.vote(id, c.gender, false);
  }
  const guessedGender = genders.decide(people, canonicalTokens, givenNameGender);
  const deletions = new Map<string, string[]>();
  for (const form of forms.keys()) {
    if (form.includes(' ')) continue;
    for (const variant of oneDeleted(form)) {
      const forms = deletions.get(variant);
      if (forms) forms.push(form);
      else deletions.set(variant, [form]);
    }
  }
  const givenNameWords = new Set<string>();
  if (givenNameGender !== undefined)
    for (const e of allEvidence)
      if (e.name.length === 1 && givenNameGender(e.name[0] ?? '') !== null)
        givenNameWords.add(tokensOf(e.name).join(' '));
  return { people, forms, present, evidenced, deletions, memo: new Map(), guessedGender, givenNameWords };
}

/**
 * Whether a full name kept only for a word of it used alone (givenNameEvidence.ts) opens with a given name the lists
 * know ("Ines Varga": Varga is the surname used alone, or Ines the given name) or is written surname first ("Zhou
 * Meiling": the writer uses the given name Meiling alone, as a blog or profile may).
 */
function knownGivenNameFirst(name: readonly string[], givenNameGender: GivenNameGender | undefined): boolean {
  if ((givenNameGender?.(name[0] ?? '') ?? null) !== null) return true;
  return surnameWrittenFirst(name.map((w) => w.toLowerCase())) !== null;
}
