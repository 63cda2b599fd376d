// Reads the line-labelled fixtures in test/fixtures/annotated (see the README there).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ANNOTATED_DIR = fileURLToPath(new URL('../fixtures/annotated/', import.meta.url));

export interface AnnotatedArticle {
  file: string;
  raw: string;
  body: string[];
  headings: string[];
  chrome: string[];
}

export function readAnnotated(file: string): AnnotatedArticle {
  const lines = readFileSync(`${ANNOTATED_DIR}${file}`, 'utf8').split('\n');
  const pick = (label: string) =>
    lines
      .filter((l) => l.startsWith(label))
      .map((l) => l.slice(2).trim())
      .filter((l) => l.length > 0);
  return {
    file,
    raw: lines.map((l) => l.slice(2)).join('\n'),
    body: pick('B '),
    headings: pick('H '),
    chrome: pick('C '),
  };
}

export function annotatedFiles(): string[] {
  return readdirSync(ANNOTATED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Whitespace-insensitive form, for "is this line inside that passage" checks. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
