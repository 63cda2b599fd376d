// The queries every engine answers: generated questions for scaled corpora plus the real development questions,
// and /quote speakers. Deterministic for a seed so ours and the baselines see the same list.
import { readFileSync } from 'node:fs';
import { createLexicon } from './scale/lexicon.ts';
import { generateQuestions, generateSpeakers } from './scale/questions.ts';

export const QA_DEV = 'bench/eval/qa-dev.json';
export const QUOTES_DEV = 'bench/eval/quotes-dev.json';

export interface DevQuestion {
  q: string;
  any?: string[];
  unanswerable?: boolean;
}

export function devGold(): DevQuestion[] {
  return (JSON.parse(readFileSync(QA_DEV, 'utf8')) as { questions: DevQuestion[] }).questions;
}

/** The gold file's comparison: case-insensitive, curly quotes and dashes folded, whitespace squeezed. */
export function foldForGold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/[\u201c\u201d]/gu, '"')
    .replace(/[\u2010-\u2015]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function devQuestions(): string[] {
  const json = JSON.parse(readFileSync(QA_DEV, 'utf8')) as { questions: { q: string }[] };
  return json.questions.map((q) => q.q);
}

export function devSpeakers(): string[] {
  const json = JSON.parse(readFileSync(QUOTES_DEV, 'utf8')) as { quotes: { speaker: string }[] };
  return [...new Set(json.quotes.map((q) => q.speaker))];
}

/** 1,000 generated questions with the real ones spread among them (every 50th query is a real one). */
export function scaledQuestions(seed: number): string[] {
  const generated = generateQuestions(createLexicon(seed), seed, 1_000);
  const real = devQuestions();
  const out: string[] = [];
  generated.forEach((q, i) => {
    out.push(q);
    if (i % 50 === 49) out.push(real[Math.floor(i / 50) % real.length] ?? q);
  });
  return out;
}

export function scaledSpeakers(seed: number): string[] {
  return [...generateSpeakers(createLexicon(seed), seed, 300), ...devSpeakers()];
}
