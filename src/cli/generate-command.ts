import { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { addLangOption, inform, type GlobalOptions } from './shared.js';
import { parseSeed } from './monte-carlo-options.js';

/** A parser of a whole number ≥ 1 for `option`, with its message in both languages (exit code 2). */
function positiveInt(option: string): (text: string) => number {
  return (text) => {
    const n = Number(text);
    // Digits only, as --runs reads them: Number() would also take 0x10, 1e3 or ' 12 '.
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new UserError({ en: `${option} '${text}': expected a whole number ≥ 1`, nl: `${option} '${text}': verwacht een geheel getal ≥ 1` }, 2);
    return n;
  };
}

/** `spp generate DIR`: a synthetic data set of any size, seeded (for trying spp at scale and for benchmarks). */
export function generateCommand(): Command {
  const command = new Command('generate')
    .summary('write a synthetic, seeded data set of any size (functions.csv + headcount.csv)')
    .argument('<dir>', 'folder to write functions.csv and headcount.csv into')
    .option('--persons <n>', 'headcount rows', positiveInt('--persons'), 1500)
    .option('--functions <n>', 'number of functions (default: the 85 of Gemeente Voorbeeld)', positiveInt('--functions'))
    .option('--seed <n>', 'seed: the same seed gives the same bytes', parseSeed, 2026)
    .option('--force', 'replace functions.csv and headcount.csv when they exist')
    .option('-q, --quiet', 'no messages on stderr')
    .description(
      'Generates a fictional municipality in the formats of the bundled example, streamed to disk, so ' +
        '1,000,000 rows need little memory. With the defaults it writes Gemeente Voorbeeld itself. ' +
        'Never replaces an existing file unless --force is given.',
    );
  return addLangOption(command).action(async (dir: string, options: GlobalOptions & { persons: number; functions?: number; seed: number; force?: boolean }) => {
    // `spp generate "$OUT"` with OUT unset wrote into the working folder.
    if (dir.trim() === '') throw new UserError({ en: 'the folder (DIR) is empty: expected a folder to write into, e.g. spp generate data (or . for the working folder)', nl: 'de map (DIR) is leeg: verwacht een map om in te schrijven, bijvoorbeeld spp generate data (of . voor de werkmap)' }, 2);
    const { writeDataset } = await import('../app/generate.js');
    const written = await writeDataset(
      dir,
      { persons: options.persons, seed: options.seed, functions: options.functions ?? 'voorbeeld' },
      { force: options.force === true },
    );
    inform(options, {
      en: `spp: wrote ${written.functionsFile} and ${written.headcountFile} (${written.persons} persons, seed ${options.seed})`,
      nl: `spp: ${written.functionsFile} en ${written.headcountFile} geschreven (${written.persons} ${written.persons === 1 ? 'persoon' : 'personen'}, seed ${options.seed})`,
    });
  });
}
