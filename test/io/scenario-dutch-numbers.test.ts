import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';

/** #13 class 8: a Dutch decimal comma or a percentage in YAML gets a message naming the habit and the fix. */
describe('Dutch number habits in a scenario', () => {
  it('names the decimal comma and the percentage, with the value to write instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-dutch-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, 'id: s\nhorizon: { start: 2026, end: 2030 }\nworkforce:\n  temporary:\n    renewal_rate: 60%\n  attrition:\n    - rate: 0,045\n');
    const { diagnostics } = await readScenario(file);
    const messages = diagnostics.map((d) => `${d.line}:${d.code}:${d.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^5:SCENARIO_WRONG_TYPE:.*not percentages: write 0\.6 for 60%/));
    expect(messages).toContainEqual(expect.stringMatching(/^7:SCENARIO_WRONG_TYPE:.*decimal point: write 0\.045 \(with a decimal comma, as in Dutch/));
  });

  it('inside { … } a decimal comma splits the number: the key it makes names the habit and the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-dutch-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, 'id: s\nhorizon: { start: 2026, end: 2030 }\nworkforce:\n  attrition:\n    - { ages: "<35", rate: 0,09 }\n    - { rate: 1,5% }\n');
    const { diagnostics } = await readScenario(file);
    expect(diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [5, 'SCENARIO_UNKNOWN_KEY', expect.stringMatching(/^workforce\.attrition\[0\]: 'rate: 0,09' is read by YAML as rate: 0 and a key '09' — a decimal comma, as in Dutch, splits the number inside \{ … \}\. Write rate: 0\.09$/)],
      [6, 'SCENARIO_UNKNOWN_KEY', expect.stringMatching(/'rate: 1,5%' .* Write rate: 0\.015 for 1,5%$/)],
    ]);
  });
});
