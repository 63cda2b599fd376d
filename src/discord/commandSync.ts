// Keeps the application's registered commands equal to ours: reads what Discord has, compares the fields we define
// (Discord adds ids, versions, defaults), and bulk-overwrites only when they differ, so a restart costs one GET.
import { Routes, type REST } from 'discord.js';
import type { CommandDefinition } from '../../commands/types.ts';

export interface CommandScope {
  applicationId: string;
  /** Register in this guild (instant); undefined: globally. */
  guildId?: string;
}

export type SyncOutcome = { changed: false; count: number } | { changed: true; count: number };

function commandsRoute(scope: CommandScope): `/${string}` {
  return scope.guildId === undefined
    ? Routes.applicationCommands(scope.applicationId)
    : Routes.applicationGuildCommands(scope.applicationId, scope.guildId);
}

/** The option fields we define, with Discord's defaults made explicit (absent `required` is false, …). */
const OPTION_FIELDS = ['min_length', 'max_length', 'min_value', 'max_value'] as const;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function normaliseOption(raw: unknown): Record<string, unknown> {
  const option = record(raw);
  const shaped: Record<string, unknown> = {
    type: option.type,
    name: option.name,
    description: option.description ?? '',
    required: option.required === true,
    autocomplete: option.autocomplete === true,
  };
  for (const field of OPTION_FIELDS) shaped[field] = option[field] ?? null;
  shaped.choices = Array.isArray(option.choices)
    ? option.choices.map((c) => ({ name: record(c).name, value: record(c).value }))
    : [];
  shaped.options = Array.isArray(option.options) ? option.options.map(normaliseOption) : [];
  return shaped;
}

/**
 * A command as a comparable value: only the fields a definition can set, defaults filled in (type 1, empty
 * description for message commands, no options), so Discord's stored copy of our definition compares equal to it.
 */
export function normaliseCommand(raw: unknown): Record<string, unknown> {
  const command = record(raw);
  return {
    type: command.type ?? 1,
    name: command.name,
    description: command.description ?? '',
    options: Array.isArray(command.options) ? command.options.map(normaliseOption) : [],
  };
}

/** Order-independent: Discord may list commands in any order; option order matters (it is shown as is). */
export function sameCommands(registered: readonly unknown[], ours: readonly unknown[]): boolean {
  const key = (c: Record<string, unknown>) => `${String(c.type)}:${String(c.name)}`;
  const canonical = (list: readonly unknown[]) =>
    JSON.stringify(list.map(normaliseCommand).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
  return canonical(registered) === canonical(ours);
}

/** Registers `definitions` in `scope` unless Discord already has exactly them. */
export async function syncCommands(
  rest: REST,
  scope: CommandScope,
  definitions: readonly CommandDefinition[],
): Promise<SyncOutcome> {
  const route = commandsRoute(scope);
  const registered = await rest.get(route);
  if (Array.isArray(registered) && sameCommands(registered, definitions))
    return { changed: false, count: registered.length };
  const saved = await rest.put(route, { body: definitions });
  return { changed: true, count: Array.isArray(saved) ? saved.length : 0 };
}

export function describeScope(scope: CommandScope): string {
  return scope.guildId === undefined ? 'globally' : `in guild ${scope.guildId}`;
}
