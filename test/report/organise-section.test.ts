import { describe, expect, it } from 'vitest';
import type { OrganiseFunction, OrganiseNoteFact, OrganiseResult } from '../../src/domain/organise.js';
import { organiseBlocks } from '../../src/report/directie/organise-section.js';
import { en } from '../../src/report/directie/texts/en.js';
import { nl } from '../../src/report/directie/texts/nl.js';
import { formatNumber } from '../../src/domain/round.js';
import { renderQuadrantChart, type QuadrantPoint } from '../../src/report/directie/quadrant-chart.js';

function fn(id: string, name: string, quadrant: OrganiseFunction['quadrant'], quadrantEnd: OrganiseFunction['quadrant'], year: number | null, fte: number): OrganiseFunction {
  const p = quadrant === 'standard' || quadrant === 'specialist' ? 0.7 : 0.4;
  const k = quadrant === 'standard' || quadrant === 'flexible_service' ? 0.3 : 0.7;
  const pe = quadrantEnd === 'standard' || quadrantEnd === 'specialist' ? 0.6 : 0.45;
  const ke = quadrantEnd === 'standard' || quadrantEnd === 'flexible_service' ? 0.35 : 0.65;
  return {
    id, name, family: '', emerging: false, fte, fte_end: fte,
    predictability: p, complexity: k, quadrant, predictability_end: pe, complexity_end: ke, quadrant_end: quadrantEnd, quadrant_year: year,
    years: [],
  };
}

const zero = { standard: 0, specialist: 0, flexible_service: 0, custom: 0 };
const result: OrganiseResult = {
  schema: 'spp.organise/1',
  stamp: { spp_version: '0.0.0-test', scenario_id: 't', inputs: [], seed: null },
  scenario: { id: 't', title: null, horizon: { start: 2026, end: 2030 } },
  profiles: {},
  functions: [fn('F1', 'Beleidsmedewerker', 'specialist', 'custom', 2028, 12.5), fn('F2', 'Baliemedewerker', 'standard', 'standard', null, 3), fn('F3', 'Adviseur', 'custom', 'custom', null, 4)],
  pool_candidates: [
    { id: 'F1', name: 'Beleidsmedewerker', fte: 12.5, fte_start: 12.5, quadrant: 'specialist', quadrant_year: 2028, roles: ['policy', 'advice'], role_shares: [0.6, 0.4] },
    { id: 'F3', name: 'Adviseur', fte: 4, fte_start: 4, quadrant: 'custom', quadrant_year: null, roles: ['advice'], role_shares: [1] },
  ],
  pool: { fte: 16.5, roles: [{ role: 'advice', fte: 9 }, { role: 'policy', fte: 7.5 }] },
  years: [
    { year: 2026, fte: { ...zero, standard: 3, specialist: 12.5, custom: 4 }, functions: { ...zero, standard: 1, specialist: 1, custom: 1 } },
    { year: 2030, fte: { ...zero, standard: 3, custom: 16.5 }, functions: { ...zero, standard: 1, custom: 2 } },
  ],
  notes: [],
  noteFacts: [],
};

/** The model's notes on task categories without a profile and functions without a position, as data and in English. */
function noted(unprofiled: [category: string, ids: string[]][], unplaced: string[]): Pick<OrganiseResult, 'notes' | 'noteFacts'> {
  const noteFacts: OrganiseNoteFact[] = [
    ...unprofiled.map(([category, ids]): OrganiseNoteFact => ({
      kind: 'unprofiled',
      text: `task category '${category}' has no predictability/complexity profile; it is left out of the position of ${ids.join(', ')} (set task_profile.${category} in the scenario)`,
      category,
      functions: ids,
    })),
    ...unplaced.map((id): OrganiseNoteFact => ({ kind: 'no_position', text: `${id} has no position: none of its task categories has a profile`, function: id })),
  ];
  return { notes: noteFacts.map((n) => n.text), noteFacts };
}

describe('the Doorbreken part on standard and custom work', () => {
  for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
    const f = { fte: (v: number) => formatNumber(v, 1, lang), int: (v: number) => formatNumber(v, 0, lang), category: (id: string) => id.replace(/_/g, ' ') };
    const blocks = organiseBlocks(result, t, f, lang);
    const text = JSON.stringify(blocks);

    it(`names the functions that move into custom work and the FTE a pool could hold (${lang})`, () => {
      const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
      expect(paragraphs.some((p) => p.includes('F1 Beleidsmedewerker') && p.includes('2028'))).toBe(true);
      expect(paragraphs.some((p) => p.includes(formatNumber(16.5, 1, lang)) && p.includes('advice'))).toBe(true);
      expect(text).toContain(t.doorbreken.quadrant.custom);
    });

    it(`draws the 2×2 as an accessible SVG with the movers labelled, and a text alternative (${lang})`, () => {
      const chart = blocks.find((b) => b.kind === 'chart');
      if (chart?.kind !== 'chart') throw new Error('no chart');
      expect(chart.svg).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+"/);
      // Movers carry a label in the margin; every dot carries its name as a tooltip.
      expect(chart.svg).toMatch(/<text[^>]*>F1 Beleidsmedewerker<\/text>/);
      expect(chart.svg).not.toMatch(/<text[^>]*>F2 Baliemedewerker<\/text>/);
      expect(chart.svg).toContain('<title>F2 Baliemedewerker</title>');
      for (const q of ['standard', 'specialist', 'flexible_service', 'custom'] as const) expect(chart.svg).toContain(t.doorbreken.quadrant[q]);
      expect(chart.table.rows).toHaveLength(4);
      expect(chart.caption).toContain('2030');
      // Same data, same bytes.
      expect(organiseBlocks(result, t, f, lang)).toEqual(blocks);
    });
  }

  // An HR adviser's review: the pool table's start column (306,9 fte on the example) beside the
  // quadrant table's custom work at the start (262,8 fte) read as two answers to one question.
  it('says under the pool table that its start column counts functions that become custom work later (nl, en)', () => {
    for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
      const f = { fte: (v: number) => formatNumber(v, 1, lang), int: (v: number) => formatNumber(v, 0, lang), category: (id: string) => id };
      const pool = organiseBlocks(result, t, f, lang).find((b) => b.kind === 'table' && b.title === t.doorbreken.poolTitle(2030));
      if (pool?.kind !== 'table') throw new Error('no pool table');
      // F1 (12,5 fte in 2026) becomes custom work in 2028; F3 (4 fte) is custom work from the start: 16,5 − 12,5 = 4.
      expect(pool.foot?.[2]).toBe(formatNumber(16.5, 1, lang));
      expect(pool.note).toBe(
        lang === 'nl'
          ? 'Het werk in 2026 telt ook de functie die pas later maatwerk wordt (12,5 fte); het maatwerk zelf was in 2026 4,0 fte.'
          : 'The work in 2026 includes the function that becomes custom work later (12.5 FTE); custom work itself was 4.0 FTE in 2026.',
      );
      // Without a later mover the table needs no such line.
      const allCustom = organiseBlocks({ ...result, pool_candidates: [result.pool_candidates[1]!] }, t, f, lang).find((b) => b.kind === 'table' && b.title === t.doorbreken.poolTitle(2030));
      expect(allCustom?.kind === 'table' ? allCustom.note : 'missing').toBeUndefined();
    }
  });

  it("says the model's note on a task category without a profile in the report's language", () => {
    const archief: OrganiseResult = { ...result, ...noted([['archief', ['F1']]], []) };
    const f = { fte: (v: number) => formatNumber(v, 1, 'nl'), int: (v: number) => formatNumber(v, 0, 'nl'), category: (id: string) => id };
    const list = organiseBlocks(archief, nl, f, 'nl').find((b) => b.kind === 'list');
    expect(list).toEqual({ kind: 'list', items: ["Taakcategorie 'archief' heeft geen profiel voor voorspelbaarheid en complexiteit; ze telt niet mee in de positie van F1 (zet task_profile.archief in het scenario)."] });
  });

  // Task categories and function ids are the user's: a category with a space or a quote, a function id
  // with a space or brackets, said in Dutch from the note's data (the pattern that read them back
  // took `\S+` for an id and left such notes in English).
  it('says the notes in Dutch whatever the category and the function ids hold', () => {
    const odd: OrganiseResult = { ...result, ...noted([["klant contact's", ['FIN 14', 'X (oud) → Y']]], ['A would B']) };
    const f = { fte: (v: number) => formatNumber(v, 1, 'nl'), int: (v: number) => formatNumber(v, 0, 'nl'), category: (id: string) => id };
    expect(organiseBlocks(odd, nl, f, 'nl').find((b) => b.kind === 'list')).toEqual({
      kind: 'list',
      items: [
        "Taakcategorie 'klant contact's' heeft geen profiel voor voorspelbaarheid en complexiteit; ze telt niet mee in de positie van FIN 14, X (oud) → Y (zet task_profile.klant contact's in het scenario).",
        'A would B heeft geen positie: geen van zijn taakcategorieën heeft een profiel.',
      ],
    });
    expect(organiseBlocks({ ...odd, ...noted([], ['A would B', 'in']) }, nl, f, 'nl').find((b) => b.kind === 'list')).toEqual({ kind: 'list', items: ['A would B, in hebben geen positie: geen van hun taakcategorieën heeft een profiel.'] });
  });

  it('says so when no function is custom work at the horizon', () => {
    const none: OrganiseResult = { ...result, functions: [result.functions[1]!], pool_candidates: [], pool: { fte: 0, roles: [] } };
    const f = { fte: (v: number) => formatNumber(v, 1, 'en'), int: (v: number) => formatNumber(v, 0, 'en'), category: (id: string) => id };
    const text = JSON.stringify(organiseBlocks(none, en, f, 'en'));
    expect(text).toContain('no function is custom work');
    expect(text).toContain('No function moves into custom work by 2030.');
  });

  // A consultant probe: "No function moves into custom work before 2035" while the table counted 4
  // functions of custom work in 2026 and 5 from 2027 — a new function (N01) starting in 2027, listed
  // "From 2026".
  it('names a new function that starts as custom work, with the year its work starts (nl, en)', () => {
    const years = [2026, 2027, 2028, 2029, 2030].map((year) => ({ year, fte: year === 2026 ? 0 : 2, predictability: 0.4, complexity: 0.7, quadrant: 'custom' as const }));
    const n01: OrganiseFunction = { ...fn('N01', 'Data Steward', 'custom', 'custom', null, 0), emerging: true, fte_end: 2, years };
    const withNew: OrganiseResult = {
      ...result,
      functions: [result.functions[1]!, result.functions[2]!, n01],
      pool_candidates: [result.pool_candidates[1]!, { id: 'N01', name: 'Data Steward', fte: 2, fte_start: 0, quadrant: 'custom', quadrant_year: null, roles: ['analysis'], role_shares: [1] }],
    };
    for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
      const f = { fte: (v: number) => formatNumber(v, 1, lang), int: (v: number) => formatNumber(v, 0, lang), category: (id: string) => id };
      const blocks = organiseBlocks(withNew, t, f, lang);
      const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
      const sentence = paragraphs.find((p) => p.includes('N01 Data Steward'));
      expect(sentence).toBe(
        lang === 'nl'
          ? 'Geen bestaande functie schuift tot en met 2030 op naar maatwerk; wel begint een nieuwe functie als maatwerk: N01 Data Steward (vanaf 2027).'
          : 'No existing function moves into custom work by 2030; a new function starts as custom work: N01 Data Steward (from 2027).',
      );
      const pool = blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r[0] === 'N01 Data Steward'));
      expect(pool?.kind === 'table' ? pool.rows.find((r) => r[0] === 'N01 Data Steward')![1] : undefined).toBe('2027');
    }
  });

  // A consultant probe (Dutch task category ids, only 'ict' with a built-in profile): 3 of 43
  // functions had a position, yet the section concluded "Geen functie schuift vóór 2033 op naar
  // maatwerk" and "voor een flexibele pool van rollen is (nog) geen werk", over ~40 lines of notes.
  it('says in one paragraph that most of the work has no position and how to add profiles, and draws no conclusions (nl, en)', () => {
    const unplaced = (id: string, fte: number): OrganiseFunction => ({ ...fn(id, id, null, null, null, fte), predictability: null, complexity: null, predictability_end: null, complexity_end: null });
    const mostlyUnplaced: OrganiseResult = {
      ...result,
      functions: [result.functions[1]!, unplaced('A1', 30), unplaced('A2', 20)],
      pool_candidates: [],
      pool: { fte: 0, roles: [] },
      ...noted(
        [
          ['administratief', ['A1', 'A2']],
          ['klantcontact', ['A2']],
        ],
        ['A1', 'A2'],
      ),
    };
    for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
      const f = { fte: (v: number) => formatNumber(v, 1, lang), int: (v: number) => formatNumber(v, 0, lang), category: (id: string) => id };
      const blocks = organiseBlocks(mostlyUnplaced, t, f, lang);
      expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
      const said = (blocks[2] as { text: string }).text;
      expect(said).toContain(lang === 'nl' ? 'Slechts 1 van de 3 functies (6% van het werk) heeft een plaats' : 'Only 1 of the 3 functions (6% of the work) has a position');
      expect(said).toContain("'administratief', 'klantcontact'");
      expect(said).toContain('task_profile.administratief');
      expect(said).not.toMatch(/maatwerk:|pool van rollen is|custom work by|no work \(yet\)/);
    }
  });

  it('lists the functions without a position in one line, not one line each', () => {
    const some: OrganiseResult = { ...result, ...noted([], ['F8', 'F9']) };
    const f = { fte: (v: number) => formatNumber(v, 1, 'nl'), int: (v: number) => formatNumber(v, 0, 'nl'), category: (id: string) => id };
    expect(organiseBlocks(some, nl, f, 'nl').find((b) => b.kind === 'list')).toEqual({ kind: 'list', items: ['F8, F9 hebben geen positie: geen van hun taakcategorieën heeft een profiel.'] });
  });

  it('says how many of the movers the chart names when they are more than it has room for', () => {
    // A big city: 20 functions move from standard to specialist work, the chart names 16.
    const movers = Array.from({ length: 20 }, (_, i) => fn(`F${100 + i}`, `Functie ${i}`, 'standard', 'specialist', 2028, 30 - i));
    const many: OrganiseResult = { ...result, functions: [...result.functions, ...movers] };
    for (const [lang, t, said] of [
      ['nl', nl, '21 functies wisselen van kwadrant (zwart; de 16 grootste met code, de tabel hieronder noemt ze allemaal).'],
      ['en', en, '21 functions change quadrant (black; the 16 largest with their codes, the table below lists them all).'],
    ] as const) {
      const f = { fte: (v: number) => formatNumber(v, 1, lang), int: (v: number) => formatNumber(v, 0, lang), category: (id: string) => id };
      const blocks = organiseBlocks(many, t, f, lang);
      const chart = blocks.find((b) => b.kind === 'chart');
      if (chart?.kind !== 'chart') throw new Error('no chart');
      expect(chart.caption).toContain(said);
      // The labels in the margin: 16 of the 21 movers.
      const labels = [...chart.svg.matchAll(/<text[^>]*font-size="10"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
      expect(labels).toHaveLength(16);
      const table = blocks.find((b) => b.kind === 'table' && b.title === t.doorbreken.moversTitle);
      expect(table?.kind === 'table' && table.rows.length).toBe(21);
    }
    // With no more movers than room, the caption stays as it was.
    const f = { fte: (v: number) => formatNumber(v, 1, 'nl'), int: (v: number) => formatNumber(v, 0, 'nl'), category: (id: string) => id };
    const chart = organiseBlocks(result, nl, f, 'nl').find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.caption).toContain('Eén functie wisselt van kwadrant (zwart, met code).');
  });
});

describe('the 2×2 chart with few functions', () => {
  const words = { quadrant: nl.doorbreken.quadrant, axisPredictability: 'voorspelbaarheid', axisComplexity: 'complexiteit', start: '2026', end: '2033' };
  // spp init's organisation: nine functions, none changing quadrant — the chart showed nine unnamed dots.
  const spots: [string, number, number, number][] = [
    ['F01', 0.34, 0.62, 7], ['F02', 0.33, 0.67, 6], ['F03', 0.33, 0.82, 5], ['F04', 0.46, 0.64, 5], ['F05', 0.48, 0.67, 10],
    ['F06', 0.74, 0.41, 6], ['F07', 0.66, 0.42, 4], ['F08', 0.72, 0.56, 3], ['N01', 0.68, 0.38, 3],
  ];
  const point = ([code, complexity, predictability, fte]: (typeof spots)[number]): QuadrantPoint => ({
    label: `${code} Functie ${code}`,
    code,
    start: { predictability, complexity },
    end: { predictability, complexity },
    fte,
    moves: false,
  });
  const codesOf = (svg: string) =>
    [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(start|end|middle)" fill="#1a1a1a" font-size="10">([A-Z]\d+)<\/text>/g)].map((m) => {
      const w = m[4]!.length * 6;
      const x = Number(m[1]) - (m[3] === 'end' ? w : m[3] === 'middle' ? w / 2 : 0);
      return { code: m[4]!, x, y: Number(m[2]) - 8, w, h: 10 };
    });

  it('labels each dot with its function code, no two labels over each other or over a dot', () => {
    const svg = renderQuadrantChart({ id: 'q', title: 'Kwadranten' }, spots.map(point), words, (v) => v.toFixed(1));
    const codes = codesOf(svg);
    expect(codes.map((c) => c.code).sort()).toEqual(spots.map((s) => s[0]).sort());
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" fill="#a3a3a3"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), r: Number(m[3]) }));
    expect(dots).toHaveLength(spots.length);
    const apart = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    for (const [i, a] of codes.entries()) {
      for (const b of codes.slice(i + 1)) expect(apart(a, b), `${a.code} over ${b.code}`).toBe(true);
      for (const d of dots) expect(apart(a, { x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r }), `${a.code} over a dot`).toBe(true);
    }
  });

  it('leaves a code out rather than put it over another, and labels no dot among many', () => {
    const crowded = renderQuadrantChart({ id: 'q', title: 'Kwadranten' }, spots.map((s, i) => point([s[0], 0.3 + i * 0.002, 0.7, 5])), words, (v) => v.toFixed(1));
    const codes = codesOf(crowded);
    expect(codes.length).toBeLessThan(spots.length);
    expect(codes.length).toBeGreaterThan(0);
    const many = Array.from({ length: 16 }, (_, i) => point([`F${10 + i}`, 0.2 + (i % 4) * 0.2, 0.2 + Math.floor(i / 4) * 0.2, 3]));
    expect(codesOf(renderQuadrantChart({ id: 'q', title: 'Kwadranten' }, many, words, (v) => v.toFixed(1)))).toEqual([]);
  });
});
