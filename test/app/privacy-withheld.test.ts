import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { withheldGroups } from '../../src/app/privacy.js';
import { buildProjectResult, projectInputs } from '../../src/app/project.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * spp plan, reskill, sensitivity and the report ask withheldGroups which functions and families to
 * withhold; it publishes the projection's first year only (the start decides). Each answer must be
 * what `spp project` marks in its full result, over all years.
 */
describe('withheldGroups withholds what spp project withholds', () => {
  const scenarios = [
    'fixtures/app/privacy-flows/transition.yaml',
    'fixtures/app/privacy-flows/emerging.yaml',
    'fixtures/app/privacy-formation/scenario.yaml',
    'fixtures/app/privacy-system/scenario.yaml',
    'scenarios/baseline.yaml',
    'scenarios/krimp-vacaturestop.yaml',
  ];
  it.each(scenarios)('%s', async (scenario) => {
    const inputs = await loadInputs({ scenario: join(root, scenario) });
    const { projection } = projectInputs(inputs);
    const full = buildProjectResult(inputs, projection);
    const marked = (rows: readonly { id: string; suppressed?: unknown }[]) => rows.filter((r) => r.suppressed !== undefined).map((r) => r.id).sort();
    const groups = withheldGroups(inputs, projection);
    expect({ functions: [...groups.functions].sort(), families: [...groups.families].sort() }).toEqual({
      functions: marked(full.functions),
      families: marked(full.families),
    });
    // Not a vacuous comparison: the privacy fixtures withhold something.
    if (scenario.includes('privacy')) expect(groups.functions.size).toBeGreaterThan(0);
  });
});
