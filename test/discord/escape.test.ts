import { describe, expect, it } from 'vitest';
import { defuseMentions, defuseTitle, inert } from '../../src/discord/escape.ts';

describe('defuseTitle', () => {
  it('breaks user, channel, role and command mentions and masked links, and drops NUL', () => {
    expect(defuseTitle('<@1> <@!2> <#3> <@&4> </ask:5> [x](https://e.example)\u0000')).toBe(
      '<@\u200b1> <@!\u200b2> <#\u200b3> <@&\u200b4> <\u200b/ask:5> [x]\u200b(https://e.example)',
    );
  });
});

describe('defuseMentions', () => {
  it('breaks a subcommand mention', () => {
    expect(defuseMentions('</quote about:12>')).toBe('<\u200b/quote about:12>');
  });
});

describe('inert', () => {
  it('drops escape sequences and replaces a lone surrogate', () => {
    expect(inert('a\u001b[31mb\uD800')).toBe('ab\uFFFD');
  });
});
