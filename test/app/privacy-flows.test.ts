import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../src/app/explain.js';
import { withheldGroups } from '../../src/app/privacy.js';
import { runProject } from '../../src/app/project.js';
import type { ExplainResult, ProjectResult } from '../../src/domain/results.js';
import { explainRenderers, renderExplainMarkdown, renderExplainText } from '../../src/report/render-explain.js';
import { projectRenderers, renderProjectTable } from '../../src/report/render-projection.js';

/**
 * People a transition moves out of a withheld function (red-team case 11; fixtures/app/privacy-flows:
 * F05 is one person with 0,8 fte, privacy.min_group 5). The share is in the scenario, so the FTE
 * that arrives elsewhere gives that person's FTE, and that they stay.
 */
const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'app', 'privacy-flows');
const transition = join(fixture, 'transition.yaml');
const emerging = join(fixture, 'emerging.yaml');

let toF03: { result: ProjectResult; json: ProjectResult };
let toN01: { result: ProjectResult; json: ProjectResult };
let explainF03: ExplainResult;
let explainF04: ExplainResult;
let explainN01: ExplainResult;

beforeAll(async () => {
  const project = async (scenario: string): Promise<{ result: ProjectResult; json: ProjectResult }> => {
    const { result } = await runProject({ scenario });
    return { result, json: JSON.parse(projectRenderers.json(result)) as ProjectResult };
  };
  toF03 = await project(transition);
  toN01 = await project(emerging);
  explainF03 = (await runExplain({ scenario: transition }, 'F03')).result;
  explainF04 = (await runExplain({ scenario: transition }, 'F04')).result;
  explainN01 = (await runExplain({ scenario: emerging }, 'N01')).result;
}, 60_000);

/** Every published (non-null) figure under `key` in spp project's JSON, of functions, families and the total. */
function published(json: ProjectResult, key: 'moved_in_fte' | 'moved_out_fte' | 'supply_fte'): number[] {
  return [...json.functions, ...json.families, json.totals].flatMap((g) => g.years.map((y) => y[key] as number | null)).filter((v): v is number => v !== null);
}

describe('a transition out of a withheld function (F05 → F03 at 0,5)', () => {
  it('spp project withholds the function that receives the people, and what follows from it', () => {
    const marks = Object.fromEntries(toF03.json.functions.map((f) => [f.id, f.suppressed ?? null]));
    expect(marks).toMatchObject({ F03: 'complement', F05: 'small' });
    // F03's family moves F05's person in too.
    expect(toF03.json.families.find((f) => f.id === 'Fam2')!.suppressed).toBeDefined();
    // The total's moves are F05's alone (no other transition): withheld on their own.
    expect(toF03.json.totals.suppressed).toBeUndefined();
    expect(toF03.json.totals.withheld_keys).toEqual(['moved_in_fte', 'moved_out_fte']);
    // No published move anywhere: before, F03's moved_in_fte was 0,4, 0,2, 0,1, 0,05 …
    expect(published(toF03.json, 'moved_in_fte').every((v) => v === 0)).toBe(true);
    expect(published(toF03.json, 'moved_out_fte').every((v) => v === 0)).toBe(true);
    expect(published(toF03.json, 'supply_fte').length).toBeGreaterThan(0);
  });

  it('spp plan, reskill, compare and backtest withhold the same functions (they ask withheldGroups)', async () => {
    const { loadInputs } = await import('../../src/app/load-inputs.js');
    const { projectInputs } = await import('../../src/app/project.js');
    const inputs = await loadInputs({ scenario: transition });
    const { functions } = withheldGroups(inputs, projectInputs(inputs).projection);
    expect([...functions].sort()).toEqual(toF03.json.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id).sort());
    expect(functions.has('F03')).toBe(true);
  });

  it('spp explain F03 shows no move in from F05, in JSON, table and Markdown, and says why', () => {
    expect(explainF03.privacy).toEqual({ min_group: 5, suppressed: true, reason: 'complement', moved_in_from_withheld: true });
    const text = explainRenderers.json(explainF03);
    expect(text).not.toMatch(/"moved_in"|"F05"/);
    for (const lang of ['nl', 'en'] as const) {
      for (const out of [renderExplainText(explainF03, { color: false, lang }), renderExplainMarkdown(explainF03, { lang })]) {
        expect(out).not.toMatch(/F05|0,40|0\.40|ingestroomd|moved in from/);
      }
    }
    expect(renderExplainText(explainF03, { color: false, lang: 'nl' }).replace(/\s+/g, ' ')).toContain('in deze functie stromen mensen in uit een afgeschermde functie');
    expect(renderExplainText(explainF03, { color: false, lang: 'en' }).replace(/\s+/g, ' ')).toContain('people move into this function from a withheld function');
  });

  it('a shown function (F04) still names its moves and rules, in Dutch without English or an internal index', () => {
    expect(explainF04.privacy.suppressed).toBe(false);
    const nl = renderExplainText(explainF04, { color: false, lang: 'nl' });
    expect(nl).not.toMatch(/no matching rule|attrition\[-1\]/);
    expect(nl).toContain('geen passende verloopregel: 0');
    expect(nl.replace(/\s+/g, ' ')).toContain('− verloop, leeftijden zonder verloopregel: 0,0% van 7,20');
    const en = renderExplainText(explainF04, { color: false, lang: 'en' });
    expect(en).not.toMatch(/attrition\[-1\]/);
    expect(en.replace(/\s+/g, ' ')).toContain('− attrition, ages without an attrition rule: 0.0% of 7.20');
    // JSON: no rule of the scenario applies, so no index into workforce.attrition.
    const first = explainF04.years[0]!.supply;
    expect('suppressed' in first ? null : first.attrition).toEqual([expect.objectContaining({ rule_index: null, rate: 0 })]);
  });
});

describe('an emerging function fed only by a withheld one (F05 → N01)', () => {
  it('spp project does not show its supply (it showed "Bezetting 0,8")', () => {
    const n01 = toN01.json.functions.find((f) => f.id === 'N01')!;
    expect(n01.suppressed).toBe('complement');
    expect(n01.years.every((y) => y.supply_fte === null && y.supply_persons === null && y.moved_in_fte === null)).toBe(true);
    // Its work is shown.
    expect(n01.years.at(-1)!.demand_fte).toBe(3);
    const table = renderProjectTable(toN01.result, { color: false, dialect: 'rfc', width: 120, lang: 'nl' });
    expect(table).toMatch(/N01 Nieuw +opkomend +• +• +3,0 +•/);
    // The other functions are shown as before: F03 and F04 receive no one from F05.
    expect(toN01.json.functions.filter((f) => f.suppressed === undefined).map((f) => f.id)).toEqual(['F03', 'F04']);
  });

  it('spp explain N01 shows neither its persons nor the move in', () => {
    expect(explainN01.privacy).toMatchObject({ suppressed: true, moved_in_from_withheld: true });
    for (const lang of ['nl', 'en'] as const) {
      const out = renderExplainText(explainN01, { color: false, lang });
      expect(out).not.toMatch(/F05|personen\)|persons\)|0[,.]50|0[,.]40|ingestroomd|moved in/);
    }
  });
});
