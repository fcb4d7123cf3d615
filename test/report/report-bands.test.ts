import { describe, expect, it, vi } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';

// The plain report and the one with --runs have the same plan: its LP is solved once (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

describe('spp report --runs', () => {
  it('shows the P10–P90 band in the summary, the gap chart and its table, in Dutch and English', async () => {
    const inputs = await loadInputs({ scenario: 'scenarios/digitaal-versneld.yaml' });
    const plain = buildReportData(await buildReportSource(inputs));
    const data = buildReportData(await buildReportSource(inputs, { runs: 40, seed: 9 }));
    expect(plain.uncertainty).toBeNull();
    const u = data.uncertainty!;
    expect(u.runs).toBe(40);
    const end = u.gap.at(-1)!;
    expect(end.p10).toBeLessThanOrEqual(end.p90);

    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    expect(nl).toContain('bij 40 doorrekeningen met onzekere aannames');
    expect(nl).toContain('| Verschil P10 … P90 |');
    expect(nl).toContain('(seed 9)');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('across 40 runs with uncertain assumptions');
    expect(en).toContain('| Gap P10 … P90 |');
    // the appendix stamp carries the seed
    expect(en).toMatch(/Seed\W+9/);
    // the chart draws two ribbons (supply and demand), which the plain report does not have
    const html = renderReport(data, { format: 'html', lang: 'nl' });
    expect(html.match(/opacity="0\.18"/g)?.length).toBe(2);
    expect(renderReport(plain, { format: 'html', lang: 'nl' })).not.toContain('opacity="0.18"');
  });
});
