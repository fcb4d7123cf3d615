import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/** Red team (round A): calibrate said `--joiners '2.5'` for a bad --min-at-risk (one parser, one hard-coded name). */
describe('calibrate: a bad whole-number option is named as given', () => {
  it.each([
    ['--min-at-risk', '2.5', 'nl', "spp: --min-at-risk '2.5': verwacht een geheel getal ≥ 0\n"],
    ['--min-at-risk', 'abc', 'en', "spp: --min-at-risk 'abc': expected a whole number ≥ 0\n"],
    ['--joiners', '-1', 'nl', "spp: --joiners '-1': verwacht een geheel getal ≥ 0\n"],
    ['--joiners', '1e2', 'en', "spp: --joiners '1e2': expected a whole number ≥ 0\n"],
  ])('%s %s (--lang %s)', async (flag, value, lang, message) => {
    const r = await runSpp(['calibrate', 'old.csv', 'new.csv', flag, value, '--lang', lang]);
    expect([r.exitCode, r.stderr]).toEqual([2, message]);
  });
});
