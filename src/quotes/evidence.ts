// Which capitalised names are people's: a title before the name, a role beside it ("NATO spokeswoman Carmen
// Romero", "Dmitry Rogozin, Russia's ambassador"), "who" after it, or a speech verb next to a full name.
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import { FEMALE_PRONOUNS, MALE_PRONOUNS, PHRASAL_SPEECH_VERBS, SPEECH_VERBS, VERB_FILLERS } from './lexicon.ts';
import { genderOfWord, roleAfter, roleBefore, titleMarksPerson, type CapitalRun, type Gender } from './names.ts';
import type { GenderCue, NameEvidence } from './people.ts';
import type { Token } from './tokens.ts';

export function isSpeechVerbAt(tokens: Token[], i: number): boolean {
  const w = lowerAt(tokens, i);
  if (SPEECH_VERBS.has(w)) return true;
  const particle = PHRASAL_SPEECH_VERBS.get(w);
  return particle !== undefined && lowerAt(tokens, i + 1) === particle;
}

function speechVerbAfter(tokens: Token[], i: number): boolean {
  let k = i;
  while (VERB_FILLERS.has(lowerAt(tokens, k))) k++;
  return isSpeechVerbAt(tokens, k);
}

function appositiveRole(tokens: Token[], run: CapitalRun): string | null {
  if (tokens[run.to]?.text !== ',') return null;
  const role = roleAfter(tokens, run.to + 1);
  if (role === null || (role.determiner !== null && role.determiner !== 'the' && role.determiner !== 'a' && role.determiner !== 'an')) return null;
  const next = tokens[role.to];
  // An appositive closes with a comma, a sentence end or a speech verb.
  if (next !== undefined && next.kind === 'word' && !isSpeechVerbAt(tokens, role.to)) return null;
  return role.text.replace(/^(?:the|a|an)\s+/iu, '');
}

function roleBeforeRun(tokens: Token[], run: CapitalRun): { text: string; head: string } | null {
  const comma = tokens[run.from - 1]?.text === ',';
  // "Russia’s ambassador to NATO, Dmitry Rogozin," is an appositive only if the name is closed off after it;
  // "After meeting the Russian president, Rasmussen said" is not.
  if (comma) {
    const next = tokens[run.to];
    if (next !== undefined && next.text !== ',' && next.kind !== 'punct') return null;
  }
  const end = comma ? run.from - 1 : run.from;
  const role = roleBefore(tokens, end);
  if (role === null) return null;
  return { text: role.text, head: role.head };
}

/** Evidence for every person-shaped name in the sentence, with role and gender when stated. */
export function nameEvidence(articleId: string, sentence: Sentence): NameEvidence[] {
  const found: NameEvidence[] = [];
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    if (run.kind !== 'name') continue;
    const titled = titleMarksPerson(run);
    const before = roleBeforeRun(tokens, run);
    const after = appositiveRole(tokens, run);
    const who = tokens[run.to]?.text === ',' && lowerAt(tokens, run.to + 1) === 'who';
    const inverted = isSpeechVerbAt(tokens, run.from - 1) && (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word');
    const closesAppositive = tokens[run.to]?.text === ',' && speechVerbAfter(tokens, run.to + 1);
    const speaks = run.name.length >= 2 && (speechVerbAfter(tokens, run.to) || inverted || closesAppositive);
    if (!titled && before === null && after === null && !who && !speaks) continue;
    const titleRole = run.title.length > 0 && !/^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof|rev)$/iu.test(run.title) ? run.title : null;
    const role = titleRole ?? before?.text ?? after ?? null;
    let gender: Gender | null = run.headTitle !== null ? genderOfWord(run.headTitle) : null;
    if (gender === null && before !== null) gender = genderOfWord(before.head);
    found.push({ articleId, name: run.name, role, gender });
  }
  return found;
}

/** "Rasmussen said he would…": a pronoun after a sentence's first name, no other name between, tells its gender. */
export function genderCues(articleId: string, sentence: Sentence): GenderCue[] {
  const runs = sentence.runs.filter((r) => r.kind === 'name');
  const first = runs[0];
  if (!first || first.from > 3) return [];
  const nextRun = runs[1]?.from ?? sentence.tokens.length;
  for (let i = first.to; i < nextRun; i++) {
    const w = lowerAt(sentence.tokens, i);
    if (MALE_PRONOUNS.has(w)) return [{ articleId, name: first.name, gender: 'male' }];
    if (FEMALE_PRONOUNS.has(w)) return [{ articleId, name: first.name, gender: 'female' }];
  }
  return [];
}

/** A single capitalised word next to a speech verb: "Okoye said", "…," said Okoye. */
function speakingSurnames(sentence: Sentence): Set<string> {
  const found = new Set<string>();
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    if (run.kind !== 'name' || run.name.length !== 1) continue;
    const inverted = isSpeechVerbAt(tokens, run.from - 1) && (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word');
    if (speechVerbAfter(tokens, run.to) || inverted) found.add((run.name[0] ?? '').toLowerCase());
  }
  return found;
}

function nameLike(run: CapitalRun): boolean {
  const first = run.name[0] ?? '';
  return run.kind === 'name' && run.name.length >= 2 && run.name.length <= 3 && !/(?:ing|ed|ly)$/u.test(first);
}

/**
 * Evidence for the people of one article: each sentence's own evidence, plus full names whose surname alone is
 * later the subject of a speech verb ("Harbour master Grace Okoye … Okoye said").
 */
export function articleEvidence(articleId: string, sentences: Sentence[]): NameEvidence[] {
  const found: NameEvidence[] = [];
  const surnames = new Set<string>();
  for (const sentence of sentences) {
    found.push(...nameEvidence(articleId, sentence));
    if (sentence.kind === 'body') for (const s of speakingSurnames(sentence)) surnames.add(s);
  }
  const known = new Set(found.map((e) => e.name.join(' ').toLowerCase()));
  for (const sentence of sentences) {
    for (const run of sentence.runs) {
      if (!nameLike(run) || !surnames.has((run.name[run.name.length - 1] ?? '').toLowerCase())) continue;
      const key = run.name.join(' ').toLowerCase();
      if (known.has(key)) continue;
      known.add(key);
      found.push({ articleId, name: run.name, role: null, gender: null });
    }
  }
  return found;
}
