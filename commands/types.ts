// What a command is: a plain object with its Discord definition (as plain JSON data), a zod `parse` of its
// options and a `run(input, deps)` returning a reply model. Commands never import discord.js.
import type { Corpus } from '../src/corpus/types.ts';
import type { QuoteBook } from '../src/quotes/book.ts';
import type { Retriever } from '../src/search/retriever.ts';
import type { Reply } from '../src/reply/model.ts';
import type { ArchiveService } from './archiveService.ts';

/** Application command types, as numbers in Discord's API. */
export const CHAT_INPUT = 1;
export const MESSAGE = 3;

/** Option types used here, as numbers in Discord's API. */
export const STRING_OPTION = 3;
export const INTEGER_OPTION = 4;
export const BOOLEAN_OPTION = 5;
export const SUB_COMMAND = 1;
export const ATTACHMENT_OPTION = 11;

export interface OptionDefinition {
  type: typeof STRING_OPTION | typeof INTEGER_OPTION | typeof BOOLEAN_OPTION | typeof SUB_COMMAND | typeof ATTACHMENT_OPTION;
  name: string;
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

