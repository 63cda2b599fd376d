// Whom a paragraph has mentioned so far, for telling apart people of one surname named in the same article.
import { describe, expect, it } from 'vitest';
import { latestInParagraph, type Mention } from '../../src/quotes/slots.ts';

const mention = (entity: string, sentence: number, token = 0): Mention => ({ entity, sentence, token, subject: true });
/** Sentences 0–1 are paragraph 1, sentences 2–3 paragraph 2. */
const paragraphOf = (sentence: number): number => (sentence < 2 ? 1 : 2);

describe('latestInParagraph', () => {
  it('gives the one of the ids mentioned latest in the sentence’s own paragraph', () => {
    const mentions = [mention('felix', 0), mention('anna', 2), mention('felix', 2, 9)];
    expect(latestInParagraph(mentions, paragraphOf, ['anna', 'felix'], { index: 3, paragraph: 2 })).toBe('felix');
    expect(latestInParagraph(mentions, paragraphOf, ['anna'], { index: 3, paragraph: 2 })).toBe('anna');
  });

  it('gives null when the ids were mentioned only in an earlier paragraph', () => {
    const mentions = [mention('felix', 0), mention('clara', 2)];
    expect(latestInParagraph(mentions, paragraphOf, ['anna', 'felix'], { index: 3, paragraph: 2 })).toBeNull();
  });
});
