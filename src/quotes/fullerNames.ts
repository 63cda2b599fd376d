// A person named short where they speak and in full elsewhere: "What Mateo Ortega said" over the quotes, "Mateo Ortega
// Lozano climbed to third" in the lead (a second surname, a last name the desk drops). The full name is theirs too.
import type { Sentence } from './frames.ts';
import { fullNameRun } from './givenNameEvidence.ts';
import type { NameEvidence } from './people.ts';

/**
 * Evidence for the three-word names the article writes that open with a two-word name it has evidence for as a
 * person's ("Mateo Ortega Lozano" for "Mateo Ortega"), so that the registry joins the two as one person shown in full.
 * `known` holds the names (lower case, joined by spaces) the article already has evidence for.
 */
export function fullerNameEvidence(
  articleId: string,
  sentences: readonly Sentence[],
  found: readonly NameEvidence[],
  known: Set<string>,
): NameEvidence[] {
  const short = new Set(
    found.filter((e) => e.name.length === 2 && e.kind === undefined).map((e) => e.name.join(' ').toLowerCase()),
  );
  const fuller: NameEvidence[] = [];
  if (short.size === 0) return fuller;
  for (const sentence of sentences) {
    if (sentence.kind === 'title') continue;
    for (const run of sentence.runs) {
      if (run.name.length !== 3 || !fullNameRun(sentence, run)) continue;
      const key = run.name.join(' ').toLowerCase();
      if (known.has(key) || !short.has(run.name.slice(0, 2).join(' ').toLowerCase())) continue;
      known.add(key);
      fuller.push({ articleId, name: run.name, role: null, gender: null });
    }
  }
  return fuller;
}
