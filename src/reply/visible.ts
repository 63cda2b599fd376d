// Text from users and articles made safe to show anywhere: no terminal escape sequences, no control characters
// (NUL, carriage return, DEL, C1), no lone surrogates. Renderers apply it to every string they did not write.
import type { CitationCard, Mark } from './model.ts';

/** CSI (ESC [ … final) and OSC (ESC ] … BEL or ESC \) sequences: removed whole, so no "[31m" residue is left. */
const ESCAPE_SEQUENCE = '\\u001b\\[[0-?]*[ -/]*[@-~]|\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?';

/** C0 controls except tab and newline, DEL, and C1 controls (U+009B is a one-character CSI in some terminals). */
const CONTROL = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]';

const INVISIBLE = new RegExp(`${ESCAPE_SEQUENCE}|${CONTROL}`, 'gu');

/** A high surrogate without its low half, or a low one without its high half (matched per UTF-16 unit: no u flag). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function visibleText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, '');
}

/**
 * An excerpt made visible as a whole, with its marks moved to match. Cleaning each marked piece on its own would
 * leave "[2J" behind when a mark falls inside an escape sequence.
 */
export function visibleExcerpt(excerpt: string, marks: readonly Mark[]): { excerpt: string; marks: Mark[] } {
  // Same length: offsets are unchanged by this step.
  const whole = excerpt.replace(LONE_SURROGATE, '\uFFFD');
  const removed = [...whole.matchAll(INVISIBLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (removed.length === 0) return { excerpt: whole, marks: [...marks] };
  const moved = (at: number) => at - removed.reduce((sum, r) => sum + Math.max(0, Math.min(r.end, at) - r.start), 0);
  let kept = '';
  let from = 0;
  for (const range of removed) {
    kept += whole.slice(from, range.start);
    from = range.end;
  }
  kept += whole.slice(from);
  return { excerpt: kept, marks: marks.map((m) => ({ start: moved(m.start), end: moved(m.end) })) };
}

/** A citation whose excerpt is visible text (other fields are cleaned where they are rendered). */
export function visibleCard(card: CitationCard): CitationCard {
  return { ...card, ...visibleExcerpt(card.excerpt, card.marks) };
}
