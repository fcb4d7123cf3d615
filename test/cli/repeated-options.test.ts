import type { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { runSpp } from './run-spp.js';

/**
 * Red team (round A): an option that takes one value kept the last of two silently (`--year 2030
 * --year 2031`), where -s, -f, -o, --functions … were refused. Every command's every such option is tried.
 */

/** Options that collect a list and may be repeated: `--fail-on`, and `-s` where scenarios sit side by side. */
const REPEATABLE: Record<string, readonly string[]> = { project: ['--fail-on'], plan: ['--fail-on'], report: ['--scenario'], compare: ['--scenario'] };

/** Two values each option's own parser accepts (the first and second), so that only the repetition is wrong. */
const SAMPLE: Record<string, [string, string]> = {
  '--year': ['2030', '2031'],
  '--from': ['2024', '2025'],
  '--to': ['2025', '2026'],
  '--runs': ['10', '20'],
  '--seed': ['1', '2'],
  '--delta': ['0.1', '0.2'],
  '--persons': ['10', '20'],
  '--min-at-risk': ['3', '4'],
  '--joiners': ['1', '2'],
  '--delimiter': [';', ','],
  '--functions': ['5', '6'], // generate: a number; elsewhere a file name, which is not read before the refusal
};

function valuesOf(option: Option): [string, string] {
  const choices = option.argChoices;
  // The messages speak the last --lang: Dutch, as the other cases.
  if (option.long === '--lang') return ['en', 'nl'];
  if (choices !== undefined) return [choices[0]!, choices[1] ?? choices[0]!];
  return SAMPLE[option.long ?? ''] ?? ['a.txt', 'b.txt'];
}

const cases = commands.flatMap((make) => {
  const command = make();
  return command.options
    .filter((o) => (o.required || o.optional) && !(REPEATABLE[command.name()] ?? []).includes(o.long ?? ''))
    .map((o) => [command.name(), o.long ?? o.flags, ...valuesOf(o)] as const);
});

describe('every option that takes one value, given twice', () => {
  it('covers the options of every command', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(cases).toContainEqual(['project', '--year', '2030', '2031']);
  });

  it.each(cases)('%s %s: refused with exit 2, naming the option and both values', async (command, flag, a, b) => {
    const r = await runSpp([command, flag, a, flag, b]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`spp: ${flag} twee keer opgegeven ('${a}', '${b}')`);
    expect(r.exitCode).toBe(2);
  });

  it('lets --fail-on repeat', async () => {
    const failOn = await runSpp(['project', '-q', '-f', 'json', '--fail-on', 'shortage>100000', '--fail-on', 'surplus>100000']);
    expect(failOn.exitCode, failOn.stderr).toBe(0);
  });
});
