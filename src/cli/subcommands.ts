// Every CLI subcommand, listed explicitly; the order is the order of the usage text.
import { add } from './add.ts';
import { ask } from './ask.ts';
import { check } from './check.ts';
import { evaluate } from './eval.ts';
import { importCommand } from './import.ts';
import type { CliCommand } from './io.ts';
import { passages } from './passages.ts';
import { quote } from './quote.ts';
import { speakers } from './speakers.ts';

export const SUBCOMMANDS: readonly CliCommand[] = [check, add, importCommand, passages, ask, quote, speakers, evaluate];
