// Interviews and press conferences printed as transcripts, without quotation marks: paragraphs opening with a
// speaker label ("Hale: Absolutely, …", "BJ: Well, …") or bare question lines alternating with answers. A pure
// reading of an article's paragraphs: which paragraphs are whose turn. Who the label is, is left to the attribution
// rule (transcriptRules.ts), which reads the article's people.
import { NAME_LABEL } from '../corpus/quoteLines.ts';
import { ANSWER_MARKS, QUESTION_MARKS, SPEECH_VERBS } from './lexicon.ts';
import { bareTurns, MIN_LEDE_PAIRS } from './bareQuestions.ts';
import { isPlaceName } from './places.ts';

export { MAX_ANSWER_PARAGRAPHS, MAX_QUESTION_WORDS, MIN_BARE_PAIRS, MIN_LEDE_PAIRS } from './bareQuestions.ts';

/** A paragraph as the layout reads it. */
export interface LayoutParagraph {
  kind: 'title' | 'heading' | 'body';
  text: string;
}

/** How a transcript marks its speakers: a name label, initials, question and answer marks ("Q: …" ¶ "A: …") or bare
 * questions, the last two before the one interviewee's answers. */
export type TranscriptForm = 'label' | 'initials' | 'marks' | 'bare';

/** One speaker's turn in a transcript: a labelled paragraph and the unlabelled ones going on with it, or an answer. */
export interface TranscriptTurn {
  /** The turn's paragraphs, in order. */
  paragraphs: number[];
  /** An answer, the words of the person its label (or the lede) names; else an interviewer's question (`question`)
   * or a label that names nobody the article writes of, whose words and quotes are left to nobody. */
  answer: boolean;
  /** An interviewer's question: a question mark's turn ("Q: …"), or one of a label more than half of whose turns
   * ask. Its words are the interviewer's, whom its label or the lede names (transcriptRules.ts). */
  question: boolean;
  form: TranscriptForm;
  /** The label as written ("Hale", "BJ"); null for bare questions and answers. */
  label: string | null;
  /** The full names, as the article writes them, that the label may stand for ("Tom Hale" for "Hale"). */
  names: string[];
  /** Offset into the first paragraph's text where the speaker's words begin (after the label and its colon). */
  from: number;
  /** The transcript's first paragraph (its first label or question): the interviewee is named before it. */
  opens: number;
}

/** Initials as a label: two or three capitals ("HS:", "BJ:"), or a particle's letters in lower case between two ("HvdB:"). */
export const INITIALS_LABEL = /^(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,2}\p{Lu}):[ \t]+(?=\S)/u;
/** A label of four capitals: a surname set in capitals ("LUND:") or initials with a particle's letters ("MDLV:"). */
const FOUR_CAPITALS = /^\p{Lu}{4}$/u;

/** A capitalised run of two to four words, as a person's name is written in the article's prose. */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*){1,3}/gu;
/**
 * The same with its short particles in lower case besides ("Helena van der Berg"), read only for labels in initials
 * ("HvdB"): for a surname label it would make "of Ghana" a name that "Ghana:" stands for.
 */
const PARTICLED_NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+){0,2}\p{Lu}[\p{L}’'-]*){1,3}/gu;

/** Labels of ordinary news, never a speaker: updates, notes, captions, credits, links. */
export const NOT_SPEAKER_LABELS = new Set([
  'update',
  'updated',
  'updates',
  'watch',
  'note',
  "editor's note",
  'editor’s note',
  'editors note',
  'photo',
  'photos',
  'image',
  'images',
  'picture',
  'pictured',
  'caption',
  'credit',
  'credits',
  'source',
  'sources',
  'video',
  'listen',
  'read',
  'read more',
  'see also',
  'related',
  'correction',
  'clarification',
  'breaking',
  'live',
  'file',
  'warning',
  'disclaimer',
  'tags',
  'share',
  'subscribe',
]);

/** Fewest answering turns (labelled paragraphs of the people answering) for a labelled transcript. */
export const MIN_LABELLED_TURNS = 2;
/** Of a labelled paragraph whose words open with a quotation mark, the share the first quotation may cover before
 * the paragraph is a roundup's quote ("Name: “…”", read by the other rules) rather than a turn. */
export const QUOTED_SHARE = 0.5;

const OPENING_MARK = /^["“„«‘']/u;
/** The mark closing a quotation opened by a double mark; a single one, not an apostrophe inside a word ("I’d"). */
const CLOSING_DOUBLE_MARK = /["”»]/gu;
const CLOSING_SINGLE_MARK = /['’](?!\p{L})/gu;

interface Labelled {
  paragraph: number;
  label: string;
  form: 'label' | 'initials' | 'marks';
  from: number;
  /** Whether the paragraph asks: a question mark, or a question's first word ("What's the status …."). */
  asks: boolean;
  /** Whether its words report somebody's quotation (reportsSpeech): a roundup's line when most lines do. */
  reports: boolean;
}

/** Words that open a question, so that a paragraph opening with one asks though its question mark is missing. */
export const QUESTION_OPENERS = new Set([
  'what',
  'why',
  'how',
  'when',
  'where',
  'who',
  'which',
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'can',
  'could',
  'would',
  'will',
  'should',
  'tell',
]);

/** Words between double quotation marks: somebody else's question asked inside an answer does not make it ask. */
const QUOTED = /["“„«][^"”»]*["”»]/gu;

function asks(words: string): boolean {
  const first = /^\p{L}+/u.exec(words)?.[0].toLowerCase() ?? '';
  return words.replace(QUOTED, '').includes('?') || QUESTION_OPENERS.has(first);
}

/** A stage direction in brackets opening a turn's words ("(laughs)", "[pauses]", "(in English)", "(laughs, pauses)"). */
const STAGE_DIRECTION = /^[([]\p{Ll}[\p{L} ,]{1,29}[)\]]\s+/u;

/**
 * Whether the words after a label are a speaker's own: a capital or digit first (past a stage direction, "(smiles) A
 * strike over what?"), and not a quotation throughout.
 */
function ownWords(said: string): boolean {
  const words = said.replace(STAGE_DIRECTION, '');
  if (OPENING_MARK.test(words)) {
    const closing = /^["“„«]/u.test(words) ? CLOSING_DOUBLE_MARK : CLOSING_SINGLE_MARK;
    closing.lastIndex = 1;
    const close = closing.exec(words);
    return close !== null && close.index < words.length * QUOTED_SHARE;
  }
  return /^[\p{Lu}\p{N}]/u.test(words);
}

/** Most words of a roundup line's lead-in before its quotation ("Ann Hale, co-driver, said:"). */
export const REPORTING_LEAD_WORDS = 8;
/** Where a quotation in double marks opens: a reported speech verb before it makes a roundup's line. */
const FIRST_DOUBLE_MARK = /["“„«]/u;
/** A lead-in opening with a full name, two capitalised words or more ("Ann Hale, co-driver, said:"). */
const FULL_NAME_OPENING = /^\s*\p{Lu}[\p{L}’'.-]*\s+\p{Lu}/u;
/** The last word before a colon or comma ending a text, with that mark ("… driver, said:"). */
const WORD_BEFORE_LEAD_IN = /(\p{L}+)\s*[:,]\s*$/u;

/**
 * Whether the words after a label bring in a quotation with a speech verb after a full name ("Team Tarrow: Ann Hale,
 * driver, said: “…”"): a reactions roundup's line, in which the label names the side, not a speaker taking a turn.
 */
function reportsSpeech(words: string): boolean {
  const open = FIRST_DOUBLE_MARK.exec(words)?.index ?? -1;
  if (open <= 0) return false;
  const lead = words.slice(0, open);
  // (Only a short lead-in of the line's first sentence: "Very closely. One of them … rang me and said, “…”" is a
  // turn that quotes somebody.)
  if (/[.?!]/u.test(lead) || lead.trim().split(/\s+/u).length > REPORTING_LEAD_WORDS) return false;
  const verb = WORD_BEFORE_LEAD_IN.exec(lead)?.[1]?.toLowerCase();
  return verb !== undefined && SPEECH_VERBS.has(verb) && FULL_NAME_OPENING.test(lead);
}

/** The paragraph's label, when it opens with one that may be a speaker's. */
function labelOf(paragraph: LayoutParagraph, index: number): Labelled | null {
  if (paragraph.kind !== 'body') return null;
  const initials = INITIALS_LABEL.exec(paragraph.text);
  const named = initials ?? NAME_LABEL.exec(paragraph.text);
  const label = named?.[1];
  if (named === null || label === undefined) return null;
  const lower = label.toLowerCase();
  const mark = QUESTION_MARKS.has(lower) || ANSWER_MARKS.has(lower);
  if (!mark && (NOT_SPEAKER_LABELS.has(lower) || isPlaceName(label))) return null;
  const words = paragraph.text.slice(named[0].length);
  if (!ownWords(words)) return null;
  return {
    paragraph: index,
    label,
    form: mark ? 'marks' : initials === null ? 'label' : 'initials',
    from: named[0].length,
    asks: mark ? QUESTION_MARKS.has(lower) : asks(words),
    reports: reportsSpeech(words),
  };
}

/** The capitalised runs of the article's prose, outside labels, as written. */
function nameRuns(paragraphs: readonly LayoutParagraph[], labelled: readonly Labelled[], run: RegExp): string[][] {
  const runs: string[][] = [];
  paragraphs.forEach((p, i) => {
    const own = labelled.find((l) => l.paragraph === i);
    const text = own === undefined ? p.text : p.text.slice(own.from);
    for (const m of text.matchAll(run)) runs.push(m[0].split(/\s+/u));
  });
  return runs;
}

/**
 * The full names, as the article writes them, that a label stands for: a name whose initials the label is, the
 * name the label writes in full, or a name whose last word (a surname) it is. A run's last words are the name
 * ("Vocalist Tom Hale" is Tom Hale's).
 */
export function labelledNames(label: string, form: 'label' | 'initials', runs: readonly string[][]): string[] {
  const said = label.toLowerCase().split(' ');
  const size = form === 'initials' ? label.length : Math.max(2, said.length);
  const found = new Map<string, string>();
  for (const run of runs) {
    if (form === 'initials') {
      const tail = initialledTail(run, said[0] ?? '');
      if (tail !== null) found.set(tail.join(' ').toLowerCase(), tail.join(' '));
      continue;
    }
    if (run.length < size) continue;
    const tail = run.slice(run.length - size);
    const lower = tail.map((w) => w.toLowerCase());
    const fits = said.length === 1 ? lower[lower.length - 1] === said[0] : lower.join(' ') === said.join(' ');
    if (fits) found.set(lower.join(' '), tail.join(' '));
  }
  return [...found.values()];
}

/**
 * The last words of a run whose initials are `initials` (lower case), each part of a hyphenated word giving one
 * ("Ann Kerr-Dale" is "AKD"), or its first part's letter alone ("Jo-Ann Hale" is "JAH" or "JH"; "Ann Kerr-Dale" is
 * "AK"), as desks shorten names on either side. Null when no tail of two words or more has them.
 */
function initialledTail(run: readonly string[], initials: string): string[] | null {
  for (let from = run.length - 2; from >= 0; from--) {
    const tail = run.slice(from);
    const spelled = tail.map((word) => {
      const parts = word.split('-').map((part) => part[0]?.toLowerCase() ?? '');
      const full = parts.join('');
      return [full, parts[0] ?? ''];
    });
    const letters = spelled.reduce<string[]>((heads, ways) => heads.flatMap((h) => ways.map((w) => h + w)), ['']);
    if (letters.includes(initials)) return tail;
    if (Math.min(...letters.map((l) => l.length)) > initials.length) return null;
  }
  return null;
}

/** The interviewers: labels more than half of whose turns ask. Their questions are no statement of the people
 * interviewed. */
function interviewers(labelled: readonly Labelled[]): Set<string> {
  const found = new Set<string>();
  for (const label of new Set(labelled.map((l) => l.label))) {
    const own = labelled.filter((l) => l.label === label);
    if (own.filter((l) => l.asks).length * 2 > own.length) found.add(label);
  }
  return found;
}

/** Turns of a labelled transcript: each answering label's paragraphs and the unlabelled ones after them. */
function labelledTurns(paragraphs: readonly LayoutParagraph[]): TranscriptTurn[] {
  const labels = paragraphs.flatMap((p, i) => labelOf(p, i) ?? []);
  if (labels.length < MIN_LABELLED_TURNS) return [];
  // ("Team Tarrow: Ann Hale, driver, said: “…”": when most labelled lines report a named person's quotation, they
  // are a roundup's lines, no turns; one such line among turns is a turn quoting somebody, "Ruiz: Tom Vellacott, our
  // captain, said: “…” And he was right".)
  const roundup = labels.filter((l) => l.reports).length * 2 > labels.length;
  const read = roundup ? labels.filter((l) => !l.reports) : labels;
  if (read.length < MIN_LABELLED_TURNS) return [];
  const runs = nameRuns(paragraphs, read, NAME_RUN);
  const initialled = read.some((l) => l.form === 'initials' || FOUR_CAPITALS.test(l.label))
    ? nameRuns(paragraphs, read, PARTICLED_NAME_RUN)
    : [];
  // ("MDLV:" for Marta de la Vega: four capitals that are no surname of the prose's names are initials, a particle's
  // letters among them; "LUND:" stays a surname.)
  const labelled = read.map((l) =>
    l.form === 'label' &&
    FOUR_CAPITALS.test(l.label) &&
    labelledNames(l.label, 'label', runs).length === 0 &&
    labelledNames(l.label, 'initials', initialled).length > 0
      ? { ...l, form: 'initials' as const }
      : l,
  );
  const asking = interviewers(labelled);
  const namesOf = (l: Labelled): string[] =>
    l.form === 'marks' ? [] : labelledNames(l.label, l.form, l.form === 'initials' ? initialled : runs);
  const names = new Map(labelled.map((l) => [l.label, namesOf(l)]));
  // An answer mark's turns are the interviewee's, whom the rule finds before the first label.
  const speaks = (l: Labelled): boolean =>
    l.form === 'marks' ? ANSWER_MARKS.has(l.label.toLowerCase()) : (names.get(l.label) ?? []).length > 0;
  const answering = labelled.filter((l) => !asking.has(l.label) && speaks(l));
  if (answering.length < MIN_LABELLED_TURNS) return [];
  const opens = labelled[0]?.paragraph ?? 0;
  return labelled.map((l, k) => {
    const answer = answering.includes(l);
    const own = [l.paragraph];
    // The paragraphs after an answer, up to the next label, go on with it; none after the last label.
    const next = labelled[k + 1]?.paragraph;
    for (let i = l.paragraph + 1; answer && next !== undefined && i < next && paragraphs[i]?.kind === 'body'; i++)
      own.push(i);
    const fullNames = names.get(l.label) ?? [];
    const question = !answer && (l.form === 'marks' ? QUESTION_MARKS.has(l.label.toLowerCase()) : asking.has(l.label));
    return { paragraphs: own, answer, question, form: l.form, label: l.label, names: fullNames, from: l.from, opens };
  });
}

/** NAME_LABEL read at a given offset of a whole text (sticky), for the quick look below. */
const LABEL_AT = new RegExp(NAME_LABEL.source.slice(1), 'uy');

/**
 * A quick look, before any paragraph is read as a layout: whether enough body paragraphs of `text` open with a label
 * or end in a question mark for a transcript. Most articles have neither, and are left at that.
 */
export function mayHoldTranscript(
  text: string,
  paragraphs: readonly { kind: LayoutParagraph['kind']; start: number; end: number }[],
): boolean {
  let labels = 0;
  let questions = 0;
  for (const p of paragraphs) {
    if (p.kind !== 'body') continue;
    if (text.charCodeAt(p.end - 1) === 63) questions++;
    LABEL_AT.lastIndex = p.start;
    if (LABEL_AT.test(text)) labels++;
    if (labels >= MIN_LABELLED_TURNS || questions >= MIN_LEDE_PAIRS) return true;
  }
  return false;
}

/** The turns of an article printed as a transcript, in paragraph order (a labelled transcript's questions too); none
 * when it is ordinary prose. */
export function transcriptTurns(paragraphs: readonly LayoutParagraph[]): TranscriptTurn[] {
  const labelled = labelledTurns(paragraphs);
  return labelled.length > 0 ? labelled : bareTurns(paragraphs);
}
