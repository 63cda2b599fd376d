// A small binary container: a JSON header plus named typed-array sections, 8-byte aligned. Saved indexes and the
// corpus cache use it so that loading is a few memory copies instead of parsing and rebuilding millions of objects.

export type SectionArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;
type SectionType = 'u8' | 'u16' | 'u32' | 'f64';

const MAGIC = 0x41524356; // "ARCV"
const ALIGN = 8;
const PREFIX_BYTES = 8; // magic, header length

interface SectionEntry {
  name: string;
  type: SectionType;
  length: number;
}

function typeOf(array: SectionArray): SectionType {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Uint32Array) return 'u32';
  return 'f64';
}

const BYTES: Readonly<Record<SectionType, number>> = { u8: 1, u16: 2, u32: 4, f64: 8 };

const padded = (bytes: number): number => Math.ceil(bytes / ALIGN) * ALIGN;

/**
 * The bytes of `header` (any JSON value) and the sections, as consecutive chunks: the sections' own memory is not
 * copied, so a large container can be written out piece by piece.
 */
export function sectionChunks(header: unknown, sections: ReadonlyMap<string, SectionArray>): Uint8Array[] {
  const entries: SectionEntry[] = [...sections].map(([name, array]) => ({
    name,
    type: typeOf(array),
    length: array.length,
  }));
  const headerBytes = new TextEncoder().encode(JSON.stringify({ header, sections: entries }));
  const first = new Uint8Array(padded(PREFIX_BYTES + headerBytes.length));
  const view = new DataView(first.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  first.set(headerBytes, PREFIX_BYTES);
  const chunks: Uint8Array[] = [first];
  for (const array of sections.values()) {
    chunks.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    const padding = padded(array.byteLength) - array.byteLength;
    if (padding > 0) chunks.push(new Uint8Array(padding));
  }
  return chunks;
}

/** Writes `header` (any JSON value) and the sections into one byte array. */
export function encodeSections(header: unknown, sections: ReadonlyMap<string, SectionArray>): Uint8Array {
  const chunks = sectionChunks(header, sections);
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export interface DecodedSections {
  header: unknown;
  /** Each section: a view into the decoded bytes (copied only when unaligned), or its own read from a ByteSource. */
  sections: Map<string, SectionArray>;
}

export type DecodeResult = { ok: true; value: DecodedSections } | { ok: false; message: string };

/** Bytes read on demand (a file, say): `read` returns a fresh array of exactly the bytes asked for. */
export interface ByteSource {
  readonly length: number;
  read(offset: number, length: number): Uint8Array;
}

/** Views into bytes already in memory: decoding them copies nothing that is aligned. */
function inMemory(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

function typed(bytes: Uint8Array, type: SectionType, length: number): SectionArray {
  // A fresh read starts its own buffer, so it is aligned; an unaligned view is copied into one.
  const own = bytes.byteOffset % BYTES[type] === 0 ? bytes : bytes.slice();
  switch (type) {
    case 'u8':
      return own;
    case 'u16':
      return new Uint16Array(own.buffer, own.byteOffset, length);
    case 'u32':
      return new Uint32Array(own.buffer, own.byteOffset, length);
    case 'f64':
      return new Float64Array(own.buffer, own.byteOffset, length);
  }
}

const SECTION_TYPES: ReadonlySet<string> = new Set(Object.keys(BYTES));

export interface OpenedSections {
  header: unknown;
  /** The section names, in stored order. */
  readonly names: readonly string[];
  /** Reads one section: from a ByteSource into memory of its own (each call reads afresh), from bytes a view; undefined for a name not stored. */
  read(name: string): SectionArray | undefined;
  /**
   * One section's bytes as a ByteSource of their own (offset 0 is the section's first byte), read only as asked for:
   * a large section used a little at a time need not be read at once. Undefined for a name not stored.
   */
  bytesOf(name: string): ByteSource | undefined;
}

export type OpenResult = { ok: true; value: OpenedSections } | { ok: false; message: string };

/**
 * Reads the header and section table of what encodeSections wrote; sections are read when asked for, so a large
 * file's parts can be read, used and dropped one at a time. Anything else (or a truncated file) is an error value.
 */
export function openSections(input: Uint8Array | ByteSource): OpenResult {
  const source = input instanceof Uint8Array ? inMemory(input) : input;
  if (source.length < PREFIX_BYTES) return { ok: false, message: 'too short' };
  const prefix = source.read(0, PREFIX_BYTES);
  const data = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  if (data.getUint32(0, true) !== MAGIC) return { ok: false, message: 'not an archivist binary file' };
  const headerLength = data.getUint32(4, true);
  if (PREFIX_BYTES + headerLength > source.length) return { ok: false, message: 'truncated header' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(source.read(PREFIX_BYTES, headerLength)));
  } catch {
    return { ok: false, message: 'unreadable header' };
  }
  const { header, sections: entries } = (parsed ?? {}) as { header?: unknown; sections?: unknown };
  if (!Array.isArray(entries)) return { ok: false, message: 'no section table' };
  const places = new Map<string, { offset: number; type: SectionType; length: number }>();
  let offset = padded(PREFIX_BYTES + headerLength);
  for (const entry of entries as Partial<SectionEntry>[]) {
    const { name, type, length } = entry;
    if (
      typeof name !== 'string' ||
      typeof type !== 'string' ||
      !SECTION_TYPES.has(type) ||
      typeof length !== 'number' ||
      !(length >= 0)
    ) {
      return { ok: false, message: 'malformed section table' };
    }
    const byteLength = length * BYTES[type as SectionType];
    if (offset + byteLength > source.length) return { ok: false, message: `truncated section ${name}` };
    places.set(name, { offset, type: type as SectionType, length });
    offset += padded(byteLength);
  }
  const read = (name: string): SectionArray | undefined => {
    const place = places.get(name);
    return place && typed(source.read(place.offset, place.length * BYTES[place.type]), place.type, place.length);
  };
  const bytesOf = (name: string): ByteSource | undefined => {
    const place = places.get(name);
    if (place === undefined) return undefined;
    const length = place.length * BYTES[place.type];
    return {
      length,
      read(offset, count) {
        if (offset < 0 || count < 0 || offset + count > length)
          throw new Error(`section ${name}: bytes ${offset}–${offset + count} are not within 0–${length}`);
        return source.read(place.offset + offset, count);
      },
    };
  };
  return { ok: true, value: { header, names: [...places.keys()], read, bytesOf } };
}

/** Reads what encodeSections wrote, every section at once. */
export function decodeSections(input: Uint8Array | ByteSource): DecodeResult {
  const opened = openSections(input);
  if (!opened.ok) return opened;
  const { header, names, read } = opened.value;
  return { ok: true, value: { header, sections: new Map(names.map((name) => [name, read(name) as SectionArray])) } };
}
