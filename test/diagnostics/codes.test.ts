import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, isDiagnosticCode } from '../../src/diagnostics/codes.js';

/** The README's diagnostics table is the code table: same codes, same severities, same meanings. */
describe('diagnostic codes', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Diagnostics'), readme.indexOf('\n## ', readme.indexOf('## Diagnostics') + 5));
  const rows = [...section.matchAll(/^\| `([A-Z0-9_]+)` \| (\w+) \| (.*) \|$/gm)].map((m) => [m[1]!, m[2]!, m[3]!.replace(/\\\|/g, '|')]);

  it('lists every code once, in the table order, with its severity and meaning', () => {
    expect(rows).toEqual(Object.entries(DIAGNOSTIC_CODES).map(([code, d]) => [code, d.severity, d.meaning]));
  });

  it('knows its codes', () => {
    expect(isDiagnosticCode('CSV_EMPTY')).toBe(true);
    expect(isDiagnosticCode('constructor')).toBe(false);
  });
});
