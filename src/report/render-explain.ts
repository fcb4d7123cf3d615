import type { ExplainResult } from '../domain/results.js';
import { leftFte, publishedShortfall, reducedHoursFte, wholePersons, type PlanYear } from '../domain/plan.js';
import { formatCompact, formatNumber } from '../domain/round.js';
import { formatPosition, QUADRANT_NAMES } from '../domain/organise.js';
import type { Lang } from './labels.js';
import { modelNote, translateRule } from './notes.js';
import { shortfallCause } from './plan-sentences.js';
import { renderJson } from './render-projection.js';
import { fitTable, painter, terminalLabel, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown } from './markdown.js';
import { WORDS } from './words.js';
import { withheldMark } from './privacy-marks.js';
import { shownFunctionId } from './result-notes.js';
import { ageBandWords, withAgeBandWords, yearsAndMonths } from './age-words.js';
import { reducedHoursPersonsText } from './reduced-hours-words.js';

export type ExplainFormat = 'table' | 'json' | 'md';
export interface ExplainRenderOptions {
  color: boolean;
  /** Only this year (default: every year of the horizon). */
  year?: number;
  lang?: Lang;
  /** Display names of task categories. */
  label?: (id: string) => string;
  /** table: the terminal's width (80 when unknown). */
  width?: number;
}

/** The words of the explanation, per language; sentences take already formatted numbers. */
const T = {
  nl: {
    noFamily: 'geen familie',
    scenario: 'scenario',
    status: 'Status',
    also: 'ook',
    since: 'vanaf',
    vulnerable: 'KWETSBAAR',
    because: 'want',
    numbers: (ratio: string, automated: string, shift: string, task: string, skills: string) =>
      `cijfers: vraag eind/start ${ratio}, geautomatiseerd ${automated}, verschuiving ${shift} (takenpakket ${task}, vaardigheden ${skills})`,
    thresholds: (d: number, c: number, s: number, v: number) => `drempels: verdwijnt bij ≤ ${d}, verandert bij ≥ ${c} geautomatiseerd of verschuiving ≥ ${s}, volume ±${v}`,
    rulesApplied: 'Toegepaste verloopregels (de meest specifieke regel geldt):',
    supplyStart: (year: number, persons: string) => `Bezetting op 1 januari ${year} (${persons} personen)`,
    retired: (age: string, year: number) => `− pensioen (AOW-leeftijd in ${year}: ${age})`,
    contracts: (ending: string, renewed: string) => `− tijdelijke contracten beëindigd (${ending} lopen af, ${renewed} verlengd)`,
    // People no rule of the scenario covers are not "alle leeftijden" (a function may have rules for its other ages).
    attrition: (ages: string, rate: string, base: string, index: number | null) => (index === null ? `− verloop, leeftijden zonder verloopregel: ${rate} van ${base}` : `− verloop, ${ages}: ${rate} van ${base} (attrition[${index}])`),
    allAges: 'alle leeftijden',
    attritionMerged: (rate: string, base: string) => `− verloop, alle leeftijden samen (privacy): gem. ${rate} van ${base}`,
    movedTo: (to: string, share: string) => `− doorgestroomd naar ${to} (${share} per jaar)`,
    movedFrom: (from: string | null) => (from === null ? '+ ingestroomd uit afgeschermde functies (privacy)' : `+ ingestroomd uit ${from}`),
    supplyEnd: (year: number, persons: string) => `= bezetting op 1 januari ${year} (${persons} personen)`,
    suppressed: (mark: string) => `Bezetting en verschil: niet getoond (${mark}, privacy)`,
    points: 'Vraag volgens de punten van het scenario (nieuwe functie)',
    base: 'Vraag bij de start (formatie, anders bezette fte)',
    growth: (rule: string) => `× groei: ${rule}`,
    growthRule: (who: string, rate: string) => `× groei ${who}, ${rate}`,
    automation: (category: string, share: string, level: string, automated: string) => `automatisering ${category}: aandeel ${share} × niveau ${level} = ${automated}`,
    labour: (reinvested: string, automated: string) => `× arbeid 1 − (1 − ${reinvested} herbesteed) × ${automated} geautomatiseerd`,
    override: (rule: string) => `× aanpassing ${rule}`,
    demand: '= vraag',
    modelDemand: '= vraag volgens het model, vervangen door het formatieplan (demand.targets)',
    targetDemand: '= vraag (demand.targets)',
    gap: (kind: string, year: number) => `Verschil = bezetting op 1 januari ${year} − vraag (${kind})`,
    replacement: (start: number) => `sinds ${start}: vervangingsvraag (netto uitstroom: wie vertrok)`,
    expansion: (start: number) => `sinds ${start}: uitbreidingsvraag (verandering van het werk)`,
    noPosition: 'Werk: geen positie (geen van de taakcategorieën heeft een profiel van voorspelbaarheid/complexiteit)',
    positionNow: (quadrant: string, year: number, p: string, k: string) => `${quadrant} in ${year} (voorspelbaarheid ${p}, complexiteit ${k})`,
    positionSame: (now: string, end: number, later: string) => `Werk: ${now}; hetzelfde kwadrant in ${end} (${later})`,
    positionMoves: (now: string, quadrant: string, year: number, later: string) => `Werk: ${now}; ${quadrant} vanaf ${year} (${later})`,
    planTitle: 'Actieplan (spp plan): besluiten die ingaan op 1 januari van elk jaar',
    planUnsolvable: 'Het actieplan van dit scenario is binnen zijn grenzen niet door te rekenen (zie de foutmelding; spp plan geeft dezelfde): de besluiten van het plan ontbreken hier, de berekening hierboven staat.',
    // Right after Werven, as spp plan's year table; the short headers when the full ones do not fit (the note spells them out).
    planHeads: { year: 'Jaar', fte: 'Fte', demand: 'Vraag', hire: 'Werven', left: 'Vertrek', in: 'In', out: 'Uit', transitions: 'Doorstroom', outside: 'Buiten', over: 'Boven', unmet: 'Onvervuld' },
    planShortHeads: { left: 'Vertr.', transitions: 'Doorstr.', unmet: 'Onverv.' },
    /** Under the table, what its columns are (`h`: the headers as shown) and how a row adds up from the one before. */
    planNote: (start: number, h: Record<'left' | 'in' | 'out' | 'transitions' | 'outside' | 'hire' | 'fte' | 'over' | 'unmet' | 'demand', string>, transitions: boolean, reduced: boolean) =>
      `De rij ${start} is de stand bij de start, zonder besluiten. ` +
      `${h.left} = wie in het jaar ervoor vertrok zonder besluit (pensioen, verloop, einde contract) of als nieuwkomer of overstapper het eerste jaar niet bleef; ` +
      `${h.in} en ${h.out} = routes (omscholing en herplaatsing) naar deze functie en eruit; ` +
      (transitions ? `${h.transitions} = de doorstroom van het scenario van en naar andere functies, netto (negatief: meer eruit dan erin); ` : '') +
      `${h.outside} = buiten de organisatie geplaatst (van-werk-naar-werk-traject); zo is ${h.fte} = ${h.fte} van het jaar ervoor + ${h.hire} − ${h.left} + ${h.in} − ${h.out}${transitions ? ` + ${h.transitions}` : ''} − ${h.outside} (op afronding na). ` +
      `${h.over} = overbezetting; ${h.unmet} = vraag die het plan niet vervult${reduced ? '.' : `; elke rij: ${h.fte} − ${h.over} + ${h.unmet} = ${h.demand}.`}`,
    planTo: (fte: string, to: string, cost: string) => `${fte} fte naar ${to} (route, € ${cost})`,
    planFrom: (fte: string, from: string, cost: string) => `${fte} fte uit ${from} (route, € ${cost})`,
    planShort: (fte: string, cause: string) => `${fte} fte onvervuld: ${cause}`,
    planReducedHead: 'Min.uren',
    planReduced: (persons: string, unmet: string) => `Min.uren: de fte die mensen met minder uren minder werken; dat zijn ${persons} (naar boven afgerond op hele personen); elke rij: Fte − Min.uren − Boven + ${unmet} = Vraag.`,
    shortage: 'tekort',
    surplus: 'overschot',
    balanced: 'in evenwicht',
    assumption: 'Aanname',
    privacy: (minGroup: number, small: boolean, inflow: boolean) =>
      (small
        ? `Privacy: in deze functie werken minder dan ${minGroup} personen; `
        : inflow
          ? `Privacy: in deze functie stromen mensen in uit een afgeschermde functie, en hun fte zou daaruit volgen (de doorstroom staat in het scenario); `
          : `Privacy: deze functie is verborgen zodat een kleinere functie in de familie niet uit het familietotaal volgt; `) +
      'bezetting, personen, pensioen, verloop en verschil staan er niet, alleen het werk (vraag) — net als in spp project (privacy.min_group).',
    explain: 'Uitleg',
  },
  en: {
    noFamily: 'no family',
    scenario: 'scenario',
    status: 'Status',
    also: 'also',
    since: 'from',
    vulnerable: 'VULNERABLE',
    because: 'because',
    numbers: (ratio: string, automated: string, shift: string, task: string, skills: string) =>
      `numbers: demand ratio ${ratio}, automated share ${automated}, shift ${shift} (task mix ${task}, skills ${skills})`,
    thresholds: (d: number, c: number, s: number, v: number) => `thresholds: disappear ≤ ${d}, change ≥ ${c} automated or shift ≥ ${s}, volume ±${v}`,
    rulesApplied: 'Attrition rules applied (the most specific matching rule wins):',
    supplyStart: (year: number, persons: string) => `Supply on 1 January ${year} (${persons} persons)`,
    retired: (age: string, year: number) => `− retired (AOW age in ${year}: ${age})`,
    contracts: (ending: string, renewed: string) => `− temporary contracts ended (${ending} ending, ${renewed} renewed)`,
    attrition: (ages: string, rate: string, base: string, index: number | null) => (index === null ? `− attrition, ages without an attrition rule: ${rate} of ${base}` : `− attrition, ${ages}: ${rate} of ${base} (attrition[${index}])`),
    allAges: 'all ages',
    attritionMerged: (rate: string, base: string) => `− attrition, all ages together (privacy): avg. ${rate} of ${base}`,
    movedTo: (to: string, share: string) => `− moved to ${to} (${share} a year)`,
    movedFrom: (from: string | null) => (from === null ? '+ moved in from withheld functions (privacy)' : `+ moved in from ${from}`),
    supplyEnd: (year: number, persons: string) => `= supply on 1 January ${year} (${persons} persons)`,
    suppressed: (mark: string) => `Supply and gap: withheld (${mark}, privacy)`,
    points: "Demand from the scenario's points (emerging function)",
    base: 'Demand at the start (formation, else occupied FTE)',
    growth: (rule: string) => `× growth: ${rule}`,
    growthRule: (who: string, rate: string) => `× growth of ${who}, ${rate}`,
    automation: (category: string, share: string, level: string, automated: string) => `automation ${category}: share ${share} × level ${level} = ${automated}`,
    labour: (reinvested: string, automated: string) => `× labour 1 − (1 − ${reinvested} reinvested) × ${automated} automated`,
    override: (rule: string) => `× override ${rule}`,
    demand: '= demand',
    modelDemand: "= the model's demand, replaced by the formation plan (demand.targets)",
    targetDemand: '= demand (demand.targets)',
    gap: (kind: string, year: number) => `Gap = supply on 1 January ${year} − demand (${kind})`,
    replacement: (start: number) => `since ${start}: replacement demand (net outflow, people who left)`,
    expansion: (start: number) => `since ${start}: expansion demand (change of demand, the work)`,
    noPosition: 'Work: no position (none of its task categories has a predictability/complexity profile)',
    positionNow: (quadrant: string, year: number, p: string, k: string) => `${quadrant} in ${year} (predictability ${p}, complexity ${k})`,
    positionSame: (now: string, end: number, later: string) => `Work: ${now}; the same quadrant in ${end} (${later})`,
    positionMoves: (now: string, quadrant: string, year: number, later: string) => `Work: ${now}; ${quadrant} from ${year} (${later})`,
    planTitle: 'Action plan (spp plan): decisions that take effect on 1 January of each year',
    planUnsolvable: "This scenario's action plan cannot be solved within its limits (see the error message; spp plan gives the same): the plan's decisions are missing here, the chain above stands.",
    planHeads: { year: 'Year', fte: 'FTE', demand: 'Demand', hire: 'Hire', left: 'Left', in: 'In', out: 'Out', transitions: 'Transitions', outside: 'Outside', over: 'Over', unmet: 'Unmet' },
    planShortHeads: { left: 'Left', transitions: 'Trans.', unmet: 'Unmet' },
    planNote: (start: number, h: Record<'left' | 'in' | 'out' | 'transitions' | 'outside' | 'hire' | 'fte' | 'over' | 'unmet' | 'demand', string>, transitions: boolean, reduced: boolean) =>
      `The row ${start} is the state at the start, without decisions. ` +
      `${h.left} = those who left during the year before without a decision (retirement, attrition, contracts ending) or did not stay their first year as a newcomer or mover; ` +
      `${h.in} and ${h.out} = pathways (reskilling and redeployment) into this function and out of it; ` +
      (transitions ? `${h.transitions} = the scenario's transitions from and to other functions, net (negative: more out than in); ` : '') +
      `${h.outside} = placed outside (van-werk-naar-werk-traject, work-to-work); so ${h.fte} = the year before's ${h.fte} + ${h.hire} − ${h.left} + ${h.in} − ${h.out}${transitions ? ` + ${h.transitions}` : ''} − ${h.outside} (up to rounding). ` +
      `${h.over} = overstaffing; ${h.unmet} = demand the plan leaves unmet${reduced ? '.' : `; each row: ${h.fte} − ${h.over} + ${h.unmet} = ${h.demand}.`}`,
    planTo: (fte: string, to: string, cost: string) => `${fte} FTE to ${to} (pathway, €${cost})`,
    planFrom: (fte: string, from: string, cost: string) => `${fte} FTE from ${from} (pathway, €${cost})`,
    planShort: (fte: string, cause: string) => `${fte} FTE unmet: ${cause}`,
    planReducedHead: 'Reduced',
    planReduced: (persons: string, unmet: string) => `Reduced: the FTE people on reduced hours work less; that is ${persons} (rounded up to whole people); each row: FTE − Reduced − Over + ${unmet} = Demand.`,
    shortage: 'shortage',
    surplus: 'surplus',
    balanced: 'balanced',
    assumption: 'Assumption',
    privacy: (minGroup: number, small: boolean, inflow: boolean) =>
      (small
        ? `Privacy: fewer than ${minGroup} people work in this function; `
        : inflow
          ? `Privacy: people move into this function from a withheld function, and their FTE would follow from it (the transition is in the scenario); `
          : `Privacy: this function is hidden so that a smaller function in its family cannot be derived from the family total; `) +
      'its supply, persons, retirement, attrition and gap are withheld, only its work (demand) is shown — as in spp project (privacy.min_group).',
    explain: 'Explain',
  },
} as const;

/** A label and a right-aligned figure in `total` columns; a long label wraps and the figure goes on its last line. */
/**
 * The growth rule that applies, said as what it is — "× groei familie Management, −2,5% per jaar" —
 * it read "groei: demand.growth[3] (familie Management): -0,025", a list position first (and no
 * help: the position is in the list after `extends`). What the rule covers finds it in the scenario;
 * the JSON keeps the model's text with the path (`rule`). That text when it is not a rule of the scenario.
 * The rule that applies to function `fn` covers that function, its family or all: the text is matched
 * against those, never read for an id (an id or family may hold spaces, brackets or "): ").
 */
function growthLine(rule: string, rate: number, lang: Lang, fn: Pick<ExplainResult, 'id' | 'family'>): string {
  const t = T[lang];
  const nl = lang === 'nl';
  const path = /^demand\.growth\[\d+\] \(/.exec(rule)?.[0];
  const scopes = [
    { covers: `function ${fn.id}`, who: `${nl ? 'functie' : 'function'} ${fn.id}` },
    { covers: `family ${fn.family}`, who: `${nl ? 'familie' : 'family'} ${fn.family}` },
    { covers: 'all', who: nl ? 'alle functies' : 'all functions' },
  ];
  const scope = path === undefined ? undefined : scopes.find((s) => rule.startsWith(`${path}${s.covers}): `));
  if (path === undefined || scope === undefined) return t.growth(translateRule(rule, lang));
  const value = rule.slice(`${path}${scope.covers}): `.length);
  const pct = (v: number): string => `${formatCompact(v * 100, 2, lang)}%`;
  const signed = (v: number): string => (v > 0 ? `+${pct(v)}` : pct(v));
  const triple = /^\[(-?[\d.]+), (-?[\d.]+), (-?[\d.]+)\]/.exec(value);
  const perYear = rate === 0 && triple === null ? (nl ? 'geen groei' : 'no growth') : `${triple === null ? '' : nl ? 'gemiddeld ' : 'mean '}${signed(rate)} ${nl ? 'per jaar' : 'a year'}`;
  const range =
    triple === null
      ? ''
      : nl
        ? ` (onzeker: tussen ${signed(Number(triple[1]))} en ${signed(Number(triple[3]))}, waarschijnlijk ${signed(Number(triple[2]))})`
        : ` (uncertain: between ${signed(Number(triple[1]))} and ${signed(Number(triple[3]))}, likely ${signed(Number(triple[2]))})`;
  return t.growthRule(scope.who, `${perYear}${range}`);
}

function figureLine(label: string, value: string, total: number): string {
  const width = total - 12;
  // One column kept free, so the figure never touches (or pushes past) the label.
  const lines = wrapText(label, width - 1, '      ').split('\n');
  const last = lines.pop() ?? '';
  const pad = Math.max(1, width - [...last].length);
  return [...lines, `${last}${' '.repeat(pad)}${value.padStart(12)}`].join('\n');
}

function explainYear(y: ExplainResult['years'][number], start: number, result: ExplainResult, lang: Lang, label: (id: string) => string, bold: (s: string) => string, total: number): string[] {
  const t = T[lang];
  const line = (text: string, value: string): string => figureLine(text, value, total);
  // Two decimals; an amount that rounds to zero is 0,00 without a sign (no −0,00).
  const zero = (v: number): boolean => Math.abs(v) < 0.005;
  const f1 = (v: number): string => formatNumber(zero(v) ? 0 : v, 2, lang);
  // A count of people read from the export is whole ("68 personen", not "68,00"); a projected one is
  // the model's expected value and keeps its decimals ("54,28 personen").
  const persons = (v: number): string => (Math.abs(v - Math.round(v)) < 1e-9 ? formatNumber(Math.round(v), 0, lang) : f1(v));
  const minus = (v: number): string => (zero(v) ? f1(0) : `−${f1(Math.abs(v))}`);
  const plus = (v: number): string => (zero(v) ? f1(0) : `+${f1(Math.abs(v))}`);
  const pct = (v: number): string => `${formatNumber(v * 100, 1, lang)}%`;
  const dec = (v: number, d: number): string => formatNumber(v, d, lang);
  const s = y.supply;
  const d = y.demand;
  const out: string[] = [bold(String(y.year))];
  if ('suppressed' in s) {
    out.push(`  ${t.suppressed(withheldMark(s.suppressed, result.privacy.min_group))}`);
  } else {
    // A flow that rounds to 0,00 is left out: it changes none of the figures shown.
    out.push(line(`  ${t.supplyStart(y.year, persons(s.start_persons))}`, f1(s.start_fte)));
    if (!zero(s.retired_fte)) out.push(line(`    ${t.retired(yearsAndMonths(s.aow_age, lang), y.year)}`, minus(s.retired_fte)));
    // Contracts that end, even when all are renewed (the renewals are the news).
    if (!zero(s.contract_ending_fte) || !zero(s.contract_ended_fte)) out.push(line(`    ${t.contracts(f1(s.contract_ending_fte), f1(s.renewed_fte))}`, minus(s.contract_ended_fte)));
    // An attrition of rate 0 (no rule applies, or the rule says 0) stays: it says why nobody leaves.
    for (const a of s.attrition.filter((x) => !zero(x.fte) || x.rate === 0)) {
      const text = a.merged === true ? t.attritionMerged(pct(a.rate), f1(a.base_fte)) : t.attrition(a.ages === 'all' ? t.allAges : ageBandWords(a.ages, lang), pct(a.rate), f1(a.base_fte), a.rule_index);
      out.push(line(`    ${text}`, minus(a.fte)));
    }
    for (const m of s.moved_out.filter((x) => !zero(x.fte))) out.push(line(`    ${t.movedTo(m.to, pct(m.share))}`, minus(m.fte)));
    for (const m of s.moved_in.filter((x) => !zero(x.fte))) out.push(line(`    ${t.movedFrom(m.from)}`, plus(m.fte)));
    out.push(line(`    ${t.supplyEnd(y.year + 1, persons(s.end_persons))}`, f1(s.end_fte)));
  }
  if (d.points_fte !== null) {
    out.push(line(`  ${t.points}`, f1(d.demand_fte)));
  } else {
    out.push(line(`  ${t.base}`, f1(d.base_fte)));
    out.push(line(`    ${growthLine(d.growth.rule, d.growth.rate, lang, result)}`, `×${dec(d.growth.factor, 4)}`));
    for (const a of d.automation.filter((x) => x.share > 0 && x.level > 0)) {
      out.push(wrapText(`      ${t.automation(label(a.category), dec(a.share, 3), dec(a.level, 3), dec(a.automated, 4))}`, total, '        '));
    }
    out.push(line(`    ${t.labour(dec(d.reinvested, 2), dec(d.automated_share, 4))}`, `×${dec(d.labour_factor, 4)}`));
    for (const o of d.overrides) out.push(line(`    ${t.override(translateRule(o.rule, lang))}`, `×${dec(o.factor, 4)}`));
    if (d.target_fte !== null) out.push(line(`    ${t.modelDemand}`, f1(d.base_fte * d.growth.factor * d.labour_factor * d.override_factor)));
    out.push(line(`    ${d.target_fte !== null ? t.targetDemand : t.demand}`, f1(d.demand_fte)));
  }
  if (y.gap_fte !== null) out.push(line(`  ${t.gap(zero(y.gap_fte) ? t.balanced : y.gap_fte < 0 ? t.shortage : t.surplus, y.year)}`, f1(y.gap_fte)));
  if (y.year > start) {
    if (y.replacement_fte !== null) out.push(line(`    ${t.replacement(start)}`, f1(y.replacement_fte)));
    out.push(line(`    ${t.expansion(start)}`, f1(y.expansion_fte)));
  }
  return out;
}

/** Where the function's work sits in standard and custom work (SPEC §3.7), now and at the horizon. */
function positionLines(result: ExplainResult, lang: Lang, width: number): string[] {
  const t = T[lang];
  const p = result.position;
  const years = result.years.map((y) => y.year);
  const start = years[0] ?? 0;
  const end = years[years.length - 1] ?? start;
  if (p.quadrant === null || p.quadrant_end === null) return [wrapText(t.noPosition, width, '    ')];
  const now = t.positionNow(QUADRANT_NAMES[lang][p.quadrant], start, formatPosition(p.predictability, lang), formatPosition(p.complexity, lang));
  const values = `${formatPosition(p.predictability_end, lang)}${lang === 'nl' ? '; ' : ', '}${formatPosition(p.complexity_end, lang)}`;
  // "hetzelfde kwadrant in 2035 (0,79; 0,34)": the year once; after a move the values name their year.
  const text = p.quadrant_year === null ? t.positionSame(now, end, values) : t.positionMoves(now, QUADRANT_NAMES[lang][p.quadrant_end], p.quadrant_year, `${values} in ${end}`);
  return [wrapText(text, width, '    ')];
}

/** The action plan's decisions for the function (spp plan), when the scenario has a plan: block. */
function explainPlanLines(result: ExplainResult, lang: Lang, bold: (s: string) => string, width: number, color: boolean): string[] {
  const plan = result.plan;
  const t = T[lang];
  if (result.plan_unsolvable !== undefined) return [bold(wrapText(t.planTitle, width)), wrapText(`  ${t.planUnsolvable}`, width, '  '), ''];
  if (plan === undefined) return [];
  const out = [bold(wrapText(t.planTitle, width))];
  // The table is indented by two spaces, as the lines around it.
  // The start year's row (the snapshot, no decisions) too, so that the first year's row adds up from it.
  const snapshot = plan.years[0];
  const years = plan.years.slice(1);
  // People on reduced hours (a plan: lever) give up FTE that is neither overstaffing nor demand: its
  // own column when the function has any, from the row's balance (the JSON's key counts persons), so
  // that every row adds up; the persons in the line under the table, whole and rounded up ("ongeveer
  // 6 personen"): the plan's count is continuous, and 5,5 persons read wrong.
  const reduced = years.map(reducedHoursFte);
  const withReduced = years.some((y) => y.reduced_hours_persons > 0.005);
  // Per function, pathway moves and the scenario's transitions change its FTE too (organisation-wide
  // they cancel out, so spp plan's year table has neither): Vertrek (natural outflow and newcomer loss,
  // leftFte) and the transitions, net and only when the function has any, make each row add up from
  // the one before, as the note under the table says.
  const withTransitions = years.some((y) => y.natural_moved_in_fte > 0.005 || y.natural_moved_out_fte > 0.005);
  // What rounds to 0,0 is a dash, as in spp plan's year table (F082's Boven of 0,04 in 2026 read "0,0").
  const figure = (v: number): string => (Math.abs(v) < 0.05 ? '–' : formatNumber(v, 1, lang));
  const signed = (v: number): string => (v >= 0.05 ? `+${figure(v)}` : figure(v));
  type Key = keyof typeof t.planHeads | 'reduced';
  const keys: Key[] = ['year', 'fte', 'demand', 'hire', 'left', 'in', 'out', ...(withTransitions ? ['transitions' as const] : []), 'outside', ...(withReduced ? ['reduced' as const] : []), 'over', 'unmet'];
  const cells = (y: PlanYear, k: number): Record<Key, string> => {
    const first = k < 0;
    const decision = (v: number): string => (first ? '' : figure(v));
    return {
      year: String(y.year),
      fte: figure(y.fte),
      demand: figure(y.demand_fte),
      hire: decision(y.hired_fte),
      left: decision(leftFte(y)),
      in: decision(y.moved_in_fte),
      out: decision(y.moved_out_fte),
      transitions: first ? '' : signed(y.natural_moved_in_fte - y.natural_moved_out_fte),
      outside: decision(y.redundant_fte),
      reduced: first ? '' : y.reduced_hours_persons > 0.005 ? figure(reduced[k]!) : '–',
      over: figure(y.overstaffing_fte),
      unmet: figure(y.shortage_fte),
    };
  };
  const rows = [...(snapshot === undefined ? [] : [cells(snapshot, -1)]), ...years.map(cells)].map((r) => keys.map((key) => r[key]));
  // The full headers when the table fits in them; else the short ones (as reskill's plan per year), spelled out in the note.
  const full: Record<Key, string> = { ...t.planHeads, reduced: t.planReducedHead };
  const natural = (h: Record<Key, string>): number => keys.reduce((sum, key, i) => sum + Math.max(h[key].length, ...rows.map((r) => r[i]!.length)) + 2, -1);
  const heads = natural(full) <= width - 2 ? full : { ...full, ...t.planShortHeads };
  const table = fitTable(keys.map((key, i) => ({ header: heads[key], width: i === 0 ? 4 : Math.max(6, heads[key].length), ...(i === 0 ? {} : { align: 'right' as const }) })), rows, { color, width: width - 2 });
  // The table is indented by two spaces, as the lines around it.
  out.push(...table.trimEnd().split('\n').map((l) => (l === '' ? l : `  ${l}`)));
  if (snapshot !== undefined) out.push(wrapText(`  ${t.planNote(snapshot.year, heads, withTransitions, withReduced)}`, width, '    '));
  if (withReduced) {
    const persons = reducedHoursPersonsText(
      years.map((y, k) => ({ year: y.year, persons: figure(reduced[k]!) === '–' ? 0 : wholePersons(y.reduced_hours_persons) })),
      lang,
    );
    if (persons !== null) out.push(wrapText(`  ${t.planReduced(persons, heads.unmet)}`, width, '    '));
  }
  for (const p of plan.pathways) {
    const fte = formatNumber(p.fte, 2, lang);
    const cost = formatNumber(p.cost, 0, lang);
    out.push(wrapText(`  ${p.year}: ${p.from === result.id ? t.planTo(fte, shownFunctionId(p.to, lang), cost) : t.planFrom(fte, shownFunctionId(p.from, lang), cost)}`, width, '    '));
  }
  // A shortfall that rounds to 0,0 FTE says nothing to a reader (spp plan leaves it out too; the JSON keeps it).
  for (const s of plan.shortfalls.filter((x) => x.shortage_fte >= 0.05)) out.push(wrapText(`  ${s.year}: ${t.planShort(formatNumber(s.shortage_fte, 1, lang), shortfallCause({ function: result.id, reason: s.reason }, lang))}`, width, '    '));
  out.push('');
  return out;
}

/** The chain in words and figures a consultant can check by hand. */
export function renderExplainText(data: ExplainResult, options: ExplainRenderOptions): string {
  const result = terminalSafe(data);
  const lang = options.lang ?? 'nl';
  const t = T[lang];
  const w = WORDS[lang];
  const label = terminalLabel(options.label);
  const c = painter(options.color);
  const width = options.width ?? 80;
  const st = result.status;
  const th = st.thresholds;
  const dec = (v: number, d: number): string => formatNumber(v, d, lang);
  const statuses = st.flags.map((s) => w.status[s]).join(', ');
  const head = [
    wrapText(c.bold(`${result.id} ${result.name}`) + ` (${result.family || t.noFamily}), ${t.scenario} ${result.scenario.id}`, width),
    wrapText(`${t.status}: ${w.status[st.status]}${st.flags.length ? ` (${t.also} ${statuses})` : ''}${st.status_year !== null ? ` ${t.since} ${st.status_year}` : ''}${st.vulnerable ? `, ${t.vulnerable}` : ''}`, width),
    wrapText(`  ${t.because} ${translateRule(st.rule, lang)}`, width, '    '),
    wrapText(`  ${t.numbers(st.demand_ratio === null ? '–' : dec(st.demand_ratio, 3), dec(st.automated_share, 3), dec(st.shift, 3), dec(st.task_shift, 3), dec(st.skill_shift, 3))}`, width, '    '),
    wrapText(`  ${translateRule(t.thresholds(th.disappear_ratio, th.change_share, th.shift, th.volume), lang)}`, width, '    '),
    ...positionLines(result, lang, width),
    '',
  ];
  if (result.privacy.suppressed) head.push(wrapText(t.privacy(result.privacy.min_group, result.privacy.reason === 'small', result.privacy.moved_in_from_withheld === true), width, ''), '');
  const rules = new Map<number | null, string>();
  // A merged line (privacy) is no rule of the scenario.
  for (const y of result.years) if (!('suppressed' in y.supply)) for (const a of y.supply.attrition) if (a.merged !== true) rules.set(a.rule_index, a.rule);
  if (rules.size > 0) {
    head.push(t.rulesApplied);
    for (const [, rule] of [...rules].sort(([a], [b]) => (a ?? -1) - (b ?? -1))) head.push(wrapText(`  ${translateRule(withAgeBandWords(rule, lang), lang)}`, width, '    '));
    head.push('');
  }
  const years = options.year === undefined ? result.years : result.years.filter((y) => y.year === options.year);
  const start = result.years[0]?.year ?? 0;
  const body = years.flatMap((y) => [...explainYear(y, start, result, lang, label, (s) => c.bold(s), width), '']);
  const tail = result.assumptions.map((a) => c.dim(wrapText(`${t.assumption}: ${modelNote(a, result.assumptionFacts ?? [], lang, label)}`, width)));
  return `${[...head, ...body, ...explainPlanLines(result, lang, (s) => c.bold(s), width, options.color), ...tail].join('\n').trimEnd()}\n`;
}

/** Markdown: the same chain in a fenced block, for a memo. */
export function renderExplainMarkdown(result: ExplainResult, options: Omit<ExplainRenderOptions, 'color'>): string {
  const lang = options.lang ?? 'nl';
  // A file, not a terminal: always 80 columns, so the same inputs give the same bytes.
  const text = renderExplainText(result, { ...options, color: false, width: 80 });
  // A fence longer than any backtick run in the text, so a name cannot close it.
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `# ${T[lang].explain} ${escapeMarkdown(`${result.id} ${result.name}`)}\n\n${fence}text\n${text}${fence}\n`;
}

export const explainRenderers = {
  table: renderExplainText,
  // The shortfalls' causes in English only, as spp plan's JSON gives them.
  json: ({ assumptionFacts: _facts, ...r }: ExplainResult) => renderJson(r.plan === undefined ? r : { ...r, plan: { ...r.plan, shortfalls: r.plan.shortfalls.map(publishedShortfall) } }),
  md: (r: ExplainResult, { color: _color, ...o }: ExplainRenderOptions) => renderExplainMarkdown(r, o),
} satisfies Record<ExplainFormat, (r: ExplainResult, o: ExplainRenderOptions) => string>;
