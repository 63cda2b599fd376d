import { describe, expect, it } from 'vitest';
import { decodeSections, encodeSections, type SectionArray } from '../../src/search/binary.ts';

const sections = new Map<string, SectionArray>([
  ['bytes', Uint8Array.from([1, 2, 3])],
  ['shorts', Uint16Array.from([65535, 7])],
  ['words', Uint32Array.from([4294967295, 0, 42])],
  ['floats', Float64Array.from([0.1, -2.5])],
]);

describe('encodeSections / decodeSections', () => {
  it('reads back the header and every section with its type and values', () => {
    const decoded = decodeSections(encodeSections({ name: 'test', n: 3 }, sections));
    expect(decoded).toEqual({ ok: true, value: { header: { name: 'test', n: 3 }, sections } });
  });

  it('reads sections from bytes that do not start on an aligned offset', () => {
    const bytes = encodeSections(null, sections);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const decoded = decodeSections(shifted.subarray(3));
    expect(decoded.ok && decoded.value.sections.get('floats')).toEqual(Float64Array.from([0.1, -2.5]));
  });

  it('refuses other bytes and truncated files as values', () => {
    const bytes = encodeSections({}, sections);
    expect(decodeSections(new TextEncoder().encode('{"key": 1}'))).toEqual({
      ok: false,
      message: 'not an archivist binary file',
    });
    expect(decodeSections(bytes.subarray(0, 4))).toEqual({ ok: false, message: 'too short' });
    expect(decodeSections(bytes.subarray(0, bytes.length - 8))).toEqual({
      ok: false,
      message: 'truncated section floats',
    });
  });
});
