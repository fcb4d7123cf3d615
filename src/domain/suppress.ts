/**
 * Statistical disclosure control for person counts (SPEC §4 "Privacy"), used by the report and by
 * every command output (app/project.ts marks the functions, families and totals to withhold).
 *
 * Primary suppression: every value counting more than 0 but fewer than `minGroup` persons is
 * hidden. Zero is shown: it describes no person.
 * Complementary suppression (suppressLines): no hidden value may be derivable from the published
 * totals, line by line and across tables, and the hidden values of a line may not together count
 * fewer than `minGroup` persons; when they would, the smallest other shown value of that line
 * (preferring one with people in it) is hidden too, else its total. This is the classical rule of
 * statistical offices extended over several tables. It is then checked against the whole system of
 * equations (every line at once, as a reader with a spreadsheet would combine them): two totals over
 * the same hidden values (a family and the vulnerable total both equal to F01 + F02) give each other
 * away though no single line does, and that is caught there.
 */

/** A table of person counts: `cells[row][column]`, and which totals are published beside it. */
export interface CountTable {
  cells: number[][];
  /** A total per row is published. */
  rowTotals: boolean;
  /** A total per column is published (and, with rowTotals, the grand total). */
  columnTotals: boolean;
}

/**
 * Why a value is hidden: `small` — it counts fewer than minGroup persons (shown as "< 5");
 * `complement` — hidden only so that a small one cannot be derived (shown with its own mark, since
 * "< 5" would be untrue); null — shown.
 */
export type Hidden = 'small' | 'complement' | null;

/** A hidden value's reason (Hidden without "shown"). */
export type Withheld = Exclude<Hidden, null>;

/**
 * The year keys of a projection that describe the people of a group rather than its work: persons,
 * the FTE they fill, the gap (supply − demand, with demand published), and every outflow and move.
 * A retirement in a group of three says who retired; so does the drop in its supply. Demand and the
 * expansion demand (the change of the work) are not personal and stay: a withheld function's demand is
 * its formation times the scenario's factors (data in which it has none is refused:
 * app/formation-privacy.ts).
 */
export const PERSONAL_YEAR_KEYS = [
  'supply_fte', 'supply_fte_band', 'supply_persons', 'gap_fte', 'gap_fte_band', 'retired_fte',
  'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte', 'replacement_fte',
] as const;

/**
 * The year keys a `--by` group never shows: its work. A group's demand is its functions' demand split
 * by the FTE its people fill in each function at the start, so a reader who fits a group's demand over
 * the years against the functions' demand series (each with its own growth) gets those shares back —
 * and with them the part of a withheld function in the group, or a small part of a shown one (a second
 * red-team probe found 1,497 fte of a two-person function by least squares). The gap is supply minus
 * that demand. A group shows its people: supply, persons and flows.
 */
export const GROUP_WITHHELD_KEYS = ['demand_fte', 'demand_fte_band', 'gap_fte', 'gap_fte_band', 'expansion_fte'] as const;

/** A year row as published: the personal keys (`keys`) of a suppressed group set to null (JSON). */
export function publishedRow<R extends object>(row: R, suppressed: Withheld | undefined, keys: readonly string[] = PERSONAL_YEAR_KEYS): R | Record<string, unknown> {
  if (suppressed === undefined) return row;
  const personal = new Set<string>(keys);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, personal.has(k) ? null : v]));
}

/** Which values of a CountTable are hidden, and why. */
export interface Suppression {
  cells: Hidden[][];
  rowTotals: Hidden[];
  columnTotals: Hidden[];
  grandTotal: Hidden;
}

/** A line of a table or of several tables: values that add up to a total (indices into a flat list of values). */
export interface Line {
  members: number[];
  total: number;
}

/** Computes the primary and complementary suppression of a table of person counts (persons). */
export function suppressCounts(table: CountTable, minGroup: number): Suppression {
  const rows = table.cells.length;
  const columns = Math.max(0, ...table.cells.map((r) => r.length));
  // Flat layout: cells row-major, then row totals, then column totals, then the grand total.
  const values: number[] = [];
  for (const row of table.cells) for (let c = 0; c < columns; c++) values.push(row[c] ?? 0);
  const cell = (r: number, c: number): number => r * columns + c;
  const rowTotal = (r: number): number => rows * columns + r;
  const columnTotal = (c: number): number => rows * columns + rows + c;
  const grand = rows * columns + rows + columns;
  const rowSums = table.cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnSums = Array.from({ length: columns }, (_, c) => table.cells.reduce((a, row) => a + (row[c] ?? 0), 0));
  values.push(...rowSums, ...columnSums, rowSums.reduce((a, b) => a + b, 0));

  const published = new Array<boolean>(values.length).fill(true);
  for (let r = 0; r < rows; r++) published[rowTotal(r)] = table.rowTotals;
  for (let c = 0; c < columns; c++) published[columnTotal(c)] = table.columnTotals;
  published[grand] = table.rowTotals && table.columnTotals;

  const lines: Line[] = [];
  if (table.rowTotals) {
    for (let r = 0; r < rows; r++) lines.push({ members: range(columns).map((c) => cell(r, c)), total: rowTotal(r) });
  }
  if (table.columnTotals) {
    for (let c = 0; c < columns; c++) lines.push({ members: range(rows).map((r) => cell(r, c)), total: columnTotal(c) });
  }
  if (table.rowTotals && table.columnTotals) {
    lines.push({ members: range(rows).map(rowTotal), total: grand });
    lines.push({ members: range(columns).map(columnTotal), total: grand });
  }

  const hidden = suppressLines(values, published, lines, minGroup);
  const at = (i: number): Hidden => hidden[i] ?? null;
  return {
    cells: range(rows).map((r) => range(columns).map((c) => at(cell(r, c)))),
    rowTotals: range(rows).map((r) => (table.rowTotals ? at(rowTotal(r)) : null)),
    columnTotals: range(columns).map((c) => (table.columnTotals ? at(columnTotal(c)) : null)),
    grandTotal: table.rowTotals && table.columnTotals ? at(grand) : null,
  };
}

/**
 * The general form: `values` (person counts), which of them are published at all (and any hidden
 * already, `initial`), and the lines (members adding up to a total) a reader knows — across every
 * table of one output, so a figure in one table cannot be combined with another table to recover a
 * hidden one. A value is sensitive when it is small (more than 0, fewer than minGroup) or hidden.
 * Repeated until nothing changes:
 * 1. What a reader can derive: start from the published, shown values; a line with a known total
 *    and one unknown member gives that member; a line whose members are all known gives its total.
 * 2. When that derives a sensitive value, hide one more value of the line that gave it away: the
 *    smallest shown member (preferring one with people in it), or else its total.
 * 3. When a line's known total and known members leave unknown members that together count more
 *    than 0 but fewer than minGroup persons, that sum describes a small group: likewise hide one more.
 * 4. When the line-by-line reading finds nothing, the lines are solved together as a system of
 *    linear equations (exposureBySystem): no hidden value with people in it may be determined by
 *    the shown values, and no set of hidden members of one line whose sum is determined may count
 *    more than 0 but fewer than minGroup persons. If one is, the smallest shown value the
 *    derivation uses (preferring one with people in it) is hidden too, and the reading starts over.
 * Unpublished values (never shown, e.g. functions that are not in a table) take part as unknowns,
 * and a large one may be derived: that reveals nothing about a small group. A caller that wants a
 * set of values to count as one group (any functions of the organisation together) gives them a
 * line of their own, even when other lines already imply it.
 */
export function suppressLines(values: readonly number[], published: readonly boolean[], lines: readonly Line[], minGroup: number, initial: readonly Hidden[] = []): Hidden[] {
  const hidden: Hidden[] = values.map((v, i) => initial[i] ?? (published[i] === true && isSmall(v, minGroup) ? 'small' : null));
  const shown = (i: number): boolean => published[i] === true && hidden[i] === null;
  const sensitive = (i: number): boolean => hidden[i] !== null || isSmall(values[i]!, minGroup);
  /** Hides one more shown value of the line (a member, else its total); false when none is left. */
  const hideOneMore = (line: Line, except: number): boolean => {
    const member = smallestVisible(line.members.filter((m) => m !== except), (i) => !shown(i), values);
    const target = member ?? (line.total !== except && shown(line.total) ? line.total : undefined);
    if (target === undefined) return false;
    hidden[target] = 'complement';
    return true;
  };
  for (let guard = 0; guard <= values.length; guard++) {
    const known = values.map((_, i) => shown(i));
    let exposed: { line: Line; value: number } | null = null;
    let grew = true;
    while (grew && exposed === null) {
      grew = false;
      for (const line of lines) {
        const unknown = line.members.filter((m) => !known[m]);
        let derived: number | null = null;
        if (known[line.total] && unknown.length === 1) derived = unknown[0]!;
        else if (!known[line.total] && unknown.length === 0) derived = line.total;
        if (derived === null) continue;
        known[derived] = true;
        grew = true;
        if (sensitive(derived)) {
          exposed = { line, value: derived };
          break;
        }
      }
    }
    if (exposed === null) {
      for (const line of lines) {
        if (!known[line.total]) continue;
        const rest = line.members.filter((m) => !known[m]).reduce((a, m) => a + values[m]!, 0);
        if (isSmall(rest, minGroup)) {
          exposed = { line, value: -1 };
          break;
        }
      }
    }
    // A line whose members and total are all unpublished or hidden has nothing left to hide: the
    // derivation came through unpublished values (a --by group's part of a function) from shown
    // values on other lines, which the system below finds.
    if (exposed !== null && hideOneMore(exposed.line, exposed.value)) continue;
    const used = exposureBySystem(values, values.map((_, i) => shown(i)), lines, minGroup, (i) => hidden[i] !== null || isSmall(values[i]!, minGroup));
    const target = used === null ? undefined : smallestVisible(used, (i) => !shown(i), values);
    if (target === undefined) break;
    hidden[target] = 'complement';
  }
  return values.map((_, i) => (published[i] === true ? (hidden[i] ?? null) : null));
}

/** Below this a coefficient of the elimination is zero (the coefficients are small: sums of ±1). */
const EPSILON = 1e-9;
/** A line with more independent determined sums than this has only its single sums and their total checked (2^n subsets). */
const MAX_SUBSET_BASIS = 10;

/**
 * The whole system at once: the lines as equations (members − total = 0), the shown values known,
 * the rest unknown. Returns the shown values one derivation uses — of a sensitive value with people
 * in it, or of the sum of two or more unknown members of one line that counts more than 0 but fewer
 * than minGroup persons — or null when the shown values determine neither. Exact up to the linear
 * algebra: a reader who also uses that no count is negative may narrow a hidden value to a range,
 * which this does not model (nor do statistical offices' line rules).
 */
function exposureBySystem(
  values: readonly number[],
  known: readonly boolean[],
  lines: readonly Line[],
  minGroup: number,
  sensitive: (i: number) => boolean,
): number[] | null {
  const unknown = values.flatMap((_, i) => (known[i] === true ? [] : [i]));
  if (unknown.length === 0) return null;
  const matrix = (): Float64Array[] =>
    lines.map((line) => {
      const row = new Float64Array(values.length);
      for (const m of line.members) row[m]! += 1;
      row[line.total]! -= 1;
      return row;
    });
  const usedBy = (row: Float64Array): number[] => values.flatMap((_, i) => (known[i] === true && Math.abs(row[i]!) > EPSILON ? [i] : []));
  // One value: a reduced row whose only unknown is its pivot gives that value from the shown ones.
  const whole = reduce(matrix(), unknown);
  for (const { row, pivot } of whole) {
    if (values[pivot]! <= 0 || !sensitive(pivot)) continue;
    if (unknown.some((u) => u !== pivot && Math.abs(row[u]!) > EPSILON)) continue;
    const used = usedBy(row);
    if (used.length > 0) return used;
  }
  // A sum: reduced with every other unknown first, the rows left with pivots among a line's unknown
  // members span the sums of those members a reader can determine; a 0/1 sum of them is a group.
  for (const line of lines) {
    const members = line.members.filter((m) => known[m] !== true);
    if (members.length < 2) continue;
    const inLine = new Set(members);
    const rows = reduce(matrix(), [...unknown.filter((u) => !inLine.has(u)), ...members]).filter(({ pivot }) => inLine.has(pivot));
    const onMembers = rows.map(({ row }) => Float64Array.from(members, (m) => row[m]!));
    for (const subset of subsets(rows.length)) {
      const sum = new Float64Array(members.length);
      for (const k of subset) {
        const r = onMembers[k]!;
        for (let i = 0; i < sum.length; i++) sum[i]! += r[i]!;
      }
      if (sum.some((x) => Math.abs(x) > EPSILON && Math.abs(x - 1) > EPSILON)) continue;
      const group = members.filter((_, i) => Math.abs(sum[i]!) > EPSILON);
      if (group.length < 2 || !isSmall(group.reduce((a, m) => a + values[m]!, 0), minGroup)) continue;
      const combined = new Float64Array(values.length);
      for (const k of subset) {
        const r = rows[k]!.row;
        for (let i = 0; i < combined.length; i++) combined[i]! += r[i]!;
      }
      const used = usedBy(combined);
      if (used.length > 0) return used;
    }
  }
  return null;
}

/**
 * Gauss–Jordan elimination of `rows` (modified in place), pivoting only in `columns`, in that order;
 * returns the rows that got a pivot, each with its pivot column. Deterministic: the first row with
 * the largest coefficient in the column is the pivot.
 */
function reduce(rows: Float64Array[], columns: readonly number[]): { row: Float64Array; pivot: number }[] {
  const out: { row: Float64Array; pivot: number }[] = [];
  let rank = 0;
  for (const c of columns) {
    let best = -1;
    for (let r = rank; r < rows.length; r++) if (Math.abs(rows[r]![c]!) > EPSILON && (best === -1 || Math.abs(rows[r]![c]!) > Math.abs(rows[best]![c]!))) best = r;
    if (best === -1) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivotRow = rows[rank]!;
    const scale = pivotRow[c]!;
    for (let i = 0; i < pivotRow.length; i++) pivotRow[i]! /= scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const factor = rows[r]![c]!;
      if (Math.abs(factor) <= EPSILON) continue;
      const row = rows[r]!;
      for (let i = 0; i < row.length; i++) row[i]! -= factor * pivotRow[i]!;
      row[c] = 0;
    }
    out.push({ row: pivotRow, pivot: c });
    rank++;
  }
  return out;
}

/** The non-empty subsets of 0…n−1 (as index lists), in a fixed order; for a large n only the single ones and all together. */
function subsets(n: number): number[][] {
  if (n === 0) return [];
  const all = range(n);
  if (n > MAX_SUBSET_BASIS) return [...all.map((i) => [i]), all];
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) out.push(all.filter((i) => (mask & (1 << i)) !== 0));
  return out;
}

/** Suppression of one column of counts with its published total (the common case in the report). */
export function suppressColumn(counts: readonly number[], minGroup: number): { cells: Hidden[]; total: Hidden } {
  const s = suppressCounts({ cells: counts.map((v) => [v]), rowTotals: false, columnTotals: true }, minGroup);
  return { cells: s.cells.map((r) => r[0] ?? null), total: s.columnTotals[0] ?? null };
}

/** True when a count describes a group of people smaller than the threshold (persons). */
function isSmall(persons: number, minGroup: number): boolean {
  return persons > 0 && persons < minGroup;
}

/** The visible member with the fewest persons, preferring members with people in them; ties: first. */
function smallestVisible(members: readonly number[], isHidden: (i: number) => boolean, values: readonly number[]): number | undefined {
  let best: number | undefined;
  const rank = (i: number): [number, number] => [values[i]! > 0 ? 0 : 1, values[i]!];
  for (const m of members) {
    if (isHidden(m)) continue;
    if (best === undefined) {
      best = m;
      continue;
    }
    const [a0, a1] = rank(m);
    const [b0, b1] = rank(best);
    if (a0 < b0 || (a0 === b0 && a1 < b1)) best = m;
  }
  return best;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
