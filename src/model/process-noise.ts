import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/**
 * Process noise of a Monte Carlo run (SPEC §3.4): the persons of a cell who leave or move in a year
 * are drawn as binomial / multinomial counts instead of taken at their expected value.
 *
 * Cells hold persons as numbers, not always whole ones (an aggregated export, a renewal share in
 * an earlier deterministic step). A cell with x = n + r persons (n whole, 0 ≤ r < 1) draws its n
 * whole persons one by one (or, above SMALL persons, by sequential binomials) and its fraction r
 * as one more "part person" that goes to a single outcome with the same probabilities — so the
 * expected outflow is x·p exactly and whole persons stay whole. FTE follows the persons in
 * proportion (the cell's FTE per person). A cell with FTE but 0 persons has nobody to draw: its
 * FTE flows at the expected values.
 *
 * Only integer arithmetic (the generator) and + − × ÷ on doubles happen here — no Math.exp/log/pow —
 * so the same seed gives the same bytes on every machine.
 */
export interface ProcessNoise {
  /** Persons (of `persons`) that leave with probability p (0–1) each. */
  binomial(persons: number, p: number): number;
  /**
   * Splits `persons` over [attrition w, move k (share[k]·scale, for k in kFirst..kLast−1), stay]:
   * writes attrition into out[0] and move k into out[1 + k − kFirst]; the rest stays. `full`: the
   * outflows sum to 1 (nobody stays; rounding never leaves anyone behind).
   */
  multinomial(
    persons: number,
    w: number,
    share: Float64Array,
    kFirst: number,
    kLast: number,
    scale: number,
    full: boolean,
    out: Float64Array,
  ): void;
  /** Uniform in [0, 1) with 32 bits (for parameter draws). */
  uniform(): number;
}

/** Up to this many whole persons a cell draws person by person; above it, by sequential binomials. */
const SMALL = 16;
/** Binomial inversion works on chunks of at most this many persons (q^n stays far above underflow). */
const CHUNK = 1000;
const TWO_POW_32 = 4294967296;

/** The outcome of one (part) person for uniform u: 0 attrition, 1 + k move k, -1 stay. */
function outcome(u: number, w: number, share: Float64Array, kFirst: number, m: number, scale: number, full: boolean): number {
  let acc = w;
  if (u < acc) return 0;
  for (let k = 0; k < m; k++) {
    acc += share[kFirst + k]! * scale;
    if (u < acc) return 1 + k;
  }
  // A full row can leave u just above the summed shares by rounding: the last outcome takes it.
  return full ? m : -1;
}

/**
 * The random stream of each Monte Carlo run (SPEC §3.4): run r draws from xoroshiro128+ of the seed
 * jumped r times (pure-rand's `jump()`: 2^64 draws ahead, far more than a run ever draws, so no two
 * runs share a draw). A run's draws depend on the seed and its number only — not on which runs came
 * before in the same thread — so runs split over any number of threads give the same numbers.
 * `at(run)` jumps forward from the last run asked (cheap for increasing runs, as a thread asks them).
 */
export function runStreams(seed: number): { at(run: number): ProcessNoise } {
  let cursor = xoroshiro128plus(seed | 0);
  let position = 0;
  return {
    at(run) {
      if (!Number.isInteger(run) || run < 0) throw new RangeError('a run is a whole number ≥ 0');
      if (run < position) {
        cursor = xoroshiro128plus(seed | 0);
        position = 0;
      }
      for (; position < run; position++) cursor.jump();
      return createProcessNoise(cursor.clone());
    },
  };
}

/**
 * The process noise of one stream (xoroshiro128+ from pure-rand): of a seed, or of a generator (that
 * this advances; runStreams gives each run its own).
 */
export function createProcessNoise(source: number | JumpableRandomGenerator): ProcessNoise {
  const rng = typeof source === 'number' ? xoroshiro128plus(source | 0) : source;
  const uniform = (): number => (rng.next() >>> 0) / TWO_POW_32;

  /** q^n for whole n by squaring (exact IEEE products, the same everywhere). */
  const powInt = (q: number, n: number): number => {
    let result = 1;
    let base = q;
    let e = n;
    while (e > 0) {
      if (e & 1) result *= base;
      base *= base;
      e >>>= 1;
    }
    return result;
  };
  /** Binomial(n, p) for whole n ≤ CHUNK and 0 < p ≤ ½, by inversion of the CDF. */
  const inversion = (n: number, p: number): number => {
    const q = 1 - p;
    const ratio = p / q;
    let pk = powInt(q, n);
    let u = uniform();
    let k = 0;
    while (u >= pk) {
      u -= pk;
      k++;
      if (k >= n) return n;
      pk *= (ratio * (n - k + 1)) / k;
    }
    return k;
  };
  /** Binomial(n, p) for whole n. */
  const whole = (n: number, p: number): number => {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - whole(n, 1 - p);
    let k = 0;
    let left = n;
    while (left > CHUNK) {
      k += inversion(CHUNK, p);
      left -= CHUNK;
    }
    return k + inversion(left, p);
  };

  return {
    uniform,
    binomial(persons, p) {
      const n = Math.floor(persons);
      const r = persons - n;
      let k = whole(n, p);
      if (r > 0 && uniform() < p) k += r;
      return k;
    },
    multinomial(persons, w, share, kFirst, kLast, scale, full, out) {
      const m = kLast - kFirst;
      for (let i = 0; i <= m; i++) out[i] = 0;
      const n = Math.floor(persons);
      const r = persons - n;
      if (n <= SMALL) {
        for (let i = 0; i < n; i++) {
          const o = outcome(uniform(), w, share, kFirst, m, scale, full);
          if (o >= 0) out[o] = out[o]! + 1;
        }
      } else {
        let left = n;
        let mass = 1;
        for (let o = 0; o <= m && left > 0; o++) {
          const p = o === 0 ? w : share[kFirst + o - 1]! * scale;
          const last = full && o === m;
          const k = last ? left : mass > 0 ? whole(left, Math.min(1, p / mass)) : 0;
          out[o] = k;
          left -= k;
          mass -= p;
        }
      }
      if (r > 0) {
        const o = outcome(uniform(), w, share, kFirst, m, scale, full);
        if (o >= 0) out[o] = out[o]! + r;
      }
    },
  };
}
