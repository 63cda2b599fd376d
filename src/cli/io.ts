// What a CLI subcommand may touch: its streams. Subcommands take an io so tests can run them in-process.
import { createInterface } from 'node:readline';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Lines of standard input, read lazily (one question per line, for example). */
  lines(): AsyncIterable<string>;
  /** On a terminal: redraws one status line in place (a progress bar); absent when standard error is not one. */
  status?(line: string): void;
  /** Standard output is a terminal: readable output may use bold (absent or false: plain text for pipes). */
  color?: boolean;
}

export interface CliCommand {
  name: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export function processIo(): CliIo {
  // A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    color: process.stdout.isTTY === true,
    ...(process.stderr.isTTY ? { status: (line: string) => process.stderr.write(`\r${line}\u001b[K`) } : {}),
  };
}
