import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ask } from '../../commands/ask.ts';
import { findSources } from '../../commands/findSources.ts';
import { COMMANDS, MENTION_ROUTE } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { CHAT_INPUT, defineCommand, register, STRING_OPTION, type Deps } from '../../commands/types.ts';
import { infoReply } from '../../src/reply/model.ts';

describe('every command definition and its schema', () => {
  it('name the same options, in the same order, for every registered command', () => {
    for (const command of COMMANDS) {
      const names = command.optionNames;
      expect(names, command.definition.name).toBeDefined();
      if (command.definition.type === ApplicationCommandType.Message) {
        // The adapters pass a message command the target message's text as `message`; Discord takes no options.
        expect([command.definition.name, names]).toEqual([command.definition.name, ['message']]);
        expect(command.definition.options).toBeUndefined();
      } else {
        expect([command.definition.name, (command.definition.options ?? []).map((o) => o.name)]).toEqual([
          command.definition.name,
          names,
        ]);
      }
    }
  });

  it('route a bare @mention to an option the target command has', () => {
    const target = COMMANDS.find((c) => c.definition.name === MENTION_ROUTE.command);
    expect(target?.optionNames).toContain(MENTION_ROUTE.option);
  });

  it('use Discord’s numbers from discord-api-types', () => {
    expect(ask.definition.type).toBe(ApplicationCommandType.ChatInput);
    expect(ask.definition.options?.map((o) => [o.name, o.type])).toEqual([
      ['question', ApplicationCommandOptionType.String],
      ['private', ApplicationCommandOptionType.Boolean],
    ]);
    expect(findSources.definition).toEqual({ name: 'Find sources', type: ApplicationCommandType.Message });
    expect([
      ApplicationCommandType.ChatInput,
      ApplicationCommandType.Message,
      ApplicationCommandOptionType.String,
      ApplicationCommandOptionType.Boolean,
    ]).toEqual([1, 3, 3, 5]);
  });
});

describe('defineCommand', () => {
  const echo = defineCommand({
    type: CHAT_INPUT,
    name: 'echo',
    description: 'Says it back',
    schema: z.object({ text: z.string({ error: 'Say something.' }).min(1, 'Say something.') }),
    options: { text: { type: STRING_OPTION, description: 'What to say', required: true, autocomplete: true } },
    run: (input) => infoReply([input.text]),
    autocomplete: (option, typed) => [{ name: `${option}:${typed}`, value: typed }],
  });
  const deps = {} as Deps;

  it('builds the definition from the spec, option names from the schema keys', () => {
    expect(echo.definition).toEqual({
      name: 'echo',
      type: 1,
      description: 'Says it back',
      options: [{ type: 3, name: 'text', description: 'What to say', required: true, autocomplete: true }],
    });
    expect(echo.optionNames).toEqual(['text']);
  });

  it('parses with the schema, giving its first message', () => {
    expect(echo.parse({ text: '' })).toEqual({ ok: false, error: 'Say something.' });
    expect(echo.parse({ text: 'hi' })).toEqual({ ok: true, value: { text: 'hi' } });
  });

  it('refuses, at compile time, options that are not the schema’s keys', () => {
    const schema = z.object({ text: z.string() });
    const spec = { type: CHAT_INPUT, name: 'x', description: 'd', schema, run: () => infoReply([]) } as const;
    // @ts-expect-error 'txt' is not a key of the schema
    expect(() => defineCommand({ ...spec, options: { txt: { type: STRING_OPTION, description: 'd' } } })).not.toThrow();
    // @ts-expect-error the schema's 'text' has no option
    expect(() => defineCommand({ ...spec, options: {} })).not.toThrow();
  });

  it('offers suggestions only for the schema’s options', () => {
    expect(echo.autocomplete?.('text', 'h', deps)).toEqual([{ name: 'text:h', value: 'h' }]);
    expect(echo.autocomplete?.('other', 'h', deps)).toEqual([]);
  });
});

describe('register', () => {
  it('keeps parse, privacy and run paired behind one type', async () => {
    const registered = register(ask);
    const parsed = registered.parse({ question: 'NATO Russia Council', private: true });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(registered.isPrivate?.(parsed.value)).toBe(true);
    expect(registered.parse({ question: ' ' })).toEqual({
      ok: false,
      error: 'Please type a question, for example: /ask question: what did Rasmussen propose?',
    });
    const quoted = register(quote);
    expect(quoted.fromState?.(['Rasmussen', ''])).toEqual({ speaker: 'Rasmussen', about: '' });
    const shout = register(
      defineCommand({
        type: CHAT_INPUT,
        name: 'shout',
        description: 'd',
        schema: z.object({ text: z.string().toUpperCase() }),
        options: { text: { type: STRING_OPTION, description: 't' } },
        run: (input) => infoReply([input.text]),
      }),
    );
    const prepared = shout.parse({ text: 'quiet' });
    if (!prepared.ok) throw new Error(prepared.error);
    // The parsed (transformed) input reaches the command's own run.
    expect((await shout.run(prepared.value, {} as Deps, { page: 0 })).lines).toEqual(['QUIET']);
    expect(shout.isPrivate?.(prepared.value)).toBe(false);
  });
});
