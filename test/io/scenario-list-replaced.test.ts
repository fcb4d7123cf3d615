import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';

/**
 * Lists replace along `extends` (maps merge): a child that adds one growth rule drops the parent's
 * others, which its author easily takes for an addition (a user's krimp.yaml lost basis.yaml's
 * +2 % for the social domain without a word; only spp compare showed it). A notice at the child's
 * list names what no longer applies and where the parent has it.
 */
const PARENT = `id: basis
horizon: { start: 2026, end: 2033 }
digitalisation:
  automation:
    administrative: { target: [0.2, 0.3, 0.4], end: 2032 }
demand:
  growth:
    - { family: Sociaal domein, rate: 0.02 }
    - { family: Ruimte, rate: 0.01 }
    - { function: F040, rate: 0.03 }
reskilling:
  closed_destinations: { families: [Management], functions: [F047, F063] }
`;

async function notices(child: string, parent = PARENT, grandparent?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'spp-list-replaced-'));
  writeFileSync(join(dir, 'basis.yaml'), parent);
  if (grandparent !== undefined) writeFileSync(join(dir, 'grond.yaml'), grandparent);
  writeFileSync(join(dir, 'kind.yaml'), child);
  const read = await readScenario(join(dir, 'kind.yaml'));
  expect(read.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
  return read.diagnostics.filter((d) => d.code === 'SCENARIO_LIST_REPLACED').map((d) => ({ where: `${d.file.slice(dir.length + 1)}:${d.line}:${d.column}`, path: d.path, en: d.message, nl: d.messageNl }));
}

describe('a list a child scenario gives in place of its parent’s', () => {
  it('names the rules it drops, where the parent has them, at the child’s list', async () => {
    const found = await notices('id: kind\nextends: basis.yaml\ndemand:\n  growth:\n    - { family: Bedrijfsvoering, rate: -0.04 }\n    - { family: Ruimte, rate: 0.02 }\n');
    expect(found).toEqual([
      {
        where: 'kind.yaml:4:3',
        path: 'demand.growth',
        en: 'demand.growth replaces the list of basis.yaml (lists replace, maps merge): family=Sociaal domein (basis.yaml:8), function=F040 (basis.yaml:10) no longer apply in this scenario; repeat them here to keep them',
        nl: 'demand.growth vervangt de lijst uit basis.yaml (lijsten worden vervangen, blokken samengevoegd): family=Sociaal domein (basis.yaml:8), function=F040 (basis.yaml:10) gelden in dit scenario niet meer; herhaal ze hier om ze te houden',
      },
    ]);
  });

  it('says nothing when the child lists every item again, or empties the list on purpose', async () => {
    expect(await notices('id: kind\nextends: basis.yaml\ndemand:\n  growth:\n    - { function: F040, rate: 0 }\n    - { family: Ruimte, rate: 0 }\n    - { family: Sociaal domein, rate: 0.03 }\n')).toEqual([]);
    expect(await notices('id: kind\nextends: basis.yaml\ndemand: { growth: [] }\n')).toEqual([]);
  });

  it('takes a [low, likely, high] as one value, not a list of items', async () => {
    expect(await notices('id: kind\nextends: basis.yaml\ndigitalisation:\n  automation:\n    administrative: { target: [0.3, 0.4, 0.5] }\n')).toEqual([]);
  });

  it('names a function code a list of codes no longer has', async () => {
    const found = await notices('id: kind\nextends: basis.yaml\nreskilling:\n  closed_destinations: { functions: [F063, F070] }\n');
    expect(found.map((f) => [f.where, f.path])).toEqual([['kind.yaml:4:26', 'reskilling.closed_destinations.functions']]);
    expect(found[0]!.nl).toContain(': F047 (basis.yaml:12) geldt in dit scenario niet meer; herhaal hem hier om hem te houden');
  });

  it('names five of many dropped items and counts the rest', async () => {
    const parent = `id: basis\nhorizon: { start: 2026, end: 2033 }\nreskilling:\n  closed_destinations:\n    functions: [${Array.from({ length: 40 }, (_, i) => `F${String(i).padStart(3, '0')}`).join(', ')}]\n`;
    const found = await notices('id: kind\nextends: basis.yaml\nreskilling: { closed_destinations: { functions: [F999] } }\n', parent);
    expect(found[0]!.en).toContain(': F000 (basis.yaml:5), F001 (basis.yaml:5), F002 (basis.yaml:5), F003 (basis.yaml:5), F004 (basis.yaml:5) and 35 more no longer apply');
    expect(found[0]!.nl).toContain('F004 (basis.yaml:5) en 35 andere gelden in dit scenario niet meer');
  });

  it('names the file of an item the grandparent has', async () => {
    const parent = 'id: basis\nextends: grond.yaml\n';
    const found = await notices('id: kind\nextends: basis.yaml\ndemand:\n  growth:\n    - { family: Ruimte, rate: 0.02 }\n', parent, PARENT);
    expect(found[0]!.en).toContain('family=Sociaal domein (grond.yaml:8), function=F040 (grond.yaml:10)');
  });
});
