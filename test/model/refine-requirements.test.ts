import { describe, expect, it } from 'vitest';
import { refineRequirements } from '../../src/model/refine-requirements.js';

describe('refineRequirements (per-person skills refine the origin profile)', () => {
  it('returns the profile unchanged when nothing was measured', () => {
    expect(refineRequirements({ digital: 2 }, undefined, 10)).toEqual({ digital: 2 });
  });

  it('takes the FTE-weighted mean, counting unmeasured people at the profile level', () => {
    // 10 FTE; 4 FTE measured digital at an average of 4 (sum 16); 6 FTE at the profile's 2:
    // (16 + 6 × 2) / 10 = 2.8
    const r = refineRequirements({ digital: 2, communication: 3 }, { digital: { fte: 4, sum: 16 } }, 10);
    expect(r['digital']).toBeCloseTo(2.8, 10);
    expect(r['communication']).toBe(3);
  });

  it('adds a skill the profile does not require when people have it, and drops one measured at 0', () => {
    const r = refineRequirements({ legal: 2 }, { data_analysis: { fte: 5, sum: 15 }, legal: { fte: 10, sum: 0 } }, 10);
    expect(r['data_analysis']).toBeCloseTo(1.5, 10);
    expect(r).not.toHaveProperty('legal');
  });
});
