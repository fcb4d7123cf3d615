import { describe, expect, it } from 'vitest';
import { fitTable, renderTable } from '../../src/report/table.js';

/** #13 class 2: a number in a terminal table is never cut. */
describe('renderTable', () => {
  it('widens a number column to its longest cell instead of cutting it', () => {
    const out = renderTable(
      [{ header: 'Function', width: 8 }, { header: 'Gap', width: 4, align: 'right' }],
      [['F001', '-13,100.5'], ['F002', '2.0']],
      { color: false },
    );
    expect(out).toContain('-13,100.5');
    expect(out).not.toContain('…');
  });

  it('still cuts long text (names) to the column width', () => {
    const out = renderTable([{ header: 'Function', width: 8 }], [['A very long function name']], { color: false });
    expect(out).toContain('…');
  });
});

describe('fitTable', () => {
  // The plan's decisions per function: a merged privacy row read "7 functies samen afgeschermd (privac…"
  // when the figures left less room than its name.
  const rows = [
    ['F05 Consulent Werk en Inkomen', '7,2', '–', '–', '–', '–', '–'],
    ['7 functies samen afgeschermd (privacy)', '130,9', '–', '–', '–', '14,2', '–'],
  ];
  const columns = (wrap: boolean) => [
    { header: 'Functie', width: 28, flex: true, min: 12, ...(wrap ? { wrap: (text: string) => text.endsWith('(privacy)') } : {}) },
    ...['Werven', 'In', 'Uit', 'Buiten', 'Boven', 'Tekort'].map((header) => ({ header, width: header.length, align: 'right' as const })),
  ];

  it('cuts a name that does not fit with "…" by default', () => {
    expect(fitTable(columns(false), rows, { color: false, width: 77 })).toMatch(/^7 functies samen afgeschermd \(\S*…/m);
  });

  it('wraps a name that does not fit, and that `wrap` picks, onto the next line at its spaces, whole and within the width; cuts the others', () => {
    const text = fitTable(columns(true), rows, { color: false, width: 60 });
    expect(text).toMatch(/^F05 Consulent W\S*…/m);
    expect(text).not.toMatch(/privac…|afgeschermd…/);
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
    const at = lines.findIndex((l) => l.startsWith('7 functies'));
    // The figures on the name's first line; its end on the next line, in the same column.
    expect(lines[at]).toMatch(/^7 functies samen\s+130,9/);
    expect(lines.slice(at + 1, at + 3).map((l) => l.trim())).toEqual(['afgeschermd', '(privacy)']);
  });
});

/** A header is never cut: where its column is narrower it goes on over more lines. */
describe('headers', () => {
  const columns = [
    { header: 'Verloop (per jaar)', width: 27, flex: true, min: 14 },
    { header: 'Leeftijd', width: 8 },
    ...['Risicogroep', 'Vertrokken', 'Kans'].map((header) => ({ header, width: 5, align: 'right' as const })),
  ];
  const rows = [['familie Informatievoorziening', 'alle', '103', '12', '11,7%']];

  it('wraps a flex column\'s header between its words, a part in brackets kept whole, above the rule (calibrate at 60 columns)', () => {
    const text = fitTable(columns, rows, { color: false, width: 60 });
    expect(text).not.toMatch(/\(per ja\S*…|Verloop \(\S*…/);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Verloop\s+Leeftijd\s+Risicogroep\s+Vertrokken\s+Kans$/);
    expect(lines[1]).toBe('(per jaar)');
    expect(lines[2]).toMatch(/^─+$/);
    expect(lines[3]).toMatch(/^familie Inform\S*…\s+alle\s+103\s+12\s+11,7%$/);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
  });

  it('keeps a header on one line where it fits, and never makes a column narrower than its longest word', () => {
    expect(fitTable(columns, rows, { color: false, width: 80 }).split('\n')[0]).toMatch(/^Verloop \(per jaar\)/);
    const text = renderTable([{ header: 'Doorstroom (per jaar)', width: 6 }], [['F1']], { color: false });
    expect(text).not.toContain('…');
    expect(text.split('\n').slice(0, 4)).toEqual(['Doorst', 'room', '(per', 'jaar)']);
  });
});

/** A function code in a table is never cut: names may be shortened with "…", codes not. */
describe('codes in tables', () => {
  const LONG = 'GEMEENTE-VOORBEELD-FIN-ADV-001';
  const codes = new Set([LONG, 'FIN 14', '0123']);
  const rows = [
    [`${LONG} Senior adviseur planning en control`, '11,0', '12,0', '−1,0'],
    ['FIN 14 Medewerker Financiële administratie', '10,6', '5,0', '5,6'],
    ['0123 Adviseur', '12,8', '6,0', '6,8'],
  ];
  const columns = [
    { header: 'Functie', width: 28, flex: true, min: 12 },
    { header: 'Bezetting', width: 9, align: 'right' as const },
    { header: 'Vraag', width: 9, align: 'right' as const },
    { header: 'Verschil', width: 9, align: 'right' as const },
  ];

  it.each([60, 50, 40])('shows a 30-character code whole in a table %i columns wide', (width) => {
    expect(LONG).toHaveLength(30);
    const out = fitTable(columns, rows, { color: false, width, codes });
    const lines = out.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(width);
    // The code's pieces, read down its cell, give the whole code; the name after it may be shortened.
    const cell = lines.slice(2).map((l) => l.slice(0, l.indexOf('  ')).trim());
    expect(cell.join('').replace(/\s/g, '')).toContain(LONG);
    expect(out).toContain('FIN 14');
    for (const number of ['11,0', '12,0', '−1,0', '5,6']) expect(out).toContain(number);
  });

  it('cuts a name after its code and keeps the code on one line where it fits', () => {
    const out = renderTable([{ header: 'Functie', width: 32 }], rows, { color: false, codes });
    expect(out).toContain(`${LONG} …`);
    expect(out).toContain('FIN 14 Medewerker Financiële ad…');
  });

  it.each([60, 40])('keeps a code whole after another word too (a transition, a scope) at %i columns', (width) => {
    const cells = [[`F014 → ${LONG}`, '10'], [`${LONG} → 0123 Adviseur`, '10'], [`functie ${LONG}`, '9']];
    const out = fitTable([{ header: 'Doorstroom', width: 28, flex: true, min: 14 }, { header: 'Risicogroep', width: 11, align: 'right' as const }, { header: 'Kans', width: 30, align: 'right' as const }], cells.map((r) => [...r, 'x'.repeat(width - 34)]), { color: false, width, codes: new Set([LONG, 'F014', '0123']) });
    expect(out).not.toMatch(/[A-Z0-9-]…/);
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
    // The cell's lines, read down its column, give each code whole (spaces aside: a code may be broken anywhere).
    const cell = lines.slice(2).map((l) => l.split(/\s{2,}/)[0]!).join('').replace(/\s/g, '');
    for (const text of [`F014→${LONG}`, `${LONG}→0123`, `functie${LONG}`]) expect(cell).toContain(text);
  });

  it('without codes still cuts a long cell as before', () => {
    const out = renderTable([{ header: 'Functie', width: 16 }], rows, { color: false });
    expect(out).toContain('GEMEENTE-VOORBE…');
  });
});
