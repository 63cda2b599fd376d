// Leaving spans of tokens out of the writer's words: a nickname inside a name, a retired mark after a title — each
// reader says where a span opening at a token ends, and the tokens are copied only when one does.
import type { Token } from './tokens.ts';

/**
 * The tokens without every span that `spanEnd` finds: at each index it returns where a span opening there ends (the
 * index after it), or -1 when none opens there. The same array comes back when nothing is left out.
 */
export function withoutSpans(tokens: Token[], spanEnd: (tokens: readonly Token[], i: number) => number): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const end = spanEnd(tokens, i);
    if (end === -1) {
      out?.push(tokens[i] as Token);
      continue;
    }
    out ??= tokens.slice(0, i);
    i = end - 1;
  }
  return out ?? tokens;
}
