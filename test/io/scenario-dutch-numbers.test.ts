import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';

/** A scenario of `text`, read from a file of its own. */
async function readText(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'spp-dutch-')), 's.yaml');
  writeFileSync(file, text);
  return readScenario(file);
}

/** #13 class 8: a Dutch decimal comma or a percentage in YAML gets a message naming the habit and the fix. */
describe('Dutch number habits in a scenario', () => {
  it('names the decimal comma and the percentage, with the value to write instead', async () => {
    const { diagnostics } = await readText('id: s\nhorizon: { start: 2026, end: 2030 }\nworkforce:\n  temporary:\n    renewal_rate: 60%\n  attrition:\n    - rate: 0,045\n');
    const messages = diagnostics.map((d) => `${d.line}:${d.code}:${d.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^5:SCENARIO_WRONG_TYPE:.*not percentages: write 0\.6 for 60%/));
    expect(messages).toContainEqual(expect.stringMatching(/^7:SCENARIO_WRONG_TYPE:.*decimal point: write 0\.045 \(with a decimal comma, as in Dutch/));
  });

  it('inside { … } a decimal comma splits the number: the key it makes names the habit and the fix', async () => {
    const { diagnostics } = await readText('id: s\nhorizon: { start: 2026, end: 2030 }\nworkforce:\n  attrition:\n    - { ages: "<35", rate: 0,09 }\n    - { rate: 1,5% }\n');
    expect(diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [5, 'SCENARIO_UNKNOWN_KEY', expect.stringMatching(/^workforce\.attrition\[0\]: 'rate: 0,09' is read by YAML as rate: 0 and a key '09' — a decimal comma, as in Dutch, splits the number inside \{ … \}\. Write rate: 0\.09$/)],
      [6, 'SCENARIO_UNKNOWN_KEY', expect.stringMatching(/'rate: 1,5%' .* Write rate: 0\.015 for 1,5%$/)],
    ]);
  });

  it('an amount written with its currency (€ 85, 55000 euro) says to write the number alone', async () => {
    const { diagnostics } = await readText('id: s\nhorizon: { start: 2026, end: 2030 }\nreskilling:\n  cost_per_hour: € 85\n  surplus_cost_per_fte: 55000 euro\n  budget_per_year: "€ 40.000,00"\n');
    expect(diagnostics.map((d) => [d.line, d.code, d.messageNl]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [4, 'SCENARIO_WRONG_TYPE', "reskilling.cost_per_hour: verwacht een getal, maar vond '€ 85'. Een bedrag is in YAML een getal zonder euroteken: schrijf 85"],
      [5, 'SCENARIO_WRONG_TYPE', "reskilling.surplus_cost_per_fte: verwacht een getal, maar vond '55000 euro'. Een bedrag is in YAML een getal zonder euroteken: schrijf 55000"],
      [6, 'SCENARIO_WRONG_TYPE', "reskilling.budget_per_year: verwacht een getal, maar vond '€ 40.000,00'. Een bedrag is in YAML een getal zonder euroteken. YAML kent geen punt tussen duizendtallen: schrijf 40000.00"],
    ]);
    expect(diagnostics.find((d) => d.line === 4)!.message).toBe("reskilling.cost_per_hour: expected a number, found '€ 85'. An amount in YAML is a number without a currency sign: write 85");
  });

  it('a share written as a whole percentage without % (rate: 2 for 2%) says which share it would be', async () => {
    const { diagnostics } = await readText('id: s\nhorizon: { start: 2026, end: 2030 }\nworkforce:\n  attrition:\n    - { ages: ">=55", rate: 2 }\ndigitalisation:\n  reinvested: 25\n  automation:\n    administrative: { target: 150, end: 2030 }\n');
    expect(diagnostics.map((d) => [d.line, d.code, d.messageNl])).toEqual([
      [5, 'SCENARIO_OUT_OF_RANGE', 'workforce.attrition[0].rate: verwacht een getal ≤ 1, maar vond 2. Een scenario rekent met aandelen van 0 tot en met 1: schrijf 0.02 voor 2%'],
      [9, 'SCENARIO_OUT_OF_RANGE', 'digitalisation.automation.administrative.target: verwacht een getal ≤ 1, maar vond 150'],
      [7, 'SCENARIO_OUT_OF_RANGE', 'digitalisation.reinvested: verwacht een getal ≤ 1, maar vond 25. Een scenario rekent met aandelen van 0 tot en met 1: schrijf 0.25 voor 25%'],
    ]);
    expect(diagnostics[0]!.message).toBe('workforce.attrition[0].rate: expected a number ≤ 1, found 2. Scenarios take shares from 0 to 1: write 0.02 for 2%');
  });

  /** The diagnostics of a scenario file with `body` after id and horizon, as [line, column, code, en, nl]. */
  async function diagnose(body: string): Promise<[number, number, string, string, string | undefined][]> {
    const { diagnostics } = await readText(`id: s\nhorizon: { start: 2026, end: 2030 }\n${body}`);
    return diagnostics.map((d) => [d.line, d.column, d.code, d.message, d.messageNl]);
  }

  it('inside [ … ] a decimal comma splits each number: the list as YAML read it, and the list to write', async () => {
    expect(await diagnose('workforce:\n  attrition:\n    - rate: [0,01, 0,02, 0,03]\n    - rate: [0,5]\n')).toEqual([
      [
        5,
        13,
        'SCENARIO_OUT_OF_RANGE',
        'workforce.attrition[0].rate: expected at most 3 items, found a list of 6 items. YAML reads [0,01, 0,02, 0,03] as 6 items (0, 1, 0, 2, 0, 3): inside [ … ] a comma separates items, so a decimal comma, as in Dutch, splits each number in two. Write [0.01, 0.02, 0.03] with decimal points',
        'workforce.attrition[0].rate: verwacht ten hoogste 3 elementen, maar vond een lijst van 6 elementen. YAML leest [0,01, 0,02, 0,03] als 6 elementen (0; 1; 0; 2; 0; 3): binnen [ … ] scheidt een komma de elementen, dus een decimale komma splitst elk getal in tweeën. Schrijf [0.01, 0.02, 0.03] met decimale punten',
      ],
      [6, 13, 'SCENARIO_OUT_OF_RANGE', expect.stringMatching(/found a list of 2 items\. YAML reads \[0,5\] as 2 items \(0, 5\): .* Write 0\.5$/), expect.stringMatching(/Schrijf 0\.5$/)],
    ]);
  });

  it('written without spaces, [0,5,0,6,0,7] pairs up into 0.5, 0.6, 0.7: the list as written, and the list to write', async () => {
    expect(await diagnose('workforce:\n  attrition:\n    - rate: [0,5,0,6,0,7]\n    - rate: [0,05,0,1,0,15]\n')).toEqual([
      [
        5,
        13,
        'SCENARIO_OUT_OF_RANGE',
        'workforce.attrition[0].rate: expected at most 3 items, found a list of 6 items. YAML reads [0,5,0,6,0,7] as 6 items (0, 5, 0, 6, 0, 7): inside [ … ] a comma separates items, so a decimal comma, as in Dutch, splits each number in two. Write [0.5, 0.6, 0.7] with decimal points',
        'workforce.attrition[0].rate: verwacht ten hoogste 3 elementen, maar vond een lijst van 6 elementen. YAML leest [0,5,0,6,0,7] als 6 elementen (0; 5; 0; 6; 0; 7): binnen [ … ] scheidt een komma de elementen, dus een decimale komma splitst elk getal in tweeën. Schrijf [0.5, 0.6, 0.7] met decimale punten',
      ],
      [6, 13, 'SCENARIO_OUT_OF_RANGE', expect.stringMatching(/ YAML reads \[0,05,0,1,0,15\] as 6 items \(0, 5, 0, 1, 0, 15\): .* Write \[0\.05, 0\.1, 0\.15\] with decimal points$/), expect.stringMatching(/Schrijf \[0\.05, 0\.1, 0\.15\] met decimale punten$/)],
    ]);
    // A negative growth, and a run of four beside a spaced pair.
    const growth = await diagnose('demand:\n  growth:\n    - rate: [-0,01,0,02,0,05]\n    - rate: [0,5,0,6, 0,7]\n');
    expect(growth.map(([line, column, , en]) => [line, column, en.replace(/^.*YAML reads /, '')])).toEqual([
      [5, 13, '[-0,01,0,02,0,05] as 6 items (0, 1, 0, 2, 0, 5): inside [ … ] a comma separates items, so a decimal comma, as in Dutch, splits each number in two. Write [-0.01, 0.02, 0.05] with decimal points'],
      [6, 13, '[0,5,0,6, 0,7] as 6 items (0, 5, 0, 6, 0, 7): inside [ … ] a comma separates items, so a decimal comma, as in Dutch, splits each number in two. Write [0.5, 0.6, 0.7] with decimal points'],
    ]);
  });

  it('does not guess at a run that pairs up in more than one way, nor at a list of ages or years', async () => {
    // [1,2,3,4] could be 1.2 and 3.4, or 1, 2.3 and 4; [0,5,1,0] has a whole part that is not 0; [0,5,0,6,0] is odd.
    const found = await diagnose('demand:\n  growth:\n    - rate: [1,2,3,4]\n    - rate: [0,5,1,0]\n    - rate: [0,5,0,6,0]\n');
    expect(found.filter(([, , , en]) => en.includes('decimal comma'))).toEqual([]);
    expect(found.map(([line, , code, en]) => [line, code, en.replace(/:.*$/, '')])).toContainEqual([5, 'SCENARIO_OUT_OF_RANGE', 'demand.growth[0].rate']);
    // Lists of whole numbers where the schema takes no [low, likely, high] are never read as decimal commas.
    const years = await diagnose('workforce:\n  attrition:\n    - rate: 0.05\n      ages: [0,35,0,55]\n');
    expect(years.map(([line, , code, en]) => [line, code, en.includes('decimal comma')])).toEqual([[6, 'SCENARIO_WRONG_TYPE', false]]);
  });

  it('names the habit in growth, automation targets and transitions, once per list', async () => {
    const found = await diagnose(
      'workforce:\n  transitions:\n    A: { B: [0,1, 0,2] }\ndigitalisation:\n  automation:\n    admin: { target: [0,1, 0,2, 0,3], end: 2030 }\ndemand:\n  growth:\n    - rate: [0, 0,02, 0,05]\n',
    );
    const commas = found.filter(([, , , en]) => en.includes('a decimal comma, as in Dutch'));
    expect(commas.map(([line, column, , en]) => [line, column, en.replace(/^([^:]+):.*(Write .*)$/, '$1 → $2')])).toEqual([
      [5, 13, 'workforce.transitions.A.B → Write decimal points: one number, or three as [low, likely, high] (e.g. [0.1, 0.2] is 2 numbers)'],
      [8, 22, 'digitalisation.automation.admin.target → Write [0.1, 0.2, 0.3] with decimal points'],
      [11, 13, 'demand.growth[0].rate → Write [0, 0.02, 0.05] with decimal points'],
    ]);
  });

  it('leaves lists alone that fit: [0, 1, 1] and [0.01, 0.02, 0.05] are ordinary triangles', async () => {
    expect(await diagnose('workforce:\n  attrition:\n    - rate: [0,1,1]\n    - rate: [0.01, 0.02, 0.05]\n')).toEqual([]);
  });

  it('does not guess where three numbers are joined: [1,2,3] could be split anywhere', async () => {
    const found = await diagnose('demand:\n  growth:\n    - rate: [1,2,3]\n');
    expect(found.map(([line, column, code, en]) => [line, column, code, en])).toEqual([
      [5, 16, 'SCENARIO_OUT_OF_RANGE', 'demand.growth[0].rate[1]: expected a number ≤ 1, found 2'],
      [5, 18, 'SCENARIO_OUT_OF_RANGE', 'demand.growth[0].rate[2]: expected a number ≤ 1, found 3'],
    ]);
  });

  it('a percentage becomes a share where the schema wants one (inside [low, likely, high] too), and stays a slip elsewhere', async () => {
    const found = await diagnose(
      'workforce:\n  attrition:\n    - rate: [1%, 2%, 3%]\ndemand:\n  targets:\n    F1: { 2030: 20% }\nplan:\n  hiring:\n    - first_year_attrition: 10%\n      cost: 12,5%\n',
    );
    expect(found.map(([line, column, , en]) => [line, column, en.replace(/^.*found /, '')])).toEqual([
      [5, 14, "'1%'. Scenarios take shares from 0 to 1, not percentages: write 0.01 for 1%"],
      [5, 18, "'2%'. Scenarios take shares from 0 to 1, not percentages: write 0.02 for 2%"],
      [5, 22, "'3%'. Scenarios take shares from 0 to 1, not percentages: write 0.03 for 3%"],
      // demand targets are FTE: 20% of what? The % is only a slip.
      [8, 17, "'20%'. A percentage is not a number in YAML: write the number without %"],
      [12, 13, "'12,5%'. A percentage is not a number in YAML: write the number without %"],
      [11, 29, "'10%'. Scenarios take shares from 0 to 1, not percentages: write 0.1 for 10%"],
    ]);
    expect(found[5]![4]).toBe("plan.hiring[0].first_year_attrition: verwacht een getal, maar vond '10%'. Een scenario rekent met aandelen van 0 tot en met 1, niet met percentages: schrijf 0.1 voor 10%");
  });

  it('inside { … } of task shares and demand by year, and as a duplicate key', async () => {
    const found = await diagnose(
      'demand:\n  emerging:\n    - id: N1\n      name: Nieuw\n      tasks: { analyse: 0,4, advies: 0,6 }\n      demand: { 2027: 1,5 }\n',
    );
    expect(found.map(([line, column, code, en]) => [line, column, code, en])).toEqual([
      [7, 27, 'SCENARIO_WRONG_TYPE', "demand.emerging[0].tasks: 'analyse: 0,4' is read by YAML as analyse: 0 and a key '4' — a decimal comma, as in Dutch, splits the number inside { … }. Write analyse: 0.4"],
      [7, 40, 'SCENARIO_WRONG_TYPE', "demand.emerging[0].tasks: 'advies: 0,6' is read by YAML as advies: 0 and a key '6' — a decimal comma, as in Dutch, splits the number inside { … }. Write advies: 0.6"],
      [8, 25, 'SCENARIO_INVALID_KEY', "demand.emerging[0].demand: '2027: 1,5' is read by YAML as 2027: 1 and a key '5' — a decimal comma, as in Dutch, splits the number inside { … }. Write 2027: 1.5"],
    ]);
    expect(await diagnose('demand:\n  emerging:\n    - id: N1\n      name: Nieuw\n      tasks: { analyse: 0,5, advies: 0,5 }\n')).toEqual([
      [7, 40, 'YAML_DUPLICATE_KEY', "duplicate key '5': inside { … } YAML reads 0,5 as 0 and a key '5' — a decimal comma, as in Dutch, splits the number. Write 0.5", "dubbele sleutel '5': binnen { … } leest YAML 0,5 als 0 en een sleutel '5' — een decimale komma splitst het getal. Schrijf 0.5"],
    ]);
  });

  it('a point between thousands: an error when YAML reads text, a warning when it reads a number of euros', async () => {
    const found = await diagnose('reskilling:\n  hire_cost: 12.000\n  cost_per_hour: 85.50\n  surplus_cost_per_fte: 1.250.000\n  min_pay_ratio: 0.750\nplan:\n  hiring:\n    - max_per_year: 1.500\n');
    expect(found).toEqual([
      [
        4,
        14,
        'SCENARIO_THOUSANDS_POINT',
        'reskilling.hire_cost: 12.000 is read by YAML as 12 euros — the point is a decimal point, not the Dutch thousands separator. Write 12000 for 12,000 euros (or 12 to keep 12)',
        'reskilling.hire_cost: 12.000 leest YAML als 12 euro — de punt is een decimale punt, geen scheidingsteken voor duizendtallen. Schrijf 12000 voor 12.000 euro (of 12 om 12 te houden)',
      ],
      [6, 25, 'SCENARIO_WRONG_TYPE', "reskilling.surplus_cost_per_fte: expected a number, found '1.250.000'. YAML takes no point between thousands (as in Dutch): write 1250000", "reskilling.surplus_cost_per_fte: verwacht een getal, maar vond '1.250.000'. YAML kent geen punt tussen duizendtallen: schrijf 1250000"],
    ]);
  });
});
