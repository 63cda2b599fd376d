import { describe, expect, it } from 'vitest';
import { features } from '../../src/corpus/blockFeatures.ts';

describe('features', () => {
  it('counts stop words and keeps the content words that start with a letter, numbers left out ("May" is one)', () => {
    const f = features('The 3 harbour cranes arrived in Port Elin on 4 May.');
    expect({ content: f.content, stopDensity: f.stopDensity }).toEqual({
      content: ['harbour', 'cranes', 'arrived', 'Port', 'Elin'],
      stopDensity: 4 / 11,
    });
  });

  it('reads capitals and letters beyond ASCII for headline case (Élan, Über, Ωmega; not ¿ or 5G)', () => {
    expect(features('Élan Über Ωmega Öffnet Ärger').headlineCase).toBe(true);
    expect(features('élan über ωmega öffnet ärger').headlineCase).toBe(false);
    expect(features('¿Qué Élan ärger ωmega').content).toEqual(['Qué', 'Élan', 'ärger', 'ωmega']);
  });

  it('is chrome when twelve words or more repeat themselves: fewer than half distinct, in any case', () => {
    const words = (distinct: number, total: number): string =>
      Array.from({ length: total }, (_, i) => (i % 2 === 0 ? `Tag${i % distinct}` : `tag${i % distinct}`)).join(' ');
    expect(features(words(5, 12)).chrome).toBe(true);
    expect(features(words(6, 12)).chrome).toBe(false);
    expect(features(words(5, 11)).chrome).toBe(false);
  });
});
