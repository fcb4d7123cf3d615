import type ExcelJS from 'exceljs';
import { round } from '../../src/domain/round.js';

/**
 * The numbers of a workbook that hold more than their column shows (fte '#,##0.0': one decimal, euros
 * and counts whole, '0.00' two), as "sheet!row:column=value"; text columns (settings) and shares left out.
 */
export function moreThanShown(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row, r) => {
      row.eachCell((cell, k) => {
        const format = cell.numFmt ?? '';
        if (typeof cell.value !== 'number' || format === '' || format.includes('%')) return;
        const decimals = format.includes('0.00') ? 2 : format.includes('0.0') ? 1 : 0;
        if (round(cell.value, decimals) !== cell.value) out.push(`${ws.name}!${r}:${k}=${cell.value}`);
      });
    });
  }
  return out;
}
