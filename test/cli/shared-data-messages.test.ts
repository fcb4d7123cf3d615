import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * Red team (round A): `spp compare baseline digitaal-versneld` printed the headcount's
 * CSV_UNKNOWN_COLUMNS notice block once per scenario, though the data is read once.
 */
describe('a data file shared by several scenarios', () => {
  const count = (text: string, part: string): number => text.split(part).length - 1;

  it('compare: its notice is printed once', async () => {
    const r = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--no-plan', '-f', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(count(r.stderr, 'CSV_UNKNOWN_COLUMNS')).toBe(1);
    expect(r.stderr).toBe("fixtures/example/headcount.csv:1:3  melding  kolommen die spp niet gebruikt (bewaard om mee te groeperen met --by): 'afdeling'  (CSV_UNKNOWN_COLUMNS)\n0 fouten, 0 waarschuwingen, 1 melding in 1 bestand\n");
  });

  it('compare with a scenario named twice, and report -s A -s B: once as well', async () => {
    const twice = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/baseline.yaml', '--no-plan', '-f', 'json']);
    expect(count(twice.stderr, 'CSV_UNKNOWN_COLUMNS')).toBe(1);
    const report = await runSpp(['report', '-s', 'scenarios/baseline.yaml', '-s', 'scenarios/baseline.yaml', '-f', 'md']);
    expect(report.exitCode, report.stderr).toBe(0);
    expect(count(report.stderr, 'CSV_UNKNOWN_COLUMNS')).toBe(1);
  });
});
