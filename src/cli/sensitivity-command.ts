import { Command } from 'commander';
import { DEFAULT_DELTA, runSensitivityCommand } from '../app/sensitivity.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { sensitivityRenderers, type SensitivityFormat } from '../report/render-sensitivity.js';
import { addDataCommandOptions, inputPaths, loadOptionsOf, reportInputs, type DataCommandOptions } from './data-command.js';
import { colorEnabled, emit, inform, pickFormat } from './shared.js';

const FORMATS = Object.keys(sensitivityRenderers) as SensitivityFormat[];

/** Parses --delta: a share (0.2) or a percentage (20%), strictly between 0 and 1. */
function parseDelta(text: string): number {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(text);
  const value = m ? Number(m[1]!.replace(',', '.')) / (m[2] === '%' ? 100 : 1) : Number.NaN;
  if (!(value > 0 && value < 1)) throw new UserError(`--delta '${text}': expected a relative change between 0 and 1, e.g. 0.2 or 20%`, 2);
  return value;
}

/** `spp sensitivity`: every numeric assumption moved down and up, one at a time, ranked (a tornado). */
export function sensitivityCommand(): Command {
  const command = new Command('sensitivity')
    .summary('every assumption moved down and up, one at a time: what matters most for the gap')
    .description(
      'Moves each numeric assumption of the scenario (automation targets, attrition, growth, renewal, reinvested, ' +
        'transitions, retirement age, emerging demand) by −delta and +delta, one at a time, and shows the change in the ' +
        'total gap at the horizon and in shortage FTE-years, ranked by the largest swing.',
    );
  addDataCommandOptions(command, FORMATS)
    .option('--delta <share>', `relative move of every assumption (default ${DEFAULT_DELTA}, i.e. 20%)`, parseDelta)
    .action(async (options: DataCommandOptions & { delta?: number }) => {
      const format = pickFormat(options.format, FORMATS);
      const { inputs, result } = await runSensitivityCommand(loadOptionsOf(options), options.delta ?? DEFAULT_DELTA);
      reportInputs(options, inputs);
      const text = sensitivityRenderers[format](result, { color: options.out === undefined && colorEnabled(options), dialect: options.csvDialect ?? 'rfc' });
      await emit(text, options.out, inputPaths(inputs));
      if (options.out !== undefined && options.out !== '-') inform(options, `spp: wrote ${options.out}`);
    });
  return command;
}
