import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/** `run(argv, io)` (src/cli/run.ts): the CLI in process, with its output and exit code its own. */
describe('run(argv, io)', () => {
  it('writes help and version to the injected stdout, exit 0', async () => {
    const help = await runSpp(['--help']);
    expect(help).toMatchObject({ exitCode: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: spp \[options\] \[command\]/);
    const sub = await runSpp(['project', '--help']);
    expect(sub.exitCode).toBe(0);
    expect(sub.stdout).toMatch(/^Usage: spp project \[options\]/);
    expect((await runSpp(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('writes usage errors of commander to the injected stderr, exit 2', async () => {
    expect(await runSpp(['projekt'])).toEqual({ stdout: '', stderr: "error: unknown command 'projekt'\n(Did you mean project?)\n", exitCode: 2 });
  });

  it('keeps runs at the same time apart: each its own output and exit code', async () => {
    const args = [
      ['project', '-q', '--format', 'csv', '--year', '2030'],
      ['project', '-q', '--format', 'json', '--fail-on', 'shortage>10'],
      ['validate', 'fixtures/validate/broken'],
      ['explain', 'F003', '-q', '--format', 'md'],
    ];
    const alone = [];
    for (const a of args) alone.push(await runSpp(a));
    const together = await Promise.all(args.map((a) => runSpp(a)));
    expect(together).toEqual(alone);
    expect(together.map((r) => r.exitCode)).toEqual([0, 1, 1, 0]);
  });
});
