import { Command } from 'commander';
import { DEFAULT_DELTA } from '../domain/sensitivity.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { sensitivityRenderers, type SensitivityFormat } from '../report/render-sensitivity.js';
import { labeller } from '../report/labels.js';
import { addDataCommandOptions, inputPaths, loadOptionsOf, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { colorEnabled, emit, emitBinary, inform, pickFormatFor, wrote } from './shared.js';
import { countLine, progressShown } from './plan-progress.js';

const FORMATS = [...(Object.keys(sensitivityRenderers) as SensitivityFormat[]), 'xlsx' as const];

/** Parses --delta: a share (0.2) or a percentage (20%), strictly between 0 and 1. */
function parseDelta(text: string): number {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(text);
  const value = m ? Number(m[1]!.replace(',', '.')) / (m[2] === '%' ? 100 : 1) : Number.NaN;
  if (!(value > 0 && value < 1)) throw new UserError({ en: `--delta '${text}': expected a relative change between 0 and 1, e.g. 0.2 or 20%`, nl: `--delta '${text}': verwacht een relatieve verandering tussen 0 en 1, bijvoorbeeld 0,2 of 20%` }, 2);
  return value;
}

/** `spp sensitivity`: every numeric assumption moved down and up, one at a time, ranked (a tornado). */
export function sensitivityCommand(): Command {
  const command = new Command('sensitivity')
    .summary('every assumption moved down and up, one at a time: what matters most for the gap')
    .description(
      'Moves each numeric assumption of the scenario (automation targets, attrition, growth, renewal, reinvested, ' +
        'transitions, retirement age, emerging demand) by −delta and +delta, one at a time, and shows the change in the ' +
        'total gap at the horizon and in shortage FTE-years, ranked by the largest swing. With a plan: block in the ' +
        'scenario, every variant re-solves the plan and the plan cost change is shown too, and the plan\'s cost ' +
        'parameters are moved as well (--no-plan leaves the plan out).',
    );
  addDataCommandOptions(command, FORMATS)
    .option('--delta <share>', `relative move of every assumption (default ${DEFAULT_DELTA}, i.e. 20%)`, parseDelta)
    .option('--no-plan', 'leave the plan out even when the scenario has a plan: block (no plan is solved: fast)')
    .action(async (options: DataCommandOptions & { delta?: number; plan: boolean }) => {
      const format = pickFormatFor(options.format, options.out, FORMATS);
      // A workbook needs --out: said before the variants are run (seconds), not after.
      if (format === 'xlsx' && (options.out === undefined || options.out === '-')) await emitBinary(new Uint8Array(), options.out, format);
      const { runSensitivityCommand } = await import('../app/sensitivity.js');
      const { inputs, result } = await runSensitivityCommand(loadOptionsOf(options), {
        delta: options.delta ?? DEFAULT_DELTA,
        plan: options.plan,
        ...(progressShown(options) ? { onProgress: progressLine(options.lang ?? 'nl') } : {}),
      });
      reportInputs(options, inputs);
      const names = new Map(inputs.functions.map((f) => [f.id, f.name]));
      if (format === 'xlsx') {
        const [{ renderSensitivityWorkbook }, { workbookContext }] = await Promise.all([import('../report/xlsx/sensitivity-workbook.js'), import('./workbook-context.js')]);
        const bytes = await renderSensitivityWorkbook(result, names, workbookContext(inputs, [], result.stamp, options.lang ?? 'nl'));
        await emitBinary(bytes, options.out, format, inputPaths(inputs));
        inform(options, wrote(options.out));
        return;
      }
      const text = sensitivityRenderers[format](result, {
        color: options.out === undefined && colorEnabled(options),
        dialect: options.csvDialect ?? 'rfc',
        lang: options.lang ?? 'nl',
        width: terminalWidth(),
        label: labeller(options.lang ?? 'nl', inputs.scenario.labels),
        names,
      });
      await emit(text, options.out, inputPaths(inputs));
      if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
    });
  return command;
}

/** A progress line on stderr (TTY only) for a run that re-solves the plan per variant: redrawn in place, wiped when done. */
export function progressLine(lang: 'nl' | 'en'): (done: number, total: number) => void {
  return countLine((done, total) => (lang === 'en' ? `spp: sensitivity ${done}/${total} variants` : `spp: gevoeligheid, variant ${done} van ${total}`));
}
