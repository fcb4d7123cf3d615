import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, expectGoldenRun, repoRoot, runBinary, runSpp } from './run-spp.js';

/**
 * The few end-to-end runs of the BUILT binary (`node bin/spp.js`): what the in-process tests cannot
 * see — bin/ and main.ts wiring argv and the exit code of a real process, and a real broken pipe.
 * Everything else runs in process (run-spp.ts).
 */
beforeAll(() => buildCli());

describe('the spp binary', () => {
  it('prints its help and version, exit 0', () => {
    const help = runBinary(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(/^Usage: spp \[options\] \[command\]/);
    for (const command of ['validate', 'project', 'explain', 'reskill', 'pathways', 'report', 'init', 'schema', 'generate']) {
      expect(help.stdout).toContain(`  ${command}`);
    }
    const version = runBinary(['--version']);
    expect(version.exitCode).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('projects the example exactly as the in-process entry does (golden)', async () => {
    const args = ['project', '--format', 'table'];
    const binary = expectGoldenRun('project-example-table', args, runBinary(args));
    expect(binary).toEqual(await runSpp(args));
  });

  it('exits 1 on invalid input and on --fail-on, 2 on a usage error, without a stack trace', () => {
    const invalid = runBinary(['project', '--lang', 'en', '-s', 'fixtures/scenario/unknown-key/scenario.yaml']);
    expect(invalid.exitCode).toBe(1);
    expect(invalid.stderr).toMatch(/scenario\.yaml:\d+:\d+\s+error/);
    const failOn = runBinary(['project', '-q', '--format', 'json', '--fail-on', 'shortage>10']);
    expect(failOn.exitCode).toBe(1);
    expect(JSON.parse(failOn.stdout).schema).toBe('spp.result/1'); // the result is written all the same
    const usage = runBinary(['project', '--bogus']);
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr).toBe("spp: onbekende optie '--bogus'\n");
    for (const run of [invalid, failOn, usage]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says only its own located error for a YAML key that is a list, no Node warning of the YAML library', () => {
    const run = runBinary(['validate', '--lang', 'en', 'fixtures/scenario/yaml-complex-key/scenario.yaml']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr + run.stdout).toMatch(/scenario\.yaml:3:3\s+error.*YAML_COMPLEX_KEY/);
    // Was: "(node:1683) Warning: Keys with collection values will be stringified … Set mapAsMap: true …"
    expect(run.stderr).not.toMatch(/\(node:\d+\)|Warning:|mapAsMap/);
  });

  it('exits 0 quietly when the reader closes the pipe early (spp … | head)', () => {
    const r = spawnSync('bash', ['-c', `node bin/spp.js project -q --format csv | head -n 1`], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('function_id,')).toBe(true);
  });
});
