import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** SHA-256 (hex) of a file's bytes; of a folder (a multi-file export), of its files' names and hashes in name order. */
export async function sha256Of(path: string): Promise<string> {
  if ((await stat(path)).isDirectory()) {
    const hash = createHash('sha256');
    const names = (await readdir(path)).sort();
    for (const name of names) {
      if ((await stat(join(path, name))).isFile()) hash.update(`${name}\0${await sha256Of(join(path, name))}\n`);
    }
    return hash.digest('hex');
  }
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')));
  });
}
