import { describe, expect, it, vi } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { runPlan } from '../../src/app/plan.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { isKnownNote, translateNote } from '../../src/report/notes.js';

// runPlan and the report below solve the same few scenarios' plans again and again: each call builds its
// own result, but an LP solved before is not solved again (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * When the plan costs more than an alternative of the business case ("plan kost € … meer"), a note
 * says why — a directieteam asks at once. fixtures/plan/dearer: three functions, 15 made-up people,
 * administrative work halving by 2030.
 */
const dir = 'fixtures/plan/dearer';
const label = (id: string) => id;

async function dearer(file: string) {
  const { result } = await runPlan({ scenario: `${dir}/${file}` });
  const notes = result.notes.filter((n) => n.startsWith('the plan costs €'));
  return { result, notes };
}

describe('why the plan costs more than no plan', () => {
  it('objective redundancy: it places fewer people outside before it looks at cost, with both numbers', { timeout: 60_000 }, async () => {
    const { result, notes } = await dearer('redundancy.yaml');
    const none = result.alternatives.no_plan;
    expect(none.saving).toBeLessThan(0);
    const placed = result.functions.reduce((s, f) => s + f.years.reduce((t, y) => t + y.redundant_fte, 0), 0);
    expect(placed).toBeLessThan(none.redundant_fte);
    expect(notes).toEqual([
      `the plan costs €${(-none.saving).toLocaleString('en-GB')} more than no plan: it places as few people outside as possible before it looks at cost (objective redundancy), ${placed} FTE against ${Math.round(none.redundant_fte * 10) / 10} FTE without a plan`,
    ]);
    expect(translateNote(notes[0]!, 'nl', label)).toBe(
      `Het plan kost € ${(-none.saving).toLocaleString('nl-NL')} meer dan geen plan: het plaatst eerst zo weinig mogelijk mensen buiten de organisatie en kijkt pas daarna naar de kosten (het doel van dit plan): 0 fte tegen 3,5 fte zonder plan.`,
    );
  });

  it('objective cost: no plan places people outside and hires into the same function later, which the plan does not', { timeout: 60_000 }, async () => {
    const { result, notes } = await dearer('cost.yaml');
    expect(result.alternatives.no_plan.saving).toBeLessThan(0);
    expect(result.binding).toEqual([]);
    expect(notes).toEqual([
      `the plan costs €${(-result.alternatives.no_plan.saving).toLocaleString('en-GB')} more than no plan, which ignores every limit and rule: no plan places people outside and later hires into the same function again (1 function), where the plan carries the surplus`,
    ]);
    expect(translateNote(notes[0]!, 'en', label)).toBe(`${notes[0]!.replace(/^t/, 'T')}.`);
    expect(translateNote(notes[0]!, 'nl', label)).toMatch(/^Het plan kost € [\d.]+ meer dan geen plan, dat elke grens en regel negeert: geen plan plaatst mensen buiten de organisatie en werft later weer voor dezelfde functie \(1 functie\), waar het plan het overschot in dienst houdt\.$/);
  });

  it('a binding limit is named first, each reason said in Dutch', { timeout: 60_000 }, async () => {
    const { result, notes } = await dearer('limits.yaml');
    expect(result.binding.length).toBeGreaterThan(0);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/which ignores every limit and rule: the plan keeps the limits of the scenario's plan: block; no plan places people outside/);
    expect(translateNote(notes[0]!, 'nl', label)).toContain('negeert: het plan houdt zich aan de grenzen die het scenario aan het plan stelt; geen plan plaatst mensen buiten de organisatie');
    for (const note of result.notes) expect(isKnownNote(note), note).toBe(true);
  });

  it('says nothing when the plan is the cheaper one (Gemeente Voorbeeld, baseline)', { timeout: 60_000 }, async () => {
    const { result, notes } = await dearer('../../../scenarios/baseline.yaml');
    expect(result.alternatives.no_plan.saving).toBeGreaterThan(0);
    expect(result.alternatives.no_pathways!.saving).toBeGreaterThan(0);
    expect(notes).toEqual([]);
  });
});

describe('the report says why the plan costs more than no plan', () => {
  const reportOf = async (scenario: string, lang: 'nl' | 'en') =>
    renderReport(buildReportData(await buildReportSource(await loadInputs({ scenario }))), { format: 'md', lang });

  it('in the summary and the business case, in the plan note’s own words (digitaal-versneld), not again among the notes', { timeout: 60_000 }, async () => {
    const { result } = await runPlan({ scenario: 'scenarios/digitaal-versneld.yaml' });
    const note = result.notes.find((n) => n.startsWith('the plan costs €') && n.includes('more than no plan'))!;
    expect(note).toBeDefined();
    for (const lang of ['nl', 'en'] as const) {
      const md = await reportOf('scenarios/digitaal-versneld.yaml', lang);
      const said = translateNote(note, lang, label);
      // Once in the summary, once under the business table; not in the list of notes (it would be a third time).
      expect(md.split(said).length - 1).toBe(2);
      expect(md).not.toContain(`- ${said}`);
      expect(md).not.toContain(lang === 'nl' ? 'alleen op papier goedkoper' : 'cheaper on paper');
    }
  });

  it('not where the report hides the plan’s costs for privacy: the note’s amount is their difference', { timeout: 60_000 }, async () => {
    // Under min_group 5 (cost.yaml) the plan's only hires are in a function spp project withholds: hidden.
    const withheld = renderReport(buildReportData(await buildReportSource(await loadInputs({ scenario: `${dir}/cost.yaml` }))), { format: 'md', lang: 'nl' });
    expect(withheld).toContain('Het actieplan werft • fte');
    expect(withheld).not.toMatch(/meer dan geen plan/);
    const data = buildReportData(await buildReportSource(await loadInputs({ scenario: `${dir}/cost-shown.yaml` })));
    const shown = renderReport(data, { format: 'md', lang: 'nl' });
    expect(shown).toContain('Het plan kost € 10.028 meer dan geen plan');
    // This plan hires 0.03 FTE: "werft < 0,1 fte", not "werft 0,0 fte" (a plan that hires does hire).
    expect(shown).toContain('Het actieplan werft < 0,1 fte in 2027–2031');
    expect(shown).not.toMatch(/werft (het plan )?0,0 fte/);
    // No pathway is used: the chart's caption says no one moves, not "0,0 fte".
    expect(shown).toContain('laat het niemand intern overstappen');
    expect(shown).not.toContain('0,0 fte intern');
    // As when a small function's hires are hidden (test/report/report-privacy-tiny.test.ts): every total and saving is masked.
    const hiding = { ...data, plan: { ...data.plan, perYearHidden: { ...data.plan.perYearHidden, hired: { ...data.plan.perYearHidden.hired, total: 'complement' as const } } } };
    for (const lang of ['nl', 'en'] as const) {
      const md = renderReport(hiding, { format: 'md', lang });
      expect(md).not.toMatch(/meer dan geen plan|more than no plan/);
      expect(md.replace(/\u00a0/g, ' ')).not.toMatch(/10[.,]028/);
    }
  });
});

describe('the business case as printed', () => {
  it('each saving is the difference of the whole-euro totals shown beside it, in spp plan, its JSON and the report (digitaal-versneld was € 1 apart)', { timeout: 60_000 }, async () => {
    const { result } = await runPlan({ scenario: 'scenarios/digitaal-versneld.yaml' });
    const { no_pathways: without, no_plan: none } = result.alternatives;
    expect(without).not.toBeNull();
    expect(without!.saving).toBe(Math.round(without!.total) - Math.round(result.costs.total));
    expect(none.saving).toBe(Math.round(none.total) - Math.round(result.costs.total));
    const md = renderReport(buildReportData(await buildReportSource(await loadInputs({ scenario: 'scenarios/digitaal-versneld.yaml' }))), { format: 'md', lang: 'nl' }).replace(/\u00a0/g, ' ');
    const euros = (v: number) => `€ ${Math.abs(v).toLocaleString('nl-NL')}`;
    // A plan dearer than no plan reads "duurder", never "goedkoper met −€ …".
    expect(md).toContain(`| *Het actieplan is* |  | *${euros(without!.saving)} goedkoper* | *${euros(none.saving)} duurder* |`);
    expect(md).not.toMatch(/goedkoper met −/);
  });
});

describe('unmet demand beside the business case', () => {
  it('krimp-vacaturestop: the cost comparison says how much demand each column leaves unmet, since that work costs nothing there', { timeout: 60_000 }, async () => {
    const scenario = 'scenarios/krimp-vacaturestop.yaml';
    const { result } = await runPlan({ scenario });
    const unmet = result.totals.years.slice(1).reduce((a, y) => a + y.shortage_fte, 0);
    expect(unmet).toBeGreaterThan(400);
    const md = renderReport(buildReportData(await buildReportSource(await loadInputs({ scenario }))), { format: 'md', lang: 'nl' });
    const fte = (v: number) => v.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(md).toContain(`*Onvervulde vraag over de horizon: actieplan ${fte(unmet)} fte-jaar, zonder interne routes ${fte(result.alternatives.no_pathways!.shortage_fte_years)}, zonder plan 0,0.`);
    // And the plan is not said to meet demand it leaves unmet.
    expect(md).not.toContain('de goedkoopste combinatie die de vraag vervult');
  });

  it('baseline meets all demand: no such note, and the plan is the cheapest "die de vraag vervullen binnen de grenzen van het scenario … en de vaste regels van het plan"', { timeout: 60_000 }, async () => {
    const md = renderReport(buildReportData(await buildReportSource(await loadInputs({ scenario: 'scenarios/baseline.yaml' }))), { format: 'md', lang: 'nl' });
    expect(md).not.toContain('Onvervulde vraag over de horizon');
    expect(md).not.toContain('De kolommen zijn niet één op één te vergelijken');
    expect(md).toContain('Van de plannen die de vraag vervullen binnen de grenzen van het scenario (wervingsgrenzen, een vacaturestop, de toegestane routes) en de vaste regels van het plan is dit het goedkoopste.');
  });
});

describe('believable routes in the example', () => {
  it('digitaal-versneld routes nobody into a role filled by selection: foreman, boa, toezichthouder, werkvoorbereider (an HR-adviser review found desk staff routed there)', { timeout: 60_000 }, async () => {
    const { result } = await runPlan({ scenario: 'scenarios/digitaal-versneld.yaml' });
    const closed = ['F047', 'F050', 'F051', 'F063', 'F066', 'F068'];
    expect(result.pathways.length).toBeGreaterThan(10);
    for (const p of result.pathways) expect(closed, `${p.from} → ${p.to}`).not.toContain(p.to);
    expect(result.notes).toContain('45 computed and 0 explicit pathways available to the plan');
  });
});
