import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildPlan } from '../../src/app/plan.js';
import { mergePlanPrivacy } from '../../src/app/privacy.js';
import { reskillResultOf } from '../../src/app/reskill-plan.js';
import type { PlanPathwayFlow, PlanResult } from '../../src/domain/plan.js';
import { projectScenarioDetail } from '../../src/model/project.js';

vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

const root = join(import.meta.dirname, '..', '..');

async function krimpPlan(): Promise<{ plan: PlanResult; inputs: Awaited<ReturnType<typeof loadInputs>> }> {
  const inputs = await loadInputs({ scenario: join(root, 'scenarios/krimp-vacaturestop.yaml') });
  const detail = projectScenarioDetail({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  return { plan: (await buildPlan(inputs, detail)).result, inputs };
}

const flow = (from: string, to: string, fte: number, hours: number, year = 2028): PlanPathwayFlow => ({ from, to, year, fte, cost: fte * hours * 60, hours_per_person: hours, retention: hours > 0 ? 0.9 : 1, explicit: false });

/**
 * The functions spp plan withholds are one route end together. Merging their moves must not turn a
 * redeployment (0 hours) into a training, or the other way round: spp reskill and the report count
 * retrained and redeployed FTE by a route's hours, and a merged route carried the first move's hours.
 */
describe('spp plan: moves of withheld functions merged keep training and redeployment apart', () => {
  it('a training and a redeployment into one function stay two flows, the training with its hours on average over the FTE', async () => {
    const { plan } = await krimpPlan();
    const year = plan.years[2]!;
    const raw: PlanResult = { ...plan, pathways: [flow('F002', 'F010', 2, 100, year), flow('F003', 'F010', 1, 400, year), flow('F004', 'F010', 1, 0, year)] };
    const merged = mergePlanPrivacy(raw, new Set(['F002', 'F003', 'F004']));
    expect(merged.pathways).toHaveLength(2);
    const [training, redeployment] = merged.pathways;
    expect(training).toMatchObject({ from: 'other', to: 'F010', year, fte: 3, hours_per_person: 200, cost: 2 * 100 * 60 + 400 * 60 });
    expect(training!.retention).toBeCloseTo(0.9, 10);
    expect(redeployment).toMatchObject({ from: 'other', to: 'F010', year, fte: 1, hours_per_person: 0, cost: 0, retention: 1 });
  });

  it('spp reskill counts the same FTE retrained and redeployed per year with the destinations withheld as without (krimp: F002 trains into F034, is redeployed into F001)', async () => {
    const { plan, inputs } = await krimpPlan();
    // The plan this test stands on: F002's people go to F034 with training and to F001 without.
    expect(plan.pathways.some((p) => p.from === 'F002' && p.to === 'F034' && p.hours_per_person > 0)).toBe(true);
    expect(plan.pathways.some((p) => p.from === 'F002' && p.to === 'F001' && p.hours_per_person === 0)).toBe(true);
    const plain = reskillResultOf(plan, inputs.scenario.reskilling, inputs.functions);
    const withheld = reskillResultOf(mergePlanPrivacy(plan, new Set(['F001', 'F034'])), inputs.scenario.reskilling, inputs.functions);
    const perYear = (r: typeof plain) => r.per_year.map((y) => [y.year, y.reskilled_fte, y.redeployed_fte]);
    expect(perYear(withheld)).toEqual(perYear(plain));
    const routes = withheld.pathways.filter((p) => p.from === 'F002' && p.to === 'other');
    expect(routes.map((p) => p.hours_per_person > 0).sort()).toEqual([false, true]);
    const f034 = plain.pathways.find((p) => p.from === 'F002' && p.to === 'F034')!;
    expect(routes.find((p) => p.hours_per_person > 0)).toMatchObject({ fte: f034.fte, hours_per_person: f034.hours_per_person });
  });
});
