// A small invented corpus for search and answer tests: four short reports, two of them (British and American
// spelling) covering the same harbour decision, one with a quote carried by two outlets.
import { ingestArticle } from '../../src/corpus/ingest.ts';
import type { SourceEntry } from '../../src/corpus/manifest.ts';
import type { Article, Corpus, Passage } from '../../src/corpus/types.ts';

export const RAW: Record<string, { entry: SourceEntry; text: string }> = {
  harbour: {
    entry: {
      file: 'a_harbour.txt',
      title: 'Harbour dredging programme approved',
      outlet: 'Coastal Times',
      url: 'https://coastal.example/news/harbour-dredging',
      published: '2023-03-14',
    },
    text: [
      'Harbour dredging programme approved',
      'The town council approved a £4 million programme to dredge the harbour on Tuesday, ending two years of debate over the silted channel.',
      'Councillor Maria Okonkwo said the work would begin in the spring and take about eight months to complete.',
      '“We cannot let the fishing fleet leave for deeper ports,” Okonkwo said. The fleet’s catch fell by a third last year.',
    ].join('\n\n'),
  },
  harbor: {
    entry: {
      file: 'b_harbor.txt',
      title: 'Council backs harbor plan',
      outlet: 'Valley Herald',
      url: 'https://valley.example/2023/03/harbor#top',
      published: null,
    },
    text: [
      'Council backs harbor plan',
      'The town council on Tuesday approved a £4 million program to dredge the harbor, ending two years of debate over the silted channel.',
      '“We cannot let the fishing fleet leave for deeper ports,” said Maria Okonkwo, who chairs the harbor committee.',
      'Opponents had argued that the money should go to the town’s flood defenses instead.',
    ].join('\n\n'),
  },
  ferry: {
    entry: {
      file: 'c_ferry.txt',
      title: 'Ferry strike ends with pay deal',
      outlet: 'Island News',
      url: 'https://island.example/ferry-strike',
      published: '2023-06-02',
    },
    text: [
      'Ferry strike ends with pay deal',
      'Ferry services to the islands resumed on Friday after a three-day strike by crew members ended with a pay deal.',
      'The operator said all routes would run to the normal timetable from Saturday morning, with extra sailings on Sunday.',
      'Union organiser Tomasz Wierzbicki said the crews had accepted a six per cent rise over two years.',
    ].join('\n\n'),
  },
  school: {
    entry: {
      file: 'd_school.txt',
      title: 'New school to open in autumn',
      outlet: 'Coastal Times',
      url: 'https://coastal.example/news/new-school',
      published: '2023-04-20',
    },
    text: [
      'New school to open in autumn',
      'A new primary school on the edge of town will open its doors in September, the education authority confirmed on Thursday.',
      'The building will have room for 420 pupils and a library shared with the neighbouring community centre.',
    ].join('\n\n'),
  },
};

export function fixtureCorpus(names: readonly string[] = Object.keys(RAW)): Corpus {
  const articles: Article[] = [];
  const passages: Passage[] = [];
  for (const name of names) {
    const raw = RAW[name];
    if (!raw) throw new Error(`no fixture ${name}`);
    const result = ingestArticle(raw.text, raw.entry);
    if (!result.ok) throw new Error(result.problem.message);
    articles.push(result.article);
    passages.push(...result.passages);
  }
  return { articles, passages, problems: [] };
}
