import type { Pathway } from '../domain/pathway.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { compareText } from '../domain/compare-text.js';
import { similarityKey } from '../domain/similarity-key.js';
import { prepareRequiredSkills, similarityTo, type RequiredSkills } from './similarity.js';

/**
 * Reskilling pathways between functions (SPEC §3 "Reskilling", `spp pathways`): for every ordered
 * pair i ≠ j the similarity, level step, pay ratio and training hours, and whether the move is
 * viable (similar enough, level step small enough), desirable (viable and pay does not drop too
 * far) and safe (the destination is not itself vulnerable). `reasons` says in plain words why a
 * test failed or could not be applied, so a pathway is never rejected or accepted silently.
 */

/** What the pathway rules need to know about one function. */
export interface PathwayFunction {
  id: string;
  name: string;
  family?: string;
  level: number | null;
  /** Annual pay in euros; null when unknown. */
  pay: number | null;
  /** Required proficiency per skill (after skill_shift), 0–5. */
  requirements: Record<string, number>;
  vulnerable: boolean;
}


/** The rules of SPEC §2.4 `reskilling` that this module reads. */
export type PathwayRules = Pick<
  Scenario['reskilling'],
  'hours_per_level' | 'min_similarity' | 'max_level_step' | 'min_pay_ratio'
> &
  Partial<Pick<Scenario['reskilling'], 'closed_destinations'>>;

/** Whether a function is a closed destination, and the reason in words (null when open). */
function closedReason(fn: Pick<PathwayFunction, 'id' | 'family'>, closed: PathwayRules['closed_destinations']): string | null {
  if (closed === undefined) return null;
  if (closed.functions.includes(fn.id)) {
    return `${fn.id} is filled by selection (reskilling.closed_destinations.functions); remove it there to allow computed pathways`;
  }
  if (fn.family !== undefined && fn.family !== '' && closed.families.includes(fn.family)) {
    return `family ${fn.family} is filled by selection (reskilling.closed_destinations.families); remove it there, or add an explicit plan.pathways entry`;
  }
  return null;
}

/** Evaluates every ordered pathway i → j (i ≠ j), sorted by from, then to; similarity 0–1, hours per person. */
export function evaluatePathways(
  functions: PathwayFunction[],
  rules: PathwayRules,
  similarityOverrides?: ReadonlyMap<string, number>,
): Pathway[] {
  const sorted = [...functions].sort((a, b) => compareText(a.id, b.id));
  const required = sorted.map((f) => prepareRequiredSkills(f.requirements));
  const result: Pathway[] = [];
  sorted.forEach((from) => {
    sorted.forEach((to, j) => {
      if (from.id === to.id) return;
      result.push(evaluatePathway(from, to, required[j]!, rules, similarityOverrides));
    });
  });
  return result;
}

/** The pathways leaving one function, by similarity (highest first, undefined last), then destination id. */
export function pathwaysFrom(all: Pathway[], functionId: string): Pathway[] {
  return all
    .filter((p) => p.from === functionId)
    .sort(
      (a, b) =>
        (b.similarity ?? -Infinity) - (a.similarity ?? -Infinity) || compareText(a.to, b.to),
    );
}

function evaluatePathway(
  from: PathwayFunction,
  to: PathwayFunction,
  toRequired: RequiredSkills,
  rules: PathwayRules,
  overrides: ReadonlyMap<string, number> | undefined,
): Pathway {
  const reasons: string[] = [];
  const computed = similarityTo(from.requirements, toRequired);
  const override = overrides && overrides.size > 0 ? overrides.get(similarityKey(from.id, to.id)) : undefined;
  // With an override the similarity comes from the file; training hours still come from skills.
  const similarity = override ?? computed.similarity;
  const hours = rules.hours_per_level * computed.missingLevels;

  let similar: boolean;
  if (similarity === null) {
    similar = false;
    reasons.push(`no skill profile for ${to.id}: add skill columns to functions.csv or a reskilling.similarity file`);
  } else {
    similar = similarity >= rules.min_similarity;
    if (!similar) reasons.push(`similarity ${pair(similarity, rules.min_similarity, '<')} (reskilling.min_similarity)`);
  }

  let levelStep: number | null = null;
  let levelOk = true;
  if (from.level === null || to.level === null) {
    reasons.push(`level unknown for ${unknownSide(from, to, (f) => f.level === null)}; level step not checked`);
  } else {
    levelStep = to.level - from.level;
    levelOk = Math.abs(levelStep) <= rules.max_level_step;
    if (!levelOk) reasons.push(`level step ${signed(levelStep)} > ${rules.max_level_step} (reskilling.max_level_step)`);
  }

  let payRatio: number | null = null;
  let payOk = true;
  const payKnown = (f: PathwayFunction) => f.pay !== null && f.pay > 0;
  if (!payKnown(from) || !payKnown(to)) {
    reasons.push(`pay unknown for ${unknownSide(from, to, (f) => !payKnown(f))}; pay ratio not checked`);
  } else {
    payRatio = (to.pay as number) / (from.pay as number);
    payOk = payRatio >= rules.min_pay_ratio;
    if (!payOk) reasons.push(`pay ratio ${pair(payRatio, rules.min_pay_ratio, '<')} (reskilling.min_pay_ratio)`);
  }

  const safe = !to.vulnerable;
  if (!safe) reasons.push('destination is vulnerable (reskilling.safe_only: false lets the plan use it)');
  const closedWhy = closedReason(to, rules.closed_destinations);
  if (closedWhy !== null) reasons.push(closedWhy);

  const viable = similar && levelOk;
  return {
    from: from.id,
    to: to.id,
    similarity,
    level_step: levelStep,
    pay_ratio: payRatio,
    hours,
    viable,
    desirable: viable && payOk,
    safe,
    closed: closedWhy !== null,
    reasons,
  };
}

function unknownSide(from: PathwayFunction, to: PathwayFunction, unknown: (f: PathwayFunction) => boolean): string {
  const ids = [from, to].filter(unknown).map((f) => f.id);
  return ids.join(' and ');
}

/** "0.42 < 0.50", with more digits when two decimals would show equal numbers. */
function pair(value: number, limit: number, op: string): string {
  for (const digits of [2, 4, 6]) {
    const a = value.toFixed(digits);
    const b = limit.toFixed(digits);
    if (a !== b) return `${a} ${op} ${b}`;
  }
  return `${value} ${op} ${limit}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}
