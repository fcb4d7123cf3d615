import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/** Red team (round A): `spp help foo` and `spp data --help` showed the general help with exit 0; an unknown command is exit 2 (README, Exit codes). */
describe('help for a command spp does not have', () => {
  it.each([
    [['help', 'foo'], "spp: onbekend commando 'foo'\n"],
    // data-command.ts holds options the data commands share; there is no `spp data`.
    [['data', '--help'], "spp: onbekend commando 'data'\n"],
    [['data', '-h'], "spp: onbekend commando 'data'\n"],
    [['--help', 'data'], "spp: onbekend commando 'data'\n"],
    [['help', 'projekt', '--lang', 'en'], "spp: unknown command 'projekt'\n(Did you mean project?)\n"],
  ])('%j is an unknown command, exit 2, as without help', async (argv, message) => {
    expect(await runSpp(argv)).toEqual({ stdout: '', stderr: message, exitCode: 2 });
  });

  it.each([[['help']], [['help', 'project']], [['project', '--help']], [['--help']]])('%j still shows help, exit 0', async (argv) => {
    const r = await runSpp(argv);
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Usage: spp/);
  });
});
