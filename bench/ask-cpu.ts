// CPU time of /ask per question (process.cpuUsage, not wall time), on a generated corpus of N passages: a figure that
// other processes on a busy machine disturb far less than wall-clock latencies.
//   npx tsx bench/ask-cpu.ts [--passages 100000] [--questions 500]
import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/answers/answer.ts';
import { warmEntityTagger } from '../src/answers/entities.ts';
import { ingestArticle } from '../src/corpus/ingest.ts';
import type { Article, Passage } from '../src/corpus/types.ts';
import { loadParaphraseTable } from '../src/load/paraphrases.ts';
import { createRetriever } from '../src/search/retriever.ts';
import { DEFAULT_SEED, generateArticles, readRealMaterial } from './generate.ts';
import { createLexicon } from './scale/lexicon.ts';
import { generateQuestions } from './scale/questions.ts';

const { values } = parseArgs({
  options: { passages: { type: 'string', default: '100000' }, questions: { type: 'string', default: '500' } },
});
const real = await readRealMaterial('data');
const articles: Article[] = [];
const passages: Passage[] = [];
for (const generated of generateArticles(Number(values.passages), DEFAULT_SEED, real)) {
  const result = ingestArticle(generated.raw, generated.entry);
  if (!result.ok) continue;
  articles.push(result.article);
  passages.push(...result.passages);
}
const retriever = createRetriever({ articles, passages }, undefined, { paraphrases: loadParaphraseTable() });
warmEntityTagger();
const questions = generateQuestions(createLexicon(DEFAULT_SEED), DEFAULT_SEED, Number(values.questions));
for (const q of questions.slice(0, 20)) answerQuestion(q, retriever);
const cpu: number[] = [];
for (const q of questions) {
  const before = process.cpuUsage();
  answerQuestion(q, retriever);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
}
cpu.sort((a, b) => a - b);
const at = (p: number): number => cpu[Math.min(cpu.length - 1, Math.floor(p * cpu.length))] ?? 0;
console.log(
  `${passages.length} passages, ${cpu.length} questions: /ask CPU ms p50 ${at(0.5).toFixed(2)}, p90 ${at(0.9).toFixed(2)}, p99 ${at(0.99).toFixed(2)}, max ${at(1).toFixed(2)}`,
);
