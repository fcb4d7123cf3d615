import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * spp sensitivity and calibrate never cut a function code in their terminal tables (as project, plan,
 * reskill, compare, … do since 'long codes in terminal tables'): at 60 columns a 30-character code
 * in an assumption's words, in its key (`workforce.transitions.GEMEENTE-VOORBEELD-FIN-ADV-0001.F014`)
 * and in a transition (`F014 → GEMEENTE-VOORBEELD-FIN-ADV-0001`) is there whole, on one line or over
 * several; a name may still be cut with "…". Before, the code was cut like a name, and two
 * transitions from the same function to different ones read the same.
 */
const DIR = 'fixtures/cli/long-codes';
const LONG = 'GEMEENTE-VOORBEELD-FIN-ADV-0001';
const CODES = [LONG, 'F014', '0123'];

/** Runs spp in process with stdout a terminal of `columns` columns. */
async function sppAt(columns: number, args: readonly string[]): Promise<string> {
  const r = await runSpp(args, { columns });
  expect(r.exitCode, r.stderr).toBe(0);
  return r.stdout;
}

/** No code ends in "…" anywhere in the text: not `GEMEENTE-VOORBEELD…`, not `F01…`. */
function expectNoCutCode(text: string): void {
  for (const code of CODES) {
    for (let n = 1; n < code.length; n++) expect(text, `${code.slice(0, n)}…`).not.toContain(`${code.slice(0, n)}…`);
  }
}

const width = (line: string): number => [...line].length;

describe('spp sensitivity: long codes', () => {
  /** The lines of the assumption ranked `rank` in the first table: its words, its key and its figures. */
  const rowOf = (text: string, rank: number): string[] => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${String(rank).padStart(2)}  `));
    const end = lines.findIndex((l, i) => i > at && /^ ?\d+ {2}/.test(l));
    return lines.slice(at, end < 0 ? undefined : end);
  };

  it.each([60, 50])('keeps every code whole at %i columns, in the words and in the key', async (columns) => {
    const out = await sppAt(columns, ['sensitivity', '-s', `${DIR}/long.yaml`, '--no-plan', '-q']);
    expectNoCutCode(out);
    const table = out.slice(out.indexOf(' #'), out.indexOf('\n\n', out.indexOf(' #')));
    for (const line of table.split('\n')) expect(width(line), line).toBeLessThan(columns);
    // Each transition's words and key, read over its lines, name both functions whole.
    const ranks = [1, 2, 3, 4, 5, 6].map((rank) => rowOf(table, rank));
    // A key broken over lines is read back by joining them.
    const found = ranks.map((lines) => lines.map((l) => l.trim()).join(''));
    for (const key of [`workforce.transitions.${LONG}.F014`, `workforce.transitions.${LONG}.0123`, `workforce.transitions.F014.${LONG}`]) {
      expect(found.some((k) => k.includes(`(${key})`)), key).toBe(true);
    }
    const words = ranks.map((lines) => lines.map((l) => l.replace(/^ ?\d* {2,}/, '').trim()).join(' '));
    expect(words.some((w) => w.includes(`Doorstroom ${LONG} Senior adviseur`) && w.includes('→ F014'))).toBe(true);
    expect(words.some((w) => w.includes(`Doorstroom ${LONG} Senior adviseur`) && w.includes('→ 0123'))).toBe(true);
    expect(words.some((w) => w.includes(`Doorstroom F014 Beleidsmedewerker → ${LONG}`))).toBe(true);
  });

  it('still cuts a long name after its code', async () => {
    const out = await sppAt(60, ['sensitivity', '-s', `${DIR}/long.yaml`, '--no-plan', '-q']);
    expect(out).toContain(` 2  Verloop: ${LONG} Senior advise…`);
  });
});

describe('spp calibrate: long codes', () => {
  const args = ['calibrate', `${DIR}/headcount-2025.csv`, `${DIR}/headcount-2026.csv`, '--functions', 'fixtures/cli/compare-codes/functions.csv', '--from', '2025', '--to', '2026', '-q'];

  it.each([60, 40])('shows both codes of a transition whole at %i columns', async (columns) => {
    const out = await sppAt(columns, args);
    expectNoCutCode(out);
    const lines = out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Doorstroom'));
    const table = lines.slice(head + 2, lines.indexOf('', head));
    for (const line of table) expect(width(line), line).toBeLessThanOrEqual(columns);
    // The cell's lines, read down its column, give "F014 → CODE" and "CODE → F014".
    const cell = table.map((l) => l.split(/\s{2,}/)[0]!.trim()).join(' ').replace(/- /g, '-');
    expect(cell).toContain(`F014 → ${LONG}`);
    expect(cell).toContain(`${LONG} → F014`);
  });
});
