import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';

/**
 * An unknown key anywhere in a scenario names the keys allowed at that place (or the one meant):
 * top level, nested maps with defaults, items of lists, values of maps keyed by the user.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-unknown-keys-'));

async function unknownKeyMessages(name: string, body: string): Promise<string[]> {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `id: t\nhorizon: { start: 2026, end: 2030 }\n${body}`);
  const { diagnostics } = await readScenario(file);
  return diagnostics.filter((d) => d.code === 'SCENARIO_UNKNOWN_KEY').map((d) => `${d.path}: ${d.message}`);
}

describe('unknown keys in a scenario', () => {
  it('at the top level', async () => {
    expect(await unknownKeyMessages('top', 'workforse: {}\n')).toEqual([
      "workforse: unknown key 'workforse' in the scenario. Did you mean 'workforce'?",
    ]);
  });

  it('in a nested map with defaults, without a near miss: every allowed key', async () => {
    expect(await unknownKeyMessages('nested', 'reskilling: { budget: 5 }\n')).toEqual([
      "reskilling.budget: unknown key 'budget' in reskilling. Allowed: hours_per_level, cost_per_hour, min_similarity, max_level_step, min_pay_ratio, similarity, budget_per_year, capacity_per_year, hire_cost, surplus_cost_per_fte, closed_destinations, safe_only.",
    ]);
  });

  it('in an item of a list', async () => {
    expect(await unknownKeyMessages('list', 'workforce:\n  attrition:\n    - { ages: "<35", rat: 0.1 }\n')).toEqual([
      "workforce.attrition[0].rat: unknown key 'rat' in workforce.attrition[0]. Did you mean 'rate'?",
    ]);
  });

  it('in a value of a map keyed by the user (task categories)', async () => {
    expect(await unknownKeyMessages('record', 'digitalisation:\n  automation:\n    administratie: { target: 0.5, end: 2030, curv: linear }\n')).toEqual([
      "digitalisation.automation.administratie.curv: unknown key 'curv' in digitalisation.automation.administratie. Did you mean 'curve'?",
    ]);
  });

  it('in an emerging function', async () => {
    expect(
      await unknownKeyMessages('emerging', 'demand:\n  emerging:\n    - { id: N1, name: Data, tasks: { analyse: 1 }, demand: { "2030": 2 }, levels: 9 }\n'),
    ).toEqual(["demand.emerging[0].levels: unknown key 'levels' in demand.emerging[0]. Did you mean 'level'?"]);
  });
});
