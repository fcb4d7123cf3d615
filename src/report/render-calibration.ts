import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { renamedFunctionNote, type AttritionEstimate, type CalibrationResult } from '../domain/calibration.js';
import { formatNumber } from '../domain/round.js';
import { fitTable, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown } from './markdown.js';
import type { Lang } from './labels.js';
import { translateNote } from './notes.js';
import { ageBandShort, ageBandWords } from './age-words.js';

export type CalibrationFormat = 'yaml' | 'json' | 'table' | 'md';
interface CalibrationRenderOptions {
  color: boolean;
  /** yaml: write each rate as a [low, likely, high] triple instead of the point estimate. */
  triples: boolean;
  /** Language of table and md (the yaml block stays English: it is scenario code). */
  lang?: Lang;
  /** table: the terminal's width (80 when unknown). */
  width?: number;
}

/** The words of the table and the Markdown, per language. */
const CAL_WORDS = {
  nl: {
    period: (from: number, to: number, years: number) => `1 januari ${from} → 1 januari ${to} (${years} jaar)`,
    title: 'Kalibratie',
    linked: 'personen gekoppeld op personeelsnummer (employee_id)',
    aggregate: 'totalen (geen ids: minder exact)',
    whatHappened: 'Wat er gebeurde',
    persons: 'Personen',
    oldPersons: 'personen in het oude peilbestand',
    newPersons: 'personen in het nieuwe peilbestand',
    linkedRow: 'gekoppeld (teruggevonden)',
    stayed: 'in dezelfde functie gebleven',
    moved: 'naar een andere functie',
    left: 'vertrokken (verloop)',
    retired: 'met pensioen (AOW-leeftijd bereikt)',
    workedPast: 'doorgewerkt na de AOW-leeftijd',
    contractEnded: 'tijdelijk contract afgelopen, niet verlengd',
    contractRenewed: 'tijdelijk contract afgelopen, verlengd',
    notFound: 'niet teruggevonden',
    joiners: 'nieuw ingestroomd (niet in de risicogroep)',
    sumsLinked:
      'Zo tellen de regels op: oud peilbestand = gekoppeld + niet teruggevonden; gekoppeld = gebleven + andere functie + contract verlengd + doorgewerkt na de AOW-leeftijd; niet teruggevonden = vertrokken + met pensioen + contract niet verlengd; nieuw peilbestand = gekoppeld + nieuw ingestroomd.',
    sumsAggregate: 'Zonder ids splitsen de regels het oude peilbestand niet: vertrokken is geschat als oud peilbestand + nieuw ingestroomd − nieuw peilbestand − met pensioen.',
    attritionHead: 'Verloop (per jaar)',
    ages: 'Leeftijd',
    atRisk: 'Risicogroep',
    leftHead: 'Vertrokken',
    rate: 'Kans',
    interval: '90%-interval',
    transitionHead: 'Doorstroom (per jaar)',
    movedHead: 'Overgestapt',
    all: 'alle',
    allAges: 'alle leeftijden',
    family: 'familie',
    fn: 'functie',
    renewalTitle: 'Verlenging van tijdelijke contracten',
    renewalNone: 'Verlenging van tijdelijke contracten: niet geschat.',
    renewal: (renewed: number, ending: number, rate: string, low: string, high: string) =>
      `Verlenging van tijdelijke contracten: ${renewed} van ${ending} afgelopen ${ending === 1 ? 'contract' : 'contracten'} verlengd, ${rate} (90%: ${low}–${high}).`,
    renewalMd: (renewed: number, ending: number, rate: string, low: string, high: string) =>
      `${renewed} van ${ending} afgelopen ${ending === 1 ? 'contract' : 'contracten'} verlengd: ${rate} (90%: ${low}–${high}).`,
    notEstimated: 'Niet geschat.',
    yamlHint: '--format yaml schrijft het workforce:-blok om in een scenario te plakken.',
    mdLinked: (linked: string, old: string, minAtRisk: number, minGroup: number) =>
      `Personen gekoppeld op hun gepseudonimiseerde personeelsnummer (employee_id): ${linked} van ${old}. De leeftijdsgroepen dekken iedereen; een familie of functie krijgt alleen een eigen regel bij minstens ${minAtRisk} personen in de risicogroep en een 90%-interval dat de bredere kans uitsluit; geen groep kleiner dan ${minGroup} wordt getoond.`,
    mdAggregate: '**Alleen totalen** (geen employee ids): minder exact.',
    attritionTitle: 'Verloop per jaar',
    scope: 'groep',
    transitionsTitle: 'Doorstroom per jaar',
    from: 'van',
    to: 'naar',
    legend: 'Functies',
    notes: 'Noten',
    forScenario: 'Voor het scenario',
    legendRates:
      'Risicogroep: wie aan het begin in dienst was en in de periode had kunnen vertrekken of overstappen — niet wie de AOW-leeftijd bereikte of van wie een tijdelijk contract afliep (in het YAML-blok: n). Kans: het deel van de risicogroep dat vertrok of overstapte, per jaar. 90%-interval: tussen deze grenzen ligt de werkelijke kans met 90% zekerheid, gegeven deze aantallen; hoe kleiner de groep, hoe breder.',
  },
  en: {
    period: (from: number, to: number, years: number) => `1 January ${from} → 1 January ${to} (${years} ${years === 1 ? 'year' : 'years'})`,
    title: 'Calibration',
    linked: 'persons linked by employee_id',
    aggregate: 'aggregate counts (no ids: less exact)',
    whatHappened: 'What happened',
    persons: 'Persons',
    oldPersons: 'persons in the old snapshot',
    newPersons: 'persons in the new snapshot',
    linkedRow: 'linked (found again)',
    stayed: 'stayed in their function',
    moved: 'moved to another function',
    left: 'left (attrition)',
    retired: 'retired (reached the AOW age)',
    workedPast: 'worked past the AOW age',
    contractEnded: 'temporary contract ended, not renewed',
    contractRenewed: 'temporary contract ended, renewed',
    notFound: 'not found again',
    joiners: 'joiners (not at risk)',
    sumsLinked:
      'How the rows add up: old snapshot = linked + not found again; linked = stayed + moved + contract renewed + worked past the AOW age; not found again = left + retired + contract not renewed; new snapshot = linked + joiners.',
    sumsAggregate: 'Without ids the rows do not split the old snapshot: left is estimated as old snapshot + joiners − new snapshot − retired.',
    attritionHead: 'Attrition (per year)',
    ages: 'Ages',
    atRisk: 'At risk',
    leftHead: 'Left',
    rate: 'Rate',
    interval: '90% interval',
    transitionHead: 'Transition (per year)',
    movedHead: 'Moved',
    all: 'all',
    allAges: 'all ages',
    family: 'family',
    fn: 'function',
    renewalTitle: 'Renewal of temporary contracts',
    renewalNone: 'Renewal of temporary contracts: not estimated.',
    renewal: (renewed: number, ending: number, rate: string, low: string, high: string) =>
      `Renewal of temporary contracts: ${renewed} of ${ending} ended ${ending === 1 ? 'contract' : 'contracts'} renewed, ${rate} (90%: ${low}–${high}).`,
    renewalMd: (renewed: number, ending: number, rate: string, low: string, high: string) =>
      `${renewed} of ${ending} ended ${ending === 1 ? 'contract' : 'contracts'} renewed: ${rate} (90%: ${low}–${high}).`,
    notEstimated: 'Not estimated.',
    yamlHint: '--format yaml writes the workforce: block to paste into a scenario.',
    mdLinked: (linked: string, old: string, minAtRisk: number, minGroup: number) =>
      `Persons linked by their pseudonymous employee_id: ${linked} of ${old}. Age bands cover everyone; a family or function has its own rule only with at least ${minAtRisk} at risk and a 90% interval that excludes the broader rate; no group under ${minGroup} is shown.`,
    mdAggregate: '**Aggregate counts only** (no employee ids): less exact.',
    attritionTitle: 'Attrition per year',
    scope: 'scope',
    transitionsTitle: 'Transitions per year',
    from: 'from',
    to: 'to',
    legend: 'Functions',
    notes: 'Notes',
    forScenario: 'For the scenario',
    legendRates:
      'At risk: who was employed at the start and could have left or moved in the period — not those who reached the AOW age or whose temporary contract ended (n in the YAML block). Rate: the share of those at risk who left or moved, per year. 90% interval: the true rate lies between these bounds with 90% certainty, given these counts; the smaller the group, the wider.',
  },
} as const satisfies Record<Lang, unknown>;
type CalWords = (typeof CAL_WORDS)[Lang];

const pct = (v: number, lang: Lang = 'en'): string => `${formatNumber(v * 100, 1, lang)}%`;
const num = (v: number): string => String(v);
const interval = (e: { low: number; high: number }): string => `${num(e.low)}–${num(e.high)}`;

/** The period in words: "2025 → 2026 (1 year)". */
function period(r: CalibrationResult): string {
  return `1 January ${r.from} → 1 January ${r.to} (${r.years} ${r.years === 1 ? 'year' : 'years'})`;
}

/** A rate as the scenario takes it: the point estimate, or [low, likely, high] written on one line. */
function rateNode(doc: Document, e: { rate: number; low: number; high: number }, triples: boolean): unknown {
  if (!triples) return e.rate;
  const seq = doc.createNode([e.low, e.rate, e.high]);
  seq.flow = true;
  return seq;
}

function scopeOf(e: AttritionEstimate, w: CalWords = CAL_WORDS.en, named: (id: string) => string = (id) => id): string {
  return e.function !== undefined ? `${w.fn} ${named(e.function)}` : e.family !== undefined ? `${w.family} ${e.family}` : w.all;
}

/** The name of function `id` from the result's function_names, on one line (a name from a CSV may hold a line break); undefined when unknown. */
function nameOf(r: CalibrationResult, id: string): string | undefined {
  const name = r.function_names.find((f) => f.id === id)?.name;
  return name === undefined ? undefined : name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** "0110 Medewerker Burgerzaken", or the id alone when its name is unknown. */
function idAndName(r: CalibrationResult, id: string): string {
  const name = nameOf(r, id);
  return name === undefined || name === '' ? id : `${id} ${name}`;
}

/**
 * The `workforce:` block to paste into a scenario, each rate with its n and 90% interval in a
 * comment. The block is built as a YAML document and written by the `yaml` library, so every key and
 * value is quoted exactly where YAML would read it as something else: a function code `000110` (the
 * number 110), `1e2`, `0x1F`, `true`, `null`, `.inf` come out as "000110" …, which spp's scenario
 * reader takes as written (a plain `000110:` key is its YAML_KEY_NOT_AS_WRITTEN error).
 */
function renderCalibrationYaml(r: CalibrationResult, options: CalibrationRenderOptions): string {
  const lines: string[] = [];
  lines.push(`# spp calibrate: measured ${period(r)}, ${r.method === 'linked' ? `${r.linked} of ${r.old_persons} persons linked by employee_id` : 'aggregate counts (no employee ids: less exact)'}.`);
  lines.push(`# Rates per year; in each comment: n at risk, how many left or moved, and the 90% (Wilson) interval.`);
  if (options.triples) lines.push('# Each rate is [low, likely, high]: a deterministic run uses the mean (low + likely + high) / 3, Monte Carlo draws it.');
  else lines.push('# Point estimates; --triples writes [low, likely, high] for Monte Carlo.');
  lines.push(`# Age bands cover everyone; a family or function has its own rule (all ages) only with at least ${r.min_at_risk} at risk`);
  lines.push('# and a 90% interval that excludes the broader rate. No group under privacy.min_group (' + String(r.min_group) + ') is shown.');
  if (r.scenario_workforce !== undefined) lines.push(`# The settings of ${r.scenario_workforce.file} that are not measured are carried over (marked), so the block can replace its whole workforce block.`);
  for (const note of r.notes) lines.push(...wrapText(`# ${note}`, 100, '#   ').split('\n'));

  const doc = new Document({ workforce: {} });
  const workforce = doc.get('workforce') as YAMLMap;
  const kept = r.scenario_workforce;
  const fromScenario = kept === undefined ? '' : ` from ${kept.file}, not measured`;
  if (kept !== undefined && kept.retirement_age !== null) {
    // Year keys plain (2024: 67), as scenarios write them.
    const table = kept.retirement_age;
    const node = doc.createNode(typeof table === 'number' ? table : new Map(Object.entries(table).map(([year, age]) => [Number(year), age])));
    if (node instanceof YAMLMap) node.flow = true;
    node.comment = fromScenario;
    workforce.set('retirement_age', node);
  }
  if (r.attrition.length > 0) {
    const rules = new YAMLSeq();
    for (const e of r.attrition) {
      const rule: Record<string, unknown> = {};
      // An age band in double quotes, as the scenarios write it ("<35", ">=55"; `>` would start a folded text).
      if (e.ages !== null) rule['ages'] = Object.assign(new Scalar(e.ages), { type: Scalar.QUOTE_DOUBLE });
      if (e.family !== undefined) rule['family'] = e.family;
      if (e.function !== undefined) rule['function'] = e.function;
      rule['rate'] = rateNode(doc, e, options.triples);
      const node = doc.createNode(rule);
      node.flow = true;
      const name = e.function === undefined ? undefined : nameOf(r, e.function);
      node.comment = `${name === undefined ? '' : ` ${name};`} n=${e.at_risk}, ${e.left} left, 90%: ${interval(e)}`;
      rules.items.push(node);
    }
    workforce.set('attrition', rules);
  }
  if (r.renewal !== null) {
    const e = r.renewal;
    const temporary = doc.createNode({ renewal_rate: rateNode(doc, e, options.triples), ...(kept !== undefined ? { default_years: kept.default_years } : {}) });
    temporary.flow = true;
    temporary.comment = ` ${e.ending} contracts ended, ${e.renewed} renewed, 90%: ${interval(e)}${kept === undefined ? '' : `; default_years${fromScenario}`}`;
    workforce.set('temporary', temporary);
  } else if (kept !== undefined) {
    const rate = kept.renewal_rate;
    const temporary = doc.createNode({ ...(rate !== undefined ? { renewal_rate: Array.isArray(rate) ? Object.assign(doc.createNode(rate), { flow: true }) : rate } : {}), default_years: kept.default_years });
    temporary.flow = true;
    temporary.comment = `${fromScenario} (too few ended contracts to measure renewal)`;
    workforce.set('temporary', temporary);
  }
  if (r.transitions.length > 0) {
    const byFrom = new YAMLMap();
    for (const t of r.transitions) {
      let targets = byFrom.get(t.from) as YAMLMap | undefined;
      if (targets === undefined) {
        targets = new YAMLMap();
        byFrom.set(doc.createNode(t.from), targets);
      }
      const rate = doc.createNode(rateNode(doc, t, options.triples));
      const from = nameOf(r, t.from);
      const to = nameOf(r, t.to);
      rate.comment = `${from === undefined || to === undefined ? '' : ` ${from} → ${to};`} n=${t.at_risk}, ${t.moved} moved, 90%: ${interval(t)}`;
      targets.set(doc.createNode(t.to), rate);
    }
    workforce.set('transitions', byFrom);
  }
  if (kept !== undefined) {
    const hours = doc.createNode(kept.fulltime_hours);
    hours.comment = fromScenario;
    workforce.set('fulltime_hours', hours);
  }
  // lineWidth 0: a long family name stays on its line (its comment too).
  return `${lines.join('\n')}\n${doc.toString({ lineWidth: 0 })}`;
}

function renderCalibrationJson(r: CalibrationResult): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/**
 * Counts of what happened to the old snapshot's people, each part under the total it splits (indented
 * by `indent` per level): old = linked + not found again; linked = stayed + moved + renewed + worked
 * past the AOW age; not found again = left + retired + not renewed; new = linked + joiners. Without
 * ids (aggregate) only the totals, left, retired and joiners.
 */
function outcomeRows(r: CalibrationResult, w: CalWords, lang: Lang, indent: string): [string, string][] {
  const count = (v: number): string => formatNumber(v, 0, lang);
  const rows: [string, string][] = [];
  const add = (label: string, v: number | null, level = 0): void => {
    if (v !== null) rows.push([`${indent.repeat(level)}${label}`, count(v)]);
  };
  add(w.oldPersons, r.old_persons);
  if (r.linked !== null) {
    add(w.linkedRow, r.linked, 1);
    add(w.stayed, r.stayed, 2);
    add(w.moved, r.moved, 2);
    add(w.contractRenewed, r.contract_renewed, 2);
    add(w.workedPast, r.worked_past_aow, 2);
    add(w.notFound, r.old_persons - r.linked, 1);
    add(w.left, r.left, 2);
    add(w.retired, r.retired, 2);
    add(w.contractEnded, r.contract_ended, 2);
  } else {
    add(w.left, r.left, 1);
    add(w.retired, r.retired, 1);
  }
  add(w.newPersons, r.new_persons);
  add(w.joiners, r.joiners, 1);
  return rows;
}

/** One line saying how the rows of the outcome table add up. */
function outcomeSums(r: CalibrationResult, w: CalWords): string {
  return r.linked !== null ? w.sumsLinked : w.sumsAggregate;
}

/** Terminal table: what happened, then every estimate. */
function renderCalibrationTable(data: CalibrationResult, options: CalibrationRenderOptions): string {
  const r = terminalSafe(data);
  const lang = options.lang ?? 'nl';
  const w = CAL_WORDS[lang];
  const p = (v: number): string => pct(v, lang);
  const count = (v: number): string => formatNumber(v, 0, lang);
  const out: string[] = [];
  const width = options.width ?? 80;
  // Function codes are never cut in a table (table.ts): `F014 → GEMEENTE-VOORBEELD-FIN-ADV-0001` was cut as a name.
  const codes = new Set([...r.function_names.map((f) => f.id), ...r.transitions.flatMap((t) => [t.from, t.to]), ...r.attrition.flatMap((e) => (e.function !== undefined ? [e.function] : []))]);
  const fit = { color: options.color, width, codes };
  out.push(`${wrapText(`${w.title} ${w.period(r.from, r.to, r.years)}: ${r.method === 'linked' ? w.linked : w.aggregate}`, width, '')}\n`);
  out.push(fitTable([{ header: w.whatHappened, width: 44, flex: true, min: 20 }, { header: w.persons, width: 10, align: 'right' }], outcomeRows(r, w, lang, '  '), fit));
  out.push(wrapText(outcomeSums(r, w), width, ''));
  out.push('');
  out.push(
    fitTable(
      [
        { header: w.attritionHead, width: 27, flex: true, min: 14 },
        { header: w.ages, width: 8 },
        { header: w.atRisk, width: 7, align: 'right' },
        { header: w.leftHead, width: 5, align: 'right' },
        { header: w.rate, width: 6, align: 'right' },
        { header: w.interval, width: 15, align: 'right' },
      ],
      r.attrition.map((e) => [scopeOf(e, w), e.ages === null ? w.all : ageBandShort(e.ages), count(e.at_risk), count(e.left), p(e.rate), `${p(e.low)}–${p(e.high)}`]),
      fit,
    ),
  );
  if (r.transitions.length > 0) {
    out.push('');
    out.push(
      fitTable(
        [
          { header: w.transitionHead, width: 28, flex: true, min: 14 },
          { header: w.atRisk, width: 7, align: 'right' },
          { header: w.movedHead, width: 5, align: 'right' },
          { header: w.rate, width: 6, align: 'right' },
          { header: w.interval, width: 15, align: 'right' },
        ],
        r.transitions.map((t) => [`${t.from} → ${t.to}`, count(t.at_risk), count(t.moved), p(t.rate), `${p(t.low)}–${p(t.high)}`]),
        fit,
      ),
    );
  }
  if (r.function_names.length > 0) {
    out.push('');
    out.push(wrapText(`${w.legend}: ${r.function_names.map((f) => idAndName(r, f.id)).join('; ')}.`, width, '  '));
  }
  if (r.attrition.length + r.transitions.length > 0) out.push('', wrapText(w.legendRates, width, ''));
  out.push('');
  out.push(wrapText(r.renewal === null ? w.renewalNone : w.renewal(r.renewal.renewed, r.renewal.ending, p(r.renewal.rate), p(r.renewal.low), p(r.renewal.high)), width, ''));
  for (const note of r.notes) out.push(wrapText(`* ${calibrationNote(note, r, lang)}`, width, '  '));
  out.push('');
  out.push(wrapText(w.yamlHint, width, '  '));
  return `${out.join('\n')}\n`;
}

/** A note of the calibration in the reader's language; one on a renamed function code said from its pair of codes. */
function calibrationNote(note: string, r: Pick<CalibrationResult, 'renamed_functions'>, lang: Lang): string {
  const pair = lang === 'nl' ? r.renamed_functions.find((p) => renamedFunctionNote(p) === note) : undefined;
  if (pair === undefined) return translateNote(note, lang, (id) => id);
  return `Functiecode ${pair.from} staat niet in het nieuwe peilbestand en de medewerkers ervan staan er onder ${pair.to}, een code die het oude peilbestand niet heeft: opgevat als dezelfde functie onder een nieuwe code (ze tellen als gebleven, niet als overgestapt).`;
}

/** Markdown: the same content, for a memo to the directieteam or the OR. */
function renderCalibrationMarkdown(r: CalibrationResult, options: CalibrationRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const w = CAL_WORDS[lang];
  const p = (v: number): string => pct(v, lang);
  const count = (v: number): string => formatNumber(v, 0, lang);
  const out: string[] = [];
  out.push(`# ${w.title} ${w.period(r.from, r.to, r.years)}`, '');
  out.push(r.method === 'linked' ? escapeMarkdown(w.mdLinked(formatNumber(r.linked ?? 0, 0, lang), formatNumber(r.old_persons, 0, lang), r.min_at_risk, r.min_group)) : w.mdAggregate, '');
  out.push(`| ${w.whatHappened.toLowerCase()} | ${w.persons.toLowerCase()} |`, '| --- | ---: |', ...outcomeRows(r, w, lang, '').map(([a, b]) => `| ${a} | ${b} |`), '', outcomeSums(r, w), '');
  out.push(`## ${w.attritionTitle}`, '', `| ${w.scope} | ${w.ages.toLowerCase()} | ${w.atRisk.toLowerCase()} | ${w.leftHead.toLowerCase()} | ${w.rate.toLowerCase()} | ${w.interval} |`, '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const e of r.attrition) out.push(`| ${escapeMarkdown(scopeOf(e, w, (id) => idAndName(r, id)))} | ${e.ages === null ? w.allAges : escapeMarkdown(ageBandWords(e.ages, lang))} | ${count(e.at_risk)} | ${count(e.left)} | ${p(e.rate)} | ${p(e.low)}–${p(e.high)} |`);
  out.push('');
  if (r.transitions.length > 0) {
    out.push(`## ${w.transitionsTitle}`, '', `| ${w.from} | ${w.to} | ${w.atRisk.toLowerCase()} | ${w.movedHead.toLowerCase()} | ${w.rate.toLowerCase()} | ${w.interval} |`, '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const t of r.transitions) out.push(`| ${escapeMarkdown(idAndName(r, t.from))} | ${escapeMarkdown(idAndName(r, t.to))} | ${count(t.at_risk)} | ${count(t.moved)} | ${p(t.rate)} | ${p(t.low)}–${p(t.high)} |`);
    out.push('');
  }
  if (r.attrition.length + r.transitions.length > 0) out.push(w.legendRates, '');
  out.push(`## ${w.renewalTitle}`, '');
  out.push(r.renewal === null ? w.notEstimated : w.renewalMd(r.renewal.renewed, r.renewal.ending, p(r.renewal.rate), p(r.renewal.low), p(r.renewal.high)), '');
  if (r.notes.length > 0) out.push(`## ${w.notes}`, '', ...r.notes.map((n) => `* ${escapeMarkdown(calibrationNote(n, r, lang))}`), '');
  out.push(`## ${w.forScenario}`, '', '```yaml', renderCalibrationYaml(r, options).trimEnd(), '```', '');
  return out.join('\n');
}

export const calibrationRenderers = {
  yaml: renderCalibrationYaml,
  json: (r: CalibrationResult) => renderCalibrationJson(r),
  table: renderCalibrationTable,
  md: renderCalibrationMarkdown,
} satisfies Record<CalibrationFormat, (r: CalibrationResult, o: CalibrationRenderOptions) => string>;
