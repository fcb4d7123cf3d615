import { resolve } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renamedCodeNote, type BacktestResult } from '../domain/backtest.js';
import { roundDeep } from '../domain/round.js';
import { scoreBacktest, type BacktestFigures } from '../model/backtest.js';
import { renamedFunctions } from '../model/renamed-functions.js';
import { readSnapshotPair } from './calibrate.js';
import { loadInputs, type LoadOptions } from './load-inputs.js';
import { assertOrganisationShowable, withheldGroups } from './privacy.js';
import { projectInputs, type MonteCarloRequest } from './project.js';
import { yearInFileName } from './snapshot-year.js';
import { makeStamp } from './stamp.js';

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
  /** `--runs N --seed S`: Monte Carlo bands; each function's actual FTE is checked against P10–P90. */
  monteCarlo?: MonteCarloRequest;
}

/** `inputs` are the paths of every file read (the scenario's, its data, --actual), which --out may not name. */
export async function runBacktest(options: BacktestOptions): Promise<{ result: BacktestResult; diagnostics: Diagnostic[]; inputs: string[] }> {
  const { actual, from: fromFlag, to: toFlag, monteCarlo, ...load } = options;
  const fromName = fromFlag ?? (load.headcount !== undefined ? yearInFileName(load.headcount) : undefined);
  const inputs = await loadInputs({ ...load, ...(fromName !== undefined ? { referenceYear: fromName } : {}) });
  assertOrganisationShowable(inputs, 'backtest');
  const headcount = inputs.files.find((f) => f.role === 'headcount')!.path;
  const from = fromName ?? yearInFileName(headcount) ?? inputs.scenario.horizon.start;
  const to = toFlag ?? yearInFileName(actual) ?? from + 1;
  const diagnostics: Diagnostic[] = [...inputs.diagnostics];
  if (fromName === undefined && from !== inputs.scenario.horizon.start) {
    throw new UserError({ en: `the scenario's headcount ${headcount} says ${from} in its name, but the scenario starts in ${inputs.scenario.horizon.start}: give --from ${from} to backtest from that snapshot`, nl: `het personeelsbestand van het scenario, ${headcount}, noemt ${from} in zijn naam, maar het scenario begint in ${inputs.scenario.horizon.start}: geef --from ${from} om vanaf dat peilbestand terug te toetsen` }, 2);
  }
  if (toFlag === undefined && yearInFileName(actual) === undefined) {
    diagnostics.push({ code: 'CALIBRATE_YEAR_ASSUMED', severity: 'notice', file: resolve(actual), line: 0, column: 0, message: `no year in the file name and no --to: taken as ${to}, one year after the scenario's snapshot`, messageNl: `geen jaar in de bestandsnaam en geen --to: aangenomen ${to}, één jaar na het peilbestand van het scenario` });
  }

  const scenario = { ...inputs.scenario, horizon: { start: from, end: Math.max(to, from + 1) } };
  const { projection, summary } = projectInputs({ ...inputs, scenario }, monteCarlo);
  const yearIndex = projection.years.indexOf(to);

  const pair = await readSnapshotPair({
    old: headcount,
    new: actual,
    from,
    to,
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
  const unknown = [...actualBy.keys()].filter((id) => !known.has(id));
  if (unknown.length > 0) notes.push(`${unknown.length} function ${unknown.length === 1 ? 'code' : 'codes'} of the actual snapshot ${unknown.length === 1 ? 'is' : 'are'} not in the functions file and not compared.`);
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
    notes,
    renamed: renamedPairs,
  });
  return { result, diagnostics, inputs: [actual, ...inputs.files.map((f) => f.path), ...pair.files.map((f) => f.path)] };
}
