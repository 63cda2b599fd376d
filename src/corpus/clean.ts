// Boilerplate removal for scraped news text. Each line is a block; blocks are classified by features that hold
// across sites (length, sentence punctuation, stop-word density, headline casing, timestamps, repetition of other
// blocks, truncated teasers) and then by their neighbours, in the manner of jusText, rather than by per-site rules.
import { rawBlocks } from './rawBlocks.ts';
import { markRepeats, type RepeatBlock, type Verdict } from './repeats.ts';
import {
  CREDIT_RUN_ON,
  features,
  OPENS_QUOTE,
  HEADING_MAX_WORDS,
  SHORT_CHARS,
  STOP_HIGH,
  STOP_LOW,
  TERMINAL_COLON,
  tokens,
  type Features,
} from './blockFeatures.ts';
import { creditSentences, quotesLabel, signsQuote, transcriptTurnBlocks } from './quoteLines.ts';
import { postSignatureAuthor } from './posts.ts';
import type { BlockKind } from './types.ts';

export interface Block {
  text: string;
  kind: BlockKind;
  /** For the words of a post embedded from a social network: the author its signature line names (posts.ts). */
  postBy?: string;
}

/**
 * A block's class on its own. Two kinds of body text do not end like a sentence and are left to their neighbours
 * ('near') rather than dropped: a paragraph with an agency or paper credit run on in capitals ("… on Monday. THE
 * DAILY COURIER"), and the last block of the text, cut off mid-sentence by whoever stored the page. A terminal
 * sentence dense with names (few function words: "County Commissioner Dana Okoro presented the Riverside plan to
 * Harwick members.") is left to its neighbours too. Other prose that does not end like a sentence is body only
 * 'between' two body blocks (a line the page broke mid-sentence); next to body on one side only it may as well be a
 * teaser for another story.
 */
function initialVerdict(f: Features, last: boolean): Verdict | 'between' {
  if (f.chrome) return 'bad';
  if (f.chars < SHORT_CHARS) return 'short';
  // A story's lede opening with its dateline ("OSLO, Norway, March 4, 2026 -- Fjellarm ASA … today reported
  // …") is body however dense with names and figures.
  if (f.terminal && f.words.length >= DATELINE_LEDE_WORDS && DATELINE_LEDE.test(f.text)) return 'good';
  if (!f.terminal) {
    if (f.headlineCase) return 'bad';
    // ("“We have never had a winter order book this full,” Solvang said. “Our two plants will run three": the
    // stored copy cut off after a quotation and its attribution; the story's, wherever its neighbours are.)
    if (last && opensWithAttributedQuote(f.text)) return 'good';
    const cutOff = last && f.stopDensity >= STOP_LOW;
    if (cutOff || (CREDIT_RUN_ON.test(f.text) && f.stopDensity >= STOP_LOW)) return 'near';
    return f.stopDensity >= STOP_HIGH ? 'between' : 'bad';
  }
  if (f.stopDensity >= STOP_HIGH) return 'good';
  if (f.stopDensity >= STOP_LOW || isProse(f)) return 'near';
  return 'bad';
}

/**
 * A line bringing in the quotation below it with its speech verb and a colon ("Councillor Ann Hale, Portfolio
 * Holder for Parks and Libraries, said:"): dense with capitals, but the body's when the body is next to it.
 */
const SPEECH_LEAD_IN =
  /\b(?:said|says|told [^:]{1,40}|added|explained|wrote|writes|stated|declared|commented)\s*:\s*$/u;

/** Most page-furniture blocks ("Advertisement", "Story continues below") a lead-in's quotation may stand after. */
const CHROME_BETWEEN = 2;

/** The first block from `from` on that is no page furniture, past at most CHROME_BETWEEN that are. */
function pastChrome(all: readonly Features[], from: number): Features | undefined {
  for (let k = from; k < all.length && k <= from + CHROME_BETWEEN; k++) if (!all[k]?.chrome) return all[k];
  return undefined;
}

/** Whether a quotation opens the first block after block i that is no page furniture. */
function quoteBelow(all: readonly Features[], i: number): boolean {
  return OPENS_QUOTE.test(pastChrome(all, i + 1)?.text ?? '');
}

/** Whether block i brings in a quotation with its speech verb and a colon, past any page furniture under it. */
function leadsInQuote(all: readonly Features[], i: number): boolean {
  const f = all[i];
  return f !== undefined && SPEECH_LEAD_IN.test(f.text) && quoteBelow(all, i);
}

/**
 * Whether block i is a sentence dense with capitals that says something of its subject with a small copula or
 * auxiliary and ends in lower-case words, right over a quotation ("Harbour Traders Association chairman Ann Hale was
 * blunt." then "“…”"): the writer's line bringing the speaker in.
 */
function introducesQuote(all: readonly Features[], i: number): boolean {
  const f = all[i];
  if (f === undefined || !f.terminal || f.words.length < 4) return false;
  const linked = FINITE_LINK.test(f.text) && /^\p{Ll}/u.test(f.words[f.words.length - 1] ?? '');
  // ("Harbour branch chairperson Ann Hale addressed strikers outside City Hall.": or a sentence of a past verb
  // written small, not set in capitals.)
  // ("Her husband, NAME, read a prepared note on the steps.": or an irregular one, IRREGULAR_PAST_VERBS.)
  const past = PAST_VERB.test(f.text) || f.words.some((w) => IRREGULAR_PAST_VERBS.has(w));
  const told = !f.headlineCase && f.words.length >= PAST_VERB_WORDS && past;
  return (linked || told) && quoteBelow(all, i);
}

/** A verb in the past written small ("addressed", "visited"): a sentence saying what somebody did. */
const PAST_VERB = /\b\p{Ll}{2,}ed\b/u;

/**
 * Irregular past forms, written small, of what somebody did before speaking ("read a statement", "gave evidence",
 * "stood outside the court"), which PAST_VERB's "-ed" does not find. (Past forms of speech, "said", "told", "spoke",
 * make a sentence prose already: SPEECH_REPORT_VERBS.)
 */
export const IRREGULAR_PAST_VERBS: ReadonlySet<string> = new Set([
  ...['read', 'gave', 'stood', 'sat', 'took', 'came', 'went', 'made', 'met', 'held', 'led', 'left', 'wrote'],
  ...['brought', 'sent', 'broke', 'fought', 'won', 'lost', 'ran', 'rang', 'thought', 'felt', 'saw'],
]);

/** Fewest words of such a sentence. */
const PAST_VERB_WORDS = 6;

/** Lower-cased content words, for comparing blocks that repeat each other. */
function contentWords(f: Features): Set<string> {
  return new Set([...f.content, ...f.words.filter((w) => /^\p{N}/u.test(w))].map((w) => w.toLowerCase()));
}

/** A block as markRepeats reads it: its word set is made when first read (most articles need none). */
function repeatBlock(f: Features): RepeatBlock {
  let words: Set<string> | undefined;
  return {
    text: f.text,
    chars: f.chars,
    terminal: f.terminal,
    get words() {
      words ??= contentWords(f);
      return words;
    },
  };
}

/**
 * A speech verb in the past or present tense, written small (said, told, warned, added, urged, accused …): a sentence
 * reporting what somebody said is prose however dense with names it is ("Fire Chief Dana Okoro said crews rescued
 * four people on Route 9."); captions and link lists do not report speech.
 */
export const SPEECH_REPORT_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'warned',
  'warns',
  'added',
  'explained',
  'urged',
  'insisted',
  'argued',
  'noted',
  'stressed',
  'claimed',
  'admitted',
  'spoke',
  'replied',
  'responded',
  'accused',
  'described',
  'criticised',
  'criticized',
  'praised',
  'welcomed',
  'defended',
  'dismissed',
  'rejected',
  'announced',
  'confirmed',
  'denied',
  'blamed',
  'condemned',
  'vowed',
  'pledged',
  'conceded',
  'acknowledged',
  'stated',
  'declared',
];

const REPORTS_SPEECH = new RegExp(`\\b(?:${SPEECH_REPORT_VERBS.join('|')})\\b`, 'u');

/**
 * A copula or auxiliary written small: a sentence with one says something of its subject, however dense with names
 * it is ("Consumers Association (CA) chief executive Dr Ann Hale was less enthusiastic.").
 */
const FINITE_LINK = /\b(?:is|are|was|were|has|have|had)\b/u;

/** An age set off after a name, then the sentence going on ("Rancher Ann Hale, 67, drove …"): news prose about a person. */
const STATED_AGE = /\p{L}, \d{1,3}, \p{Ll}/u;

/** Fewest characters of a paragraph after the body, with no final stop, that is body rather than a teaser. */
const UNSTOPPED_BODY_CHARS = 250;

/** Fewest characters of a last paragraph cut off mid-sentence that is the whole story when nothing else is body. */
const CUT_STORY_CHARS = 400;

/** A wire service's credit in brackets and a dash opening a story's first paragraph: "(Agency) -- ", "(Agency) — ". */
const WIRE_CREDIT_OPENER = /^\(\p{Lu}[^()]{0,40}\)\s*[-–—]{1,2}\s*/u;

/**
 * A dateline opening a lede: a place in capitals, then a state, country or date after commas or an agency's credit in
 * brackets (at least one of them: "VIDEO — …", "FILE - …" open captions and teasers), then a dash and the story
 * ("LAGOS, Nigeria, May 2 (Agency) — The …").
 */
const DATELINE_LEDE =
  /^\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,})*(?:(?:,\s*[^,()\u2013\u2014-]{1,25})+\s*(?:\([^()]{1,40}\))?|\s*\([^()]{1,40}\))\s*(?:--|[\u2013\u2014-])\s+\p{Lu}/u;

/** Fewest words of a lede its dateline makes body. */
const DATELINE_LEDE_WORDS = 15;

/** A quotation of a sentence and the writer's attribution closed by a stop, opening a block ("“…,” Solvang said. "). */
const QUOTE_AND_ATTRIBUTION = /^["“][^"“”]{20,}[,.!?…]["”]\s+([^"“”.!?]{1,80})\.\s/u;

/** Whether a block opens with a quotation whose attribution speaks ("“…,” Solvang said. …"). */
function opensWithAttributedQuote(text: string): boolean {
  const attribution = QUOTE_AND_ATTRIBUTION.exec(text)?.[1];
  return attribution !== undefined && REPORTS_SPEECH.test(attribution);
}

/** A dateline's colon or dash left opening a paragraph whose place the page dropped (": The island council has …"). */
const DATELINE_LEFTOVER = /^[:–—-]\s+/u;

/** Short prose: a capitalised sentence of a few words with function words in it (or reporting speech), not a headline. */
function isProse(f: Features): boolean {
  const wordy =
    f.stopDensity >= 0.15 ||
    (f.words.length >= 6 && (REPORTS_SPEECH.test(f.text) || FINITE_LINK.test(f.text) || STATED_AGE.test(f.text)));
  const opening = f.text.replace(WIRE_CREDIT_OPENER, '').replace(DATELINE_LEFTOVER, '');
  return f.words.length >= 4 && wordy && !f.headlineCase && /^["“‘']?\p{Lu}/u.test(opening);
}

/**
 * A run of consecutive short blocks with two or more that do not end like sentences is a link list ("Read more:",
 * related headlines, section names): every block of it is chrome, even a teaser that happens to end with "?". The
 * manifest's title (`titleAt`), a speaker's label over a quotation and the credit signed under one are no links.
 */
function markListRuns(all: Features[], verdicts: Verdict[], titleAt: number): void {
  let i = 0;
  while (i < all.length) {
    if (verdicts[i] !== 'short' && !(verdicts[i] === 'bad' && (all[i]?.chars ?? 0) < SHORT_CHARS)) {
      i++;
      continue;
    }
    let j = i;
    while (j < all.length && (verdicts[j] === 'short' || (verdicts[j] === 'bad' && (all[j]?.chars ?? 0) < SHORT_CHARS)))
      j++;
    const end = j;
    // Short prose right after the body ends the body; a list begins with its label ("Read more:", "Related").
    // Items after the label stay in the list even when they read as prose ("What is the Paris agreement?").
    let from = i;
    // A speaker's label and its quotation ("Name, role:" then "“…”") read as prose here too.
    const proseAt = (k: number): boolean => {
      const f = all[k];
      return (
        f !== undefined && ((f.terminal && isProse(f)) || quotesLabel(f, all[k + 1]) || quotesLabel(all[k - 1], f))
      );
    };
    // ("Quizzed about it, NAME grinned." then "“The ledgers will answer that.”" then "ALSO READ: …": short prose after
    // near-body prose ends the body too.)
    const bodyBefore = (k: number): boolean => {
      const f = all[k];
      return verdicts[k] === 'good' || (verdicts[k] === 'near' && f !== undefined && isProse(f));
    };
    while (from < j && proseAt(from) && (bodyBefore(from - 1) || from > i)) from++;
    // Nor is short prose closing the run with a full stop when the body goes on right after it ("MOST READ", two
    // teasers, then "But the other coach saw it differently." before the next paragraph of the story).
    while (j > from && verdicts[j] === 'good' && proseAt(j - 1) && endsWithStop(all[j - 1])) j--;
    // Nor is the attribution signed under a quotation ("“…”" then "— Name, speaking on radio").
    const links = all
      .slice(from, j)
      .filter(
        (f, k) =>
          !f.terminal &&
          from + k !== titleAt &&
          !quotesLabel(f, all[from + k + 1]) &&
          !signsQuote(all[from + k - 1], f),
      );
    const quoted = (k: number): boolean =>
      quotesLabel(all[k], all[k + 1]) || quotesLabel(all[k - 1], all[k]) || signsQuote(all[k - 1], all[k]);
    if (links.length >= 2) for (let k = from; k < j; k++) if (!quoted(k)) verdicts[k] = 'bad';
    i = end;
  }
}

/** Whether a block's text ends with a full stop (a quotation's closing mark may follow it). */
function endsWithStop(f: Features | undefined): boolean {
  return f !== undefined && /\.["”’']?$/u.test(f.text);
}

/** Short chrome blocks in a row that a neighbour look-up passes over: a byline and a stamp, not a link list. */
const PASSED_OVER = 2;

/** A label set in capitals and closed by a colon: no lower-case letter, two words or more. */
const CAPS_LABEL = /^[^\p{Ll}]+:$/u;

/** Whether a block is a label in capitals closed by a colon ("ANA RUIZ, CHIEF ECONOMIST, HARBOUR BANK:"). */
function isCapsLabel(f: Features): boolean {
  return f.words.length >= 2 && CAPS_LABEL.test(f.text);
}

/**
 * A label whose name, before its first comma, is in capitals, set off by the role or body of its speaker in any case
 * and closed by a colon ("ANA RUIZ, chair of the farm committee:"), as a roundup of reactions heads each speaker.
 */
const CAPS_NAME_LABEL = /^([^\p{Ll},:]+),[^:]*:$/u;

/**
 * Whether a block is such a label (CAPS_NAME_LABEL) over the block `below`, heading-short, of two names' words or
 * more before the comma: the block under it opens with a quotation or writes the name's last word in title case
 * ("OYELOWO-GRANT" over "… Oyelowo-Grant said").
 */
function isCapsNameLabel(f: Features, below: string): boolean {
  const name = CAPS_NAME_LABEL.exec(f.text)?.[1]?.trim().split(/\s+/u) ?? [];
  if (name.length < 2 || f.words.length > HEADING_MAX_WORDS) return false;
  return OPENS_QUOTE.test(below) || below.includes(titleCased(name[name.length - 1] ?? ''));
}

/** A word in capitals in title case, each part after a hyphen or apostrophe too ("OYELOWO-GRANT": "Oyelowo-Grant"). */
function titleCased(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/**
 * The nearest decided block's class in one direction. A byline or a "Posted / Updated" stamp (up to PASSED_OVER short
 * chrome blocks) between the lead and the body does not cut the lead off from it; a longer run (a link list) does.
 * Looking forward, heading-like lines count as such blocks too (a name's heading and a long result line between a
 * lead and the body); looking back they do not, so a teaser after the body's last heading stays cut off.
 */
function nearestVerdict(all: readonly Features[], verdicts: readonly Verdict[], from: number, step: 1 | -1): Verdict {
  let passed = 0;
  for (let k = from + step; k >= 0 && k < verdicts.length; k += step) {
    const v = verdicts[k];
    // (A photo caption with its credit is page furniture too, whatever its length: "Local MSP NAME was blunt." after
    // one has the body on the caption's other side.)
    const f = all[k];
    const furniture =
      (f?.chars ?? 0) < SHORT_CHARS || f?.chrome === true || (step === 1 && f !== undefined && looksLikeHeading(f));
    if (v === 'bad' && furniture && passed < PASSED_OVER) {
      passed++;
      continue;
    }
    if (v === 'good' || v === 'bad') return v;
  }
  return 'bad';
}

function looksLikeHeading(f: Features): boolean {
  return !f.chrome && !f.terminal && f.words.length > 0 && f.words.length <= HEADING_MAX_WORDS;
}

/** Whether block i is a heading-like block, not body, right before a body block. */
function headsBody(all: readonly Features[], settled: readonly Verdict[], i: number): boolean {
  const f = all[i];
  return f !== undefined && settled[i] !== 'good' && looksLikeHeading(f) && settled[i + 1] === 'good';
}

/** Without a manifest title, the headline is the longest heading-like block before the body. */
function guessTitle(all: Features[], firstBody: number): number {
  let best = -1;
  for (let i = 0; i < (firstBody === -1 ? all.length : firstBody); i++) {
    const f = all[i];
    if (
      f &&
      looksLikeHeading(f) &&
      f.words.length >= 3 &&
      (best === -1 || f.words.length > (all[best]?.words.length ?? 0))
    )
      best = i;
  }
  return best;
}

/** A block's words joined and lower-cased, to compare it with the manifest's title (folded the same way). */
function foldWords(words: readonly string[]): string {
  return words.join(' ').toLowerCase();
}

function fold(text: string): string {
  return foldWords(tokens(text));
}

/**
 * Classifies the blocks of a raw article and keeps the title, the headings and the body, in order.
 * `title` (from the manifest, may be null) marks the headline when the text repeats it.
 */
export function cleanArticle(raw: string, title: string | null): Block[] {
  const lines = rawBlocks(raw);
  const all = lines.map(features);
  // A page cut off mid-sentence ends the stored text: only the very last block can be such a paragraph (a teaser
  // followed by more page furniture is not).
  const lastBlock = all.length - 1;
  const initial = all.map((f, i) => initialVerdict(f, i === lastBlock));
  const between = new Set(initial.flatMap((v, i) => (v === 'between' ? [i] : [])));
  const verdicts: Verdict[] = initial.map((v) => (v === 'between' ? 'near' : v));
  // The manifest's title is the headline, never body, however much it reads like prose.
  const foldedTitle = title === null ? null : fold(title);
  const titleAt = foldedTitle === null ? -1 : all.findIndex((f) => foldWords(f.words) === foldedTitle);
  if (titleAt !== -1) verdicts[titleAt] = 'bad';
  markRepeats(all.map(repeatBlock), verdicts);

  markListRuns(all, verdicts, titleAt);
  // A lead-in dense with capitals right over a quotation ("Councillor Ann Hale, Portfolio Holder for Parks and
  // Libraries, said:" then "“…”") takes its class from its neighbours, as near-body prose does.
  // ("Cllr Ana Ruiz, chair, harbour services committee:" over "“…”": so does a speaker's label that cannot
  // stay as a heading, closed by its colon.)
  for (let i = 0; i < all.length; i++) {
    const f = all[i];
    if (verdicts[i] !== 'bad' || i === titleAt || f === undefined) continue;
    if (leadsInQuote(all, i) || introducesQuote(all, i) || (!looksLikeHeading(f) && quotesLabel(f, all[i + 1])))
      verdicts[i] = 'near';
  }

  // Near-good and short blocks take their class from the nearest decided neighbours.
  const settled = [...verdicts];
  const credits = creditSentences(all);
  const turns = transcriptTurnBlocks(all);
  // The author a post's signature line right after each block names (posts.ts), read once for both passes below.
  const signedBy = all.map((_, i) => postSignatureAuthor(all[i + 1]?.text ?? ''));
  for (let i = 0; i < all.length; i++) {
    const v = verdicts[i];
    const f = all[i];
    if (!f) continue;
    // The attribution signed under a quotation of the body ("– Name on the vote") is body too, however long
    // ("— Country’s Foreign Minister Name, speaking on state television" reads as no prose on its own).
    if (settled[i - 1] === 'good' && (signsQuote(all[i - 1], f) || credits.has(i))) {
      settled[i] = 'good';
      continue;
    }
    // The words of a post embedded from a social network, over its signature line ("— NAME (@handle) March 3,
    // 2024"), are body however they end ("… see you all next season 🙏").
    if (!f.chrome && f.words.length > 0 && signedBy[i] !== null) {
      settled[i] = 'good';
      continue;
    }
    if (v !== 'near' && v !== 'short') continue;
    // Blocks before this one are settled already: a lead its neighbours made body is body here too.
    const before = nearestVerdict(all, settled, i, -1);
    const after = nearestVerdict(all, verdicts, i, 1);
    if (v === 'near')
      // A long paragraph of prose after the body that only lacks its final stop (a quotation's attribution typed
      // without one, "…, ” said NAME, Speaker") is body too; teasers for other stories are short.
      settled[i] = (
        between.has(i)
          ? before === 'good' && (after === 'good' || f.chars >= UNSTOPPED_BODY_CHARS)
          : before === 'good' || after === 'good'
      )
        ? 'good'
        : 'bad';
    // A short sentence of prose next to the body (often the last line of an article) is body; jusText would drop it.
    // A quotation right after a speaker's label ("Name, role:") is body wherever the label is; the label stays a heading.
    // ("NAME returned to the chamber. She said:" then a caption, then the quotation: a short lead-in is body too.)
    else if (
      (f.terminal || (leadsInQuote(all, i) && settled[i - 1] === 'good')) &&
      ((before === 'good' && after === 'good') ||
        // The block before is settled already: body its neighbours made it body counts ("near" then "good").
        ((isProse(f) || turns.has(i)) && (settled[i - 1] === 'good' || verdicts[i + 1] === 'good')) ||
        quotesLabel(all[i - 1], f))
    ) {
      settled[i] = 'good';
    } else if (i === lastBlock && settled[i - 1] === 'good' && f.words.length >= 3 && !f.headlineCase) {
      // The page's last words, cut off mid-sentence right after the body ("“I’m 51 years"), are body.
      settled[i] = 'good';
    } else settled[i] = 'short';
  }
  // An article of one or two short sentences has no long block to anchor it: its prose is the body. So is a page
  // stored as one long paragraph cut off mid-sentence (the whole story on one line): its cut is no teaser's.
  if (!settled.includes('good')) {
    all.forEach((f, i) => {
      const cutStory = i === lastBlock && verdicts[i] === 'near' && f.chars >= CUT_STORY_CHARS;
      if ((settled[i] === 'short' || verdicts[i] === 'near') && (f.terminal || cutStory) && !f.chrome && isProse(f))
        settled[i] = 'good';
    });
  }

  const firstBody = settled.indexOf('good');
  const titleIndex =
    foldedTitle !== null
      ? all.findIndex((f, i) => (firstBody === -1 || i < firstBody) && foldWords(f.words) === foldedTitle)
      : guessTitle(all, firstBody);
  const blocks: Block[] = [];
  for (let i = 0; i < all.length; i++) {
    const f = all[i];
    const v = settled[i];
    if (!f) continue;
    // ("ANA RUIZ, CHIEF ECONOMIST, HARBOUR BANK, LONDON:" over "“…”": a wire's reaction label in capitals, however
    // long, heads the quotation under it; it says who speaks, no sentence of the story. So does "ANA RUIZ, chair of
    // the farm committee:" over the quotation or over prose that writes "Ruiz".)
    // (The shorter label with its role in lower case heads the body under it whatever its own verdict: "DR ANA RUIZ,
    // economist:" is too short to be read as prose.)
    const below = all[i + 1]?.text ?? '';
    const capsLabel = v === 'good' && isCapsLabel(f) && OPENS_QUOTE.test(below);
    if (settled[i + 1] === 'good' && !f.chrome && (capsLabel || isCapsNameLabel(f, below))) {
      blocks.push({ text: f.text, kind: 'heading' });
      continue;
    }
    if (v === 'good') {
      const postBy = signedBy[i] ?? null;
      blocks.push(postBy === null ? { text: f.text, kind: 'body' } : { text: f.text, kind: 'body', postBy });
      continue;
    }
    if (i === titleIndex) {
      blocks.push({ text: f.text, kind: 'title' });
      continue;
    }
    // A heading introduces body text: it sits right before a body block, inside the article — or, past the first
    // body block, right before a heading that does ("NAME (Side)" over "On the injury:" over the quotation).
    const next = settled[i + 1];
    // (So does one between the title and the first body over a topic's label that opens it: "NAME (Side)" over "On
    // the final set:" over the first quotation; page furniture there stands over no label closed by a colon.)
    const overLabel = titleIndex !== -1 && i > titleIndex && TERMINAL_COLON.test(all[i + 1]?.text ?? '');
    const overHeading = (i > firstBody || overLabel) && headsBody(all, settled, i + 1) && i + 1 !== titleIndex;
    if (v !== 'bad' || looksLikeHeading(f)) {
      if (looksLikeHeading(f) && (next === 'good' || overHeading) && firstBody !== -1 && !f.chrome) {
        blocks.push({ text: f.text, kind: 'heading' });
      }
    }
  }
  return blocks;
}
