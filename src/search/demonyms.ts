// Countries and the adjectives for their people that no suffix rule derives ("Poland"/"Polish",
// "France"/"French"): a question about the Polish government should find reports about Poland.

const PAIRS: readonly [string, string][] = [
  ['britain', 'british'],
  ['france', 'french'],
  ['netherlands', 'dutch'],
  ['china', 'chinese'],
  ['japan', 'japanese'],
  ['poland', 'polish'],
  ['turkey', 'turkish'],
  ['spain', 'spanish'],
  ['sweden', 'swedish'],
  ['denmark', 'danish'],
  ['finland', 'finnish'],
  ['ireland', 'irish'],
  ['greece', 'greek'],
  ['switzerland', 'swiss'],
  ['germany', 'german'],
  ['israel', 'israeli'],
  ['iraq', 'iraqi'],
  ['pakistan', 'pakistani'],
  ['afghanistan', 'afghan'],
  ['yemen', 'yemeni'],
  ['thailand', 'thai'],
  ['vietnam', 'vietnamese'],
  ['portugal', 'portuguese'],
  ['norway', 'norwegian'],
  ['scotland', 'scottish'],
  ['wales', 'welsh'],
  ['england', 'english'],
  ['lebanon', 'lebanese'],
  ['sudan', 'sudanese'],
  ['bangladesh', 'bangladeshi'],
  ['kuwait', 'kuwaiti'],
  ['qatar', 'qatari'],
  ['philippines', 'filipino'],
  ['belgium', 'belgian'],
  ['hungary', 'hungarian'],
  ['peru', 'peruvian'],
  ['mexico', 'mexican'],
  ['chile', 'chilean'],
];

const RELATED = new Map<string, string>();
for (const [country, adjective] of PAIRS) {
  RELATED.set(country, adjective);
  RELATED.set(adjective, country);
}

/** The country for a people's adjective or the other way round, for the irregular pairs. */
export function irregularDemonym(form: string): string | undefined {
  return RELATED.get(form);
}
