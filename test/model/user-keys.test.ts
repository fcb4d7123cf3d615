import { describe, expect, it } from 'vitest';
import { dict, dictFrom, own } from '../../src/domain/dict.js';
import { roundDeep } from '../../src/domain/round.js';
import { automatedShare, automationLevels } from '../../src/model/automation.js';
import { positionOf, taskProfilesOf } from '../../src/model/organise.js';
import { normalise, taskMixAfter } from '../../src/model/task-mix.js';
import { scenario } from './build-inputs.js';

/**
 * Task categories, skills and ids named `__proto__` or `constructor` are ordinary names in the
 * model (README, Safety and limits). Red-team case 6: a task column `task.__proto__` gave NaN in
 * explain, organise and the report — the model's own records were plain objects, so the lookup of
 * a category with no automation or profile found Object.prototype instead of nothing.
 */
describe('user names as record keys', () => {
  // As readFunctions gives them: a record without prototype.
  const tasks = dictFrom([
    ['__proto__', 0.5],
    ['constructor', 0.2],
    ['administrative', 0.3],
  ]);

  it('a category without automation is not automated (the lookup found Object.prototype: NaN)', () => {
    const levels = automationLevels(scenario({ digitalisation: { automation: { administrative: { target: 0.5, end: 2026 } } } }), 2026);
    expect(automatedShare(tasks, levels)).toBeCloseTo(0.15, 12);
    const mix = taskMixAfter(tasks, levels);
    expect(Object.keys(mix)).toEqual(['__proto__', 'constructor', 'administrative']);
    expect(mix['__proto__']).toBeCloseTo(0.5 / 0.85, 12);
    expect(Object.values(mix).every(Number.isFinite)).toBe(true);
    expect(Object.keys(normalise(tasks))).toEqual(['__proto__', 'constructor', 'administrative']);
  });

  it('a category without a profile is left out of the position, not NaN', () => {
    const profiles = taskProfilesOf(scenario());
    expect(profiles['__proto__']).toBeUndefined();
    expect(profiles['constructor']).toBeUndefined();
    const p = positionOf(tasks, profiles)!;
    expect(p.predictability).toBeCloseTo(0.9, 12);
    expect(p.complexity).toBeCloseTo(0.2, 12);
  });

  it('roundDeep keeps a __proto__ key (assigning it to a plain object set the prototype and lost it)', () => {
    const rounded = roundDeep({ task_mix: dictFrom([['__proto__', 0.123456789], ['x', 1]]), plain: JSON.parse('{"__proto__": 0.5}') as Record<string, number> });
    expect(JSON.stringify(rounded)).toBe('{"task_mix":{"__proto__":0.1235,"x":1},"plain":{"__proto__":0.5}}');
    expect(Object.getPrototypeOf(rounded.task_mix)).toBeNull();
  });

  it('dict, dictFrom and own', () => {
    const d = dict<number>();
    d['__proto__'] = 1;
    expect(Object.keys(d)).toEqual(['__proto__']);
    expect(d['constructor']).toBeUndefined();
    expect(own({ a: 1 }, 'constructor')).toBeUndefined();
    expect(own({ a: 1 }, 'a')).toBe(1);
  });
});
