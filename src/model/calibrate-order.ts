import type { PersonTable } from '../domain/snapshot.js';
import type { Linkage } from './calibrate-link.js';
import { retirementAgeAt, retiresIn } from './retirement.js';

/**
 * What the people of two linked snapshots say about their order (persons): `joinersAtAow`, the
 * people only in NEW who reach the AOW age by 31 December of NEW's year — hardly anyone is hired at
 * 66 or 67, but read backwards they are the people who retired — and `retired`, the people only in
 * OLD who reached it during the years from … to−1 (as calibrate counts them).
 */
export function orderEvidence(
  old: PersonTable,
  next: PersonTable,
  linkage: Linkage,
  from: number,
  to: number,
  retirementAge: number | Record<string, number> | undefined,
): { joinersAtAow: number; retired: number } {
  let retired = 0;
  for (let i = 0; i < old.size; i++) {
    if (old.hasId[i] !== 1 || linkage.newOf[i]! >= 0) continue;
    const birth = old.birth[i]!;
    for (let year = from; year < to; year++) {
      if (retiresIn(birth >> 4, birth & 15, retirementAgeAt(retirementAge, year), year)) {
        retired++;
        break;
      }
    }
  }
  let joinersAtAow = 0;
  const aow = retirementAgeAt(retirementAge, to);
  for (let j = 0; j < next.size; j++) {
    if (next.hasId[j] !== 1 || linkage.oldOf[j]! >= 0) continue;
    const birth = next.birth[j]!;
    if (retiresIn(birth >> 4, birth & 15, aow, to)) joinersAtAow++;
  }
  return { joinersAtAow, retired };
}

/**
 * True when the snapshots look given the wrong way round: at least five (and `minGroup`) people only
 * in NEW reach the AOW age within NEW's year, and they are at least twice as many as OLD's retirees.
 * Read in the right order such joiners are rare and the retirees many; swapped, the two trade places.
 */
export function looksReversed(evidence: { joinersAtAow: number; retired: number }, minGroup: number): boolean {
  return evidence.joinersAtAow >= Math.max(5, minGroup) && evidence.joinersAtAow >= 2 * evidence.retired;
}
