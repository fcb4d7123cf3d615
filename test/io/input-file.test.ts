import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_BYTES, inputFileProblem, maxInputBytes } from '../../src/io/input-file.js';
import { readColumnMap } from '../../src/io/column-map.js';
import { readScenario } from '../../src/io/read-scenario.js';
import { streamCsv } from '../../src/io/csv/stream-csv.js';
import { CsvDiagnostics } from '../../src/io/csv/csv-diagnostics.js';

/** #13 class 4: special files and oversized inputs are refused with a clear message, never read forever. */
describe('bounded reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-input-'));
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);

  it('refuses devices, FIFOs and folders; accepts a regular file under the limit', () => {
    expect(inputFileProblem('/dev/zero')?.en).toMatch(/it is a device, not a regular file/);
    expect(inputFileProblem(fifo)?.en).toMatch(/it is a pipe or FIFO/);
    expect(inputFileProblem(dir)?.en).toMatch(/it is a folder/);
    expect(inputFileProblem(dir, { folderAllowed: true })).toBeNull();
    const file = join(dir, 'small.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    expect(inputFileProblem(file)).toBeNull();
    expect(inputFileProblem(file, { limit: 4 })?.en).toMatch(/more than the limit of 4 bytes \(set SPP_MAX_INPUT_BYTES/);
  });

  it('the limit is 2 GB unless SPP_MAX_INPUT_BYTES says otherwise', () => {
    expect(maxInputBytes({})).toBe(DEFAULT_MAX_INPUT_BYTES);
    expect(maxInputBytes({ SPP_MAX_INPUT_BYTES: '500M' })).toBe(500 * 1024 ** 2);
    expect(maxInputBytes({ SPP_MAX_INPUT_BYTES: '1048576' })).toBe(1048576);
    expect(() => maxInputBytes({ SPP_MAX_INPUT_BYTES: 'lots' })).toThrow(/expected a size/);
  });

  it('the readers refuse /dev/zero and a FIFO instead of reading forever or crashing', async () => {
    await expect(readColumnMap('/dev/zero')).rejects.toThrow(/cannot read \/dev\/zero: it is a device/);
    await expect(streamCsv(fifo, {}, new CsvDiagnostics(fifo), { header: () => true, row: () => undefined })).rejects.toThrow(/pipe or FIFO/);
    const scenario = await readScenario('/dev/zero');
    expect(scenario.value).toBeNull();
    expect(scenario.diagnostics.map((d) => d.code)).toEqual(['SCENARIO_NOT_FOUND']);
    const ext = join(dir, 'ext.yaml');
    writeFileSync(ext, 'extends: /dev/zero\nid: x\n');
    const extended = await readScenario(ext);
    expect(extended.diagnostics.map((d) => d.code)).toEqual(['SCENARIO_EXTENDS_MISSING']);
    expect(extended.diagnostics[0]!.message).toMatch(/it is a device/);
  });
});
