import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { isDiagnosticCode } from '../../src/diagnostics/codes.js';

/**
 * #13 classes 8 and 9: what every data command calls first, fed a scenario with its values mutated
 * (a refused value now still reads the data, as spp validate does). It returns inputs or throws a
 * UserError with located diagnostics — never another exception. Fixed seed, bounded runs.
 */

const root = join(import.meta.dirname, '../..');
const SEED = 20261129;
const RUNS = Number(process.env['SPP_FUZZ_RUNS'] ?? 30);
const scratch = mkdtempSync(join(tmpdir(), 'spp-fuzz-load-'));
const example = join(root, 'fixtures/example');

/** The example scenario's text with its data paths made absolute. */
const baseline = readFileSync(join(root, 'scenarios/baseline.yaml'), 'utf8').replaceAll('../fixtures/example/', `${example}/`);
let n = 0;
const lines = baseline.split('\n');

/** A line of the scenario with one of its values replaced by something a careless or hostile user types. */
const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom('0,5', '20%', '-1', '1e309', 'NaN', '__proto__', 'constructor', '99991231', '"', '[', '{', '', 'F999', 'ja', '~', '*a', '&a x', '1.5', '2026-13-01'),
);

describe('loadInputs on a mutated scenario', { timeout: 120_000 }, () => {
  it('returns inputs or a UserError with located diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
        const out = [...lines];
        for (const [at, value] of edits) {
          const i = at % out.length;
          // Replace the value after the line's first ': ' (or the list item's), else append it.
          out[i] = /: /.test(out[i]!) ? out[i]!.replace(/: .*$/, `: ${value}`) : `${out[i]!}${value}`;
        }
        const dir = join(scratch, String(n++));
        mkdirSync(dir);
        writeFileSync(join(dir, 'scenario.yaml'), out.join('\n'));
        try {
          await loadInputs({ scenario: join(dir, 'scenario.yaml') });
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          expect(error.message).not.toMatch(/\n\s+at |undefined|\[object/);
          for (const d of error.diagnostics) {
            expect(isDiagnosticCode(d.code), d.code).toBe(true);
            expect(d.line >= 0 && d.column >= 0, JSON.stringify(d)).toBe(true);
            expect(d.message).not.toMatch(/undefined|\[object|(?<!')NaN/);
          }
          if (error.exitCode === 1) expect(error.diagnostics.length, error.message).toBeGreaterThan(0);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
