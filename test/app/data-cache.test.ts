import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataCache } from '../../src/app/data-cache.js';
import { loadInputs } from '../../src/app/load-inputs.js';
import { validate } from '../../src/app/validate.js';

describe('the shared data cache', () => {
  it('reads and folds the data once for two scenarios on the same data', async () => {
    const cache = createDataCache();
    const baseline = await loadInputs({ scenario: 'scenarios/baseline.yaml' }, cache);
    const digital = await loadInputs({ scenario: 'scenarios/digitaal-versneld.yaml' }, cache);
    expect(cache.reads.headcount).toBe(1);
    expect(cache.reads.functions).toBe(1);
    // one folded workforce, shared — and the same as each scenario reads on its own
    expect(digital.workforce).toBe(baseline.workforce);
    const alone = await loadInputs({ scenario: 'scenarios/digitaal-versneld.yaml' });
    expect(alone.workforce).toEqual(digital.workforce);
    expect(alone.functions).toEqual(digital.functions);
    expect(alone.files).toEqual(digital.files);
  });

  it('reads again when an option the reading depends on differs', async () => {
    const cache = createDataCache();
    await loadInputs({ scenario: 'scenarios/baseline.yaml' }, cache);
    await loadInputs({ scenario: 'scenarios/baseline.yaml', groupBy: 'afdeling' }, cache);
    expect(cache.reads.headcount).toBe(2);
    expect(cache.reads.functions).toBe(1);
  });

  it("takes the headcount's hash from its one read: the stamp's SHA-256 without reading the file again", async () => {
    const cache = createDataCache();
    const inputs = await loadInputs({ scenario: 'scenarios/baseline.yaml' }, cache);
    const headcount = inputs.files.find((f) => f.role === 'headcount')!;
    expect(headcount.sha256).toBe(createHash('sha256').update(readFileSync(headcount.path)).digest('hex'));
    // scenario and functions are hashed by reading them; the headcount is not read a second time
    expect(cache.reads.sha256).toBe(inputs.files.length - 1);
  });

  it('is what validate uses: every scenario in the folder, each data file read once', async () => {
    const cache = createDataCache();
    const result = await validate(['scenarios'], {}, cache);
    expect(result.scenarios.length).toBe(4);
    expect(cache.reads.headcount).toBe(1);
    expect(cache.reads.functions).toBe(1);
  });
});
