import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildPlan } from '../../src/app/plan.js';
import { mergePlanPrivacy } from '../../src/app/privacy.js';
import { compareText } from '../../src/domain/compare-text.js';
import { projectScenarioDetail } from '../../src/model/project.js';

vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

const root = join(import.meta.dirname, '..', '..');

/**
 * The merged row of the functions spp plan withholds ('other') must not stand where one of them would
 * stand by its id: in a big city's plan (250 functions, 15 withheld) the routes from the merged row
 * were listed between F001 and F011, which narrowed "15 functions" down to the few withheld ids in
 * that range. Published lists are sorted by the published ids, so the merged row comes last.
 */
describe('spp plan: the merged withheld row has no position of its own', () => {
  it('pathways and shortfalls are in the order of the published ids', async () => {
    const inputs = await loadInputs({ scenario: join(root, 'scenarios/krimp-vacaturestop.yaml') });
    const detail = projectScenarioDetail({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
    const raw = (await buildPlan(inputs, detail)).result;
    // Withhold the source and the destination of the first route with an early id, as a big city's small functions are.
    const first = raw.pathways[0]!;
    const merged = mergePlanPrivacy(raw, new Set([first.from, raw.pathways.at(-1)!.to, raw.shortfalls[0]!.function]));
    expect(merged.pathways.some((p) => p.from === 'other')).toBe(true);
    expect(merged.pathways.some((p) => p.to === 'other')).toBe(true);
    const key = (p: { from: string; to: string; year: number }) => [p.from, p.to, String(p.year).padStart(4, '0')];
    const order = (a: string[], b: string[]) => compareText(a[0]!, b[0]!) || compareText(a[1]!, b[1]!) || compareText(a[2]!, b[2]!);
    const keys = merged.pathways.map(key);
    expect(keys).toEqual([...keys].sort(order));
    expect(merged.shortfalls.some((s) => s.function === 'other')).toBe(true);
    const fs = merged.shortfalls.map((s) => [s.function, String(s.year)]);
    expect(fs).toEqual([...fs].sort(order));
  });

  // A shown function's shortfall was caused by "plan.hiring max_per_year (F014) in 2027 binds": with
  // F014 withheld the cause still named it, and what its limit did (a review of the structured causes).
  it("names no withheld function in a shown function's cause or in a binding limit", async () => {
    const inputs = await loadInputs({ scenario: join(root, 'scenarios/krimp-vacaturestop.yaml') });
    const detail = projectScenarioDetail({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
    const raw = (await buildPlan(inputs, detail)).result;
    const byLimit = raw.shortfalls.find((s) => s.reason.kind === 'limit' && 'function' in s.reason.limit && s.reason.limit.function !== s.function);
    if (byLimit === undefined || byLimit.reason.kind !== 'limit' || !('function' in byLimit.reason.limit)) throw new Error('krimp-vacaturestop has no shortfall caused by another function\'s limit');
    const small = byLimit.reason.limit.function;
    const merged = mergePlanPrivacy(raw, new Set([small]));
    const shown = merged.shortfalls.find((s) => s.function === byLimit.function && s.year === byLimit.year)!;
    expect(shown.cause).not.toContain(small);
    expect(shown.cause).toBe(`plan.hiring max_per_year (other) in ${byLimit.reason.year} binds`);
    expect(JSON.stringify(merged.binding)).not.toContain(`"${small}"`);
    expect(merged.binding.every((b) => !JSON.stringify(b.limit).includes(`"${small}"`))).toBe(true);
  });
});
