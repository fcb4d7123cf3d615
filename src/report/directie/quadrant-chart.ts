import { scaleLinear } from 'd3-scale';
import type { Quadrant } from '../../domain/organise.js';
import { c, escapeXml, INK, MUTED, open, spread, text, truncate, type ChartFrame } from './charts.js';
import { compareText } from '../../domain/compare-text.js';

/**
 * The 2×2 of standard and custom work (SPEC §3.7) as inline SVG: complexity left to right,
 * predictability bottom to top, both split at 0.5. Each function is a dot at its place at the horizon,
 * its area in proportion to its FTE of work, with an arrow from its place at the start. Functions that
 * change quadrant are black and labelled in the right margin (leader lines, spread so labels never
 * overlap); the others are grey. The custom-work quadrant is shaded: that is where a pool fits.
 */

export interface QuadrantPoint {
  /** Label in the margin, e.g. "F024 Beleidsmedewerker". */
  label: string;
  start: { predictability: number; complexity: number };
  end: { predictability: number; complexity: number };
  fte: number;
  /** Changes quadrant: drawn black and labelled. */
  moves: boolean;
}

export interface QuadrantChartText {
  quadrant: Record<Quadrant, string>;
  axisPredictability: string;
  axisComplexity: string;
  start: string;
  end: string;
}

/** Labels drawn at most (the text alternative lists every function that moves). */
export const QUADRANT_LABELS = 16;

/** Renders the 2×2 chart; `format` formats axis ticks (0–1). */
export function renderQuadrantChart(frame: ChartFrame, points: readonly QuadrantPoint[], words: QuadrantChartText, format: (v: number) => string): string {
  const size = 380;
  const margin = { top: 24, left: 56, bottom: 44 };
  const height = margin.top + size + margin.bottom;
  const values = points.flatMap((p) => [p.start.predictability, p.start.complexity, p.end.predictability, p.end.complexity]);
  // Zoom to where the functions are, always showing the 0.5 split, in steps of 0.1.
  const lo = Math.max(0, Math.floor((Math.min(0.5, ...values) - 0.05) * 10) / 10);
  const hi = Math.min(1, Math.ceil((Math.max(0.5, ...values) + 0.05) * 10) / 10);
  const x = scaleLinear().domain([lo, hi]).range([margin.left, margin.left + size]);
  const y = scaleLinear().domain([lo, hi]).range([margin.top + size, margin.top]);
  const maxFte = Math.max(1e-9, ...points.map((p) => p.fte));
  const radius = (fte: number): number => 2.5 + 11 * Math.sqrt(Math.max(0, fte) / maxFte);

  let out = open(
    frame,
    height,
    `<marker id="${frame.id}-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L6,3 L0,6 z" fill="${MUTED}"/></marker>`,
  );
  const left = x(lo);
  const right = x(hi);
  const top = y(hi);
  const bottom = y(lo);
  const midX = x(0.5);
  const midY = y(0.5);
  // The custom-work quadrant (complex, unpredictable) is shaded.
  out += `<rect x="${c(midX)}" y="${c(midY)}" width="${c(right - midX)}" height="${c(bottom - midY)}" fill="#ececec"/>`;
  out += `<rect x="${c(left)}" y="${c(top)}" width="${c(right - left)}" height="${c(bottom - top)}" fill="none" stroke="#bdbdbd" stroke-width="0.8"/>`;
  out += `<line x1="${c(midX)}" x2="${c(midX)}" y1="${c(top)}" y2="${c(bottom)}" stroke="${MUTED}" stroke-width="1" stroke-dasharray="4 3"/>`;
  out += `<line x1="${c(left)}" x2="${c(right)}" y1="${c(midY)}" y2="${c(midY)}" stroke="${MUTED}" stroke-width="1" stroke-dasharray="4 3"/>`;
  const ticks = x.ticks(Math.round((hi - lo) * 10));
  for (const t of ticks) {
    out += text(x(t), bottom + 14, format(t), `text-anchor="middle" fill="${MUTED}"`);
    out += text(left - 6, y(t) + 3.5, format(t), `text-anchor="end" fill="${MUTED}"`);
  }
  out += text((left + right) / 2, bottom + 32, `${words.axisComplexity} →`, `text-anchor="middle" fill="${INK}" font-weight="bold"`);
  out += `<text x="${c(left - 38)}" y="${c((top + bottom) / 2)}" transform="rotate(-90 ${c(left - 38)} ${c((top + bottom) / 2)})" text-anchor="middle" fill="${INK}" font-weight="bold">${escapeXml(`${words.axisPredictability} →`)}</text>`;
  const corner = `fill="${MUTED}" font-weight="bold" font-size="12"`;
  out += text(left + 6, top + 16, words.quadrant.standard, corner);
  out += text(right - 6, top + 16, words.quadrant.specialist, `${corner} text-anchor="end"`);
  out += text(left + 6, bottom - 8, words.quadrant.flexible_service, corner);
  out += text(right - 6, bottom - 8, words.quadrant.custom, `${corner} text-anchor="end"`);

  // Largest first, so small dots stay visible on top; movers last, on top of everything.
  const order = [...points].sort((a, b) => Number(a.moves) - Number(b.moves) || b.fte - a.fte || compareText(a.label, b.label));
  for (const p of order) {
    const x0 = x(p.start.complexity);
    const y0 = y(p.start.predictability);
    const x1 = x(p.end.complexity);
    const y1 = y(p.end.predictability);
    const r = radius(p.fte);
    const length = Math.hypot(x1 - x0, y1 - y0);
    const ink = p.moves ? INK : '#8c8c8c';
    if (length > r + 3) {
      // The arrow stops at the dot's edge.
      const ex = x1 - ((x1 - x0) / length) * r;
      const ey = y1 - ((y1 - y0) / length) * r;
      out += `<circle cx="${c(x0)}" cy="${c(y0)}" r="2" fill="#ffffff" stroke="${ink}" stroke-width="1"/>`;
      out += `<line x1="${c(x0)}" y1="${c(y0)}" x2="${c(ex)}" y2="${c(ey)}" stroke="${ink}" stroke-width="${p.moves ? 1.4 : 0.8}" marker-end="url(#${frame.id}-arrow)"/>`;
    }
    out += `<circle cx="${c(x1)}" cy="${c(y1)}" r="${c(r)}" fill="${p.moves ? INK : '#a3a3a3'}" fill-opacity="${p.moves ? 0.85 : 0.55}" stroke="#ffffff" stroke-width="0.6"><title>${escapeXml(p.label)}</title></circle>`;
  }

  // Labels in the right margin, in the order of the dots from top to bottom, spread apart.
  const labelled = points
    .filter((p) => p.moves)
    .sort((a, b) => b.fte - a.fte || (a.label < b.label ? -1 : 1))
    .slice(0, QUADRANT_LABELS)
    .sort((a, b) => y(a.end.predictability) - y(b.end.predictability) || (a.label < b.label ? -1 : 1));
  const labelX = right + 18;
  const ys = spread(labelled.map((p) => y(p.end.predictability)), 13, top + 4, bottom);
  labelled.forEach((p, i) => {
    const px = x(p.end.complexity) + radius(p.fte);
    const py = y(p.end.predictability);
    const ly = ys[i]!;
    out += `<polyline points="${c(px)},${c(py)} ${c(right + 4)},${c(ly)} ${c(labelX - 3)},${c(ly)}" fill="none" stroke="${MUTED}" stroke-width="0.5"/>`;
    out += text(labelX, ly + 3.5, truncate(p.label, 30), `fill="${INK}" font-size="10"`);
  });
  // Legend: which end of an arrow is which year (one year, no arrows: only the dot).
  if (words.start !== words.end) {
    out += `<circle cx="${c(margin.left + 4)}" cy="${c(margin.top - 12)}" r="2" fill="#ffffff" stroke="${INK}" stroke-width="1"/>`;
    out += text(margin.left + 10, margin.top - 8.5, `${words.start} → `, `fill="${INK}"`);
  }
  const dot = words.start !== words.end ? 58 : 4;
  out += `<circle cx="${c(margin.left + dot)}" cy="${c(margin.top - 12)}" r="4.5" fill="${INK}" fill-opacity="0.85"/>`;
  out += text(margin.left + dot + 8, margin.top - 8.5, words.end, `fill="${INK}"`);
  return `${out}</svg>`;
}

