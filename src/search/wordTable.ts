// A hash table from a stretch of text to what it analyses to, probed with the characters in place: looking up a
// word of a long text needs no substring and no string hashing. Slots hold the hash, the key's place in one
// character pool and the entry, side by side, so a lookup touches few cache lines: on a large corpus the lookups
// of its millions of words are what indexing waits on.

/** Per slot: hash, entry + 1 (0 = empty), key offset in the pool, key length. */
const SLOT = 4;
const INITIAL_SLOTS = 1 << 12;

export class WordTable<T> {
  private slots = new Int32Array(INITIAL_SLOTS * SLOT);
  private pool = new Uint16Array(1 << 14);
  private poolLength = 0;
  private values: T[] = [];

  /** Entries past `limit` clear the table (memory stays bounded); `make` computes a value for a new key. */
  constructor(
    private readonly limit: number,
    private readonly make: (key: string) => T,
  ) {}

  get size(): number {
    return this.values.length;
  }

  /** The value for text.slice(start, end), made once per distinct key. */
  get(text: string, start: number, end: number): T {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    let slot = hash & mask;
    for (;;) {
      const at = slot * SLOT;
      const entry = slots[at + 1] as number;
      if (entry === 0) break;
      if (slots[at] === hash && slots[at + 3] === length) {
        const offset = slots[at + 2] as number;
        let same = true;
        for (let i = 0; i < length; i++) {
          if (this.pool[offset + i] !== text.charCodeAt(start + i)) {
            same = false;
            break;
          }
        }
        if (same) return this.values[entry - 1] as T;
      }
      slot = (slot + 1) & mask;
    }
    const value = this.make(text.slice(start, end));
    this.insert(hash, text, start, length, value);
    return value;
  }

  private insert(hash: number, text: string, start: number, length: number, value: T): void {
    if (this.values.length >= this.limit) this.clear();
    // At most half full, so probe runs stay short.
    if ((this.values.length + 1) * 2 > this.slots.length / SLOT) this.grow();
    if (this.poolLength + length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      grown.set(this.pool);
      this.pool = grown;
    }
    const offset = this.poolLength;
    for (let i = 0; i < length; i++) this.pool[offset + i] = text.charCodeAt(start + i);
    this.poolLength += length;
    this.values.push(value);
    this.place(this.slots, hash, this.values.length, offset, length);
  }

  private place(slots: Int32Array, hash: number, entry: number, offset: number, length: number): void {
    const mask = slots.length / SLOT - 1;
    let slot = hash & mask;
    while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot * SLOT;
    slots[at] = hash;
    slots[at + 1] = entry;
    slots[at + 2] = offset;
    slots[at + 3] = length;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) {
      const entry = old[at + 1] as number;
      if (entry !== 0) this.place(slots, old[at] as number, entry, old[at + 2] as number, old[at + 3] as number);
    }
    this.slots = slots;
  }

  private clear(): void {
    this.slots = new Int32Array(INITIAL_SLOTS * SLOT);
    this.pool = new Uint16Array(1 << 14);
    this.poolLength = 0;
    this.values = [];
  }
}
