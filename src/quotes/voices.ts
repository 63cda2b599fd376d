// A body's spokesperson speaks with the body's voice: "A Westbrook Police spokesman said …" and the "he said"
// after it are the Westbrook Police, when the article names the body right by the role ("a spokeswoman for the
// Harbour Nurses Union"). The spokesperson stays unnamed; their words go to the body.
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import { runWords } from './names.ts';
import { isOrganisationName } from './organisations.ts';
import type { NameEvidence } from './people.ts';
import { isSpeechVerbAt, speechVerbAfter } from './verbReach.ts';

/** Role nouns whose holder speaks with the body's own voice. */
export const BODY_VOICES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Words tying a voice to the body after it ("a spokesman for the union", "a spokeswoman of the ministry"). */
export const VOICE_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'at']);

/**
 * The organisation whose voice the noun at token `voice` is: the name right before it ("a Westbrook Police
 * spokesman") or after its link ("a spokesman for the Westbrook Police"), when that name is a body's; else null.
 */
export function bodyOfVoice(sentence: Sentence, voice: number): string[] | null {
  const { tokens, runs } = sentence;
  if (!BODY_VOICES.has(lowerAt(tokens, voice))) return null;
  const after = VOICE_LINKS.has(lowerAt(tokens, voice + 1))
    ? voice + (lowerAt(tokens, voice + 2) === 'the' ? 3 : 2)
    : -1;
  const run = runs.find((r) => r.to === voice || (after !== -1 && (r.from === after || r.from === after - 1)));
  if (run === undefined || tokens[run.to - 1]?.possessive === true) return null;
  const words = runWords(tokens, run);
  return words.length > 0 && isOrganisationName(words) ? words : null;
}

/** Whether the voice noun at token i speaks: a speech verb right after it or after its body, or right before it. */
function voiceSpeaks(sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  let end = i + 1;
  if (VOICE_LINKS.has(lowerAt(tokens, end))) {
    const run = sentence.runs.find((r) => r.from > end && r.from <= end + 2);
    if (run !== undefined) end = run.to;
  }
  return speechVerbAfter(tokens, end) || isSpeechVerbAt(tokens, i - 1) || isSpeechVerbAt(tokens, i - 2);
}

/** The bodies whose spokesperson speaks in a sentence, as organisations. */
export function voiceEvidence(articleId: string, sentence: Sentence): NameEvidence[] {
  const found: NameEvidence[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const body = bodyOfVoice(sentence, i);
    if (body !== null && voiceSpeaks(sentence, i))
      found.push({ articleId, name: body, role: null, gender: null, kind: 'organisation' });
  }
  return found;
}
