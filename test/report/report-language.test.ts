import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { BUILT_IN_LABELS, labelOf } from '../../src/report/labels.js';
import { isKnownNote, translateNote, translateRule } from '../../src/report/notes.js';

/**
 * The Dutch report speaks Dutch: no English word that the example's identifiers (task categories,
 * skills) would leak, model notes translated, plurals right; the first page names the organisation,
 * tells the story and lists the driving assumptions; the summary's figures are in the tables.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let data: ReportData;
let md: string;
let html: string;

/** The English words the example's identifiers would show: `customer_contact` → "customer contact", and their English labels. */
function englishWordsOfIdentifiers(): string[] {
  const header = readFileSync(join(root, 'fixtures/example/functions.csv'), 'utf8').split('\n')[0]!.split(',');
  const ids = header.filter((h) => /^(task|skill)\./.test(h)).map((h) => h.replace(/^(task|skill)\./, ''));
  const scenario = readFileSync(join(root, 'scenarios/digitaal-versneld.yaml'), 'utf8');
  for (const m of scenario.matchAll(/\b([a-z]+_[a-z_]+|[a-z]+):\s*\d/g)) if (BUILT_IN_LABELS[m[1]!]) ids.push(m[1]!);
  const words = new Set<string>();
  for (const id of new Set(ids)) {
    words.add(id.replace(/_/g, ' '));
    words.add(id);
    const en = BUILT_IN_LABELS[id]?.en;
    // An English label that is also Dutch (ICT, Coaching, Management as a family name) is no leak.
    if (en !== undefined && en !== BUILT_IN_LABELS[id]?.nl) words.add(en);
  }
  return [...words].filter((w) => !['ict', 'management', 'coaching'].includes(w.toLowerCase()));
}

beforeAll(async () => {
  data = buildReportData(await buildReportSource(await loadInputs({ scenario: join(root, 'scenarios', 'digitaal-versneld.yaml') })));
  md = renderReport(data, { format: 'md', lang: 'nl' });
  html = renderReport(data, { format: 'html', lang: 'nl' });
});

describe('the Dutch report', () => {
  it('contains none of the English words the example identifiers would leak (outside quoted scenario keys)', () => {
    // The appendix and the comparison quote the scenario file's keys as code beneath their words
    // (`digitalisation.automation.administrative`): those stay as written.
    const prose = md.replace(/`[^`]*`/g, '');
    const page = html.replace(/<code( class="key")?>.*?<\/code>/g, '').replace(/<[^>]+>/g, ' ');
    const words = englishWordsOfIdentifiers();
    expect(words).toContain('customer contact');
    expect(words).toContain('Administrative work');
    for (const word of words) {
      const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
      expect(prose, `"${word}" in the Markdown`).not.toMatch(pattern);
      expect(page, `"${word}" in the HTML`).not.toMatch(pattern);
    }
  });

  it('shows task categories by their Dutch label', () => {
    expect(md).toContain('Administratief werk 80% → 64%');
    expect(md).toContain('| Zaakbehandeling |');
  });

  it('translates the model notes, and knows every note the example produces', () => {
    // The plan's notes that name functions are said from their data (report/plan-sentences.ts), the others by their pattern.
    const said = (note: string): boolean => data.plan.noteFacts.some((fact) => fact.text === note);
    for (const note of [...data.modelNotes, ...data.plan.notes]) expect(isKnownNote(note) || said(note), note).toBe(true);
    expect(data.plan.noteFacts.length).toBeGreaterThan(0);
    expect(md).toContain('Klantcontact: het automatiseringsdoel is onzeker (laag 25%, waarschijnlijk 40%, hoog 55%)');
    expect(md).not.toMatch(/triangular|taken as its expected value/);
  });

  it('puts the organisation, the story and the driving assumptions on the first page', () => {
    const first = md.slice(0, md.indexOf('## 1. Doorlichten'));
    expect(first.startsWith('# Strategische personeelsplanning — Gemeente Voorbeeld\n')).toBe(true);
    expect(first).toContain('Routinematig administratief werk en klantcontact worden versneld geautomatiseerd');
    expect(first).toContain('- Administratief werk: 60% van het werk geautomatiseerd in 2032, vanaf 2026 eerst langzaam, dan snel, dan afvlakkend.');
    // The key assumption gives the mean the model uses and the likely value the appendix gives, each named
    // (a reviewer read "Klantcontact 37%" beside the appendix's "waarschijnlijk 35%").
    expect(first).toMatch(/- Klantcontact: gemiddeld 40% van het werk geautomatiseerd in \d{4} \(onzeker: tussen 25% en 55%, waarschijnlijk 40%\)/);
    expect(first).toContain('De volledige lijst van aannames staat in de bijlage.');
    expect(html).toContain('<p class="organisation">Gemeente Voorbeeld</p>');
  });

  it('gets singular and plural right', () => {
    expect(md).toContain('verdwijnt 1 functie');
    expect(md).not.toMatch(/\b1 functies\b|\b1 routes\b/);
    expect(md).toMatch(/via \d+ routes/);
    const one = renderReport({ ...data, plan: { ...data.plan, pathways: data.plan.pathways.slice(0, 1), routes: 1 } }, { format: 'md', lang: 'nl' });
    expect(one).toMatch(/via 1 route[ ,]/);
    expect(one).toContain('1 route brengt');
    // A replacement list of one function (a small town's) speaks of one function to the end.
    const single = { ...data, replacement: data.replacement.slice(0, 1) };
    expect(renderReport(single, { format: 'md', lang: 'nl' })).toMatch(/Bij 1 functie krimpt .* deze functie heeft een grote vervangingsvraag\./);
    expect(renderReport(single, { format: 'md', lang: 'en' })).toMatch(/In 1 function the work .* this function has a large replacement need\./);
  });

  it('names the kind and period of every cost', () => {
    expect(md).toContain('**Kostenvergelijking: kosten per soort over 2026–2035**');
    expect(md).toMatch(/\| Wervingskosten \| €\u00a0[\d.]+ \|/);
    expect(md).toMatch(/\| Omscholingskosten \| €\u00a0[\d.]+ \|/);
    expect(md).toMatch(/Het plan kost €\u00a0[\d.]+ over 2026–2035, waarvan €\u00a0[\d.]+ wervingskosten, €\u00a0[\d.]+ omscholingskosten/);
    expect(md).toContain('### Werving per functie, 2027–2035');
  });

  it("names every kind of the plan's cost in the summary, so the parts add up to the total", () => {
    // It named hiring and reskilling only: € 9,4 + 0,4 million of digitaal-versneld's € 16,7 million.
    const euros = (x: string) => Number(x.replace(/\./g, ''));
    for (const lang of ['nl', 'en'] as const) {
      const text = renderReport(data, { format: 'md', lang });
      const m = lang === 'nl' ? /Het plan kost €\u00a0([\d.]+) over 2026–2035, waarvan ([^;]+);/.exec(text) : /The plan costs €([\d,]+) over 2026–2035, of which ([^;]+);/.exec(text);
      expect(m, lang).not.toBeNull();
      const parts = [...m![2]!.matchAll(lang === 'nl' ? /€\u00a0([\d.]+)/g : /€([\d,]+)/g)].map((p) => euros(p[1]!.replace(/,/g, '')));
      const total = euros(m![1]!.replace(/,/g, ''));
      expect(parts.length, lang).toBeGreaterThan(2);
      // Each part is rounded to the euro.
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - total), lang).toBeLessThanOrEqual(parts.length);
      expect(m![2], lang).toMatch(lang === 'nl' ? /voor overbezetting/ : /for overstaffing/);
    }
  });

  it('flags functions whose people leave while the work stays, beside "stabiel"', () => {
    // Five of these have fewer than 5 people (or hide one) and are left out for privacy.
    expect(md).toContain('| stabiel | 52 | 21 |');
    expect(md).toMatch(/\| F072 Functioneel Beheerder \| stabiel \| 16,0 \| 4,6 \|/);
  });

  it('explains vulnerable functions that are also in the hiring need', () => {
    expect(md).toMatch(/\| F001 Medewerker Klantcontactcentrum \| ja \| [\d.]+,\d \|/);
    expect(md).toContain('Kwetsbaar en toch werven');
    expect(md).toContain('kwetsbare functies staan ook bij de externe wervingsbehoefte');
  });

  it('has every figure of the summary in a table with the same value', () => {
    const summary = md.slice(md.indexOf('## Samenvatting'), md.indexOf('## 1. Doorlichten'));
    const tables = md.slice(md.indexOf('## 1. Doorlichten')).split('\n').filter((l) => l.startsWith('|')).join('\n');
    // Every fte and euro amount of the summary (not percentages or years) appears in a table cell.
    const figures = [...summary.matchAll(/(€\u00a0\d[\d.]*\d|\b\d[\d.]*,\d\b)/g)].map((m) => m[1]!);
    expect(figures.length).toBeGreaterThan(8);
    for (const figure of figures) expect(tables, figure).toMatch(new RegExp(`\\| \\**−?${figure.replace(/\./g, '\\.')}\\** \\|`));
  });

  it('shows the plan year by year, years as columns, with the totals the summary names', () => {
    const p = data.plan;
    const total = (v: number[]): string => v.reduce((x, y) => x + y, 0).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(md).toContain(`| Besluit | ${p.years.join(' | ')} | Totaal |`);
    expect(md).toContain(`| Werving (fte) | ${p.perYear.hired.map((v) => v.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).join(' | ')} | ${total(p.perYear.hired)} |`);
    const summary = md.slice(md.indexOf('## Samenvatting'), md.indexOf('## 1. Doorlichten'));
    expect(summary).toContain(`Het actieplan werft ${total(p.perYear.hired)} fte in 2027–2035`);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640');
    expect(html).toContain('aria-label="Het actieplan per jaar: werving');
  });
});

describe('the English report', () => {
  it("keeps the five steps' Dutch names as chapter titles and explains each once in English, at the start of chapter 1", () => {
    const en = renderReport(data, { format: 'md', lang: 'en' });
    const beforeChapters = en.slice(0, en.indexOf('## 2. '));
    for (const step of ['Doorlichten', 'Doorbreken', 'Doorselecteren', 'Doorontwikkelen', 'Doorverbinden']) {
      expect(en).toMatch(new RegExp(`^## \\d\\. ${step} — \\p{Ll}`, 'mu'));
      // "Doorlichten (“looking through”: today’s workforce)": the name, a translation and what the chapter holds.
      expect(en.match(new RegExp(`${step} \\(“`, 'g')) ?? []).toHaveLength(1);
      expect(beforeChapters.match(new RegExp(`${step} \\(“[a-z ]+”: `, 'g')) ?? []).toHaveLength(1);
    }
    expect(md).not.toContain('dynamic organisation');
  });
});

describe('labels', () => {
  it('take the scenario label first, then the built-in one, then the identifier in words', () => {
    expect(labelOf('administrative', 'nl')).toBe('Administratief werk');
    expect(labelOf('administrative', 'en')).toBe('Administrative work');
    expect(labelOf('administrative', 'nl', { administrative: { nl: 'Backoffice' } })).toBe('Backoffice');
    expect(labelOf('administrative', 'en', { administrative: { nl: 'Backoffice' } })).toBe('Administrative work');
    expect(labelOf('energy_transition', 'nl')).toBe('Energietransitie');
    expect(labelOf('own_thing', 'nl')).toBe('Own thing');
  });

  it('rewrite notes in plain words with labels, and leave unknown lines as they are', () => {
    const label = (id: string): string => labelOf(id, 'en');
    expect(translateNote('AOW age after 2031 taken as 67.25 (last known value)', 'nl', label)).toBe(
      'Na 2031 is de AOW-leeftijd nog niet wettelijk vastgesteld; gerekend is met de laatst bekende waarde, 67 jaar en 3 maanden.',
    );
    expect(translateNote('1 computed and 2 explicit pathways available to the plan', 'nl', label)).toBe('Het plan kon kiezen uit 1 berekende en 2 in het scenario opgegeven routes.');
    expect(translateNote('no pathways available to the plan: the scenario gives none, and computed pathways are off (plan.computed_pathways: false)', 'nl', label)).toBe('Het plan had geen routes om uit te kiezen: het scenario geeft er geen op, en berekende routes staan uit (plan.computed_pathways: false).');
    expect(translateNote('costs discounted to 2026 at 3.5% a year', 'nl', label)).toBe('Kosten zijn contant gemaakt naar 2026 tegen 3,5% per jaar.');
    expect(translateNote('something new', 'nl', label)).toBe('something new');
  });

  it("rewrite the model's rule texts in Dutch, keeping scenario keys as written", () => {
    expect(translateRule('demand ratio 0.95 within 1 ± 0.15, automated share 0.06 < 0.30, shift 0.10 < 0.25', 'nl')).toBe(
      'vraag eind/start 0,95 binnen 1 ± 0,15, geautomatiseerd 0,06 < 0,30, verschuiving 0,10 < 0,25',
    );
    expect(translateRule('workforce.attrition[4] (family Informatievoorziening): 0.09', 'nl')).toBe('workforce.attrition[4] (familie Informatievoorziening): 0,09');
    expect(translateRule('demand.overrides[1] (change -0.4 from 2027 to 2031)', 'nl')).toBe('demand.overrides[1] (verandering -0,4 van 2027 tot 2031)');
    expect(translateRule('task-mix shift 0.31 ≥ 0.25', 'en')).toBe('task-mix shift 0.31 ≥ 0.25');
  });
});

describe('scenario labels and organisation', () => {
  it('are validated: a label key that is no task category or skill is an error with a suggestion', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { validate } = await import('../../src/app/validate.js');
    const dir = await mkdtemp(join(tmpdir(), 'spp-labels-'));
    try {
      const file = join(dir, 'labels.yaml');
      const parent = join(root, 'scenarios', 'baseline.yaml').replace(/\\/g, '/');
      await writeFile(file, `id: labels-test\nextends: ${JSON.stringify(parent)}\norganisation: Gemeente Elders\nlabels:\n  administrativ: { nl: Backoffice }\n  fieldwork: { nl: Werk op straat, en: Street work }\n`);
      const { diagnostics } = await validate([file], {});
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.code)).toEqual(['SCENARIO_UNKNOWN_LABEL']);
      expect(errors[0]!.message).toContain("'administrativ'");
      expect(errors[0]!.message).toContain('administrative');
      expect(errors[0]!.line).toBe(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("show the scenario's own label in the report", async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'spp-labels-'));
    try {
      const file = join(dir, 'labels.yaml');
      const parent = join(root, 'scenarios', 'digitaal-versneld.yaml').replace(/\\/g, '/');
      await writeFile(file, `id: labels-test\nextends: ${JSON.stringify(parent)}\norganisation: Gemeente Elders\nlabels:\n  administrative: { nl: Backoffice, en: Back office }\n`);
      const own = buildReportData(await buildReportSource(await loadInputs({ scenario: file })));
      const nl = renderReport(own, { format: 'md', lang: 'nl' });
      expect(nl.startsWith('# Strategische personeelsplanning — Gemeente Elders')).toBe(true);
      expect(nl).toContain('- Backoffice: 60% van het werk geautomatiseerd in 2032');
      expect(nl).not.toContain('Administratief werk');
      expect(renderReport(own, { format: 'md', lang: 'en' })).toContain('- Back office: 60% of the work automated by 2032');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
