import { UserError } from '../diagnostics/diagnostic.js';
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
    // `spp init "$DIR"` with DIR unset wrote into the working folder; without an argument DIR is '.'.
    if (dir.trim() === '') throw new UserError({ en: 'the folder (DIR) is empty: expected a folder to write into, or no DIR for the working folder', nl: 'de map (DIR) is leeg: verwacht een map om in te schrijven, of geen DIR voor de werkmap' }, 2);
    const { initProject, nextSteps } = await import('../app/init.js');
    const written = await initProject(resolve(dir), await formatScenarioJsonSchema(), options);
    inform(options, { en: `spp: wrote ${written.length} files to ${dir}:`, nl: `spp: ${written.length} bestanden geschreven in ${dir}:` });
    for (const f of written) inform(options, { en: `  ${f}`, nl: `  ${f}` });
    inform(options, { en: '\nNext, try:', nl: '\nProbeer daarna:' });
    for (const step of nextSteps(resolve(dir), options)) inform(options, { en: `  ${step}`, nl: `  ${step}` });
  });
}
