// One line per corpus problem, the same everywhere it is printed: "file [field]: message".
import type { Problem } from '../corpus/types.ts';

export function formatProblem(problem: Problem): string {
  return problem.field === undefined
    ? `${problem.file}: ${problem.message}`
    : `${problem.file} [${problem.field}]: ${problem.message}`;
}
