import { describe, expect, it, vi } from 'vitest';
import { withCliIo, type CliStream } from '../../src/cli/cli-io.js';
import { countLine, planProgressLine, planProgressText } from '../../src/cli/plan-progress.js';
import { run } from '../../src/cli/run.js';
import type { PlanProgress } from '../../src/model/plan/solve-plan-lp.js';

/** What the plan's progress line writes to a stderr like `stream`, for updates at the given milliseconds after the command started. */
async function drawn(stream: Omit<CliStream, 'write'>, updates: readonly [number, PlanProgress][], options: { quiet?: boolean; lang?: 'nl' | 'en' } = {}, env: Record<string, string> = {}): Promise<string> {
  let text = '';
  const realNow = Date.now;
  let now = 0;
  Date.now = () => now;
  try {
    await withCliIo({ stdout: { write: () => true }, stderr: { ...stream, write: (s: string) => (text += s) }, env }, async () => {
      const line = planProgressLine(options, 0);
      for (const [at, progress] of updates) {
        now = at;
        line?.onProgress(progress);
      }
      line?.end();
    });
  } finally {
    Date.now = realNow;
  }
  return text;
}

const cost = (best: number | null, bound: number, used: number): PlanProgress => ({ stage: 'cost', step: 2, steps: 2, search: { best, bound, used } });
const start: PlanProgress = { stage: 'shortage', step: 1, steps: 2, search: null };

describe('the plan progress line', () => {
  it('says the stage, then the branch and bound’s best plan, proven bound and budget used, in Dutch and English', () => {
    expect(planProgressText(start, 'nl')).toBe('spp: plan doorrekenen, stap 1 van 2 (minste onvervulde vraag)…');
    expect(planProgressText(cost(14703344.4, 14253908, 0.08), 'nl')).toBe('spp: plan doorrekenen, stap 2 van 2 (laagste kosten): beste plan € 14.703.344, ondergrens € 14.253.908, zoekbudget 8% gebruikt');
    expect(planProgressText(cost(null, 14253908, 0), 'en')).toBe('spp: solving the plan, stage 2 of 2 (least cost): no plan yet, proven bound €14,253,908, 0% of the search budget used');
    expect(planProgressText({ stage: 'shortage', step: 1, steps: 3, search: { best: 12.25, bound: 11.5, used: 0.5 } }, 'nl')).toBe(
      'spp: plan doorrekenen, stap 1 van 3 (minste onvervulde vraag): beste plan 12,3 FTE-jaar, ondergrens 11,5 FTE-jaar, zoekbudget 50% gebruikt',
    );
    expect(planProgressText({ stage: 'redundancy', step: 2, steps: 3, search: { best: 4, bound: 2, used: 1 } }, 'en')).toBe(
      'spp: solving the plan, stage 2 of 3 (least placement outside): best plan 4.0 FTE, proven bound 2.0 FTE, 100% of the search budget used',
    );
  });

  it('is drawn on a terminal only after the first second, at most ten times a second, and wiped at the end', async () => {
    const text = await drawn({ isTTY: true }, [
      [500, start],
      [1200, cost(15e6, 14e6, 0.1)],
      [1250, cost(14.9e6, 14e6, 0.2)],
      [1400, cost(14.8e6, 14.1e6, 0.3)],
    ]);
    const lines = text.split('\r').filter((s) => s !== '');
    expect(lines).toEqual([
      'spp: plan doorrekenen, stap 2 van 2 (laagste kosten): beste plan € 15.000.000, ondergrens € 14.000.000, zoekbudget 10% gebruikt\x1b[K',
      'spp: plan doorrekenen, stap 2 van 2 (laagste kosten): beste plan € 14.800.000, ondergrens € 14.100.000, zoekbudget 30% gebruikt\x1b[K',
      '\x1b[K',
    ]);
  });

  it('is cut to the terminal’s width, so redrawing it in place works', async () => {
    const text = await drawn({ isTTY: true, columns: 40 }, [[2000, cost(15e6, 14e6, 0.1)]], { lang: 'en' });
    const first = text.split('\r')[1]!.replace('\x1b[K', '');
    expect(first).toBe('spp: solving the plan, stage 2 of 2 (l…');
    expect(first.length).toBe(39);
  });

  it('is not shown when stderr is no terminal, nor with --quiet or TERM=dumb, and leaves nothing to wipe', async () => {
    const updates: [number, PlanProgress][] = [[5000, cost(15e6, 14e6, 0.1)]];
    expect(await drawn({ isTTY: false }, updates)).toBe('');
    expect(await drawn({ isTTY: true }, updates, { quiet: true })).toBe('');
    // TERM=dumb (Emacs' shell and compile buffers): it cannot move the cursor or erase a line, so `\x1b[K` showed as ^[[K on every redraw.
    expect(await drawn({ isTTY: true }, updates, {}, { TERM: 'dumb' })).toBe('');
    // A plan solved within the first second draws nothing, so nothing is wiped either.
    expect(await drawn({ isTTY: true }, [[900, start]])).toBe('');
  });
});

describe('spp report on a terminal', () => {
  it('shows the plan’s progress line, then the sensitivity chapter’s count of variants, and wipes both', { timeout: 120_000 }, async () => {
    let stderr = '';
    let stdout = '';
    // Every reading of the clock a second later, so each line is drawn (they wait a second before they show).
    let now = Date.UTC(2026, 0, 1);
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      const code = await run(['report', '-s', 'fixtures/plan/dearer/cost.yaml', '--sensitivity', '--format', 'md'], {
        stdout: { write: (s: string) => (stdout += s), isTTY: false },
        stderr: { write: (s: string) => (stderr += s), isTTY: true, columns: 200 },
        env: { NO_COLOR: '1' },
      });
      expect(code).toBe(0);
    } finally {
      clock.mockRestore();
    }
    expect(stdout).toContain('# ');
    const drawn = stderr.split('\r');
    expect(drawn.some((l) => l.startsWith('spp: plan doorrekenen, stap 1 van 2 (minste onvervulde vraag)'))).toBe(true);
    expect(drawn.some((l) => /^spp: gevoeligheid, variant \d+ van \d+\x1b\[K$/.test(l))).toBe(true);
    // Nothing of either is left on the line: the last thing written to it is the wipe.
    expect(stderr.slice(stderr.lastIndexOf('\r'))).toMatch(/^\r\x1b\[K/);
    expect(stdout).not.toContain('spp:');
  });
});

describe('spp compare on a terminal', () => {
  it('counts the scenarios’ plans as they are solved, and wipes the count', { timeout: 120_000 }, async () => {
    let stderr = '';
    let now = Date.UTC(2026, 0, 1);
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      const args = ['compare', 'fixtures/plan/dearer/cost.yaml', 'fixtures/plan/dearer/redundancy.yaml', 'fixtures/plan/dearer/limits.yaml', '--format', 'json', '--lang', 'en'];
      const code = await run(args, { stdout: { write: () => true, isTTY: false }, stderr: { write: (s: string) => (stderr += s), isTTY: true }, env: { NO_COLOR: '1' } });
      expect(code).toBe(0);
    } finally {
      clock.mockRestore();
    }
    const drawn = stderr.split('\r');
    expect(drawn).toContain('spp: compare, 1/3 plans solved\x1b[K');
    expect(drawn).toContain('spp: compare, 2/3 plans solved\x1b[K');
    // At the last plan the count is wiped, not drawn.
    expect(stderr).not.toContain('3/3');
    expect(drawn).toContain('\x1b[K');
  });
});

describe('a count line', () => {
  it('is not drawn in the first second, and wipes at the last only what it drew', async () => {
    let stderr = '';
    let now = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      await withCliIo({ stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s), isTTY: true }, env: {} }, async () => {
        const quick = countLine((d, t) => `${d}/${t}`);
        quick(1, 2);
        quick(2, 2);
        expect(stderr).toBe('');
        const slow = countLine((d, t) => `${d}/${t}`);
        now = 1500;
        slow(1, 2);
        slow(2, 2);
        expect(stderr).toBe('\r1/2\x1b[K\r\x1b[K');
      });
    } finally {
      clock.mockRestore();
    }
  });
});
