/**
 * The rank of a matrix (rows of numbers) by Gaussian elimination with partial pivoting: the privacy
 * tests' independent reader, who solves every published total at once and learns every value the
 * equations pin down (test/app/privacy-system.test.ts, test/report/suppress.test.ts).
 */
export function rank(rows: readonly (readonly number[])[]): number {
  const m = rows.map((r) => [...r]);
  let rk = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < m.length; c++) {
    let p = -1;
    for (let r = rk; r < m.length; r++) if (Math.abs(m[r]![c]!) > 1e-9 && (p === -1 || Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!))) p = r;
    if (p === -1) continue;
    [m[rk], m[p]] = [m[p]!, m[rk]!];
    for (let r = 0; r < m.length; r++) {
      if (r === rk) continue;
      const f = m[r]![c]! / m[rk]![c]!;
      for (let k = c; k < cols; k++) m[r]![k]! -= f * m[rk]![k]!;
    }
    rk++;
  }
  return rk;
}
