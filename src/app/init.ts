import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../diagnostics/diagnostic.js';
import type { MessageLang } from '../diagnostics/message.js';
import { removeFoldersMade, writeFilesAtomic } from '../io/write-file-atomic.js';
import { describeFsError, errnoOf } from '../io/fs-errors.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The starter set shipped with spp (templates/init/nl and templates/init/en: the same data, scenarios
 * and comments in the user's language), found from this module so it works when installed.
 */
const templateDir = (lang: MessageLang): string => join(PACKAGE_ROOT, 'templates/init', lang);

/** One file to write: where it goes (relative to the target folder) and its bytes. */
interface StarterFile {
  path: string;
  content: () => Promise<string | Buffer>;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

/** The small starter set in `lang`: 8 functions, 54 people, two scenarios, a column map template. */
async function starterFiles(lang: MessageLang): Promise<StarterFile[]> {
  const dir = templateDir(lang);
  return (await listFiles(dir)).map((path) => ({ path, content: () => readFile(join(dir, path)) }));
}

/**
 * Gemeente Voorbeeld, the bundled example: its data in data/, the four example scenarios in
 * scenarios/ with their data paths pointed at data/, and the column map template.
 */
async function voorbeeldFiles(lang: MessageLang): Promise<StarterFile[]> {
  const example = join(PACKAGE_ROOT, 'fixtures/example');
  const scenarios = join(PACKAGE_ROOT, 'scenarios');
  const files: StarterFile[] = (await listFiles(example)).map((f) => ({ path: `data/${f}`, content: () => readFile(join(example, f)) }));
  for (const f of await listFiles(scenarios)) {
    files.push({
      path: `scenarios/${f}`,
      content: async () => (await readFile(join(scenarios, f), 'utf8')).replaceAll('../fixtures/example/', '../data/').replaceAll('fixtures/example/', 'data/'),
    });
  }
  files.push({ path: 'columns.yaml', content: () => readFile(join(templateDir(lang), 'columns.yaml')) });
  return files;
}

/**
 * `spp init [DIR]`: writes the starter set — or, with `voorbeeld`, Gemeente Voorbeeld — plus the
 * scenario JSON Schema for editors into `dir`. Refuses, writing nothing, when any of the files
 * exists. Returns the paths written, relative to `dir`.
 */
export async function initProject(dir: string, schemaJson: string, options: { voorbeeld?: boolean; lang?: MessageLang } = {}): Promise<string[]> {
  const lang = options.lang ?? 'nl';
  const files = options.voorbeeld ? await voorbeeldFiles(lang) : await starterFiles(lang);
  files.push({ path: 'scenario.schema.json', content: async () => schemaJson });
  assertFolderOrNew(dir);
  const existing = files.map((f) => f.path).filter((f) => existsSync(join(dir, f)));
  if (existing.length > 0) {
    throw new UserError({ en: `refusing to overwrite existing files in ${dir}: ${existing.join(', ')}. Choose an empty folder: spp init DIR`, nl: `bestaande bestanden in ${dir} worden niet overschreven: ${existing.join(', ')}. Kies een lege map: spp init MAP` }, 2);
  }
  // A subfolder the starter set needs (data/, scenarios/) may exist as a file.
  for (const sub of new Set(files.map((f) => dirname(f.path)).filter((d) => d !== '.'))) assertFolderOrNew(join(dir, sub));
  let made: string | undefined;
  try {
    made = await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(describeFsError('create the folder', dir, error), 2);
  }
  // Written as one: a full disk or a missing permission half-way leaves no starter file behind.
  try {
    // A file that appears meanwhile (another program writing there) is refused as above: init has no --force.
    const whenExists = { en: 'Choose an empty folder: spp init DIR', nl: 'Kies een lege map: spp init MAP' };
    await writeFilesAtomic(
      files.map((file) => ({ path: join(dir, file.path), fill: async (temp) => writeFile(temp, await file.content(), { flag: 'wx' }) })),
      { whenExists },
    );
  } catch (error) {
    if (made !== undefined) await removeFoldersMade(made, dir);
    throw error;
  }
  return files.map((f) => f.path);
}

/** `dir` and its nearest existing ancestor must be folders (init onto or under a file is refused). */
function assertFolderOrNew(dir: string): void {
  for (let d = dir; ; d = dirname(d)) {
    let stats;
    try {
      stats = statSync(d);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' && dirname(d) !== d) continue;
      throw new UserError(describeFsError('write into', dir, error), 2);
    }
    if (stats.isDirectory()) return;
    // A device (/dev/null), a FIFO or a socket is not "a file" to the user who typed it.
    const [en, nl] = stats.isFile() ? ['a file', 'een bestand'] : ['a device or special file', 'een apparaat of speciaal bestand'];
    throw new UserError(d === dir ? { en: `cannot write into ${dir}: it is ${en}, not a folder`, nl: `kan niet schrijven in ${dir}: het is ${nl}, geen map` } : { en: `cannot write into ${dir}: ${d} is ${en}, not a folder`, nl: `kan niet schrijven in ${dir}: ${d} is ${nl}, geen map` }, 2);
  }
}

/** The three commands to try next, with paths as the user typed the folder, in `lang`'s file names. */
export function nextSteps(dir: string, options: { voorbeeld?: boolean; lang?: MessageLang } = {}): string[] {
  const d = relative(process.cwd(), dir) || '.';
  const p = (f: string): string => (d === '.' ? f : `${d}/${f}`);
  const en = options.lang === 'en';
  const [first, second] = options.voorbeeld ? ['baseline', 'digitaal-versneld'] : en ? ['baseline', 'digital'] : ['basis', 'digitaal'];
  const lang = en ? ' --lang en' : '';
  return [
    `spp validate ${p('scenarios')}${lang}`,
    `spp project -s ${p(`scenarios/${first}.yaml`)}${lang}`,
    `spp report -s ${p(`scenarios/${second}.yaml`)} --out ${p(en ? 'report.html' : 'rapport.html')}${lang}`,
  ];
}
