import { describe, expect, it } from 'vitest';
import { markRepeats, overlap, type RepeatBlock, type Verdict } from '../../src/corpus/repeats.ts';

const CAPTION_CREDIT = /[[(](?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|photo|file photo)[\])]\s*$/u;
const WHOLLY_QUOTED = /^["“][^"“”]+["”]$/u;

/** The all-pairs version markRepeats replaced, kept as the oracle its output must equal. */
function allPairs(all: readonly RepeatBlock[], verdicts: Verdict[]): void {
  for (let i = 0; i < all.length; i++) {
    const fi = all[i];
    if (!fi || verdicts[i] === 'bad' || fi.words.size < 6) continue;
    for (let j = 0; j < all.length; j++) {
      const fj = all[j];
      if (i === j || !fj || verdicts[j] === 'bad' || fj.words.size < 6) continue;
      if (overlap(fj.words, fi.words) < 0.8) continue;
      const iCaption = CAPTION_CREDIT.test(fi.text) || !fi.terminal;
      const jCaption =
        CAPTION_CREDIT.test(fj.text) || !fj.terminal || (WHOLLY_QUOTED.test(fj.text) && fj.chars < fi.chars);
      if (iCaption && !jCaption) verdicts[i] = 'bad';
      else if (jCaption && !iCaption) verdicts[j] = 'bad';
      else if (iCaption && jCaption) verdicts[Math.max(i, j)] = 'bad';
    }
  }
}

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Blocks drawn from a small vocabulary, so that many contain each other; every kind of block is mixed in. */
function randomBlocks(seed: number, count: number, vocabulary: number): { blocks: RepeatBlock[]; verdicts: Verdict[] } {
  const rand = random(seed);
  const vocab = Array.from({ length: vocabulary }, (_, i) => `w${i}`);
  const blocks: RepeatBlock[] = [];
  const verdicts: Verdict[] = [];
  for (let b = 0; b < count; b++) {
    const size = 4 + Math.floor(rand() * 8);
    const words = new Set(Array.from({ length: size }, () => vocab[Math.floor(rand() * vocab.length)] as string));
    const sentence = [...words].join(' ');
    const shape = rand();
    const text =
      shape < 0.2 ? `${sentence} (Reuters)` : shape < 0.45 ? `“${sentence}.”` : shape < 0.6 ? sentence : `${sentence}.`;
    const padded = rand() < 0.5 ? text : `${text}${' '.repeat(Math.floor(rand() * 5))}`;
    blocks.push({
      text: padded.trimEnd(),
      chars: padded.length,
      terminal: /[.!?]["'”’)\]]*$|["”]$/u.test(padded.trimEnd()),
      words,
    });
    verdicts.push((['good', 'near', 'short', 'bad'] as const)[Math.floor(rand() * 4)] ?? 'good');
  }
  return { blocks, verdicts };
}

describe('markRepeats', () => {
  it('gives the same verdicts as comparing every pair, on 300 random block lists full of repeats', () => {
    const differences: number[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const { blocks, verdicts } = randomBlocks(seed, 5 + (seed % 60), 8 + (seed % 7));
      const expected = [...verdicts];
      allPairs(blocks, expected);
      const actual = [...verdicts];
      markRepeats(blocks, actual);
      if (actual.join() !== expected.join()) differences.push(seed);
    }
    expect(differences).toEqual([]);
  });

  it('marks a caption that repeats body prose, and the later of two repeated captions', () => {
    const words = new Set(['harbour', 'cranes', 'arrived', 'monday', 'port', 'workers', 'cheered']);
    const block = (text: string, terminal: boolean): RepeatBlock => ({ text, chars: text.length, terminal, words });
    const verdicts: Verdict[] = ['good', 'good', 'good'];
    markRepeats(
      [
        block('Port workers cheered as the harbour cranes arrived on Monday.', true),
        block('Harbour cranes arrived Monday, port workers cheered (Reuters)', false),
        block('Harbour cranes arrived Monday; port workers cheered', false),
      ],
      verdicts,
    );
    expect(verdicts).toEqual(['good', 'bad', 'bad']);
  });

  it('reads no word set when no block that is not bad is a caption or a quote (nothing can be marked)', () => {
    const read: number[] = [];
    const block = (i: number, text: string, terminal: boolean): RepeatBlock => ({
      text,
      chars: text.length,
      terminal,
      get words() {
        read.push(i);
        return new Set(['council', 'approved', 'budget', 'schools', 'roads', 'tuesday']);
      },
    });
    const verdicts: Verdict[] = ['good', 'good', 'bad'];
    markRepeats(
      [
        block(0, 'The council approved the budget for schools and roads on Tuesday.', true),
        block(1, 'The council approved the budget for schools and roads on Tuesday.', true),
        block(2, 'Council approved budget, schools and roads Tuesday (Reuters)', false),
      ],
      verdicts,
    );
    expect({ verdicts, read }).toEqual({ verdicts: ['good', 'good', 'bad'], read: [] });
  });

  it('leaves repeated prose paragraphs alone', () => {
    const words = new Set(['council', 'approved', 'budget', 'schools', 'roads', 'tuesday']);
    const text = 'The council approved the budget for schools and roads on Tuesday.';
    const verdicts: Verdict[] = ['good', 'good'];
    markRepeats(
      [
        { text, chars: text.length, terminal: true, words },
        { text, chars: text.length, terminal: true, words },
      ],
      verdicts,
    );
    expect(verdicts).toEqual(['good', 'good']);
  });
});
