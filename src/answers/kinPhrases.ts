// People a sentence names by their tie to someone rather than by name ("his mother", "the victim's father", "her
// former lawyer"): the answer to a "who" question as much as a name is ("Who opened the defence?" — "his mother").
import type { EntitySpan } from './entities.ts';
import type { TaggedToken } from './numberKinds.ts';
import { PERSON_NOUNS } from './questionWords.ts';

/** Possessive determiners that, before a person noun, name someone by a tie: "his mother", "their lawyer". */
export const KIN_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** The possessive ending the tagger splits off a noun or a name: "victim" "'s" father. */
export const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

const PERSON_WORDS: ReadonlySet<string> = new Set(PERSON_NOUNS.flatMap((noun) => [noun, `${noun}s`, `${noun}es`]));

/**
 * Kin and role phrases of a sentence's tagged tokens, as person spans: a possessive determiner or a word and its
 * possessive ending ("the victim's", "Lindqvist's"), at most one adjective ("late", "former"), and a person noun of
 * PERSON_NOUNS, singular or plural. The span starts at the determiner or the owner's word.
 */
export function kinPhrases(tokens: readonly TaggedToken[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  tokens.forEach((token, i) => {
    const word = token.text.toLowerCase();
    const owner = POSSESSIVE_ENDINGS.has(word) && i > 0 ? i - 1 : KIN_DETERMINERS.has(word) ? i : -1;
    if (owner < 0) return;
    const adjective = tokens[i + 1]?.pos === 'ADJ' ? 1 : 0;
    const noun = tokens[i + 1 + adjective];
    if (!noun || !PERSON_WORDS.has(noun.text.toLowerCase())) return;
    let text = tokens[owner]?.text ?? '';
    for (let k = owner + 1; k <= i + 1 + adjective; k++) text += `${tokens[k]?.space ?? ''}${tokens[k]?.text ?? ''}`;
    spans.push({ type: 'person', text });
  });
  return spans;
}
