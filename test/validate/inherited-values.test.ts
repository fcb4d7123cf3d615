import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/app/validate.js';
import { loadInputs } from '../../src/app/load-inputs.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';

/**
 * A scenario that extends another can make the parent's values wrong: kort.yaml shortens the
 * horizon of basis.yaml, whose automation then ends outside it. The error is located at the value,
 * in basis.yaml — a file that passes `spp validate` on its own — so the message names the file that
 * sets the horizon (a CI maintainer saw "basis.yaml: 2032 is outside the horizon 2026–2026" and
 * could not tell where that horizon came from).
 */
const example = resolve('fixtures/example');
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-inherited-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}
const BASIS = `id: basis
data: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }
horizon: { start: 2026, end: 2033 }
digitalisation:
  automation:
    administrative: { target: 0.35, end: 2032 }
    customer_contact: { target: 0.2, start: 2028, end: 2030 }
`;

describe('a rule that weighs values from different files of an extends chain', () => {
  it('names the file that sets the horizon a parent value falls outside of', async () => {
    const dir = folder({ 'basis.yaml': BASIS, 'kort.yaml': 'id: kort\nextends: basis.yaml\nhorizon: { start: 2026, end: 2027 }\n' });
    const { diagnostics } = await validate([join(dir, 'kort.yaml')]);
    const errors = diagnostics.filter((d) => d.code === 'SCENARIO_YEAR_OUTSIDE_HORIZON');
    expect(errors.map((d) => [d.file, d.line, d.path])).toEqual([
      [join(dir, 'basis.yaml'), 6, 'digitalisation.automation.administrative.end'],
      [join(dir, 'basis.yaml'), 7, 'digitalisation.automation.customer_contact.start'],
      [join(dir, 'basis.yaml'), 7, 'digitalisation.automation.customer_contact.end'],
    ]);
    expect(errors[0]!.message).toBe('digitalisation.automation.administrative.end: 2032 is outside the horizon 2026–2027 (the horizon is set in kort.yaml)');
    expect(errors[0]!.messageNl).toBe('digitalisation.automation.administrative.end: 2032 valt buiten de horizon 2026–2027 (de horizon staat in kort.yaml)');
    // The parent alone is valid.
    expect((await validate([join(dir, 'basis.yaml')])).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('stops a command on the scenario that was run, saying the errors are in the file it extends', async () => {
    const dir = folder({ 'basis.yaml': BASIS, 'kort.yaml': 'id: kort\nextends: basis.yaml\nhorizon: { start: 2026, end: 2027 }\n' });
    const error = await loadInputs({ scenario: join(dir, 'kort.yaml') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const { text } = error as UserError;
    expect(text.nl).toMatch(/kort\.yaml is ongeldig \(fouten in .*basis\.yaml, waarop .*kort\.yaml voortbouwt\)$/);
    expect(text.en).toMatch(/kort\.yaml is invalid \(errors in .*basis\.yaml, which .*kort\.yaml extends\)$/);
  });

  it('says nothing more when the year and the horizon are in one file', async () => {
    const dir = folder({ 'basis.yaml': BASIS.replace('end: 2033', 'end: 2031') });
    const { diagnostics } = await validate([join(dir, 'basis.yaml')]);
    expect(diagnostics.find((d) => d.code === 'SCENARIO_YEAR_OUTSIDE_HORIZON')!.message).toBe('digitalisation.automation.administrative.end: 2032 is outside the horizon 2026–2031');
  });

  it("names the functions file a parent's function is missing from, when another file of the chain gives it", async () => {
    const few = readFileSync(`${example}/functions.csv`, 'utf8').split('\n').slice(0, 4).join('\n');
    const dir = folder({
      'basis.yaml': `${BASIS}demand:\n  growth:\n    - { function: F050, rate: 0.01 }\n`,
      'functies-klein.csv': `${few}\n`,
      'klein.yaml': 'id: klein\nextends: basis.yaml\ndata: { functions: functies-klein.csv }\n',
    });
    const unknown = (await validate([join(dir, 'klein.yaml')])).diagnostics.filter((d) => d.code === 'SCENARIO_UNKNOWN_FUNCTION');
    expect(unknown.map((d) => [d.file, d.line])).toEqual([[join(dir, 'basis.yaml'), 10]]);
    expect(unknown[0]!.messageNl).toMatch(/^demand\.growth\[0\]\.function: onbekende functie 'F050' \(niet in functies-klein\.csv\)\./);
    // In one file, the message is as before.
    const alone = folder({ 'basis.yaml': `${BASIS.replace(`${example}/functions.csv`, 'functies-klein.csv')}demand:\n  growth:\n    - { function: F050, rate: 0.01 }\n`, 'functies-klein.csv': `${few}\n` });
    const same = (await validate([join(alone, 'basis.yaml')])).diagnostics.find((d) => d.code === 'SCENARIO_UNKNOWN_FUNCTION')!;
    expect(same.message).toMatch(/^demand\.growth\[0\]\.function: unknown function 'F050'\./);
  });

  it('names the file of the end that a parent start comes after', async () => {
    const dir = folder({ 'basis.yaml': BASIS, 'later.yaml': 'id: later\nextends: basis.yaml\ndigitalisation:\n  automation:\n    customer_contact: { end: 2027 }\n' });
    const { diagnostics } = await validate([join(dir, 'later.yaml')]);
    const order = diagnostics.find((d) => d.code === 'SCENARIO_YEAR_ORDER')!;
    expect([order.file, order.line]).toEqual([join(dir, 'basis.yaml'), 7]);
    expect(order.messageNl).toBe('digitalisation.automation.customer_contact: start (2028) ligt na end (2027) (end staat in later.yaml)');
  });
});
