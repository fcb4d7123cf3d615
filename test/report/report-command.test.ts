import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportFormatOf } from '../../src/cli/report-command.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { runSpp } from '../cli/run-spp.js';

// Every report below is of the example's baseline: each runs its whole way, but the plan's LP is solved
// once (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

describe('reportFormatOf', () => {
  it('takes the format asked for', () => {
    expect(reportFormatOf('html', undefined)).toBe('html');
    expect(reportFormatOf('md', 'report.txt')).toBe('md');
  });
  it('defaults to html for an .html/.htm file and to md otherwise (stdout too)', () => {
    expect(reportFormatOf(undefined, 'out/Report.HTML')).toBe('html');
    expect(reportFormatOf(undefined, 'report.htm')).toBe('html');
    expect(reportFormatOf(undefined, 'report.md')).toBe('md');
    expect(reportFormatOf(undefined, undefined)).toBe('md');
  });
  it('refuses an unknown format as a usage error (exit 2)', () => {
    expect(() => reportFormatOf('docx', undefined)).toThrow(UserError);
    try {
      reportFormatOf('docx', undefined);
    } catch (e) {
      expect((e as UserError).exitCode).toBe(2);
      expect((e as UserError).message).toContain('md, html, pdf');
    }
  });

  it('takes pdf from an --out ending in .pdf', () => {
    expect(reportFormatOf(undefined, 'rapport.PDF')).toBe('pdf');
    expect(reportFormatOf('pdf', 'rapport.pdf')).toBe('pdf');
  });

  it('refuses an --out whose extension names another format, for every extension', () => {
    const cases: [string, string][] = [
      ['md', 'x.pdf'], ['html', 'x.pdf'], ['md', 'x.html'], ['pdf', 'x.html'], ['html', 'x.md'], ['pdf', 'x.md'],
      ['md', 'x.xlsx'], ['html', 'x.csv'], ['pdf', 'x.json'],
    ];
    for (const [format, out] of cases) {
      let error: unknown;
      try {
        reportFormatOf(format, out);
      } catch (e) {
        error = e;
      }
      expect(error, `${format} → ${out}`).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      // A format report writes, but not the one asked for: the file name says which; one it cannot write (xlsx,
      // csv, json): the extensions it can.
      const writable = /\.(pdf|html|md)$/.test(out);
      expect((error as UserError).message).toContain(writable ? `--out ${out}: the file name says` : `--out ${out}: this command cannot write a .${out.split('.')[1]} file; expected an --out ending in .md, .html or .pdf`);
    }
    expect(() => reportFormatOf(undefined, 'x.xlsx')).toThrow(/cannot write a \.xlsx file/);
    expect(() => reportFormatOf(undefined, 'x.docx')).toThrow(/cannot write a \.docx file/);
    // A .txt is text: the report's Markdown.
    expect(reportFormatOf(undefined, 'memo.txt')).toBe('md');
  });
});

describe('spp report (in process)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spp-report-cmd-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the HTML page for --out x.html, in English with --lang en', async () => {
    const out = join(dir, 'report.html');
    const run = await runSpp(['report', '--example', '--lang', 'en', '--out', out, '--quiet']);
    expect(run).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const html = await readFile(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('Strategic workforce planning');
  });

  it('writes Markdown in Dutch by default for another file name', async () => {
    const out = join(dir, 'memo.txt');
    expect((await runSpp(['report', '--example', '--out', out, '--quiet'])).exitCode).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md.startsWith('# Strategische personeelsplanning')).toBe(true);
    expect(md).toContain('## 1. Doorlichten');
  });

  it('refuses a language it does not have', async () => {
    const run = await runSpp(['report', '--example', '--lang', 'de']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("spp: ongeldige waarde 'de' voor optie '--lang <lang>': kies uit nl, en\n");
  });
});

describe('spp report --actual (a backtest paragraph in the appendix)', () => {
  const args = ['report', '-s', 'scenarios/baseline.yaml', '--format', 'md', '-q'];
  const backtest = ['--previous', 'fixtures/example/headcount-2025.csv', '--actual', 'fixtures/example/headcount.csv'];

  it('adds the paragraph and the totals of spp backtest, in Dutch and in English; without --actual there is none', async () => {
    const [nl, en, bt, none] = await Promise.all([
      runSpp([...args, ...backtest]),
      runSpp([...args, ...backtest, '--lang', 'en']),
      runSpp(['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', 'fixtures/example/headcount-2025.csv', '--actual', 'fixtures/example/headcount.csv', '--format', 'json', '-q']),
      runSpp(args),
    ]);
    expect(nl.exitCode, nl.stderr).toBe(0);
    const result = JSON.parse(bt.stdout);
    const appendix = nl.stdout.slice(nl.stdout.indexOf('## Bijlage'));
    expect(appendix).toContain('### Hoe goed projecteerde dit model vorig jaar?');
    expect(appendix).toContain(result.summary.nl);
    const fte = (v: number, lang: string): string => v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(appendix).toContain(`| Fte | ${fte(result.totals.projected_fte, 'nl')} | ${fte(result.totals.actual_fte, 'nl')} |`);
    expect(en.stdout.slice(en.stdout.indexOf('## Appendix'))).toContain(result.summary.en);
    expect(none.stdout).not.toContain('Hoe goed projecteerde dit model');
    // The reproducibility stamp lists the backtest's snapshots too (it listed the report's own files only).
    const hashes = new Map<string, string>(result.stamp.inputs.map((i: { role: string; sha256: string }) => [i.role, i.sha256]));
    expect(appendix).toContain(`| eerder personeelsbestand (--previous) | headcount-2025.csv | ${hashes.get('headcount')} |`);
    expect(appendix).toContain(`| werkelijk personeelsbestand (--actual) | headcount.csv | ${hashes.get('headcount_actual')} |`);
    expect(en.stdout).toContain(`| earlier headcount (--previous) | headcount-2025.csv | ${hashes.get('headcount')} |`);
    // The totals' date in each language's words (the English table said "Total, 1-1-2026").
    expect(en.stdout).toContain(`| Total, 1 January ${result.to} |`);
    expect(appendix).toContain(`| Totaal, 1 januari ${result.to} |`);
    // One percent convention in both languages, as in the rest of the report: "10.3%", never "10.3 %".
    for (const text of [nl.stdout, en.stdout]) {
      expect(text).toMatch(/\d%/);
      expect(text).not.toMatch(/\d %/);
    }
  });

  it('refuses --previous without --actual as a usage error', async () => {
    const run = await runSpp([...args, '--lang', 'en', '--previous', 'fixtures/example/headcount-2025.csv']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--previous needs --actual');
  });
});
