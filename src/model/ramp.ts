/**
 * The progress variable x of SPEC §3: x = (t − start)/(end − start), clamped to 0–1.
 * When end ≤ start the change happens at once in `end` (0 before, 1 from then on), which avoids a
 * division by zero and matches a step.
 */

/** Progress 0–1 of a change that runs from `start` to `end`, in year `year`. */
export function rampProgress(start: number, end: number, year: number): number {
  if (end <= start) return year >= end ? 1 : 0;
  const x = (year - start) / (end - start);
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}
