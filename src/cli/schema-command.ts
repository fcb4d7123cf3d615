import { Command } from 'commander';
import { addForceOption, addLangOption, emit, once } from './shared.js';

/** `spp schema`: the JSON Schema of scenario files, for editors and other validators. */
export function schemaCommand(): Command {
  const command = new Command('schema')
    .summary('print the JSON Schema of scenario files')
    .description(
      'Prints the JSON Schema (draft 2020-12) of scenario files, generated from the same schema spp validate uses. ' +
        'Point your editor at it with a first line `# yaml-language-server: $schema=../scenario.schema.json`.',
    )
    .option('-o, --out <file>', 'write the schema to this file (atomically) instead of stdout', once('--out'));
  return addLangOption(addForceOption(command)).action(async (options: { out?: string }) => {
      await emit(await formatScenarioJsonSchema(), options.out);
    });
}

/** The schema as the text `spp schema` prints (and scenario.schema.json holds). */
export async function formatScenarioJsonSchema(): Promise<string> {
  const { scenarioJsonSchema } = await import('../app/scenario-json-schema.js');
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
