import { resolve } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renamedCodeNote, type BacktestResult } from '../domain/backtest.js';
import { roundDeep } from '../domain/round.js';
import { scoreBacktest, type BacktestFigures } from '../model/backtest.js';
import { renamedFunctions } from '../model/renamed-functions.js';
import { readSnapshotPair, snapshotYears } from './calibrate.js';
import { readScenario } from '../io/read-scenario.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import { yearInFileName } from './snapshot-year.js';
import { bundledExampleScenario, loadInputs, type LoadOptions } from './load-inputs.js';
import { assertOrganisationShowable, withheldGroups } from './privacy.js';
import { projectInputs, projectInputsWithRuns, type MonteCarloRequest } from './project.js';
import { makeStamp } from './stamp.js';
import { compareText } from '../domain/compare-text.js';

/**
 * `spp backtest -s S --actual NEW` (SPEC §3.6): projects the scenario from its own data (the old
 * snapshot) to the year of NEW and compares per function. The model projects no hiring, so with
 * employee ids the actual side is the old snapshot's people still there in NEW (by their function
 * in NEW); the joiners are shown apart. Without ids the whole of NEW is compared (less exact).
 *
 * The old snapshot's year is --from, else the year in its file name, else the scenario's horizon
 * start; NEW's is --to, else the year in its file name, else one year later.
 */
interface BacktestOptions extends LoadOptions {
  actual: string;
  from?: number;
  to?: number;
  /** `headcount` is the data the scenario runs on, not an older snapshot (spp report without --previous): at the horizon start. */
  headcountIsOwn?: boolean;
  /** `--runs N --seed S`: Monte Carlo bands; each function's actual FTE is checked against P10–P90. */
  monteCarlo?: MonteCarloRequest;
}

/**
 * The scenario's own headcount (data.headcount) and its year, horizon.start — read from the scenario
 * file alone, before the data, so the old snapshot is read at its own year. Undefined without one
 * (the loading that follows says what is wrong with the scenario).
 */
async function ownHeadcount(load: LoadOptions): Promise<{ path: string; year: number } | undefined> {
  const dataGiven = load.functions !== undefined || load.headcount !== undefined || load.columns !== undefined;
  const path = load.scenario !== undefined ? resolve(load.scenario) : load.example === true || !dataGiven ? bundledExampleScenario() : undefined;
  if (path === undefined) return undefined;
  let read;
  try {
    read = await readScenario(path);
  } catch {
    return undefined;
  }
  const loaded = read.value ?? read.partial;
  if (loaded === undefined || loaded === null || loaded.dataPaths.headcount === undefined) return undefined;
  return { path: resolve(loaded.dataPaths.headcount), year: loaded.scenario.horizon.start };
}

/** `inputs` are the paths of every file read (the scenario's, its data, --actual), which --out may not name. */
export async function runBacktest(options: BacktestOptions): Promise<{ result: BacktestResult; diagnostics: Diagnostic[]; inputs: string[] }> {
  const { actual, from: fromFlag, to: toFlag, monteCarlo, headcountIsOwn, ...load } = options;
  // The years as calibrate settles them: flags, the years in the file names, the scenario's own
  // headcount at horizon.start, else one year from the other. An older --headcount without a year in
  // its name was read at the scenario's horizon.start, a year late, with no word: the projection, its
  // WAPE and the paragraph for the report all said 2026 → 2027 for an export of 2025.
  const scenarioOwn = await ownHeadcount(load);
  const own = headcountIsOwn === true && load.headcount !== undefined && scenarioOwn !== undefined ? { path: resolve(load.headcount), year: scenarioOwn.year } : scenarioOwn;
  const oldPath = load.headcount !== undefined ? resolve(load.headcount) : own?.path;
  if (load.headcount !== undefined && oldPath !== own?.path && fromFlag === undefined && toFlag === undefined && yearInFileName(load.headcount) === undefined && yearInFileName(actual) === undefined) {
    const start = own?.year;
    throw new UserError(
      {
        en: `cannot tell the year of ${displayPath(load.headcount)}: it is not the scenario's own headcount, so the scenario's start${start === undefined ? '' : ` (${start})`} need not be its year, and neither file name has a year. Give --from with the year of that export (e.g. --from ${(start ?? 2026) - 1}), and --to when --actual is not a year later, or put the year in the file name (bezetting-${(start ?? 2026) - 1}.csv)`,
        nl: `het jaar van ${displayPath(load.headcount)} is niet af te leiden: het is niet het personeelsbestand van het scenario, dus het beginjaar van het scenario${start === undefined ? '' : ` (${start})`} hoeft niet zijn jaar te zijn, en geen van beide bestandsnamen noemt een jaar. Geef --from met het jaar van die export (bijvoorbeeld --from ${(start ?? 2026) - 1}), en --to als --actual niet een jaar later is, of zet het jaar in de bestandsnaam (bezetting-${(start ?? 2026) - 1}.csv)`,
      },
      2,
    );
  }
  const years = oldPath === undefined ? undefined : snapshotYears({ ...(fromFlag !== undefined ? { from: fromFlag } : {}), ...(toFlag !== undefined ? { to: toFlag } : {}) }, oldPath, resolve(actual), own);
  const inputs = await loadInputs({ ...load, ...(years !== undefined ? { referenceYear: years.from } : {}) });
  assertOrganisationShowable(inputs, 'backtest');
  const headcount = inputs.files.find((f) => f.role === 'headcount')!.path;
  const from = years?.from ?? inputs.scenario.horizon.start;
  const to = years?.to ?? from + 1;
  const diagnostics: Diagnostic[] = [...inputs.diagnostics];
  const scenarioHeadcount = inputs.loaded.dataPaths.headcount === undefined ? undefined : resolve(inputs.loaded.dataPaths.headcount);
  if (fromFlag === undefined && years?.sources.from === 'name' && resolve(headcount) === scenarioHeadcount && from !== inputs.scenario.horizon.start) {
    throw new UserError({ en: `the scenario's headcount ${headcount} says ${from} in its name, but the scenario starts in ${inputs.scenario.horizon.start}: give --from ${from} to backtest from that snapshot`, nl: `het personeelsbestand van het scenario, ${headcount}, noemt ${from} in zijn naam, maar het scenario begint in ${inputs.scenario.horizon.start}: geef --from ${from} om vanaf dat peilbestand terug te toetsen` }, 2);
  }

  const scenario = { ...inputs.scenario, horizon: { start: from, end: Math.max(to, from + 1) } };
  const { projection, summary } = await projectInputsWithRuns({ ...inputs, scenario }, monteCarlo);
  const yearIndex = projection.years.indexOf(to);

  const pair = await readSnapshotPair({
    old: headcount,
    new: actual,
    command: 'backtest',
    years: years ?? { from, to, sources: { from: 'scenario', to: 'assumed' }, notes: [] },
    scenario: inputs.scenario,
    dataPaths: { functions: inputs.files.find((f) => f.role === 'functions')!.path, ...(load.columns !== undefined ? { columns: load.columns } : {}) },
    ...(load.preset !== undefined ? { preset: load.preset } : {}),
    ...(load.delimiter !== undefined ? { delimiter: load.delimiter } : {}),
    ...(load.encoding !== undefined ? { encoding: load.encoding } : {}),
  });
  diagnostics.push(...pair.diagnostics.filter((d) => d.file === pair.next.file || d.code.startsWith('CALIBRATE_')));

  // The actual side: per function, persons and FTE of the linked people (basis 'linked') or of everyone.
  const actualBy = new Map<string, { persons: number; fte: number; joiners: number; joinersFte: number }>();
  const next = pair.next.persons;
  const linkage = pair.linkage;
  // A function code renamed between the snapshots (0330 in OLD, all its people 0335 in NEW) is
  // compared under its old code, as calibrate counts its people as staying: else the function's
  // whole FTE was an error twice (projected in 0330, actual in 0335).
  const renamed = linkage === null ? new Map<string, string>() : renamedFunctions(pair.old.persons, next, linkage);
  const oldCodeOf = new Map([...renamed].map(([was, now]) => [now, was]));
  for (let j = 0; j < next.size; j++) {
    const code = next.functionIds[next.fn[j]!]!;
    const id = oldCodeOf.get(code) ?? code;
    const a = actualBy.get(id) ?? { persons: 0, fte: 0, joiners: 0, joinersFte: 0 };
    const n = next.count[j]!;
    const fte = next.fte[j]! * n;
    if (linkage !== null && linkage.oldOf[j] === -1) {
      a.joiners += n;
      a.joinersFte += fte;
    } else {
      a.persons += n;
      a.fte += fte;
    }
    actualBy.set(id, a);
  }
  const figures: BacktestFigures[] = [];
  projection.functions.forEach((f, fi) => {
    const row = f.years[yearIndex]!;
    const band = summary?.functions[fi]?.years[yearIndex]?.supply_fte;
    const a = actualBy.get(f.id) ?? { persons: 0, fte: 0, joiners: 0, joinersFte: 0 };
    if (row.supply_fte === 0 && a.persons === 0 && a.joiners === 0) return;
    figures.push({
      id: f.id,
      name: f.name,
      projectedFte: row.supply_fte,
      projectedPersons: row.supply_persons,
      actualFte: a.fte,
      actualPersons: a.persons,
      joinersPersons: linkage === null ? null : a.joiners,
      joinersFte: linkage === null ? null : a.joinersFte,
      ...(band !== undefined ? { p10: band.p10, p90: band.p90 } : {}),
    });
  });
  const known = new Set(projection.functions.map((f) => f.id));
  const notes: string[] = [];
  const renamedPairs = [...renamed].map(([was, now]) => ({ from: was, to: now }));
  notes.push(...renamedPairs.map(renamedCodeNote));
  // A code the functions file does not know (a function new since, or a typo) is compared with a
  // projection of 0: its people are still there, projected in the functions they had. Left out, they
  // were missing from the actual total (1.193,5 fte against 1.214,5 projected: "+1,8%" for −1,3%).
  const unknown = [...actualBy.keys()].filter((id) => !known.has(id)).sort(compareText);
  for (const id of unknown) {
    const a = actualBy.get(id)!;
    figures.push({ id, name: '', newCode: true, projectedFte: 0, projectedPersons: 0, actualFte: a.fte, actualPersons: a.persons, joinersPersons: linkage === null ? null : a.joiners, joinersFte: linkage === null ? null : a.joinersFte });
  }
  if (unknown.length > 0) notes.push(`${unknown.length} function ${unknown.length === 1 ? 'code' : 'codes'} of the actual snapshot ${unknown.length === 1 ? 'is' : 'are'} not in the functions file: compared with a projection of 0, as the model cannot know ${unknown.length === 1 ? 'it' : 'them'} (its people were projected in the functions they had). A new function? Add it to the functions file.`);
  const minGroup = inputs.scenario.privacy.min_group;
  // The functions spp project withholds for this scenario (its own horizon, the same snapshot): a
  // backtest that showed one of them, or merged it with a function project shows, would give back
  // what project hides (red-team case 5).
  // It shows supply, not demand: a withheld function without a formation leaks nothing here.
  const withheld = withheldGroups(inputs, projectInputs(inputs).projection, { publishesDemand: false }).functions;
  const score = scoreBacktest(figures, minGroup, withheld);
  if (linkage === null) notes.push('Without employee ids the actual side is everyone in the new snapshot, joiners included, while the model projects no hiring: the errors include hiring (less exact).');
  const result: BacktestResult = roundDeep({
    schema: 'spp.backtest/1',
    stamp: makeStamp(inputs.scenario.id, [...inputs.files, ...pair.files.filter((f) => f.role === 'headcount_new').map((f) => ({ ...f, role: 'headcount_actual' as const }))], summary?.seed ?? null),
    scenario: { id: inputs.scenario.id, title: inputs.scenario.title ?? null },
    from,
    to,
    basis: linkage === null ? 'total' : 'linked',
    min_group: minGroup,
    functions: score.functions,
    other: score.other,
    totals: score.totals,
    wape_fte: score.wapeFte,
    wape_persons: score.wapePersons,
    share_inside_band: score.shareInsideBand,
    runs: summary?.runs ?? null,
    notes,
    renamed: renamedPairs,
  });
  return { result, diagnostics, inputs: [actual, ...inputs.files.map((f) => f.path), ...pair.files.map((f) => f.path)] };
}
