import { basename } from 'node:path';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { anyNear, didYouMean, hasErrors, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { localNumber, type Message } from '../diagnostics/message.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { withinTolerance } from '../domain/round.js';
import { parseAgeBand, type AgeBand } from '../domain/age-band.js';
import { attritionRateFor } from '../model/attrition.js';
import { checkFlows, type FlowProblem } from '../model/check-flows.js';
import { hireRetentionOf } from '../model/plan/build-plan-input.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { expectedValue, isTriple, uncertainValues } from '../domain/uncertain.js';
import { DEFAULT_TASK_PROFILES } from '../domain/organise.js';
import { dotted, type ScenarioPath } from '../io/read-scenario.js';
import type { Location } from '../io/yaml-located.js';
import { namedFunctions, type FunctionsRead } from '../io/read-functions.js';
import { own } from '../domain/dict.js';

/**
 * Cross-key and cross-file rules of a scenario (changesets style: small named rules run in a list).
 * The schema has checked each value on its own; these check values against each other and against
 * the function profiles. Rules that need the data run only when the data was read.
 */

export interface RuleContext {
  scenario: Scenario;
  locate(path: ScenarioPath, part?: 'value' | 'key'): Location;
  /** Function profiles from functions.csv (without emerging ones); absent when the data was not read. */
  functions?: readonly FunctionProfile[];
  /** The functions file's name as the user has it (functies.csv), for messages; absent when unknown. */
  functionsFile?: string;
}

type ScenarioRule = (ctx: RuleContext) => Diagnostic[];

/** The keyword in `skill_shift.families` that means every family. */
const ALL_FAMILIES = 'all';

/** Share sums may be off by this much (SPEC §2.2: ±0.01). */
const SUM_TOLERANCE = 0.01;

function report(ctx: RuleContext, severity: Severity, code: DiagnosticCode, path: ScenarioPath, message: Message, part: 'value' | 'key' = 'value'): Diagnostic {
  const at = ctx.locate(path, part);
  return { code, severity, file: at.file, line: at.line, column: at.column, path: dotted(path), message: message.en, messageNl: message.nl };
}

/**
 * Where a rule weighs a value against another one that a different file of the `extends` chain
 * sets (an automation end in basis.yaml against the horizon of kort.yaml, which extends it), the
 * message names that other file: the error is located at the value, in a file that passes on its own.
 */
function setIn(ctx: RuleContext, at: ScenarioPath, other: ScenarioPath, what: Message): Message {
  const there = otherFile(ctx, at, other);
  if (there === null) return { en: '', nl: '' };
  const name = basename(there);
  return { en: ` (${what.en} is set in ${name})`, nl: ` (${what.nl} staat in ${name})` };
}

/** The file that writes `other` when it is not the one that writes the value at `at`; null when one file writes both. */
function otherFile(ctx: RuleContext, at: ScenarioPath, other: ScenarioPath, part: 'value' | 'key' = 'value'): string | null {
  const here = ctx.locate(at, part).file;
  const there = ctx.locate(other).file;
  return here === there || there === '' ? null : there;
}

/** Horizon end must not be before its start. */
const horizonOrder: ScenarioRule = (ctx) => {
  const { start, end } = ctx.scenario.horizon;
  return end < start
    ? [report(ctx, 'error', 'SCENARIO_HORIZON_ORDER', ['horizon', 'end'], { en: `horizon.end (${end}) is before horizon.start (${start})`, nl: `horizon.end (${end}) ligt vóór horizon.start (${start})` })]
    : [];
};

/** Every `start` must not be after its `end` (automation, overrides, skill shifts). */
const startBeforeEnd: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  const check = (path: ScenarioPath, start: number | undefined, end: number | undefined): void => {
    if (start !== undefined && end !== undefined && start > end) {
      const from = setIn(ctx, [...path, 'start'], [...path, 'end'], { en: 'end', nl: 'end' });
      out.push(report(ctx, 'error', 'SCENARIO_YEAR_ORDER', [...path, 'start'], { en: `${dotted(path)}: start (${start}) is after end (${end})${from.en}`, nl: `${dotted(path)}: start (${start}) ligt na end (${end})${from.nl}` }));
    }
  };
  const { digitalisation, demand } = ctx.scenario;
  for (const [category, a] of Object.entries(digitalisation.automation)) check(['digitalisation', 'automation', category], a.start, a.end);
  demand.overrides.forEach((o, i) => check(['demand', 'overrides', i], o.start, o.end));
  digitalisation.skill_shift.forEach((s, i) => check(['digitalisation', 'skill_shift', i], s.start, s.end));
  return out;
};

/** Years of automation, overrides, skill shifts and emerging demand must lie within the horizon. */
const yearsWithinHorizon: ScenarioRule = (ctx) => {
  const { start, end } = ctx.scenario.horizon;
  if (end < start) return []; // reported by horizonOrder
  const out: Diagnostic[] = [];
  const check = (path: ScenarioPath, year: number | undefined, part: 'value' | 'key' = 'value'): void => {
    if (year === undefined || (year >= start && year <= end)) return;
    const from = setIn(ctx, path, ['horizon', year < start ? 'start' : 'end'], { en: 'the horizon', nl: 'de horizon' });
    out.push(report(ctx, 'error', 'SCENARIO_YEAR_OUTSIDE_HORIZON', path, { en: `${dotted(path)}: ${year} is outside the horizon ${start}–${end}${from.en}`, nl: `${dotted(path)}: ${year} valt buiten de horizon ${start}–${end}${from.nl}` }, part));
  };
  const { digitalisation, demand } = ctx.scenario;
  for (const [category, a] of Object.entries(digitalisation.automation)) {
    check(['digitalisation', 'automation', category, 'start'], a.start);
    check(['digitalisation', 'automation', category, 'end'], a.end);
  }
  demand.overrides.forEach((o, i) => {
    check(['demand', 'overrides', i, 'start'], o.start);
    check(['demand', 'overrides', i, 'end'], o.end);
    check(['demand', 'overrides', i, 'discontinue'], o.discontinue);
  });
  digitalisation.skill_shift.forEach((s, i) => {
    check(['digitalisation', 'skill_shift', i, 'start'], s.start);
    check(['digitalisation', 'skill_shift', i, 'end'], s.end);
  });
  demand.emerging.forEach((e, i) => {
    for (const key of Object.keys(e.demand)) check(['demand', 'emerging', i, 'demand', key], Number(key), 'key');
  });
  for (const [id, points] of Object.entries(demand.targets)) {
    for (const key of Object.keys(points)) check(['demand', 'targets', id, key], Number(key), 'key');
  }
  // retirement_age keys may be earlier (the table is the law as known); not checked here.
  return out;
};

/**
 * A retirement_age table whose first year is after the horizon start: the years before it take its
 * first value without a word ({ 2040: 60 } made everyone retire at 60 from 2026 on).
 */
const retirementAgeFromStart: ScenarioRule = (ctx) => {
  const table = ctx.scenario.workforce.retirement_age;
  const { start, end } = ctx.scenario.horizon;
  if (table === undefined || typeof table === 'number' || end < start) return [];
  const years = Object.keys(table).map(Number);
  const first = Math.min(...years);
  if (!(first > start)) return [];
  const age = (table as Record<string, number>)[String(first)]!;
  const before = first - 1 > start ? `${start}–${Math.min(first - 1, end)}` : String(start);
  const from = setIn(ctx, ['workforce', 'retirement_age', String(first)], ['horizon', 'start'], { en: 'the horizon', nl: 'de horizon' });
  return [
    report(ctx, 'warning', 'SCENARIO_RETIREMENT_AGE_LATE', ['workforce', 'retirement_age', String(first)], {
      en: `workforce.retirement_age begins in ${first}, after the horizon start ${start}${from.en}: ${before} take${before.includes('–') ? '' : 's'} its first value, ${age}. Add the AOW age of ${start} (e.g. ${start}: 67)`,
      nl: `workforce.retirement_age begint in ${first}, na het begin van de horizon ${start}${from.nl}: ${before} krijg${before.includes('–') ? 'en' : 't'} de eerste waarde, ${age}. Voeg de AOW-leeftijd van ${start} toe (bijvoorbeeld ${start}: 67)`,
    }, 'key'),
  ];
};

/** Every `[low, likely, high]` (automation target, rate or share; SPEC §2.4) must be ordered. */
const targetOrder: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const { at, value } of uncertainValues(ctx.scenario)) {
    if (!isTriple(value)) continue;
    const [low, likely, high] = value;
    if (!(low <= likely && likely <= high)) {
      out.push(
        report(ctx, 'error', 'SCENARIO_TARGET_ORDER', at, { en: `${dotted(at)}: expected [low, likely, high] with low ≤ likely ≤ high, found [${low}, ${likely}, ${high}]`, nl: `${dotted(at)}: verwacht [laag, waarschijnlijk, hoog] met laag ≤ waarschijnlijk ≤ hoog, maar vond [${String(low)}, ${String(likely)}, ${String(high)}]` }),
      );
    }
  }
  return out;
};

/** An override must change or discontinue something. */
const overrideEffect: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  ctx.scenario.demand.overrides.forEach((o, i) => {
    const path = ['demand', 'overrides', i];
    if (o.change === undefined && o.discontinue === undefined) {
      out.push(report(ctx, 'error', 'SCENARIO_OVERRIDE_EMPTY', path, { en: `demand.overrides[${i}] (${o.function}): expected 'change' (with 'end') or 'discontinue'`, nl: `demand.overrides[${i}] (${o.function}): verwacht 'change' (met 'end') of 'discontinue'` }));
    }
  });
  return out;
};

/** A growth rule applies to a function or to a family, not both. */
const growthScope: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  ctx.scenario.demand.growth.forEach((g, i) => {
    if (g.function !== undefined && g.family !== undefined) {
      out.push(report(ctx, 'error', 'SCENARIO_GROWTH_SCOPE', ['demand', 'growth', i, 'family'], { en: `demand.growth[${i}]: give either 'function' or 'family', not both`, nl: `demand.growth[${i}]: geef 'function' of 'family', niet allebei` }));
    }
  });
  return out;
};

/**
 * Two attrition rules with the same scope (function, family or all, and the same age band), or two
 * growth rules for the same function or family, conflict. The documented precedence applies — the
 * first listed wins — and the later rule, which never applies, gets a warning naming the winner.
 */
const shadowedRules: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  // Earlier rules per scope (function, family or all) and kind (with or without an age band): among
  // rules of one scope and kind the first listed that matches wins, so a band is compared by the
  // ages it covers — `<35` and `0-34` are one band, and `30-39` after `<35` applies only to 35–39.
  const earlier = new Map<string, { index: number; band: AgeBand | undefined; rate: string }[]>();
  ctx.scenario.workforce.attrition.forEach((r, i) => {
    const scope = r.function !== undefined ? `function ${r.function}` : r.family !== undefined ? `family ${r.family}` : 'everyone';
    const scopeNl = r.function !== undefined ? `functie ${r.function}` : r.family !== undefined ? `familie ${r.family}` : 'iedereen';
    const band = r.ages !== undefined ? parseAgeBand(r.ages) : undefined;
    if (r.ages !== undefined && band === undefined) return; // an invalid band is reported on its own
    const key = `${scope}\u0000${band === undefined ? '' : 'band'}`;
    const before = earlier.get(key) ?? [];
    earlier.set(key, [...before, { index: i, band, rate: String(r.rate) }]);
    const label = {
      en: `workforce.attrition[${i}] (${scope}${r.ages !== undefined ? `, ages ${r.ages}` : ''})`,
      nl: `workforce.attrition[${i}] (${scopeNl}${r.ages !== undefined ? `, leeftijden ${r.ages}` : ''})`,
    };
    const neverApplies = (winner: number): Message => ({
      en: `${label.en} never applies: workforce.attrition[${winner}] has the same scope and comes first (the first listed wins)`,
      nl: `${label.nl} geldt nooit: workforce.attrition[${winner}] heeft hetzelfde bereik en staat eerder (de eerste in de lijst wint)`,
    });
    const rate = String(r.rate);
    if (band === undefined) {
      const first = before[0];
      if (first !== undefined && first.rate !== rate) out.push(shadowed(ctx, i, neverApplies(first.index)));
      return;
    }
    // Whole ages of this band (an open top up to 120) and the earlier rule that takes each.
    const free: number[] = [];
    let taker: { index: number; rate: string } | undefined;
    let takenByOther = false;
    for (let age = band.min; age <= Math.min(band.max, MAX_AGE); age++) {
      const first = before.find((b) => b.band !== undefined && age >= b.band.min && age <= b.band.max);
      if (first === undefined) free.push(age);
      else {
        taker ??= first;
        if (first.rate !== rate) takenByOther = true;
      }
    }
    if (taker === undefined || !takenByOther) return;
    if (free.length === 0) out.push(shadowed(ctx, i, neverApplies(taker.index)));
    else {
      const ages = ageRanges(free, band.max);
      out.push(
        shadowed(ctx, i, {
          en: `${label.en} applies only to ages ${ages}: the other ages fall under workforce.attrition[${taker.index}], which has the same scope and comes first (the first listed wins)`,
          nl: `${label.nl} geldt alleen voor leeftijden ${ages}: de andere leeftijden vallen onder workforce.attrition[${taker.index}], met hetzelfde bereik en eerder in de lijst (de eerste in de lijst wint)`,
        }),
      );
    }
  });
  const firstGrowth = new Map<string, number>();
  ctx.scenario.demand.growth.forEach((g, i) => {
    const scope = g.function !== undefined ? `function ${g.function}` : g.family !== undefined ? `family ${g.family}` : 'everyone';
    const scopeNl = g.function !== undefined ? `functie ${g.function}` : g.family !== undefined ? `familie ${g.family}` : 'iedereen';
    const first = firstGrowth.get(scope);
    if (first === undefined) firstGrowth.set(scope, i);
    else if (String(ctx.scenario.demand.growth[first]!.rate) !== String(g.rate)) {
      out.push(report(ctx, 'warning', 'SCENARIO_RULE_SHADOWED', ['demand', 'growth', i], {
        en: `demand.growth[${i}] (${scope}) never applies: demand.growth[${first}] has the same scope and comes first (the first listed wins)`,
        nl: `demand.growth[${i}] (${scopeNl}) geldt nooit: demand.growth[${first}] heeft hetzelfde bereik en staat eerder (de eerste in de lijst wint)`,
      }));
    }
  });
  return out;
};

/** The oldest age a band is checked to (an open top such as `55+` is taken up to here). */
const MAX_AGE = 120;

function shadowed(ctx: RuleContext, index: number, message: Message): Diagnostic {
  return report(ctx, 'warning', 'SCENARIO_RULE_SHADOWED', ['workforce', 'attrition', index], message);
}

/** Sorted whole ages as ranges: `35–39`, `60+` (open top), `20, 25–29`. */
function ageRanges(ages: readonly number[], top: number): string {
  const parts: string[] = [];
  for (let i = 0; i < ages.length; ) {
    let j = i;
    while (j + 1 < ages.length && ages[j + 1] === ages[j]! + 1) j++;
    const [from, to] = [ages[i]!, ages[j]!];
    parts.push(to === MAX_AGE && top === Infinity ? `${from}+` : from === to ? `${from}` : `${from}–${to}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Emerging functions: unique ids, task shares summing to 1, at least one demand point. */
const emergingShape: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  ctx.scenario.demand.emerging.forEach((e, i) => {
    const earlier = seen.get(e.id);
    if (earlier !== undefined) {
      out.push(report(ctx, 'error', 'SCENARIO_EMERGING_DUPLICATE', ['demand', 'emerging', i, 'id'], { en: `demand.emerging[${i}].id: '${e.id}' is already used by demand.emerging[${earlier}]`, nl: `demand.emerging[${i}].id: '${e.id}' wordt al gebruikt door demand.emerging[${earlier}]` }));
    } else seen.set(e.id, i);
    const sum = Object.values(e.tasks).reduce((s, v) => s + v, 0);
    if (!withinTolerance(sum, 1, SUM_TOLERANCE)) {
      out.push(report(ctx, 'error', 'SCENARIO_TASKS_SUM', ['demand', 'emerging', i, 'tasks'], { en: `demand.emerging[${i}].tasks: shares sum to ${round(sum)}, expected 1 (±${SUM_TOLERANCE})`, nl: `demand.emerging[${i}].tasks: de aandelen tellen op tot ${localNumber(round(sum), 'nl')}, verwacht 1 (±${localNumber(SUM_TOLERANCE, 'nl')})` }));
    }
    if (Object.keys(e.demand).length === 0) {
      out.push(report(ctx, 'error', 'SCENARIO_EMERGING_NO_DEMAND', ['demand', 'emerging', i, 'demand'], { en: `demand.emerging[${i}].demand: expected at least one point, e.g. { ${ctx.scenario.horizon.end}: 2 }`, nl: `demand.emerging[${i}].demand: verwacht ten minste één punt, bijvoorbeeld { ${ctx.scenario.horizon.end}: 2 }` }));
    }
  });
  return out;
};

/**
 * Per function and age, attrition plus transition shares must not exceed 1 (SPEC §3: `1 − w − Σp`
 * stays), and a transition to itself is ignored. With data this is the model's own checkFlows;
 * without data family rules cannot be matched, so only function and general rules count. A
 * `[low, likely, high]` rate or share counts at its mean.
 */
const flowsWithinOne: ScenarioRule = (ctx) => {
  const severity = (code: DiagnosticCode): Severity => (code === 'FLOW_SELF_TRANSITION' ? 'warning' : 'error');
  const problems =
    ctx.functions !== undefined ? checkFlows(ctx.scenario, [...ctx.functions]) : flowProblemsWithoutData(ctx.scenario);
  return problems.map((p) => report(ctx, severity(p.code), p.code, p.path, { en: `${dotted(p.path)}: ${p.message}`, nl: `${dotted(p.path)}: ${p.messageNl}` }, 'key'));
};

function flowProblemsWithoutData(scenario: Scenario): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const { attrition, transitions } = scenario.workforce;
  for (const [from, row] of Object.entries(transitions)) {
    if (Object.hasOwn(row, from)) {
      problems.push({
        path: ['workforce', 'transitions', from, from],
        code: 'FLOW_SELF_TRANSITION',
        message: `a transition of ${from} to itself is ignored: who does not leave or move stays (1 − w − Σp)`,
        messageNl: `een overgang van ${from} naar zichzelf wordt genegeerd: wie niet vertrekt of overstapt, blijft (1 − w − Σp)`,
      });
    }
    const moved = Object.entries(row).reduce((s, [to, p]) => (to === from ? s : s + expectedValue(p)), 0);
    const w = maxAttritionRate(attrition, from);
    if (w + moved > 1 + 1e-9) {
      problems.push({
        path: ['workforce', 'transitions', from],
        code: 'FLOW_NEGATIVE_STAY',
        message: `attrition up to ${round(w)} + transitions ${round(moved)} = ${round(w + moved)}: expected attrition + transitions ≤ 1`,
        messageNl: `uitstroom tot ${localNumber(round(w), 'nl')} + overgangen ${localNumber(round(moved), 'nl')} = ${localNumber(round(w + moved), 'nl')}: verwacht uitstroom + overgangen ≤ 1`,
      });
    }
  }
  return problems;
}

/** The largest annual attrition rate (0–1) at any age 15–75 of a function whose family is unknown. */
function maxAttritionRate(rules: Scenario['workforce']['attrition'], functionId: string): number {
  // A family no rule names, so only function and general rules can match.
  const profile: FunctionProfile = { id: functionId, name: functionId, family: '\u0000', level: null, pay: null, formationFte: null, tasks: {}, skills: {} };
  let max = 0;
  for (let age = 15; age <= 75; age++) max = Math.max(max, attritionRateFor(rules, profile, age).rate);
  return max;
}

/** An attrition age band that cannot match anyone (e.g. "54-35") is an error. */
const ageBands: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  ctx.scenario.workforce.attrition.forEach((rule, i) => {
    if (rule.ages !== undefined && parseAgeBand(rule.ages) === undefined) {
      out.push(report(ctx, 'error', 'SCENARIO_AGE_BAND', ['workforce', 'attrition', i, 'ages'], { en: `workforce.attrition[${i}].ages: '${rule.ages}' is not a valid band (from ≤ to, e.g. "35-54")`, nl: `workforce.attrition[${i}].ages: '${rule.ages}' is geen geldige leeftijdsgroep (van ≤ tot, bijvoorbeeld "35-54")` }));
    }
  });
  return out;
};

/** What the data and the emerging functions make known. */
interface Known {
  functions: Set<string>;
  families: Set<string>;
  tasks: Set<string>;
  skills: Set<string>;
}

function knownNames(ctx: RuleContext, functions: readonly FunctionProfile[]): Known {
  const known: Known = { functions: new Set(), families: new Set(), tasks: new Set(), skills: new Set() };
  for (const f of functions) {
    known.functions.add(f.id);
    if (f.family !== '') known.families.add(f.family);
    for (const t of Object.keys(f.tasks)) known.tasks.add(t);
    for (const s of Object.keys(f.skills)) known.skills.add(s);
  }
  for (const e of ctx.scenario.demand.emerging) {
    known.functions.add(e.id);
    if (e.family !== undefined) known.families.add(e.family);
    for (const t of Object.keys(e.tasks)) known.tasks.add(t);
    for (const s of Object.keys(e.skills)) known.skills.add(s);
  }
  return known;
}

/**
 * Every function, family, task category and skill the scenario names must exist in functions.csv or
 * in an emerging function; emerging ids must not clash with existing functions. Needs the data.
 */
const references: ScenarioRule = (ctx) => {
  if (ctx.functions === undefined) return [];
  const out: Diagnostic[] = [];
  const known = knownNames(ctx, ctx.functions);
  const sorted = (set: Set<string>): string[] => [...set].sort();
  // A misspelt function is suggested from the functions file: the scenario's own new (emerging) ids
  // only when nothing in the file is near, so "F0l2" is not answered with the new "N012" (#13 class 8);
  // several codes in the file as near (F012, F013, … for 'F01234') give no hint at all.
  const fileIds = new Set(ctx.functions.map((f) => f.id));
  const unknown = (kind: 'function' | 'family' | 'task category' | 'skill' | 'task category or skill', code: DiagnosticCode, set: Set<string>, name: string, path: ScenarioPath, part: 'value' | 'key' = 'value'): void => {
    if (set.has(name)) return;
    const inFile = kind === 'function' && anyNear(name, fileIds);
    const hint = inFile ? didYouMean(name, fileIds) : didYouMean(name, set);
    const names = sorted(set).join(', ');
    const listing = hint.en === '' && set.size > 0 && set.size <= 12 ? { en: ` Known: ${names}.`, nl: ` Bekend: ${names}.` } : { en: '', nl: '' };
    // A function or family a parent scenario names, checked against the functions file another file
    // of the chain (or --functions) gives: the file it is missing from, since the parent alone passes.
    const elsewhere = (kind === 'function' || kind === 'family') && ctx.functionsFile !== undefined && otherFile(ctx, path, ['data', 'functions'], part) !== null;
    const from = elsewhere ? { en: ` (not in ${ctx.functionsFile})`, nl: ` (niet in ${ctx.functionsFile})` } : { en: '', nl: '' };
    out.push(report(ctx, 'error', code, path, { en: `${dotted(path)}: unknown ${kind} '${name}'${from.en}.${hint.en}${listing.en}`, nl: `${dotted(path)}: ${UNKNOWN_NL[kind]} '${name}'${from.nl}.${hint.nl}${listing.nl}` }, part));
  };
  const fn = (name: string, path: ScenarioPath, part: 'value' | 'key' = 'value'): void => unknown('function', 'SCENARIO_UNKNOWN_FUNCTION', known.functions, name, path, part);
  const family = (name: string, path: ScenarioPath): void => unknown('family', 'SCENARIO_UNKNOWN_FAMILY', known.families, name, path);

  const { workforce, digitalisation, demand } = ctx.scenario;
  workforce.attrition.forEach((r, i) => {
    if (r.function !== undefined) fn(r.function, ['workforce', 'attrition', i, 'function']);
    if (r.family !== undefined) family(r.family, ['workforce', 'attrition', i, 'family']);
  });
  for (const [from, row] of Object.entries(workforce.transitions)) {
    fn(from, ['workforce', 'transitions', from], 'key');
    for (const to of Object.keys(row)) fn(to, ['workforce', 'transitions', from, to], 'key');
  }
  for (const category of Object.keys(digitalisation.automation)) {
    unknown('task category', 'SCENARIO_UNKNOWN_TASK', known.tasks, category, ['digitalisation', 'automation', category], 'key');
  }
  for (const [category, profile] of Object.entries(ctx.scenario.task_profile)) {
    // The built-in profiles are the key's default: one the data does not use is no error.
    const builtIn = own(DEFAULT_TASK_PROFILES, category);
    if (builtIn !== undefined && builtIn.predictability === profile.predictability && builtIn.complexity === profile.complexity) continue;
    unknown('task category', 'SCENARIO_UNKNOWN_TASK', known.tasks, category, ['task_profile', category], 'key');
  }
  digitalisation.skill_shift.forEach((s, i) => {
    unknown('skill', 'SCENARIO_UNKNOWN_SKILL', known.skills, s.skill, ['digitalisation', 'skill_shift', i, 'skill']);
    s.families?.forEach((name, j) => {
      if (name !== ALL_FAMILIES) family(name, ['digitalisation', 'skill_shift', i, 'families', j]);
    });
    s.functions?.forEach((name, j) => fn(name, ['digitalisation', 'skill_shift', i, 'functions', j]));
  });
  demand.growth.forEach((g, i) => {
    if (g.function !== undefined) fn(g.function, ['demand', 'growth', i, 'function']);
    if (g.family !== undefined) family(g.family, ['demand', 'growth', i, 'family']);
  });
  demand.overrides.forEach((o, i) => fn(o.function, ['demand', 'overrides', i, 'function']));
  for (const id of Object.keys(demand.targets)) fn(id, ['demand', 'targets', id], 'key');
  const closed = ctx.scenario.reskilling.closed_destinations;
  // The default family Management need not exist in every organisation: the default list is not checked.
  if (!(closed.families.length === 1 && closed.families[0] === 'Management')) {
    closed.families.forEach((name, j) => family(name, ['reskilling', 'closed_destinations', 'families', j]));
  }
  closed.functions.forEach((name, j) => fn(name, ['reskilling', 'closed_destinations', 'functions', j]));
  const plan = ctx.scenario.plan;
  if (plan !== undefined) {
    for (const key of ['hiring', 'redundancy', 'reduced_hours'] as const) {
      plan[key].forEach((r, i) => {
        if (r.function !== undefined) fn(r.function, ['plan', key, i, 'function']);
        if (r.family !== undefined && r.family !== ALL_FAMILIES) family(r.family, ['plan', key, i, 'family']);
      });
    }
    const seen = new Map<string, number>();
    plan.pathways.forEach((p, i) => {
      fn(p.from, ['plan', 'pathways', i, 'from']);
      fn(p.to, ['plan', 'pathways', i, 'to']);
      const key = `${p.from} → ${p.to}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        out.push(report(ctx, 'error', 'SCENARIO_PLAN_PATHWAY_DUPLICATE', ['plan', 'pathways', i], { en: `plan.pathways[${i}]: the pathway ${key} is already given in plan.pathways[${earlier}]; give each pair once`, nl: `plan.pathways[${i}]: de route ${key} staat al in plan.pathways[${earlier}]; geef elk paar één keer` }));
      } else seen.set(key, i);
      if (p.from === p.to) {
        out.push(report(ctx, 'error', 'SCENARIO_PLAN_PATHWAY_SELF', ['plan', 'pathways', i, 'to'], { en: `plan.pathways[${i}]: from and to are both '${p.from}'; a pathway leads to another function`, nl: `plan.pathways[${i}]: from en to zijn allebei '${p.from}'; een route leidt naar een andere functie` }));
      }
    });
  }
  // A label names a task category or a skill; a misspelt one would silently never show.
  const labelled = new Set([...known.tasks, ...known.skills]);
  for (const key of Object.keys(ctx.scenario.labels)) {
    unknown('task category or skill', 'SCENARIO_UNKNOWN_LABEL', labelled, key, ['labels', key], 'key');
  }
  const existing = new Set(ctx.functions.map((f) => f.id));
  demand.emerging.forEach((e, i) => {
    if (existing.has(e.id)) {
      out.push(report(ctx, 'error', 'SCENARIO_EMERGING_CLASH', ['demand', 'emerging', i, 'id'], { en: `demand.emerging[${i}].id: '${e.id}' is already a function in ${ctx.functionsFile ?? 'the functions file'}; choose a new id`, nl: `demand.emerging[${i}].id: '${e.id}' is al een functie in ${ctx.functionsFile ?? 'het functiebestand'}; kies een nieuwe id` }));
    }
  });
  return out;
};

/** FTE a scenario may name at one point (a demand point, a yearly limit): more than the whole sector employs. */
const MAX_FTE_VALUE = 1_000_000;
/** Euros a scenario may name per unit (per FTE, per person, per year): beyond any municipal budget line. */
const MAX_EUROS = 1_000_000_000;
/** The keys whose value is FTE (or persons) rather than euros, and the few with a tighter bound of their own. */
const FTE_KEYS = new Set(['max_per_year', 'max_total_fte', 'capacity_per_year', 'max_persons', 'min_flow_fte']);
// A Map, not an object: the keys looked up are user ids too (`__proto__`, `constructor`).
const OWN_LIMITS: ReadonlyMap<string, { max: number; unit: Message }> = new Map([
  ['hours_per_level', { max: 10_000, unit: { en: 'hours', nl: 'uur' } }],
  ['cost_per_hour', { max: 1_000_000, unit: { en: 'euros', nl: 'euro' } }],
  ['budget_per_year', { max: 1_000_000_000_000, unit: { en: 'euros', nl: 'euro' } }],
  ['max_level_step', { max: 30, unit: { en: 'levels', nl: 'schalen' } }],
  ['min_pay_ratio', { max: 100, unit: { en: '(a ratio)', nl: '(een verhouding)' } }],
  ['min_group', { max: MAX_FTE_VALUE, unit: { en: 'persons', nl: 'personen' } }],
]);

/**
 * The largest size (in absolute value) `spp validate` accepts for a number at `path` of a scenario,
 * with its unit; `spp schema` writes the same bounds into the JSON Schema. A map key chosen by the
 * user (a function id, a year) may be given as any text.
 */
export function magnitudeLimit(path: readonly (string | number)[]): { max: number; unit: Message } {
  const key = String(path[path.length - 1]);
  const own = OWN_LIMITS.get(key);
  if (own !== undefined) return own;
  const points = path[0] === 'demand' && (path[1] === 'targets' || (path[1] === 'emerging' && path[3] === 'demand'));
  return points || FTE_KEYS.has(key) ? { max: MAX_FTE_VALUE, unit: { en: 'FTE', nl: 'fte' } } : { max: MAX_EUROS, unit: { en: 'euros', nl: 'euro' } };
}

/**
 * No value so large that the model's sums overflow to Infinity or lose all precision (#13 class 2:
 * `hire_cost: 1e308` printed "€ ∞" and "€ NaN", and failed the plan's solver). The schema bounds
 * rates, shares, years and ages; this bounds the open-ended amounts: FTE at 1,000,000, euros at
 * 1,000,000,000 per unit (a budget per year at 10^12), hours per level at 10,000. Far beyond any
 * real organisation, and small enough that every product the model forms stays exact to the cent.
 */
const magnitudes: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  const limitFor = magnitudeLimit;
  const visit = (value: unknown, path: ScenarioPath): void => {
    if (typeof value === 'number') {
      const { max, unit } = limitFor(path);
      if (!(Math.abs(value) <= max)) {
        out.push(report(ctx, 'error', 'SCENARIO_OUT_OF_RANGE', path, {
          en: `${dotted(path)}: ${value} is more than spp can compute with; expected at most ${max.toLocaleString('en-US')} ${unit.en}`,
          nl: `${dotted(path)}: ${String(value)} is meer dan spp kan doorrekenen; verwacht ten hoogste ${localNumber(max, 'nl')} ${unit.nl}`,
        }));
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  // Uncertain triples are lists of shares or rates, bounded by the schema; visiting them is harmless.
  visit(ctx.scenario, []);
  return out;
};

/** The most a growth rule may multiply demand by over the horizon. */
const MAX_GROWTH_FACTOR = 1000;

/**
 * A growth rate within its bounds (≤ 1) compounds over the horizon: `rate: 1` from 2026 to 2086 is
 * 2^60 ≈ 10^18 × the start, which the tables printed digit by digit and HiGHS refused (spp plan and
 * report: "this is a bug"). Growth of at most ×1,000 over the horizon — 12% a year for 60 years, far
 * beyond any real formation — keeps every demand a plan computes with. The high value of a triple
 * counts: Monte Carlo draws it. Shrinking (a negative rate) never grows.
 */
const compoundGrowth: ScenarioRule = (ctx) => {
  const { start, end } = ctx.scenario.horizon;
  const years = end - start;
  if (years < 1) return [];
  const most = Math.floor((Math.pow(MAX_GROWTH_FACTOR, 1 / years) - 1) * 10_000) / 10_000;
  const out: Diagnostic[] = [];
  ctx.scenario.demand.growth.forEach((rule, i) => {
    const rate = isTriple(rule.rate) ? Math.max(...rule.rate) : rule.rate;
    const factor = Math.pow(1 + rate, years);
    if (factor <= MAX_GROWTH_FACTOR) return;
    const given = isTriple(rule.rate) ? { en: `the high value ${rate} of [${rule.rate.join(', ')}]`, nl: `de hoge waarde ${localNumber(rate, 'nl')} van [${rule.rate.map((v) => localNumber(v, 'nl')).join('; ')}]` } : { en: String(rate), nl: localNumber(rate, 'nl') };
    const times = factor.toExponential(1);
    out.push(report(ctx, 'error', 'SCENARIO_OUT_OF_RANGE', ['demand', 'growth', i, 'rate'], {
      en: `demand.growth[${i}].rate: ${given.en} a year from ${start} to ${end} multiplies demand by ${times}; more than spp can compute with; expected growth of at most ×${MAX_GROWTH_FACTOR.toLocaleString('en-US')} over the horizon: a rate of at most ${most} a year over these ${years} years`,
      nl: `demand.growth[${i}].rate: ${given.nl} per jaar van ${start} tot ${end} vermenigvuldigt de vraag met ${times.replace('.', ',')}; meer dan spp kan doorrekenen; verwacht een groei van ten hoogste ×${MAX_GROWTH_FACTOR.toLocaleString('nl-NL')} over de horizon: een groei van ten hoogste ${localNumber(most, 'nl')} per jaar over deze ${years} jaar`,
    }));
  });
  return out;
};

/** The least share of hires or movers that stays its first year that the plan computes with (besides 0). */
const MIN_RETENTION = 0.01;

/**
 * A hire or a move that keeps fewer than 1 in 100 people (`first_year_attrition` above 0.99, a
 * pathway's `retention` under 0.01, but not 0) would have the plan hire or move hundreds to keep
 * one: plans of thousands of millions of euros, and past 0.99999 a solver that cannot compute them
 * at all (#13 class 3: `first_year_attrition: 0.999999` stopped `spp plan` with "this is a bug").
 * Exactly 1 (0 for a retention) stays allowed: that hire or move adds nobody, and the plan says so.
 */
const retentionFloor: ScenarioRule = (ctx) => {
  const out: Diagnostic[] = [];
  const plan = ctx.scenario.plan;
  if (plan === undefined) return out;
  const most = 1 - MIN_RETENTION;
  plan.hiring.forEach((rule, i) => {
    const a = rule.first_year_attrition;
    if (a === undefined || !(a > most && a < 1)) return;
    out.push(report(ctx, 'error', 'SCENARIO_OUT_OF_RANGE', ['plan', 'hiring', i, 'first_year_attrition'], {
      en: `plan.hiring[${i}].first_year_attrition: ${a} keeps fewer than 1 in 100 hires, so the plan would hire hundreds to keep one; expected at most ${most}, or 1 when no hire stays (hiring then adds nobody)`,
      nl: `plan.hiring[${i}].first_year_attrition: ${localNumber(a, 'nl')} houdt minder dan 1 op de 100 nieuwe medewerkers, zodat het plan er honderden zou werven om er één te houden; verwacht ten hoogste ${localNumber(most, 'nl')}, of 1 als niemand blijft (werven voegt dan niemand toe)`,
    }));
  });
  plan.pathways.forEach((p, i) => {
    const r = p.retention;
    if (r === undefined || !(r > 0 && r < MIN_RETENTION)) return;
    out.push(report(ctx, 'error', 'SCENARIO_OUT_OF_RANGE', ['plan', 'pathways', i, 'retention'], {
      en: `plan.pathways[${i}].retention: ${r} keeps fewer than 1 in 100 movers, so the plan would move hundreds to keep one; expected at least ${MIN_RETENTION}, or 0 when no mover stays (the route then adds nobody)`,
      nl: `plan.pathways[${i}].retention: ${localNumber(r, 'nl')} houdt minder dan 1 op de 100 overstappers, zodat het plan er honderden zou laten overstappen om er één te houden; verwacht ten minste ${localNumber(MIN_RETENTION, 'nl')}, of 0 als niemand blijft (de route voegt dan niemand toe)`,
    }));
  });
  return out;
};

/**
 * Without a `first_year_attrition` of its own, a function's hires leave their first year at its
 * attrition at age 35 (SPEC §3.3): an attrition rule above 0.99 there gives the plan the same hires
 * that keep almost nobody (#13 class 3: `{ ages: ">=35", rate: 0.999999 }` stopped `spp plan` with
 * "this is a bug"). Reported at that rule, with the functions it covers and the fix. Every command
 * may solve the plan (with its defaults when the scenario has no `plan:` block), so it is an error
 * whatever the command.
 */
const derivedHireRetention: ScenarioRule = (ctx) => {
  if (ctx.functions === undefined) return [];
  // Emerging functions are planned too, in their family ('' without one, as src/model/emerging.ts makes them).
  const profiles: Pick<FunctionProfile, 'id' | 'family'>[] = [...ctx.functions, ...ctx.scenario.demand.emerging.map((e) => ({ id: e.id, family: e.family ?? '' }))];
  const byRule = new Map<number, { rate: number; ids: string[] }>();
  for (const fn of profiles) {
    const { retention, attritionRule } = hireRetentionOf(ctx.scenario, fn);
    if (attritionRule === null || attritionRule < 0 || !(retention > 0 && retention < MIN_RETENTION)) continue;
    const entry = byRule.get(attritionRule) ?? { rate: 1 - retention, ids: [] };
    entry.ids.push(fn.id);
    byRule.set(attritionRule, entry);
  }
  return [...byRule].map(([index, { rate, ids }]) => {
    const list = ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} …`;
    const most = 1 - MIN_RETENTION;
    return report(ctx, 'error', 'SCENARIO_OUT_OF_RANGE', ['workforce', 'attrition', index, 'rate'], {
      en: `workforce.attrition[${index}].rate: ${rate} at age 35 is also the first-year attrition of hires into ${list} (${ids.length} ${ids.length === 1 ? 'function' : 'functions'} without a plan.hiring first_year_attrition), which keeps fewer than 1 in 100 hires: the plan would hire hundreds to keep one; give them a plan.hiring first_year_attrition (at most ${most}, or 1 when no hire stays), or this rule a rate of at most ${most}`,
      nl: `workforce.attrition[${index}].rate: ${localNumber(rate, 'nl')} op 35 jaar is ook de uitval in het eerste jaar van nieuwe medewerkers in ${list} (${ids.length} ${ids.length === 1 ? 'functie' : 'functies'} zonder plan.hiring first_year_attrition), en die houdt minder dan 1 op de 100: het plan zou er honderden werven om er één te houden; geef ze een plan.hiring first_year_attrition (ten hoogste ${localNumber(most, 'nl')}, of 1 als niemand blijft), of deze regel een rate van ten hoogste ${localNumber(most, 'nl')}`,
    });
  });
};

/** "unknown function" … in Dutch. */
const UNKNOWN_NL = {
  function: 'onbekende functie',
  family: 'onbekende functiefamilie',
  'task category': 'onbekende taakcategorie',
  skill: 'onbekende vaardigheid',
  'task category or skill': 'onbekende taakcategorie of vaardigheid',
} as const;

/** The rules, in the order they run. */
const scenarioRules: readonly ScenarioRule[] = [
  horizonOrder,
  magnitudes,
  compoundGrowth,
  retentionFloor,
  derivedHireRetention,
  startBeforeEnd,
  yearsWithinHorizon,
  retirementAgeFromStart,
  targetOrder,
  overrideEffect,
  growthScope,
  shadowedRules,
  ageBands,
  emergingShape,
  flowsWithinOne,
  references,
];

/** Only the references to the data (functions, families, tasks, skills): for a scenario the schema refused in part. */
function checkScenarioReferences(ctx: RuleContext): Diagnostic[] {
  return references(ctx);
}

/**
 * `spp validate`: each task category of functions.csv that some function does and that has no profile
 * (spp's built-in ones are for English ids: `administratief` has none), at its header column. Without
 * profiles organise and the report's standard-and-custom-work section cannot place those functions.
 */
export function unprofiledTaskColumns(scenario: Scenario, functions: FunctionsRead): Diagnostic[] {
  // Rows left out for an error would make a category look unused: the errors come first.
  if (hasErrors(functions.diagnostics)) return [];
  const used = new Set(functions.value.flatMap((f) => Object.keys(f.tasks).filter((c) => (f.tasks[c] ?? 0) > 0)));
  return (functions.taskColumns ?? [])
    .filter((c) => used.has(c.name) && own(scenario.task_profile, c.name) === undefined && own(DEFAULT_TASK_PROFILES, c.name) === undefined)
    .map((c) => ({
      code: 'CSV_TASK_NO_PROFILE' as const,
      severity: 'warning' as const,
      file: c.file,
      line: c.line,
      column: c.column,
      message: `task category '${c.name}' has no profile for predictability and complexity: spp organise and the report cannot place the functions doing this work; set task_profile.${c.name} in the scenario, its predictability and complexity each from 0 to 1 (README, Task profiles)`,
      messageNl: `taakcategorie '${c.name}' heeft geen profiel voor voorspelbaarheid en complexiteit: spp organise en het rapport kunnen de functies met dit werk geen plaats geven; zet task_profile.${c.name} in het scenario, met predictability en complexity elk van 0 tot 1 (README, Task profiles)`,
    }));
}

/** Runs every rule; returns their diagnostics in rule order. */
export function checkScenarioRules(ctx: RuleContext): Diagnostic[] {
  return scenarioRules.flatMap((rule) => rule(ctx));
}

/**
 * The scenario's checks as far as its inputs allow (`spp validate` and every data command alike).
 * `partial`: the schema refused some values, so only the references are checked. References are checked
 * against the profiles when functions.csv was read without errors (a row left out for an error would
 * otherwise make every reference to it "unknown"); with errors in some rows, against `namedFunctions`.
 */
export function checkScenario(input: Omit<RuleContext, 'functions'> & { partial: boolean; functions?: FunctionsRead }): Diagnostic[] {
  const { partial, functions, ...base } = input;
  const clean = functions !== undefined && !hasErrors(functions.diagnostics) ? functions.value : undefined;
  const named = functions !== undefined ? namedFunctions(functions) : undefined;
  const ctx: RuleContext = { ...base, ...(clean !== undefined ? { functions: clean } : {}) };
  const out = partial ? [] : checkScenarioRules(ctx);
  if ((partial || clean === undefined) && named !== undefined) out.push(...checkScenarioReferences({ ...ctx, functions: named }));
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
