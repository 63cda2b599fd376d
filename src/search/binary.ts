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

/** Writes `header` (any JSON value) and the sections into one byte array. */
export function encodeSections(header: unknown, sections: ReadonlyMap<string, SectionArray>): Uint8Array {
  const entries: SectionEntry[] = [...sections].map(([name, array]) => ({ name, type: typeOf(array), length: array.length }));
  const headerBytes = new TextEncoder().encode(JSON.stringify({ header, sections: entries }));
  let size = padded(PREFIX_BYTES + headerBytes.length);
  for (const array of sections.values()) size += padded(array.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, PREFIX_BYTES);
  let offset = padded(PREFIX_BYTES + headerBytes.length);
  for (const array of sections.values()) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += padded(array.byteLength);
  }
  return out;
}

export interface DecodedSections {
  header: unknown;
  /** Views into the decoded bytes (copies when the bytes were not aligned): copy what must outlive them. */
  sections: ReadonlyMap<string, SectionArray>;
}

export type DecodeResult = { ok: true; value: DecodedSections } | { ok: false; message: string };

function view(bytes: Uint8Array, offset: number, type: SectionType, length: number): SectionArray {
  const start = bytes.byteOffset + offset;
  const aligned = start % BYTES[type] === 0;
  const buffer = aligned ? bytes.buffer : bytes.slice(offset, offset + length * BYTES[type]).buffer;
  const at = aligned ? start : 0;
  switch (type) {
    case 'u8':
      return new Uint8Array(buffer, at, length);
    case 'u16':
      return new Uint16Array(buffer, at, length);
    case 'u32':
      return new Uint32Array(buffer, at, length);
    case 'f64':
      return new Float64Array(buffer, at, length);
  }
}

const SECTION_TYPES: ReadonlySet<string> = new Set(Object.keys(BYTES));

/** Reads what encodeSections wrote; anything else (or a truncated file) is an error value. */
export function decodeSections(bytes: Uint8Array): DecodeResult {
  if (bytes.length < PREFIX_BYTES) return { ok: false, message: 'too short' };
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.getUint32(0, true) !== MAGIC) return { ok: false, message: 'not an archivist binary file' };
  const headerLength = data.getUint32(4, true);
  if (PREFIX_BYTES + headerLength > bytes.length) return { ok: false, message: 'truncated header' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)));
  } catch {
    return { ok: false, message: 'unreadable header' };
  }
  const { header, sections: entries } = (parsed ?? {}) as { header?: unknown; sections?: unknown };
  if (!Array.isArray(entries)) return { ok: false, message: 'no section table' };
  const sections = new Map<string, SectionArray>();
  let offset = padded(PREFIX_BYTES + headerLength);
  for (const entry of entries as Partial<SectionEntry>[]) {
    const { name, type, length } = entry;
    if (typeof name !== 'string' || typeof type !== 'string' || !SECTION_TYPES.has(type) || typeof length !== 'number' || !(length >= 0)) {
      return { ok: false, message: 'malformed section table' };
    }
    const byteLength = length * BYTES[type as SectionType];
    if (offset + byteLength > bytes.length) return { ok: false, message: `truncated section ${name}` };
    sections.set(name, view(bytes, offset, type as SectionType, length));
    offset += padded(byteLength);
  }
  return { ok: true, value: { header, sections } };
}
