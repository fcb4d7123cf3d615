import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../src/domain/scenario-schema.js';
import type { Cell, FunctionProfile, Workforce } from '../../src/domain/workforce.js';

/** A scenario with the SPEC's defaults, from the keys a test cares about. */
export function scenario(input: Partial<ScenarioInput> = {}): Scenario {
  return ScenarioSchema.parse({ id: 'test', horizon: { start: 2026, end: 2030 }, ...input });
}

/** A function profile with one task category unless told otherwise. */
export function fn(id: string, overrides: Partial<FunctionProfile> = {}): FunctionProfile {
  return {
    id,
    name: `Function ${id}`,
    family: '',
    level: null,
    pay: null,
    formationFte: null,
    tasks: { admin: 1 },
    skills: {},
    ...overrides,
  };
}

/** A permanent cell of `persons` full-timers born 1 July 1980 unless told otherwise. */
export function cell(functionId: string, overrides: Partial<Cell> = {}): Cell {
  const persons = overrides.persons ?? 1;
  return {
    functionId,
    birthYear: 1980,
    birthMonth: 7,
    contract: 'permanent',
    endYear: null,
    group: '',
    persons,
    fte: persons,
    ...overrides,
  };
}

export function workforce(cells: Cell[]): Workforce {
  return { cells, measuredSkills: {}, rows: cells.length };
}
