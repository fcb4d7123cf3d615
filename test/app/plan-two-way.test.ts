import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan, twoWayNotes } from '../../src/app/plan.js';
import type { PlanPathwayFlow } from '../../src/domain/plan.js';
import { planNote } from '../../src/report/plan-sentences.js';

const flow = (from: string, to: string, year: number, fte: number): PlanPathwayFlow => ({ from, to, year, fte, cost: 0, hours_per_person: 0, retention: 0.95, explicit: false });

/**
 * SPEC §3.3's balance takes a mover's first-year departure off both functions, so a plan can move
 * people both ways between two overstaffed functions in one year. The plan keeps that optimum and
 * says so, with the setting that rules it out.
 */
describe('a plan that moves people both ways between two functions in one year', () => {
  it('gets one note per pair and year, naming the smaller direction to close', () => {
    const notes = twoWayNotes([flow('A01', 'A02', 2028, 1.2379), flow('A02', 'A01', 2028, 0.8315), flow('A01', 'A02', 2029, 0.5), flow('A02', 'S01', 2029, 0.7), flow('S01', 'A02', 2030, 0.6)], new Set());
    expect(notes.map((n) => n.text)).toEqual([
      'in 2028 the plan moves people both ways between A01 and A02 (1.24 and 0.83 FTE): all it gains is the movers who leave in their first year (retention below 1), which lowers overstaffing but fills no demand; to rule it out, close one direction in plan.pathways: { from: A02, to: A01, max_per_year: 0 }',
    ]);
    expect(notes[0]).toMatchObject({ kind: 'two_way', year: 2028, a: 'A01', b: 'A02', a_to_b_fte: 1.24, b_to_a_fte: 0.83, close: { from: 'A02', to: 'A01' } });
  });

  it('closes the direction that carries less, whichever id sorts first', () => {
    const [note] = twoWayNotes([flow('B', 'A', 2027, 2), flow('A', 'B', 2027, 0.5)], new Set());
    expect(note!.text).toContain('between A and B (0.5 and 2 FTE)');
    expect(note!.text).toContain('{ from: A, to: B, max_per_year: 0 }');
  });

  it('writes the setting so that it pastes into a scenario: a code YAML reads as a number in quotes', () => {
    // `{ from: 123, to: 0123 }` pasted is two numbers, SCENARIO_WRONG_TYPE twice.
    const [digits] = twoWayNotes([flow('0123', '123', 2030, 0.9), flow('123', '0123', 2030, 0.5)], new Set());
    expect(digits!.text).toContain('between 0123 and 123 (0.9 and 0.5 FTE)');
    expect(digits!.text).toContain('plan.pathways: { from: "123", to: "0123", max_per_year: 0 }');
    const [spaced] = twoWayNotes([flow('FIN 14', 'HR.21.3', 2030, 0.9), flow('HR.21.3', 'FIN 14', 2030, 0.5)], new Set());
    expect(spaced!.text).toContain('plan.pathways: { from: HR.21.3, to: FIN 14, max_per_year: 0 }');
    const [comma] = twoWayNotes([flow('A, B', 'true', 2030, 0.9), flow('true', 'A, B', 2030, 0.5)], new Set());
    expect(comma!.text).toContain('plan.pathways: { from: "true", to: "A, B", max_per_year: 0 }');
    expect(planNote(digits!.text, [digits!], 'nl')).toContain('sluit dan één richting af in plan.pathways: { from: "123", to: "0123", max_per_year: 0 }.');
    expect(planNote(comma!.text, [comma!], 'en')).toContain('close one direction in plan.pathways: { from: "true", to: "A, B", max_per_year: 0 }.');
  });

  it('claims no gain where both directions keep every mover (retention 1)', () => {
    const kept = (from: string, to: string) => ({ ...flow(from, to, 2028, 1), retention: 1 });
    expect(twoWayNotes([kept('A01', 'A02'), kept('A02', 'A01')], new Set())).toEqual([]);
  });

  it('names no function withheld for privacy', () => {
    expect(twoWayNotes([flow('A01', 'A02', 2028, 1), flow('A02', 'A01', 2028, 1)], new Set(['A02']))).toEqual([]);
  });

  it('reads in Dutch in the plan, reskill and the report', () => {
    const facts = twoWayNotes([flow('A01', 'A02', 2028, 1.2379), flow('A02', 'A01', 2028, 0.8315)], new Set());
    expect(planNote(facts[0]!.text, facts, 'nl')).toBe(
      'In 2028 laat het plan mensen in beide richtingen overstappen tussen A01 en A02 (1,24 en 0,83 fte). Het enige dat dit oplevert, is dat een deel van de overstappers in het eerste jaar vertrekt (behoud onder 1): dat vermindert de overbezetting, maar vult geen vraag. Wilt u dat niet, sluit dan één richting af in plan.pathways: { from: A02, to: A01, max_per_year: 0 }.',
    );
  });
});

describe('on a small Dutch export (fixtures/plan/two-way: 50 people, excel-nl)', () => {
  it('the plan swaps people between A01 and A02 in 2028 and says so; the setting the note gives removes the swap and the note', { timeout: 300_000 }, async () => {
    const dir = 'fixtures/plan/two-way';
    const swap = (pathways: readonly PlanPathwayFlow[]) => pathways.filter((p) => pathways.some((q) => q.from === p.to && q.to === p.from && q.year === p.year));
    const open = await runPlan({ scenario: join(dir, 'scenario.yaml'), preset: 'excel-nl' });
    expect(swap(open.result.pathways).map((p) => `${p.from}→${p.to} ${p.year}`)).toEqual(['A01→A02 2028', 'A02→A01 2028']);
    const note = open.result.notes.find((n) => n.includes('both ways'));
    expect(note).toContain('{ from: A02, to: A01, max_per_year: 0 }');
    const tmp = mkdtempSync(join(tmpdir(), 'spp-two-way-'));
    try {
      const closed = join(tmp, 'closed.yaml');
      writeFileSync(closed, `extends: ${resolve(dir, 'scenario.yaml')}\nid: closed\nplan:\n  pathways:\n    - { from: A02, to: A01, max_per_year: 0 }\n`);
      const shut = await runPlan({ scenario: closed, preset: 'excel-nl' });
      expect(swap(shut.result.pathways)).toEqual([]);
      expect(shut.result.notes.filter((n) => n.includes('both ways'))).toEqual([]);
      // Ruling the swap out costs something: it was the optimum of SPEC §3.3's LP.
      expect(shut.result.costs.total).toBeGreaterThan(open.result.costs.total);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
