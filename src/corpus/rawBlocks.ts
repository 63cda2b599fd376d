// The lines of a scraped page as blocks: one per line, a hard-wrapped page's lines joined into paragraphs, and a
// paragraph a page broke mid-sentence joined again. Read by the cleaner (clean.ts) before it classifies the blocks.
import { repairText } from './textRepair.ts';

/**
 * The wrap width when the text is hard-wrapped (short lines throughout, several stopping mid-sentence before
 * another line), else null.
 */
function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines
    .filter((l) => l.length > 0)
    .map((l) => l.length)
    .sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (lengths.length < 6 || width > 100) return null;
  let broken = 0;
  lines.forEach((line, i) => {
    if (line.length >= 40 && (lines[i + 1]?.length ?? 0) > 0 && !/[.!?:"”’)]$/u.test(line)) broken++;
  });
  return broken >= 3 ? width : null;
}

/** Fewest characters of a line that a page broke mid-sentence (shorter lines are menus and labels). */
const BROKEN_LINE_CHARS = 30;

/**
 * "… and is greatly admired in his town as ¶ an ambassador for the club.": a page that breaks some paragraphs
 * into lines though most are not wrapped (so wrapWidth finds no width). A line of BROKEN_LINE_CHARS or more that
 * ends with no stop, colon or closing mark goes on into the line right under it (no blank line between) when that
 * one opens in lower case. Empty lines are dropped.
 */
function joinBrokenLines(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  let previous = '';
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    const broken = previous.length >= BROKEN_LINE_CHARS && !/[.!?:;"”’)]$/u.test(previous);
    if (last !== undefined && broken && /^\p{Ll}/u.test(line)) blocks[blocks.length - 1] = `${last} ${line}`;
    else if (line.length > 0) blocks.push(line);
    previous = line;
  }
  return blocks;
}

/**
 * Labels of an advertising slot that a page's text glues to the start of the next line ("Hide AdMarta said: …",
 * "AdvertisementThe council …"): taken off a line's start, again and again, where a capital or the line's end follows
 * right after (no English word goes on that way).
 */
export const GLUED_AD_LABELS: readonly string[] = ['Hide Ad', 'Advertisement', 'ADVERTISEMENT'];

const GLUED_AD_LABEL = new RegExp(`^(?:${GLUED_AD_LABELS.join('|')})(?=\\p{Lu}|$)`, 'u');

/** A line without the ad labels glued to its start (GLUED_AD_LABELS). */
export function withoutGluedAdLabels(line: string): string {
  let rest = line;
  for (let match = GLUED_AD_LABEL.exec(rest); match !== null; match = GLUED_AD_LABEL.exec(rest))
    rest = rest.slice(match[0].length);
  return rest;
}

/**
 * Splits raw scraped text into blocks with normalised spacing: one per line, or, when the text is hard-wrapped,
 * one per run of lines between blank lines.
 */
export function rawBlocks(raw: string): string[] {
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((line) =>
      repairText(line)
        .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ')
        .replace(/ {2,}/gu, ' ')
        .trim(),
    )
    .map(withoutGluedAdLabels);
  const width = wrapWidth(lines);
  if (width === null) return joinBrokenLines(lines);
  // A wrapped line is nearly as long as the width; a short one ends its paragraph (or is a heading).
  const blocks: string[] = [];
  let continues = false;
  for (const line of lines) {
    if (line.length === 0) continues = false;
    else {
      if (continues) blocks[blocks.length - 1] = `${blocks[blocks.length - 1] ?? ''} ${line}`;
      else blocks.push(line);
      continues = line.length >= width * 0.6;
    }
  }
  return blocks;
}
