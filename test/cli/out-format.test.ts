import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(formatOfOut('out.txt')).toBe('table');
    expect(formatOfOut('out.docx')).toBeUndefined();
    expect(formatOfOut('-')).toBeUndefined();
    expect(pickFormatFor(undefined, 'gap.xlsx', formats)).toBe('xlsx');
    expect(pickFormatFor(undefined, 'gap.csv', formats)).toBe('csv');
    expect(pickFormatFor('table', 'out.txt', formats)).toBe('table');
  });

  it('refuses every extension that names another format', () => {
    for (const [format, out] of [['csv', 'x.xlsx'], ['xlsx', 'x.csv'], ['json', 'x.md'], ['md', 'x.json'], ['table', 'x.csv'], ['csv', 'x.pdf'], ['md', 'x.html']] as const) {
      expect(() => pickFormatFor(format, out, formats), `${format} → ${out}`).toThrow(UserError);
    }
    expect(() => pickFormatFor('md', 'x.pdf', formats)).toThrow('--out x.pdf: this command cannot write a .pdf file; expected an --out ending in .txt, .json, .csv, .md or .xlsx');
    expect(() => pickFormatFor('csv', 'x.xlsx', formats)).toThrow('use --format xlsx or an --out ending in .csv');
  });

  it('refuses to write a workbook to the terminal', async () => {
    const run = await runSpp(['project', '--lang', 'en', '--example', '--format', 'xlsx', '-q']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--format xlsx writes a binary file: give --out FILE.xlsx');
  });

  it('refuses an --out extension the command cannot write (report --out x.docx wrote Markdown, exit 0), naming what it can', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-out-ext-'));
    const cases = [
      [['report', '--example'], 'x.docx', '.md, .html or .pdf (the formats md, html, pdf)'],
      [['project', '--example'], 'x.pdf', '.txt, .json, .csv, .md or .xlsx'],
      [['sensitivity', '--example'], 'x.html', '.txt, .json, .csv, .md or .xlsx'],
    ] as const;
    for (const [command, name, expected] of cases) {
      const out = join(dir, name);
      const run = await runSpp([...command, '--out', out, '--lang', 'en']);
      expect(run.exitCode, run.stderr).toBe(2);
      expect(run.stderr).toContain(`this command cannot write a .${name.split('.')[1]} file; expected an --out ending in ${expected}`);
      expect(existsSync(out)).toBe(false);
    }
    const nl = await runSpp(['report', '--example', '--out', join(dir, 'x.docx')]);
    expect(nl.exitCode).toBe(2);
    expect(nl.stderr).toContain('deze opdracht kan geen .docx-bestand schrijven; verwacht een --out die eindigt op .md, .html of .pdf');
  });

  it('takes the format from an --out the command can write: .txt is the table', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'spp-out-txt-')), 'gap.txt');
    const run = await runSpp(['project', '--example', '--out', out, '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/^\s*\{/);
  });
});
