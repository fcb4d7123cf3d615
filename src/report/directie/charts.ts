import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line, linkHorizontal } from 'd3-shape';
import { compareText } from '../../domain/compare-text.js';

/**
 * Inline SVG charts for the HTML report. Scales and paths come from d3-scale / d3-shape; the
 * markup is written as strings (no DOM), with every coordinate printed to one decimal so the same
 * data gives byte-identical SVG. Charts are readable in greyscale: series differ by grey value and
 * by hatching, and carry direct labels; each has role="img", an aria-label and a <title>. The text
 * alternative (a sentence and a table) is rendered next to the chart by the report.
 */

/** Formats a number for a label (the report's locale formatter). */
export type Format = (value: number) => string;

export interface ChartFrame {
  /** Unique within the page: prefixes pattern ids. */
  id: string;
  title: string;
}

export const WIDTH = 640;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';
export const INK = '#1a1a1a';
export const MUTED = '#555555';

/** Grey fills from dark to light; the second round repeats them with white hatching. */
export const GREYS = ['#2b2b2b', '#6b6b6b', '#a3a3a3', '#d0d0d0', '#4a4a4a', '#858585', '#bcbcbc', '#e3e3e3'];

function fill(id: string, i: number): string {
  const n = GREYS.length;
  const k = i % n;
  return i % (2 * n) >= n || k >= 4 ? `url(#${id}-p${k})` : GREYS[k]!;
}

function patterns(id: string): string {
  // Series 4–7 are hatched (diagonal lines over a grey), so neighbours differ in more than grey value.
  return GREYS.map(
    (g, k) =>
      `<pattern id="${id}-p${k}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="${g}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${k % 4 < 2 ? '#ffffff' : '#1a1a1a'}" stroke-width="1.5"/></pattern>`,
  ).join('');
}

/** Fixed one-decimal coordinates (deterministic output). */
export function c(n: number): string {
  const r = Math.round(n * 10) / 10;
  return (r === 0 ? 0 : r).toFixed(1);
}

/** Escapes text for SVG/HTML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function open(frame: ChartFrame, height: number, defs = ''): string {
  const t = escapeXml(frame.title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${t}" ${FONT} font-size="11" class="chart">` +
    `<title>${t}</title>${defs ? `<defs>${defs}</defs>` : ''}`
  );
}

export function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${c(x)}" y="${c(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(body)}</text>`;
}

/** Spreads label positions so no two are closer than `gap` (keeps order), within [min, max]. */
export function spread(positions: number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = order.map((o) => o.y);
  for (let k = 0; k < out.length; k++) out[k] = Math.max(out[k]!, k === 0 ? min : out[k - 1]! + gap);
  for (let k = out.length - 1; k >= 0; k--) out[k] = Math.min(out[k]!, k === out.length - 1 ? max : out[k + 1]! - gap);
  const result = new Array<number>(positions.length);
  order.forEach((o, k) => (result[o.i] = out[k]!));
  return result;
}

export function yAxis(y: { (v: number): number; ticks(count: number): number[] }, count: number, left: number, right: number, format: Format): string {
  return axisTicks(y, count, format)
    .map((t) => `<line x1="${c(left)}" x2="${c(right)}" y1="${c(y(t))}" y2="${c(y(t))}" stroke="#d9d9d9" stroke-width="0.6"/>` + text(left - 6, y(t) + 3.5, format(t), `text-anchor="end" fill="${MUTED}"`))
    .join('');
}

/**
 * About `count` ticks whose labels say where they stand: fewer when the format would print two
 * ticks alike or round one to another's value (a small organisation's pension wave, 0 to 1 fte in
 * steps of 0,2, read "0 0 0 1 1 1" with an axis format without decimals); in the end only the whole
 * numbers.
 */
function axisTicks(y: { ticks(count: number): number[] }, count: number, format: Format): number[] {
  for (let n = count; n >= 1; n--) {
    const ticks = y.ticks(n);
    const labels = ticks.map(format);
    const exact = ticks.every((t) => Number.isInteger(t) || format(t) !== format(Math.round(t)));
    if (exact && new Set(labels).size === labels.length) return ticks;
  }
  return y.ticks(count).filter((t) => Number.isInteger(t));
}

/** Stacked bars per year (e.g. FTE by family), optionally with a line (e.g. demand) and direct labels at the right. */
export function renderStackedBars(
  frame: ChartFrame,
  data: { years: number[]; series: { label: string; values: number[] }[]; line?: { label: string; values: number[] } },
  format: Format,
): string {
  const height = 340;
  const margin = { top: 16, right: 180, bottom: 28, left: 48 };
  const x = scaleBand<number>().domain(data.years).range([margin.left, WIDTH - margin.right]).padding(0.25);
  const totals = data.years.map((_, i) => data.series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals, ...(data.line?.values ?? []));
  const y = scaleLinear().domain([0, max]).nice(5).range([height - margin.bottom, margin.top]);
  let out = open(frame, height, patterns(frame.id));
  out += yAxis(y, 5, margin.left, WIDTH - margin.right, format);
  data.years.forEach((year, i) => {
    let base = 0;
    data.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (v <= 0) return;
      out += `<rect x="${c(x(year)!)}" y="${c(y(base + v))}" width="${c(x.bandwidth())}" height="${c(y(base) - y(base + v))}" fill="${fill(frame.id, k)}" stroke="#ffffff" stroke-width="0.5"/>`;
      base += v;
    });
    out += text(x(year)! + x.bandwidth() / 2, height - margin.bottom + 14, String(year), `text-anchor="middle" fill="${INK}"`);
  });
  if (data.line) {
    const points = data.years.map((year, i) => [x(year)! + x.bandwidth() / 2, y(data.line!.values[i] ?? 0)] as [number, number]);
    const path = line().digits(1)(points) ?? '';
    out += `<path d="${path}" fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="6 3"/>`;
    out += points.map(([px, py]) => `<circle cx="${c(px)}" cy="${c(py)}" r="2.5" fill="${INK}"/>`).join('');
  }
  // Direct labels beside the last bar, at each segment's middle, spread so they do not overlap.
  const lastIndex = data.years.length - 1;
  const lastYear = data.years[lastIndex];
  if (lastYear !== undefined) {
    const x0 = x(lastYear)! + x.bandwidth();
    const labels: { y: number; label: string; k: number }[] = [];
    let base = 0;
    data.series.forEach((s, k) => {
      const v = s.values[lastIndex] ?? 0;
      if (v > 0) labels.push({ y: y(base + v / 2), label: `${s.label} ${format(v)}`, k });
      base += v;
    });
    const ys = spread(labels.map((l) => l.y), 13, margin.top, height - margin.bottom);
    labels.forEach((l, i) => {
      const ly = ys[i]!;
      out += `<polyline points="${c(x0 + 1)},${c(l.y)} ${c(x0 + 10)},${c(ly)} ${c(x0 + 14)},${c(ly)}" fill="none" stroke="${MUTED}" stroke-width="0.6"/>`;
      out += `<rect x="${c(x0 + 16)}" y="${c(ly - 4.5)}" width="9" height="9" fill="${fill(frame.id, l.k)}" stroke="${INK}" stroke-width="0.4"/>`;
      out += text(x0 + 29, ly + 3.5, l.label, `fill="${INK}"`);
    });
    if (data.line) {
      const v = data.line.values[lastIndex] ?? 0;
      out += text(x(data.years[0]!)!, margin.top - 4, `- - ${data.line.label}`, `fill="${INK}" font-weight="bold"`);
      out += text(x0 + 4, y(v) - 5, format(v), `fill="${INK}" font-weight="bold"`);
    }
  }
  return `${out}</svg>`;
}

/** Horizontal bars per category (e.g. persons per age band); a hidden value shows its mark, not a bar. */
export function renderHorizontalBars(frame: ChartFrame, data: { label: string; value: number; shown: string | null }[], format: Format): string {
  const rowHeight = 18;
  const margin = { top: 8, right: 60, bottom: 22, left: 64 };
  const height = margin.top + margin.bottom + rowHeight * data.length;
  const y = scaleBand<string>().domain(data.map((d) => d.label)).range([margin.top, height - margin.bottom]).padding(0.18);
  const visible = data.filter((d) => d.shown === null).map((d) => d.value);
  const x = scaleLinear().domain([0, Math.max(1, ...visible)]).nice(5).range([margin.left, WIDTH - margin.right]);
  let out = open(frame, height);
  for (const t of x.ticks(5)) {
    out += `<line x1="${c(x(t))}" x2="${c(x(t))}" y1="${c(margin.top)}" y2="${c(height - margin.bottom)}" stroke="#d9d9d9" stroke-width="0.6"/>`;
    out += text(x(t), height - margin.bottom + 14, format(t), `text-anchor="middle" fill="${MUTED}"`);
  }
  for (const d of data) {
    const top = y(d.label)!;
    const mid = top + y.bandwidth() / 2 + 3.5;
    out += text(margin.left - 6, mid, d.label, `text-anchor="end" fill="${INK}"`);
    if (d.shown !== null) {
      out += text(margin.left + 4, mid, d.shown, `fill="${INK}" font-style="italic"`);
      continue;
    }
    out += `<rect x="${c(x(0))}" y="${c(top)}" width="${c(x(d.value) - x(0))}" height="${c(y.bandwidth())}" fill="${GREYS[1]}"/>`;
    out += text(x(d.value) + 4, mid, format(d.value), `fill="${INK}"`);
  }
  return `${out}</svg>`;
}

/** Vertical columns per year (e.g. FTE retiring per year) with value labels on top. */
export function renderColumns(frame: ChartFrame, data: { label: string; value: number }[], format: Format, axisFormat: Format = format): string {
  const height = 220;
  const margin = { top: 18, right: 16, bottom: 26, left: 48 };
  const x = scaleBand<string>().domain(data.map((d) => d.label)).range([margin.left, WIDTH - margin.right]).padding(0.3);
  const y = scaleLinear().domain([0, Math.max(1, ...data.map((d) => d.value))]).nice(4).range([height - margin.bottom, margin.top]);
  let out = open(frame, height);
  out += yAxis(y, 4, margin.left, WIDTH - margin.right, axisFormat);
  for (const d of data) {
    const left = x(d.label)!;
    out += `<rect x="${c(left)}" y="${c(y(d.value))}" width="${c(x.bandwidth())}" height="${c(y(0) - y(d.value))}" fill="${GREYS[1]}"/>`;
    out += text(left + x.bandwidth() / 2, y(d.value) - 4, format(d.value), `text-anchor="middle" fill="${INK}"`);
    out += text(left + x.bandwidth() / 2, height - margin.bottom + 14, d.label, `text-anchor="middle" fill="${INK}"`);
  }
  return `${out}</svg>`;
}

/**
 * Small multiples: one row of columns per series (e.g. the plan's decisions per year), each on its
 * own scale so a small series is as readable as a large one; the series' label on the left and the
 * value on each non-zero column. Years once, along the bottom. A series that is zero in every year
 * keeps its row with "0" so the reader sees it was considered.
 */
export function renderSmallMultiples(frame: ChartFrame, data: { years: number[]; series: { label: string; values: number[] }[] }, format: Format): string {
  const panel = 54;
  const margin = { top: 8, right: 12, bottom: 22, left: 236 };
  const height = margin.top + panel * data.series.length + margin.bottom;
  const x = scaleBand<number>().domain(data.years).range([margin.left, WIDTH - margin.right]).padding(0.25);
  let out = open(frame, height);
  data.series.forEach((s, k) => {
    const top = margin.top + k * panel;
    const base = top + panel - 6;
    const max = Math.max(...s.values.map((v) => Math.max(0, v)));
    const y = scaleLinear().domain([0, max > 0 ? max : 1]).range([base, top + 16]);
    out += `<line x1="${c(margin.left)}" x2="${c(WIDTH - margin.right)}" y1="${c(base)}" y2="${c(base)}" stroke="#bdbdbd" stroke-width="0.8"/>`;
    out += text(margin.left - 8, top + panel / 2 + 2, truncate(s.label, 42), `text-anchor="end" fill="${INK}"`);
    data.years.forEach((year, i) => {
      const v = Math.max(0, s.values[i] ?? 0);
      const left = x(year)!;
      const shown = format(v);
      if (Number(shown.replace(/[^0-9]/g, '')) === 0) return;
      out += `<rect x="${c(left)}" y="${c(y(v))}" width="${c(x.bandwidth())}" height="${c(base - y(v))}" fill="${GREYS[k % 4]!}" stroke="${INK}" stroke-width="0.4"/>`;
      out += text(left + x.bandwidth() / 2, y(v) - 3, shown, `text-anchor="middle" fill="${INK}" font-size="9"`);
    });
    if (max <= 0) out += text(margin.left + 4, base - 4, format(0), `fill="${MUTED}" font-size="9"`);
  });
  data.years.forEach((year) => {
    out += text(x(year)! + x.bandwidth() / 2, height - margin.bottom + 14, String(year), `text-anchor="middle" fill="${INK}"`);
  });
  return `${out}</svg>`;
}

/** Supply and demand over time as two lines, with the band between them shaded (the gap). */
export function renderGap(
  frame: ChartFrame,
  data: {
    years: number[];
    supply: number[];
    demand: number[];
    supplyLabel: string;
    demandLabel: string;
    /** Monte Carlo: P10–P90 of supply and of demand per year, drawn as grey ribbons around the lines. */
    bands?: { supply: { p10: number; p90: number }[]; demand: { p10: number; p90: number }[] };
  },
  format: Format,
): string {
  const height = 260;
  const margin = { top: 16, right: 120, bottom: 26, left: 48 };
  const x = scaleLinear().domain([data.years[0] ?? 0, data.years[data.years.length - 1] ?? 1]).range([margin.left, WIDTH - margin.right]);
  const all = [...data.supply, ...data.demand, ...(data.bands?.supply.map((b) => b.p90) ?? []), ...(data.bands?.demand.map((b) => b.p90) ?? [])];
  // From zero, so the band's area is honest about the size of the gap.
  const y = scaleLinear().domain([0, Math.max(...all, 1)]).nice(5).range([height - margin.bottom, margin.top]);
  const rows = data.years.map((year, i) => ({ year, s: data.supply[i] ?? 0, d: data.demand[i] ?? 0 }));
  let out = open(frame, height, patterns(frame.id));
  out += yAxis(y, 5, margin.left, WIDTH - margin.right, format);
  const band = area<(typeof rows)[number]>().digits(1).x((r) => x(r.year)).y0((r) => y(r.d)).y1((r) => y(r.s))(rows) ?? '';
  out += `<path d="${band}" fill="url(#${frame.id}-p6)" stroke="none" opacity="0.8"/>`;
  if (data.bands !== undefined) {
    const ribbons = [data.bands.supply, data.bands.demand].map((list) =>
      area<{ p10: number; p90: number }>().digits(1).x((_, i) => x(data.years[i] ?? 0)).y0((b) => y(b.p10)).y1((b) => y(b.p90))(list) ?? '',
    );
    for (const ribbon of ribbons) out += `<path d="${ribbon}" fill="${INK}" stroke="none" opacity="0.18"/>`;
  }
  const supplyPath = line<(typeof rows)[number]>().digits(1).x((r) => x(r.year)).y((r) => y(r.s))(rows) ?? '';
  const demandPath = line<(typeof rows)[number]>().digits(1).x((r) => x(r.year)).y((r) => y(r.d))(rows) ?? '';
  out += `<path d="${supplyPath}" fill="none" stroke="${INK}" stroke-width="2.2"/>`;
  out += `<path d="${demandPath}" fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="6 3"/>`;
  for (const r of rows) out += text(x(r.year), height - margin.bottom + 16, String(r.year), `text-anchor="middle" fill="${INK}"`);
  const lastRow = rows[rows.length - 1];
  if (lastRow) {
    const [ys, yd] = spread([y(lastRow.s), y(lastRow.d)], 26, margin.top + 8, height - margin.bottom);
    const lx = x(lastRow.year) + 8;
    out += text(lx, ys! - 2, `${data.supplyLabel}`, `fill="${INK}" font-weight="bold"`) + text(lx, ys! + 10, format(lastRow.s), `fill="${INK}"`);
    out += text(lx, yd! - 2, `- - ${data.demandLabel}`, `fill="${INK}" font-weight="bold"`) + text(lx, yd! + 10, format(lastRow.d), `fill="${INK}"`);
  }
  return `${out}</svg>`;
}

/** A generous average width of a character of 10 px type (DejaVu Sans, Helvetica): labels are wrapped to what fits inside the chart. */
const LABEL_CHAR_PX = 6.2;

/**
 * Pathways as a flow: surplus functions left, shortage functions right, links as wide as their FTE.
 * A node's figure is its FTE in `totals` (out of a source, into a target) when given — all of a
 * function's moves when only the largest links are drawn — else the sum of its links drawn.
 */
export function renderFlow(
  frame: ChartFrame,
  links: { from: string; to: string; fte: number }[],
  format: Format,
  totals?: { from: ReadonlyMap<string, number>; to: ReadonlyMap<string, number> },
): string {
  const sources = order(links.map((l) => l.from), links);
  const targets = order(links.map((l) => l.to), links, true);
  const totalFte = links.reduce((a, l) => a + l.fte, 0);
  const gap = 10;
  const margin = { top: 10, bottom: 10, side: 210 };
  const nodeWidth = 10;
  // A node's name, wrapped to the room beside its bar (two lines at most), then its FTE.
  const room = { end: Math.floor((margin.side - 6) / LABEL_CHAR_PX), start: Math.floor((margin.side - nodeWidth - 6) / LABEL_CHAR_PX) };
  const names = new Map<string, string[]>();
  for (const id of new Set(links.map((l) => l.from))) names.set(`from:${id}`, wrapLabel(id, room.end));
  for (const id of new Set(links.map((l) => l.to))) names.set(`to:${id}`, wrapLabel(id, room.start));
  // A node's label is its name's lines and its FTE, 10 px type on 11.5 px lines: every node gets a slot
  // at least that tall, so the labels of small flows next to each other do not overlap
  // (krimp-vacaturestop: three of 0.7–1.4 FTE). Only a node whose name takes two lines gets the taller slot.
  const labelHeight = (key: 'from' | 'to', id: string): number => 12.5 + 11.5 * names.get(`${key}:${id}`)!.length;
  const count = Math.max(sources.length, targets.length);
  const inner = Math.max(120, count * 34);
  const k = scaleLinear().domain([0, Math.max(totalFte, 1e-9)]).range([0, inner]);
  const sizesOf = (ids: string[], key: 'from' | 'to') => ids.map((id) => k(links.filter((l) => l[key] === id).reduce((a, l) => a + l.fte, 0)));
  const slotsHeight = (ids: string[], key: 'from' | 'to') => sizesOf(ids, key).reduce((a, h, i) => a + Math.max(h, labelHeight(key, ids[i]!)), 0) + gap * (ids.length - 1);
  const height = Math.ceil(Math.max(inner + gap * count, slotsHeight(sources, 'from'), slotsHeight(targets, 'to')) + margin.top + margin.bottom);
  const leftX = margin.side;
  const rightX = WIDTH - margin.side;
  const place = (ids: string[], key: 'from' | 'to'): Map<string, { y: number; h: number; used: number }> => {
    const map = new Map<string, { y: number; h: number; used: number }>();
    const sizes = sizesOf(ids, key);
    let y = margin.top + (height - margin.top - margin.bottom - slotsHeight(ids, key)) / 2;
    ids.forEach((id, i) => {
      const slot = Math.max(sizes[i]!, labelHeight(key, id));
      map.set(id, { y: y + (slot - sizes[i]!) / 2, h: sizes[i]!, used: 0 });
      y += slot + gap;
    });
    return map;
  };
  const left = place(sources, 'from');
  const right = place(targets, 'to');
  let out = open(frame, height);
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const sorted = [...links].sort((a, b) => sources.indexOf(a.from) - sources.indexOf(b.from) || targets.indexOf(a.to) - targets.indexOf(b.to));
  for (const l of sorted) {
    const s = left.get(l.from)!;
    const t = right.get(l.to)!;
    const w = k(l.fte);
    const sy = s.y + s.used + w / 2;
    const ty = t.y + t.used + w / 2;
    s.used += w;
    t.used += w;
    const d = link({ source: [leftX + nodeWidth, sy], target: [rightX, ty] }) ?? '';
    out += `<path d="${roundPath(d)}" fill="none" stroke="#8c8c8c" stroke-opacity="0.55" stroke-width="${c(Math.max(1, w))}"><title>${escapeXml(`${l.from} → ${l.to}: ${format(l.fte)}`)}</title></path>`;
  }
  // Per node its name on one or two lines, then its FTE, centred on the bar; the full name in a <title>.
  const node = (x: number, id: string, lines: string[], p: { y: number; h: number }, anchor: 'start' | 'end', fte: number): string => {
    const tx = anchor === 'end' ? x - 6 : x + nodeWidth + 6;
    // One line of name: at the middle less 1.5 px, its FTE 11.5 px below (as before names wrapped).
    const first = p.y + p.h / 2 - (11.5 * lines.length) / 2 + 4.25;
    return (
      `<g><title>${escapeXml(`${id}: ${format(fte)}`)}</title>` +
      `<rect x="${c(x)}" y="${c(p.y)}" width="${nodeWidth}" height="${c(Math.max(1, p.h))}" fill="${INK}"/>` +
      lines.map((line, i) => text(tx, first + 11.5 * i, line, `text-anchor="${anchor}" fill="${INK}" font-size="10"`)).join('') +
      text(tx, first + 11.5 * lines.length, format(fte), `text-anchor="${anchor}" fill="${MUTED}" font-size="10"`) +
      '</g>'
    );
  };
  for (const id of sources) out += node(leftX, id, names.get(`from:${id}`)!, left.get(id)!, 'end', totals?.from.get(id) ?? links.filter((l) => l.from === id).reduce((a, l) => a + l.fte, 0));
  for (const id of targets) out += node(rightX, id, names.get(`to:${id}`)!, right.get(id)!, 'start', totals?.to.get(id) ?? links.filter((l) => l.to === id).reduce((a, l) => a + l.fte, 0));
  return `${out}</svg>`;
}

/** Nodes ordered by their total FTE (largest first), then by name, so the picture is stable. */
function order(ids: string[], links: { from: string; to: string; fte: number }[], target = false): string[] {
  const totals = new Map<string, number>();
  for (const l of links) {
    const id = target ? l.to : l.from;
    totals.set(id, (totals.get(id) ?? 0) + l.fte);
  }
  return [...new Set(ids)].sort((a, b) => totals.get(b)! - totals.get(a)! || compareText(a, b));
}

/** linkHorizontal has no digits(): round its numbers to one decimal for stable output. */
function roundPath(d: string): string {
  return d.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (m) => c(Number(m)));
}

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/**
 * A label broken at its spaces into at most `lines` lines of at most `chars` characters each, so a
 * long function name is read whole ("F001 Medewerker" / "Klantcontactcentrum") instead of cut mid-word
 * ("F001 Medewerker Klantcontactce…"). A word longer than a line is cut; only a label longer than all
 * lines together loses its end, marked "…" (the chart then gives the full text in a <title>).
 */
export function wrapLabel(label: string, chars: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of label.split(' ').filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= chars || line === '') line = candidate;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '' || out.length === 0) out.push(line);
  const kept = out.map((l) => truncate(l, chars)).slice(0, lines);
  if (out.length > lines) kept[lines - 1] = truncate(`${out.slice(lines - 1).join(' ')}`, chars);
  return kept;
}
