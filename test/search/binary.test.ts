import { describe, expect, it } from 'vitest';
import { decodeSections, encodeSections, openSections, type SectionArray } from '../../src/search/binary.ts';

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

describe('openSections: bytesOf', () => {
  it('gives one section’s bytes from its own offset 0, reading only what is asked for', () => {
    const bytes = encodeSections(null, sections);
    const reads: [number, number][] = [];
    const opened = openSections({
      length: bytes.length,
      read: (offset, count) => {
        reads.push([offset, count]);
        return bytes.slice(offset, offset + count);
      },
    });
    if (!opened.ok) throw new Error(opened.message);
    reads.length = 0;
    const words = opened.value.bytesOf('words');
    expect(words?.length).toBe(12);
    expect(reads).toEqual([]);
    expect([...(words?.read(4, 8) ?? [])]).toEqual([0, 0, 0, 0, 42, 0, 0, 0]);
    expect(reads).toHaveLength(1);
    expect(opened.value.bytesOf('none')).toBeUndefined();
  });

  it('refuses a read past the section’s end', () => {
    const opened = openSections(encodeSections(null, sections));
    if (!opened.ok) throw new Error(opened.message);
    expect(() => opened.value.bytesOf('bytes')?.read(2, 2)).toThrow('section bytes: bytes 2–4 are not within 0–3');
  });
});
