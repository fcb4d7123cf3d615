import { Command } from 'commander';
import { resolve } from 'node:path';
import { formatScenarioJsonSchema } from './schema-command.js';
import { addLangOption, inform, type GlobalOptions } from './shared.js';

/** `spp init [DIR]`: a small working starter set. */
export function initCommand(): Command {
  const command = new Command('init')
    .summary('write a small working example (data + scenarios) to start from')
    .argument('[dir]', 'folder to write into', '.')
    .option('--voorbeeld', 'write Gemeente Voorbeeld (1,500 people, 85 functions, four scenarios) instead of the small starter set')
    .option('-q, --quiet', 'no messages on stderr')
    .description(
      'Writes a small, commented starter set — data/functions.csv, data/headcount.csv, two scenarios ' +
        '(one extends the other), a column-map template and scenario.schema.json for editors — that ' +
        'validates and projects as written. With --voorbeeld it writes the bundled example municipality ' +
        'instead. Never overwrites: it refuses when any file already exists.',
    );
  return addLangOption(command).action(async (dir: string, options: GlobalOptions & { voorbeeld?: boolean }) => {
    const { initProject, nextSteps } = await import('../app/init.js');
    const written = await initProject(resolve(dir), await formatScenarioJsonSchema(), options);
    inform(options, { en: `spp: wrote ${written.length} files to ${dir}:`, nl: `spp: ${written.length} bestanden geschreven in ${dir}:` });
    for (const f of written) inform(options, { en: `  ${f}`, nl: `  ${f}` });
    inform(options, { en: '\nNext, try:', nl: '\nProbeer daarna:' });
    for (const step of nextSteps(resolve(dir), options)) inform(options, { en: `  ${step}`, nl: `  ${step}` });
  });
}
