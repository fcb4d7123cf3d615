/**
 * Remembers the first line of each key seen (e.g. employee ids) to find duplicates in files of
 * millions of rows. A Map of a million fresh strings costs more time than parsing the file and
 * ~80 MB, so keys are kept as two independent 32-bit hashes (64 bits together) in typed arrays
 * with open addressing. Two different keys are mistaken for each other with probability about
 * n²/2⁶⁵ — 3·10⁻⁸ for a million keys.
 */
export class IdRegistry {
  private capacity: number;
  private size = 0;
  /** Slots of three ints side by side (one cache line per probe): hash A, hash B, and the 1-based line (0: empty). */
  private slots: Int32Array;

  /**
   * `expected`: the keys to expect (e.g. a file's estimated rows). The table is made for them at
   * the start, at most 60 % full, rather than doubled on the way, which would hold the old table
   * and one twice its size at once; it doubles only when the guess was a third too low.
   */
  constructor(expected = 0) {
    this.capacity = Math.max(1 << 12, Math.ceil(Math.min(expected, MAX_EXPECTED) / 0.6));
    this.slots = new Int32Array(this.capacity * 3);
  }

  /** Registers `key` first seen on `line`; returns the line it was first seen on when it is a repeat. */
  firstLine(key: string, line: number): number | undefined {
    hashId(key, HASH);
    const a = HASH[0]!;
    const b = HASH[1]!;
    const capacity = this.capacity;
    const slots = this.slots;
    for (let slot = home(a, capacity); ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const seen = slots[slot * 3 + 2]!;
      if (seen === 0) break;
      if (slots[slot * 3] === a && slots[slot * 3 + 1] === b) return seen;
    }
    this.insert(a, b, line);
    return undefined;
  }

  private insert(a: number, b: number, line: number): void {
    if (this.size + 1 > this.capacity * 0.8) this.grow();
    const capacity = this.capacity;
    const slots = this.slots;
    let slot = home(a, capacity);
    while (slots[slot * 3 + 2] !== 0) slot = slot + 1 === capacity ? 0 : slot + 1;
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = b;
    slots[slot * 3 + 2] = line;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * 3);
    this.size = 0;
    for (let i = 0; i < old.length; i += 3) if (old[i + 2] !== 0) this.insert(old[i]!, old[i + 1]!, old[i + 2]!);
  }
}

const HASH = new Int32Array(2);

/** A guess beyond this (a malformed file's first lines?) is not trusted with memory up front: 4 million keys, 80 MB. */
const MAX_EXPECTED = 4_000_000;

/** The first slot to probe for hash `a`: its high bits scaled to the capacity (any capacity, not only powers of two). */
function home(a: number, capacity: number): number {
  return Math.floor(((a >>> 0) * capacity) / 4294967296);
}

/** Two independent 32-bit hashes of `key` (64 bits together), written into `out[0]` and `out[1]`. */
export function hashId(key: string, out: Int32Array): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193); // FNV-1a
    b = Math.imul(b ^ c, 0x5bd1e995); // murmur-style multiply
    b ^= b >>> 15;
  }
  a ^= a >>> 16; // murmur3 finaliser: spreads sequential ids over the low bits used for slots
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b = Math.imul(b ^ key.length, 0x27d4eb2d);
  b ^= b >>> 13;
  out[0] = a;
  out[1] = b;
}
