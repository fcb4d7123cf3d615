import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/app/validate.js';

/**
 * A consultant's functions.csv with Dutch task ids (`administratief`, `klantcontact`): spp's built-in
 * task profiles are for its English ids, so organise and the report could place only the functions
 * doing `ict`, and nothing said so before the report. `spp validate` now warns at each such column.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-task-profiles-'));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('spp validate on task categories without a profile', () => {
  const functions = write(
    'functions.csv',
    ['function_id,name,family,task.administratief,task.klantcontact,task.ict,task.archief', 'F1,Medewerker,Bedrijfsvoering,0.5,0.3,0.2,0', 'F2,Adviseur,Bedrijfsvoering,0.2,0,0.8,0', ''].join('\n'),
  );
  const headcount = write('headcount.csv', 'employee_id,function_id,fte,birth_year\nE1,F1,1,1970\nE2,F2,1,1980\n');

  it('warns at the header column of each used category with no profile (built in or in the scenario), in both languages', async () => {
    const scenario = write('s.yaml', [`id: s`, `data: { functions: ${functions}, headcount: ${headcount} }`, 'horizon: { start: 2026, end: 2030 }', 'task_profile:', '  klantcontact: { predictability: 0.45, complexity: 0.3 }', ''].join('\n'));
    const result = await validate([scenario]);
    const warned = result.diagnostics.filter((d) => d.code === 'CSV_TASK_NO_PROFILE');
    // administratief has none; klantcontact has the scenario's, ict the built-in one; archief is no one's work.
    expect(warned.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([[functions, 1, 4, 'warning']]);
    expect(warned[0]!.message).toContain("task category 'administratief' has no profile");
    expect(warned[0]!.message).toContain('set task_profile.administratief in the scenario');
    expect(warned[0]!.messageNl).toContain("taakcategorie 'administratief' heeft geen profiel");
  });

  it('says nothing when every category has a profile', async () => {
    const scenario = write(
      't.yaml',
      [`id: t`, `data: { functions: ${functions}, headcount: ${headcount} }`, 'horizon: { start: 2026, end: 2030 }', 'task_profile:', '  klantcontact: { predictability: 0.45, complexity: 0.3 }', '  administratief: { predictability: 0.9, complexity: 0.2 }', ''].join('\n'),
    );
    const result = await validate([scenario]);
    expect(result.diagnostics.filter((d) => d.code === 'CSV_TASK_NO_PROFILE')).toEqual([]);
  });
});
