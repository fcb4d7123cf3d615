import { Command } from 'commander';
import { resolve } from 'node:path';
import { formatScenarioJsonSchema } from './schema-command.js';
import { inform } from './shared.js';

/** `spp init [DIR]`: a small working starter set. */
export function initCommand(): Command {
  return new Command('init')
    .summary('write a small working example (data + scenarios) to start from')
    .argument('[dir]', 'folder to write into', '.')
    .option('--voorbeeld', 'write Gemeente Voorbeeld (1,500 people, 85 functions, four scenarios) instead of the small starter set')
    .option('-q, --quiet', 'no messages on stderr')
    .description(
      'Writes a small, commented starter set — data/functions.csv, data/headcount.csv, two scenarios ' +
        '(one extends the other), a column-map template and scenario.schema.json for editors — that ' +
        'validates and projects as written. With --voorbeeld it writes the bundled example municipality ' +
        'instead. Never overwrites: it refuses when any file already exists.',
    )
    .action(async (dir: string, options: { quiet?: boolean; voorbeeld?: boolean }) => {
      const { initProject, nextSteps } = await import('../app/init.js');
      const written = await initProject(resolve(dir), await formatScenarioJsonSchema(), options);
      inform(options, `spp: wrote ${written.length} files to ${dir}:`);
      for (const f of written) inform(options, `  ${f}`);
      inform(options, '\nNext, try:');
      for (const step of nextSteps(resolve(dir), options)) inform(options, `  ${step}`);
    });
}
