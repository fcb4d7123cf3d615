import { describe, expect, it } from 'vitest';
import { hiredThenSurplusNotes, runPlan } from '../../src/app/plan.js';
import type { PlanYear } from '../../src/domain/plan.js';
import { planNote } from '../../src/report/plan-sentences.js';

const year = (y: number, hired: number, over = 0, outside = 0): PlanYear => ({
  year: y, fte: 10, demand_fte: 10, hired_fte: hired, moved_in_fte: 0, moved_out_fte: 0, redundant_fte: outside, reduced_hours_persons: 0,
  overstaffing_fte: over, shortage_fte: 0, newcomer_loss_fte: 0, natural_outflow_fte: 0, natural_moved_in_fte: 0, natural_moved_out_fte: 0,
});

/**
 * Found by an HR-adviser review: krimp-vacaturestop hires 1,2 FTE into its reception (F005) in 2027
 * and carries 2,6 FTE of overstaffing there from 2028, when it closes. The plan keeps SPEC §3.3's
 * optimum (demand first, then cost) and says where it hires into work that later has too many people.
 */
describe('a plan that hires into a function and later has a surplus there', () => {
  it('names the functions with a hire and a later overstaffing or placement outside of at least 0.5 FTE each', () => {
    const notes = hiredThenSurplusNotes(
      [
        { id: 'F2', years: [year(2026, 0), year(2027, 1.2), year(2028, 0, 2.6)] },
        { id: 'F1', years: [year(2026, 0), year(2027, 0.8), year(2028, 0, 0, 0.6)] },
        // Surplus before the hire, a hire of 0.4, a later surplus of 0.3: none of these.
        { id: 'F3', years: [year(2026, 0, 3), year(2027, 2), year(2028, 0)] },
        { id: 'F4', years: [year(2026, 0), year(2027, 0.4), year(2028, 0, 2)] },
        { id: 'F5', years: [year(2026, 0), year(2027, 2), year(2028, 0, 0.3)] },
      ],
      new Set(),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'hired_then_surplus', functions: ['F1', 'F2'], more: 0 });
    const { text } = notes[0]!;
    expect(text).toMatch(/^the plan hires into F1, F2 and later carries overstaffing or places people outside in the same function: /);
    // English words in the English note (it said "(a temporary contract, inhuur)").
    expect(text).toContain('(a temporary contract, agency or interim staff)');
    expect(planNote(text, notes, 'en')).not.toMatch(/inhuur/);
    expect(planNote(text, notes, 'nl')).toMatch(/^Het plan werft in F1, F2 en houdt daar later mensen boven de formatie in dienst of plaatst er mensen buiten: .* \(een tijdelijk contract, inhuur\); dat rekent het plan niet door\.$/);
  });

  // A big city's plan named 48 function ids in one sentence: the first 20, and how many more.
  it('names at most 20 functions and counts the rest', () => {
    const many = Array.from({ length: 48 }, (_, i) => ({ id: `F${String(i + 1).padStart(3, '0')}`, years: [year(2026, 0), year(2027, 1.2), year(2028, 0, 2.6)] }));
    const facts = hiredThenSurplusNotes(many, new Set());
    const text = facts[0]!.text;
    expect(text).toMatch(/^the plan hires into 48 functions \(F001, F002, .*, F020 and 28 others\) and later carries overstaffing/);
    expect(text).not.toContain('F021');
    expect(planNote(text, facts, 'nl')).toMatch(/^Het plan werft in 48 functies \(F001, F002, .*, F020 en 28 andere\) en houdt daar later mensen boven de formatie in dienst/);
    expect(planNote(text, facts, 'en')).toMatch(/^The plan hires into 48 functions \(F001, F002, .*, F020 and 28 others\) and later carries overstaffing/);
    // Twenty are still named one by one, as before.
    expect(hiredThenSurplusNotes(many.slice(0, 20), new Set())[0]!.text).toMatch(/^the plan hires into F001, .*, F020 and later/);
  });

  it('never names a function withheld for privacy, and says nothing when none is left', () => {
    expect(hiredThenSurplusNotes([{ id: 'F2', years: [year(2027, 1.2), year(2028, 0, 2.6)] }], new Set(['F2']))).toEqual([]);
  });

  it("is among krimp-vacaturestop's notes with its reception (F005)", async () => {
    const { result } = await runPlan({ scenario: 'scenarios/krimp-vacaturestop.yaml' });
    const note = result.notes.find((n) => n.startsWith('the plan hires into '));
    expect(note).toBeDefined();
    expect(note).toMatch(/\bF005\b/);
    const f005 = result.functions.find((f) => f.id === 'F005')!;
    expect(f005.years.some((y) => y.hired_fte >= 0.5)).toBe(true);
    expect(f005.years.some((y) => y.overstaffing_fte >= 0.5)).toBe(true);
  }, 120_000);
});
