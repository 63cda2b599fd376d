import { describe, expect, it } from 'vitest';
import type { Command } from '../../commands/types.ts';
import { parseConsoleLine } from '../../src/console/parse.ts';

const commands = [
  {
    definition: {
      name: 'quote',
      type: 1,
      description: 'q',
      options: [
        { type: 3, name: 'speaker', description: 's', required: true },
        { type: 3, name: 'about', description: 'a' },
      ],
    },
  },
  {
    definition: {
      name: 'ask',
      type: 1,
      description: 'a',
      options: [
        { type: 3, name: 'question', description: 'q', required: true },
        { type: 5, name: 'private', description: 'p' },
      ],
    },
  },
  { definition: { name: 'sources', type: 1, description: 's' } },
] as unknown as Command<never>[];

describe('parseConsoleLine', () => {
  it('reads named options, with or without a space after the colon', () => {
    expect(parseConsoleLine('/quote speaker:Rogozin about: missile defence', commands, 'c1')).toEqual({
      kind: 'event',
      event: {
        id: 'c1',
        userId: 'console',
        kind: 'command',
        name: 'quote',
        options: { speaker: 'Rogozin', about: 'missile defence' },
      },
    });
  });

  it('keeps colons inside a value and converts booleans', () => {
    expect(
      parseConsoleLine('/ask question: what did Putin say: yes or no? private: true', commands, 'c2'),
    ).toMatchObject({
      event: { options: { question: 'what did Putin say: yes or no?', private: true } },
    });
  });

  it('gives text before any option to the first required option', () => {
    expect(parseConsoleLine('/ask who is Rogozin?', commands, 'c3')).toMatchObject({
      event: { options: { question: 'who is Rogozin?' } },
    });
  });

  it('treats a bare line as a mention and paging words as page moves', () => {
    expect(parseConsoleLine('  who met Lavrov? ', commands, 'c4')).toEqual({
      kind: 'event',
      event: { id: 'c4', userId: 'console', kind: 'mention', text: 'who met Lavrov?' },
    });
    expect(parseConsoleLine('next', commands, 'c5')).toEqual({ kind: 'page', direction: 1 });
    expect(parseConsoleLine('prev', commands, 'c6')).toEqual({ kind: 'page', direction: -1 });
    expect(parseConsoleLine('   ', commands, 'c7')).toEqual({ kind: 'empty' });
  });

  it('names the known commands when the command is unknown', () => {
    expect(parseConsoleLine('/qoute speaker:X', commands, 'c8')).toEqual({
      kind: 'error',
      message: 'Unknown command /qoute. Try /quote, /ask, /sources, or type a question.',
    });
  });
});
