import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildSensitivityResult } from '../../src/app/sensitivity.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';

/**
 * Opens the HTML report in real headless Chromium (Debian's, at /usr/bin/chromium; install it with
 * scripts/ensure-chromium.sh): no console errors, no network request, every chart rendered with a
 * size, and printing to A4 gives several pages.
 */
const CHROMIUM = process.env['SPP_CHROMIUM'] ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe.skipIf(!existsSync(CHROMIUM))('HTML report in headless Chromium', () => {
  let browser: BrowserContext;
  let profile: string;
  let dir: string;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'spp-chromium-profile-'));
    dir = await mkdtemp(join(tmpdir(), 'spp-report-'));
    // A fresh user-data-dir: a persistent context on a new temporary profile.
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('would notice a request: the recorder catches an outside image (so the checks below can fail)', async () => {
    const file = join(dir, 'leaky.html');
    await writeFile(file, '<!DOCTYPE html><html><body><img src="http://example.invalid/logo.png" alt=""></body></html>');
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.route('**/*', async (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await page.close();
    expect(requests).toEqual(['http://example.invalid/logo.png']);
  });

  it('prints a long table\'s header on every page it runs over, and its total once, at its end, with the rows before it', async () => {
    // Chromium repeats a <tfoot> at the foot of every page a table spans: krimp-vacaturestop's
    // shortfall table showed "Totaal 440,1" under its first three rows on one page and again at its end.
    // And it keeps rows together (break-before: avoid) only within one row group: a big city's total
    // of "Routes in het plan" stood alone at the top of a page. The total is a row of the body, kept
    // with the two rows before it.
    const data = buildReportData(await buildReportSource(await loadInputs({ scenario: 'scenarios/krimp-vacaturestop.yaml' })));
    const file = join(dir, 'krimp.html');
    await writeFile(file, renderReport(data, { format: 'html', lang: 'nl' }));
    const page = await browser.newPage();
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // A string: the tests are typechecked without the DOM's types.
    const seen = (await page.evaluate(`({
      feet: document.querySelectorAll('tfoot').length,
      head: [...document.querySelectorAll('thead')].map((e) => getComputedStyle(e).display),
      totals: [...document.querySelectorAll('tr.total')].map((tr) => [
        tr.parentElement.tagName,
        getComputedStyle(tr).breakBefore,
        getComputedStyle(tr.previousElementSibling).breakBefore,
        tr.parentElement.querySelectorAll('tr.total').length,
      ].join(' ')),
    })`)) as { feet: number; head: string[]; totals: string[] };
    await page.close();
    expect(seen.feet).toBe(0);
    expect(new Set(seen.head)).toEqual(new Set(['table-header-group']));
    expect(seen.totals.length).toBeGreaterThan(5);
    expect(new Set(seen.totals)).toEqual(new Set(['TBODY avoid avoid 1']));
  }, 300_000);

  it('keeps every cell within its column, and breaks a scenario key at its dots and brackets, not inside a word', async () => {
    // A consultant's English appendix printed "5.6 FTE in 2035" over "8.4 FTE in 2035" in the
    // sensitivity table's narrow value columns, and keys broke as "targe/t", "famil/ies".
    const inputs = await loadInputs({ scenario: 'scenarios/digitaal-versneld.yaml' });
    const source = await buildReportSource(inputs);
    source.sensitivity = await buildSensitivityResult(inputs);
    const data = buildReportData(source);
    const file = join(dir, 'sensitivity.en.html');
    const html = renderReport(data, { format: 'html', lang: 'en' });
    expect(html).toMatch(/FTE in 20\d\d<\/td>/);
    await writeFile(file, html);
    const page = await browser.newPage();
    // The printed page's width: A4 less its margins (178 mm).
    await page.setViewportSize({ width: 673, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const found = (await page.evaluate(`(() => {
      const overflow = [];
      for (const td of document.querySelectorAll('td')) {
        const box = td.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(td);
        for (const r of range.getClientRects()) if (r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5)) overflow.push(td.textContent);
      }
      const split = [];
      for (const key of document.querySelectorAll('code')) {
        for (const node of key.childNodes) {
          if (node.nodeType !== 3 || node.textContent.trim() === '') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(node.textContent);
        }
      }
      return { cells: document.querySelectorAll('td').length, keys: document.querySelectorAll('code.key').length, overflow: [...new Set(overflow)], split };
    })()`)) as { cells: number; keys: number; overflow: string[]; split: string[] };
    await page.close();
    expect(found.cells).toBeGreaterThan(100);
    expect(found.keys).toBeGreaterThan(10);
    expect(found.overflow).toEqual([]);
    expect(found.split).toEqual([]);
  }, 300_000);

  // The example's report data, built once (load, project, solve the plan); each language renders its own page.
  let example: ReturnType<typeof exampleData> | undefined;
  const exampleData = async () => buildReportData(await buildReportSource(await loadInputs({ example: true })));
  for (const lang of ['nl', 'en'] as const) {
    it(`renders the ${lang} report without errors or requests, with every chart, on several A4 pages`, async () => {
      const data = await (example ??= exampleData());
      const file = join(dir, `report.${lang}.html`);
      await writeFile(file, renderReport(data, { format: 'html', lang }));

      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      // Route everything: the page itself is allowed, anything else is recorded and refused.
      const url = `file://${file}`;
      await page.route('**/*', async (route) => {
        if (route.request().url() === url) return route.continue();
        requests.push(route.request().url());
        return route.abort();
      });
      await page.goto(url, { waitUntil: 'load' });

      const charts = await page.locator('svg.chart').all();
      expect(charts.length).toBeGreaterThanOrEqual(5);
      for (const chart of charts) {
        const box = await chart.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.width).toBeGreaterThan(100);
        expect(box!.height).toBeGreaterThan(50);
      }

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(2);
      if (process.env['SPP_REPORT_SHOTS']) {
        await page.screenshot({ path: join(process.env['SPP_REPORT_SHOTS'], `report.${lang}.png`), fullPage: true });
        await writeFile(join(process.env['SPP_REPORT_SHOTS'], `report.${lang}.pdf`), pdf);
      }
      await page.close();

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    });
  }

  it('fits every table in its column on a 1280 px screen and on A4, without a horizontal scroll: the SHA-256 table and a folded chart table of ten years', async () => {
    // The reproducibility stamp's table was 752 px wide in a 673 px column, the folded table of FTE per
    // family and year 742 px: both needed a horizontal scroll.
    const data = await (example ??= exampleData());
    const file = join(dir, 'report.fit.html');
    await writeFile(file, renderReport(data, { format: 'html', lang: 'nl' }));
    const page = await browser.newPage();
    const overflowing = async (): Promise<string[]> =>
      (await page.evaluate(`(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        return [...document.querySelectorAll('.table-block')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.scrollWidth + '>' + e.clientWidth + ' ' + [...e.querySelectorAll('th')].map((th) => th.textContent).join('|'));
      })()`)) as string[];
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const screen = await overflowing();
    // A digest's lines: its fragments' widths summed per line (the <wbr> between its halves makes fragments of one line).
    const lines = `[...document.querySelectorAll('code.digest')].map((c) => { const w = new Map(); for (const r of c.getClientRects()) w.set(Math.round(r.top), (w.get(Math.round(r.top)) ?? 0) + r.width); return [...w.values()].filter((x) => x > 0); })`;
    const digests = ((await page.evaluate(lines)) as number[][]).map((l) => l.length);
    await page.setViewportSize({ width: 673, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const paper = await overflowing();
    // A scenario file with a longer name (krimp-vacaturestop.yaml) leaves the hash column too narrow for one line.
    const named = join(dir, 'report.fit-named.html');
    await writeFile(named, renderReport({ ...data, stamp: { ...data.stamp, inputs: data.stamp.inputs.map((i) => (i.role === 'scenario' ? { ...i, file: 'krimp-vacaturestop.yaml' } : i)) } }, { format: 'html', lang: 'nl' }));
    await page.goto(`file://${named}`, { waitUntil: 'load' });
    const printed = (await page.evaluate(lines)) as number[][];
    await page.close();
    expect(screen).toEqual([]);
    expect(paper).toEqual([]);
    // Each input's hash on one line at this width.
    expect(digests.length).toBeGreaterThanOrEqual(3);
    expect(new Set(digests)).toEqual(new Set([1]));
    // On paper in two halves of 32 characters where it does not fit on one line (it broke as 62 above 2).
    expect(printed.length).toBe(digests.length);
    expect(printed.some((widths) => widths.length === 2)).toBe(true);
    for (const widths of printed) {
      expect(widths.length).toBeLessThanOrEqual(2);
      if (widths.length === 2) expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThan(0.05 * widths[0]!);
    }
  }, 300_000);
});
