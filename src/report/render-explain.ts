import type { ExplainResult, ExplainResultYear } from '../domain/results.js';
import { formatNumber } from '../domain/round.js';
import type { Lang } from './labels.js';
import { translateNote, translateRule } from './notes.js';
import { painter, wrapText } from './table.js';
import { WORDS } from './words.js';

export interface ExplainRenderOptions {
  color: boolean;
  year?: number;
  lang?: Lang;
  /** Display names of task categories. */
  label?: (id: string) => string;
}

/** The words of the explanation, per language; sentences take already formatted numbers. */
const T = {
  nl: {
    noFamily: 'geen familie',
    scenario: 'scenario',
    status: 'Status',
    also: 'ook',
    since: 'sinds',
    vulnerable: 'KWETSBAAR',
    because: 'want',
    numbers: (ratio: string, automated: string, shift: string, task: string, skills: string) =>
      `cijfers: vraag eind/start ${ratio}, geautomatiseerd ${automated}, verschuiving ${shift} (takenpakket ${task}, vaardigheden ${skills})`,
    thresholds: (d: number, c: number, s: number, v: number) => `drempels: verdwijnt bij ≤ ${d}, verandert bij ≥ ${c} geautomatiseerd of verschuiving ≥ ${s}, volume ±${v}`,
    rulesApplied: 'Toegepaste verloopregels (de meest specifieke regel geldt):',
    supplyStart: (year: number, persons: string) => `Bezetting op 1 januari ${year} (${persons} personen)`,
    retired: (age: string, year: number) => `− pensioen (bereikt AOW-leeftijd ${age} in ${year})`,
    contracts: (ending: string, renewed: string) => `− tijdelijke contracten beëindigd (${ending} lopen af, ${renewed} verlengd)`,
    attrition: (ages: string, rate: string, base: string, index: number) => `− verloop, leeftijd ${ages}: ${rate} van ${base} (attrition[${index}])`,
    allAges: 'alle leeftijden',
    movedTo: (to: string, share: string) => `− doorgestroomd naar ${to} (${share} per jaar)`,
    movedFrom: (from: string) => `+ ingestroomd uit ${from}`,
    supplyEnd: (year: number, persons: string) => `= bezetting op 1 januari ${year} (${persons} personen)`,
    suppressed: (minGroup: number) => `Bezetting (groep kleiner dan ${minGroup}; uitstroom niet uitgesplitst)`,
    supplyEndFte: (year: number) => `= bezetting op 1 januari ${year}`,
    points: 'Vraag volgens de punten van het scenario (nieuwe functie)',
    base: 'Vraag bij de start (formatie, anders bezette fte)',
    growth: (rule: string) => `× groei: ${rule}`,
    automation: (category: string, share: string, level: string, automated: string) => `automatisering ${category}: aandeel ${share} × niveau ${level} = ${automated}`,
    labour: (reinvested: string, automated: string) => `× arbeid 1 − (1 − ${reinvested} herbesteed) × ${automated} geautomatiseerd`,
    override: (rule: string) => `× aanpassing ${rule}`,
    demand: '= vraag',
    gap: (kind: string) => `Verschil = bezetting − vraag (${kind})`,
    shortage: 'tekort',
    surplus: 'overschot',
    balanced: 'in evenwicht',
    assumption: 'Aanname',
    privacy: (minGroup: number) =>
      `Privacy: in deze functie werken minder dan ${minGroup} personen; de bezetting staat alleen in fte, zonder aantallen personen en zonder pensioen en verloop per jaar (privacy.min_group).`,
    explain: 'Uitleg',
  },
  en: {
    noFamily: 'no family',
    scenario: 'scenario',
    status: 'Status',
    also: 'also',
    since: 'since',
    vulnerable: 'VULNERABLE',
    because: 'because',
    numbers: (ratio: string, automated: string, shift: string, task: string, skills: string) =>
      `numbers: demand ratio ${ratio}, automated share ${automated}, shift ${shift} (task mix ${task}, skills ${skills})`,
    thresholds: (d: number, c: number, s: number, v: number) => `thresholds: disappear ≤ ${d}, change ≥ ${c} automated or shift ≥ ${s}, volume ±${v}`,
    rulesApplied: 'Attrition rules applied (the most specific matching rule wins):',
    supplyStart: (year: number, persons: string) => `Supply on 1 January ${year} (${persons} persons)`,
    retired: (age: string, year: number) => `− retired (reach AOW age ${age} in ${year})`,
    contracts: (ending: string, renewed: string) => `− temporary contracts ended (${ending} ending, ${renewed} renewed)`,
    attrition: (ages: string, rate: string, base: string, index: number) => `− attrition, ages ${ages}: ${rate} of ${base} (attrition[${index}])`,
    allAges: 'all ages',
    movedTo: (to: string, share: string) => `− moved to ${to} (${share} a year)`,
    movedFrom: (from: string) => `+ moved in from ${from}`,
    supplyEnd: (year: number, persons: string) => `= supply on 1 January ${year} (${persons} persons)`,
    suppressed: (minGroup: number) => `Supply (group under ${minGroup}; outflow not split by kind)`,
    supplyEndFte: (year: number) => `= supply on 1 January ${year}`,
    points: "Demand from the scenario's points (emerging function)",
    base: 'Demand at the start (formation, else occupied FTE)',
    growth: (rule: string) => `× growth: ${rule}`,
    automation: (category: string, share: string, level: string, automated: string) => `automation ${category}: share ${share} × level ${level} = ${automated}`,
    labour: (reinvested: string, automated: string) => `× labour 1 − (1 − ${reinvested} reinvested) × ${automated} automated`,
    override: (rule: string) => `× override ${rule}`,
    demand: '= demand',
    gap: (kind: string) => `Gap = supply − demand (${kind})`,
    shortage: 'shortage',
    surplus: 'surplus',
    balanced: 'balanced',
    assumption: 'Assumption',
    privacy: (minGroup: number) =>
      `Privacy: fewer than ${minGroup} people work in this function; its supply is shown in FTE only, without counts of persons and without retirement and attrition per year (privacy.min_group).`,
    explain: 'Explain',
  },
} as const;

/** A label and a right-aligned figure in 80 columns; a long label wraps and the figure goes on its last line. */
function line(label: string, value: string, width = 68): string {
  const lines = wrapText(label, width, '      ').split('\n');
  const last = lines.pop() ?? '';
  const pad = Math.max(1, width - [...last].length);
  return [...lines, `${last}${' '.repeat(pad)}${value.padStart(12)}`].join('\n');
}

function explainYear(y: ExplainResultYear, result: ExplainResult, lang: Lang, label: (id: string) => string, bold: (s: string) => string): string[] {
  const t = T[lang];
  const f1 = (v: number): string => formatNumber(v, 2, lang);
  const minus = (v: number): string => `−${f1(Math.abs(v))}`;
  const plus = (v: number): string => `+${f1(Math.abs(v))}`;
  const pct = (v: number): string => `${formatNumber(v * 100, 1, lang)}%`;
  const dec = (v: number, d: number): string => formatNumber(v, d, lang);
  const s = y.supply;
  const d = y.demand;
  const out: string[] = [bold(String(y.year))];
  if ('suppressed' in s) {
    out.push(line(`  ${t.suppressed(result.privacy.min_group)}`, f1(s.start_fte)));
    out.push(line(`    ${t.supplyEndFte(y.year + 1)}`, f1(s.end_fte)));
  } else {
    out.push(line(`  ${t.supplyStart(y.year, f1(s.start_persons))}`, f1(s.start_fte)));
    out.push(line(`    ${t.retired(dec(s.aow_age, 2), y.year)}`, minus(s.retired_fte)));
    if (s.contract_ending_fte > 0) out.push(line(`    ${t.contracts(f1(s.contract_ending_fte), f1(s.renewed_fte))}`, minus(s.contract_ended_fte)));
    for (const a of s.attrition) out.push(line(`    ${t.attrition(a.ages === 'all' ? t.allAges : a.ages, pct(a.rate), f1(a.base_fte), a.rule_index)}`, minus(a.fte)));
    for (const m of s.moved_out) out.push(line(`    ${t.movedTo(m.to, pct(m.share))}`, minus(m.fte)));
    for (const m of s.moved_in) out.push(line(`    ${t.movedFrom(m.from)}`, plus(m.fte)));
    out.push(line(`    ${t.supplyEnd(y.year + 1, f1(s.end_persons))}`, f1(s.end_fte)));
  }
  if (d.points_fte !== null) {
    out.push(line(`  ${t.points}`, f1(d.demand_fte)));
  } else {
    out.push(line(`  ${t.base}`, f1(d.base_fte)));
    out.push(line(`    ${t.growth(translateRule(d.growth.rule, lang))}`, `×${dec(d.growth.factor, 4)}`));
    for (const a of d.automation.filter((x) => x.share > 0 && x.level > 0)) {
      out.push(`      ${t.automation(label(a.category), dec(a.share, 3), dec(a.level, 3), dec(a.automated, 4))}`);
    }
    out.push(line(`    ${t.labour(dec(d.reinvested, 2), dec(d.automated_share, 4))}`, `×${dec(d.labour_factor, 4)}`));
    for (const o of d.overrides) out.push(line(`    ${t.override(translateRule(o.rule, lang))}`, `×${dec(o.factor, 4)}`));
    out.push(line(`    ${t.demand}`, f1(d.demand_fte)));
  }
  out.push(line(`  ${t.gap(y.gap_fte < 0 ? t.shortage : y.gap_fte > 0 ? t.surplus : t.balanced)}`, f1(y.gap_fte)));
  return out;
}

/** The chain in words and figures a consultant can check by hand. */
export function renderExplainText(result: ExplainResult, options: ExplainRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const t = T[lang];
  const w = WORDS[lang];
  const label = options.label ?? ((id: string) => id);
  const c = painter(options.color);
  const st = result.status;
  const th = st.thresholds;
  const dec = (v: number, d: number): string => formatNumber(v, d, lang);
  const statuses = st.flags.map((s) => w.status[s]).join(', ');
  const head = [
    c.bold(`${result.id} ${result.name}`) + ` (${result.family || t.noFamily}), ${t.scenario} ${result.scenario.id}`,
    `${t.status}: ${w.status[st.status]}${st.flags.length ? ` (${t.also} ${statuses})` : ''}${st.status_year !== null ? ` ${t.since} ${st.status_year}` : ''}${st.vulnerable ? `, ${t.vulnerable}` : ''}`,
    wrapText(`  ${t.because} ${translateRule(st.rule, lang)}`, 80, '    '),
    wrapText(`  ${t.numbers(st.demand_ratio === null ? '–' : dec(st.demand_ratio, 3), dec(st.automated_share, 3), dec(st.shift, 3), dec(st.task_shift, 3), dec(st.skill_shift, 3))}`, 80, '    '),
    wrapText(`  ${translateRule(t.thresholds(th.disappear_ratio, th.change_share, th.shift, th.volume), lang)}`, 80, '    '),
    '',
  ];
  if (result.privacy.suppressed) head.push(wrapText(t.privacy(result.privacy.min_group), 80, ''), '');
  const rules = new Map<number, string>();
  for (const y of result.years) if (!('suppressed' in y.supply)) for (const a of y.supply.attrition) rules.set(a.rule_index, a.rule);
  if (rules.size > 0) {
    head.push(t.rulesApplied);
    for (const [, rule] of [...rules].sort(([a], [b]) => a - b)) head.push(`  ${translateRule(rule, lang)}`);
    head.push('');
  }
  const years = options.year === undefined ? result.years : result.years.filter((y) => y.year === options.year);
  const body = years.flatMap((y) => [...explainYear(y, result, lang, label, (s) => c.bold(s)), '']);
  const tail = result.assumptions.map((a) => c.dim(wrapText(`${t.assumption}: ${translateNote(a, lang, label)}`)));
  return `${[...head, ...body, ...tail].join('\n').trimEnd()}\n`;
}

/** Markdown: the same chain in a fenced block, for a memo. */
export function renderExplainMarkdown(result: ExplainResult, options: Omit<ExplainRenderOptions, 'color'>): string {
  const lang = options.lang ?? 'nl';
  return `# ${T[lang].explain} ${result.id} ${result.name}\n\n\`\`\`text\n${renderExplainText(result, { ...options, color: false })}\`\`\`\n`;
}
