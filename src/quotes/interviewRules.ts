// Attribution of an interview set out as questions and answers ("Q: …" then "A: “…”"): the answers are the
// words of the one person the article names before its first question.
import { ANSWER_MARKS, INTERVIEW_LEDE_WORDS, QUESTION_MARKS, UNNAMED_OPENERS } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { OBJECT_GENDER } from './pronouns.ts';
import type { SentenceState } from './clauses.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/** Whether a sentence opens with one of `marks` and a colon ("Q:", "Answer:"). */
function opensWith(state: SentenceState | undefined, marks: ReadonlySet<string>): boolean {
  const tokens = state?.sentence.tokens ?? [];
  return marks.has(tokens[0]?.lower ?? '') && tokens[1]?.text === ':';
}

/**
 * "Q: Why come back? ¶ A: “I missed the sea.”": a quote right after an answer mark, in the paragraph after a
 * question, is the interviewee's — the one person named by name before the first question; nobody when the
 * article named several or none there.
 */
export function interviewAnswer(context: AttributionContext, { first }: QuotePlace): Attribution | null {
  if (first.index !== 2 || !opensWith(first.state, ANSWER_MARKS)) return null;
  const paragraph = first.state.sentence.paragraph;
  const question = context.states.find((s) => s.sentence.paragraph === paragraph - 1);
  if (!opensWith(question, QUESTION_MARKS)) return null;
  const firstQuestion = context.states.find((s) => s.sentence.kind === 'body' && opensWith(s, QUESTION_MARKS));
  if (firstQuestion === undefined) return null;
  const named = new Map<string, string>();
  for (const state of context.states.slice(0, firstQuestion.sentence.index)) {
    if (state.sentence.kind !== 'body') continue;
    for (const slot of state.slots) if (slot.kind === 'name' && slot.entity !== null) named.set(slot.entity, slot.text);
  }
  const [only] = [...named];
  if (named.size === 1 && only !== undefined)
    return { speaker: only[0], cue: `${only[1]} (interview answer)`, method: 'interview' };
  const headed = headingInterviewee(context.states, firstQuestion.sentence.index);
  if (headed !== null) return { speaker: headed.entity, cue: `${headed.text} (interview answer)`, method: 'interview' };
  // ("… was calmer about it. I wrote to ask him what he thought: ¶ Q: …": when the article named
  // several people before, the one the paragraph leading into the questions asks — by name, or by a him or her
  // standing for the one person it names.)
  const lead = context.states.filter(
    (s) => s.sentence.kind === 'body' && s.sentence.paragraph === firstQuestion.sentence.paragraph - 1,
  );
  const led = new Map<string, string>();
  const leadNamed = [
    ...new Map(
      lead.flatMap((state) =>
        state.slots.flatMap((x) => (x.kind === 'name' && x.entity !== null ? [[x.entity, x]] : [])),
      ),
    ).values(),
  ];
  // (The one person the paragraph names, and their gender, for a him or her it asks.)
  const [leadOne] = leadNamed.length === 1 ? leadNamed : [];
  const leadGender = leadOne?.entity ? context.people?.people.get(leadOne.entity)?.gender : undefined;
  for (const state of lead) {
    const { tokens } = state.sentence;
    for (let k = 1; k < tokens.length; k++) {
      if (!askedAt(tokens, k)) continue;
      const slot = state.slots.find((x) => x.from === k && x.kind === 'name' && x.entity !== null);
      if (slot?.entity) led.set(slot.entity, slot.text);
      const gender = OBJECT_GENDER.get(tokens[k]?.lower ?? '');
      if (gender !== undefined && leadOne?.entity && leadGender === gender) led.set(leadOne.entity, leadOne.text);
    }
  }
  const [one] = [...led];
  if (led.size !== 1 || one === undefined) return null;
  return { speaker: one[0], cue: `${one[1]} (interview answer)`, method: 'interview' };
}

/**
 * "In conversation: Ann Ode ¶ The new chief took our questions after the vote. ¶ Q: …": the person whose name closes
 * the last heading before sentence `opens` (an interview's first question), when the prose between that heading and
 * the question names nobody by name and brings nobody in unnamed; null otherwise.
 */
export function headingInterviewee(
  states: readonly SentenceState[],
  opens: number,
): { entity: string; text: string } | null {
  const heading = states.findLast((s) => s.sentence.kind === 'heading' && s.sentence.index < opens);
  if (heading === undefined) return null;
  const section = states.slice(heading.sentence.index + 1, opens);
  if (section.some((s) => s.slots.some((x) => x.kind === 'name' && x.entity !== null))) return null;
  // ("A deckhand, who asked us not to print his name, answered …": somebody the prose brings in unnamed answers.)
  const unnamed = (x: SentenceState['slots'][number]): boolean =>
    (x.kind === 'role' || x.kind === 'desc') && UNNAMED_OPENERS.has(x.determiner ?? '');
  if (section.some((s) => s.slots.some(unnamed))) return null;
  const named = new Map<string, string>();
  // (A label's name closes it, "In conversation: Ann Ode", "Ten minutes with Ann Ode": not a headline's subject, "Mayor
  // Ann Ode wins the vote"; nor a name after "by", "Harbour questions, by our reporter Sam Tully", who asks or writes.)
  const tokens = heading.sentence.tokens;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]?.kind !== 'word') end--;
  for (const slot of heading.slots)
    if (
      slot.kind === 'name' &&
      slot.entity !== null &&
      slot.to === end &&
      !tokens.slice(0, slot.from).some((t) => t.lower === 'by')
    )
      named.set(slot.entity, slot.text);
  const [only] = [...named];
  return named.size === 1 && only !== undefined ? { entity: only[0], text: only[1] } : null;
}

/** Words between an asking word and whom it asks ("spoke to him", "sat down with NAME"). */
export const ASKED_LINKS: ReadonlySet<string> = new Set(['to', 'with']);

/** Whether the person at token k is the one asked: right after an INTERVIEW_LEDE_WORDS word, or after its "to". */
function askedAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  if (INTERVIEW_LEDE_WORDS.has(before)) return true;
  return ASKED_LINKS.has(before) && INTERVIEW_LEDE_WORDS.has(tokens[k - 2]?.lower ?? '');
}
