// The phrases of a sentence that may stand for a speaker (slots) and the people they were resolved to (mentions):
// what the reader fills in and coreference reads back.
/** A phrase of a sentence that may stand for a speaker: a name, a role, a description or a pronoun. */
export interface Slot {
  from: number;
  to: number;
  kind: 'name' | 'role' | 'desc' | 'pronoun' | 'other';
  text: string;
  ids: string[];
  typo: boolean;
  determiner: string | null;
  entity: string | null;
  subject: boolean;
  resolved: boolean;
  /** How a resolved name slot names its person, for the alias list ("Rasmussen", "Mr Rasmussen"). */
  forms?: string[];
  /** A role phrase read only to know whom the sentence mentions ("after meeting the mayor"), never a speaker. */
  mentionOnly?: boolean;
  /** A name owning the role before the sentence's subject, another person's name ("Hale's lawyer, Ann Berg"). */
  ownsSubject?: boolean;
}

/** A person or organisation named in a body sentence, for later pronouns and roles to refer to. */
export interface Mention {
  entity: string;
  sentence: number;
  token: number;
  subject: boolean;
  /** Named in passing (mentionPositions.ts): "arrested by Ann Hale", "Hale's lawyer", "quoting Hale". */
  aside?: boolean;
  /**
   * The owner of the role that names the sentence's subject, another person ("Hale's lawyer, Ann Berg, argued"):
   * a he or she heading a later clause does not go on with them.
   */
  ownsSubject?: boolean;
  /** The subject of a speech verb of its sentence ("…,” he said", "Hale told reporters"). */
  speaking?: boolean;
}

/**
 * Of `ids`, the one mentioned latest in the paragraph of `sentence` so far (its own earlier words included), or
 * null when none is: `paragraphOf` gives the paragraph of an earlier sentence.
 */
export function latestInParagraph(
  mentions: readonly Mention[],
  paragraphOf: (sentence: number) => number | undefined,
  ids: readonly string[],
  sentence: { index: number; paragraph: number },
): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m) continue;
    const paragraph = m.sentence === sentence.index ? sentence.paragraph : paragraphOf(m.sentence);
    if (paragraph !== sentence.paragraph) return null;
    if (ids.includes(m.entity)) return m.entity;
  }
  return null;
}
