import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import type { Message } from '../diagnostics/message.js';
import type { ProjectResult } from '../domain/results.js';
import type { Withheld } from '../domain/suppress.js';
import type { FunctionRows, FunctionsRead } from '../io/read-functions.js';
import type { Cell } from '../domain/workforce.js';
import type { LoadedInputs } from './load-inputs.js';

/**
 * A withheld function without a formation (README, "Privacy in every output"). Where functions.csv
 * gives a function no `formation_fte`, its demand starts at the FTE its people fill (SPEC §2.1), and
 * every later year's demand is that figure times factors anyone can compute from the scenario and
 * functions.csv (growth, the automation of its task mix, overrides). The total demand minus the shown
 * functions' demand then gives, year by year, a sum of the withheld functions' start demands with
 * different factors — a system of equations whose solution is each one's people's FTE. Withholding
 * the demand of the withheld groups did not help: the shown totals carry it. So spp publishes nothing
 * projected from such data; every command that does reaches this check through buildProjectResult
 * (app/project.ts), and `spp validate` reports the small functions it can tell without a projection.
 */

/** The located error for one withheld function without a formation, at its row of functions.csv. */
function noFormationDiagnostic(fn: { id: string; name: string }, reason: Withheld, minGroup: number, rows: FunctionRows): Diagnostic {
  const line = rows.lines.get(fn.id);
  const at = rows.formation !== null && line !== undefined ? { line, column: rows.formation.column } : { line: rows.header, column: 0 };
  const message = noFormationMessage(fn, reason, minGroup);
  return { code: 'PRIVACY_NO_FORMATION', severity: 'error', file: rows.path, ...at, path: rows.formation?.name ?? 'formation_fte', message: message.en, messageNl: message.nl };
}

function noFormationMessage(fn: { id: string; name: string }, reason: Withheld, minGroup: number): Message {
  const named = `${fn.id} (${fn.name})`;
  const why: Message =
    reason === 'small'
      ? { en: `function ${named} has fewer than ${minGroup} persons and no formation_fte (formation)`, nl: `functie ${named} heeft minder dan ${minGroup} personen en geen formation_fte (formatie)` }
      : {
          en: `function ${named} is withheld so that a smaller function does not follow from a total, and has no formation_fte (formation)`,
          nl: `functie ${named} wordt afgeschermd zodat een kleinere functie niet uit een totaal volgt, en heeft geen formation_fte (formatie)`,
        };
  return {
    en:
      `${why.en}: without a formation its demand is the FTE of its people, and that can then be worked back from the organisation's demand year by year. ` +
      'Give its formation (from the formation plan); lowering privacy.min_group in the scenario is the other way out, only if your privacy officer agrees',
    nl:
      `${why.nl}: zonder formatie is haar vraag de fte van haar mensen, en die is dan uit de vraag van de organisatie per jaar terug te rekenen. ` +
      'Vul de formatie in (uit het formatieplan); privacy.min_group in het scenario verlagen kan ook, alleen als uw privacyfunctionaris daarmee instemt',
  };
}

/**
 * Refuses (exit 2, one located error per function) a result in which a function it withholds — small,
 * or withheld with one — has no formation. An emerging function's demand is the scenario's, not its
 * people's, and needs none.
 */
export function assertWithheldHaveFormation(result: Pick<ProjectResult, 'functions' | 'privacy'>, inputs: Pick<LoadedInputs, 'functions' | 'functionRows'>): void {
  const formations = new Map(inputs.functions.map((f) => [f.id, f.formationFte]));
  const rows = inputs.functionRows;
  const missing = result.functions.filter((f) => f.suppressed !== undefined && f.emerging !== true && (formations.get(f.id) ?? null) === null);
  if (missing.length === 0) return;
  const minGroup = result.privacy.min_group;
  const diagnostics = missing.map((f) => noFormationDiagnostic(f, f.suppressed!, minGroup, rows)).sort((a, b) => a.line - b.line);
  const file = displayPath(rows.path);
  const n = missing.length;
  throw new UserError(
    {
      en: `${file}: ${n} ${n === 1 ? 'function' : 'functions'} withheld for privacy ${n === 1 ? 'has' : 'have'} no formation (formation_fte), so the organisation's demand year by year would give their people's FTE back: spp publishes no figures from this data until they have one`,
      nl: `${file}: ${n} om privacy afgeschermde ${n === 1 ? 'functie heeft' : 'functies hebben'} geen formatie (formation_fte), dus uit de vraag van de organisatie per jaar volgt de fte van hun mensen: spp publiceert geen cijfers uit deze gegevens tot ze er een hebben`,
    },
    2,
    diagnostics,
  );
}

/**
 * What `spp validate` can tell without a projection: the functions of functions.csv with more than 0
 * but fewer than `minGroup` persons in the headcount and no formation — small, so withheld by every
 * command, which then refuses the data. The functions withheld only as a complement need the whole
 * suppression (the families, the vulnerable functions after the projection, the transitions): the
 * commands report those (README, "Privacy in every output").
 */
export function smallWithoutFormation(read: Pick<FunctionsRead, 'value' | 'rows'>, cells: readonly Cell[], minGroup: number): Diagnostic[] {
  const persons = new Map<string, number>();
  for (const c of cells) persons.set(c.functionId, (persons.get(c.functionId) ?? 0) + c.persons);
  return read.value.flatMap((f) => {
    const n = Math.round(persons.get(f.id) ?? 0);
    return f.formationFte === null && n > 0 && n < minGroup ? [noFormationDiagnostic(f, 'small', minGroup, read.rows)] : [];
  });
}
