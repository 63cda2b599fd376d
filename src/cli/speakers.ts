// `speakers [--json] [--data DIR]`: everyone quoted in the corpus, with aliases and quote counts.
import { dataOption, parse } from './args.ts';
import { loadCliDeps } from './deps.ts';
import type { CliCommand } from './io.ts';
import { speakersResultSchema } from '../quotes/result.ts';
import { listSpeakers } from '../quotes/speakers.ts';

export const speakers: CliCommand = {
  name: 'speakers',
  usage: 'speakers [--json] [--data DIR]            list the people quoted, with aliases',
  async run(args, io) {
    const parsed = parse(args, { ...dataOption, json: { type: 'boolean', default: false } });
    if (!parsed.ok) {
      io.err(`speakers: ${parsed.message}`);
      return 2;
    }
    const { data, json } = parsed.value.values;
    // The quote book the bot uses, from the corpus cache when it is current.
    const loaded = await loadCliDeps(data, io);
    if (!loaded.ok) {
      io.err(`speakers: ${loaded.message}`);
      return 2;
    }
    const result = speakersResultSchema.parse({ speakers: listSpeakers(loaded.deps.quotes) });
    if (json) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    if (result.speakers.length === 0) io.out('No quoted speakers.');
    for (const s of result.speakers) {
      io.out(
        `${s.name} — ${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.aliases.length > 0 ? ` (also: ${s.aliases.join('; ')})` : ''}`,
      );
    }
    return 0;
  },
};
