import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runSpp } from './run-spp.js';

/**
 * Every workbook spp writes gives its code columns (function codes, pathway ends, scenario ids)
 * Excel's text format `@`: without it Excel flags `0123` as a number stored as text, and a code typed
 * into the cell becomes the number 123. Read back with exceljs, on data whose codes are `0123`, `12`,
 * `F014` and a long one.
 */
beforeAll(async () => buildCli());

const DIR = 'fixtures/cli/compare-codes';
const CODE_HEADERS = new Set(['Functiecode', 'Van', 'Naar', 'Scenario']);
let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'spp-xlsx-codes-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Per code column of every sheet: its data cells as `value @ format`. */
async function codeCells(file: string): Promise<{ where: string; value: unknown; format: string | undefined }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: { where: string; value: unknown; format: string | undefined }[] = [];
  for (const ws of wb.worksheets) {
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    header.forEach((h, i) => {
      if (typeof h !== 'string' || !CODE_HEADERS.has(h)) return;
      ws.eachRow((row, r) => {
        if (r === 1) return;
        const cell = row.getCell(i + 1);
        cells.push({ where: `${ws.name}!${r}:${h}`, value: cell.value, format: cell.numFmt });
      });
    });
  }
  return cells;
}

describe('xlsx: code columns have the text format', () => {
  it.each([
    ['project', ['project', '-s', `${DIR}/a.yaml`]],
    ['plan', ['plan', '-s', `${DIR}/a.yaml`]],
    ['reskill', ['reskill', '-s', `${DIR}/a.yaml`]],
    ['compare', ['compare', `${DIR}/a.yaml`, `${DIR}/b.yaml`]],
  ])('spp %s --format xlsx', async (name, args) => {
    const file = join(out, `${name}.xlsx`);
    const run = await runSpp([...args, '-f', 'xlsx', '-o', file, '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const cells = await codeCells(file);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.format !== '@').map((c) => c.where)).toEqual([]);
    // The codes are text, as written: no number in a code column.
    expect(cells.filter((c) => typeof c.value === 'number').map((c) => c.where)).toEqual([]);
    expect(cells.map((c) => c.value)).toContain('0123');
  });
});
