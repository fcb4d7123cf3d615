import type { ExplainResult, ExplainResultYear } from '../domain/results.js';
import type { ExplainSupply, FunctionExplanation } from '../domain/explanation.js';
import type { ProjectionInput } from '../model/project.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { explainFunction } from '../model/explain.js';
import { withEmergingFunctions } from '../model/emerging.js';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { knownFunctionId } from './function-argument.js';
import { roundDeep } from '../domain/round.js';
import { compareText } from '../domain/compare-text.js';
import { positionsOf } from '../model/organise.js';
import { withGapSources } from '../model/gap-sources.js';
import { projectScenarioDetail } from '../model/project.js';
import { buildPlan } from './plan.js';
import { mergePlanPrivacy } from './privacy.js';
import type { PlanProgressListener } from '../model/plan/solve-plan-lp.js';
import type { Scenario } from '../domain/scenario-schema.js';
import type { Withheld } from '../domain/suppress.js';
import { buildProjectResult, projectInputs } from './project.js';

/**
 * The explanation's years with replacement_fte and expansion_fte (SPEC §3.1), from the same flows
 * (of the whole chain, before privacy takes the outflow by kind out of a small group's years).
 */
function gapSourcesOf(explanation: FunctionExplanation): { replacement_fte: number; expansion_fte: number }[] {
  const rows = explanation.years.map((y) => ({
    year: y.year,
    supply_fte: y.supply.start_fte,
    supply_persons: y.supply.start_persons,
    demand_fte: y.demand.demand_fte,
    gap_fte: y.gap_fte,
    retired_fte: y.supply.retired_fte,
    contract_ended_fte: y.supply.contract_ended_fte,
    attrition_fte: y.supply.attrition_fte,
    moved_in_fte: y.supply.moved_in_fte,
    moved_out_fte: y.supply.moved_out_fte,
  }));
  return withGapSources(rows).map((r) => ({ replacement_fte: r.replacement_fte, expansion_fte: r.expansion_fte }));
}

/** The explanation of one function; a usage error (exit 2) with a suggestion for an unknown id. */
export function explainKnownFunction(input: ProjectionInput, typed: string): FunctionExplanation {
  const functionId = knownFunctionId(typed, withEmergingFunctions(input.scenario, input.functions));
  const explanation = explainFunction(input, functionId);
  if (explanation === undefined) throw new Error(`no explanation of the known function '${functionId}'`);
  return explanation;
}

/**
 * `spp explain FUNCTION`: load, explain, round once. When the scenario's plan cannot be solved within
 * its limits (spp plan's located exit-1 errors, PLAN_*), the chain is still explained — it does not
 * need the plan, and it is what an analyst reads to see why — with `planErrors` to report and exit 1.
 */
export async function runExplain(options: LoadOptions, typed: string, onPlanProgress?: PlanProgressListener): Promise<{ inputs: LoadedInputs; result: ExplainResult; planErrors: Diagnostic[] }> {
  const inputs = await loadInputs(options);
  const input = { scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce };
  const explanation = explainKnownFunction(input, typed);
  const functionId = explanation.id;
  // The same suppression as spp project (with its complements), so explain cannot undo it.
  const projectResult = buildProjectResult(inputs, projectInputs(inputs).projection);
  const published = projectResult.functions;
  const suppressed = published.find((f) => f.id === functionId)?.suppressed ?? null;
  const withheld = new Set(published.flatMap((f) => (f.suppressed === undefined ? [] : [f.id])));
  const protected_ = protectExplanation(explanation, inputs.scenario, suppressed, withheld);
  const sources = gapSourcesOf(explanation);
  const result: ExplainResult = roundDeep({
    schema: 'spp.explain/1',
    stamp: makeStamp(inputs.scenario.id, inputs.files),
    scenario: { id: inputs.scenario.id, title: inputs.scenario.title ?? null },
    ...protected_,
    position: positionsOf(inputs.scenario, [{ id: explanation.id, tasks: taskMixOf(inputs, explanation.id) }], explanation.years.map((y) => y.year)).get(explanation.id)!,
    years: protected_.years.map((y, i) => ({ ...y, ...sources[i]!, ...(suppressed === null ? {} : { replacement_fte: null }) })),
  });
  // The plan's decisions, when the scenario asks for a plan (solving it takes longer than the chain itself).
  // (Not for a suppressed function: its hires and moves year by year would show when its people leave.)
  if (inputs.scenario.plan !== undefined && suppressed === null) {
    // As spp plan shows it: a route from or to a withheld function comes from or goes to `other`.
    let built;
    try {
      built = await buildPlan(inputs, projectScenarioDetail(input), undefined, onPlanProgress);
    } catch (error) {
      const unsolvable = error instanceof UserError && error.exitCode === 1 && error.diagnostics.length > 0 && error.diagnostics.every((d) => d.code.startsWith('PLAN_'));
      if (!unsolvable) throw error;
      result.plan_unsolvable = [...new Set(error.diagnostics.map((d) => d.code))];
      return { inputs, result, planErrors: error.diagnostics };
    }
    const plan = mergePlanPrivacy(built.result, withheld);
    result.plan = {
      years: plan.functions.find((f) => f.id === functionId)?.years ?? [],
      // By year, then by code as everywhere (compareText): 'from + to' joined put 12→X before 1→X.
      pathways: plan.pathways.filter((p) => p.from === functionId || p.to === functionId).sort((a, b) => a.year - b.year || compareText(a.from, b.from) || compareText(a.to, b.to)),
      shortfalls: plan.shortfalls.filter((s) => s.function === functionId).map(({ function: _f, ...s }) => s),
    };
  }
  return { inputs, result, planErrors: [] };
}

/** Moves in by origin, those from withheld functions as one entry (`from: null`), after the others. */
function mergeWithheldOrigins(movedIn: readonly { from: string | null; fte: number }[], withheld: ReadonlySet<string>): { from: string | null; fte: number }[] {
  const isWithheld = (m: { from: string | null }): boolean => m.from === null || withheld.has(m.from);
  const hidden = movedIn.filter(isWithheld);
  if (hidden.length === 0) return [...movedIn];
  return [...movedIn.filter((m) => !isWithheld(m)), { from: null, fte: hidden.reduce((a, m) => a + m.fte, 0) }];
}

/** The task shares of a function of the data or an emerging function of the scenario. */
function taskMixOf(inputs: LoadedInputs, functionId: string): Record<string, number> {
  return withEmergingFunctions(inputs.scenario, inputs.functions).find((f) => f.id === functionId)?.tasks ?? {};
}

/**
 * A shown function's attrition lines of one year: one per rule, unless a rule applied to more than 0
 * but fewer than min_group people that year; then one line for all ages (`merged`, the mean rate,
 * rule_index null, `ages` "all"). A line per rule is a sub-group of the function by age — "− verloop,
 * jonger dan 35: 9,0% van 2,00" said that two of its people are under 35 and work 1,0 fte each; with
 * one-year bands in the scenario each line was one person's age and FTE. Taking only the small band
 * together with its neighbour was not enough: the scenario gives each rule's rate, so a line of two
 * bands with its base and its outflow gave the small band's FTE back (one equation, one unknown).
 * The whole year's line is the function's own attrition (published by project as attrition_fte) over
 * its people after retirement and contract ends: nothing explain adds. (That total with the rates
 * can still be solved when a function's people fall in just two bands of different rates — as for
 * project's own figures; README, "A shown group's flows".) The persons behind a line (`base_persons`)
 * are the model's and never published.
 */
function protectAttrition(lines: ExplainSupply['attrition'], minGroup: number, band: (index: number | null) => string): ExplainSupply['attrition'] {
  const publish = ({ base_persons: _p, ...a }: ExplainSupply['attrition'][number]): ExplainSupply['attrition'][number] => ({ ...a, ages: band(a.rule_index) });
  // Expected persons (after the years' outflows): 4,6 is five people with some chance of leaving, as project counts them at the start.
  const small = (persons: number): boolean => persons > 1e-9 && Math.round(persons) < minGroup;
  if (lines.length < 2 || !lines.some((a) => small(a.base_persons ?? 0))) return lines.map(publish);
  let baseFte = 0;
  let fte = 0;
  for (const a of lines) {
    baseFte += a.base_fte;
    fte += a.fte;
  }
  return [{ rule: 'all ages together (privacy)', rule_index: null, rate: baseFte > 0 ? fte / baseFte : 0, ages: 'all', base_fte: baseFte, fte, merged: true as const }];
}

/**
 * Privacy (SPEC §4, privacy.min_group) for one function's chain: ages are shown as the attrition
 * rule's band ("<35", "all"), never as the ages of the people in the function (a band "31-50" names
 * the youngest and the oldest); a function that `spp project` suppresses (fewer than min_group
 * people at the start, or the complement of one) shows no supply, no gap and no replacement demand
 * — only its work (demand) and the change of it (a withheld function always has a formation, or spp
 * refuses the data: app/formation-privacy.ts). spp project withholds every function that receives
 * people from a withheld one, so a shown function has no move in from a withheld function; should
 * one appear, it is not shown by its origin but as one line of the withheld functions together.
 */
function protectExplanation(
  explanation: FunctionExplanation,
  scenario: Scenario,
  suppressed: Withheld | null,
  withheld: ReadonlySet<string>,
): Pick<ExplainResult, 'privacy'> & Omit<FunctionExplanation, 'years'> & { years: ExplainResultYear[] } {
  const minGroup = scenario.privacy.min_group;
  const fromWithheld = explanation.years.some((y) => y.supply.moved_in.some((m) => m.from !== null && withheld.has(m.from) && m.fte > 0));
  const band = (index: number | null): string => (index === null ? undefined : scenario.workforce.attrition[index]?.ages?.replace(/\s+/g, '')) ?? 'all';
  return {
    ...explanation,
    privacy: {
      min_group: minGroup,
      suppressed: suppressed !== null,
      reason: suppressed,
      ...(suppressed !== null && fromWithheld ? { moved_in_from_withheld: true as const } : {}),
    },
    years: explanation.years.map((y) =>
      suppressed !== null
        ? { ...y, supply: { suppressed }, gap_fte: null }
        : { ...y, supply: { ...y.supply, attrition: protectAttrition(y.supply.attrition, minGroup, band), moved_in: mergeWithheldOrigins(y.supply.moved_in, withheld) } },
    ),
  };
}
