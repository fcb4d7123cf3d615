import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * Red team (round A): calibrate's stamp listed both snapshots as `role: "headcount"` with only the
 * file name, so `calibrate p4/headcount.csv p5/headcount.csv` gave two entries named headcount.csv,
 * told apart only by their hash. Each snapshot now has a role of its own.
 */
const OLD = 'fixtures/example/headcount-2025.csv';
const NEW = 'fixtures/example/headcount.csv';

interface Stamped {
  stamp: { inputs: { role: string; file: string }[] };
}

describe('two snapshots in one stamp', () => {
  it('calibrate: headcount_old and headcount_new', async () => {
    const run = await runSpp(['calibrate', OLD, NEW, '-q', '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Stamped).stamp.inputs.map((i) => [i.role, i.file])).toEqual([
      ['headcount_old', 'headcount-2025.csv'],
      ['headcount_new', 'headcount.csv'],
    ]);
  });

  it("backtest: the scenario's headcount and the headcount_actual", async () => {
    const run = await runSpp(['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', OLD, '--actual', NEW, '-q', '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Stamped).stamp.inputs.map((i) => [i.role, i.file])).toEqual([
      ['scenario', 'baseline.yaml'],
      ['functions', 'functions.csv'],
      ['headcount', 'headcount-2025.csv'],
      ['headcount_actual', 'headcount.csv'],
    ]);
  });
});
