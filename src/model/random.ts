import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A seeded pseudo-random source (xoroshiro128+ from pure-rand). Same seed, same sequence, on any
 * machine: only integer arithmetic happens inside, and callers should derive their draws with plain
 * arithmetic (no Math.exp/log) when results must be byte-identical across platforms.
 */
export interface Random {
  /** Uniform in [0, 1), 53 bits. */
  next(): number;
  /** Uniform integer in [from, to], both included. */
  int(from: number, to: number): number;
  /** Index drawn with probability proportional to `weights` (non-negative, not all zero). */
  pickIndex(weights: readonly number[]): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
}

/** Creates a seeded random source; `seed` is any 32-bit integer (other numbers are truncated). */
export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed | 0);
  const next = (): number => uniformFloat64(rng);
  return {
    next,
    int: (from, to) => uniformInt(rng, from, to),
    pickIndex(weights) {
      let total = 0;
      for (const w of weights) total += w;
      if (!(total > 0)) throw new RangeError('pickIndex needs at least one positive weight');
      let u = next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i] ?? 0;
        if (u < 0) return i;
      }
      // Rounding can leave u at exactly 0 after the last subtraction: take the last positive weight.
      for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] ?? 0) > 0) return i;
      return weights.length - 1;
    },
    chance: (p) => next() < p,
  };
}

/** Shuffles `values` in place (Fisher–Yates) with a seeded source; returns the same array. */
export function shuffleInPlace<T extends { length: number; [i: number]: unknown }>(values: T, random: Random): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = values[i];
    values[i] = values[j];
    values[j] = a;
  }
  return values;
}
