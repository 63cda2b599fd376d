// "“…,” says the woman at the counter. ¶ She is 51, a former clerk. Her name is NAME": a speaker the writer first
// describes, unnamed, then names in a sentence that opens by giving their name. The description's slot becomes NAME.
import { IDENTIFYING_COPULAS } from './copulaSubjects.ts';
import type { Slot } from './slots.ts';
import type { SentenceState } from './clauses.ts';
import { type Gender, genderOfWord } from './names.ts';
import { isPlural } from './roleMatching.ts';

/** Possessives that open a sentence giving somebody's name ("Her name is NAME"), each with the gender it tells. */
export const OWN_NAME_OPENERS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['his', 'male'],
  ['her', 'female'],
  ['their', null],
]);

/** Most sentences back from the naming one within which the described speaker spoke. */
export const OWN_NAME_REACH = 4;

/** The name slot a sentence opening "Her name is NAME" gives, with the gender its possessive tells; null otherwise. */
export function ownNameGiven(state: SentenceState): { named: Slot; gender: 'male' | 'female' | null } | null {
  const { tokens } = state.sentence;
  const gender = OWN_NAME_OPENERS.get(tokens[0]?.lower ?? '');
  if (gender === undefined || tokens[1]?.lower !== 'name' || !IDENTIFYING_COPULAS.has(tokens[2]?.lower ?? ''))
    return null;
  const named = state.slots.find((s) => s.kind === 'name' && s.from === 3);
  return named === undefined || named.entity === null ? null : { named, gender };
}

/**
 * The description of the speaker a "Her name is NAME" sentence (at `index` in `states`) names: the subject of the
 * latest speech verb within OWN_NAME_REACH sentences before it, when that is a description of one person nobody known
 * holds ("the woman at the counter", "a man who farms nearby") whose head word tells no other gender. Null when the
 * latest speaker there is anyone else.
 */
export function describedSpeakerNamed(
  states: readonly SentenceState[],
  index: number,
  gender: 'male' | 'female' | null,
): Slot | null {
  for (let k = index - 1; k >= Math.max(0, index - OWN_NAME_REACH); k--) {
    // ("Her daughter, who is seven, has a cough. Her name is NAME": a person of that gender spoken of in between is
    // whom the possessive may stand for.)
    if (k < index - 1 && gender !== null && speaksOfGender(states[k + 1], gender)) return null;
    const cues = states[k]?.cues ?? [];
    const speaking = cues.filter((c) => c.subject !== null && !c.blocking);
    const cue = speaking.at(-1);
    if (cue?.subject === undefined || cue.subject === null) continue;
    const slot = cue.subject;
    if (slot.kind !== 'desc' && slot.kind !== 'role') return null;
    if (slot.entity !== null) return null;
    if (isPlural(slot.text.toLowerCase().split(/\s+/u).at(-1) ?? '')) return null;
    const told = gendersTold(slot)[0];
    return told === undefined || gender === null || told === gender ? slot : null;
  }
  return null;
}

/** Whether a sentence names a person, or speaks of one by a word of `gender` ("Her daughter", "a woman"). */
function speaksOfGender(state: SentenceState | undefined, gender: 'male' | 'female'): boolean {
  return (state?.slots ?? []).some(
    (s) =>
      (s.kind === 'name' && s.entity !== null) ||
      ((s.kind === 'role' || s.kind === 'desc') && gendersTold(s).includes(gender)),
  );
}

/** The genders the words of a slot tell, in order ("Her daughter": female; genderOfWord). */
function gendersTold(slot: Slot): Gender[] {
  return slot.text.split(/\s+/u).flatMap((w) => genderOfWord(w) ?? []);
}
