import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { c, escapeXml, GREYS, INK, MUTED, open, spread, text, WIDTH, wrapLabel, yAxis, type ChartFrame, type Format } from './charts.js';

/**
 * The charts of the comparison and sensitivity chapters, in the style of charts.ts (greyscale,
 * direct labels, one-decimal coordinates).
 */

/** Line styles that differ without colour: solid, dashed, dotted, dash-dot. */
const DASHES = ['', '7 3', '2 3', '9 3 2 3'];

/**
 * One line per series over the years (e.g. the total gap per scenario), with a zero line and direct
 * labels. A series with `bands` (Monte Carlo, P10–P90 per year) gets a light ribbon under its line.
 */
export function renderLines(
  frame: ChartFrame,
  data: { years: number[]; series: { label: string; values: (number | null)[]; bands?: ({ p10: number; p90: number } | null)[] }[] },
  format: Format,
): string {
  const height = 280;
  const margin = { top: 16, right: 170, bottom: 26, left: 52 };
  const x = scaleLinear().domain([data.years[0] ?? 0, data.years[data.years.length - 1] ?? 1]).range([margin.left, WIDTH - margin.right]);
  const all = data.series.flatMap((s) => [
    ...s.values.filter((v): v is number => v !== null),
    ...(s.bands ?? []).flatMap((b) => (b === null ? [] : [b.p10, b.p90])),
  ]);
  const y = scaleLinear().domain([Math.min(0, ...all), Math.max(0, ...all)]).nice(5).range([height - margin.bottom, margin.top]);
  let out = open(frame, height);
  out += yAxis(y, 5, margin.left, WIDTH - margin.right, format);
  out += `<line x1="${c(margin.left)}" x2="${c(WIDTH - margin.right)}" y1="${c(y(0))}" y2="${c(y(0))}" stroke="${INK}" stroke-width="0.8"/>`;
  for (const year of data.years) out += text(x(year), height - margin.bottom + 16, String(year), `text-anchor="middle" fill="${INK}"`);
  const ends: { y: number; label: string; k: number }[] = [];
  // Ribbons first, so every line stays on top of every band.
  for (const s of data.series) {
    const kept = data.years.flatMap((year, i) => (s.bands?.[i] ? [{ year, band: s.bands[i]! }] : []));
    if (kept.length === 0) continue;
    const ribbon = area<(typeof kept)[number]>().digits(1).x((d) => x(d.year)).y0((d) => y(d.band.p10)).y1((d) => y(d.band.p90))(kept) ?? '';
    out += `<path d="${ribbon}" fill="${INK}" stroke="none" opacity="0.12"/>`;
  }
  data.series.forEach((s, k) => {
    const points = data.years.flatMap((year, i) => (s.values[i] === null || s.values[i] === undefined ? [] : [[x(year), y(s.values[i]!)] as [number, number]]));
    const dash = DASHES[k % DASHES.length]!;
    out += `<path d="${line().digits(1)(points) ?? ''}" fill="none" stroke="${INK}" stroke-width="${k < DASHES.length ? 2 : 1.2}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    for (const [px, py] of points) out += `<circle cx="${c(px)}" cy="${c(py)}" r="2.2" fill="${k % 2 === 0 ? INK : '#ffffff'}" stroke="${INK}" stroke-width="1"/>`;
    const last = points[points.length - 1];
    const lastValue = [...s.values].reverse().find((v) => v !== null);
    if (last !== undefined && lastValue !== undefined && lastValue !== null) ends.push({ y: last[1], label: `${s.label} ${format(lastValue)}`, k });
  });
  const ys = spread(ends.map((e) => e.y), 14, margin.top, height - margin.bottom);
  const lx = WIDTH - margin.right + 8;
  ends.forEach((e, i) => {
    const dash = DASHES[e.k % DASHES.length]!;
    out += `<line x1="${c(lx)}" x2="${c(lx + 18)}" y1="${c(ys[i]! - 3.5)}" y2="${c(ys[i]! - 3.5)}" stroke="${INK}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    out += text(lx + 22, ys[i]!, e.label, `fill="${INK}"`);
  });
  return `${out}</svg>`;
}

/** Characters of an assumption's label on one line of 11 px type in the tornado's 242 px (about 6.2 px each). */
const TORNADO_LABEL_CHARS = 38;

/**
 * A tornado: one row per assumption, a bar from zero (the base run) to the effect of moving it down
 * and one to the effect of moving it up, largest swing on top. A variant that was not run has no bar.
 * A long label takes two lines (the rows grow to fit them); `axis` names what the x-axis measures,
 * with its unit, under the ticks.
 */
export function renderTornado(
  frame: ChartFrame,
  rows: { label: string; low: number | null; high: number | null }[],
  legend: { low: string; high: string },
  format: Format,
  axis: string,
): string {
  const labels = rows.map((r) => wrapLabel(r.label, TORNADO_LABEL_CHARS));
  const rowHeight = labels.some((l) => l.length > 1) ? 30 : 24;
  const margin = { top: 26, right: 56, bottom: 38, left: 250 };
  const height = margin.top + margin.bottom + rowHeight * rows.length;
  const values = rows.flatMap((r) => [r.low ?? 0, r.high ?? 0]);
  const extent = Math.max(1e-9, ...values.map(Math.abs));
  // A minus sign, not a hyphen, as in the report's tables.
  const shown = (v: number): string => format(v).replace(/^-/, '−');
  // Room for the value beside the longest bar on each side (about 5.4 px a character at 9 px), so
  // that a bar's figure never runs into the labels on the left or off the chart on the right.
  const room = (pick: (v: number) => boolean): number => Math.max(0, ...values.filter(pick).map((v) => shown(v).length * 5.4 + 6));
  const x = scaleLinear()
    .domain([-extent, extent])
    .nice(4)
    .range([margin.left + room((v) => v < 0), WIDTH - Math.max(margin.right, room((v) => v > 0))]);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([margin.top, height - margin.bottom]).padding(0.2);
  let out = open(frame, height);
  // Every other tick (0 kept) while their figures would touch (−2.000.000 is ten characters).
  let ticks = x.ticks(5);
  const tickWidth = Math.max(...ticks.map((t) => shown(t).length)) * 6 + 8;
  while (ticks.length > 3 && Math.abs(x(ticks[1]!) - x(ticks[0]!)) < tickWidth) {
    const zero = ticks.indexOf(0);
    ticks = ticks.filter((_, i) => (i - (zero === -1 ? 0 : zero)) % 2 === 0);
  }
  for (const t of ticks) {
    out += `<line x1="${c(x(t))}" x2="${c(x(t))}" y1="${c(margin.top)}" y2="${c(height - margin.bottom)}" stroke="#d9d9d9" stroke-width="0.6"/>`;
    out += text(x(t), height - margin.bottom + 14, shown(t), `text-anchor="middle" fill="${MUTED}"`);
  }
  out += text((x.range()[0]! + x.range()[1]!) / 2, height - 6, axis, `text-anchor="middle" fill="${INK}"`);
  // Legend: the two fills.
  out += `<rect x="${c(margin.left)}" y="6" width="10" height="10" fill="${GREYS[1]}"/>` + text(margin.left + 14, 15, legend.low, `fill="${INK}"`);
  out += `<rect x="${c(margin.left + 150)}" y="6" width="10" height="10" fill="${GREYS[3]}" stroke="${INK}" stroke-width="0.5"/>` + text(margin.left + 164, 15, legend.high, `fill="${INK}"`);
  const half = y.bandwidth() / 2;
  rows.forEach((r, i) => {
    const top = y(i)!;
    const mid = top + y.bandwidth() / 2 + 3.5;
    const lines = labels[i]!;
    const cut = lines.join(' ') !== r.label.replace(/ +/g, ' ').trim();
    out +=
      (cut ? `<g><title>${escapeXml(r.label)}</title>` : '') +
      lines.map((line, k) => text(margin.left - 8, mid + 12 * (k - (lines.length - 1) / 2), line, `text-anchor="end" fill="${INK}"`)).join('') +
      (cut ? '</g>' : '');
    const bar = (v: number | null, offset: number, fillColour: string, stroke: string): string => {
      if (v === null) return '';
      const from = Math.min(x(0), x(v));
      const width = Math.abs(x(v) - x(0));
      const labelX = v < 0 ? x(v) - 4 : x(v) + 4;
      return (
        `<rect x="${c(from)}" y="${c(top + offset)}" width="${c(width)}" height="${c(half)}" fill="${fillColour}"${stroke}/>` +
        text(labelX, top + offset + half - 2, shown(v), `text-anchor="${v < 0 ? 'end' : 'start'}" fill="${INK}" font-size="9"`)
      );
    };
    out += bar(r.low, 0, GREYS[1]!, '');
    out += bar(r.high, half, GREYS[3]!, ` stroke="${INK}" stroke-width="0.5"`);
  });
  out += `<line x1="${c(x(0))}" x2="${c(x(0))}" y1="${c(margin.top - 2)}" y2="${c(height - margin.bottom)}" stroke="${INK}" stroke-width="1"/>`;
  return `${out}</svg>`;
}
