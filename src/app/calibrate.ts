import { basename, resolve } from 'node:path';
import { hasErrors, UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import type { CalibrationResult } from '../domain/calibration.js';
import { roundDeep } from '../domain/round.js';
import { compareText } from '../domain/compare-text.js';
import type { Scenario } from '../domain/scenario-schema.js';
import type { Snapshot } from '../domain/snapshot.js';
import { columnMapOptions, readColumnMap } from '../io/column-map.js';
import type { CsvOptions } from '../io/csv/csv-options.js';
import { isPresetName, PRESET_NAMES, presetCsvOptions, type PresetName } from '../io/presets/read-preset-headcount.js';
import { readFunctions } from '../io/read-functions.js';
import { readScenario } from '../io/read-scenario.js';
import { readSnapshot } from '../io/read-snapshot.js';
import { bandsFromRules, calibrateRates, defaultBands } from '../model/calibrate.js';
import { linkSnapshots, type Linkage } from '../model/calibrate-link.js';
import { looksReversed, orderEvidence } from '../model/calibrate-order.js';
import { requireFile, type InputFile } from './load-inputs.js';
import { sha256Of } from './file-hash.js';
import { dateInFileName, yearInFileName } from './snapshot-year.js';
import { makeStamp } from './stamp.js';

/**
 * `spp calibrate OLD NEW` (SPEC §3.6): reads two snapshots with identity, links them and estimates
 * attrition, transition and renewal rates. The years are `--from`/`--to`, else the year in each
 * file name; when only one is known, the other is taken one year away (and the run says so).
 */

export interface CalibrateOptions {
  old: string;
  new: string;
  from?: number;
  to?: number;
  scenario?: string;
  functions?: string;
  columns?: string;
  preset?: string;
  delimiter?: string;
  encoding?: 'utf-8' | 'windows-1252';
  /** Aggregate method only: joiners between the snapshots. */
  joiners?: number;
  /** At risk a family or function needs for a rule of its own (default 30). */
  minAtRisk?: number;
}

/** The two snapshots, read and linked, with everything a caller needs to report on them. */
interface SnapshotPair {
  old: Snapshot;
  next: Snapshot;
  linkage: Linkage | null;
  scenario: Scenario | undefined;
  families: Map<string, string>;
  /** Function id → name, from the functions file (empty without one). */
  names: Map<string, string>;
  files: InputFile[];
  diagnostics: Diagnostic[];
  /** The reference years and where each comes from. */
  years: SnapshotYears;
  /** The people say NEW is the older export while the dates say otherwise (CALIBRATE_ORDER_REVERSED as a warning): people only in NEW at the AOW age. */
  looksReversed?: number;
}

interface SnapshotPairOptions extends Omit<CalibrateOptions, 'joiners' | 'scenario' | 'minAtRisk'> {
  /** The command that reads the pair, for the command its messages tell the user to type (default calibrate). */
  command?: 'calibrate' | 'backtest';
  /** The reference years as the caller settled them (backtest); else from --from/--to, the file names and the scenario. */
  years?: SnapshotYears;
  /** An already loaded scenario (backtest) or a scenario file to load (calibrate). */
  scenario?: string | Scenario;
  /** The scenario's data paths when `scenario` is loaded (functions, columns). */
  dataPaths?: { functions?: string; columns?: string; headcount?: string };
}

/**
 * `spp calibrate`: read, link, estimate, assemble. `inputs` are the paths of every file read (both
 * snapshots, the scenario and its parents, the functions file, the column map), which --out may not name.
 */
export async function runCalibrate(options: CalibrateOptions): Promise<{ result: CalibrationResult; diagnostics: Diagnostic[]; inputs: string[] }> {
  const pair = await readSnapshotPair(options);
  const { scenario } = pair;
  const minGroup = scenario?.privacy.min_group ?? 5;
  for (const snapshot of [pair.old, pair.next]) assertSnapshotShowable(snapshot, minGroup);
  const ages = scenario?.workforce.attrition.flatMap((r) => (r.ages === undefined ? [] : [r.ages])) ?? [];
  const estimate = calibrateRates({
    old: pair.old.persons,
    next: pair.next.persons,
    linkage: pair.linkage,
    from: pair.old.year,
    to: pair.next.year,
    families: pair.families,
    bands: ages.length > 0 ? bandsFromRules(ages) : defaultBands(),
    retirementAge: scenario?.workforce.retirement_age,
    defaultYears: scenario?.workforce.temporary.default_years ?? 1,
    minGroup,
    ...(options.joiners !== undefined ? { joiners: options.joiners } : {}),
    ...(options.minAtRisk !== undefined ? { minAtRisk: options.minAtRisk } : {}),
  });
  const notes = [...estimate.notes];
  const diagnostics = [...pair.diagnostics];
  // More people past the AOW age still there than retired: NEW's date is later than the export's
  // (a 2026 export named 2028 kept 61 "past AOW" beside 44 retired). Few work past AOW in a municipality.
  // n past AOW, k retired: whole counts, as the lint of Dutch numbers reads them.
  const n = estimate.worked_past_aow ?? 0;
  const k = estimate.retired;
  if (n >= Math.max(5, minGroup) && n >= k) {
    const year = pair.next.year;
    diagnostics.push({
      code: 'CALIBRATE_DATE_DOUBT',
      severity: 'warning',
      file: pair.next.file,
      line: 0,
      column: 0,
      message: `${n} people who reach the AOW age before 1 January ${year} by their birth dates are still in this snapshot, as many as or more than the ${k} who retired: few work past the AOW age, so the snapshot may be older than that date. Check ${pair.years.sources.to === 'flag' ? '--to' : 'its year'}`,
      messageNl: `${n} mensen die volgens hun geboortedatum vóór 1 januari ${year} de AOW-leeftijd bereiken, staan nog in dit peilbestand, evenveel of meer dan de ${k} die met pensioen gingen: weinig mensen werken door na de AOW-leeftijd, dus het peilbestand is misschien ouder dan die datum. Controleer ${pair.years.sources.to === 'flag' ? '--to' : 'zijn jaar'}`,
    });
  }
  // First, so that whoever reads the table or pastes the block sees it, not only stderr.
  if (pair.looksReversed !== undefined) notes.unshift(`Check the order: ${pair.looksReversed} people are only in the new snapshot and reach the AOW age by the end of ${pair.next.year}, as people who retire do; the new snapshot may be the older export.`);
  if (scenario === undefined) notes.push('Without a scenario (-s): 10-year age bands, the AOW ages as the law is known, privacy.min_group 5.');
  if (pair.families.size === 0) notes.push('Without a functions file, families are unknown: estimates per function and per age band only.');
  // The names of the functions the result names, so "0480 → 0410" can be read without the functions file at hand.
  const named = new Set<string>();
  for (const e of estimate.attrition) if (e.function !== undefined) named.add(e.function);
  for (const t of estimate.transitions) named.add(t.from).add(t.to);
  for (const r of estimate.renamed_functions) named.add(r.from).add(r.to);
  const function_names = [...named].sort(compareText).flatMap((id) => {
    const name = pair.names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
  // The scenario's workforce settings that are not measured, so the block replaces its workforce: block
  // whole: pasted over baseline.yaml's, it dropped the AOW table's 2033: 67.5 (and, with too few ended
  // contracts to measure, the scenario's renewal rate for the default 0.5).
  const scenario_workforce: CalibrationResult['scenario_workforce'] =
    scenario === undefined || options.scenario === undefined
      ? undefined
      : {
          file: basename(options.scenario),
          retirement_age: scenario.workforce.retirement_age ?? null,
          fulltime_hours: scenario.workforce.fulltime_hours,
          default_years: scenario.workforce.temporary.default_years,
          ...(estimate.renewal === null ? { renewal_rate: scenario.workforce.temporary.renewal_rate as number | [number, number, number] } : {}),
        };
  const result: CalibrationResult = roundDeep({
    schema: 'spp.calibration/1',
    stamp: makeStamp(scenario?.id ?? '', pair.files),
    ...estimate,
    function_names,
    ...(scenario_workforce !== undefined ? { scenario_workforce } : {}),
    notes,
  });
  return { result, diagnostics, inputs: [options.old, options.new, ...pair.files.map((f) => f.path)] };
}

/**
 * A snapshot of fewer than privacy.min_group persons (but some) is refused (exit 2), as plan, compare,
 * sensitivity, backtest and report refuse such an organisation: every count of calibrate (persons,
 * joiners, leavers, rates) would be about individuals ("old_persons 4, joiners 1, left 0").
 */
function assertSnapshotShowable(snapshot: Snapshot, minGroup: number): void {
  let persons = 0;
  for (const f of snapshot.byFunction.values()) persons += f.persons;
  persons = Math.round(persons);
  if (persons === 0 || persons >= minGroup) return;
  const file = displayPath(snapshot.file);
  throw new UserError(
    {
      en: `${file}: the snapshot holds ${persons} ${persons === 1 ? 'person' : 'persons'}, fewer than privacy.min_group ${minGroup}: every count and rate of spp calibrate would be about individuals, so it is not shown. Lower privacy.min_group in the scenario (-s) only when your privacy officer agrees.`,
      nl: `${file}: het peilbestand telt ${persons} ${persons === 1 ? 'persoon' : 'personen'}, minder dan privacy.min_group ${minGroup}: elk aantal en elke kans van spp calibrate zou over individuen gaan, dus spp toont het niet. Verlaag privacy.min_group in het scenario (-s) alleen als uw privacyfunctionaris daarmee instemt.`,
    },
    2,
  );
}

/**
 * Five or more unknown function codes, each of one person only: the function column holds something
 * else than function codes (personnel numbers, in a snapshot whose columns were swapped), and no code is named.
 */
function codesLikePersonnelNumbers(persons: Snapshot['persons'], unknown: readonly string[]): boolean {
  if (unknown.length < 5) return false;
  const unknownIds = new Set(unknown);
  const counts = new Map<number, number>();
  persons.functionIds.forEach((id, index) => {
    if (unknownIds.has(id)) counts.set(index, 0);
  });
  for (let i = 0; i < persons.size; i++) {
    const n = counts.get(persons.fn[i]!);
    if (n === undefined) continue;
    if (n >= 1) return false;
    counts.set(persons.fn[i]!, n + 1);
  }
  return true;
}

/** Reads both snapshots (and the scenario and functions when given), checks their years and links them by id. */
export async function readSnapshotPair(options: SnapshotPairOptions): Promise<SnapshotPair> {
  const oldPath = resolve(options.old);
  const newPath = resolve(options.new);
  await requireFile(oldPath, { en: 'old snapshot', nl: 'oude peilbestand' }, true);
  await requireFile(newPath, { en: 'new snapshot', nl: 'nieuwe peilbestand' }, true);
  const diagnostics: Diagnostic[] = [];
  const files: InputFile[] = [];

  let scenario: Scenario | undefined;
  let dataPaths = options.dataPaths ?? {};
  if (typeof options.scenario === 'string') {
    const path = resolve(options.scenario);
    await requireFile(path, { en: 'scenario file (--scenario)', nl: 'scenariobestand (--scenario)' });
    const read = await readScenario(path);
    if (read.value === null) throw new UserError({ en: `${displayPath(path)} is invalid`, nl: `${displayPath(path)} is ongeldig` }, 1, read.diagnostics);
    diagnostics.push(...read.diagnostics);
    scenario = read.value.scenario;
    dataPaths = read.value.dataPaths;
    for (const file of read.value.files) files.push({ role: 'scenario', path: file, sha256: await sha256Of(file) });
  } else scenario = options.scenario;

  const scenarioSnapshot = scenario !== undefined && dataPaths.headcount !== undefined ? { path: resolve(dataPaths.headcount), year: scenario.horizon.start } : undefined;
  const years = options.years ?? snapshotYears(options, oldPath, newPath, scenarioSnapshot);
  const command = options.command ?? 'calibrate';
  const { from, to, guessed } = years;
  diagnostics.push(...years.notes);
  if (guessed !== undefined) {
    const [why, whyNl] = guessed.fromScenario ? ["the scenario's own snapshot (horizon.start)", 'het peilbestand van het scenario zelf (horizon.start)'] : ['one year from the other snapshot', 'één jaar van het andere peilbestand'];
    diagnostics.push({ code: 'CALIBRATE_YEAR_ASSUMED', severity: 'notice', file: guessed.file, line: 0, column: 0, message: `no year in the file name and no ${guessed.flag}: taken as ${guessed.year}, ${why}`, messageNl: `geen jaar in de bestandsnaam en geen ${guessed.flag}: aangenomen ${guessed.year}, ${whyNl}` });
  }
  // One file for both at one date: the same data, said as such rather than as one date twice.
  if (to === from && oldPath === newPath) throw sameDataError(command, oldPath, newPath, from, to + 1);
  if (to <= from) throw yearsOrderError(oldPath, newPath, years, command);

  const csv: CsvOptions = {};
  if (options.delimiter !== undefined) csv.delimiter = options.delimiter;
  if (options.encoding !== undefined) csv.encoding = options.encoding;
  const columnsPath = options.columns !== undefined ? resolve(options.columns) : dataPaths.columns;
  if (columnsPath !== undefined) {
    await requireFile(columnsPath, { en: 'column map (--columns)', nl: 'kolomkoppeling (--columns)' });
    const map = await readColumnMap(columnsPath);
    diagnostics.push(...map.diagnostics);
    Object.assign(csv, columnMapOptions(map.value, columnsPath));
    files.push({ role: 'columns', path: columnsPath, sha256: await sha256Of(columnsPath) });
  }
  const presetName = options.preset ?? scenario?.data.preset;
  if (presetName !== undefined && !isPresetName(presetName)) throw new UserError({ en: `--preset '${presetName}': expected one of ${PRESET_NAMES.join(', ')}`, nl: `--preset '${presetName}': verwacht een van ${PRESET_NAMES.join(', ')}` }, 2);
  const preset: PresetName | undefined = presetName;

  // The functions file gives families only: a code it does not know is no error here (a function
  // may have been created between the snapshots), but a notice says how many there are.
  const families = new Map<string, string>();
  const names = new Map<string, string>();
  const functionsPath = options.functions !== undefined ? resolve(options.functions) : dataPaths.functions;
  if (functionsPath !== undefined) {
    await requireFile(functionsPath, { en: 'functions file (--functions)', nl: 'functiebestand (--functions)' });
    const read = await readFunctions(functionsPath, presetCsvOptions(preset, csv));
    diagnostics.push(...read.diagnostics);
    for (const f of read.value) {
      families.set(f.id, f.family);
      names.set(f.id, f.name);
    }
    files.push({ role: 'functions', path: functionsPath, sha256: await sha256Of(functionsPath) });
  }

  const read = async (path: string, year: number, role: 'headcount_old' | 'headcount_new'): Promise<Snapshot> => {
    const snapshot = await readSnapshot(path, preset, {
      ...csv,
      referenceYear: year,
      fulltimeHours: scenario?.workforce.fulltime_hours ?? 36,
    });
    diagnostics.push(...foldEndedContracts(snapshot.diagnostics, snapshot.source, year, role === 'headcount_old' ? years.sources.from : years.sources.to, role === 'headcount_old' ? '--from' : '--to'));
    // Codes the functions file (or, without one, the old snapshot) has with leading zeros that a
    // spreadsheet dropped: '110' for '0110' made twelve "renamed" functions and transitions '0120 → 110'
    // that no scenario accepts.
    const reference = families.size > 0 ? new Set(families.keys()) : role === 'headcount_new' && oldCodes !== undefined ? oldCodes : undefined;
    if (reference !== undefined) recodeDroppedZeros(snapshot.value.persons, reference, snapshot.source, diagnostics);
    const persons = snapshot.value.persons;
    const unknown = families.size === 0 ? [] : persons.functionIds.filter((id) => !families.has(id));
    if (unknown.length > 0) {
      // Located at the first row of the first such code (a typo, or a function new since the functions file).
      const first = unknown.sort()[0]!;
      const index = persons.functionIds.indexOf(first);
      let line = 0;
      for (let i = 0; i < persons.size && line === 0; i++) if (persons.fn[i] === index) line = persons.line[i]!;
      const more = unknown.length - 1;
      const others = more === 0 ? '' : ` (and ${more} other ${more === 1 ? 'code' : 'codes'})`;
      const anderen = more === 0 ? '' : ` (en nog ${more} andere ${more === 1 ? 'code' : 'codes'})`;
      if (codesLikePersonnelNumbers(persons, unknown)) {
        // Personnel numbers in the function column (swapped columns): it named one, 'E00001'.
        diagnostics.push({ code: 'CALIBRATE_UNKNOWN_FUNCTION', severity: 'notice', file: snapshot.source, line, column: 0, message: `none of the ${unknown.length} function codes on this line and after it is in the functions file, and each is on one row only, as personnel numbers are (not shown): does the function column of this snapshot hold function codes?`, messageNl: `geen van de ${unknown.length} functiecodes op deze regel en daarna staat in het functiebestand, en elk staat op één regel, zoals personeelsnummers (niet getoond): staan er in de functiekolom van dit peilbestand wel functiecodes?` });
      } else if (command === 'backtest') {
        // backtest pastes no rates: it compares the code with a projection of 0 (the scenario cannot know it).
        diagnostics.push({ code: 'CALIBRATE_UNKNOWN_FUNCTION', severity: 'notice', file: snapshot.source, line, column: 0, message: `function code '${first}'${others} is not in the functions file, so the scenario cannot project it: compared with a projection of 0; a typo, or a function new since the functions file?`, messageNl: `functiecode '${first}'${anderen} staat niet in het functiebestand, dus het scenario kan hem niet projecteren: vergeleken met een projectie van 0; een tikfout, of een functie die nieuwer is dan het functiebestand?` });
      } else diagnostics.push({ code: 'CALIBRATE_UNKNOWN_FUNCTION', severity: 'notice', file: snapshot.source, line, column: 0, message: `function code '${first}'${others} is not in the functions file: counted without a family; a typo, or a function new since the functions file? Add it there before pasting rates that name it into a scenario`, messageNl: `functiecode '${first}'${anderen} staat niet in het functiebestand: geteld zonder functiefamilie; een tikfout, of een functie die nieuwer is dan het functiebestand? Voeg hem daar toe voordat u kansen die hem noemen in een scenario plakt` });
    }
    files.push({ role, path: snapshot.source, sha256: snapshot.sha256 ?? (await sha256Of(snapshot.source)) });
    return snapshot.value;
  };
  let oldCodes: ReadonlySet<string> | undefined;
  const old = await read(oldPath, from, 'headcount_old');
  oldCodes = new Set(old.persons.functionIds);
  const next = await read(newPath, to, 'headcount_new');
  const oldHash = files.find((f) => f.role === 'headcount_old')?.sha256;
  const nextHash = files.find((f) => f.role === 'headcount_new')?.sha256;
  let oneExport = false;
  if (oldHash !== undefined && oldHash === nextHash) {
    // One export twice (or one file under two names): every rate measured would be 0, silently. An
    // AFAS or Raet export with the start and end dates of every appointment is another matter: read on
    // two dates it gives two snapshots, and when they differ they are measured.
    if (!(preset === 'afas' || preset === 'raet-hrcore') || samePeople(old.persons, next.persons)) throw sameDataError(command, oldPath, newPath, from, to);
    oneExport = true;
    diagnostics.push({
      code: 'CALIBRATE_ONE_EXPORT',
      severity: 'notice',
      file: newPath,
      line: 0,
      column: 0,
      message: `one export read on two dates, 1 January ${from} and 1 January ${to}: who was there on each follows from the start and end dates of the appointments; people who left are only in it when the export holds former employees too`,
      messageNl: `één export gelezen op twee peildata, 1 januari ${from} en 1 januari ${to}: wie er op elk ervan was volgt uit de begin- en einddata van de aanstellingen; wie vertrok staat er alleen in als de export ook oud-medewerkers bevat`,
    });
  }
  if (hasErrors(diagnostics)) {
    const bad = [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => displayPath(d.file)))].sort();
    // "a, b and c" (three files: both snapshots and the functions file), not "a and b and c".
    const list = (and: string): string => (bad.length > 1 ? `${bad.slice(0, -1).join(', ')} ${and} ${bad[bad.length - 1]}` : bad[0]!);
    throw new UserError({ en: `${list('and')} ${bad.length > 1 ? 'are' : 'is'} invalid`, nl: `${list('en')} ${bad.length > 1 ? 'zijn' : 'is'} ongeldig` }, 1, diagnostics);
  }

  let linkage: Linkage | null = null;
  const withoutIds = [old, next].filter((s) => s.identifiedPersons === 0);
  for (const s of withoutIds) {
    diagnostics.push({ code: 'CALIBRATE_NO_IDS', severity: 'warning', file: s.file, line: 0, column: 0, message: 'this snapshot has no employee_id: the snapshots cannot be linked person by person; rates come from aggregate counts and are less exact', messageNl: 'dit peilbestand heeft geen employee_id: de peilbestanden zijn niet per persoon te koppelen; de kansen komen uit totalen en zijn minder precies' });
  }
  if (withoutIds.length === 0) {
    for (const s of [old, next]) {
      if (s.anonymousPersons > 0) {
        diagnostics.push({ code: 'CALIBRATE_ROWS_WITHOUT_ID', severity: 'warning', file: s.file, line: 0, column: 0, message: `${s.anonymousPersons} ${s.anonymousPersons === 1 ? 'person has' : 'persons have'} no employee_id (or sit in a row with a count above 1): left out of the linked estimates`, messageNl: `${s.anonymousPersons} ${s.anonymousPersons === 1 ? 'persoon heeft' : 'personen hebben'} geen employee_id (of staan in een regel met een aantal boven 1): niet meegenomen in de gekoppelde schattingen` });
      }
    }
    linkage = linkSnapshots(old.persons, next.persons);
    checkLinkage(linkage, old, next, diagnostics);
    if (oneExport && linkage.linked === old.identifiedPersons) {
      diagnostics.push({
        code: 'CALIBRATE_ONE_EXPORT',
        severity: 'warning',
        file: newPath,
        line: 0,
        column: 0,
        message: `everyone there on 1 January ${from} is still there on 1 January ${to} in this export: does it hold the employees who left (former employees)? Without them nobody leaves or retires and those rates come out 0`,
        messageNl: `iedereen die er op 1 januari ${from} was, is er in deze export op 1 januari ${to} nog: bevat hij wel de medewerkers die uit dienst gingen (oud-medewerkers)? Zonder hen vertrekt niemand en gaat niemand met pensioen, en zijn die kansen 0`,
      });
    }
    const evidence = orderEvidence(old.persons, next.persons, linkage, from, to, scenario?.workforce.retirement_age);
    if (checkOrder(evidence, scenario?.privacy.min_group ?? 5, oldPath, newPath, years, command, diagnostics)) return { old, next, linkage, scenario, families, names, files, diagnostics, years, looksReversed: evidence.joinersAtAow };
  }
  return { old, next, linkage, scenario, families, names, files, diagnostics, years };
}

/**
 * The people say the snapshots are swapped (CALIBRATE_ORDER_REVERSED): NEW holds people at the AOW age
 * who are not in OLD, as a list of retirees would. With a year assumed (the order is then all that
 * year rests on) an error, exit 2, with the command to run; with both dates given (flags, file names,
 * the scenario's own headcount) a warning that the dates and the people disagree.
 */
function checkOrder(evidence: { joinersAtAow: number; retired: number }, minGroup: number, oldPath: string, newPath: string, years: SnapshotYears, command: 'calibrate' | 'backtest', diagnostics: Diagnostic[]): boolean {
  if (!looksReversed(evidence, minGroup)) return false;
  const oldName = displayPath(oldPath);
  const newName = displayPath(newPath);
  // Whole counts (n, persons), as the lint of Dutch numbers reads them.
  const { joinersAtAow: n, retired: persons } = evidence;
  const assumed = years.sources.from === 'assumed' ? { file: oldName, year: years.from } : years.sources.to === 'assumed' ? { file: newName, year: years.to } : undefined;
  const swapped = swappedCommand(command, newName, oldName, '');
  const what: Message = {
    en: `NEW looks older than OLD, ${oldName}: ${n} people are only in this snapshot and reach the AOW age by the end of ${years.to}, as people who retire do, not people who join; of ${oldName} ${persons} retired. Read this way round, retirements count as joiners and joiners as leavers.`,
    nl: `NIEUW lijkt ouder dan OUD, ${oldName}: ${n} mensen staan alleen in dit peilbestand en bereiken uiterlijk eind ${years.to} de AOW-leeftijd, zoals mensen die met pensioen gaan, niet mensen die erbij komen; van ${oldName} gingen er ${persons} met pensioen. Zo gelezen tellen pensioneringen als instroom en instroom als vertrek.`,
  };
  if (assumed !== undefined) {
    throw new UserError({ en: 'the snapshots look swapped', nl: 'de peilbestanden lijken omgedraaid' }, 2, [
      ...diagnostics,
      {
        code: 'CALIBRATE_ORDER_REVERSED',
        severity: 'error',
        file: newPath,
        line: 0,
        column: 0,
        message: `${what.en} The order is all that the year ${assumed.year} assumed for ${assumed.file} rests on: if the files are swapped, run ${swapped} (with the same other options); if they are in the right order, give --from and --to`,
        messageNl: `${what.nl} Het jaar ${assumed.year} voor ${assumed.file} is aangenomen en rust alleen op de volgorde: zijn de bestanden omgedraaid, geef dan ${swapped} (met dezelfde andere opties); staan ze goed, geef dan --from en --to`,
      },
    ]);
  }
  const oldDate = datedBy(years.from, years.sources.from, '--from');
  const newDate = datedBy(years.to, years.sources.to, '--to');
  diagnostics.push({
    code: 'CALIBRATE_ORDER_REVERSED',
    severity: 'warning',
    file: newPath,
    line: 0,
    column: 0,
    message: `${what.en} The dates (OLD ${oldDate.en}; NEW ${newDate.en}) put them in this order: check which export is of which date before using these rates`,
    messageNl: `${what.nl} De peildata (OUD ${oldDate.nl}; NIEUW ${newDate.nl}) zetten ze in deze volgorde: controleer welke export van welke datum is voordat u deze kansen gebruikt`,
  });
  return true;
}

/**
 * Function codes that are another known code with its leading zeros dropped ('110' for '0110', as a
 * spreadsheet saves a column of digits), read as that code, with one warning at the first such row
 * (CALIBRATE_FUNCTION_CODE_ZEROS). Only an unknown code that is exactly one known code without its
 * leading zeros is read so: a code in other case or punctuation ('fin14' for 'FIN 14') is another
 * function to spp (CSV_ID_CASE), not one a spreadsheet saved.
 */
function recodeDroppedZeros(persons: Snapshot['persons'], known: ReadonlySet<string>, file: string, diagnostics: Diagnostic[]): void {
  const byForm = new Map<string, string | null>();
  for (const code of known) {
    const form = code.replace(/^0+(?=.)/, '');
    byForm.set(form, byForm.has(form) ? null : code);
  }
  const recode = new Map<string, string>();
  for (const code of persons.functionIds) {
    if (known.has(code)) continue;
    const to = byForm.get(code.replace(/^0+(?=.)/, ''));
    if (to !== undefined && to !== null) recode.set(code, to);
  }
  if (recode.size === 0) return;
  // The interned codes again without the dropped forms, and every person's index into them.
  const ids: string[] = [];
  const index = new Map<string, number>();
  const remap = persons.functionIds.map((code) => {
    const to = recode.get(code) ?? code;
    let k = index.get(to);
    if (k === undefined) {
      k = ids.length;
      ids.push(to);
      index.set(to, k);
    }
    return k;
  });
  let line = 0;
  const firstCode = [...recode.keys()].sort(compareText)[0]!;
  const first = persons.functionIds.indexOf(firstCode);
  for (let i = 0; i < persons.size; i++) {
    if (line === 0 && persons.fn[i] === first) line = persons.line[i]!;
    persons.fn[i] = remap[persons.fn[i]!]!;
  }
  persons.functionIds.splice(0, persons.functionIds.length, ...ids);
  const more = recode.size - 1;
  const to = recode.get(firstCode)!;
  diagnostics.push({
    code: 'CALIBRATE_FUNCTION_CODE_ZEROS',
    severity: 'warning',
    file,
    line,
    column: 0,
    message: `function code '${firstCode}'${more === 0 ? '' : ` (and ${more} other ${more === 1 ? 'code' : 'codes'})`} is '${to}' without its leading zeros, as a spreadsheet saves a column of digits: read as '${to}'. Format the column as text before saving the export`,
    messageNl: `functiecode '${firstCode}'${more === 0 ? '' : ` (en nog ${more} andere ${more === 1 ? 'code' : 'codes'})`} is '${to}' zonder voorloopnullen, zoals een spreadsheet een kolom met cijfers opslaat: gelezen als '${to}'. Maak de kolom tekst voordat u de export opslaat`,
  });
}

/** At least this many temporary contracts that ended before a snapshot's date make that date doubtful. */
const ENDED_CONTRACTS_DOUBT = 5;

/**
 * A snapshot's warning that many temporary contracts ended before 1 January Y
 * (CSV_CONTRACT_ENDED, one per file with its rows) said, as what they mean together (CALIBRATE_DATE_DOUBT): an
 * export of 1 January Y holds the contracts running then, so many that ended before it say the export
 * is older — the year in its name, or --from/--to, is not its date. (A 2026 export taken as 2028 gave
 * 101 such lines and no word about the date.) Fewer stay as they are.
 */
function foldEndedContracts(found: readonly Diagnostic[], file: string, year: number, source: YearSource, flag: '--from' | '--to'): Diagnostic[] {
  // One warning per file now stands for its rows (`rows`).
  const ended = found.filter((d) => d.code === 'CSV_CONTRACT_ENDED');
  const n = ended.reduce((sum, d) => sum + (d.rows ?? 1), 0);
  if (n < ENDED_CONTRACTS_DOUBT) return [...found];
  const first = ended.reduce((a, b) => (b.line < a.line ? b : a));
  const date = datedBy(year, source, flag);
  return [
    ...found.filter((d) => d.code !== 'CSV_CONTRACT_ENDED'),
    {
      code: 'CALIBRATE_DATE_DOUBT',
      severity: 'warning',
      file,
      line: first.line,
      column: first.column,
      message: `${n} temporary contracts in this snapshot ended before its date (${date.en}), the first on this line: an export of that date holds the contracts running then, so it looks older. Check ${source === 'name' ? 'the year in the file name' : source === 'flag' ? flag : `the year (or give ${flag})`}; they are taken as ending in ${year}`,
      messageNl: `${n} tijdelijke contracten in dit peilbestand zijn vóór zijn peildatum (${date.nl}) geëindigd, het eerste op deze regel: een export van die datum bevat de contracten die dan lopen, dus hij lijkt ouder. Controleer ${source === 'name' ? 'het jaar in de bestandsnaam' : source === 'flag' ? flag : `het jaar (of geef ${flag})`}; ze tellen als eindigend in ${year}`,
    },
  ];
}

/** An id shape in words: "999999" → "6 cijfers" / "6 digits", "A9999" → "een letter en 4 cijfers" / "a letter and 4 digits". */
function shapeWords(shape: string): Message {
  const runs: { ch: string; n: number }[] = [];
  for (const ch of shape) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.ch === ch) last.n++;
    else runs.push({ ch, n: 1 });
  }
  if (runs.length > 4) return { en: `${shape.length} characters, letters and digits mixed`, nl: `${shape.length} tekens, letters en cijfers door elkaar` };
  const part = ({ ch, n }: { ch: string; n: number }): Message =>
    ch === '9' ? { en: n === 1 ? 'a digit' : `${n} digits`, nl: n === 1 ? 'een cijfer' : `${n} cijfers` } : ch === 'A' ? { en: n === 1 ? 'a letter' : `${n} letters`, nl: n === 1 ? 'een letter' : `${n} letters` } : { en: `'${ch.repeat(n)}'`, nl: `'${ch.repeat(n)}'` };
  const parts = runs.map(part);
  const join = (words: string[], and: string): string => (words.length > 1 ? `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}` : words[0]!);
  return { en: join(parts.map((p) => p.en), 'and'), nl: join(parts.map((p) => p.nl), 'en') };
}

/** Whether two reads hold the same people in the same functions with the same FTE (in the order read). */
function samePeople(a: Snapshot['persons'], b: Snapshot['persons']): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.size; i++) {
    if (a.idA[i] !== b.idA[i] || a.idB[i] !== b.idB[i] || a.functionIds[a.fn[i]!] !== b.functionIds[b.fn[i]!] || a.fte[i] !== b.fte[i] || a.count[i] !== b.count[i]) return false;
  }
  return true;
}

/**
 * OLD and NEW the same data (exit 2). In backtest that is --actual the scenario's own headcount, the
 * snapshot it projects from: it says which flag takes the older export.
 */
function sameDataError(command: 'calibrate' | 'backtest', oldPath: string, newPath: string, from: number, to: number): UserError {
  const names = oldPath === newPath ? displayPath(oldPath) : `${displayPath(oldPath)} and ${displayPath(newPath)}`;
  const namen = oldPath === newPath ? displayPath(oldPath) : `${displayPath(oldPath)} en ${displayPath(newPath)}`;
  if (command === 'backtest') {
    return new UserError(
      {
        en: `--actual holds the same data as the snapshot the scenario is projected from (${names}): a projection compared with its own start shows no one leaving or moving. spp backtest projects an older export and compares it with a later one: give the older export with --headcount and the later one with --actual (e.g. --headcount headcount-${from - 1}.csv --actual ${displayPath(newPath)})`,
        nl: `--actual bevat dezelfde gegevens als het peilbestand waaruit het scenario projecteert (${namen}): een projectie vergeleken met haar eigen begin laat niemand vertrekken of overstappen. spp backtest projecteert een oudere export en vergelijkt die met een latere: geef de oudere export met --headcount en de latere met --actual (bijvoorbeeld --headcount headcount-${from - 1}.csv --actual ${displayPath(newPath)})`,
      },
      2,
    );
  }
  return new UserError(
    {
      en: `the old and the new snapshot are the same data (${names}): a snapshot measured against itself shows no one leaving or moving; give the export of ${from} and the later one of ${to}`,
      nl: `het oude en het nieuwe peilbestand zijn dezelfde gegevens (${namen}): een peilbestand gemeten tegen zichzelf laat niemand vertrekken of overstappen; geef de export van ${from} en de latere van ${to}`,
    },
    2,
  );
}

/** Diagnostics about the linking: no link at all (an error), few links, ids written differently, birth dates that changed. */
function checkLinkage(linkage: Linkage, old: Snapshot, next: Snapshot, diagnostics: Diagnostic[]): void {
  const oldName = displayPath(old.file);
  if (linkage.linked === 0) {
    // How the ids of each are written (never one of them), so a different id scheme can be seen.
    const there = old.idShape === undefined ? undefined : shapeWords(old.idShape);
    const here = next.idShape === undefined ? undefined : shapeWords(next.idShape);
    const what: Message =
      there === undefined || here === undefined
        ? { en: `no employee_id of this snapshot occurs in ${oldName}`, nl: `geen enkel employee_id van dit peilbestand komt voor in ${oldName}` }
        : there.en === here.en
          ? {
              en: `no employee_id of this snapshot occurs in ${oldName}, though both write them the same way (mostly ${here.en}): pseudonymised with a different key, or another number of the same form (a dossier number for the personnel number)?`,
              nl: `geen enkel employee_id van dit peilbestand komt voor in ${oldName}, al schrijven beide ze op dezelfde manier (meestal ${here.nl}): met een andere sleutel gepseudonimiseerd, of een ander nummer van dezelfde vorm (een dossiernummer voor het personeelsnummer)?`,
            }
          : {
              en: `no employee_id of this snapshot occurs in ${oldName}, and they are written differently: there mostly ${there.en}, here mostly ${here.en}. Another id scheme (another HR system, or another number such as the dossier number)?`,
              nl: `geen enkel employee_id van dit peilbestand komt voor in ${oldName}, en ze zijn anders geschreven: daar meestal ${there.nl}, hier meestal ${here.nl}. Een ander nummersysteem (een ander HR-systeem, of een ander nummer zoals het dossiernummer)?`,
            };
    throw new UserError({ en: 'the snapshots cannot be linked: no one is found in both', nl: 'de peilbestanden zijn niet aan elkaar te koppelen: niemand staat in beide' }, 1, [
      ...diagnostics,
      {
        code: 'CALIBRATE_NO_LINKS',
        severity: 'error',
        file: next.file,
        line: 0,
        column: 0,
        message: `${what.en} Give both exports with the same id for the same person; if that cannot be, leave the employee_id column out of both and spp estimates from totals (less exact)`,
        messageNl: `${what.nl} Geef beide exports met hetzelfde nummer voor dezelfde persoon; kan dat niet, laat de kolom employee_id dan uit beide weg, dan schat spp uit totalen (minder precies)`,
      },
    ]);
  }
  if (linkage.normalised > 0 && linkage.firstNormalised !== undefined) {
    const n = linkage.normalised;
    diagnostics.push({
      code: 'CALIBRATE_ID_FORMAT_CHANGED',
      severity: 'warning',
      file: next.file,
      line: linkage.firstNormalised.newLine,
      column: 0,
      message: `${n} employee ${n === 1 ? 'id matches' : 'ids match'} ${oldName} only when leading zeros, case and punctuation are ignored (first: this row and line ${linkage.firstNormalised.oldLine} there): the exports write ids differently (e.g. a spreadsheet dropped leading zeros); linked on the normalised id`, messageNl: `${n} ${n === 1 ? 'medewerkernummer komt' : 'medewerkernummers komen'} alleen met ${oldName} overeen als voorloopnullen, hoofdletters en leestekens worden genegeerd (de eerste: deze regel en regel ${linkage.firstNormalised.oldLine} daar): de exports schrijven de nummers verschillend (bijvoorbeeld een spreadsheet die voorloopnullen liet vallen); gekoppeld op het genormaliseerde nummer`,
    });
  }
  const share = linkage.linked / Math.max(1, old.identifiedPersons);
  if (share < 0.5) {
    diagnostics.push({ code: 'CALIBRATE_FEW_LINKS', severity: 'warning', file: next.file, line: 0, column: 0, message: `only ${Math.round(share * 100)}% of the persons in ${oldName} are found again here: check that both exports use the same employee_id`, messageNl: `maar ${Math.round(share * 100)}% van de personen in ${oldName} is hier teruggevonden: controleer of beide exports hetzelfde employee_id gebruiken` });
  }
  for (const m of linkage.birthMismatches) {
    diagnostics.push({ code: 'CALIBRATE_BIRTH_CHANGED', severity: 'warning', file: next.file, line: m.newLine, column: 0, message: `this person's birth date differs from line ${m.oldLine} of ${oldName} with the same employee_id: a re-used id, or a corrected birth date? Linked as the same person`, messageNl: `de geboortedatum van deze persoon verschilt van regel ${m.oldLine} van ${oldName} met hetzelfde employee_id: een hergebruikt nummer, of een verbeterde geboortedatum? Gekoppeld als dezelfde persoon` });
  }
  if (linkage.birthMismatchCount > linkage.birthMismatches.length) {
    const more = linkage.birthMismatchCount - linkage.birthMismatches.length;
    diagnostics.push({ code: 'CALIBRATE_BIRTH_CHANGED', severity: 'warning', file: next.file, line: 0, column: 0, message: `…and ${more} more linked ${more === 1 ? 'person' : 'persons'} whose birth date changed, not listed`, messageNl: `…en nog ${more} gekoppelde ${more === 1 ? 'persoon' : 'personen'} met een gewijzigde geboortedatum, niet getoond` });
  }
}

/** Where a snapshot's reference year comes from: a flag, its file name, the scenario (its own headcount at horizon.start), or assumed one year from the other. */
type YearSource = 'flag' | 'name' | 'scenario' | 'assumed';

export interface SnapshotYears {
  from: number;
  to: number;
  sources: { from: YearSource; to: YearSource };
  guessed?: { file: string; flag: string; year: number; fromScenario: boolean };
  /** What spp says about them: a --from/--to that says another year than the file's name (CALIBRATE_YEAR_CONFLICT), a name's 31 December read as 1 January (CALIBRATE_YEAR_END). */
  notes: Diagnostic[];
}

/**
 * The reference years: flags, else the years in the file names, else (a file that is the scenario's
 * own headcount) horizon.start, else one year apart from the one known; neither known is a usage error.
 */
export function snapshotYears(options: { from?: number; to?: number }, oldPath: string, newPath: string, scenarioSnapshot?: { path: string; year: number }): SnapshotYears {
  // A snapshot without a year in its name that is the scenario's own headcount is at horizon.start:
  // so OLD and NEW given the wrong way round are found out rather than taken a year apart.
  const ownYear = (path: string) => (path === scenarioSnapshot?.path ? scenarioSnapshot.year : undefined);
  const sourceOf = (flag: number | undefined, path: string): YearSource | undefined => (flag !== undefined ? 'flag' : yearInFileName(path) !== undefined ? 'name' : ownYear(path) !== undefined ? 'scenario' : undefined);
  const from = options.from ?? yearInFileName(oldPath) ?? ownYear(oldPath);
  const to = options.to ?? yearInFileName(newPath) ?? ownYear(newPath);
  const fromSource = sourceOf(options.from, oldPath);
  const toSource = sourceOf(options.to, newPath);
  // A flag wins over the year in the file's name, but not in silence: --from 2023 for
  // personeel-2025.csv measured three years where there was one, and annualised every rate by it.
  const notes: Diagnostic[] = [];
  for (const [flag, year, path] of [['--from', options.from, oldPath], ['--to', options.to, newPath]] as const) {
    const date = year === undefined ? dateInFileName(path) : undefined;
    if (date?.yearEnd !== undefined) {
      notes.push({
        code: 'CALIBRATE_YEAR_END',
        severity: 'notice',
        file: path,
        line: 0,
        column: 0,
        message: `the file name says ${date.yearEnd}: the state at the end of that day is the state of 1 January ${date.year}, and it is measured as such`,
        messageNl: `de bestandsnaam noemt ${date.yearEnd}: de stand aan het eind van die dag is die van 1 januari ${date.year}, en zo wordt hij gemeten`,
      });
    }
    const named = yearInFileName(path);
    if (year === undefined || named === undefined || named === year) continue;
    notes.push({
      code: 'CALIBRATE_YEAR_CONFLICT',
      severity: 'warning',
      file: path,
      line: 0,
      column: 0,
      message: `${flag} ${year}, but the file name says ${String(named)}: spp takes 1 January ${year} (${flag} wins). If the export is of ${String(named)}, leave ${flag} out`,
      messageNl: `${flag} ${year}, maar de bestandsnaam noemt ${String(named)}: spp rekent met 1 januari ${year} (${flag} gaat voor). Is de export van ${String(named)}, laat ${flag} dan weg`,
    });
  }
  if (from !== undefined && to !== undefined && fromSource !== undefined && toSource !== undefined) {
    const sources = { from: fromSource, to: toSource };
    if (fromSource === 'scenario') return { from, to, sources, notes, guessed: { file: oldPath, flag: '--from', year: from, fromScenario: true } };
    if (toSource === 'scenario') return { from, to, sources, notes, guessed: { file: newPath, flag: '--to', year: to, fromScenario: true } };
    return { from, to, sources, notes };
  }
  if (from !== undefined && fromSource !== undefined) return { from, to: from + 1, sources: { from: fromSource, to: 'assumed' }, notes, guessed: { file: newPath, flag: '--to', year: from + 1, fromScenario: false } };
  if (to !== undefined && toSource !== undefined) return { from: to - 1, to, sources: { from: 'assumed', to: toSource }, notes, guessed: { file: oldPath, flag: '--from', year: to - 1, fromScenario: false } };
  throw new UserError(
    { en: `cannot tell the snapshots' reference years: give --from and --to (e.g. --from 2025 --to 2026), or put the year in the file names (headcount-2025.csv)`, nl: `de peiljaren van de peilbestanden zijn niet af te leiden: geef --from en --to (bijvoorbeeld --from 2025 --to 2026), of zet het jaar in de bestandsnamen (headcount-2025.csv)` },
    2,
  );
}

/** "1 January 2026, from its file name" / "1 januari 2026, volgens de bestandsnaam": a snapshot's date and where spp has it from. */
function datedBy(year: number, source: YearSource, flag: '--from' | '--to'): Message {
  const by: Record<YearSource, Message> = {
    flag: { en: `from ${flag}`, nl: `volgens ${flag}` },
    name: { en: 'from its file name', nl: 'volgens de bestandsnaam' },
    scenario: { en: "as the scenario's own headcount (horizon.start)", nl: 'als personeelsbestand van het scenario (horizon.start)' },
    assumed: { en: 'assumed: one year from the other', nl: 'aangenomen: één jaar van het andere' },
  };
  return { en: `1 January ${year}, ${by[source].en}`, nl: `1 januari ${year}, ${by[source].nl}` };
}

/** The command with OLD and NEW the other way round: `spp calibrate NEW OLD`, or backtest's --headcount NEW --actual OLD. */
function swappedCommand(command: 'calibrate' | 'backtest', newName: string, oldName: string, flags: string): string {
  return command === 'calibrate' ? `spp calibrate ${shellWord(newName)} ${shellWord(oldName)}${flags}` : `spp backtest -s … --headcount ${shellWord(newName)} --actual ${shellWord(oldName)}${flags}`;
}

/** A path as a word to type in a shell: quoted when it holds a space or another special character. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

/**
 * OLD and NEW whose dates do not put NEW later (CALIBRATE_YEARS_ORDER, exit 2): both files with the
 * date of each and where it comes from, and the command with the two swapped (and --from/--to with
 * them, when given), or — for one date twice — that there is no time between them to measure.
 */
function yearsOrderError(oldPath: string, newPath: string, years: SnapshotYears, command: 'calibrate' | 'backtest'): UserError {
  const { from, to, sources } = years;
  const oldName = displayPath(oldPath);
  const newName = displayPath(newPath);
  const oldDate = datedBy(from, sources.from, '--from');
  const newDate = datedBy(to, sources.to, '--to');
  const flagged = sources.from === 'flag' || sources.to === 'flag';
  const swappedFlags = flagged ? ` --from ${to} --to ${from}` : '';
  const swapped = swappedCommand(command, newName, oldName, swappedFlags);
  const message: Message =
    to === from
      ? {
          en: `this snapshot (NEW, ${newDate.en}) has the same reference date as OLD, ${oldName} (${oldDate.en}): with no time between them nobody can have left or moved. Give two exports a year or more apart${flagged ? ', or correct --from/--to' : ''}`,
          nl: `dit peilbestand (NIEUW, ${newDate.nl}) heeft dezelfde peildatum als OUD, ${oldName} (${oldDate.nl}): zonder tijd ertussen kan niemand vertrokken of overgestapt zijn. Geef twee exports die een jaar of meer uit elkaar liggen${flagged ? ', of verbeter --from/--to' : ''}`,
        }
      : {
          en: `this snapshot (NEW, ${newDate.en}) is older than OLD, ${oldName} (${oldDate.en}): spp ${command} takes the older export first${command === 'backtest' ? ' (--headcount, or the scenario\'s own)' : ''}. Swapped? Then run: ${swapped} (with the same other options)${flagged ? '; or, if the files are in the right order, correct --from/--to' : ''}`,
          nl: `dit peilbestand (NIEUW, ${newDate.nl}) is ouder dan OUD, ${oldName} (${oldDate.nl}): spp ${command} neemt eerst de oudere export${command === 'backtest' ? ' (--headcount, of die van het scenario)' : ''}. Omgedraaid? Geef dan: ${swapped} (met dezelfde andere opties)${flagged ? '; of, als de bestanden in de goede volgorde staan, verbeter --from/--to' : ''}`,
        };
  const summary: Message = to === from ? { en: 'the snapshots have the same reference date', nl: 'de peilbestanden hebben dezelfde peildatum' } : { en: 'the snapshots are in the wrong order', nl: 'de peilbestanden staan in de verkeerde volgorde' };
  return new UserError(summary, 2, [...years.notes, { code: 'CALIBRATE_YEARS_ORDER', severity: 'error', file: newPath, line: 0, column: 0, message: message.en, messageNl: message.nl }]);
}
