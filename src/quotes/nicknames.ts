// A nickname in quote marks inside a person's name ("Tom 'Bucky' Hanley", "Ana “Tiny” Ruiz"): the marks would cut
// the name in two, so the nickname's tokens are left out of the writer's words and the name reads "Tom Hanley".
import type { Sentence } from './frames.ts';
import type { CapitalRun } from './names.ts';
import type { NameEvidence } from './people.ts';
import type { Token } from './tokens.ts';
import { withoutSpans } from './tokenSpans.ts';
import { isStopWord } from '../corpus/stopwords.ts';

/** Each quote mark that may open a nickname, with the marks that may close it. */
export const NICKNAME_MARKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["'", new Set(["'", '’'])],
  ['‘', new Set(['’', "'"])],
  ['“', new Set(['”'])],
  ['"', new Set(['"'])],
]);

/** Most words of a nickname ("'Big Dan'"). */
export const NICKNAME_WORDS = 2;

/** A word that may stand in a name on either side of a nickname: capitalised, no stop word, no possessive. */
function nameWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.capital && token.possessive !== true && !isStopWord(token.lower);
}

/** A plural-possessive word whose apostrophe is the nickname's closing mark ("‘Kiss’" read as "Kiss" + ’). */
function closedByApostrophe(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.possessive === true && token.end - token.start === token.text.length + 1;
}

/** Most letters of a lower-case particle opening a surname ("dela", "van", "de"). */
const PARTICLE_LETTERS = 5;

/** Whether a token is a short lower-case particle of a surname ("dela", "van", "de"). */
function particle(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.capital && t.text.length <= PARTICLE_LETTERS && !isStopWord(t.lower);
}

/** Most particles in a row opening a surname ("de la Cruz", "van der Berg"). */
const SURNAME_PARTICLES = 2;

/** Whether token k opens a surname's particles before its name word ("Jose “Boy” dela Rosa", "… de la Cruz"). */
function particleBeforeName(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + SURNAME_PARTICLES && particle(tokens[j])) j++;
  return j > k && nameWord(tokens[j]);
}

/** Where the nickname opening at token i ends (the index after its closing mark), or -1 when none opens there. */
function nicknameEnd(tokens: readonly Token[], i: number): number {
  const closers = NICKNAME_MARKS.get(tokens[i]?.text ?? '');
  if (tokens[i]?.kind !== 'punct' || closers === undefined || !nameWord(tokens[i - 1])) return -1;
  for (let k = i + 1; k <= i + NICKNAME_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !t.capital) return -1;
    const closed = closedByApostrophe(t) && closers.has('’') ? k + 1 : -1;
    const end =
      closed !== -1 ? closed : tokens[k + 1]?.kind === 'punct' && closers.has(tokens[k + 1]?.text ?? '') ? k + 2 : -1;
    if (end !== -1) return nameWord(tokens[end]) || particleBeforeName(tokens, end) ? end : -1;
  }
  return -1;
}

/**
 * The tokens with every nickname between two words of a name left out, each kept on the word of the name before it
 * (Token.nickname), by which the article may name the person later ("Mina van Ost").
 */
export function withoutNicknames(tokens: Token[]): Token[] {
  const owners = new Map<Token, string>();
  const kept = withoutSpans(tokens, (all, i) => {
    const end = nicknameEnd(all, i);
    const owner = all[i - 1];
    if (end !== -1 && owner !== undefined) {
      const words = all.slice(i + 1, end).filter((t) => t.kind === 'word');
      owners.set(owner, words.map((t) => t.text).join(' '));
    }
    return end;
  });
  if (owners.size === 0) return kept;
  return kept.map((t) => {
    const nickname = owners.get(t);
    return nickname === undefined ? t : { ...t, nickname };
  });
}

/** A nickname in quote marks between two words of a typed or gold name ("Tom 'Bucky' Hanley"). */
const TYPED_NICKNAME = /(?<=\S)\s+["“‘'][\p{L}\p{N}.\- ]{1,30}["”’']\s+(?=\S)/gu;

/** A typed name with any nickname in quote marks between its words left out: "Tom 'Bucky' Hanley" is "Tom Hanley". */
export function typedWithoutNickname(text: string): string {
  return text.replace(TYPED_NICKNAME, ' ');
}

/**
 * "Her grandmother, Wilhelmina “Mina” van Ost, 84, …" then "Mina van Ost was one of …": for each person `found` names
 * in full with a nickname inside the name (Token.nickname), the name with the nickname for the words before it — the
 * same person (NameEvidence.nicknameOf).
 */
export function nicknameEvidence(
  articleId: string,
  sentences: readonly Sentence[],
  found: readonly NameEvidence[],
): NameEvidence[] {
  const evidence: NameEvidence[] = [];
  for (const { sentence, run } of runsOfPeopleInFull(sentences, found)) {
    const words = sentence.tokens.slice(run.nameFrom, run.to);
    // (The name's words one for one with its tokens: "J.R." and the like are left alone.)
    if (words.length !== run.name.length || words.some((t) => t.kind !== 'word')) continue;
    words.forEach((t, k) => {
      const after = run.name.slice(k + 1);
      if (t.nickname === undefined || after.length === 0) return;
      const name = [...t.nickname.split(' '), ...after];
      evidence.push({ articleId, name, role: null, gender: null, nicknameOf: run.name });
      // ("Benedicto “Bentot” Alcantara … ¶ “…,” Bentot said": the nickname alone is the same person too.)
      evidence.push({ articleId, name: t.nickname.split(' '), role: null, gender: null, nicknameOf: run.name });
    });
  }
  return evidence;
}

/** Adverbs that may stand before "known as" after a name ("NAME, popularly known as ALIAS"). */
export const KNOWN_AS_ADVERBS: ReadonlySet<string> = new Set([
  ...['popularly', 'better', 'also', 'widely', 'commonly', 'affectionately', 'fondly', 'professionally', 'simply'],
]);

/** Where the words "known as" after a person's name set off by a comma end: the alias starts there; -1 otherwise. */
function knownAsEnd(tokens: readonly Token[], nameEnd: number): number {
  if (tokens[nameEnd]?.text !== ',') return -1;
  let k = nameEnd + 1;
  if (KNOWN_AS_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  return tokens[k]?.lower === 'known' && tokens[k + 1]?.lower === 'as' ? k + 2 : -1;
}

/**
 * "Afrobeats singer Tobi Ade, popularly known as T-Ade, …" then "T-Ade said": for each person `found` names in full,
 * the name set off right after it with "known as" (KNOWN_AS_ADVERBS before it perhaps) — the same person, as a
 * nickname in quote marks inside the name would be (NameEvidence.nicknameOf).
 */
export function knownAsEvidence(
  articleId: string,
  sentences: readonly Sentence[],
  found: readonly NameEvidence[],
): NameEvidence[] {
  const evidence: NameEvidence[] = [];
  for (const { sentence, run } of runsOfPeopleInFull(sentences, found)) {
    const at = knownAsEnd(sentence.tokens, run.to);
    const alias = sentence.runs.find((r) => r.from === at && r.kind === 'name');
    if (alias === undefined || alias.name.join(' ') === run.name.join(' ')) continue;
    evidence.push({ articleId, name: alias.name, role: null, gender: null, nicknameOf: run.name });
  }
  return evidence;
}

/** Each name run of the sentences that names in full (two words or more) a person `found` has evidence of. */
function* runsOfPeopleInFull(
  sentences: readonly Sentence[],
  found: readonly NameEvidence[],
): Generator<{ sentence: Sentence; run: CapitalRun }> {
  const people = new Set(found.filter((e) => e.kind === undefined && e.name.length >= 2).map((e) => e.name.join(' ')));
  for (const sentence of sentences)
    for (const run of sentence.runs) if (run.kind === 'name' && people.has(run.name.join(' '))) yield { sentence, run };
}
