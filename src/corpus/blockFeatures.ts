// What a block of scraped text looks like on its own, the features the cleaner classifies it by: length, sentence
// punctuation, stop-word density, headline casing, timestamps, page-furniture words, truncated teasers.
import { isAsciiAlphanumeric } from './ascii.ts';
import { isStopWord } from './stopwords.ts';

export interface Features {
  text: string;
  words: string[];
  /** Words that are not stop words, numbers excluded. */
  content: string[];
  chars: number;
  stopDensity: number;
  terminal: boolean;
  headlineCase: boolean;
  chrome: boolean;
}

/** Shorter than this (in characters) a block is judged by its neighbours. */
export const SHORT_CHARS = 70;
export const STOP_HIGH = 0.3;
export const STOP_LOW = 0.22;
export const HEADING_MAX_WORDS = 14;

/**
 * A paragraph of prose ends like a sentence: stop, question or exclamation mark, optionally inside quotes — closed
 * the English way, the German way („…“) or with guillemets («…»).
 */
const TERMINAL = /[.!?]["'”’“»)\]]*$|["”“»]$/u;

/** Small words a title-cased name keeps in lower case ("Sails and Strings", "Save the Quay"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  ...['of', 'the', 'and', 'for', 'a', 'an', 'in', 'on', 'to', 'at'],
]);

/**
 * A short quoted title closing a line, with no stop inside ("Ana Ruiz, best actor, “Harbour Lights”"): a label's
 * title, not the close of a sentence, so it does not end the line the way TERMINAL's bare closing mark does.
 */
const TITLE_WORD = `(?:\\p{Lu}[\\p{L}'’-]*|${[...TITLE_SMALL_WORDS, '&'].join('|')})`;
const CLOSING_TITLE = new RegExp(`[“"](${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,5})[”"]$`, 'u');

/** Whether a line ends like a sentence (TERMINAL), not with a short quoted title (CLOSING_TITLE). */
function endsLikeSentence(text: string): boolean {
  if (!TERMINAL.test(text)) return false;
  const title = CLOSING_TITLE.exec(text);
  return title === null || title.index === 0;
}

/**
 * A post quoted in the body whose last sentence its hashtags follow, inside its quote marks or not ("… the bins.
 * #SaveOurPark'"); not a line of hashtags alone or a share line ("Share this story #news").
 */
const HASHTAG_END = /[.!?]["'”’]?(?:\s+#[\p{L}\p{N}_]+)+["'”’»]*$/u;
/**

 * A quotation followed only by who said it ("“…,” said the coach" / "“…?” Villa manager Dean Smith"): prose,
 * though it does not end like a sentence. Quote roundups are made of such lines.
 */
const QUOTE_THEN_SPEAKER = /^["“][^"“”]{20,}[.!?,…]["”]\s+[\p{L}][\p{L}\p{N}\s'’.,-]{0,200}$/u;
/**
 * A quotation followed by its speaker after a dash, as quote roundups print them ("…it." – Name, role): the quote
 * ends the sentence, the attribution is part of it.
 */
const ATTRIBUTED_QUOTE = /^["“‘].*[.!?,…]["”’]\s*[-–—]\s*\p{Lu}[^"“”]{0,80}$/u;
/**
 * A quotation followed by its speaker in brackets, as reaction roundups print them ("“…ends.” (Name, role of
 * Country)", "- Country: “…ends.” (Foreign Minister Name)"): the quote ends the sentence, the bracket credits it.
 */
const BRACKET_CREDITED_QUOTE =
  /^(?:[-–—•*]\s*)?(?:[^"“‘:]{1,60}:\s*)?["“‘].*[.!?,…]["”’]\s*\(\p{Lu}[^()"“”]{0,100}\)$/u;
/** A line that opens with a quotation mark. */
export const OPENS_QUOTE = /^["“‘„«]/u;
/** A line that closes a quotation: its last mark, after any sentence end, is a closing one. */
export const CLOSES_QUOTE = /["”’]\s*$/u;
/** A line that opens with a dash and a capital: the attribution under a quotation ("– Name on …", "— Role, Team"). */
export const OPENS_WITH_DASH = /^[-–—]\s*\p{Lu}/u;
/** A line that is only a bracket opening with a capital: the credit under a quotation ("(Name, Team coach)"). */
export const BRACKET_CREDIT_LINE = /^\(\p{Lu}[^()]{0,100}\)$/u;
/** A colon ends prose that introduces a quote or list; on a short line it is a label ("Read more:"). */
export const TERMINAL_COLON = /:\s*$/u;
/** A teaser cut off by the site: a word followed by an ellipsis, no sentence end. */
const TRUNCATED = /[\p{L}\p{N},;]\s*(?:…|\.\.\.)\s*$/u;
const TIME = /\b\d{1,2}:\d{2}\b/u;
/** A month's name or its short form, as a whole word: not the opening letters of a name ("Martin", "Mayor") nor a
 * part of a hyphenated one ("Min-jun"). */
const MONTH =
  /(?<![\p{L}-])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\p{L}-])/iu;
/** A sentence followed by a credit in capitals: "… on Monday. THE DAILY COURIER", "… said. (REUTERS)". */
export const CREDIT_RUN_ON = /[.!?]["'”’)]?\s+\(?\p{Lu}[\p{Lu}\s.&'’-]{2,}\)?$/u;
/** Labels that open a line of page furniture: "Related: …", "READ MORE: …", "Photo: …", "Photograph: …". */
export const CHROME_LABELS: readonly string[] = [
  'related',
  'read more',
  'also read',
  'read also',
  'see also',
  'more on this',
  'more on this story',
  'watch',
  'photo',
  'photograph',
  'image',
  'video',
  'listen',
  'gallery',
  'caption',
];

const CHROME_LABEL = new RegExp(`^(?:${CHROME_LABELS.join('|')})\\s*:`, 'iu');
/**
 * Credits a caption closes with in brackets, as pages print them under a picture: "A lifeguard tower at the beach.
 * (Supplied)", "… (File photo)", "… (Getty Images)".
 */
export const CAPTION_CREDITS: readonly string[] = [
  'supplied',
  'file',
  'file photo',
  'file image',
  'getty images',
  'shutterstock',
  'istock',
  'handout',
  'stock image',
  'stock photo',
];

const CAPTION_CREDIT = new RegExp(`\\((?:${CAPTION_CREDITS.join('|')})\\)$`, 'iu');

/**
 * A picture credit in a caption: "(Photo: Ann Lee/Agency)", "Picture: …", or one closing it ("… at the vigil Credit:
 * Valley Police"). All forms hold a colon: tried only then.
 */
const PICTURE_CREDIT =
  /\((?:photo|image|picture|video)s?:[^)]*\)|\b(?:photo|image|picture)s?:\s|\bCredit:\s+\p{Lu}[^.!?:]*$/iu;
/**
 * A picture credit closing a caption with "by" and no colon, opening the block or after a stop ("… in the square on
 * Monday. PICTURE BY ANN LEE", "… Photo by Ann Lee"): the photographer's name, capitalised, ends the block with no stop
 * after it ("Pictures by local children brighten the ward" is a headline).
 */
const PICTURE_BY_CREDIT =
  /(?:^|[.!?]["”’]?\s+)(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]ictures?|PICTURES?)\s+(?:by|BY)\s+\p{Lu}[^.!?:]*$/u;
const QUOTATION_MARK = /["“”]/u;
/**
 * Web-page furniture vocabulary: never article prose, whatever the site. Cookies only as a banner speaks of them
 * ("Our website uses cookies", "Cookie settings"): "cookie cutter" and a bake sale's cookies are prose. An
 * advertisement only in a short line (`isAdLabel`): prose speaks of them too ("a full-page advertisement in the
 * Sunday papers").
 */
export const CHROME_WORDS =
  /\b(?:copyright|all rights reserved|(?:use|uses|using|accept|allow|manage|about|of) cookies|cookie (?:policy|settings|preferences|notice|banner)|get (?:browser |push )?notifications|privacy policy|terms of (?:use|service)|sign in|log in|subscribe|newsletter|javascript|style sheets|web browser|(?:story|article) continues (?:below|after (?:this )?advert(?:isement)?)|continue reading|share this|click here|follow us|sign up for|download (?:the|our) app|additional reporting by|join the conversation|leave a comment)\b|©/iu;
/**
 * CHROME_WORDS without the u flag, about twice as fast: the same answer on any text without 'ſ' (U+017F) or 'K'
 * (U+212A), the only characters beyond ASCII that /iu folds to an ASCII letter or counts as a word character for \b
 * (blockFeatures.test.ts checks every UTF-16 unit).
 */
export const CHROME_WORDS_UNFOLDED = new RegExp(CHROME_WORDS.source, 'i');

/** Longest line that names an advertisement as page furniture ("This advertisement has not loaded yet, …"). */
export const AD_LABEL_MAX_CHARS = 80;

/** Whether a short line names an advertisement: the page's label for one ("Advertisement", "Skip advertisement"). */
export function isAdLabel(text: string): boolean {
  return text.length <= AD_LABEL_MAX_CHARS && /\badvertisement\b/iu.test(text);
}

/** CHROME_WORDS, or the faster expression when `text` allows it (no character /iu folds to an ASCII letter). */
function chromeWordsFor(text: string): RegExp {
  const folds = text.includes('\u017f') || text.includes('\u212a');
  return folds ? CHROME_WORDS : CHROME_WORDS_UNFOLDED;
}

/** CHROME_WORDS.test(text), through the faster expression when the text allows it. */
export function hasChromeWords(text: string): boolean {
  return chromeWordsFor(text).test(text);
}

/**
 * An advertising slot a page left as text: its banner size ("Ad Manager – 300×250 – In Article", "728x90"), on a
 * line short enough to be no paragraph of prose.
 */
const AD_SLOT = /\b\d{3}\s?[x×]\s?\d{2,3}\b/u;
const AD_SLOT_MAX_CHARS = 80;
/** A site's own call to advertisers opening a line ("Advertise with us", "Advertise with the Harbour Courier"). */
const ADVERTISE_CALL = /^advertise\s+(?:with|here|on)\b/iu;

/**
 * A post embedded from a social network, as pages leave it in the text: its picture link ("pic.twitter.com/…") or
 * its signature line ("— Club (@club) March 3, 2021").
 */
const EMBEDDED_POST = /pic\.twitter\.com\/|\(@\w{1,15}\)\s+\p{L}+\s+\d{1,2},\s+\d{4}/u;

/** Breadcrumbs and web addresses belong to page furniture, not to reported prose. */
const FURNITURE = /[›»]|https?:\/\/|\bwww\./u;
/** A quotation set in guillemets ("«C'était de l'eau,» she said"): its closing mark is no breadcrumb's. */
const GUILLEMET_QUOTE = /«[^«»]*»/gu;

/** FURNITURE in a block, past any quotation set in guillemets. */
function hasFurniture(text: string): boolean {
  return FURNITURE.test(text.includes('«') ? text.replace(GUILLEMET_QUOTE, '') : text);
}
/**
 * So do e-mail addresses. Tried only on text with an '@': tried at every character, its unanchored `[^\s@]+` made it
 * quadratic in the length of each word, the costliest expression of a first start (about 3% of it at 100k passages).
 */
const EMAIL = /[^\s@]+@[^\s@]+\.\w/u;

/** What a word may not end with: '.', "'", '’', '-' (as UTF-16 units). */
function isTrailing(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 45;
}

/** WORD tried at one offset, for the characters the scan below leaves to it. */
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/uy;

/**
 * Where the WORD match starting at `at` ends, -1 when none starts there. ASCII is scanned by hand (matchAll's
 * match objects were a tenth of cleaning); any other character is left to the expression, so the words are WORD's.
 */
function wordEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first < 128) {
    if (!isAsciiAlphanumeric(first)) return -1;
    let end = at + 1;
    for (;;) {
      const code = text.charCodeAt(end);
      if (isAsciiAlphanumeric(code) || code === 39 || code === 45 || code === 46) end++;
      else if (code >= 128) break;
      else return end;
    }
  }
  WORD_AT.lastIndex = at;
  const match = WORD_AT.exec(text);
  return match !== null && match.index === at ? at + match[0].length : -1;
}

/** Words of a block; a period inside a word stays ("U.S."), one ending it is sentence punctuation ("that."). */
export function tokens(text: string): string[] {
  const words: string[] = [];
  for (let at = 0; at < text.length; ) {
    const matched = wordEnd(text, at);
    if (matched < 0) {
      at++;
      continue;
    }
    let end = matched;
    while (end > at && isTrailing(text.charCodeAt(end - 1))) end--;
    if (end > at) words.push(text.slice(at, end));
    at = matched;
  }
  return words;
}

/** Whether a block ends in a cut-off teaser; only its last few characters matter. */
function isTruncated(text: string): boolean {
  return TRUNCATED.test(text.slice(-16));
}

function isTimestamp(text: string, words: string[]): boolean {
  if (words.length > 16) return false;
  const digits = words.filter((w) => /^\d/u.test(w)).length;
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/u.test(text)) return true;
  return (TIME.test(text) || MONTH.test(text)) && digits >= 1 && digits * 3 >= words.length - digits;
}

/** Whether a word starts with a letter (/^\p{L}/u), and with a capital (/^\p{Lu}/u): ASCII without the expressions. */
function initialOf(word: string): 'none' | 'letter' | 'capital' {
  const code = word.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'capital';
    return code >= 97 && code <= 122 ? 'letter' : 'none';
  }
  if (!/^\p{L}/u.test(word)) return 'none';
  return /^\p{Lu}/u.test(word) ? 'capital' : 'letter';
}

/**
 * Whether fewer than half of the words are distinct (ignoring case): a block of twelve words or more repeating itself
 * is a list of tags or links. Counting stops once half are distinct.
 */
function isRepetitive(words: readonly string[]): boolean {
  if (words.length < 12) return false;
  const distinct = new Set<string>();
  for (const word of words) {
    distinct.add(word.toLowerCase());
    if (distinct.size * 2 >= words.length) return false;
  }
  return true;
}

/** Whether `fewest` words or more have the function words of prose (at least STOP_HIGH of them stop words). */
function proseWords(words: readonly string[], stops: number, fewest: number): boolean {
  return words.length >= fewest && stops >= words.length * STOP_HIGH;
}

/**
 * A paragraph of somebody's words: it opens with a quotation mark and ends like a sentence, with the function words of
 * prose in QUOTED_PROSE_WORDS words or more.
 */
function isQuotedProse(text: string, words: readonly string[], stops: number): boolean {
  return /^["“]/u.test(text) && TERMINAL.test(text) && proseWords(words, stops, QUOTED_PROSE_WORDS);
}

/**
 * A whole sentence in quotation marks, closed by its stop and mark (“We will not sign up for any of it.”), with the
 * function words of prose: somebody's words, however few (three or more).
 */
function isQuotedSentence(text: string, words: readonly string[], stops: number): boolean {
  return /^["“][^"“”]+[.!?]["”]$/u.test(text) && proseWords(words, stops, 3);
}

/**
 * A closed quotation of four words or more inside a block, ending with its sentence's mark (“…,” / “….”): somebody's
 * words, whatever furniture words they hold; a story's title quoted in a teaser (“How to log in to …”) has none.
 */
const QUOTED_WORDS = /["“](?:[^"“”\s]+\s+){3,}[^"“”]*[,.!?…]["”]/gu;

/** Fewest words of the writer's own around a quotation for the quotation to be read apart from them. */
const WORDS_AROUND_QUOTE = 3;

/**
 * Whether the block holds furniture words outside its quotations: "… “You sign in at the gate like everyone
 * else,” she says." quotes somebody's words; "Sign in to comment" is the page's. A block that is all quotation
 * ("“Sign up for our newsletter”") is read whole.
 */
function hasChromeWordsOutsideQuotes(text: string): boolean {
  if (!hasChromeWords(text)) return false;
  const around = text.replace(QUOTED_WORDS, ' ');
  return tokens(around).length < WORDS_AROUND_QUOTE || hasChromeWords(around);
}

/**
 * The writer's attribution in a sentence ("…, the company said", "according to the filing"): news reporting, which a
 * page's own banners and buttons never are.
 */
const REPORTED = /\b(?:said|says|according to)\b/u;

/** Fewest words of a block of prose that an attribution keeps from being read as furniture. */
const REPORTED_PROSE_WORDS = 15;

/** The site speaking to its reader ("Subscribe to our newsletter", "We use cookies"): furniture, attribution or not. */
const ADDRESSES_READER = /\b(?:our|your|you|us|we)\b/iu;

/**
 * A paragraph of reported prose whose furniture words are the story's ("More than two million people subscribe to the
 * basic plan, according to the filing."): an attribution and the function words of prose, and no word to the reader.
 */
function isReportedProse(text: string, words: readonly string[], stops: number): boolean {
  // ("Sign up for the Courier's newsletter, which judges said …": a call to the reader opens with its furniture words.)
  const opensWithFurniture = chromeWordsFor(text).exec(text)?.index === 0;
  return (
    REPORTED.test(text) &&
    !ADDRESSES_READER.test(text) &&
    !opensWithFurniture &&
    proseWords(words, stops, REPORTED_PROSE_WORDS)
  );
}

/** Fewest words of a quoted paragraph that is prose rather than a quoted label ("“Visit www.x.org.”"). */
const QUOTED_PROSE_WORDS = 12;

export function features(text: string): Features {
  const words = tokens(text);
  let stops = 0;
  let capitalised = 0;
  const content: string[] = [];
  for (const word of words) {
    if (isStopWord(word)) {
      stops++;
      continue;
    }
    const initial = initialOf(word);
    if (initial === 'none') continue;
    content.push(word);
    if (initial === 'capital') capitalised++;
  }
  const repetitive = isRepetitive(words);
  return {
    text,
    words,
    content,
    chars: text.length,
    stopDensity: words.length === 0 ? 0 : stops / words.length,
    terminal:
      (endsLikeSentence(text) ||
        HASHTAG_END.test(text) ||
        QUOTE_THEN_SPEAKER.test(text) ||
        ATTRIBUTED_QUOTE.test(text) ||
        BRACKET_CREDITED_QUOTE.test(text) ||
        (TERMINAL_COLON.test(text) && text.length >= SHORT_CHARS)) &&
      !isTruncated(text),
    headlineCase: content.length > 0 && capitalised / content.length >= 0.75,
    chrome:
      words.length === 0 ||
      repetitive ||
      isTruncated(text) ||
      isTimestamp(text, words) ||
      // "“…,” said Dr Ann Lee, writing in the club's newsletter.": an attributed quotation is reporting,
      // whatever furniture words it holds.
      // So is a sentence set in quotation marks on its own ("“We will not sign up for any of it.”").
      ((hasChromeWordsOutsideQuotes(text) || isAdLabel(text)) &&
        !QUOTE_THEN_SPEAKER.test(text) &&
        !isQuotedSentence(text, words, stops) &&
        !isReportedProse(text, words, stops)) ||
      CHROME_LABEL.test(text) ||
      (text.includes(':') && PICTURE_CREDIT.test(text)) ||
      // (One holding a quotation keeps it: "… “We lost everything,” he said. PHOTO BY ANN LEE".)
      (PICTURE_BY_CREDIT.test(text) && !QUOTATION_MARK.test(text)) ||
      (text.endsWith(')') && CAPTION_CREDIT.test(text)) ||
      // (A web or e-mail address inside somebody's quoted prose — "“… leave us information at https://… or
      // call 101." — is where to write, not page furniture.)
      (!isQuotedProse(text, words, stops) && (hasFurniture(text) || (text.includes('@') && EMAIL.test(text)))) ||
      (text.length <= AD_SLOT_MAX_CHARS && (AD_SLOT.test(text) || ADVERTISE_CALL.test(text))) ||
      EMBEDDED_POST.test(text) ||
      /\|/u.test(text),
  };
}
