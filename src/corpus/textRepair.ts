// Characters a scraper left encoded in a plain-text page: HTML entities ("&quot;", "&#39;"), UTF-8 read as
// Windows-1252 ("â€œ" for “, "Ã©" for é) and Markdown's strong emphasis ("**…**"). Decoded before the page is read
// as blocks, so quotation marks are marks and a bold speaker's label reads as the label.

/** Named HTML entities a scraped page keeps in its text, and the characters they stand for. */
export const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['quot', '"'],
  ['amp', '&'],
  ['apos', "'"],
  ['lt', '<'],
  ['gt', '>'],
  ['nbsp', '\u00A0'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['hellip', '…'],
]);

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z]+));/gu;

/** The text with its HTML entities decoded: named ones NAMED_ENTITIES knows, numeric ones of a printable character
 * (128–159 read as Windows-1252's, as HTML reads them); others stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES.get(name) ?? whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    // (128–159 are Windows-1252's characters in HTML: "&#147;" is “.)
    if (code >= 0x80 && code <= 0x9f) return CP1252_HIGH[code - 0x80] ?? whole;
    const valid = code >= 32 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** The characters Windows-1252 gives bytes 0x80–0x9F (its others are Latin-1's); undefined bytes stand as themselves. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte Windows-1252 writes as `ch`, or -1. A replacement character stands for 0x9D, the byte it has none for. */
function cp1252Byte(ch: string): number {
  const at = CP1252_HIGH.indexOf(ch);
  if (at >= 0) return 0x80 + at;
  if (ch === '\uFFFD') return 0x9d;
  const code = ch.charCodeAt(0);
  return code >= 0xa0 && code <= 0xff ? code : -1;
}

/** A lead character of a two- or three-byte UTF-8 sequence read as Windows-1252, then its continuation bytes. */
const MOJIBAKE = new RegExp(
  `[ÂÃ][\\u00A0-\\u00BF${CP1252_HIGH}]|â[\\u00A0-\\u00BF${CP1252_HIGH}][\\u00A0-\\u00BF${CP1252_HIGH}\\uFFFD]`,
  'gu',
);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text with UTF-8 read as Windows-1252 read again as UTF-8 ("â€œ" → “); a sequence that is no UTF-8 stays. */
export function repairMojibake(text: string): string {
  if (!/[ÂÃâ]/u.test(text)) return text;
  const repaired = text.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map((ch, k) => (k === 0 ? (ch === 'â' ? 0xe2 : ch === 'Â' ? 0xc2 : 0xc3) : cp1252Byte(ch)));
    if (bytes.slice(1).some((b) => b < 0x80 || b > 0xbf)) return run;
    try {
      return UTF8.decode(new Uint8Array(bytes));
    } catch {
      return run;
    }
  });
  // ("â€ Ann Cole told": a ” whose last byte the page lost altogether, before a space, a stop or the line's end.)
  return repaired.replace(/â€(?=[\s,.;:!?]|$)/gu, '”');
}

/**
 * Markdown's strong emphasis as a page converted to Markdown sets a label, a heading or a name: around a whole line
 * ("**Ana Ruiz, coach**"), or around words opening with a capital between spaces or marks ("**Ana Ruiz:** “…”",
 * "said **Ana Ruiz**, the leader"). Not inside a word: "f**king" and "__init__" are the words as written.
 */
const MARKDOWN_STRONG_LINE = /^(?:\*\*(?=\S)([^*]+)(?<=\S)\*\*|__(?=\S)([^_]+)(?<=\S)__)$/u;
const MARKDOWN_STRONG_WORDS =
  /(^|[\s(“"‘'])(?:\*\*(\p{Lu}[^*]*?)(?<=\S)\*\*|__(\p{Lu}[^_]*?)(?<=\S)__)(?=$|[\s,.:;!?)”"’'])/gu;

/** The line without Markdown's strong-emphasis marks (MARKDOWN_STRONG_LINE, MARKDOWN_STRONG_WORDS); words stay. */
export function withoutMarkdownStrong(line: string): string {
  const match = MARKDOWN_STRONG_LINE.exec(line.trim());
  if (match !== null) return match[1] ?? match[2] ?? line;
  if (!line.includes('**') && !line.includes('__')) return line;
  return line.replace(
    MARKDOWN_STRONG_WORDS,
    (_whole, before: string, stars?: string, underscores?: string) => `${before}${stars ?? underscores ?? ''}`,
  );
}

/** A scraped line with its entities and mojibake repaired, and any Markdown strong-emphasis marks taken off. */
export function repairText(line: string): string {
  return withoutMarkdownStrong(repairMojibake(decodeEntities(line)));
}
