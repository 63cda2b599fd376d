// Passages the engine cannot find for a question: paraphrases (WordNet) are not sent to it (they multiply the postings
// walked and pull in other senses of a word), so a passage saying a question word only in other words ("funded" for
// "paid for") is found only when its own words match. Within an article the question is about, they are looked for.
import type { Passage } from '../corpus/types.ts';
import type { QueryPlan } from '../search/query.ts';
import type { Retriever } from '../search/retriever.ts';

/** The ids of an article's passages, in order (the chunker names them `${articleId}#${n}`). */
export function passageIdsOf(retriever: Retriever, articleId: string): string[] {
  const ids: string[] = [];
  for (let n = 0; retriever.passage(`${articleId}#${n}`); n++) ids.push(`${articleId}#${n}`);
  return ids;
}

/**
 * The passages of the given articles, other than those already read, holding a paraphrase of a question term that
 * its article never says itself: the article tells that part of the question in other words. A term the article
 * does say is found by the engine where it is said. Costs a few lookups per passage of those articles only.
 */
export function paraphrasingPassages(
  retriever: Retriever,
  plan: QueryPlan,
  articleIds: Iterable<string | undefined>,
  read: ReadonlySet<string>,
): Passage[] {
  if (!plan.terms.some((t) => t.paraphrases.size > 0)) return [];
  const found: Passage[] = [];
  for (const articleId of articleIds) {
    if (articleId === undefined) continue;
    const ids = passageIdsOf(retriever, articleId);
    const sought = plan.terms.flatMap((t) =>
      t.paraphrases.size === 0 || retriever.index.containsAny(t.term, ids) ? [] : [...t.paraphrases],
    );
    if (sought.length === 0) continue;
    for (const id of ids) {
      const passage = retriever.passage(id);
      if (passage && !read.has(id) && sought.some((m) => retriever.index.containsAny(m, [id]))) found.push(passage);
    }
  }
  return found;
}
