import { customFrom, formatPosition, QUADRANT_NAMES, QUADRANTS, type OrganiseFunction, type OrganiseNoteFact, type OrganiseResult, type Quadrant } from '../domain/organise.js';
import { formatNumber } from '../domain/round.js';
import { renderCsv, type CsvCell, type CsvDialect } from './csv.js';
import { renderJson } from './render-projection.js';
import { fitTable, painter, terminalLabel, terminalSafe, wrapText } from './table.js';
import { compareText } from '../domain/compare-text.js';
import { escapeMarkdown, markdownTable } from './markdown.js';
import type { Lang } from './labels.js';
import { translateNote } from './notes.js';

export type OrganiseFormat = 'table' | 'json' | 'csv' | 'md';
export interface OrganiseRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  /** Language of table and md (default nl). */
  lang?: Lang;
  /** Display names of task categories (the roles). */
  label?: (id: string) => string;
  /** table: the terminal's width (80 when unknown). */
  width?: number;
}

/**
 * A note of `spp organise` in the reader's language: in English as the JSON has it; in Dutch said
 * from its data (`facts`, OrganiseResult.noteFacts), task categories and function ids as they are.
 */
export function organiseNote(note: string, facts: readonly OrganiseNoteFact[], lang: Lang, label: (id: string) => string = (id) => id): string {
  const fact = facts.find((f) => f.text === note);
  if (lang === 'en' || fact === undefined) return translateNote(note, lang, label);
  switch (fact.kind) {
    case 'unprofiled':
      return `Taakcategorie '${fact.category}' heeft geen profiel voor voorspelbaarheid en complexiteit; ze telt niet mee in de positie van ${fact.functions.join(', ')} (zet task_profile.${fact.category} in het scenario).`;
    case 'no_position':
      return `${fact.function} heeft geen positie: geen van zijn taakcategorieën heeft een profiel.`;
  }
}

/** One word per quadrant, for narrow table columns. */
const SHORT: Record<Lang, Record<Quadrant, string>> = {
  nl: { standard: 'standaard', specialist: 'specialist', flexible_service: 'flexibel', custom: 'maatwerk' },
  en: { standard: 'standard', specialist: 'specialist', flexible_service: 'flexible', custom: 'custom' },
};

/** The words of the table and the Markdown, per language. P/K (nl: V/C) are predictability and complexity. */
const O_WORDS = {
  nl: {
    p: 'V',
    k: 'C',
    intro: (end: number, oneYear: boolean) =>
      `Standaardwerk en maatwerk: elke functie geplaatst naar de voorspelbaarheid (V) en complexiteit (C) van haar taken, 0–1, ${oneYear ? `in ${end} (een horizon van één jaar)` : `nu en in ${end} na automatisering`}. Fte: het werk (de vraag).`,
    quadrant: 'Kwadrant',
    test: 'Toets',
    fns: (year: number) => `Fn. ${year}`,
    functions: (year: number) => `Functies ${year}`,
    fte: (year: number) => `Fte ${year}`,
    total: 'Totaal',
    perYearTitle: 'Fte werk per kwadrant, in de jaren dat het beeld verandert',
    year: 'Jaar',
    customFns: 'Fn. maatw.',
    poolTitle: (end: number, n: number, fte: string) => `Kandidaten voor een pool: maatwerk in ${end}, ${n} ${n === 1 ? 'functie' : 'functies'}, ${fte} fte`,
    poolNone: 'geen: geen enkele functie is maatwerk aan het eind van de horizon',
    function: 'Functie',
    since: 'Vanaf',
    roles: 'Rollen (grootste eerst)',
    poolRoles: (end: number, roles: string) => `Rollen die de pool zou vervullen (fte in ${end}): ${roles}.`,
    noPosition: 'Geen positie (geen takenprofiel)',
    gone: (end: number) => `Geen werk meer in ${end} (niet meegeteld in de kwadranten van ${end})`,
    groupTitle: (name: string, end: number, test: string) => `${name} in ${end} (${test})`,
    legend: (start: number, end: number) => (start === end ? `V, C: positie in ${end}.` : `V, C: positie in ${end}. ${start}: het kwadrant in ${start} ('=' hetzelfde); Vanaf: het eerste jaar in het kwadrant van ${end}.`),
    profiles: (list: string, own: boolean) => `Takenprofielen (V/C): ${list}${own ? ' (* in het scenario gezet)' : ''}.`,
    note: 'Noot',
    mdTitle: 'Standaardwerk en maatwerk',
    mdIntro: (id: string, start: number, end: number) =>
      `Scenario ${id}, ${start === end ? start : `${start}–${end}`}. Elke functie is geplaatst naar de voorspelbaarheid (V) en complexiteit (C) van haar taken (0–1, gewogen naar het takenpakket, dat verschuift als taken worden geautomatiseerd). Fte is het werk (de vraag).`,
    yearByYear: 'Jaar op jaar',
    yearByYearIntro: 'Fte werk per kwadrant, in de jaren dat het beeld verandert.',
    customFunctions: 'Functies in maatwerk',
    mdPoolTitle: (end: number) => `Kandidaten voor een pool: maatwerk in ${end}`,
    mdPoolNone: 'Geen: geen enkele functie is maatwerk aan het eind van de horizon.',
    mdPoolIntro: (n: number, fte: string, end: number) =>
      `${n} ${n === 1 ? 'functie' : 'functies'} met ${fte} fte werk in ${end} ${n === 1 ? 'is' : 'zijn'} onvoorspelbaar en complex: werk dat een flexibele pool van rollen kan oppakken, in projecten en opdrachten.`,
    customSince: 'Maatwerk vanaf',
    rolesIn: (end: number) => `Rollen in ${end} (grootste eerst)`,
    everyFunction: 'Alle functies',
    family: 'Familie',
    quadrantIn: (year: number) => `Kwadrant ${year}`,
    taskProfiles: 'Takenprofielen',
    taskCategory: 'Taakcategorie',
    predictability: 'Voorspelbaarheid',
    complexity: 'Complexiteit',
    source: 'Bron',
    fromScenario: 'scenario (task_profile)',
    sppDefault: 'standaardwaarde van spp',
    notes: 'Noten',
  },
  en: {
    p: 'P',
    k: 'K',
    intro: (end: number, oneYear: boolean) =>
      `Standard and custom work: each function placed by the predictability (P) and complexity (K) of its tasks, 0–1, ${oneYear ? `in ${end} (a one-year horizon)` : `now and in ${end} after automation`}. FTE: the work (demand).`,
    quadrant: 'Quadrant',
    test: 'Test',
    fns: (year: number) => `Fns ${year}`,
    functions: (year: number) => `Functions ${year}`,
    fte: (year: number) => `FTE ${year}`,
    total: 'Total',
    perYearTitle: 'FTE of work per quadrant, in the years the picture changes',
    year: 'Year',
    customFns: 'Custom fns',
    poolTitle: (end: number, n: number, fte: string) => `Pool candidates: custom work in ${end}, ${n} ${n === 1 ? 'function' : 'functions'}, ${fte} FTE`,
    poolNone: 'none: no function is custom work at the horizon',
    function: 'Function',
    since: 'From',
    roles: 'Roles (largest first)',
    poolRoles: (end: number, roles: string) => `Roles the pool would hold (FTE in ${end}): ${roles}.`,
    noPosition: 'No position (no task profile)',
    gone: (end: number) => `No work left in ${end} (not counted in the quadrants of ${end})`,
    groupTitle: (name: string, end: number, test: string) => `${name} in ${end} (${test})`,
    legend: (start: number, end: number) => (start === end ? `P, K: position in ${end}.` : `P, K: position in ${end}. ${start}: the quadrant in ${start} ('=' the same); From: the first year in the ${end} quadrant.`),
    profiles: (list: string, own: boolean) => `Task profiles (P/K): ${list}${own ? ' (* set in the scenario)' : ''}.`,
    note: 'Note',
    mdTitle: 'Standard and custom work',
    mdIntro: (id: string, start: number, end: number) =>
      `Scenario ${id}, ${start === end ? start : `${start}–${end}`}. Each function is placed by the predictability (P) and complexity (K) of its tasks (0–1, weighted by the task mix, which shifts as tasks are automated). FTE is the work (demand).`,
    yearByYear: 'Year by year',
    yearByYearIntro: 'FTE of work per quadrant, in the years the picture changes.',
    customFunctions: 'Functions in custom work',
    mdPoolTitle: (end: number) => `Pool candidates: custom work in ${end}`,
    mdPoolNone: 'None: no function is custom work at the horizon.',
    mdPoolIntro: (n: number, fte: string, end: number) =>
      `${n} ${n === 1 ? 'function' : 'functions'} with ${fte} FTE of work in ${end} ${n === 1 ? 'is' : 'are'} unpredictable and complex: work a flexible pool of roles could take on, in projects and assignments.`,
    customSince: 'Custom work from',
    rolesIn: (end: number) => `Roles in ${end} (largest first)`,
    everyFunction: 'Every function',
    family: 'Family',
    quadrantIn: (year: number) => `Quadrant ${year}`,
    taskProfiles: 'Task profiles',
    taskCategory: 'Task category',
    predictability: 'Predictability',
    complexity: 'Complexity',
    source: 'Source',
    fromScenario: 'scenario (task_profile)',
    sppDefault: 'spp default',
    notes: 'Notes',
  },
} as const satisfies Record<Lang, unknown>;

/** The test of each quadrant, for legends: `P ≥ 0.5, K < 0.5` (nl: `V ≥ 0,5, C < 0,5`). */
function testOf(q: Quadrant, lang: Lang, compact = false): string {
  const w = O_WORDS[lang];
  const half = formatNumber(0.5, 1, lang);
  const p = q === 'standard' || q === 'specialist' ? '≥' : '<';
  const k = q === 'specialist' || q === 'custom' ? '≥' : '<';
  const sp = compact ? '' : ' ';
  return `${w.p}${sp}${p}${sp}${half}, ${w.k}${sp}${k}${sp}${half}`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The start and end rows of the year-by-year quadrant totals; `span` the horizon as a title writes it,
 * and `both` keeps a table's columns of the start beside those of the end only when they differ in
 * year (a one-year horizon shows each once).
 */
function ends(result: OrganiseResult) {
  const first = result.years[0]!;
  const last = result.years[result.years.length - 1]!;
  const { start, end } = result.scenario.horizon;
  const oneYear = start === end;
  const both = <T>(cells: readonly (readonly [T, boolean])[]): T[] => cells.filter(([, startOnly]) => !(oneYear && startOnly)).map(([cell]) => cell);
  return { start, end, first, last, oneYear, span: oneYear ? String(start) : `${start}–${end}`, both };
}

/**
 * Functions grouped by their quadrant at the horizon (display order), each group by FTE at the horizon,
 * largest first; last, the functions with no work left at the horizon (a discontinued one): the
 * quadrant table counts a function in a year only where it has work, so listing them under their
 * quadrant made a list one longer than its count.
 */
function byEndQuadrant(result: OrganiseResult): { quadrant: Quadrant | null | 'gone'; functions: OrganiseFunction[] }[] {
  const groups: { quadrant: Quadrant | null | 'gone'; functions: OrganiseFunction[] }[] = [...QUADRANTS, null, 'gone' as const].map((quadrant) => ({
    quadrant,
    functions: result.functions
      .filter((f) => (quadrant === 'gone' ? !(f.fte_end > 0) : f.fte_end > 0 && f.quadrant_end === quadrant))
      .sort((a, b) => b.fte_end - a.fte_end || b.fte - a.fte || compareText(a.id, b.id)),
  }));
  return groups.filter((g) => g.functions.length > 0);
}

/** The year-by-year rows worth printing: the start, every year the totals change, and the horizon. */
function changingYears(result: OrganiseResult): OrganiseResult['years'] {
  return result.years.filter((y, i) => {
    if (i === 0 || i === result.years.length - 1) return true;
    const prev = result.years[i - 1]!;
    return QUADRANTS.some((q) => prev.functions[q] !== y.functions[q]);
  });
}

/** Number formatting and labels of one rendering. */
function formatter(options: { lang?: Lang; label?: (id: string) => string }) {
  const lang = options.lang ?? 'nl';
  return {
    lang,
    w: O_WORDS[lang],
    names: QUADRANT_NAMES[lang],
    label: options.label ?? ((id: string) => id),
    fte: (v: number): string => formatNumber(v, 1, lang),
    dec: (v: number | null): string => formatPosition(v, lang),
    pct: (v: number): string => `${formatNumber(v * 100, 0, lang)}%`,
    short: (q: Quadrant | null): string => (q === null ? '–' : SHORT[lang][q]),
  };
}

/** The terminal view (the terminal's width, 80 when unknown): quadrants now and at the horizon, year by year, the pool candidates, every function. */
function renderOrganiseTable(data: OrganiseResult, options: OrganiseRenderOptions): string {
  const result = terminalSafe(data);
  const { lang, w, names, label, fte, dec, short } = formatter({ ...options, label: terminalLabel(options.label) });
  const c = painter(options.color);
  const width = options.width ?? 80;
  const fit = { color: options.color, width, codes: new Set(result.functions.map((f) => f.id)) };
  const { start, end, first, last, oneYear, span, both } = ends(result);
  const byId = new Map(result.functions.map((f) => [f.id, f]));
  const lines: string[] = [c.bold(wrapText(`${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${span}`, width)), wrapText(w.intro(end, oneYear), width), ''];
  // Dutch quadrant names are longer: the test is written compactly so the table keeps to fewer columns.
  // Per row: the quadrant, its test, then the start's and the end's figures (the start's alone in a one-year horizon).
  const quadrantRow = (cells: string[]): string[] => both(cells.map((cell, i) => [cell, i >= 4] as const));
  const quadrantRows = QUADRANTS.map((q) => quadrantRow([names[q], testOf(q, lang, lang === 'nl'), String(first.functions[q]), fte(first.fte[q]), String(last.functions[q]), fte(last.fte[q])]));
  const sum = (row: Record<Quadrant, number>): number => QUADRANTS.reduce((s, q) => s + row[q], 0);
  quadrantRows.push(quadrantRow([w.total, '', String(sum(first.functions)), fte(sum(first.fte)), String(sum(last.functions)), fte(sum(last.fte))]));
  lines.push(
    fitTable(
      both([
        [{ header: w.quadrant, width: lang === 'nl' ? 25 : 16, flex: true, min: 12 }, false],
        [{ header: w.test, width: lang === 'nl' ? 12 : 16, flex: true, min: 8 }, false],
        [{ header: w.fns(start), width: 8, align: 'right' }, false],
        [{ header: w.fte(start), width: 8, align: 'right' }, false],
        [{ header: w.fns(end), width: 8, align: 'right' }, true],
        [{ header: w.fte(end), width: 8, align: 'right' }, true],
      ]),
      quadrantRows,
      fit,
    ).trimEnd(),
    '',
  );

  lines.push(c.bold(w.perYearTitle));
  lines.push(
    fitTable(
      [
        { header: w.year, width: 6 },
        ...QUADRANTS.map((q) => ({ header: capital(SHORT[lang][q]), width: 10, align: 'right' as const })),
        { header: w.customFns, width: 10, align: 'right' },
      ],
      changingYears(result).map((y) => [String(y.year), fte(y.fte.standard), fte(y.fte.specialist), fte(y.fte.flexible_service), fte(y.fte.custom), String(y.functions.custom)]),
      fit,
    ).trimEnd(),
    '',
  );

  const pool = result.pool_candidates;
  lines.push(c.bold(wrapText(w.poolTitle(end, pool.length, fte(result.pool.fte)), width)));
  if (pool.length === 0) lines.push(`  ${w.poolNone}`, '');
  else {
    lines.push(
      fitTable(
        both([
          [{ header: w.function, width: 28, flex: true, min: 14 }, false],
          [{ header: w.since, width: 5, align: 'right' }, true],
          [{ header: w.fte(end), width: 8, align: 'right' }, false],
          [{ header: w.roles, width: 32, flex: true, min: 10 }, false],
        ]),
        pool.map((p) => both([[`${p.id} ${p.name}`, false], [String(customFrom(p, byId.get(p.id), start)), true], [fte(p.fte), false], [p.roles.map(label).join(', '), false]])),
        fit,
      ).trimEnd(),
    );
    lines.push(wrapText(w.poolRoles(end, result.pool.roles.map((r) => `${label(r.role)} ${fte(r.fte)}`).join(', ')), width), '');
  }

  for (const group of byEndQuadrant(result)) {
    const title = group.quadrant === null ? w.noPosition : group.quadrant === 'gone' ? w.gone(end) : w.groupTitle(capital(names[group.quadrant]), end, testOf(group.quadrant, lang));
    lines.push(c.bold(wrapText(title, width)));
    lines.push(
      fitTable(
        // The quadrant in the start year, since when, and the start's FTE: not in a one-year horizon.
        both([
          [{ header: w.function, width: 28, flex: true, min: 14 }, false],
          [{ header: String(start), width: 10 }, true],
          [{ header: w.since, width: 5, align: 'right' }, true],
          [{ header: w.p, width: 4, align: 'right' }, false],
          [{ header: w.k, width: 4, align: 'right' }, false],
          [{ header: w.fte(start), width: 8, align: 'right' }, true],
          [{ header: w.fte(end), width: 8, align: 'right' }, false],
        ]),
        group.functions.map((f) =>
          both([
            [`${f.id} ${f.name}`, false],
            [f.quadrant === f.quadrant_end ? '=' : short(f.quadrant), true],
            [f.quadrant_year === null ? '' : String(f.quadrant_year), true],
            [dec(f.predictability_end), false],
            [dec(f.complexity_end), false],
            [fte(f.fte), true],
            [fte(f.fte_end), false],
          ]),
        ),
        fit,
      ).trimEnd(),
      '',
    );
  }
  lines.push(c.dim(wrapText(w.legend(start, end), width)));
  const own = Object.values(result.profiles).some((p) => p.source === 'scenario');
  lines.push(c.dim(wrapText(w.profiles(Object.entries(result.profiles).map(([cat, p]) => `${label(cat)} ${dec(p.predictability)}/${dec(p.complexity)}${p.source === 'scenario' ? '*' : ''}`).join(', '), own), width)));
  for (const note of result.notes) lines.push(c.dim(wrapText(`${w.note}: ${organiseNote(note, result.noteFacts, lang, label)}`, width)));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Long CSV: one row per function per year, with the FTE of work and the position. */
function renderOrganiseCsv(result: OrganiseResult, options: OrganiseRenderOptions): string {
  const pool = new Set(result.pool_candidates.map((p) => p.id));
  const rows: CsvCell[][] = [];
  for (const f of result.functions) {
    for (const y of f.years) rows.push([f.id, f.name, f.family, y.year, y.fte, y.predictability, y.complexity, y.quadrant, pool.has(f.id)]);
  }
  return renderCsv(['function_id', 'name', 'family', 'year', 'fte', 'predictability', 'complexity', 'quadrant', 'pool_candidate'], rows, options.dialect);
}


/** Markdown for a memo: the same content as the table, with every function's position now and at the horizon. */
function renderOrganiseMarkdown(result: OrganiseResult, options: OrganiseRenderOptions): string {
  const { lang, w, names, label, fte, dec, pct } = formatter(options);
  const { start, end, first, last, both } = ends(result);
  const byId = new Map(result.functions.map((f) => [f.id, f]));
  const out: string[] = [];
  out.push(`# ${w.mdTitle}: ${escapeMarkdown(result.scenario.title ?? result.scenario.id)}`, '');
  out.push(escapeMarkdown(w.mdIntro(result.scenario.id, start, end)), '');
  const sum = (row: Record<Quadrant, number>): number => QUADRANTS.reduce((s, q) => s + row[q], 0);
  out.push(
    ...markdownTable(
      both([[w.quadrant, false], [w.test, false], [w.functions(start), false], [w.fte(start), false], [w.functions(end), true], [w.fte(end), true]]),
      both([['l', false], ['l', false], ['r', false], ['r', false], ['r', true], ['r', true]]),
      [
        ...QUADRANTS.map((q) => both([[names[q], false], [testOf(q, lang), false], [String(first.functions[q]), false], [fte(first.fte[q]), false], [String(last.functions[q]), true], [fte(last.fte[q]), true]])),
        both<string | { text: string; style: 'bold' }>([[{ text: w.total, style: 'bold' as const }, false], ['', false], [String(sum(first.functions)), false], [fte(sum(first.fte)), false], [String(sum(last.functions)), true], [fte(sum(last.fte)), true]]),
      ],
    ),
    '',
  );
  out.push(`## ${w.yearByYear}`, '', w.yearByYearIntro, '');
  out.push(
    ...markdownTable(
      [w.year, ...QUADRANTS.map((q) => capital(names[q])), w.customFunctions],
      ['l', 'r', 'r', 'r', 'r', 'r'],
      changingYears(result).map((y) => [String(y.year), fte(y.fte.standard), fte(y.fte.specialist), fte(y.fte.flexible_service), fte(y.fte.custom), String(y.functions.custom)]),
    ),
    '',
  );
  out.push(`## ${w.mdPoolTitle(end)}`, '');
  if (result.pool_candidates.length === 0) out.push(w.mdPoolNone, '');
  else {
    out.push(w.mdPoolIntro(result.pool_candidates.length, fte(result.pool.fte), end), '');
    out.push(
      ...markdownTable(
        both([[w.function, false], [w.customSince, true], [w.fte(start), true], [w.fte(end), false], [w.rolesIn(end), false]]),
        both([['l', false], ['r', true], ['r', true], ['r', false], ['l', false]]),
        result.pool_candidates.map((p) =>
          both([[`${p.id} ${p.name}`, false], [String(customFrom(p, byId.get(p.id), start)), true], [fte(p.fte_start), true], [fte(p.fte), false], [p.roles.map((r, i) => `${label(r)} ${pct(p.role_shares[i] ?? 0)}`).join(', '), false]]),
        ),
      ),
      '',
    );
    out.push(escapeMarkdown(w.poolRoles(end, result.pool.roles.map((r) => `${label(r.role)} ${fte(r.fte)}`).join(', '))), '');
  }
  out.push(`## ${w.everyFunction}`, '');
  for (const group of byEndQuadrant(result)) {
    out.push(`### ${group.quadrant === null ? w.noPosition : group.quadrant === 'gone' ? w.gone(end) : `${capital(names[group.quadrant])} in ${end}`}`, '');
    out.push(
      ...markdownTable(
        // The start's quadrant, position and FTE and since when: not in a one-year horizon (the same year twice).
        both([[w.function, false], [w.family, false], [w.quadrantIn(start), false], [`${w.p} ${start}`, true], [`${w.k} ${start}`, true], [`${w.p} ${end}`, false], [`${w.k} ${end}`, false], [w.since, true], [w.fte(start), true], [w.fte(end), false]]),
        both([['l', false], ['l', false], ['l', false], ['r', true], ['r', true], ['r', false], ['r', false], ['r', true], ['r', true], ['r', false]]),
        group.functions.map((f) =>
          both([
            [`${f.id} ${f.name}`, false],
            [f.family, false],
            [f.quadrant === null ? '–' : names[f.quadrant], false],
            [dec(f.predictability), true],
            [dec(f.complexity), true],
            [dec(f.predictability_end), false],
            [dec(f.complexity_end), false],
            [f.quadrant_year === null ? '' : String(f.quadrant_year), true],
            [fte(f.fte), true],
            [fte(f.fte_end), false],
          ]),
        ),
      ),
      '',
    );
  }
  out.push(`## ${w.taskProfiles}`, '');
  out.push(
    ...markdownTable(
      [w.taskCategory, w.predictability, w.complexity, w.source],
      ['l', 'r', 'r', 'l'],
      Object.entries(result.profiles).map(([cat, p]) => [label(cat), dec(p.predictability), dec(p.complexity), p.source === 'scenario' ? w.fromScenario : w.sppDefault]),
    ),
    '',
  );
  if (result.notes.length > 0) out.push(`## ${w.notes}`, '', ...result.notes.map((n) => `- ${escapeMarkdown(organiseNote(n, result.noteFacts, lang, label))}`), '');
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}</sub>`, '');
  return out.join('\n');
}

export const organiseRenderers = {
  table: renderOrganiseTable,
  json: ({ noteFacts: _facts, ...r }: OrganiseResult) => renderJson(r),
  csv: renderOrganiseCsv,
  md: renderOrganiseMarkdown,
} satisfies Record<OrganiseFormat, (r: OrganiseResult, o: OrganiseRenderOptions) => string>;
