import { Command } from 'commander';
import { organiseRenderers, type OrganiseFormat } from '../report/render-organise.js';
import { addDataCommandOptions, inputPaths, loadOptionsOf, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { colorEnabled, emit, inform, pickFormatFor, wrote } from './shared.js';
import { labeller } from '../report/labels.js';

const FORMATS = Object.keys(organiseRenderers) as OrganiseFormat[];

/** `spp organise`: standard and custom work, now and at the horizon, and the pool candidates. */
export function organiseCommand(): Command {
  const command = new Command('organise')
    .summary('standard and custom work: where functions belong and where a pool of roles fits')
    .description(
      'Places every function by the predictability and complexity of its tasks (SPEC §3.7), now and at the horizon ' +
        'as automation shifts its task mix: standard work, specialist work, flexible service or custom work. ' +
        'Lists the pool candidates (custom work at the horizon) with their FTE and dominant roles, year by year.',
    );
  addDataCommandOptions(command, FORMATS).action(async (options: DataCommandOptions) => {
    const format = pickFormatFor(options.format, options.out, FORMATS);
    const { runOrganise } = await import('../app/organise.js');
    const { inputs, result } = await runOrganise(loadOptionsOf(options));
    reportInputs(options, inputs);
    const lang = options.lang ?? 'nl';
    const text = organiseRenderers[format](result, {
      color: options.out === undefined && colorEnabled(options),
      dialect: options.csvDialect ?? 'rfc',
      lang,
      label: labeller(lang, inputs.scenario.labels),
      width: terminalWidth(),
    });
    await emit(text, options.out, inputPaths(inputs));
    if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
  });
  return command;
}
