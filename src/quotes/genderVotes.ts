// The gender the registry gives each person: votes from titles and gendered role words read from the name itself,
// and from a he or she written after it; given names decide only where neither said anything.
import { surnameWrittenFirst } from './surnameFirst.ts';
import type { Gender } from './names.ts';
import type { GivenNameGender, Person } from './people.ts';

interface Tally {
  male: number;
  female: number;
}

export class GenderVotes {
  private readonly votes = new Map<string, Tally>();
  /**
   * Titles and gendered role words ("Mrs Hale", "spokesman Hale") are read from the name itself; a he or she after
   * the name may be somebody else's ("Hale said he had turned the school around"): titles that agree decide alone.
   */
  private readonly titled = new Map<string, Tally>();

  /** One vote for `gender` of person `id`, from a title (`fromTitle`) or a pronoun after the name. */
  vote(id: string, gender: Gender, fromTitle: boolean): void {
    for (const tally of fromTitle ? [this.votes, this.titled] : [this.votes]) {
      const v = tally.get(id) ?? { male: 0, female: 0 };
      v[gender]++;
      tally.set(id, v);
    }
  }

  /**
   * Sets each voted person's gender: titles that agree, else votes all one way or three to one. A person of a full
   * name nobody voted on takes their given name's gender (`givenNameGender`), if known and written first. Returns the ids of those
   * whose gender is that guess.
   */
  decide(
    people: ReadonlyMap<string, Person>,
    canonicalTokens: ReadonlyMap<string, readonly string[]>,
    givenNameGender?: GivenNameGender,
  ): Set<string> {
    const guessed = new Set<string>();
    for (const [id, v] of this.votes) {
      const person = people.get(id);
      if (!person) continue;
      const t = this.titled.get(id);
      if (t !== undefined && (t.male === 0) !== (t.female === 0)) person.gender = t.male > 0 ? 'male' : 'female';
      else if (v.male > 0 && v.female === 0) person.gender = 'male';
      else if (v.female > 0 && v.male === 0) person.gender = 'female';
      else if (v.male >= 3 * v.female) person.gender = 'male';
      else if (v.female >= 3 * v.male) person.gender = 'female';
    }
    if (givenNameGender === undefined) return guessed;
    for (const [id, tokens] of canonicalTokens) {
      const person = people.get(id);
      // (A name of three short words written surname first opens with no given name, whatever else its first word
      // is: "Lim" is a Western given name too.)
      const surnameFirst = tokens.length === 3 && surnameWrittenFirst(tokens) !== null;
      if (person && person.gender === null && tokens.length >= 2 && !this.votes.has(id) && !surnameFirst) {
        const written = person.name.split(' ')[0] ?? '';
        person.gender = written.includes('-')
          ? hyphenatedGender(written, givenNameGender)
          : givenNameGender(tokens[0] ?? '');
        if (person.gender !== null) guessed.add(id);
      }
    }
    return guessed;
  }
}

/**
 * The gender of a hyphenated given name: the whole name's when the table knows it, else its parts' when the table
 * knows every part and they agree ("Mary-Jane"); null otherwise ("Xiu-Li": only one part is known).
 */
function hyphenatedGender(given: string, givenNameGender: GivenNameGender): 'male' | 'female' | null {
  const whole = givenNameGender(given);
  if (whole !== null) return whole;
  const parts = given.split('-').map((part) => givenNameGender(part));
  const [first] = parts;
  return first !== null && first !== undefined && parts.every((g) => g === first) ? first : null;
}
