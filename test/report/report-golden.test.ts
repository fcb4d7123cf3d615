import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, type LoadedInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import type { ReportData } from '../../src/report/directie/report-data.js';
import { renderReport, type ReportFormat } from '../../src/report/directie/render-report.js';
import type { ReportLang } from '../../src/report/directie/texts/texts.js';

/**
 * Golden files of the report on the bundled example (Gemeente Voorbeeld, scenarios/baseline.yaml):
 * real .md/.html files a reviewer can open. Regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
const here = dirname(fileURLToPath(import.meta.url));
const golden = (name: string): string => join(here, '__golden__', name);
const root = join(here, '..', '..');

let inputs: LoadedInputs;
let data: ReportData;

beforeAll(async () => {
  inputs = await loadInputs({ example: true });
  data = buildReportData(await buildReportSource(inputs));
});

const cases: [ReportFormat, ReportLang][] = [
  ['md', 'nl'],
  ['md', 'en'],
  ['html', 'nl'],
  ['html', 'en'],
];

describe('report golden files (bundled example)', () => {
  for (const [format, lang] of cases) {
    it(`${format} ${lang} matches __golden__/example.${lang}.${format}`, async () => {
      const text = renderReport(data, { format, lang });
      const file = golden(`example.${lang}.${format}`);
      if (process.env['UPDATE_GOLDEN'] === '1') {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      }
      expect(text).toBe(await readFile(file, 'utf8'));
    });
  }

  it('is deterministic: a second run from scratch gives byte-identical output', async () => {
    const again = buildReportData(await buildReportSource(await loadInputs({ example: true })));
    for (const [format, lang] of cases) expect(renderReport(again, { format, lang })).toBe(renderReport(data, { format, lang }));
  });
});

describe('report golden files (scenarios/digitaal-versneld.yaml: every chapter filled)', () => {
  const words = {
    nl: ['Verdwijnende functies', 'Kwetsbare functies', 'Interne overstappen', 'Het actieplan per jaar', 'Kostenvergelijking'],
    en: ['Disappearing functions', 'Vulnerable functions', 'Internal moves', 'The action plan per year', 'Business case'],
  };
  // The report's data, built once (load, project, solve the plan) and rendered by each test below.
  let built: Promise<ReportData> | undefined;
  const richData = (): Promise<ReportData> =>
    (built ??= (async () => buildReportData(await buildReportSource(await loadInputs({ scenario: join(root, 'scenarios', 'digitaal-versneld.yaml') }))))());
  for (const lang of ['nl', 'en'] as const) {
    for (const format of ['md', 'html'] as const) {
      it(`${format} ${lang} matches __golden__/digitaal-versneld.${lang}.${format}`, async () => {
        const rich = await richData();
        const text = renderReport(rich, { format, lang });
        const file = golden(`digitaal-versneld.${lang}.${format}`);
        if (process.env['UPDATE_GOLDEN'] === '1') await writeFile(file, text);
        expect(text).toBe(await readFile(file, 'utf8'));
        for (const word of words[lang]) expect(text).toContain(word);
      });
    }
  }

  // Found by a reviewer beside spp plan: the flow chart (12 of its routes drawn) read F002 "7,4", its
  // routes drawn, while spp plan says "Uit 7,9"; F020 "3,6" vs "In 4,1", F074 "3,4" vs "In 3,9".
  it('labels a function in the flow chart with all its moves, as spp plan counts them, and says only the largest routes are drawn', async () => {
    const rich = await richData();
    const routes = rich.plan.pathways.filter((r) => r.hidden === null);
    expect(routes.length).toBeGreaterThan(12);
    const html = renderReport(rich, { format: 'html', lang: 'nl' });
    const start = html.indexOf('<svg', html.indexOf('id="doorontwikkelen"'));
    // Per node its name (one or two lines), then its FTE on the last line.
    const nodes = [...html.slice(start, html.indexOf('</svg>', start)).matchAll(/<g><title>([^<]*)<\/title>(.*?)<\/g>/g)].map((m) => ({
      title: m[1]!,
      lines: [...m[2]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!),
    }));
    const figure = (code: string): string | undefined => nodes.find((n) => n.title.startsWith(`${code} `))?.lines.at(-1);
    const total = (end: 'from' | 'to', code: string): string => routes.filter((r) => r[end] === code).reduce((a, r) => a + r.fte, 0).toFixed(1).replace('.', ',');
    expect([figure('F002'), figure('F020'), figure('F074')]).toEqual([total('from', 'F002'), total('to', 'F020'), total('to', 'F074')]);
    expect([figure('F002'), figure('F020'), figure('F074')]).toEqual(['7,9', '4,1', '4,4']);
    expect(html).toContain('De grafiek toont alleen de 12 grootste routes; de tabel noemt ze allemaal. Het getal bij een functie telt al haar overstappen, ook over routes die niet getekend zijn.');
    expect(renderReport(rich, { format: 'html', lang: 'en' })).toContain('The chart shows only the 12 largest pathways; the table lists them all. The figure beside a function counts all its moves, also over pathways not drawn.');
  });
});

describe('report content (bundled example)', () => {
  it('has the five chapters, in order, and the appendix', () => {
    const md = renderReport(data, { format: 'md', lang: 'nl' });
    const positions = ['Samenvatting', '1. Doorlichten', '2. Doorbreken', '3. Doorselecteren', '4. Doorontwikkelen', '5. Doorverbinden', 'Bijlage'].map((h) =>
      md.indexOf(`## ${h}`),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has an executive summary of five to seven sentences', () => {
    const md = renderReport(data, { format: 'md', lang: 'en' });
    const summary = md.split('## Summary')[1]!.split('\n## ')[0]!.trim();
    const sentences = summary.split(/(?<=\.)\s+/).filter((s) => s.length > 0);
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(sentences.length).toBeLessThanOrEqual(7);
  });

  it('formats numbers per locale: decimal comma in Dutch, decimal point in English', () => {
    const fte = data.workforce.fte;
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const en = renderReport(data, { format: 'md', lang: 'en' });
    const nlText = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.round(fte * 10) / 10);
    const enText = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.round(fte * 10) / 10);
    expect(nlText).toMatch(/^\d{1,3}(\.\d{3})*,\d$/);
    expect(nl).toContain(`${nlText} fte`);
    expect(en).toContain(`${enText} FTE`);
  });

  it('names the statuses in the report language', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    for (const word of ['verdwijnend', 'veranderend', 'opkomend', 'stabiel']) expect(nl).toContain(word);
    expect(nl).not.toMatch(/\| (disappearing|changing|emerging) \|/);
  });

  it('lists every assumption with its source file, and the stamp with a SHA-256 per input', () => {
    const md = renderReport(data, { format: 'md', lang: 'en' });
    expect(data.assumptions.some((a) => a.key === 'horizon.start' && a.source === 'baseline.yaml')).toBe(true);
    expect(data.assumptions.some((a) => a.source === null)).toBe(true); // defaults are listed as such
    for (const input of data.stamp.inputs) {
      expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(md).toContain(input.sha256);
    }
    expect(md).toContain(data.stamp.spp_version);
  });

  it('contains no employee id from the headcount, in any format or language', async () => {
    const headcount = await readFile(join(root, 'fixtures', 'example', 'headcount.csv'), 'utf8');
    const ids = [...new Set(headcount.match(/\bE\d{5}\b/g) ?? [])];
    expect(ids.length).toBeGreaterThan(100);
    for (const [format, lang] of cases) {
      const text = renderReport(data, { format, lang });
      expect(text.match(/\bE\d{5}\b/g)).toBeNull();
      for (const id of ids.slice(0, 50)) expect(text).not.toContain(id);
    }
  });

  it('the HTML page refers to nothing outside itself', () => {
    const html = renderReport(data, { format: 'html', lang: 'nl' });
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain('@page { size: A4');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect((html.match(/role="img"/g) ?? []).length).toBe((html.match(/<svg /g) ?? []).length);
  });
});
