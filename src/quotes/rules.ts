// The attribution rules: an ordered table, each rule a named function from a quotation (where it sits among the
// writer's sentences) to its speaker, or null to pass it on. The first rule that answers decides.
import {
  continuesPreviousParagraph,
  laterInParagraph,
  leadInParagraph,
  reportedSpeechGoesOn,
  sameParagraphSpeaker,
  subjectBefore,
  subjectOfParagraphBefore,
} from './contextRules.ts';
import { creditInline, creditLineBelow, creditSentenceBelow, saidBackBelow } from './creditRules.ts';
import { describedUnderHeading, speakerOpensNextParagraph } from './headingRules.ts';
import { interviewAnswer } from './interviewRules.ts';
import { speakerPastInterlude } from './interludeRules.ts';
import { onlyPersonAbove } from './onlyPerson.ts';
import { transcriptTurn } from './transcriptRules.ts';
import { embeddedPost } from './posts.ts';
import {
  type Attribution,
  type AttributionContext,
  type AttributionRule,
  type QuotePlace,
  UNRESOLVED,
} from './ruleTypes.ts';
import { speakerColon } from './colonRules.ts';
import { beatBetweenQuotes } from './beats.ts';
import { nearestMentionAbove } from './nearestMention.ts';
import { usedByBelow } from './usedByCredit.ts';
import { ownerOfWords } from './ownedWords.ts';
import { speakerRevealedBelow } from './revealedBelow.ts';
import {
  forPerson,
  headlineDash,
  mainClauseSpeaker,
  speakerBefore,
  speakerClosingSentence,
  speakerOnNextLine,
  speakerRightAfter,
  sentenceSubject,
  viewHolderLeadIn,
} from './sentenceRules.ts';

export * from './contextRules.ts';
export * from './creditRules.ts';
export * from './headingRules.ts';
export * from './ruleTypes.ts';
export * from './sentenceRules.ts';

/** The rules in the order they are tried: the writer's own words next to the quote first, context last. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  {
    name: 'credit',
    form: 'Deeply concerned … ¶ — Ann Hale (@annhale) May 3, 2024 (an embedded post)',
    apply: embeddedPost,
  },
  { name: 'transcript', form: 'Hale: Absolutely, … / BJ: Well, … (no marks)', apply: transcriptTurn },
  { name: 'after', form: '“…,” said X / “…,” X said', apply: speakerRightAfter },
  { name: 'after', form: '“…,” ¶ said X (the line broken after the quote)', apply: speakerOnNextLine },
  { name: 'final', form: 'While X was “…”, the minister said that …', apply: mainClauseSpeaker },
  { name: 'before', form: 'rejected X’s claim that “…”', apply: ownerOfWords },
  { name: 'before', form: 'X said “…” / X told AFP: “…”', apply: speakerBefore },
  { name: 'final', form: '“…” and more, the minister said', apply: speakerClosingSentence },
  { name: 'headline', form: '‘…’ – X', apply: headlineDash },
  { name: 'colon', form: 'X: “…”', apply: speakerColon },
  { name: 'interview', form: 'Q: … ¶ A: “…”', apply: interviewAnswer },
  { name: 'same-paragraph', form: '“…,” he said. “…”', apply: sameParagraphSpeaker },
  { name: 'credit', form: '“…” Villa manager Dean Smith on the draw', apply: creditInline },
  { name: 'credit', form: '“…” ¶ – Smith on the result', apply: creditLineBelow },
  { name: 'credit', form: '“…” ¶ Rovers manager Smith was adamant … (a roundup)', apply: creditSentenceBelow },
  { name: 'credit', form: '“…” ¶ X, 57, a farmer, said this while …', apply: saidBackBelow },
  { name: 'later-in-paragraph', form: '“…” X paused. “…,” she said', apply: laterInParagraph },
  { name: 'later-in-paragraph', form: '“…” He stirs the tea. “…”', apply: beatBetweenQuotes },
  { name: 'subject-before', form: 'X was defiant. “…”', apply: subjectBefore },
  { name: 'subject-before', form: 'X has led the union since 2015. ¶ “…”', apply: subjectOfParagraphBefore },
  { name: 'credit', form: '“…” ¶ The words came late. The speaker, X, had sat silent.', apply: speakerRevealedBelow },
  { name: 'continuation', form: 'X said: ¶ “…”', apply: continuesPreviousParagraph },
  { name: 'lead-in', form: 'X was blunt about the plan: ¶ “…”', apply: leadInParagraph },
  { name: 'continuation', form: '“…,” X said. ¶ The crew set off at dawn. ¶ “…”', apply: speakerPastInterlude },
  { name: 'subject-before', form: 'The radiogram belongs to X, who … . ¶ “…”', apply: onlyPersonAbove },
  { name: 'later-in-paragraph', form: '- Heading - ¶ “…” ¶ X added that …', apply: speakerOpensNextParagraph },
  { name: 'same-paragraph', form: 'X said … . The cuts were “…”', apply: reportedSpeechGoesOn },
  { name: 'credit', form: '… was “…”. That phrase was used by X', apply: usedByBelow },
  { name: 'subject', form: 'X is “…” / X wants the board to “…”', apply: sentenceSubject },
  { name: 'subject', form: 'For X, the answer is simple: “…”', apply: forPerson },
  { name: 'subject', form: 'That is the view of X, who runs the bakery: “…”', apply: viewHolderLeadIn },
  { name: 'subject-before', form: 'Credit to X, who kept calm. It was late. ¶ “…”', apply: nearestMentionAbove },
];

/** The first answer of the rules, in order; unresolved when none answers. */
export function applyRules(
  context: AttributionContext,
  place: QuotePlace,
  rules: readonly AttributionRule[] = ATTRIBUTION_RULES,
): Attribution {
  for (const rule of rules) {
    const answer = rule.apply(context, place);
    // ("“…,” said the Irish No. 2" under the heading "Ana Ruiz": the description is the heading's speaker.)
    if (answer !== null) return describedUnderHeading(context, place, answer) ?? answer;
  }
  return UNRESOLVED;
}
