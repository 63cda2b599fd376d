// Attribution of a transcript's turns (transcriptLayout.ts): a label names its speaker by surname, full name or
// initials of a person the article names; bare answers are the one person named before the first question, "Q:"
// questions the one the prose names as asking (interviewers.ts). A label that names nobody leaves its turn
// unattributed: no other rule guesses for it.
import type { SentenceState } from './clauses.ts';
import { headingInterviewee } from './interviewRules.ts';
import { namesTheAsker } from './interviewers.ts';
import { INTERVIEW_LEDE_WORDS } from './lexicon.ts';
import { normalizeName } from './match.ts';
import { lookupName } from './people.ts';
import { type Attribution, type AttributionContext, knownOrganisation, type QuotePlace } from './ruleTypes.ts';
import type { TranscriptTurn } from './transcriptLayout.ts';
import { speakerBefore, speakerRightAfter } from './sentenceRules.ts';

/** The people the article names, each with the names it writes for them, in the order first named. */
function namedPeople(context: AttributionContext, states: readonly SentenceState[]): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const state of states) {
    for (const slot of state.slots) {
      if (slot.kind !== 'name' || slot.entity === null) continue;
      const person = context.people?.people.get(slot.entity);
      if (person !== undefined && person.kind !== 'person') continue;
      const forms = named.get(slot.entity) ?? (person === undefined ? [] : [person.name]);
      forms.push(slot.text);
      named.set(slot.entity, forms);
    }
  }
  return named;
}

/** Each article's named people (namedPeople over all its sentences), read once per article, not once per turn. */
const peopleOfArticle = new WeakMap<readonly SentenceState[], Map<string, string[]>>();

function articlePeople(context: AttributionContext): Map<string, string[]> {
  let named = peopleOfArticle.get(context.states);
  if (named === undefined) {
    named = namedPeople(context, context.states);
    peopleOfArticle.set(context.states, named);
  }
  return named;
}

function wordsOf(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w.length > 0);
}

/**
 * The one person of the article whose name's initials `label` is, its particles' letters among them ("MDLV" for
 * Marta de la Vega); null when nobody's or several people's are.
 */
export function initialledPerson(context: AttributionContext, label: string): string | null {
  const fits = peopleLabelled(context, 'initials', label);
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** Whether `name` (as written) is what a label of that form says: the initials, the full name, or its last word. */
function labelNames(form: TranscriptTurn['form'], label: string, name: string): boolean {
  const words = wordsOf(name);
  if (words.length < 2) return false;
  if (form === 'initials') return words.map((w) => w[0]).join('') === label.toLowerCase();
  const said = wordsOf(label);
  return said.length === 1 ? words[words.length - 1] === said[0] : said.join(' ') === words.join(' ');
}

/** The people of the article one of whose names as written a label of that form says. */
function peopleLabelled(context: AttributionContext, form: TranscriptTurn['form'], label: string): string[] {
  return [...articlePeople(context)].flatMap(([id, names]) =>
    names.some((name) => labelNames(form, label, name)) ? [id] : [],
  );
}

/** The one person the label names; null when it names nobody or several. */
function labelSpeaker(context: AttributionContext, turn: TranscriptTurn, label: string): string | null {
  const fits = peopleLabelled(context, turn.form, label);
  if (fits.length > 0) return fits.length === 1 ? (fits[0] ?? null) : null;
  // A name the article writes only where the coreference reads no person (a lede run into its dateline): the
  // registry's person by the one full name the label stands for.
  const [only] = turn.names;
  if (turn.names.length !== 1 || only === undefined || context.people === undefined) return null;
  const registry = context.people;
  const ids = lookupName(registry, only.split(' ')).ids.filter((id) => registry.people.get(id)?.kind === 'person');
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

/**
 * The interviewee of bare questions: the one person named in the prose before the first question — in the section
 * its heading opens ("Q&A: … ¶ We asked Dr Ode three questions."), or the one that heading names when that section
 * names nobody (headingInterviewee), else in all of it — or, of several named there,
 * the one the title names ("Ann Ode to run the marathon"), else the one the paragraph right before the first
 * question names when it speaks of asking (INTERVIEW_LEDE_WORDS). The people named as asking (askersBefore) answer nothing.
 */
function loneInterviewee(context: AttributionContext, opens: number): string | null {
  const before = proseBefore(context, opens);
  const heading = context.states.findLast((s) => s.sentence.kind === 'heading' && s.sentence.paragraph < opens);
  const section = heading === undefined ? [] : before.filter((s) => s.sentence.paragraph > heading.sentence.paragraph);
  const askers = askersBefore(context, opens);
  const answering = (states: readonly SentenceState[]): Map<string, string[]> => {
    const named = namedPeople(context, states);
    for (const asker of askers) named.delete(asker);
    return named;
  };
  const inSection = answering(section);
  if (inSection.size === 1) return [...inSection.keys()][0] ?? null;
  const first = context.states.find((s) => s.sentence.paragraph >= opens)?.sentence.index;
  const headed = first === undefined ? null : headingInterviewee(context.states, first);
  if (headed !== null && !askers.has(headed.entity)) return headed.entity;
  const named = answering(before);
  if (named.size === 1) return [...named.keys()][0] ?? null;
  const titled = namedPeople(
    context,
    context.states.filter((s) => s.sentence.kind === 'title'),
  );
  const both = [...titled.keys()].filter((id) => named.has(id));
  if (both.length === 1) return both[0] ?? null;
  // ("… ¶ We asked economist Ann Ode three questions. ¶ Why …?": of several named before, the one the paragraph right
  // before the first question names, when it speaks of asking.)
  const lede = before.filter((s) => s.sentence.paragraph === opens - 1);
  const asks = lede.some((s) => s.sentence.tokens.some((t) => INTERVIEW_LEDE_WORDS.has(t.lower)));
  const ledeNamed = asks ? answering(lede) : new Map<string, string[]>();
  return ledeNamed.size === 1 ? ([...ledeNamed.keys()][0] ?? null) : null;
}

/** The people a sentence names as the ones asking: "Ann Hale spoke to …", "… questioning by the prosecutor Ann Hale". */
function askersIn(context: AttributionContext, state: SentenceState): string[] {
  const found: string[] = [];
  for (const slot of state.slots) {
    if (slot.kind !== 'name' || slot.entity === null) continue;
    if (knownOrganisation(context, slot.entity)) continue;
    if (namesTheAsker(state.sentence.tokens, slot.from, slot.to)) found.push(slot.entity);
  }
  return found;
}

/**
 * The interviewer of a transcript's "Q:" questions: the one person the prose before the transcript names as the one
 * asking ("Ann Hale caught up with the founder", "under cross-examination by counsel, Ann Hale"); null when none or
 * several are.
 */
function namedInterviewer(context: AttributionContext, opens: number): string | null {
  const askers = askersBefore(context, opens);
  return askers.size === 1 ? ([...askers][0] ?? null) : null;
}

/** The body sentences before paragraph `opens`: the prose that brings a transcript in. */
function proseBefore(context: AttributionContext, opens: number): SentenceState[] {
  return context.states.filter((s) => s.sentence.kind === 'body' && s.sentence.paragraph < opens);
}

/** Each article's askers by the paragraph its transcript opens at, read once per transcript, not once per turn. */
const askersOfArticle = new WeakMap<readonly SentenceState[], Map<number, Set<string>>>();

/** The people the prose before paragraph `opens` names as asking (askersIn). */
function askersBefore(context: AttributionContext, opens: number): Set<string> {
  let byOpening = askersOfArticle.get(context.states);
  if (byOpening === undefined) {
    byOpening = new Map();
    askersOfArticle.set(context.states, byOpening);
  }
  let askers = byOpening.get(opens);
  if (askers === undefined) {
    askers = new Set(proseBefore(context, opens).flatMap((state) => askersIn(context, state)));
    byOpening.set(opens, askers);
  }
  return askers;
}

/**
 * "Hale: Absolutely, …", "BJ: Well, …", "What went wrong? ¶ We stopped pressing. …": a transcript's turn. A quote
 * inside a turn that is neither an answer nor the question itself — one the question quotes — is the words of
 * whoever the question credits it to ("Q: The critic, Ann Hale, has called the bill “…”. Is that fair?"), if named.
 */
export function transcriptTurn(context: AttributionContext, place: QuotePlace): Attribution | null {
  const turn = context.turns?.get(place.quote);
  if (turn !== undefined && !turn.question && !turn.answer) {
    // (Only to somebody the turn names: a question's "he" or "she" with nobody named — "The mayor has been scathing.
    // She called the bill “…”. Is she right?" — is somebody the reader cannot tell from the interviewee, "you".)
    const credited = speakerBefore(context, place) ?? speakerRightAfter(context, place);
    const speaker = credited?.speaker ?? null;
    const { paragraph } = place.first.state.sentence;
    const named =
      speaker !== null &&
      context.states.some(
        (state) =>
          state.sentence.paragraph === paragraph && state.slots.some((s) => s.kind === 'name' && s.entity === speaker),
      );
    if (credited !== null && named) return credited;
  }
  return turnAttribution(context, place.quote);
}

/** The attribution of quote `quote` as a transcript's turn; null when it is none. An interviewer's question has no
 * place among the sentences (it is read as prose, tokens.ts): attributeArticle asks for it by its index. */
export function turnAttribution(context: AttributionContext, quote: number): Attribution | null {
  const turn = context.turns?.get(quote);
  if (turn === undefined) return null;
  if (turn.question) {
    const speaker =
      turn.form === 'marks' ? namedInterviewer(context, turn.opens) : labelSpeaker(context, turn, turn.label ?? '');
    return { speaker, cue: speaker === null ? null : `${turn.label}: (interview question)`, method: 'transcript' };
  }
  if (!turn.answer) return { speaker: null, cue: null, method: 'transcript' };
  const interviewee = turn.label === null || turn.form === 'marks';
  const speaker = interviewee ? loneInterviewee(context, turn.opens) : labelSpeaker(context, turn, turn.label ?? '');
  const cue = interviewee ? '(interview answer)' : `${turn.label}: (transcript)`;
  return { speaker, cue: speaker === null ? null : cue, method: 'transcript' };
}
