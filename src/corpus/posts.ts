// Posts embedded from social networks, as a copied page leaves them: the post's words, then a signature line naming
// its author and date ("— Ann Hale (@annhale) May 3, 2024", "— Ann Hale, Facebook, 3 May 2024").

/** Networks a signature may name after the author ("— Ann Hale, Facebook, 3 May 2024"). */
export const POST_PLATFORMS: readonly string[] = [
  'X',
  'Twitter',
  'Facebook',
  'Instagram',
  'LinkedIn',
  'Threads',
  'Bluesky',
  'TikTok',
  'Truth Social',
  'Weibo',
];

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})`;
const SIGNATURE = new RegExp(
  `^[—–-]\\s*(?<author>[^\\s()@,—–][^()@,—–]{0,60}?)\\s*` +
    // (Instagram and TikTok handles may hold stops: "(@ann.hale.photo)".)
    `(?:\\(@[\\w.]{1,30}\\))?\\s*(?:,\\s*(?:${POST_PLATFORMS.join('|')}))?\\s*,?\\s*(?:on\\s+)?${DATE}` +
    // ("…, June 2, 2023 at 9:15 AM": a time may follow the date.)
    `(?:\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?)?\\s*$`,
  'u',
);

/** Most characters of a signature line. */
const SIGNATURE_MAX_CHARS = 160;

/**
 * The author a post's signature line names, as written ("Rep. Ann Hale" of "— Rep. Ann Hale (@RepHale) May 28,
 * 2024"); null when the line is no such signature.
 */
export function postSignatureAuthor(line: string): string | null {
  const text = line.trim();
  if (text.length > SIGNATURE_MAX_CHARS) return null;
  return SIGNATURE.exec(text)?.groups?.['author']?.trim() ?? null;
}
