// What a command is: a plain object with its Discord definition (as plain JSON data), a zod `parse` of its
// options and a `run(input, deps)` returning a reply model. Commands never import discord.js; Discord's type numbers
// come from discord-api-types, and defineCommand builds the definition's options from the schema's keys.
// The payloads half of discord-api-types/v10 (same enums): imported in 100–125 ms here against 150–250 ms for the
// whole of v10, which matters for the console and CLI (the gateway bot loads all of it with discord.js anyway).
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/payloads/v10';
import type { z } from 'zod';
import type { Corpus } from '../src/corpus/types.ts';
import type { QuoteBook } from '../src/quotes/book.ts';
import type { Retriever } from '../src/search/retriever.ts';
import type { Reply } from '../src/reply/model.ts';
import type { ArchiveService } from './archiveService.ts';
import { firstError } from './question.ts';

/** Application command types, as Discord's API numbers them. */
export const CHAT_INPUT = ApplicationCommandType.ChatInput;
export const MESSAGE = ApplicationCommandType.Message;

/** Option types used here, as Discord's API numbers them. */
export const STRING_OPTION = ApplicationCommandOptionType.String;
export const INTEGER_OPTION = ApplicationCommandOptionType.Integer;
export const BOOLEAN_OPTION = ApplicationCommandOptionType.Boolean;
export const SUB_COMMAND = ApplicationCommandOptionType.Subcommand;
export const ATTACHMENT_OPTION = ApplicationCommandOptionType.Attachment;

/** An option as written next to its schema key in defineCommand: everything but the name. */
export interface OptionSpec {
  type:
    | typeof STRING_OPTION
    | typeof INTEGER_OPTION
    | typeof BOOLEAN_OPTION
    | typeof SUB_COMMAND
    | typeof ATTACHMENT_OPTION;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  /** A subcommand's own options. */
  options?: OptionDefinition[];
}

export interface OptionDefinition extends OptionSpec {
  name: string;
}

export interface CommandDefinition {
  name: string;
  type: typeof CHAT_INPUT | typeof MESSAGE;
  /** Message commands have no description in Discord's API. */
  description?: string;
  options?: OptionDefinition[];
  /** Permission bits (decimal) a member needs to see and use the command; "32" is Manage Server. */
  default_member_permissions?: string;
}

export interface Choice {
  name: string;
  value: string;
}

export type Parsed<I> = { ok: true; value: I } | { ok: false; error: string };

export interface RunContext {
  /** 0-based page to show, from a paging button. */
  page: number;
  /** The member's permission bits (decimal), when the adapter knows them. */
  permissions?: string;
}

/** Everything a command may use, passed in rather than taken from globals. */
export interface Deps {
  corpus: Corpus;
  retriever: Retriever;
  quotes: QuoteBook;
  /** Changing the corpus (/archive); absent where the corpus cannot be changed. */
  archive?: ArchiveService;
}

export interface Command<I> {
  definition: CommandDefinition;
  /** Validates raw options (from Discord, the console, or a paging button's state). */
  parse(options: Record<string, unknown>): Parsed<I>;
  run(input: I, deps: Deps, context: RunContext): Reply | Promise<Reply>;
  /** Whether the answer will be private, known before running (decides how a slow answer is deferred). */
  isPrivate?(input: I): boolean;
  /** Suggestions for an option being typed. */
  autocomplete?(option: string, typed: string, deps: Deps): Choice[];
  /** Raw options rebuilt from a paging button's state, the inverse of the reply's pager state. */
  fromState?(state: string[]): Record<string, unknown>;
}

/** A command made by defineCommand: its schema's keys are its option names (message commands: `message`). */
export interface DefinedCommand<I> extends Command<I> {
  readonly optionNames: readonly string[];
}

type Keys<S extends z.ZodObject> = Extract<keyof S['shape'], string>;

interface SpecBase<S extends z.ZodObject> {
  name: string;
  /** The options' one source: their names are its keys, their validation its fields. */
  schema: S;
  run(input: z.output<S>, deps: Deps, context: RunContext): Reply | Promise<Reply>;
  isPrivate?(input: z.output<S>): boolean;
  fromState?(state: string[]): Record<string, unknown>;
}

export interface ChatInputSpec<S extends z.ZodObject> extends SpecBase<S> {
  type: typeof CHAT_INPUT;
  description: string;
  /** One entry per schema key, no other, in the order Discord shows them (required ones first). */
  options: { [K in Keys<S>]: OptionSpec };
  autocomplete?(option: Keys<S>, typed: string, deps: Deps): Choice[];
}

/** A message command (Apps → name): the router passes the message's text as the `message` option. */
export interface MessageSpec<S extends z.ZodObject<{ message: z.ZodType }>> extends SpecBase<S> {
  type: typeof MESSAGE;
}

function isOptionOf<S extends z.ZodObject>(schema: S, name: string): name is Keys<S> {
  return Object.hasOwn(schema.shape, name);
}

/** A command whose Discord definition, parse and option names all come from one spec, with no casts. */
export function defineCommand<S extends z.ZodObject<{ message: z.ZodType }>>(
  spec: MessageSpec<S>,
): DefinedCommand<z.output<S>>;
export function defineCommand<S extends z.ZodObject>(spec: ChatInputSpec<S>): DefinedCommand<z.output<S>>;
export function defineCommand<S extends z.ZodObject>(
  spec: ChatInputSpec<S> | MessageSpec<S & z.ZodObject<{ message: z.ZodType }>>,
): DefinedCommand<z.output<S>> {
  const base = {
    optionNames: Object.keys(spec.schema.shape),
    parse: (options: Record<string, unknown>) => firstError(spec.schema.safeParse(options)),
    run: (input: z.output<S>, deps: Deps, context: RunContext) => spec.run(input, deps, context),
    ...(spec.isPrivate === undefined ? {} : { isPrivate: (input: z.output<S>) => spec.isPrivate?.(input) ?? false }),
    ...(spec.fromState === undefined ? {} : { fromState: (state: string[]) => spec.fromState?.(state) ?? {} }),
  };
  if (spec.type === MESSAGE) return { ...base, definition: { name: spec.name, type: MESSAGE } };
  const entries: [string, OptionSpec][] = Object.entries(spec.options);
  const options: OptionDefinition[] = entries.map(([name, option]) => ({
    type: option.type,
    name,
    ...withoutType(option),
  }));
  const definition: CommandDefinition = {
    name: spec.name,
    type: CHAT_INPUT,
    description: spec.description,
    ...(options.length > 0 ? { options } : {}),
  };
  const { autocomplete } = spec;
  return {
    ...base,
    definition,
    ...(autocomplete === undefined
      ? {}
      : {
          autocomplete: (option: string, typed: string, deps: Deps) =>
            isOptionOf(spec.schema, option) ? autocomplete(option, typed, deps) : [],
        }),
  };
}

function withoutType(option: OptionSpec): Omit<OptionSpec, 'type'> {
  const { type: _type, ...rest } = option;
  return rest;
}

/** What parse hands the router for a command in the registry: the input bound to its own run, typed or not. */
export interface Prepared {
  readonly private: boolean;
  run(deps: Deps, context: RunContext): Reply | Promise<Reply>;
}

/** A command as the router and adapters hold it: commands of different inputs share this one type. */
export interface RegisteredCommand extends Command<Prepared> {
  /** From defineCommand (absent for hand-made test commands). */
  readonly optionNames?: readonly string[];
}

/** Hides a command's input type behind parse → run, soundly: the parsed input can only reach its own run. */
export function register<I>(command: DefinedCommand<I>): RegisteredCommand {
  return {
    definition: command.definition,
    optionNames: command.optionNames,
    parse(options) {
      const parsed = command.parse(options);
      if (!parsed.ok) return parsed;
      const input = parsed.value;
      return {
        ok: true,
        value: {
          private: command.isPrivate?.(input) ?? false,
          run: (deps, context) => command.run(input, deps, context),
        },
      };
    },
    isPrivate: (prepared) => prepared.private,
    run: (prepared, deps, context) => prepared.run(deps, context),
    ...(command.autocomplete === undefined
      ? {}
      : {
          autocomplete: (option: string, typed: string, deps: Deps) =>
            command.autocomplete?.(option, typed, deps) ?? [],
        }),
    ...(command.fromState === undefined ? {} : { fromState: (state: string[]) => command.fromState?.(state) ?? {} }),
  };
}
