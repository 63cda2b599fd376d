import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { normaliseCommand, sameCommands } from '../../src/discord/commandSync.ts';

const ours = COMMANDS.map((c) => c.definition);

/** What Discord returns for a definition: ids, version, defaults for fields we leave out. */
function asDiscordStoresIt(definition: Record<string, unknown>, index: number): Record<string, unknown> {
  return {
    ...definition,
    id: String(1000 + index),
    application_id: '1',
    version: '2',
    description: definition.description ?? '',
    default_member_permissions: null,
    dm_permission: true,
    contexts: null,
    integration_types: [0],
    nsfw: false,
  };
}

describe('sameCommands', () => {
  it('treats Discord’s stored copy of our commands, in another order, as equal', () => {
    const stored = ours.map((d, i) => asDiscordStoresIt({ ...d }, i)).reverse();
    expect(sameCommands(stored, ours)).toBe(true);
  });

  it('finds a difference when a description, an option flag or a command changes', () => {
    const stored = ours.map((d, i) => asDiscordStoresIt({ ...d }, i));
    const renamed = stored.map((c) => (c.name === 'help' ? { ...c, description: 'Old text' } : c));
    expect(sameCommands(renamed, ours)).toBe(false);
    const optional = stored.map((c) =>
      c.name === 'ask'
        ? { ...c, options: (c.options as Record<string, unknown>[]).map((o) => ({ ...o, required: false })) }
        : c,
    );
    expect(sameCommands(optional, ours)).toBe(false);
    expect(sameCommands(stored.slice(1), ours)).toBe(false);
    expect(sameCommands([], ours)).toBe(false);
  });
});

describe('normaliseCommand', () => {
  it('fills Discord’s defaults and keeps only the fields a definition sets', () => {
    expect(normaliseCommand({ name: 'Find sources', type: 3, id: '9', nsfw: false })).toEqual({
      type: 3,
      name: 'Find sources',
      description: '',
      options: [],
    });
    expect(
      normaliseCommand({
        name: 'x',
        description: 'y',
        options: [{ type: 3, name: 'q', description: 'd', max_length: 5 }],
      }),
    ).toEqual({
      type: 1,
      name: 'x',
      description: 'y',
      options: [
        {
          type: 3,
          name: 'q',
          description: 'd',
          required: false,
          autocomplete: false,
          min_length: null,
          max_length: 5,
          min_value: null,
          max_value: null,
          choices: [],
          options: [],
        },
      ],
    });
  });
});
