/**
 * Interval estimates for calibration (SPEC §3.6): the Wilson score interval of a binomial share, and
 * the conversion of a share observed over k years into a rate per year.
 */

/** z of a two-sided 90 % interval: the 95th percentile of the standard normal distribution. */
const Z90 = 1.6448536269514722;

/** The Wilson score interval (default 90 %) of `successes` out of `n` (shares, 0–1); [0, 1] when n is 0. */
export function wilsonInterval(successes: number, n: number, z = Z90): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact bounds at the edges: with 0 successes the lower bound is 0, with n successes the upper is 1.
  return { low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === n ? 1 : Math.min(1, centre + half) };
}

/**
 * The rate per year (0–1) that, compounded over `years`, gives the share `share` observed over the
 * whole period: 1 − (1 − share)^(1/years). Monotone, so it maps an interval's bounds too.
 */
export function annualise(share: number, years: number): number {
  if (years === 1 || share <= 0) return Math.max(0, share);
  if (share >= 1) return 1;
  return 1 - Math.pow(1 - share, 1 / years);
}

/** Annualised estimate with its annualised 90 % Wilson interval. */
export function annualRate(successes: number, n: number, years: number): { rate: number; low: number; high: number } {
  const { low, high } = wilsonInterval(successes, n);
  return { rate: annualise(n > 0 ? successes / n : 0, years), low: annualise(low, years), high: annualise(high, years) };
}
