import { customFrom, formatPosition, QUADRANTS, type OrganiseResult, type Quadrant } from '../../domain/organise.js';
import type { Block } from './compose-report.js';
import { QUADRANT_LABELS, renderQuadrantChart } from './quadrant-chart.js';
import type { ReportLang, Texts } from './texts/texts.js';
import { organiseNote } from '../render-organise.js';

/**
 * The part of the Doorbreken chapter on standard and custom work (SPEC §3.7): the 2×2 chart with its
 * text alternative, the functions that change quadrant, and the pool candidates with their FTE and
 * roles, year by year. FTE only: no person counts, so nothing here can identify a small group.
 */

/** The formatters of the report, as far as this part uses them. */
export interface OrganiseFormatters {
  fte: (v: number) => string;
  int: (v: number) => string;
  category: (id: string) => string;
}

/** Roles named in the pool sentence at most. */
const ROLES_NAMED = 4;
/** Functions of the pool listed one by one at most (Gemeente Voorbeeld has about 30); the rest is one row. */
const POOL_LISTED = 40;

/** The blocks of the standard-and-custom-work part of Doorbreken. */
export function organiseBlocks(o: OrganiseResult, t: Texts, f: OrganiseFormatters, lang: ReportLang): Block[] {
  const b = t.doorbreken;
  const { start, end } = o.scenario.horizon;
  const first = o.years[0]!;
  const last = o.years[o.years.length - 1]!;
  const label = (id: string, name: string): string => `${id} ${name}`;
  const placed = o.functions.filter(
    (fn): fn is typeof fn & { [K in 'predictability' | 'complexity' | 'predictability_end' | 'complexity_end']: number } =>
      fn.predictability !== null && fn.complexity !== null && fn.predictability_end !== null && fn.complexity_end !== null,
  );
  const movers = o.functions
    .filter((fn) => fn.quadrant_year !== null)
    .sort((a, z) => (a.quadrant_year ?? 0) - (z.quadrant_year ?? 0) || z.fte_end - a.fte_end || (a.id < z.id ? -1 : 1));
  const blocks: Block[] = [{ kind: 'heading', text: b.organiseTitle }, { kind: 'paragraph', text: b.organiseText }];
  // Most of the work without a position (the data's task categories have ids with no profile, e.g.
  // Dutch ones): say so and how to add profiles, and draw no conclusions from the few placed.
  const work = (fn: { fte: number; fte_end: number }): number => Math.max(fn.fte, fn.fte_end);
  const allWork = o.functions.reduce((s, fn) => s + work(fn), 0);
  const placedWork = o.functions.filter((fn) => fn.quadrant !== null).reduce((s, fn) => s + work(fn), 0);
  const unprofiled = o.noteFacts.flatMap((n) => (n.kind === 'unprofiled' ? [n.category] : []));
  if (allWork > 0 && placedWork < allWork / 2 && unprofiled.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: b.organiseUncovered({
        placed: o.functions.filter((fn) => fn.quadrant !== null).length,
        functions: o.functions.length,
        share: `${f.int((100 * placedWork) / allWork)}%`,
        categories: unprofiled,
      }),
    });
    return blocks;
  }
  const columns = start === end ? 3 : 5;

  // The chart names the largest movers it has room for; the caption says so when there are more.
  const drawnMovers = movers.filter((m) => m.fte_end > 0).length;
  blocks.push({
    kind: 'chart',
    title: b.quadrantChartTitle(start, end),
    svg: renderQuadrantChart(
      { id: 'quadrants', title: b.quadrantChartTitle(start, end) },
      placed
        .filter((fn) => fn.fte_end > 0)
        .map((fn) => ({
          label: label(fn.id, fn.name),
          code: fn.id,
          start: { predictability: fn.predictability, complexity: fn.complexity },
          end: { predictability: fn.predictability_end, complexity: fn.complexity_end },
          fte: fn.fte_end,
          moves: fn.quadrant_year !== null,
        })),
      { quadrant: b.quadrant, axisPredictability: b.axisPredictability, axisComplexity: b.axisComplexity, start: String(start), end: String(end) },
      (v) => formatPosition(v, lang).replace(/0$/, ''),
    ),
    caption: b.quadrantCaption(start, end, drawnMovers, Math.min(drawnMovers, QUADRANT_LABELS)),
    showTable: true,
    // A one-year horizon: the start is the end, so its columns once.
    table: {
      kind: 'table',
      head: [b.quadrantCol, b.functionsIn(start), b.fteIn(start), b.functionsIn(end), b.fteIn(end)].slice(0, columns),
      align: (['l', 'r', 'r', 'r', 'r'] as const).slice(0, columns),
      rows: QUADRANTS.map((q) => [b.quadrant[q], f.int(first.functions[q]), f.fte(first.fte[q]), f.int(last.functions[q]), f.fte(last.fte[q])].slice(0, columns)),
      foot: [t.total, f.int(total(first.functions)), f.fte(total(first.fte)), f.int(total(last.functions)), f.fte(total(last.fte))].slice(0, columns),
    },
  });

  const intoCustom = movers.filter((m) => m.quadrant_end === 'custom');
  const byId = new Map(o.functions.map((fn) => [fn.id, fn]));
  // A new function whose work starts after the start as custom work adds to it too (the table's count grows).
  const newInCustom = o.pool_candidates
    .map((p) => ({ p, fn: byId.get(p.id), from: customFrom(p, byId.get(p.id), start) }))
    .filter(({ p, fn, from }) => fn?.emerging === true && p.quadrant_year === null && from > start)
    .sort((a, z) => a.from - z.from || (a.p.id < z.p.id ? -1 : 1));
  const newText = newInCustom.map(({ p, from }) => b.since(label(p.id, p.name), from)).join(', ');
  blocks.push({
    kind: 'paragraph',
    text:
      intoCustom.length === 0
        ? newInCustom.length === 0
          ? b.noneIntoCustom(end)
          : b.newInCustom(newText, newInCustom.length, true, end)
        : b.intoCustom(intoCustom.map((m) => b.since(label(m.id, m.name), m.quadrant_year!)).join(', ')) +
          (newInCustom.length === 0 ? '' : ` ${b.newInCustom(newText, newInCustom.length, false, end)}`),
  });
  if (movers.length > 0) {
    blocks.push({
      kind: 'table',
      title: b.moversTitle,
      head: [b.functionCol, b.fromCol(start), b.toCol(end), b.sinceCol, b.fteIn(end)],
      align: ['l', 'l', 'l', 'r', 'r'],
      rows: movers.map((m) => [label(m.id, m.name), name(b.quadrant, m.quadrant), name(b.quadrant, m.quadrant_end), String(m.quadrant_year), f.fte(m.fte_end)]),
    });
  }

  // Task categories without a profile (only with other data than spp's own examples).
  // The model's notes are English (JSON); the report says them in its language.
  // The functions without a position in one line (one line each made a list of dozens).
  const unplaced = o.noteFacts.filter((n) => n.kind === 'no_position');
  const items = o.notes.filter((n) => !unplaced.some((u) => u.text === n)).map((note) => organiseNote(note, o.noteFacts, lang, f.category));
  if (unplaced.length > 0) items.push(unplaced.length === 1 ? organiseNote(unplaced[0]!.text, unplaced, lang, f.category) : b.noPositions(unplaced.map((u) => u.function).join(', ')));
  if (items.length > 0) blocks.push({ kind: 'list', items });
  const pool = o.pool_candidates;
  if (pool.length === 0) {
    blocks.push({ kind: 'paragraph', text: b.noPool(end) });
    return blocks;
  }
  const roles = o.pool.roles.slice(0, ROLES_NAMED).map((r) => `${f.category(r.role)} (${f.fte(r.fte)} fte)`).join(', ');
  blocks.push({ kind: 'paragraph', text: b.poolText(f.int(pool.length), f.fte(o.pool.fte), end, lang === 'en' ? roles.replace(/ fte\)/g, ' FTE)') : roles) });
  // The start column adds up the candidates' work then, custom or not: beside the quadrant table's
  // custom work at the start (262,8 against 306,9 on the example) a reader saw two answers to one
  // question, so the difference is named (an HR adviser's review).
  const later = pool.filter((p) => customFrom(p, byId.get(p.id), start) > start && p.fte_start >= 0.05);
  const notes = [
    ...(pool.length > POOL_LISTED ? [b.poolTop(POOL_LISTED, pool.length)] : []),
    ...(later.length > 0 ? [b.poolLater(start, later.length, f.fte(later.reduce((s, p) => s + p.fte_start, 0)), f.fte(first.fte.custom))] : []),
  ];
  blocks.push({
    kind: 'table',
    title: b.poolTitle(end),
    head: [b.functionCol, b.sinceCol, b.fteIn(start), b.fteIn(end), b.rolesCol],
    align: ['l', 'r', 'r', 'r', 'l'],
    // Largest first; a big city's pool of 90 functions (three pages) lists POOL_LISTED and sums the rest
    // (work, not people: nothing to withhold); spp organise lists them all.
    rows: [
      ...pool.slice(0, POOL_LISTED).map((p) => [label(p.id, p.name), String(customFrom(p, byId.get(p.id), start)), f.fte(p.fte_start), f.fte(p.fte), p.roles.map(f.category).join(', ')]),
      ...(pool.length > POOL_LISTED
        ? [[t.otherFunctions(f.int(pool.length - POOL_LISTED)), '', f.fte(pool.slice(POOL_LISTED).reduce((s, p) => s + p.fte_start, 0)), f.fte(pool.slice(POOL_LISTED).reduce((s, p) => s + p.fte, 0)), '']]
        : []),
    ],
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    foot: [t.total, '', f.fte(pool.reduce((s, p) => s + p.fte_start, 0)), f.fte(o.pool.fte), ''],
  });
  blocks.push({
    kind: 'table',
    title: b.poolYearsTitle,
    head: [t.doorlichten.year, b.poolFunctionsCol, b.poolFteCol],
    align: ['l', 'r', 'r'],
    rows: o.years
      .filter((y, i) => i === 0 || i === o.years.length - 1 || y.functions.custom !== o.years[i - 1]!.functions.custom)
      .map((y) => [String(y.year), f.int(y.functions.custom), f.fte(y.fte.custom)]),
  });
  return blocks;
}

function total(row: Record<Quadrant, number>): number {
  return QUADRANTS.reduce((s, q) => s + row[q], 0);
}

function name(names: Record<Quadrant, string>, q: Quadrant | null): string {
  return q === null ? '–' : names[q];
}
