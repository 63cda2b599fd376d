// Sums written with a currency's letters glued to the number ("N57 billion", "KSh6bn", "R2,000"), as papers in
// Nigeria, Kenya, South Africa and elsewhere set them: the tagger reads them as proper nouns, even as people's names.
import { SCALE_WORDS, type TaggedToken } from './numberKinds.ts';

/** Letters (or letters and a sign) that stand for a currency when glued to the front of a number. */
export const CURRENCY_PREFIXES: readonly string[] = [
  'N',
  'KSh',
  'Ksh',
  'Kshs',
  'Sh',
  'Shs',
  'TSh',
  'Tsh',
  'USh',
  'Ush',
  'R',
  'Rs',
  'RM',
  'Rp',
  'Le',
  'ZK',
];

/** Scale letters glued after the digits: "KSh6bn", "N1.2trn", "R40m". */
const GLUED_SCALE = '(?:bn|b|m|k|tn|trn)';
/** A currency prefix, its digits and perhaps a scale, as one token. */
const GLUED_SUM = new RegExp(
  `^(${[...CURRENCY_PREFIXES].sort((a, b) => b.length - a.length).join('|')})(\\p{N}+)(${GLUED_SCALE})?$`,
  'u',
);
/** A digit group the tagger split off, perhaps with a scale: "000" of "R2,000", "2trn" of "N1.2trn". */
const DIGIT_GROUP = new RegExp(`^(\\p{N}+)(${GLUED_SCALE})?$`, 'u');

export interface GluedSum {
  /** Index of the sum's last token. */
  end: number;
  /** The sum as written. */
  text: string;
}

/**
 * The sum starting at token `i` when its text is a currency prefix glued to digits, with the digit groups the tagger
 * split off ("R2" "," "000") and a scale after it; null otherwise. A one-letter prefix needs three digits, a group or
 * a scale, so "N95 masks" and "R2" stay what they are.
 */
export function gluedSumAt(tokens: readonly TaggedToken[], i: number): GluedSum | null {
  const first = tokens[i];
  const match = first === undefined ? null : GLUED_SUM.exec(first.text);
  if (!first || !match) return null;
  let end = i;
  let text = first.text;
  let digits = match[2]?.length ?? 0;
  let grouped = false;
  let scaled = match[3] !== undefined;
  // Digit groups and decimals the tagger split off, typed with no space: "R2" "," "000"; "N1" "." "2trn".
  while (!scaled) {
    const mark = tokens[end + 1];
    const group = tokens[end + 2];
    if (!mark || !group || mark.space !== '' || group.space !== '') break;
    if (mark.text !== ',' && mark.text !== '.') break;
    const part = DIGIT_GROUP.exec(group.text);
    if (!part) break;
    text += `${mark.text}${group.text}`;
    digits += part[1]?.length ?? 0;
    grouped = true;
    scaled = part[2] !== undefined;
    end += 2;
  }
  const after = tokens[end + 1];
  if (!scaled && after && SCALE_WORDS.has(after.text.toLowerCase())) {
    text += `${after.space}${after.text}`;
    scaled = true;
    end += 1;
  }
  if (match[1]?.length === 1 && digits < 3 && !grouped && !scaled) return null;
  return { end, text };
}
