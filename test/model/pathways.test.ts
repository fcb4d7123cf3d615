import { describe, expect, it } from 'vitest';
import { similarityKey } from '../../src/domain/similarity-key.js';
import { evaluatePathways, pathwaysFrom, type PathwayFunction } from '../../src/model/pathways.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';

const rules = ScenarioSchema.parse({ id: 't', horizon: { start: 2026, end: 2030 } }).reskilling; // SPEC defaults

function fn(id: string, over: Partial<PathwayFunction> = {}): PathwayFunction {
  return { id, name: id, level: 8, pay: 50000, requirements: { digital: 2, communication: 2 }, vulnerable: false, ...over };
}

function find(all: ReturnType<typeof evaluatePathways>, from: string, to: string) {
  const p = all.find((x) => x.from === from && x.to === to);
  if (!p) throw new Error(`no pathway ${from}->${to}`);
  return p;
}

describe('evaluatePathways', () => {
  it('evaluates every ordered pair except i → i, sorted by from then to', () => {
    const all = evaluatePathways([fn('F3'), fn('F1'), fn('F2')], rules);
    expect(all.map((p) => `${p.from}>${p.to}`)).toEqual(['F1>F2', 'F1>F3', 'F2>F1', 'F2>F3', 'F3>F1', 'F3>F2']);
  });

  it('passes all tests for a close, same-level, same-pay, non-vulnerable destination', () => {
    const p = find(evaluatePathways([fn('A'), fn('B', { requirements: { digital: 3, communication: 2 } })], rules), 'A', 'B');
    expect(p.similarity).toBeCloseTo(1 - 1 / 5, 12);
    expect(p.hours).toBe(40); // 1 missing level × 40 h
    expect(p.level_step).toBe(0);
    expect(p.pay_ratio).toBe(1);
    expect([p.viable, p.desirable, p.safe]).toEqual([true, true, true]);
    expect(p.reasons).toEqual([]);
  });

  it('is not viable below min_similarity, with the numbers in the reason', () => {
    // to requires 12 levels, from lacks 7: similarity 5/12 = 0.42
    const all = evaluatePathways([fn('A', { requirements: { digital: 1, law: 4 } }), fn('B', { requirements: { digital: 6 - 1, data: 4, communication: 3 } })], rules);
    const p = find(all, 'A', 'B');
    expect(p.similarity).toBeCloseTo(1 - 11 / 12, 12);
    expect(p.viable).toBe(false);
    expect(p.desirable).toBe(false);
    expect(p.reasons).toContain('similarity 0.08 < 0.50 (reskilling.min_similarity)');
  });

  it('is viable at exactly min_similarity', () => {
    const p = find(evaluatePathways([fn('A', { requirements: { digital: 2 } }), fn('B', { requirements: { digital: 2, data: 2 } })], rules), 'A', 'B');
    expect(p.similarity).toBe(0.5);
    expect(p.viable).toBe(true);
  });

  it('is not viable when the level step exceeds max_level_step, in either direction', () => {
    const all = evaluatePathways([fn('A', { level: 8 }), fn('B', { level: 10 })], rules);
    expect(find(all, 'A', 'B').level_step).toBe(2);
    expect(find(all, 'A', 'B').viable).toBe(false);
    expect(find(all, 'A', 'B').reasons).toContain('level step +2 > 1 (reskilling.max_level_step)');
    expect(find(all, 'B', 'A').level_step).toBe(-2);
    expect(find(all, 'B', 'A').reasons).toContain('level step -2 > 1 (reskilling.max_level_step)');
  });

  it('passes the level test when a level is unknown, and says so', () => {
    const p = find(evaluatePathways([fn('A', { level: null }), fn('B', { level: 12 })], rules), 'A', 'B');
    expect(p.level_step).toBeNull();
    expect(p.viable).toBe(true);
    expect(p.reasons).toEqual(['level unknown for A; level step not checked']);
  });

  it('is viable but not desirable when pay drops below min_pay_ratio', () => {
    const p = find(evaluatePathways([fn('A', { pay: 50000 }), fn('B', { pay: 35000 })], rules), 'A', 'B');
    expect(p.pay_ratio).toBeCloseTo(0.7, 12);
    expect(p.viable).toBe(true);
    expect(p.desirable).toBe(false);
    expect(p.reasons).toEqual(['pay ratio 0.70 < 0.75 (reskilling.min_pay_ratio)']);
  });

  it('is desirable when a pay is unknown, and says so', () => {
    const p = find(evaluatePathways([fn('A', { pay: 50000 }), fn('B', { pay: null })], rules), 'A', 'B');
    expect(p.pay_ratio).toBeNull();
    expect(p.desirable).toBe(true);
    expect(p.reasons).toEqual(['pay unknown for B; pay ratio not checked']);
  });

  it('is not safe when the destination is vulnerable, whatever the other tests say', () => {
    const all = evaluatePathways([fn('A'), fn('B', { vulnerable: true })], rules);
    const p = find(all, 'A', 'B');
    expect([p.viable, p.desirable, p.safe]).toEqual([true, true, false]);
    expect(p.reasons).toEqual(['destination is vulnerable (reskilling.safe_only: false lets the plan use it)']);
    expect(find(all, 'B', 'A').safe).toBe(true);
  });

  it('gives no similarity and no viability for a destination without skill profile', () => {
    const p = find(evaluatePathways([fn('A'), fn('B', { requirements: {} })], rules), 'A', 'B');
    expect(p.similarity).toBeNull();
    expect(p.hours).toBe(0);
    expect(p.viable).toBe(false);
    expect(p.desirable).toBe(false);
    expect(p.reasons).toEqual(['no skill profile for B: add skill columns to functions.csv or a reskilling.similarity file']);
  });

  it('takes similarity from an override but hours from the skills', () => {
    const functions = [fn('A', { requirements: { digital: 1 } }), fn('B', { requirements: { digital: 4 } })];
    const overrides = new Map([[similarityKey('A', 'B'), 0.9]]);
    const p = find(evaluatePathways(functions, rules, overrides), 'A', 'B');
    expect(p.similarity).toBe(0.9);
    expect(p.hours).toBe(3 * 40);
    expect(p.viable).toBe(true);
    expect(find(evaluatePathways(functions, rules), 'A', 'B').similarity).toBeCloseTo(0.25, 12);
    // an override makes a destination without skill profile comparable
    const q = find(evaluatePathways([fn('A'), fn('C', { requirements: {} })], rules, new Map([[similarityKey('A', 'C'), 0.6]])), 'A', 'C');
    expect(q.similarity).toBe(0.6);
    expect(q.viable).toBe(true);
  });

  it('uses the scenario rules', () => {
    const strict = { ...rules, min_similarity: 0.9, max_level_step: 0, min_pay_ratio: 1, hours_per_level: 10 };
    const p = find(evaluatePathways([fn('A'), fn('B', { level: 9, pay: 49000, requirements: { digital: 3, communication: 2 } })], strict), 'A', 'B');
    expect(p.hours).toBe(10);
    expect(p.reasons).toEqual(['similarity 0.80 < 0.90 (reskilling.min_similarity)', 'level step +1 > 0 (reskilling.max_level_step)', 'pay ratio 0.98 < 1.00 (reskilling.min_pay_ratio)']);
  });
});

describe('pathwaysFrom', () => {
  it('lists one function\'s destinations by similarity, highest first, undefined last, ties by id', () => {
    const functions = [
      fn('A', { requirements: { digital: 2, law: 2 } }),
      fn('D', { requirements: { digital: 2, law: 2 } }), // 1
      fn('C', { requirements: { digital: 4 } }), // 0.5
      fn('B', { requirements: { law: 2 } }), // 1
      fn('E', { requirements: {} }), // null
    ];
    const list = pathwaysFrom(evaluatePathways(functions, rules), 'A');
    expect(list.map((p) => p.to)).toEqual(['B', 'D', 'C', 'E']);
    expect(list.every((p) => p.from === 'A')).toBe(true);
  });
});
