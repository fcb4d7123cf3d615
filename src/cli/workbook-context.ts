import type { LoadedInputs } from '../app/load-inputs.js';
import type { Stamp } from '../domain/results.js';
import { listAssumptions } from '../report/directie/report-data.js';
import { labeller, type Lang } from '../report/labels.js';
import type { PlanWorkbookContext } from '../report/xlsx/plan-workbook.js';
import type { WorkbookContext } from '../report/xlsx/result-workbooks.js';

/** What an xlsx workbook shows besides its views: every scenario setting with its source, the notes, the stamp. */
/** `notesAreAssumptions`: `notes` are the model's assumptions (`spp project`), not notes on a result. */
export function workbookContext(inputs: LoadedInputs, notes: readonly string[], stamp: Stamp, lang: Lang, notesAreAssumptions = false): WorkbookContext {
  return {
    lang,
    notesAreAssumptions,
    assumptions: listAssumptions(inputs.scenario, inputs.loaded.raw, (path) => inputs.loaded.locate(path), inputs.given),
    notes,
    stamp,
    label: labeller(lang, inputs.scenario.labels),
    discountRate: inputs.scenario.plan?.discount_rate ?? 0,
  };
}

/** A plan's workbook context: besides the above, whether the scenario has the reduced-hours lever. */
export function planWorkbookContext(inputs: LoadedInputs, notes: readonly string[], stamp: Stamp, lang: Lang): PlanWorkbookContext {
  return { ...workbookContext(inputs, notes, stamp, lang), reducedHoursAllowed: (inputs.scenario.plan?.reduced_hours.length ?? 0) > 0 };
}
