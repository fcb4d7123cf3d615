import { z } from 'zod';
import { DEFAULT_TASK_PROFILES } from './organise.js';

/**
 * The scenario file format (SPEC §2.4) as one strict zod schema. Every object is strict, so an
 * unknown key is an error; defaults are the SPEC's. The JSON Schema printed by `spp schema` is
 * generated from this schema, so editors and `spp validate` agree on structure.
 *
 * Cross-file references (functions, families, task categories, skills) are checked by the rules in
 * scenario-rules.ts, not here: the schema only knows the file itself.
 */

const identifier = z
  .string()
  .regex(/^[a-z0-9_]+$/, 'expected an identifier of lower-case letters, digits and _');
const year = z.number().int().min(1900).max(2200);
const share = z.number().min(0).max(1);
/** A year written as a YAML map key arrives as a string. */
const yearKey = z.string().regex(/^\d{4}$/, 'expected a year (4 digits)');

/** A number, or `[low, likely, high]` (a triangular distribution; SPEC §2.4). */
function uncertain(value: z.ZodNumber) {
  return z.union([value, z.tuple([value, value, value]).describe('[low, likely, high]: a triangular distribution')]);
}

const automationTarget = uncertain(share);
const uncertainShare = uncertain(share);

const CurveSchema = z.enum(['linear', 's-curve', 'step']);

const AutomationSchema = z.strictObject({
  target: automationTarget.describe('share of the category automated at `end` (0-1), or [low, likely, high]'),
  start: year.optional().describe('year the automation begins; default: horizon start'),
  end: year.describe('year the target is reached'),
  curve: CurveSchema.default('linear'),
});

const AttritionRuleSchema = z.strictObject({
  ages: z
    .string()
    .regex(/^\s*(<=?|>=?)?\s*\d{1,3}\s*(-\s*\d{1,3}|\+)?\s*$/, 'expected an age band like "<35", "35-54", ">=55" or "55+"')
    .optional(),
  family: z.string().min(1).optional(),
  function: z.string().min(1).optional(),
  rate: uncertainShare.describe('voluntary outflow per year, 0-1, or [low, likely, high]'),
});

const SkillShiftSchema = z.strictObject({
  skill: identifier,
  delta: z.number().min(-5).max(5).describe('change of the required proficiency (levels)'),
  families: z.array(z.string().min(1)).min(1).optional().describe('families, or [all]'),
  functions: z.array(z.string().min(1)).min(1).optional(),
  start: year.optional(),
  end: year,
});

const GrowthRuleSchema = z.strictObject({
  family: z.string().min(1).optional(),
  function: z.string().min(1).optional(),
  rate: uncertain(z.number().min(-1).max(1)).describe('compound growth of demand per year, e.g. 0.02, or [low, likely, high]'),
});

const OverrideSchema = z.strictObject({
  function: z.string().min(1),
  change: z.number().min(-1).max(10).optional().describe('relative demand change reached by `end`, e.g. -0.5'),
  start: year.optional(),
  end: year.optional(),
  discontinue: year.optional().describe('demand is 0 from this year on'),
});

const EmergingFunctionSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  family: z.string().min(1).optional(),
  level: z.number().int().min(0).max(30).optional(),
  pay: z.number().positive().optional(),
  tasks: z.record(identifier, share).describe('task shares, summing to 1'),
  skills: z.record(identifier, z.number().min(0).max(5)).default({}),
  demand: z.record(yearKey, z.number().min(0)).describe('FTE by year; linear between points'),
});

export const TaskProfileSchema = z.strictObject({
  predictability: share.describe('how predictable the demand for this work is: 0 never the same, 1 fully planned'),
  complexity: share.describe('how complex the work is: 0 simple and rule-bound, 1 new, multidisciplinary questions'),
});

const ClosedDestinationsSchema = z.strictObject({
  families: z.array(z.string().min(1)).default([]),
  functions: z.array(z.string().min(1)).default([]),
});

/** Scope of a plan rule, matched like attrition rules: function > family > all. */
const planScope = {
  family: z.string().min(1).optional().describe('a family, or all'),
  function: z.string().min(1).optional(),
};

const HiringRuleSchema = z.strictObject({
  ...planScope,
  cost: z.number().min(0).optional().describe('euros per FTE hired; default reskilling.hire_cost'),
  max_per_year: z.number().min(0).optional().describe('FTE hired per function and year at most (0: a hiring freeze)'),
  first_year_attrition: share.optional().describe('share of hires that leave in their first year'),
});

const RedundancyRuleSchema = z.strictObject({
  ...planScope,
  cost: z.number().min(0).optional().describe('euros per FTE placed outside; default reskilling.surplus_cost_per_fte'),
  max_per_year: z.number().min(0).optional().describe('FTE placed outside per function and year at most'),
});

const ReducedHoursRuleSchema = z.strictObject({
  ...planScope,
  max_persons: z.number().min(0).optional().describe('persons on reduced hours per function and year at most'),
  fte_per_person: z.number().positive().max(1.5).optional().describe('FTE each person gives up; default 0.5'),
  cost_per_person: z.number().min(0).optional().describe('euros per person and year'),
});

const PlanPathwaySchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  cost_per_fte: z.number().min(0).optional().describe('euros per FTE moved; default hours × cost_per_hour'),
  max_per_year: z.number().min(0).optional(),
  max_share_of_destination: share.optional().describe("movers at most this share of the destination's FTE the next 1 January"),
  retention: share.optional().describe('share of movers who stay their first year'),
});

const PlanSchema = z.strictObject({
  objective: z.enum(['cost', 'redundancy']).default('cost'),
  hiring: z.array(HiringRuleSchema).default([]),
  redundancy: z.array(RedundancyRuleSchema).default([]),
  overstaffing: z
    .strictObject({
      cost_per_fte_year: z.union([z.literal('pay'), z.number().min(0)]).default('pay'),
      max_total_fte: z.number().min(0).optional().describe('overstaffing over all functions per year at most'),
    })
    .default({ cost_per_fte_year: 'pay' }),
  reduced_hours: z.array(ReducedHoursRuleSchema).default([]),
  shortage_cost_per_fte_year: z.number().min(0).nullable().default(null),
  pathways: z.array(PlanPathwaySchema).default([]),
  computed_pathways: z.boolean().default(true),
  min_flow_fte: z.number().min(0).default(0.5),
  discount_rate: z.number().min(0).max(1).default(0),
});

/** The display name of a task category or skill in each report language. */
const LabelSchema = z.strictObject({
  nl: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});

export const ScenarioSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id of letters, digits, -, _ and .'),
  title: z.string().optional(),
  description: z.string().optional(),
  extends: z.string().optional().describe('a scenario this one builds on (path relative to this file)'),
  data: z
    .strictObject({
      functions: z.string().optional(),
      headcount: z.string().optional(),
      columns: z.string().optional().describe('column map (YAML: canonical: "Header in export")'),
      preset: z.enum(['raet-hrcore', 'afas', 'excel-nl']).optional(),
    })
    .default({}),
  horizon: z.strictObject({ start: year, end: year }),
  workforce: z
    .strictObject({
      retirement_age: z
        .union([z.number().min(55).max(75), z.record(yearKey, z.number().min(55).max(75))])
        .optional()
        .describe('AOW age by year (years; .25 = 3 months), or one number; default: the law as known'),
      attrition: z.array(AttritionRuleSchema).default([]),
      temporary: z
        .strictObject({
          renewal_rate: uncertainShare.default(0.5),
          default_years: z.number().int().min(1).max(10).default(1),
        })
        .default({ renewal_rate: 0.5, default_years: 1 }),
      transitions: z.record(z.string(), z.record(z.string(), uncertainShare)).default({}),
      fulltime_hours: z.number().positive().max(60).default(36),
    })
    .default({ attrition: [], temporary: { renewal_rate: 0.5, default_years: 1 }, transitions: {}, fulltime_hours: 36 }),
  digitalisation: z
    .strictObject({
      automation: z.record(identifier, AutomationSchema).default({}),
      reinvested: uncertainShare.default(0),
      skill_shift: z.array(SkillShiftSchema).default([]),
    })
    .default({ automation: {}, reinvested: 0, skill_shift: [] }),
  demand: z
    .strictObject({
      growth: z.array(GrowthRuleSchema).default([]),
      overrides: z.array(OverrideSchema).default([]),
      emerging: z.array(EmergingFunctionSchema).default([]),
      targets: z
        .record(z.string().min(1), z.record(yearKey, z.number().min(0)))
        .default({})
        .describe('demand FTE per function and year (formatieplan); linear between points, the last value after, the model before the first'),
    })
    .default({ growth: [], overrides: [], emerging: [], targets: {} }),
  classification: z
    .strictObject({
      disappear_ratio: share.default(0.3),
      change_share: share.default(0.3),
      shift: share.default(0.25),
      volume: share.default(0.15),
    })
    .default({ disappear_ratio: 0.3, change_share: 0.3, shift: 0.25, volume: 0.15 }),
  reskilling: z
    .strictObject({
      hours_per_level: z.number().min(0).default(40),
      cost_per_hour: z.number().min(0).default(85),
      min_similarity: share.default(0.5),
      max_level_step: z.number().int().min(0).default(1),
      min_pay_ratio: z.number().min(0).default(0.75),
      similarity: z.string().optional().describe('CSV from,to,similarity (path relative to this file)'),
      budget_per_year: z.number().min(0).optional(),
      capacity_per_year: z.number().min(0).optional(),
      hire_cost: z.number().min(0).default(12000),
      surplus_cost_per_fte: z.number().min(0).default(40000),
      closed_destinations: ClosedDestinationsSchema.default({ families: ['Management'], functions: [] }).describe(
        'filled by selection, never by a computed pathway (default: the family Management)',
      ),
      safe_only: z.boolean().default(true).describe('false: the plan may use pathways into vulnerable functions'),
    })
    .default({
      closed_destinations: { families: ['Management'], functions: [] },
      safe_only: true,
      hours_per_level: 40,
      cost_per_hour: 85,
      min_similarity: 0.5,
      max_level_step: 1,
      min_pay_ratio: 0.75,
      hire_cost: 12000,
      surplus_cost_per_fte: 40000,
    }),
  plan: PlanSchema.optional().describe('the multi-year action plan (spp plan); every key optional'),
  privacy: z.strictObject({ min_group: z.number().int().min(1).default(5) }).default({ min_group: 5 }),
  task_profile: z
    .record(identifier, TaskProfileSchema)
    // The built-in profiles, so they show as the default in the JSON Schema and in the report's
    // assumptions; categories given in a scenario are added to them (model/organise.ts).
    .default(() => structuredClone(DEFAULT_TASK_PROFILES) as Record<string, z.output<typeof TaskProfileSchema>>)
    .describe('predictability and complexity of a task category, 0-1 (SPEC §3.7); sets or overrides the built-in profiles'),
  organisation: z.string().min(1).optional().describe('the organisation, shown on the report\'s title page'),
  labels: z
    .record(identifier, LabelSchema)
    .default({})
    .describe('display names of task categories and skills in outputs, per language'),
});

/** A scenario after `extends` is merged and defaults are applied. */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Automation = z.output<typeof AutomationSchema>;
export type AttritionRule = z.output<typeof AttritionRuleSchema>;
export type SkillShift = z.output<typeof SkillShiftSchema>;
export type GrowthRule = z.output<typeof GrowthRuleSchema>;
export type Override = z.output<typeof OverrideSchema>;
export type EmergingFunction = z.output<typeof EmergingFunctionSchema>;
export type Curve = z.output<typeof CurveSchema>;
export type HiringRule = z.output<typeof HiringRuleSchema>;
export type RedundancyRule = z.output<typeof RedundancyRuleSchema>;
export type ReducedHoursRule = z.output<typeof ReducedHoursRuleSchema>;
export type Label = z.output<typeof LabelSchema>;
