// What kind of answer a question asks for, when its wording says so ("when" → a date, "how many" → a number),
// and whether a sentence contains one: a small bonus in excerpt choice, never a reason to refuse.

export type AnswerKind = 'date' | 'number';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\s+${MONTH}\\b`,
    '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    '\\b(?:1[89]|20)\\d\\d\\b',
    '\\b(?:yesterday|today|tomorrow|tonight)\\b',
    '\\b(?:last|next|this|earlier this|later this)\\s+(?:week|month|year|spring|summer|autumn|fall|winter)\\b',
    '\\b\\d+\\s+(?:days?|weeks?|months?|years?)\\s+ago\\b',
    `\\b(?:in|since|by|until)\\s+${MONTH}\\b`,
  ].join('|'),
  'iu',
);
const NUMBER = /\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?)\b/iu;

export function answerKindOf(question: string): AnswerKind | null {
  if (/^\s*when\b|\bwhat\s+(?:year|date|day|month|time)\b/iu.test(question)) return 'date';
  if (/\bhow\s+(?:many|much|long|old|far)\b/iu.test(question)) return 'number';
  return null;
}

export function mentionsKind(text: string, kind: AnswerKind): boolean {
  return (kind === 'date' ? DATE : NUMBER).test(text);
}
