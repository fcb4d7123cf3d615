import { readFileSync } from 'node:fs';

/** spp's version, read once from package.json (it travels with the built files). */
export const SPP_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
