import { knownPay } from '../domain/workforce.js';
import type { Pathway, PathwayVerdict } from '../domain/pathway.js';
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

/**
 * Which ordered pairs a command needs: from ∈ `from` and to ∈ `to` (every function where a side is
 * omitted), plus `pairs` whatever the sides say. Filtering before evaluation keeps the work to the
 * pairs used — the plan needs surplus → shortage, `spp pathways F` only F → * — instead of n².
 */
export interface PathwaySelection {
  from?: ReadonlySet<string>;
  to?: ReadonlySet<string>;
  pairs?: readonly { from: string; to: string }[];
  /** Keeps only the from × to pathways a plan can use (those in `pairs` are always kept), so memory follows the usable pairs. */
  keep?: (p: PathwayVerdict) => boolean;
}

/** Evaluates every ordered pathway i → j (i ≠ j) in the selection, sorted by from, then to; similarity 0–1, hours per person; with the reasons in words. */
export function evaluatePathways(
  functions: PathwayFunction[],
  rules: PathwayRules,
  similarityOverrides?: ReadonlyMap<string, number>,
  selection: PathwaySelection = {},
): Pathway[] {
  return evaluateSelected(functions, rules, similarityOverrides, selection, true) as Pathway[];
}

/** As evaluatePathways, without building the reason texts: for the plans, which never show them. */
export function evaluatePathwayVerdicts(
  functions: PathwayFunction[],
  rules: PathwayRules,
  similarityOverrides?: ReadonlyMap<string, number>,
  selection: PathwaySelection = {},
): PathwayVerdict[] {
  return evaluateSelected(functions, rules, similarityOverrides, selection, false);
}

function evaluateSelected(
  functions: PathwayFunction[],
  rules: PathwayRules,
  overrides: ReadonlyMap<string, number> | undefined,
  selection: PathwaySelection,
  withReasons: boolean,
): PathwayVerdict[] {
  const sorted = [...functions].sort((a, b) => compareText(a.id, b.id));
  const index = new Map(sorted.map((f, k) => [f.id, k]));
  const required = new Map<number, RequiredSkills>();
  const requiredOf = (j: number): RequiredSkills => {
    let r = required.get(j);
    if (r === undefined) required.set(j, (r = prepareRequiredSkills(sorted[j]!.requirements)));
    return r;
  };
  const pick = (set: ReadonlySet<string> | undefined): number[] =>
    sorted.flatMap((f, k) => (set === undefined || set.has(f.id) ? [k] : []));
  const froms = pick(selection.from);
  const tos = pick(selection.to);
  // Extra pairs by source index, so the result comes out in (from, to) order without a global sort.
  const extra = new Map<number, Set<number>>();
  for (const p of selection.pairs ?? []) {
    const i = index.get(p.from);
    const j = index.get(p.to);
    if (i === undefined || j === undefined || i === j) continue;
    let set = extra.get(i);
    if (set === undefined) extra.set(i, (set = new Set()));
    set.add(j);
  }
  const fromSet = new Set(froms);
  const rows = [...new Set([...froms, ...extra.keys()])].sort((a, b) => a - b);
  const result: PathwayVerdict[] = [];
  for (const i of rows) {
    const js = fromSet.has(i) ? tos : [];
    const more = extra.get(i);
    const targets = more === undefined ? js : [...new Set([...js, ...more])].sort((a, b) => a - b);
    for (const j of targets) {
      if (i === j) continue;
      const p = evaluatePathway(sorted[i]!, sorted[j]!, requiredOf(j), rules, overrides, withReasons);
      if (selection.keep === undefined || selection.keep(p) || more?.has(j) === true) result.push(p);
    }
  }
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
  withReasons: boolean,
): PathwayVerdict | Pathway {
  // Reason texts are only built where they are shown (`spp pathways F`); the plans read verdicts.
  const reasons: string[] | null = withReasons ? [] : null;
  const because = (text: () => string): void => {
    reasons?.push(text());
  };
  const computed = similarityTo(from.requirements, toRequired);
  const override = overrides && overrides.size > 0 ? overrides.get(similarityKey(from.id, to.id)) : undefined;
  // With an override the similarity comes from the file; training hours still come from skills.
  const similarity = override ?? computed.similarity;
  const hours = rules.hours_per_level * computed.missingLevels;

  let similar: boolean;
  if (similarity === null) {
    similar = false;
    because(() => `no skill profile for ${to.id}: add skill columns to functions.csv or a reskilling.similarity file`);
  } else {
    similar = similarity >= rules.min_similarity;
    if (!similar) because(() => `similarity ${pair(similarity, rules.min_similarity, '<')} (reskilling.min_similarity)`);
  }

  let levelStep: number | null = null;
  let levelOk = true;
  if (from.level === null || to.level === null) {
    because(() => `level unknown for ${unknownSide(from, to, (f) => f.level === null)}; level step not checked`);
  } else {
    const step = to.level - from.level;
    levelStep = step;
    levelOk = Math.abs(step) <= rules.max_level_step;
    if (!levelOk) because(() => `level step ${signed(step)} > ${rules.max_level_step} (reskilling.max_level_step)`);
  }

  let payRatio: number | null = null;
  let payOk = true;
  const payKnown = (f: PathwayFunction) => knownPay(f.pay);
  if (!payKnown(from) || !payKnown(to)) {
    because(() => `pay unknown for ${unknownSide(from, to, (f) => !payKnown(f))}; pay ratio not checked`);
  } else {
    const ratio = (to.pay as number) / (from.pay as number);
    payRatio = ratio;
    payOk = ratio >= rules.min_pay_ratio;
    if (!payOk) because(() => `pay ratio ${pair(ratio, rules.min_pay_ratio, '<')} (reskilling.min_pay_ratio)`);
  }

  const safe = !to.vulnerable;
  if (!safe) because(() => 'destination is vulnerable (reskilling.safe_only: false lets the plan use it)');
  const closedWhy = closedReason(to, rules.closed_destinations);
  if (closedWhy !== null) because(() => closedWhy);

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
    ...(reasons !== null ? { reasons } : {}),
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
