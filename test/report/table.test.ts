import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';

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
