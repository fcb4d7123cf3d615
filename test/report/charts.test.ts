import { describe, expect, it } from 'vitest';
import { renderColumns, renderFlow, renderGap, renderHorizontalBars, renderStackedBars } from '../../src/report/directie/charts.js';

const fmt = (v: number): string => v.toFixed(1);

const charts = (): [string, string][] => [
  ['stacked', renderStackedBars({ id: 's', title: 'FTE by family' }, { years: [2026, 2027, 2028], series: [{ label: 'A & B', values: [10, 8, 6] }, { label: 'C', values: [5, 5, 4] }], line: { label: 'demand', values: [16, 16, 15] } }, fmt)],
  ['bars', renderHorizontalBars({ id: 'h', title: 'Age' }, [{ label: '60–64', value: 12, shown: null }, { label: '65–69', value: 3, shown: '< 5' }], fmt)],
  ['columns', renderColumns({ id: 'c', title: 'Retiring' }, [{ label: '2026', value: 2.25 }, { label: '2027', value: 1 / 3 }], fmt)],
  ['gap', renderGap({ id: 'g', title: 'Gap' }, { years: [2026, 2027], supply: [10, 7], demand: [10, 11], supplyLabel: 'supply', demandLabel: 'demand' }, fmt)],
  ['flow', renderFlow({ id: 'f', title: 'Pathways' }, [{ from: 'F1 Clerk', to: 'F9 Analyst', fte: 1.5 }, { from: 'F1 Clerk', to: 'F8 Advisor', fte: 0.5 }, { from: 'F2 <Desk>', to: 'F9 Analyst', fte: 1 }], fmt)],
];

describe('SVG charts', () => {
  it('are accessible: role="img", an aria-label and a <title>', () => {
    for (const [name, svg] of charts()) {
      expect(svg, name).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="[^"]+"/);
      expect(svg, name).toMatch(/<title>[^<]+<\/title>/);
      expect(svg, name).toMatch(/<\/svg>$/);
    }
  });

  it('print every coordinate with at most one decimal, and never NaN', () => {
    for (const [name, svg] of charts()) {
      expect(svg, name).not.toMatch(/NaN|Infinity|undefined/);
      const numbers = [...svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height|d|points)="([^"]*)"/g)].map((m) => m[1]!);
      for (const n of numbers) expect(n, name).not.toMatch(/\d\.\d\d/);
    }
  });

  it('are deterministic', () => {
    expect(charts()).toEqual(charts());
  });

  it('escape text and show a hidden value by its mark instead of a bar', () => {
    const [, bars] = charts()[1]!;
    expect(bars).toContain('&lt; 5');
    expect((bars.match(/<rect /g) ?? []).length).toBe(1);
    const [, flow] = charts()[4]!;
    expect(flow).toContain('F2 &lt;Desk&gt;');
    expect(flow).not.toContain('<Desk>');
    const [, stacked] = charts()[0]!;
    expect(stacked).toContain('A &amp; B');
  });

  it('draw flow links with widths proportional to FTE', () => {
    const [, flow] = charts()[4]!;
    const widths = [...flow.matchAll(/<path [^>]*stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    const sorted = [...widths].sort((a, b) => b - a);
    // 1.5 : 1 : 0.5 FTE
    expect(sorted[0]! / sorted[2]!).toBeCloseTo(3, 1);
    expect(sorted[1]! / sorted[2]!).toBeCloseTo(2, 1);
  });

  it('keep the two-line labels of small flows apart, whatever their FTE (krimp-vacaturestop: 13 and 11 FTE beside three of 0.7–1.4)', () => {
    const links = [
      { from: 'F005 Receptie', to: 'F001 KCC', fte: 13 },
      { from: 'F002 Senior KCC', to: 'F062 Groen', fte: 11.2 },
      { from: 'F020 Facilitair', to: 'F062 Groen', fte: 1.4 },
      { from: 'F006 Post', to: 'F042 Sociaal', fte: 0.7 },
      { from: 'F008 Meldingen', to: 'F001 KCC', fte: 0.7 },
    ];
    const svg = renderFlow({ id: 'f2', title: 'Pathways' }, links, fmt);
    expect(svg).toMatch(/viewBox="0 0 640 \d+" width="640" height="\d+"/);
    // The name lines of each side, top to bottom: the next name starts below the previous FTE line (+10 px, 10 px type).
    for (const anchor of ['end', 'start']) {
      const ys = [...svg.matchAll(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*text-anchor="${anchor}" fill="#1a1a1a"`, 'g'))].map((m) => Number(m[1]));
      expect(ys.length, anchor).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!, `${anchor} ${i}`).toBeGreaterThanOrEqual(22);
    }
  });

  it('label a node with the total it is given (all its moves), not only the links drawn', () => {
    const links = [{ from: 'F1 Clerk', to: 'F9 Analyst', fte: 1.5 }];
    const drawn = renderFlow({ id: 'f4', title: 'Pathways' }, links, fmt);
    expect(drawn).toContain('>1.5<');
    const all = renderFlow({ id: 'f4', title: 'Pathways' }, links, fmt, { from: new Map([['F1 Clerk', 2]]), to: new Map([['F9 Analyst', 1.5]]) });
    expect(all).toContain('>2.0<');
    expect(all).not.toMatch(/text-anchor="end" fill="#[0-9a-f]+" font-size="10">1\.5</);
  });

  it('wrap a long function name onto two lines inside the chart on both sides, whole, not cut mid-word ("F001 Medewerker Klantcontactce…")', () => {
    const names = ['F002 Senior medewerker Klantcontactcentrum', 'F001 Medewerker Klantcontactcentrum', 'F051 Handhaver Openbare Ruimte (boa) en Parkeren'];
    const svg = renderFlow({ id: 'f3', title: 'Pathways' }, [{ from: names[0]!, to: names[1]!, fte: 10 }, { from: names[2]!, to: names[1]!.replace('F001', 'F026'), fte: 0.5 }], fmt);
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(start|end)" fill="#1a1a1a" font-size="10">([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), anchor: m[3]!, body: m[4]! }));
    // 10 px type is about 6 px a character on average (DejaVu Sans).
    for (const { x, anchor, body } of labels) {
      const extent = [...body].length * 6;
      if (anchor === 'start') expect(x + extent, body).toBeLessThanOrEqual(640);
      else expect(x - extent, body).toBeGreaterThanOrEqual(0);
      expect(body, body).not.toContain('…');
    }
    // Each name read whole, its lines together (one x, 11.5 px apart), each node's full name in a <title>.
    const byX = (x: number) => labels.filter((l) => l.x === x).map((l) => l.body);
    const read = [...new Set(labels.map((l) => l.x))].flatMap((x) => byX(x)).join(' ');
    for (const name of [...names, 'F026 Medewerker Klantcontactcentrum']) {
      expect(read).toContain(name);
      expect(svg).toContain(`<g><title>${name.replace('&', '&amp;')}: `);
    }
    expect(labels.filter((l) => l.body === 'Klantcontactcentrum').length).toBe(3);
  });

  it('handle a one-year horizon without NaN', () => {
    const svg = renderGap({ id: 'g1', title: 'Gap' }, { years: [2026], supply: [5], demand: [6], supplyLabel: 's', demandLabel: 'd' }, fmt);
    expect(svg).not.toMatch(/NaN/);
  });
});

describe('axis labels', () => {
  // The y-axis labels: muted text anchored at the end, left of the plot.
  const axisLabels = (svg: string): string[] => [...svg.matchAll(/<text [^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

  it('never print two ticks alike: a pension wave of 0 to 1 fte with an axis without decimals', () => {
    // A small organisation (the report's retirement chart, axis format without decimals): d3 puts
    // ticks at 0, 0,2 … 1, which read "0 0 0 1 1 1".
    const svg = renderColumns({ id: 'r', title: 'Retiring' }, [{ label: '2026', value: 0 }, { label: '2027', value: 1 }, { label: '2028', value: 0.2 }, { label: '2031', value: 0.9 }], fmt, (v) => v.toFixed(0));
    const labels = axisLabels(svg);
    expect(labels).toEqual(['0', '1']);
  });

  it('keep the ticks that read right: 0 to 20 fte in steps of 5 (the same chart at a larger organisation)', () => {
    const svg = renderColumns({ id: 'r', title: 'Retiring' }, [{ label: '2026', value: 18 }, { label: '2027', value: 4 }], fmt, (v) => v.toFixed(0));
    expect(axisLabels(svg)).toEqual(['0', '5', '10', '15', '20']);
  });
});
