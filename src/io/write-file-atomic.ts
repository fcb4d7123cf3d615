import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';

/** Writes `data` to `path` atomically: a temp file beside it, then a rename. A reader never sees half a file. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(resolve(path));
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 2);
  }
}

/** Refuses an output path that is one of the inputs (it would destroy the input). */
export function assertNotAnInput(out: string, inputs: readonly string[]): void {
  const canonical = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const target = canonical(out);
  for (const input of inputs) {
    if (canonical(input) === target) {
      throw new UserError(`refusing to write the output to ${out}: it is one of the inputs`, 2);
    }
  }
}
