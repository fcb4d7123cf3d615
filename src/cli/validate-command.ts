import { Command, Option } from 'commander';
import type { ValidateOptions } from '../app/validate.js';
import { formatDiagnosticsGithub, formatDiagnosticsJson, formatDiagnosticsText, type DiagnosticFormat } from '../diagnostics/format-diagnostics.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageLang } from '../diagnostics/message.js';
import { PRESET_NAMES } from '../io/presets/preset-names.js';
import { setExitCode } from './cli-io.js';
import { addForceOption, addLangOption, colorEnabled, DELIMITER_HELP, emit, formatsOf, once, parseDelimiter, type GlobalOptions } from './shared.js';

const renderers = {
  text: (diagnostics, color, lang) => formatDiagnosticsText(diagnostics, { color, lang }),
  // JSON carries both texts (message in English, message_nl in Dutch) whatever --lang says.
  json: (diagnostics) => formatDiagnosticsJson(diagnostics),
  github: (diagnostics, _color, lang) => formatDiagnosticsGithub(diagnostics, lang),
} satisfies Record<DiagnosticFormat, (diagnostics: Diagnostic[], color: boolean, lang: MessageLang) => string>;

interface ValidateCommandOptions extends GlobalOptions, ValidateOptions {
  format: DiagnosticFormat;
  strict?: boolean;
  out?: string;
}

/** `spp validate [PATHS…]`: scenario files and their data, for CI. */
export function validateCommand(): Command {
  const command = new Command('validate')
    .summary('validate scenario files and the data they name (for CI)')
    .description(
      'Validates scenario files (files or folders; default scenarios/) and the function profiles and headcount ' +
        'they name (or --functions/--headcount), and cross-checks the references between them. ' +
        'Exit 0 when clean, 1 on any error (or warning with --strict), 2 when a path does not exist or a scenario file cannot be read.',
    )
    .argument('[paths...]', 'scenario files or folders (every *.yaml / *.yml in a folder)')
    .option('--functions <file>', 'function profiles CSV (instead of each scenario\'s data.functions)')
    .option('--headcount <file>', 'headcount CSV, or the export folder with --preset (instead of each scenario\'s data.headcount)')
    .option('--columns <file>', 'column map YAML (canonical: "Header in export")')
    .addOption(new Option('--preset <name>', 'HR-system export (raet-hrcore: --headcount names the export folder)').choices(PRESET_NAMES))
    .option('--delimiter <char>', DELIMITER_HELP, parseDelimiter)
    .addOption(new Option('--encoding <name>', 'CSV encoding (default: detected)').choices(['utf-8', 'windows-1252']))
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatsOf(renderers)).default('text'))
    .option('--strict', 'warnings fail too (exit 1)')
    .option('-o, --out <file>', 'write the result to this file (atomically) instead of stdout', once('--out'))
    .option('-q, --quiet', 'no messages on stderr')
    .option('--no-color', 'no colour')
    .option('--debug', 'show stack traces of unexpected errors');
  return addLangOption(addForceOption(command)).action(async (paths: string[], options: ValidateCommandOptions) => {
      const validateOptions: ValidateOptions = {};
      if (options.functions !== undefined) validateOptions.functions = options.functions;
      if (options.headcount !== undefined) validateOptions.headcount = options.headcount;
      if (options.columns !== undefined) validateOptions.columns = options.columns;
      if (options.preset !== undefined) validateOptions.preset = options.preset;
      if (options.delimiter !== undefined) validateOptions.delimiter = options.delimiter;
      if (options.encoding !== undefined) validateOptions.encoding = options.encoding;
      const { validate } = await import('../app/validate.js');
      const result = await validate(paths, validateOptions);
      const { diagnostics } = result;
      const lang = options.lang ?? 'nl';
      let text = renderers[options.format](diagnostics, options.out === undefined && colorEnabled(options), lang);
      if (options.format === 'text' && diagnostics.length === 0) {
        const n = result.scenarios.length + result.dataFiles.length;
        text = lang === 'nl' ? `geen problemen in ${n} ${n === 1 ? 'bestand' : 'bestanden'}\n` : `no problems in ${n} file${n === 1 ? '' : 's'}\n`;
      }
      const errors = diagnostics.some((d) => d.severity === 'error');
      const warnings = diagnostics.some((d) => d.severity === 'warning');
      // Set before writing: a failing or closed stdout must not turn a failed validation into exit 0.
      if (errors || (options.strict && warnings)) setExitCode(1);
      // A scenario file that cannot be read at all (permission denied, a folder, a device) is a file-system
      // problem like a missing path: exit 2, after listing it with the rest (#13 class 3).
      if (diagnostics.some((d) => d.code === 'SCENARIO_NOT_FOUND')) setExitCode(2);
      // Never over a file it validated: --out scenarios/baseline.yaml --force replaced the scenario with its report.
      await emit(text, options.out, result.inputs);
    });
}
