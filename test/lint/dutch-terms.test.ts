import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One Dutch word for one thing. A snapshot of the personnel file at a reference date is a
 * *peilbestand* (the export at a peildatum, as an HR analyst says it): calibrate and backtest said
 * "momentopname" in their tables and notes and "peilbestand" in their messages.
 */
const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('Dutch terms', () => {
  it('calls a snapshot a peilbestand everywhere, never a momentopname (src and README)', () => {
    const found = [...sources(join(root, 'src')), join(root, 'README.md')].filter((f) => /momentopname/i.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(found).toEqual([]);
  });
});
