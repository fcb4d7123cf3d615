import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/app/validate.js';
import { loadInputs } from '../../src/app/load-inputs.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { readScenario } from '../../src/io/read-scenario.js';

/**
 * #13 class 8: one `spp validate` run shows every problem — a value the schema refuses no longer
 * hides the references and data checks of the rest; misspelt function ids are suggested from the
 * functions file; the YAML library's and zod's internals never reach the user.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-one-pass-'));
const example = resolve('fixtures/example');
let n = 0;
function write(name: string, text: string): string {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, text);
  return path;
}

describe('one validate run shows every problem', () => {
  it('reports refused values, unknown references and data errors together', async () => {
    const headcount = write('headcount.csv', 'employee_id,function_id,fte,birth_year\nE1,F001,1,1970\nE2,F001,x,1980\n');
    const scenario = write(
      's.yaml',
      [
        'id: bad',
        `data: { functions: ${example}/functions.csv, headcount: ${headcount} }`,
        'horizon: { start: 2026, end: 2030 }',
        'workforce:',
        '  attrition: [ { family: Dienstverlenning, rate: 0.1 } ]',
        '  fulltime_hours: 99',
        'demand:',
        '  growth: [ { family: Sociaal domein, rate: 2% } ]',
        '  targets: { F0O1: { 2030: 5 } }',
        'reskilling: { hire_cost: abc }',
        '',
      ].join('\n'),
    );
    const { diagnostics } = await validate([scenario]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CSV_BAD_NUMBER', 3],
      ['SCENARIO_UNKNOWN_FAMILY', 5],
      ['SCENARIO_OUT_OF_RANGE', 6],
      ['SCENARIO_WRONG_TYPE', 8],
      ['SCENARIO_UNKNOWN_FUNCTION', 9],
      ['SCENARIO_WRONG_TYPE', 10],
    ]);
  });

  it('checks references against every id of functions.csv, also when some rows have errors', async () => {
    const functions = write('functions.csv', 'function_id,name,family,pay,task.a,task.b\nF1,Een,Dienstverlening,40000,0.5,0.5\nF2,Twee,Dienstverlening,abc,0.2,0.8\nF3,Drie,Beleid,50000,0.2,0.2\n');
    const headcount = write('headcount.csv', 'function_id,fte,birth_year\nF2,1,1970\nF7,1,1980\n');
    const scenario = write(
      's.yaml',
      [
        'id: refs',
        `data: { functions: ${functions}, headcount: ${headcount} }`,
        'horizon: { start: 2026, end: 2030 }',
        'demand:',
        '  overrides: [ { function: F2, change: -0.5, end: 2029 }, { function: F9, change: 0.1, end: 2029 } ]',
        '  growth: [ { family: Beleidd, rate: 0.1 } ]',
        '',
      ].join('\n'),
    );
    const { diagnostics } = await validate([scenario]);
    // F2 and F3 (rows with an error) and the family Beleid (of F3) are known; F7, F9 and Beleidd are not.
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CSV_BAD_NUMBER', 3],
      ['CSV_TASK_SHARES_SUM', 4],
      ['CSV_UNKNOWN_FUNCTION', 3],
      ['SCENARIO_UNKNOWN_FUNCTION', 5],
      ['SCENARIO_UNKNOWN_FAMILY', 6],
    ]);
  });

  it('does not guess when the horizon itself is refused', async () => {
    const scenario = write('s.yaml', `id: bad\ndata: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }\nhorizon: { start: 2026, end: soon }\n`);
    const { diagnostics } = await validate([scenario]);
    expect(diagnostics.map((d) => d.code)).toEqual(['SCENARIO_WRONG_TYPE']);
  });
});

describe('the similarity file (red-team case 16)', () => {
  /** The diagnostics of a data command on `scenario` (what spp pathways, project, … print before they stop). */
  async function dataCommandDiagnostics(scenario: string): Promise<{ code: string; line: number; column: number; severity: string }[]> {
    const loaded = await loadInputs({ scenario }).then((inputs) => inputs.diagnostics, (error: unknown) => {
      if (error instanceof UserError) return error.diagnostics;
      throw error;
    });
    return loaded.filter((d) => d.file.endsWith('similarity.csv')).map(({ code, line, column, severity }) => ({ code, line, column, severity }));
  }

  it('reports its unknown functions and its self pair in validate exactly as the data commands do', async () => {
    const similarity = write('similarity.csv', 'from,to,similarity\nF001,F0002,0.9\nF01,F005,0.8\nF004,F004,1\nF004,F005,0.7\nN001,F004,0.6\n');
    const scenario = write(
      's.yaml',
      [
        'id: sim',
        `data: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }`,
        'horizon: { start: 2026, end: 2031 }',
        'demand: { emerging: [ { id: N001, name: Nieuw, tasks: { advice: 1 }, demand: { 2030: 1 } } ] }',
        `reskilling: { similarity: ${similarity} }`,
        '',
      ].join('\n'),
    );
    const expected = [
      { code: 'CSV_UNKNOWN_FUNCTION', line: 2, column: 2, severity: 'error' },
      { code: 'CSV_UNKNOWN_FUNCTION', line: 3, column: 1, severity: 'error' },
      { code: 'CSV_SIMILARITY_SELF_PAIR', line: 4, column: 2, severity: 'warning' },
    ];
    const { diagnostics } = await validate([scenario]);
    const byValidate = diagnostics.filter((d) => d.file === similarity).map(({ code, line, column, severity }) => ({ code, line, column, severity }));
    expect(byValidate).toEqual(expected);
    const byCommand = await dataCommandDiagnostics(scenario);
    expect([...byCommand].sort((a, b) => a.line - b.line)).toEqual(expected);
    const unknown = diagnostics.find((d) => d.code === 'CSV_UNKNOWN_FUNCTION' && d.line === 2);
    expect(unknown?.messageNl).toBe("functie 'F0002' staat niet in het functiebestand en niet bij de nieuwe functies van het scenario. Bedoelt u 'F002'?");
  });

  it('warns once per file for the diagonal of a full matrix, and leaves it out of the similarities', async () => {
    const similarity = write('similarity.csv', 'from,to,similarity\nF001,F001,1\nF001,F002,0.5\nF002,F002,1\nF002,F001,0.5\n');
    const scenario = write('s.yaml', `id: diag\ndata: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }\nhorizon: { start: 2026, end: 2031 }\nreskilling: { similarity: ${similarity} }\n`);
    const { diagnostics } = await validate([scenario]);
    const self = diagnostics.filter((d) => d.file === similarity);
    expect(self.map((d) => [d.code, d.line, d.column, d.severity])).toEqual([['CSV_SIMILARITY_SELF_PAIR', 2, 2, 'warning']]);
    expect(self[0]!.message).toBe('2 rows (the first: F001 → F001) pair a function with itself; a function is no pathway to itself, so they are not used');
    expect(self[0]!.messageNl).toBe('2 regels (de eerste: F001 → F001) koppelen een functie aan zichzelf; een functie is geen route naar zichzelf, dus ze worden niet gebruikt');
    const inputs = await loadInputs({ scenario });
    expect([...inputs.similarity!.values()]).toEqual([0.5, 0.5]);
  });
});

describe('suggestions for an unknown function', () => {
  it('come from the functions file, not from the scenario\'s own new ids', async () => {
    const scenario = write(
      's.yaml',
      [
        'id: hint',
        `data: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }`,
        'horizon: { start: 2026, end: 2030 }',
        'demand:',
        '  emerging: [ { id: F0123, name: Nieuw, tasks: { advice: 1 }, demand: { 2030: 1 } } ]',
        '  overrides: [ { function: F01234, change: -0.5, end: 2029 } ]',
        '',
      ].join('\n'),
    );
    const { diagnostics } = await validate([scenario]);
    const unknown = diagnostics.filter((d) => d.code === 'SCENARIO_UNKNOWN_FUNCTION');
    // The scenario's own F0123 is one edit away and would be the one nearest; in the functions file
    // F012, F013, F014, … are all two away, so no code is suggested (any one of them would be a guess).
    expect(unknown.map((d) => d.message)).toEqual(["demand.overrides[0].function: unknown function 'F01234'."]);
  });
});

describe('YAML and schema internals never reach the user', () => {
  const valid = readFileSync('scenarios/baseline.yaml', 'utf8').split('\n').slice(0, 60);
  const hostileTokens = [
    '!!binary AAAA', '&a', '*a', '<<: *a', '{', '[', ']', '}', '"open', "'open", '? complex', '%YAML 1.1', '0,5', '20%',
    '.inf', '-.inf', '.nan', '0x1F', '1e400', '~', 'null', '!!js/function x', '!custom v', '@', '`', '|', '>', '\t', '- ', ': ',
    '__proto__: 1', 'constructor: {}', '- - -', '!!map', '!!seq', '2026-01-01', 'yes', 'NO', '"\\u0000"', '::', '---', '...',
  ];
  const mutation = fc.tuple(fc.nat(), fc.constantFrom('replace-value', 'insert-line', 'indent', 'insert-token'), fc.constantFrom(...hostileTokens));
  const mutated = fc.array(mutation, { minLength: 1, maxLength: 6 }).map((edits) => {
    const lines = [...valid];
    for (const [at, kind, token] of edits) {
      const i = at % lines.length;
      const line = lines[i]!;
      if (kind === 'replace-value') lines[i] = line.includes(':') ? `${line.slice(0, line.indexOf(':') + 1)} ${token}` : token;
      else if (kind === 'insert-line') lines.splice(i, 0, token);
      else if (kind === 'indent') lines[i] = ` ${line}`;
      else lines[i] = `${line.slice(0, at % (line.length + 1))}${token}${line.slice(at % (line.length + 1))}`;
    }
    return lines.join('\n');
  });
  const INTERNALS = /zod|ZodError|YAMLParseError|YAMLException|YAMLWarning|\bat .+:\d+:\d+|Error:|\[object|undefined|\bNaN\b|function \w*\(/;

  it('in any message about a mutated scenario', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        const read = await readScenario(write('fuzz.yaml', text.replaceAll('../fixtures/', `${resolve('fixtures')}/`)));
        for (const d of read.diagnostics) {
          expect(d.message, text).not.toMatch(INTERNALS);
          expect(d.line >= 0 && d.column >= 0, text).toBe(true);
        }
      }),
      { seed: 20261129, numRuns: Number(process.env['SPP_FUZZ_RUNS'] ?? 150) },
    );
  });
});
