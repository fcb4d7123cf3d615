/**
 * Skill similarity between two functions (SPEC §3 "Reskilling"): how much of the destination's
 * required proficiency the origin already covers.
 *
 *   sim_ij = 1 − Σ_k max(0, R_jk − R_ik) / Σ_k R_jk
 *
 * A destination without any skill requirement has no defined similarity (0/0): we return `null`
 * rather than a silent 0 or 1, and the caller explains it.
 */

export interface SkillSimilarity {
  /** 0–1; null when the destination has no skill requirements at all. */
  similarity: number | null;
  /** Σ_k max(0, R_jk − R_ik): proficiency levels the origin lacks (levels). */
  missingLevels: number;
}

/** A destination's requirements prepared once for many comparisons (skills in sorted order). */
export interface RequiredSkills {
  skills: string[];
  levels: number[];
  /** Σ_k R_jk (levels). */
  total: number;
}

/** The positive requirements of a destination, in sorted skill order, with their sum (levels). */
export function prepareRequiredSkills(to: Record<string, number>): RequiredSkills {
  const skills: string[] = [];
  const levels: number[] = [];
  let total = 0;
  // Sorted keys: the float sums are then independent of object insertion order.
  for (const skill of Object.keys(to).sort()) {
    const need = to[skill] ?? 0;
    if (!(need > 0)) continue;
    skills.push(skill);
    levels.push(need);
    total += need;
  }
  return { skills, levels, total };
}

/** Similarity (0–1, null without requirements) and missing levels of `from` against prepared requirements. */
export function similarityTo(from: Record<string, number>, to: RequiredSkills): SkillSimilarity {
  let missing = 0;
  for (let k = 0; k < to.skills.length; k++) {
    const have = from[to.skills[k]!] ?? 0;
    missing += Math.max(0, to.levels[k]! - (have > 0 ? have : 0));
  }
  if (to.total === 0) return { similarity: null, missingLevels: 0 };
  return { similarity: 1 - missing / to.total, missingLevels: missing };
}

/** sim_ij = 1 − Σ_k max(0, R_jk − R_ik) / Σ_k R_jk (0–1, null without destination requirements); missing levels = Σ_k max(0, R_jk − R_ik). */
export function skillSimilarity(from: Record<string, number>, to: Record<string, number>): SkillSimilarity {
  return similarityTo(from, prepareRequiredSkills(to));
}
