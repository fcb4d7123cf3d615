import { describe, expect, it } from 'vitest';
import { formatOfOut, pickFormatFor } from '../../src/cli/shared.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { runSpp } from './run-spp.js';

/** --out's extension picks the format, and a mismatch with --format is refused with a clear message (exit 2). */
describe('--out and --format', () => {
  const formats = ['table', 'json', 'csv', 'md', 'xlsx'] as const;

  it('reads the format from the extension', () => {
    expect(formatOfOut('a/b/gap.XLSX')).toBe('xlsx');
    expect(formatOfOut('memo.markdown')).toBe('md');
    expect(formatOfOut('out.txt')).toBeUndefined();
    expect(formatOfOut('-')).toBeUndefined();
    expect(pickFormatFor(undefined, 'gap.xlsx', formats)).toBe('xlsx');
    expect(pickFormatFor(undefined, 'gap.csv', formats)).toBe('csv');
    expect(pickFormatFor('table', 'out.txt', formats)).toBe('table');
  });

  it('refuses every extension that names another format', () => {
    for (const [format, out] of [['csv', 'x.xlsx'], ['xlsx', 'x.csv'], ['json', 'x.md'], ['md', 'x.json'], ['table', 'x.csv'], ['csv', 'x.pdf'], ['md', 'x.html']] as const) {
      expect(() => pickFormatFor(format, out, formats), `${format} → ${out}`).toThrow(UserError);
    }
    expect(() => pickFormatFor('md', 'x.pdf', formats)).toThrow('--out x.pdf: the file name says pdf, but the format is md; use an --out ending in .md');
    expect(() => pickFormatFor('csv', 'x.xlsx', formats)).toThrow('use --format xlsx or an --out ending in .csv');
  });

  it('refuses to write a workbook to the terminal', async () => {
    const run = await runSpp(['project', '--lang', 'en', '--example', '--format', 'xlsx', '-q']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--format xlsx writes a binary file: give --out FILE.xlsx');
  });
});
