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

  it('renderTable trims a very wide padded line in linear time', () => {
    const started = performance.now();
    const out = renderTable([{ header: 'Name', width: 50_000 }, { header: 'FTE', width: 5, align: 'right' }], [['x', '1,0']], { color: false });
    expect(out).toMatch(/x {10,}1,0\n/);
    // The old /\s+$/ needed seconds for this line (quadratic in the run of spaces); linear trimming takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
