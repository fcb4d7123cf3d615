import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../src/app/explain.js';
import { runProject } from '../../src/app/project.js';
import { runReskill } from '../../src/app/reskill-plan.js';
import type { ExplainResult } from '../../src/domain/results.js';
import { listAssumptions } from '../../src/report/directie/report-data.js';
import { labeller } from '../../src/report/labels.js';
import { renderExplainMarkdown, renderExplainText } from '../../src/report/render-explain.js';
import { renderJson, renderProjectCsv, renderProjectMarkdown, renderProjectTable } from '../../src/report/render-projection.js';
import { renderReskillCsv, renderReskillMarkdown, renderReskillTable } from '../../src/report/render-reskill.js';
import { renderProjectWorkbook } from '../../src/report/xlsx/result-workbooks.js';

/**
 * Privacy in every output besides the report (which has its own test): no employee id anywhere;
 * `explain` shows ages only as the rules' bands and, for a function under privacy.min_group, no
 * persons and no outflow by kind — in table, Markdown and JSON.
 */
const root = join(import.meta.dirname, '..', '..');
const scenario = join(root, 'scenarios', 'digitaal-versneld.yaml');
/** F079 Privacy Officer: 3 people in the example. */
const SMALL = 'F079';
const EMPLOYEE_ID = /\bE\d{5}\b/;

let small: ExplainResult;
let large: ExplainResult;
let dir: string;

beforeAll(async () => {
  small = (await runExplain({ scenario }, SMALL)).result;
  large = (await runExplain({ scenario }, 'F003')).result;
  dir = await mkdtemp(join(tmpdir(), 'spp-privacy-out-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('spp explain', () => {
  it('suppresses the supply detail of a function under min_group in JSON', () => {
    expect(small.privacy).toEqual({ min_group: 5, suppressed: true });
    const json = renderJson(small);
    for (const key of ['start_persons', 'end_persons', 'retired_fte', 'retired_persons', 'attrition', 'contract_ended_fte', 'ages']) {
      expect(json).not.toContain(`"${key}"`);
    }
    expect(small.years[0]!.supply).toEqual({ suppressed: 'min_group', start_fte: small.years[0]!.supply.start_fte, end_fte: small.years[0]!.supply.end_fte });
  });

  it('suppresses it in the table and Markdown too, and says why', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const text of [renderExplainText(small, { color: false, lang }), renderExplainMarkdown(small, { lang })]) {
        expect(text).not.toMatch(/person(en|s)\)|personen\)|retired|pensioen \(|attrition,|verloop,/);
        expect(text).toContain('privacy.min_group');
      }
    }
  });

  it("shows ages only as the attrition rules' bands, never the ages of the people in a function", () => {
    const bands = new Set(large.years.flatMap((y) => ('suppressed' in y.supply ? [] : y.supply.attrition.map((a) => a.ages))));
    expect([...bands].sort()).toEqual(['35-44', '45-54', '<35', '>=55']);
    expect(large.privacy.suppressed).toBe(false);
    const text = renderExplainText(large, { color: false, lang: 'nl' });
    expect(text).toContain('verloop, leeftijd <35: 9,0%');
    expect(text).not.toMatch(/leeftijd \d+-\d+:(?! )/);
  });
});

describe('no employee id in any output format', () => {
  it('project: table, csv (both dialects), md, json, xlsx', async () => {
    const { result, inputs } = await runProject({ scenario });
    const texts = [
      renderProjectTable(result, { color: false, dialect: 'rfc', width: 120 }),
      renderProjectCsv(result, { color: false, dialect: 'rfc' }),
      renderProjectCsv(result, { color: false, dialect: 'excel-nl' }),
      renderProjectMarkdown(result, { color: false, dialect: 'rfc' }),
      renderJson(result),
    ];
    for (const t of texts) expect(t).not.toMatch(EMPLOYEE_ID);
    const bytes = await renderProjectWorkbook(result, {}, {
      lang: 'nl',
      assumptions: listAssumptions(inputs.scenario, inputs.loaded.raw),
      notes: result.assumptions,
      stamp: result.stamp,
      label: labeller('nl'),
    });
    const file = join(dir, 'p.xlsx');
    await writeFile(file, bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(EMPLOYEE_ID)));
  });

  it('reskill: table, csv, md', async () => {
    const { result, inputs } = await runReskill({ scenario });
    const names = new Map(inputs.functions.map((f) => [f.id, f.name]));
    for (const t of [renderReskillTable(result, { color: false, dialect: 'rfc', names }), renderReskillCsv(result, { color: false, dialect: 'excel-nl', names }), renderReskillMarkdown(result, { color: false, dialect: 'rfc', names })]) {
      expect(t).not.toMatch(EMPLOYEE_ID);
    }
  });

  it('explain: table, md, json', () => {
    for (const r of [small, large]) {
      for (const t of [renderExplainText(r, { color: false }), renderExplainMarkdown(r, {}), renderJson(r)]) expect(t).not.toMatch(EMPLOYEE_ID);
    }
  });
});
