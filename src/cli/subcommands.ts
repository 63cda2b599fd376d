// Every CLI subcommand, listed explicitly; the order is the order of the usage text.
import { add } from './add.ts';
import { check } from './check.ts';
import type { CliCommand } from './io.ts';
import { passages } from './passages.ts';

export const SUBCOMMANDS: readonly CliCommand[] = [check, add, passages];
