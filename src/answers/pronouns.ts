// Pronouns that stand for the subject of the sentence before ("She noted…", "It runs 2 hours…"), and quotations that
// go on in the voice of a speaker the sentence before reported: such a sentence is about that subject, so evidence.ts
// counts the question names the sentence before matched as its own.
import type { Article } from '../corpus/types.ts';
import type { Token } from '../search/fold.ts';

/**
 * Third-person pronouns that stand for someone or something named just before: early in a sentence ("He said…",
 * "Its tongue pulled back…"), the subject of the sentence before.
 */
export const REFERRING_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'his',
  'her',
  'its',
  'their',
]);
/** A referring pronoun among a sentence's first this many words stands for the sentence before's subject. */
export const PRONOUN_REACH = 4;
/** A sentence opening with a quotation mark (straight, curly or guillemet), possibly after a dash or bracket. */
export const OPENING_QUOTE = /^[\s\p{Pd}(]*["'\u201c\u2018\u00ab]/u;
/** How many sentences back a chain of pronouns is followed ("Ann Lee said… She added… She also said…"). */
export const PRONOUN_CHAIN = 2;

/**
 * The referring pronoun among the first PRONOUN_REACH words of a sentence starting at `start` in `text` (its analysed
 * tokens given), or null. In a quotation "it" and "they" are the speaker's, not the narrator's: they need not stand
 * for the last name, so a sentence opening with a quotation mark has none.
 */
export function earlyPronoun(text: string, start: number, tokens: readonly Token[]): Token | null {
  if (OPENING_QUOTE.test(text.slice(start, start + 3))) return null;
  return tokens.slice(0, PRONOUN_REACH).find((t) => REFERRING_PRONOUNS.has(t.form)) ?? null;
}

/** A sentence reporting speech: "… said the coalition had …", "she told reporters". */
export const REPORTS_SPEECH = /\b(?:said|says|told|tells|added|adds|wrote|writes)\b/u;

/**
 * The first token of sentence `index` when it opens with a quotation mark right after a sentence reporting speech
 * ("Ann Lee said the bill did nothing for prices. “It's a sugar hit.”"), or null: news goes on quoting the speaker it
 * has just reported, so the quotation stands for that speaker as a pronoun would.
 */
export function quoteAfterSpeech(article: Article, index: number, tokens: readonly Token[]): Token | null {
  const sentence = article.sentences[index];
  const before = article.sentences[index - 1];
  if (!sentence || !before || !OPENING_QUOTE.test(article.text.slice(sentence.start, sentence.start + 3))) return null;
  return REPORTS_SPEECH.test(article.text.slice(before.start, before.end)) ? (tokens[0] ?? null) : null;
}
