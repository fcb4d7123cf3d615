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

  it('writes usage errors of commander to the injected stderr as spp messages, in Dutch by default, exit 2', async () => {
    expect(await runSpp(['projekt'])).toEqual({ stdout: '', stderr: "spp: onbekend commando 'projekt'\n(Bedoelt u project?)\n", exitCode: 2 });
    expect(await runSpp(['projekt', '--lang', 'en'])).toEqual({ stdout: '', stderr: "spp: unknown command 'projekt'\n(Did you mean project?)\n", exitCode: 2 });
  });

  it.each([
    [['project', '--bogus'], "spp: onbekende optie '--bogus'", "spp: unknown option '--bogus'"],
    [['project', '-s'], "spp: optie '-s, --scenario <file>' mist haar waarde", "spp: option '-s, --scenario <file>' argument missing"],
    [['plan', '--objective', 'cheapest'], "spp: ongeldige waarde 'cheapest' voor optie '--objective <objective>': kies uit cost, redundancy", "spp: invalid value 'cheapest' for option '--objective <objective>': choose one of cost, redundancy"],
    [['explain'], "spp: het argument 'function' ontbreekt", "spp: missing required argument 'function'"],
    [['calibrate', 'a.csv', 'b.csv', 'c.csv'], "spp: te veel argumenten voor 'calibrate': 2 verwacht, 3 gekregen", "spp: too many arguments for 'calibrate'. Expected 2 arguments but got 3."],
    // explain and pathways take the words themselves: an unquoted code with a space is told how to quote it.
    [['explain', 'FIN', '14'], `spp: verwacht één functiecode, kreeg 2 woorden: 'FIN' '14'. Zet een code met een spatie erin tussen aanhalingstekens: spp explain "FIN 14"`, `spp: expected one function code, got 2 words: 'FIN' '14'. A code with a space in it goes in quotes: spp explain "FIN 14"`],
    [['pathways', 'Adviseur', '(sr.)'], `spp: verwacht één functiecode, kreeg 2 woorden: 'Adviseur' '(sr.)'. Zet een code met een spatie erin tussen aanhalingstekens: spp pathways "Adviseur (sr.)"`, `spp: expected one function code, got 2 words: 'Adviseur' '(sr.)'. A code with a space in it goes in quotes: spp pathways "Adviseur (sr.)"`],
  ])('says %j as spp does, in the language of --lang', async (args, nl, en) => {
    for (const [lang, text] of [['nl', nl], ['en', en]] as const) {
      // --lang right after the command: `-s` would take a --lang at the end as its file.
      const r = await runSpp([args[0]!, ...(lang === 'en' ? ['--lang=en'] : []), ...args.slice(1)]);
      expect(r).toMatchObject({ stdout: '', exitCode: 2 });
      expect(r.stderr).toBe(`${text}\n`);
    }
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
