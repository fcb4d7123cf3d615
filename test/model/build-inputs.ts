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

/**
 * A small municipality: 3 functions (F1, F2 in family A, F3 in B), ~250 persons in many cells,
 * temporary contracts in F3; the scenario is `scenarioInput` over a 2026–2033 horizon.
 */
export function smallMunicipality(scenarioInput: Partial<ScenarioInput>): { scenario: Scenario; functions: FunctionProfile[]; workforce: Workforce } {
  const cells = [];
  for (let b = 0; b < 40; b++) {
    cells.push(cell('F1', { birthYear: 1962 + b, birthMonth: 1 + (b % 12), persons: 3, fte: 2.6 }));
    cells.push(cell('F2', { birthYear: 1965 + (b % 30), birthMonth: 3, persons: 2, fte: 1.8 }));
    if (b % 3 === 0) cells.push(cell('F3', { birthYear: 1980 + (b % 20), contract: 'temporary', endYear: 2027 + (b % 3), persons: 2, fte: 1.5 }));
  }
  return {
    scenario: scenario({ horizon: { start: 2026, end: 2033 }, ...scenarioInput }),
    functions: [
      fn('F1', { family: 'A', tasks: { admin: 0.7, advice: 0.3 } }),
      fn('F2', { family: 'A', tasks: { admin: 0.2, advice: 0.8 } }),
      fn('F3', { family: 'B', tasks: { advice: 1 } }),
    ],
    workforce: workforce(cells),
  };
}
