import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';

/** The starter set shipped with spp (templates/init), found from this module so it works when installed. */
export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/init/', import.meta.url));

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

/**
 * `spp init [DIR]`: writes the starter set (data, two scenarios, a column map template and the
 * scenario JSON Schema for editors) into `dir`. Refuses, writing nothing, when any of the files exists.
 * Returns the paths written, relative to `dir`.
 */
export async function initProject(dir: string, schemaJson: string): Promise<string[]> {
  const files = await listFiles(TEMPLATE_DIR);
  const targets = [...files, 'scenario.schema.json'];
  const existing = targets.filter((f) => existsSync(join(dir, f)));
  if (existing.length > 0) {
    throw new UserError(
      `refusing to overwrite existing files in ${dir}: ${existing.join(', ')}. Choose an empty folder: spp init DIR`,
      2,
    );
  }
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeFileAtomic(join(dir, file), await readFile(join(TEMPLATE_DIR, file)));
  await writeFileAtomic(join(dir, 'scenario.schema.json'), schemaJson);
  return targets;
}

/** The three commands to try next, with paths as the user typed the folder. */
export function nextSteps(dir: string): string[] {
  const d = relative(process.cwd(), dir) || '.';
  const p = (f: string): string => (d === '.' ? f : `${d}/${f}`);
  return [
    `spp validate ${p('scenarios')}`,
    `spp project -s ${p('scenarios/basis.yaml')}`,
    `spp report -s ${p('scenarios/digitaal.yaml')} --format html --out ${p('rapport.html')}`,
  ];
}
