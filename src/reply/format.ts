// Formatting shared by every renderer: dates, source lines, and splitting an excerpt at its marks.
import type { Mark, SourceRef } from './model.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "18 Sep 2009" from "2009-09-18", or "undated". Fixed month names: output must not depend on the locale. */
export function formatDate(published: string | null): string {
  if (published === null) return 'undated';
  const [year, month, day] = published.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && day && year ? `${Number(day)} ${name} ${year}` : published;
}

export function sourceLabel(source: SourceRef): string {
  return `${source.outlet}, ${formatDate(source.published)}`;
}

export interface Piece {
  text: string;
  marked: boolean;
}

/** The excerpt as alternating plain and marked pieces; overlapping or out-of-range marks are merged and clipped. */
export function splitMarks(excerpt: string, marks: readonly Mark[]): Piece[] {
  const sorted = marks
    .map((m) => ({ start: Math.max(0, m.start), end: Math.min(excerpt.length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const mark of sorted) {
    const last = merged[merged.length - 1];
    // Marks only a space apart ("missile defence") read as one phrase.
    if (last && (mark.start <= last.end || /^[ \t]+$/u.test(excerpt.slice(last.end, mark.start))))
      last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const mark of merged) {
    if (mark.start > at) pieces.push({ text: excerpt.slice(at, mark.start), marked: false });
    pieces.push({ text: excerpt.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  if (at < excerpt.length) pieces.push({ text: excerpt.slice(at), marked: false });
  // An excerpt may span paragraphs: on screen it reads as one passage, so line breaks become spaces.
  return pieces.map((piece) => ({ ...piece, text: piece.text.replace(/\s*\n\s*/gu, ' ') }));
}
