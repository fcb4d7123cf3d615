import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runPlan } from '../../src/app/plan.js';
import { publishedPlan, type PlanResult } from '../../src/domain/plan.js';
import { renderPlanCsv, renderPlanTable } from '../../src/report/render-plan.js';
import { buildCli, runSpp, runSppOnce } from './run-spp.js';

beforeAll(async () => buildCli());

// The tests below run `spp plan` on the same two scenarios in several formats: each output is the
// command's own, but the LP behind them is solved once per scenario, and a command line run by two
// tests runs once (test/shared-plan-solves.ts, runSppOnce).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

const SCENARIO = 'scenarios/krimp-vacaturestop.yaml';
const YEAR_KEYS = [
  'year', 'fte', 'demand_fte', 'hired_fte', 'moved_in_fte', 'moved_out_fte', 'redundant_fte', 'reduced_hours_persons',
  'overstaffing_fte', 'shortage_fte', 'newcomer_loss_fte', 'natural_outflow_fte', 'natural_moved_in_fte', 'natural_moved_out_fte',
];

describe('spp plan', () => {
  it('says under the year table how much FTE people work less on reduced hours, so each row adds up (krimp-vacaturestop)', { timeout: 120_000 }, async () => {
    const table = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'table', '-q'])).stdout;
    const flat = table.replace(/\n(?!\n)/g, ' ');
    const line = /Minder uren \(vrijwillig; fte die mensen minder werken\): ([^.]+)\. In die jaren is Fte − minder uren − Boven \+ Onvervuld = Vraag\./.exec(flat);
    expect(line).not.toBeNull();
    const reduced = new Map(line![1]!.split('; ').map((p) => p.split(' ')).map(([y, v]) => [Number(y), Number(v!.replace(',', '.'))]));
    expect(reduced.size).toBeGreaterThan(3);
    const num = (v: string) => (v === '–' || v === '' ? 0 : Number(v.replace(/\./g, '').replace(',', '.')));
    // The year table's rows (the cost per year table below has rows by year too).
    for (const row of table.split('Minder uren')[0]!.split('\n').filter((l) => /^20\d\d  /.test(l))) {
      const [year, fte, demand, , , , , over, short] = row.trim().split(/\s+/);
      if (Number(year) === 2026) continue;
      // Fte − Boven + Onvervuld = Vraag + minder uren, to the table's rounding.
      expect(num(fte!) - num(over!) + num(short!) - num(demand!), `${year}`).toBeCloseTo(reduced.get(Number(year)) ?? 0, 0);
    }
    const md = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'md', '-q', '--lang', 'en'])).stdout;
    expect(md).toMatch(/Reduced hours \(voluntary; FTE people work less\): 2027 0\.2; 2028 1\.2;/);
    const baseline = (await runSppOnce(['plan', '-s', 'scenarios/baseline.yaml', '--format', 'table', '-q'])).stdout;
    expect(baseline).not.toContain('Minder uren');
  });

  // A reviewer found "Tekort" meaning four things: the plan's column (demand the plan leaves unmet),
  // the report summary's gap without hiring, "Onvervuld" in spp reskill. The plan says "Onvervuld".
  it('heads its column of demand left unmet "Onvervuld" / "Unmet", as spp reskill does, keeping "tekort" for the gap (table, md)', { timeout: 120_000 }, async () => {
    const nl = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'table', '-q'])).stdout;
    const md = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'md', '-q'])).stdout;
    const en = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'table', '--lang', 'en', '-q'])).stdout;
    expect(nl).toMatch(/^Jaar +Fte +Vraag +Werven +Vertrek +Routes +Buiten +Boven +Onvervuld$/m);
    // Over the decision years: the start year's row is the snapshot (its unmet demand is not a decision).
    expect(nl).toContain('Besluiten per functie, 2027–2035 (fte; Boven/Onvervuld: fte-jaren)');
    expect(nl.replace(/\s+/g, ' ')).toContain('Onvervuld = vraag die het plan niet vervult.');
    expect(md).toContain('| Jaar | Fte | Vraag | Werven | Vertrek | Routes | Buiten | Boven | Onvervuld |');
    // The memo's cost table: the four levers always; reduced hours and unmet demand only when they cost
    // anything (krimp-vacaturestop's demand left unmet has no price; its reduced hours cost € 21.716).
    expect(md).toContain('| Betaald in | Werven | Routes | Buiten | Boven | Min.uren | Totaal plan |');
    expect(md).toContain('| Minder uren | € ');
    expect(md).not.toContain('| Onvervulde vraag |');
    for (const text of [nl, md]) expect(text).not.toMatch(/\bTekort\b|fte tekort per jaar/);
    expect(en).toMatch(/^Year +FTE +Demand +Hire +Left +Moves +Outside +Over +Unmet$/m);
    expect(en).toContain('(FTE; Over/Unmet: FTE-years)');
    expect(en).not.toMatch(/\bShort\b/);
  });

  // Found reading the memo of a scenario without a plan.reduced_hours rule: "Min.uren € 0" in every year
  // and "Minder uren € 0" in the business case named a lever the scenario does not have.
  it('leaves reduced hours and unmet demand out of the md cost tables when they cost nothing', { timeout: 120_000 }, async () => {
    const md = (await runSppOnce(['plan', '-s', 'scenarios/baseline.yaml', '--format', 'md', '-q'])).stdout;
    expect(md).toContain('| Betaald in | Werven | Routes | Buiten | Boven | Totaal plan |');
    expect(md).toContain('| Plaatsing buiten | € ');
    expect(md).not.toMatch(/Min\.uren|\| Minder uren \||\| Onvervulde vraag \|/);
  });

  // Found by a side-by-side review: the column counts every FTE moved over a pathway, redeployment
  // (no training) included, but was headed "Reskill" with the legend "Reskill = FTE moved over
  // pathways" / "Routes = fte die via een omscholingsroute …", while spp reskill splits the two.
  it("names the year table's column of moves over pathways for what it counts: reskilling and redeployment", { timeout: 120_000 }, async () => {
    const en = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'table', '--lang', 'en', '-q'])).stdout;
    const nl = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'table', '-q'])).stdout;
    expect(en).toMatch(/^Year +FTE +Demand +Hire +Left +Moves +Outside/m);
    expect(en.replace(/\s+/g, ' ')).toContain('Moves = FTE moving to another function over a pathway (reskilling and redeployment)');
    expect(en).not.toMatch(/Reskill =|\bReskill\b/);
    expect(nl).toMatch(/^Jaar +Fte +Vraag +Werven +Vertrek +Routes +Buiten/m);
    expect(nl.replace(/\s+/g, ' ')).toContain('Routes = fte die via een route naar een andere functie overstappen (omscholing en herplaatsing)');
    expect(nl).not.toContain('omscholingsroute');
    // What the column counts: the moves of both kinds (krimp-vacaturestop has redeployments without training hours).
    const json = JSON.parse((await runSppOnce(['plan', '-s', SCENARIO, '--format', 'json', '-q'])).stdout) as PlanResult;
    expect(json.pathways.some((p) => p.hours_per_person === 0 && p.fte > 0)).toBe(true);
    const row2027 = en.split('\n').find((l) => l.startsWith('2027 '))!.trim().split(/\s+/);
    const moved2027 = json.pathways.filter((p) => p.year === 2027).reduce((a, p) => a + p.fte, 0);
    expect(row2027[5]).toBe(moved2027.toFixed(1));
  });

  // Found by a directieteam reading: the baseline plan hires 178,8 fte for 2027 while Fte goes from
  // 1.343,2 to 1.392,4; with no column for who leaves, no row could be checked. Vertrek makes each
  // row add up: Fte = last year's Fte + Werven − Vertrek − Buiten (routes cancel out organisation-wide).
  it('has a column of those who left without a decision, so that every row adds up from the year before (table, md)', { timeout: 120_000 }, async () => {
    for (const scenario of [SCENARIO, 'scenarios/baseline.yaml']) {
      const json = JSON.parse((await runSppOnce(['plan', '-s', scenario, '--format', 'json', '-q'])).stdout) as PlanResult;
      const table = (await runSppOnce(['plan', '-s', scenario, '--format', 'table', '-q'])).stdout;
      const md = (await runSppOnce(['plan', '-s', scenario, '--format', 'md', '-q'])).stdout;
      const dutch = (s: string): number => (s === '–' ? 0 : Number(s.replace(/\./g, '').replace(',', '.')));
      const years = json.totals.years;
      for (let i = 1; i < years.length; i++) {
        const y = years[i]!;
        const row = table.split('\n').find((l) => l.startsWith(`${y.year} `))!.trim().split(/\s+/);
        const [fte, , hired, left, , outside] = row.slice(1).map(dutch) as [number, number, number, number, number, number];
        expect(left, `${scenario} ${y.year}`).toBeCloseTo(y.natural_outflow_fte + y.newcomer_loss_fte, 1);
        const before = years[i - 1]!.fte;
        // Each shown figure is rounded on its own: within 0,15 of the row's Fte.
        expect(Math.abs(before + hired - left - outside - fte), `${scenario} ${y.year}`).toBeLessThan(0.16);
        // Unrounded, the balance holds exactly.
        expect(before + y.hired_fte - y.natural_outflow_fte - y.newcomer_loss_fte - y.redundant_fte, `${scenario} ${y.year}`).toBeCloseTo(y.fte, 3);
        expect(md).toContain(`| ${y.year} | ${row.slice(1).join(' | ')} |`);
      }
    }
  });

  // Found by an HR-adviser review: "Geen plan … plan bespaart € 2.558.140" while the plan leaves
  // 440 FTE-years of demand unmet that no plan (hiring without the limits) meets.
  it('says beside the business case how much demand the plan and each alternative leave unmet, and that it costs nothing there', { timeout: 120_000 }, async () => {
    const json = JSON.parse((await runSppOnce(['plan', '-s', SCENARIO, '--format', 'json', '-q'])).stdout) as PlanResult;
    const planUnmet = json.totals.years.slice(1).reduce((a, y) => a + y.shortage_fte, 0);
    expect(planUnmet).toBeGreaterThan(100);
    expect(json.alternatives.no_plan.shortage_fte_years).toBe(0);
    const n1 = (v: number) => v.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const sentence = `Onvervulde vraag over de horizon: plan ${n1(planUnmet)} fte-jaar, zonder routes ${n1(json.alternatives.no_pathways!.shortage_fte_years)}, geen plan 0,0. Onvervulde vraag kost in deze vergelijking niets`;
    for (const format of ['table', 'md']) {
      const text = (await runSppOnce(['plan', '-s', SCENARIO, '--format', format, '-q'])).stdout.replace(/\s+/g, ' ');
      expect(text, format).toContain(sentence);
    }
    // A plan that meets all demand says nothing of it.
    const baseline = (await runSppOnce(['plan', '-s', 'scenarios/baseline.yaml', '--format', 'table', '-q'])).stdout;
    expect(baseline).not.toContain('Onvervulde vraag over de horizon');
  });

  // Found by a consultant probe: "Geen plan € 5.286.646  plan bespaart € 819.380" under a hiring
  // freeze, the plan leaving 91,6 FTE-years unmet that no plan meets; the report said "maar laat …".
  it('says beside a saving that the plan leaves more demand unmet than that alternative (table, md; nl, en)', { timeout: 120_000 }, async () => {
    const json = JSON.parse((await runSppOnce(['plan', '-s', SCENARIO, '--format', 'json', '-q'])).stdout) as PlanResult;
    const planUnmet = json.totals.years.slice(1).reduce((a, y) => a + y.shortage_fte, 0);
    const noPlan = json.alternatives.no_plan;
    const noPathways = json.alternatives.no_pathways!;
    expect(noPlan.saving).toBeGreaterThan(0);
    // Without pathways leaves more unmet than the plan: no caveat there.
    expect(noPathways.shortage_fte_years).toBeGreaterThan(planUnmet);
    const more = planUnmet - noPlan.shortage_fte_years;
    for (const [lang, saves, caveat, withoutPathways] of [
      ['nl', `plan bespaart € ${noPlan.saving.toLocaleString('nl-NL')}`, `maar laat ${more.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} fte-jaar meer vraag onvervuld`, 'Zonder routes'],
      ['en', `plan saves €${noPlan.saving.toLocaleString('en-GB')}`, `but leaves ${more.toFixed(1)} FTE-years more demand unmet`, 'Without pathways'],
    ] as const) {
      for (const format of ['table', 'md']) {
        const text = (await runSppOnce(['plan', '-s', SCENARIO, '--format', format, '--lang', lang, '-q'])).stdout;
        expect(text.replace(/\s+/g, ' '), `${format} ${lang}`).toContain(`${saves}, ${caveat}`);
        expect(text.split('\n').find((l) => l.includes(withoutPathways) && /€/.test(l)), `${format} ${lang}`).not.toMatch(/onvervuld|unmet/);
      }
    }
    // A plan that meets all demand: no caveat.
    const baseline = (await runSppOnce(['plan', '-s', 'scenarios/baseline.yaml', '--format', 'table', '-q'])).stdout;
    expect(baseline).not.toContain('meer vraag onvervuld');
  });

  // Found by an HR-adviser review: the memo listed ~200 unmet-demand lines (one per function and year,
  // some "0,0 fte") and every binding limit (211); a directieteam memo needs one line per function.
  it('gives the Markdown memo one unmet-demand line per function and the ten limits that bind most', { timeout: 120_000 }, async () => {
    const json = JSON.parse((await runSppOnce(['plan', '-s', SCENARIO, '--format', 'json', '-q'])).stdout) as PlanResult;
    const md = (await runSppOnce(['plan', '-s', SCENARIO, '--format', 'md', '-q'])).stdout;
    const section = (title: string) => md.split(`## ${title}`)[1]!.split('\n## ')[0]!.split('\n').filter((l) => l.startsWith('- '));
    const short = section('Vraag die niet vervuld kan worden');
    const functions = new Set(json.shortfalls.filter((s) => s.shortage_fte >= 0.05).map((s) => s.function));
    expect(json.shortfalls.length).toBeGreaterThan(functions.size);
    expect(short).toHaveLength(functions.size);
    expect(short.join('\n')).not.toMatch(/: 0,0 fte/);
    const binding = section('Wat het plan begrenst');
    expect(json.binding.length).toBeGreaterThan(10);
    expect(binding).toHaveLength(11);
    expect(binding.at(-1)).toBe(`- … en nog ${json.binding.length - 10} (zie --format json)`);
  });

  it("shows the snapshot row's gap: today's overstaffing and shortage, no decisions", { timeout: 120_000 }, async () => {
    const scenario = 'scenarios/baseline.yaml';
    const json = JSON.parse((await runSppOnce(['plan', '-s', scenario, '--format', 'json', '-q'])).stdout) as PlanResult;
    const start = json.totals.years[0]!;
    expect(start.shortage_fte).toBeGreaterThan(1);
    const nl = (v: number) => v.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (const format of ['table', 'md']) {
      const text = (await runSppOnce(['plan', '-s', scenario, '--format', format, '-q'])).stdout;
      const row = text.split('\n').find((l) => /^(\| )?2026\b/.test(l))!;
      const cells = row.split(format === 'md' ? '|' : /\s{2,}/).map((c) => c.trim()).filter((c) => c !== '');
      // Year, FTE, demand, then overstaffing and shortage; no hires, moves, placements or cost.
      expect(cells, format).toEqual(['2026', nl(start.fte), nl(start.demand_fte), nl(start.overstaffing_fte), nl(start.shortage_fte)]);
    }
  });

  it('gives spp.plan/1 on the krimp scenario: a freeze that shows where demand falls short, and a business case', { timeout: 300_000 }, async () => {
    const run = await runSppOnce(['plan', '-s', SCENARIO, '--format', 'json', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout) as PlanResult;
    expect(r.schema).toBe('spp.plan/1');
    expect(r.objective).toBe('redundancy');
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['stamp', 'objective', 'years', 'functions', 'pathways', 'costs', 'alternatives', 'binding']));
    expect(r.years[0]).toBe(2026);
    for (const f of r.functions) {
      expect(f.years.map((y) => y.year)).toEqual(r.years);
      for (const y of f.years) expect(Object.keys(y)).toEqual(YEAR_KEYS);
      // the snapshot carries no decisions
      expect(f.years[0]!.hired_fte + f.years[0]!.moved_in_fte + f.years[0]!.redundant_fte).toBe(0);
    }
    // the frozen families hire nobody
    const frozen = r.functions.filter((f) => ['Bedrijfsvoering', 'Beleid'].includes(f.family));
    expect(frozen.length).toBeGreaterThan(0);
    for (const f of frozen) for (const y of f.years) expect(y.hired_fte).toBe(0);
    // pathways: at least min_flow_fte each, never into the closed family Management
    for (const p of r.pathways) {
      expect(p.fte).toBeGreaterThanOrEqual(0.5 - 1e-4);
      expect(r.functions.find((f) => f.id === p.to)!.family).not.toBe('Management');
    }
    // costs add up, and the plan beats both alternatives on cost or on unmet demand
    const k = r.costs.by_kind;
    expect(r.costs.total).toBeCloseTo(k.hiring + k.reskilling + k.redundancy + k.overstaffing + k.reduced_hours + k.shortage, -1);
    expect(r.costs.by_year.reduce((s, y) => s + y.total, 0)).toBeCloseTo(r.costs.total, -1);
    expect(r.alternatives.no_pathways!.total).toBeGreaterThanOrEqual(r.costs.total - 1);
    // the freeze leaves demand unmet: the plan says where and why
    expect(r.shortfalls.length).toBeGreaterThan(0);
    expect(r.shortfalls.some((s) => s.cause.includes('max_per_year: 0'))).toBe(true);
    for (const b of r.binding) expect(b.text).toMatch(/would (save|cut)/);
    // overstaffing stays within plan.overstaffing.max_total_fte (15)
    for (const y of r.totals.years.slice(1)) expect(y.overstaffing_fte).toBeLessThanOrEqual(15 + 1e-3);

    // Rendered from the plan in memory: the JSON has the limits and causes as English sentences only,
    // the data they are said from in each language stays out of it (src/domain/plan.ts publishedPlan).
    const { result } = await runPlan({ scenario: SCENARIO });
    expect(`${JSON.stringify(publishedPlan(result), null, 2)}\n`).toBe(run.stdout);
    const table = renderPlanTable(result, { color: false, dialect: 'rfc', lang: 'en' });
    expect(table).toContain('Cost and business case');
    expect(table).toContain('Demand that cannot be met');
    for (const line of table.split('\n')) expect([...line].length).toBeLessThanOrEqual(82);
    const csv = renderPlanCsv(result, { color: false, dialect: 'rfc' }).split('\n');
    expect(csv[0]).toBe(`function,name,year,${YEAR_KEYS.slice(1).join(',')}`);
    expect(csv.length - 2).toBe(r.functions.length * r.years.length);
  });

  // Found by a consultant probe: the table's column "Kosten" and the xlsx put a year's row's decisions
  // (paid the year before) in it, so € 936.917 of hires paid in 2026 (JSON costs.by_year) read as 2027
  // and 2033 showed € 633.409 where nothing is paid: a budget filled from it shifted every hire a year.
  it('shows the cost per year by the year it is paid, as costs.by_year, in the table and md (nl and en)', { timeout: 120_000 }, async () => {
    const json = JSON.parse((await runSppOnce(['plan', '-s', SCENARIO, '--format', 'json', '-q'])).stdout) as PlanResult;
    expect(json.costs.by_year[0]!.year).toBe(json.years[0]);
    expect(json.costs.by_year[0]!.hiring + json.costs.by_year[0]!.reskilling).toBeGreaterThan(0);
    const euros = (cell: string): number => Number(cell.replace(/[€\s.,]/g, ''));
    for (const lang of ['nl', 'en'] as const) {
      for (const format of ['table', 'md']) {
        const text = (await runSppOnce(['plan', '-s', SCENARIO, '--format', format, '--lang', lang, '-q'])).stdout;
        const title = lang === 'nl' ? 'Kosten per jaar (betaald in)' : 'Cost per year (paid in)';
        expect(text, `${format} ${lang}`).toContain(title);
        // The year table has no cost column any more: its rows are the state on 1 January.
        const yearHeader = text.split('\n').find((l) => /^(\| )?(Jaar|Year)\b/.test(l))!;
        expect(yearHeader).not.toMatch(/Kosten|Cost/);
        const section = text.split(title)[1]!;
        const header = section.split('\n').find((l) => /Betaald in|Paid in/.test(l))!;
        const split = (l: string) => (format === 'md' ? l.split('|').map((c) => c.trim()).filter((c) => c !== '') : l.trim().split(/\s{2,}/));
        const heads = split(header);
        expect(heads[0]).toBe(lang === 'nl' ? 'Betaald in' : 'Paid in');
        const rows = section.split('\n').filter((l) => /^(\| )?20\d\d\b/.test(l)).map(split);
        expect(rows.map((r) => Number(r[0])), `${format} ${lang}`).toEqual(json.costs.by_year.map((y) => y.year));
        rows.forEach((r, i) => expect(euros(r.at(-1)!), `${format} ${lang} ${r[0]}`).toBe(json.costs.by_year[i]!.total));
        const hiring = heads.indexOf(lang === 'nl' ? 'Werven' : 'Hire');
        rows.forEach((r, i) => expect(euros(r[hiring]!)).toBe(json.costs.by_year[i]!.hiring));
        const total = split(section.split('\n').find((l) => /^(\| )?(Totaal plan|Plan total)/.test(l))!);
        expect(euros(total.at(-1)!)).toBe(json.costs.total);
      }
    }
  });

  it('refuses an unknown --objective with a usage error', async () => {
    const run = await runSpp(['plan', '-s', SCENARIO, '--objective', 'speed', '-q']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('speed');
  });
});
