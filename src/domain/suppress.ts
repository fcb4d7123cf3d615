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
 * statistical offices extended over several tables; it does not solve every combination of equations.
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
 * expansion demand (the change of the work) are not personal and stay.
 */
export const PERSONAL_YEAR_KEYS = [
  'supply_fte', 'supply_fte_band', 'supply_persons', 'gap_fte', 'gap_fte_band', 'retired_fte',
  'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte', 'replacement_fte',
] as const;

/** A year row as published: the personal keys of a suppressed group set to null (JSON). */
export function publishedRow<R extends object>(row: R, suppressed: Withheld | undefined): R | Record<string, unknown> {
  if (suppressed === undefined) return row;
  const personal = new Set<string>(PERSONAL_YEAR_KEYS);
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
 * Unpublished values (never shown, e.g. functions that are not in a table) take part as unknowns,
 * and a large one may be derived: that reveals nothing about a small group.
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
    if (exposed === null || !hideOneMore(exposed.line, exposed.value)) break;
  }
  return values.map((_, i) => (published[i] === true ? (hidden[i] ?? null) : null));
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
