import { afterEach, describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { runSpp } from './run-spp.js';

/**
 * A CI runner or a shell can hand spp any $COLUMNS. COLUMNS=1e9 ended in "dit is een fout in spp:
 * Invalid string length" (exit 70), and COLUMNS=20000 took minutes: every table line was padded to
 * the width and trimmed with a backtracking /\s+$/. Tables now stop at 1000 columns, and trimming is linear.
 */
const columns = process.env['COLUMNS'];
afterEach(() => {
  if (columns === undefined) delete process.env['COLUMNS'];
  else process.env['COLUMNS'] = columns;
});

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('a huge $COLUMNS', () => {
  it.each(['1e9', '1000000000', '100000'])('COLUMNS=%s: the table is drawn, at most 1000 columns wide', { timeout: 60_000 }, async (width) => {
    process.env['COLUMNS'] = width;
    const run = await runSpp(['project', '--example', '--format', 'table', '-q']);
    expect(run.stderr).not.toMatch(/this is a bug|dit is een fout in spp/);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('F001');
    expect(widest(run.stdout)).toBeLessThanOrEqual(1000);
    expect(widest(run.stdout)).toBeGreaterThan(200);
  });

  // How fast the trimming is belongs to a benchmark, not a test; what a user sees is tested: the wide
  // column is padded, and no line ends in the padding of its last column.
  it('renderTable pads a very wide column and leaves no trailing spaces', () => {
    const out = renderTable([{ header: 'FTE', width: 5, align: 'right' }, { header: 'Name', width: 50_000 }], [['1,0', 'x']], { color: false });
    expect(out).toMatch(/1,0 +x\n/);
    expect(out.split('\n').filter((line) => / $/.test(line))).toEqual([]);
  });
});
