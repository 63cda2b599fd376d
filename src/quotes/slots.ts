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
}

/** A person or organisation named in a body sentence, for later pronouns and roles to refer to. */
export interface Mention {
  entity: string;
  sentence: number;
  token: number;
  subject: boolean;
}
