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
  /** The function's code, beside its dot when the chart has few dots (QUADRANT_CODES); else the label's first word. */
  code?: string;
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

/** Up to this many dots, each dot not labelled in the margin carries its function's code beside it. */
const QUADRANT_CODES = 15;

/** About 6 px a character of 10 px type (DejaVu Sans, Helvetica), as the flow chart reckons. */
const CODE_CHAR_PX = 6;

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
  // Where the corner names stand (12 px bold, about 7.5 px a character): a code is not put over them.
  const corners: Box[] = [
    { x: left + 6, y: top + 4, w: words.quadrant.standard.length * 7.5, h: 14 },
    { x: right - 6 - words.quadrant.specialist.length * 7.5, y: top + 4, w: words.quadrant.specialist.length * 7.5, h: 14 },
    { x: left + 6, y: bottom - 20, w: words.quadrant.flexible_service.length * 7.5, h: 14 },
    { x: right - 6 - words.quadrant.custom.length * 7.5, y: bottom - 20, w: words.quadrant.custom.length * 7.5, h: 14 },
  ];
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
  // Few dots: each one not named in the margin gets its code beside it — right, left, above or below,
  // the first place clear of every dot, corner name and code placed before; none when all four collide.
  if (points.length <= QUADRANT_CODES) {
    const named = new Set(labelled);
    const dots: Box[] = points.map((p) => {
      const r = radius(p.fte);
      return { x: x(p.end.complexity) - r, y: y(p.end.predictability) - r, w: 2 * r, h: 2 * r };
    });
    const taken: Box[] = [...corners];
    for (const p of order.filter((q) => !named.has(q))) {
      const code = p.code ?? p.label.split(' ')[0] ?? p.label;
      const cx = x(p.end.complexity);
      const cy = y(p.end.predictability);
      const r = radius(p.fte);
      const w = code.length * CODE_CHAR_PX;
      const places: { box: Box; tx: number; ty: number; anchor: string }[] = [
        { box: { x: cx + r + 2, y: cy - 6, w, h: 11 }, tx: cx + r + 2, ty: cy + 3.5, anchor: 'start' },
        { box: { x: cx - r - 2 - w, y: cy - 6, w, h: 11 }, tx: cx - r - 2, ty: cy + 3.5, anchor: 'end' },
        { box: { x: cx - w / 2, y: cy - r - 13, w, h: 11 }, tx: cx, ty: cy - r - 4, anchor: 'middle' },
        { box: { x: cx - w / 2, y: cy + r + 1, w, h: 11 }, tx: cx, ty: cy + r + 10, anchor: 'middle' },
      ];
      const inside = (b: Box): boolean => b.x >= left + 1 && b.x + b.w <= right - 1 && b.y >= top + 1 && b.y + b.h <= bottom - 1;
      const place = places.find(({ box }) => inside(box) && !taken.some((t) => overlaps(t, box)) && !dots.some((d) => overlaps(d, box)));
      if (place === undefined) continue;
      taken.push(place.box);
      out += text(place.tx, place.ty, code, `text-anchor="${place.anchor}" fill="${INK}" font-size="10"`);
    }
  }
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

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
