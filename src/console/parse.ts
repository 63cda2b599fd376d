// Reading a console line as the event Discord would send: `/ask question: …`, `/quote speaker:Rogozin about: …`,
// `/sources`, or a bare question (answered like an @mention of the bot).
import type { RegisteredCommand } from '../../commands/types.ts';
import type { Incoming } from '../router/router.ts';

export type ConsoleLine =
  | { kind: 'event'; event: Incoming }
  | { kind: 'page'; direction: 1 | -1 }
  | { kind: 'error'; message: string }
  | { kind: 'empty' };

function optionValue(type: number, text: string): unknown {
  if (type === 5) return /^(true|yes|on|1)$/iu.test(text) ? true : /^(false|no|off|0)$/iu.test(text) ? false : text;
  if (type === 4) return /^-?\d+$/u.test(text) ? Number(text) : text;
  return text;
}

export function parseConsoleLine(line: string, commands: readonly RegisteredCommand[], id: string): ConsoleLine {
  const text = line.trim();
  if (text.length === 0) return { kind: 'empty' };
  if (/^(next|n)$/iu.test(text)) return { kind: 'page', direction: 1 };
  if (/^(prev|previous|p)$/iu.test(text)) return { kind: 'page', direction: -1 };
  const base = { id, userId: 'console' };
  if (!text.startsWith('/')) return { kind: 'event', event: { ...base, kind: 'mention', text } };

  const match = /^\/(\S+)\s*(.*)$/su.exec(text);
  const name = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? '';
  const command = commands.find((c) => c.definition.type === 1 && c.definition.name === name);
  if (!command) {
    const known = commands.filter((c) => c.definition.type === 1).map((c) => `/${c.definition.name}`);
    return { kind: 'error', message: `Unknown command /${name}. Try ${known.join(', ')}, or type a question.` };
  }
  const options = command.definition.options ?? [];
  const names = options.map((o) => o.name);
  const values: Record<string, unknown> = {};
  if (names.length > 0) {
    const pattern = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'giu');
    const found = [...rest.matchAll(pattern)];
    const lead = (found[0]?.index ?? rest.length) === 0 ? '' : rest.slice(0, found[0]?.index ?? rest.length).trim();
    const firstRequired = options.find((o) => o.required);
    if (lead.length > 0 && firstRequired) values[firstRequired.name] = lead;
    found.forEach((m, i) => {
      const optionName = (m[1] ?? '').toLowerCase();
      const start = (m.index ?? 0) + m[0].length;
      const end = found[i + 1]?.index ?? rest.length;
      const option = options.find((o) => o.name === optionName);
      if (option) values[optionName] = optionValue(option.type, rest.slice(start, end).trim());
    });
  }
  return { kind: 'event', event: { ...base, kind: 'command', name, options: values } };
}
