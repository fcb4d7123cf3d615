import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { previousYearCsv } from '../../src/app/example-data/previous-year.js';
import { readFunctions } from '../../src/io/read-functions.js';

const exampleDir = fileURLToPath(new URL('../../fixtures/example/', import.meta.url));
const previousPath = `${exampleDir}headcount-2025.csv`;

async function generated(): Promise<string> {
  const functions = await readFunctions(`${exampleDir}functions.csv`);
  return previousYearCsv(readFileSync(`${exampleDir}headcount.csv`, 'utf8'), functions.value);
}

// `UPDATE_EXAMPLE=1 npx vitest run test/data` regenerates headcount-2025.csv too.
if (process.env['UPDATE_EXAMPLE'] === '1') writeFileSync(previousPath, await generated());

describe('Gemeente Voorbeeld, the year before', () => {
  it('headcount-2025.csv is exactly what the generator derives from headcount.csv', async () => {
    expect(await generated()).toBe(readFileSync(previousPath, 'utf8'));
  });
});
