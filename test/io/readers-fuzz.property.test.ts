import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { isDiagnosticCode } from '../../src/diagnostics/codes.js';
import { readColumnMap } from '../../src/io/column-map.js';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { presetCsvOptions, readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';
import { readSnapshot } from '../../src/io/read-snapshot.js';
import { readScenario } from '../../src/io/read-scenario.js';
import { readSimilarity } from '../../src/io/read-similarity.js';

/**
 * #13 class 9: every reader, fed random bytes, truncations, mutations of a valid file and oversized
 * fields, either returns a value with located diagnostics or throws a UserError — never another
 * exception (a stack trace for the user). Fixed seed and bounded runs, so CI is repeatable and fast.
 */

const root = join(import.meta.dirname, '../..');
const SEED = 20260613;
// SPP_FUZZ_RUNS=1000 for a longer local hunt; CI keeps the default.
const RUNS = Number(process.env['SPP_FUZZ_RUNS'] ?? 25);
const scratch = mkdtempSync(join(tmpdir(), 'spp-fuzz-'));

/** A valid file's first bytes (kept small so each run is quick). */
function head(path: string, lines = 40): Uint8Array {
  return new TextEncoder().encode(readFileSync(path, 'utf8').split('\n').slice(0, lines).join('\n') + '\n');
}

/** Random bytes, a truncation, byte mutations and an oversized field of a valid file. */
function hostile(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  const mutate = fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 })
    .map((edits) => {
      const out = Uint8Array.from(valid);
      for (const [at, byte] of edits) out[at % out.length] = byte;
      return out;
    });
  const special = fc.constantFrom(...[0x22, 0x7c, 0x3b, 0x2c, 0x0a, 0x0d, 0x00, 0xff, 0x80, 0x3a, 0x26, 0x2a, 0x7b, 0x5b]);
  const punctuate = fc.array(fc.tuple(fc.nat(), special), { minLength: 1, maxLength: 8 }).map((edits) => {
    const out = Uint8Array.from(valid);
    for (const [at, byte] of edits) out[at % out.length] = byte;
    return out;
  });
  const truncate = fc.nat().map((n) => valid.slice(0, n % (valid.length + 1)));
  const oversized = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200_000 })).map(([at, size]) => {
    const cut = at % valid.length;
    return Uint8Array.from([...valid.slice(0, cut), ...new Uint8Array(size).fill(0x41), ...valid.slice(cut)]);
  });
  return fc.oneof(fc.uint8Array({ maxLength: 400 }), truncate, mutate, punctuate, oversized);
}

async function expectResultOrUserError(read: () => Promise<{ diagnostics: readonly Diagnostic[] }>): Promise<void> {
  try {
    const { diagnostics } = await read();
    for (const d of diagnostics) {
      expect(isDiagnosticCode(d.code), d.code).toBe(true);
      expect(Number.isInteger(d.line) && d.line >= 0 && Number.isInteger(d.column) && d.column >= 0).toBe(true);
      expect(d.message).not.toMatch(/\n\s+at |undefined|NaN|\[object/);
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.message).not.toMatch(/\n\s+at /);
  }
}

let n = 0;
function fileWith(bytes: Uint8Array, name: string): string {
  const dir = join(scratch, String(n++));
  mkdirSync(dir);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const property = (valid: Uint8Array, name: string, read: (path: string) => Promise<{ diagnostics: readonly Diagnostic[] }>) =>
  fc.assert(
    fc.asyncProperty(hostile(valid), async (bytes) => {
      const path = fileWith(bytes, name);
      try {
        await expectResultOrUserError(() => read(path));
      } finally {
        rmSync(path, { force: true });
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );

describe('readers never throw anything but a UserError', { timeout: 120_000 }, () => {
  const headcountOptions = { referenceYear: 2026 };

  it('functions.csv', () => property(head(join(root, 'fixtures/example/functions.csv')), 'functions.csv', (p) => readFunctions(p)));

  it('headcount.csv (plain)', () => property(head(join(root, 'fixtures/example/headcount.csv')), 'headcount.csv', (p) => readHeadcount(p, { ...headcountOptions, groupBy: 'afdeling' })));

  it('headcount.csv (excel-nl preset)', () =>
    property(head(join(root, 'fixtures/presets/excel-nl/headcount.csv')), 'headcount.csv', (p) => readPresetHeadcount(p, 'excel-nl', headcountOptions)));

  it('AFAS export', () =>
    property(head(join(root, 'fixtures/presets/afas/export/medewerkers-functies.csv')), 'medewerkers-functies.csv', (p) => readPresetHeadcount(p, 'afas', headcountOptions)));

  it.each(['Aanstellingen.csv', 'Medewerker.csv', 'Functie.csv'])('Raet HR Core export (%s mutated beside the valid other files)', async (name) => {
    const source = join(root, 'fixtures/presets/raet-hrcore/export');
    const valid = head(join(source, name));
    await fc.assert(
      fc.asyncProperty(hostile(valid), async (bytes) => {
        const dir = join(scratch, `raet-${n++}`);
        cpSync(source, dir, { recursive: true });
        writeFileSync(join(dir, name), bytes);
        try {
          await expectResultOrUserError(() => readPresetHeadcount(dir, 'raet-hrcore', headcountOptions));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('functions.csv (excel-nl: ; and decimal comma, Dutch headers)', () =>
    property(head(join(root, 'fixtures/presets/excel-nl/functions.csv')), 'functions.csv', (p) => readFunctions(p, presetCsvOptions('excel-nl', {}))));

  it('headcount.csv through a column map', () =>
    property(head(join(root, 'fixtures/presets/excel-nl/headcount.csv')), 'headcount.csv', (p) =>
      readHeadcount(p, { ...headcountOptions, columnsFile: 'columns.yaml', columns: { employee_id: 'personeelsnummer', function_id: 'functiecode', fte: 'deeltijdfactor', birth_date: 'geboortedatum', contract: 'dienstverband', end_date: 'einddatum' } })));

  it('headcount snapshot (calibrate, backtest)', () => property(head(join(root, 'fixtures/example/headcount.csv')), 'headcount.csv', (p) => readSnapshot(p, undefined, headcountOptions)));

  it('scenario YAML that extends a valid base', async () => {
    const base = readFileSync(join(root, 'scenarios/baseline.yaml'), 'utf8').replaceAll('../fixtures/', `${join(root, 'fixtures')}/`);
    const valid = new TextEncoder().encode('extends: baseline.yaml\nid: variant\nworkforce:\n  fulltime_hours: 36\n  attrition:\n    - { ages: "<35", rate: 0.1 }\n');
    await fc.assert(
      fc.asyncProperty(hostile(valid), async (bytes) => {
        const dir = join(scratch, `extends-${n++}`);
        mkdirSync(dir);
        writeFileSync(join(dir, 'baseline.yaml'), base);
        writeFileSync(join(dir, 'variant.yaml'), bytes);
        try {
          await expectResultOrUserError(() => readScenario(join(dir, 'variant.yaml')));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('similarity CSV', () =>
    property(new TextEncoder().encode('from,to,similarity\nF001,F002,0.8\nF002,F001,0,7\nF003,F001,80%\n'), 'similarity.csv', (p) => readSimilarity(p)));

  it('scenario YAML', () => property(head(join(root, 'scenarios/baseline.yaml'), 120), 'scenario.yaml', (p) => readScenario(p)));

  it('column map YAML', () =>
    property(new TextEncoder().encode('employee_id: "Personeelsnummer"\nfunction_id: "Functiecode"\nfte: Deeltijdfactor\n'), 'columns.yaml', (p) => readColumnMap(p)));

  it('left no files behind', () => {
    expect(readdirSync(scratch).filter((d) => readdirSync(join(scratch, d)).length > 0)).toEqual([]);
  });
});
