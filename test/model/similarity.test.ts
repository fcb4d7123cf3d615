import { describe, expect, it } from 'vitest';
import { skillSimilarity } from '../../src/model/similarity.js';

describe('skillSimilarity', () => {
  it('is 1 − missing / required, over the destination requirements', () => {
    // required 4 + 3 + 2 = 9; missing max(0,4−2) + max(0,3−3) + max(0,2−0) = 4
    const r = skillSimilarity({ digital: 2, communication: 3, law: 5 }, { digital: 4, communication: 3, data: 2 });
    expect(r.missingLevels).toBe(4);
    expect(r.similarity).toBeCloseTo(1 - 4 / 9, 12);
  });

  it('ignores skills the origin has above the requirement and skills the destination does not need', () => {
    const r = skillSimilarity({ digital: 5, law: 4 }, { digital: 3 });
    expect(r).toEqual({ similarity: 1, missingLevels: 0 });
  });

  it('is 0 when the origin has none of the required skills', () => {
    expect(skillSimilarity({}, { data: 3, digital: 1 })).toEqual({ similarity: 0, missingLevels: 4 });
  });

  it('is undefined (null), not 0 or 1, when the destination requires no skill', () => {
    expect(skillSimilarity({ digital: 3 }, {})).toEqual({ similarity: null, missingLevels: 0 });
    expect(skillSimilarity({ digital: 3 }, { digital: 0 })).toEqual({ similarity: null, missingLevels: 0 });
  });

  it('is not symmetric', () => {
    const a = { digital: 4 };
    const b = { digital: 2, law: 2 };
    expect(skillSimilarity(a, b).similarity).toBeCloseTo(0.5, 12); // lacks law 2 of 4
    expect(skillSimilarity(b, a).similarity).toBeCloseTo(0.5, 12); // lacks digital 2 of 4
    expect(skillSimilarity({ digital: 4, law: 2 }, a).similarity).toBe(1);
    expect(skillSimilarity(a, { digital: 4, law: 2 }).similarity).toBeCloseTo(2 / 3, 12);
  });
});
