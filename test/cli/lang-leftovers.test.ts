import { afterEach, describe, expect, it, vi } from 'vitest';
import { withCliIo } from '../../src/cli/cli-io.js';
import { monteCarloOf } from '../../src/cli/monte-carlo-options.js';
import { progressLine } from '../../src/cli/sensitivity-command.js';
import { runSpp } from './run-spp.js';

/** The last English words under --lang nl: progress lines, generate's argument check, compare's excel-nl CSV. */

/** Runs `body` with stderr a terminal; returns what it wrote there. */
async function onTerminal(body: () => void): Promise<string> {
  let stderr = '';
  await withCliIo({ stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s), isTTY: true }, env: {} }, async () => body());
  return stderr;
}

afterEach(() => vi.useRealTimers());

describe('progress lines on a terminal', () => {
  for (const [lang, mc, sensitivity] of [
    ['nl', 'spp: Monte Carlo [###############---------------] run 10 van 20', 'spp: gevoeligheid, variant 3 van 40'],
    ['en', 'spp: Monte Carlo [###############---------------] 10/20 runs', 'spp: sensitivity 3/40 variants'],
  ] as const) {
    it(`speak ${lang}`, async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
      const text = await onTerminal(() => {
        const bar = monteCarloOf({ runs: 20, lang })!.onProgress!;
        const line = progressLine(lang);
        // Drawn only for a run that takes over a second.
        vi.setSystemTime(new Date('2026-01-01T00:00:02Z'));
        bar(10, 20);
        line(3, 40);
      });
      expect(text).toBe(`\r${mc}\r${sensitivity}\x1b[K`);
    });
  }
});

describe('spp generate: a bad number', () => {
  it('is refused in Dutch by default and in English with --lang en, naming the option and the value', async () => {
    const nl = await runSpp(['generate', 'x', '--persons', '0']);
    expect(nl.exitCode).toBe(2);
    expect(nl.stderr).toContain("--persons '0': verwacht een geheel getal ≥ 1");
    const en = await runSpp(['generate', 'x', '--seed', '1.5', '--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toContain("--seed '1.5': expected a whole number from 0 to 4294967295");
  });
});

describe('spp calibrate and backtest: a bad year or count', () => {
  it('is refused in Dutch by default and in English with --lang en, naming the option and the value', async () => {
    const nl = await runSpp(['calibrate', 'a.csv', 'b.csv', '--from', '25']);
    expect(nl.exitCode).toBe(2);
    expect(nl.stderr).toContain("--from '25': verwacht een jaartal zoals 2025");
    const joiners = await runSpp(['calibrate', 'a.csv', 'b.csv', '--joiners', '-1']);
    expect(joiners.stderr).toContain("--joiners '-1': verwacht een geheel getal ≥ 0");
    const en = await runSpp(['backtest', '-s', 'scenarios/baseline.yaml', '--actual', 'x.csv', '--to', 'next', '--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toContain("--to 'next': expected a year like 2025");
  });
});

describe('spp compare --format csv --csv-dialect excel-nl', () => {
  const args = ['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--format', 'csv', '--csv-dialect', 'excel-nl', '-q'];

  it('has Dutch headers, levels, status and ja/nee under --lang nl', async () => {
    const run = await runSpp(args);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe(
      'Niveau;Code;Functienaam;Functiefamilie;Scenario;Jaar;Status;Kwetsbaar;Bezetting (fte);Vraag (fte);Verschil (fte);Vervangingsvraag (fte);Uitbreidingsvraag (fte);Tekort (fte);Δ Bezetting (fte);Δ Vraag (fte);Δ Verschil (fte)',
    );
    const fn = lines.find((l) => l.startsWith('functie;'))!;
    expect(fn.split(';')[6]).toMatch(/^(verdwijnend|veranderend|opkomend|groeiend|krimpend|stabiel)$/);
    expect(fn.split(';')[7]).toMatch(/^(ja|nee)$/);
    expect(lines.some((l) => l.startsWith('totaal;'))).toBe(true);
    expect(run.stdout).not.toMatch(/supply_fte|stable|function;/);
  });

  it('has English headers under --lang en, and rfc keeps the keys', async () => {
    const en = await runSpp([...args, '--lang', 'en']);
    expect(en.stdout.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^Level;Id;Name;Family;Scenario;Year;Status;Vulnerable;Supply \(FTE\);/);
    const rfc = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--format', 'csv', '-q']);
    expect(rfc.stdout.split('\n')[0]).toMatch(/^level,id,name,family,scenario,year,status,vulnerable,supply_fte,/);
  });
});
