import { ScenarioSchema } from '../src/domain/scenario-schema.js';
import type { Cell, FunctionProfile } from '../src/domain/workforce.js';
import type { ProjectionInput } from '../src/model/compile-projection.js';
import { seeded } from './seeded.js';

/**
 * A seeded municipality of PERSONS people in FUNCTIONS functions (8 families), folded into cells the
 * way the headcount reader folds them (function × birth month × contract × end year): birth years
 * 1959–2005, 15 % temporary contracts ending 2026–2029, part-time factors as in a municipal export.
 * The scenario has attrition by age and family, transitions from a third of the functions, three
 * automated task categories with `[low, likely, high]` targets, growth and a shrink override — so
 * Monte Carlo has both kinds of uncertainty to draw. Over ten years (2026–2035).
 */
export function buildMunicipality(seed: number, persons = 20_000, functionCount = 80): ProjectionInput {
  const rand = seeded(seed);
  const pick = (n: number): number => Math.floor(rand() * n);
  const id = (i: number): string => `F${String(i + 1).padStart(3, '0')}`;
  const families = ['Dienstverlening', 'Sociaal domein', 'Ruimte', 'Bedrijfsvoering', 'ICT', 'Financiën', 'Openbare ruimte', 'Bestuur'];
  const functions: FunctionProfile[] = [];
  for (let i = 0; i < functionCount; i++) {
    const admin = 0.1 + rand() * 0.5;
    const contact = (1 - admin) * rand() * 0.6;
    functions.push({
      id: id(i),
      name: `Functie ${i + 1}`,
      family: families[i % families.length]!,
      level: 5 + pick(8),
      pay: 38000 + pick(40000),
      formationFte: null,
      tasks: { administrative: admin, customer_contact: contact, advice: 1 - admin - contact },
      skills: {},
    });
  }
  const transitions: Record<string, Record<string, number>> = {};
  for (let i = 0; i < functionCount; i += 3) transitions[id(i)] = { [id((i + 1 + pick(functionCount - 1)) % functionCount)]: 0.02 + pick(4) / 100 };
  for (const from of Object.keys(transitions)) delete transitions[from]![from];
  const scenario = ScenarioSchema.parse({
    id: 'gemeente-20000',
    horizon: { start: 2026, end: 2035 },
    workforce: {
      attrition: [
        { ages: '<35', rate: 0.09 },
        { ages: '35-54', rate: 0.04 },
        { ages: '>=55', rate: 0.02 },
        { family: 'ICT', rate: 0.12 },
      ],
      temporary: { renewal_rate: 0.5 },
      transitions,
    },
    digitalisation: {
      automation: {
        administrative: { target: [0.3, 0.5, 0.7], end: 2032, curve: 's-curve' },
        customer_contact: { target: [0.1, 0.25, 0.45], end: 2030 },
        advice: { target: [0, 0.05, 0.15], end: 2035 },
      },
      reinvested: 0.25,
    },
    demand: {
      growth: [{ family: 'Sociaal domein', rate: 0.02 }],
      overrides: [{ function: id(5), change: -0.4, end: 2030 }],
    },
  });
  // Persons folded into cells by (function, birth year, month, contract, end year).
  const cells = new Map<string, Cell>();
  const parts = [1, 1, 1, 0.89, 0.89, 0.78, 0.67, 0.56, 0.5];
  for (let p = 0; p < persons; p++) {
    // Larger functions first: a few big ones (klantcontact, wijkteams), many small ones.
    const f = Math.min(functionCount - 1, Math.floor(functionCount * rand() * rand() * 1.6));
    const temporary = rand() < 0.15;
    const cell: Cell = {
      functionId: id(f),
      birthYear: 1959 + pick(47),
      birthMonth: 1 + pick(12),
      contract: temporary ? 'temporary' : 'permanent',
      endYear: temporary ? 2026 + pick(4) : null,
      group: '',
      persons: 1,
      fte: parts[pick(parts.length)]!,
    };
    const key = `${cell.functionId}|${cell.birthYear}|${cell.birthMonth}|${cell.contract}|${cell.endYear}`;
    const known = cells.get(key);
    if (known) {
      known.persons += 1;
      known.fte += cell.fte;
    } else cells.set(key, cell);
  }
  return { scenario, functions, workforce: { cells: [...cells.values()], measuredSkills: {}, rows: persons } };
}
