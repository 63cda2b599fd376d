import { describe, expect, it } from 'vitest';
import { httpPort } from '../../src/http/service.ts';
import { checkHealth } from '../../src/http/health.ts';

describe('httpPort', () => {
  it('is HTTP_PORT itself, or HTTP_PORT + the first shard id under the ShardingManager', () => {
    expect(httpPort(8080, undefined)).toBe(8080);
    expect(httpPort(8080, '0')).toBe(8080);
    expect(httpPort(8080, '3')).toBe(8083);
    expect(httpPort(8080, '[2,3]')).toBe(8082);
  });
});

describe('checkHealth', () => {
  it('waits for the corpus and every shard, and not for a gateway that is off', () => {
    const corpus = { articles: 2, passages: 9 };
    expect(checkHealth({ corpus: () => null, shards: () => null }).waitingFor).toEqual(['corpus']);
    expect(checkHealth({ corpus: () => corpus, shards: () => [] }).waitingFor).toEqual(['gateway']);
    expect(
      checkHealth({
        corpus: () => corpus,
        shards: () => [
          { id: 0, status: 'ready' },
          { id: 1, status: 'resuming' },
        ],
      }).waitingFor,
    ).toEqual(['shard 1 (resuming)']);
    expect(checkHealth({ corpus: () => corpus, shards: () => null })).toEqual({
      ready: true,
      corpus,
      gateway: 'off',
      waitingFor: [],
    });
  });
});
