import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot } from './run-spp.js';
import { escapeMarkdown, markdownCode, markdownTable } from '../../src/report/markdown.js';
import { terminalText } from '../../src/diagnostics/terminal-text.js';
import { formatDiagnosticsGithub } from '../../src/diagnostics/format-diagnostics.js';

/** #13 class 5: names from the data never become markup, terminal control or a spreadsheet formula. */

beforeAll(() => buildCli());

const HOSTILE = '\u001b[2JEvil | `x` <img src=x onerror=alert(1)> &lt;b&gt; \u001b]0;title\u0007\u0008line\nbreak';

/** The example data with F001's name made hostile and a headcount column named like a formula. */
function hostileProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-inject-'));
  const functions = readFileSync(join(repoRoot, 'fixtures/example/functions.csv'), 'utf8').replace(
    'F001,Medewerker Klantcontactcentrum,',
    `F001,"${HOSTILE}",`,
  );
  writeFileSync(join(dir, 'functions.csv'), functions);
  const headcount = readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8').replace('afdeling', '=HYPERLINK(1)');
  writeFileSync(join(dir, 'headcount.csv'), headcount);
  const scenario = readFileSync(join(repoRoot, 'scenarios/baseline.yaml'), 'utf8').replaceAll('../fixtures/example/', '');
  writeFileSync(join(dir, 'baseline.yaml'), scenario);
  copyFileSync(join(repoRoot, 'scenario.schema.json'), join(dir, 'scenario.schema.json'));
  return dir;
}

function spp(args: readonly string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/spp.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('Markdown writer', () => {
  it('escapes |, backticks, HTML, entities and line breaks', () => {
    const escaped = escapeMarkdown(HOSTILE);
    expect(escaped).not.toMatch(/[\n\u001b\u0007\u0008]/);
    expect(escaped).not.toMatch(/(^|[^\\])\|/);
    expect(escaped).not.toMatch(/(^|[^\\])`/);
    expect(escaped).not.toMatch(/(^|[^\\])<img/);
    expect(escaped).toContain('&amp;lt;b&amp;gt;');
  });

  it('keeps every row of a table at its number of cells, whatever the text', () => {
    const lines = markdownTable(['a', 'b'], ['l', 'r'], [[HOSTILE, { text: 'x|`y`', style: 'code' }]]);
    expect(lines).toHaveLength(3);
    const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length - 2;
    expect(lines.map(cells)).toEqual([2, 2, 2]);
    expect(markdownCode('a`b')).toBe('``a`b``');
  });
});

describe('terminal text', () => {
  it('removes escape sequences and control characters, keeping the printable text', () => {
    expect(terminalText('a\u001b[31mred\u001b[0m\u0007 b\r\nc\u009b')).toBe('ared b c');
  });

  it.each([
    // Red-team cases 1 and 2: an OSC without its terminator took the rest of the text with it.
    ['an unterminated OSC keeps the text after its introducer', 'Medewerker \u001b]0 Klant', 'Medewerker 0 Klant'],
    ['CSI then an unterminated OSC', 'F0\u001b[2J\u001b]0Y', 'F00Y'],
    ['a hyperlink OSC ended by BEL goes whole', 'F0\u001b]8;;http://evil\u0007X', 'F0X'],
    ['an OSC ended by ESC \\ goes whole', 'a\u001b]0;title\u001b\\b', 'ab'],
    ['a DCS ended by ST goes whole', 'a\u001bP1;2qpayload\u001b\\b', 'ab'],
    ['an unterminated DCS, APC, PM or SOS keeps the text', 'a\u001bPx \u001b_y \u001b^z \u001bXw', 'ax y z w'],
    ['an OSC cut by a line break is unterminated', 'a\u001b]0;t\nb\u0007c', 'a0;t bc'],
    ['C1 OSC, terminated and not', '\u009d0;title\u0007ok \u009d0 rest', 'ok 0 rest'],
    ['C1 CSI', 'a\u009b31mb', 'ab'],
    ['a charset escape goes whole', 'x\u001b(By', 'xy'],
    ['a lone ESC at the end', 'end\u001b', 'end'],
    // Red-team, session 14: a zero-width space counted as a column; a right-to-left override reversed what followed.
    ['a zero-width space and a byte-order mark go', 'Medewerker\u200BBurgerzaken\uFEFF', 'MedewerkerBurgerzaken'],
    ['bidirectional overrides, embeddings, isolates and marks go', 'a\u202Egnitset\u202C b\u2066c\u2069\u200F\u200E', 'agnitset bc'],
    // The rest of what a second probe found kept: joiners, soft hyphen, Arabic letter mark, separators, fillers, tags.
    ['every invisible format character and filler goes', 'a\u200Db\u200Cc\u00ADd\u061Ce\u2028f\u2029g\u180Eh\u034Fi\uFFF9j\u{E0001}k\u115Fl\u3164m\u17B4n', 'abcdefghijklmn'],
  ])('%s', (_what, input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });
});

describe('GitHub annotations', () => {
  it('cannot be ended or forged by a message or a path', () => {
    const out = formatDiagnosticsGithub([
      { code: 'CSV_BAD_NUMBER', severity: 'error', file: 'a,b:c.csv', line: 1, column: 1, message: 'bad\n::error::forged %0A', messageNl: 'fout\n::error::forged %0A' },
    ], 'en');
    expect(out.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(out).toContain('file=a%2Cb%3Ac.csv');
    expect(out).toContain('bad%0A::error::forged %250A');
  });

  it('carry no escape sequence or control character of the data (red-team case 1)', () => {
    const out = formatDiagnosticsGithub([
      { code: 'CSV_UNKNOWN_FUNCTION', severity: 'error', file: 'h\u001b[2J.csv', line: 8, column: 2, message: "function_id 'F0\u001b[2J\u001b]0Y' is not in the functions file.", messageNl: "function_id 'F0\u001b]8;;http://evil\u0007X' staat niet in het functiebestand." },
    ], 'nl');
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(out).toBe("::error file=h.csv,line=8,col=2,title=CSV_UNKNOWN_FUNCTION::function_id 'F0X' staat niet in het functiebestand.\n");
    expect(formatDiagnosticsGithub([{ code: 'CSV_UNKNOWN_FUNCTION', severity: 'error', file: 'h.csv', line: 8, column: 2, message: "function_id 'F0\u001b[2J\u001b]0Y' is not in the functions file.", messageNl: '' }], 'en')).toContain("function_id 'F00Y' is not in the functions file.");
  });
});

describe('outputs of a project with hostile names', () => {
  const dir = hostileProject();

  it('md: the name stays inside its cell and is no HTML', () => {
    const r = spp(['project', '-s', 'baseline.yaml', '-q', '-f', 'md', '--lang', 'en'], dir);
    expect(r.status, r.stderr).toBe(0);
    const row = r.stdout.split('\n').find((l) => l.includes('F001'))!;
    expect(row).toBeDefined();
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(r.stdout.split('\n').find((l) => l.startsWith('| Function'))!.split('|').length);
    expect(r.stdout).not.toMatch(/(^|[^\\])<img/);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('table: no escape sequence or control character of the data reaches the terminal', () => {
    const r = spp(['project', '-s', 'baseline.yaml', '-q', '-f', 'table'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it('csv: a --by column named like a formula is inert in the header too', () => {
    const r = spp(['project', '-s', 'baseline.yaml', '-q', '-f', 'csv', '--by', '=HYPERLINK(1)'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^"?'=HYPERLINK\(1\)/);
  });

  it('organise, plan and compare md escape the name too', () => {
    for (const args of [
      ['organise', '-s', 'baseline.yaml'],
      ['plan', '-s', 'baseline.yaml'],
      ['compare', 'baseline.yaml', 'baseline.yaml', '--all'],
    ]) {
      const r = spp([...args, '-q', '-f', 'md', '--lang', 'en'], dir);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/(^|[^\\])<img/);
      expect(r.stdout).not.toContain('\u001b');
    }
  });

  it('reskill md and explain md escape the name too', () => {
    const reskill = spp(['explain', 'F001', '-s', 'baseline.yaml', '-q', '-f', 'md'], dir);
    expect(reskill.status, reskill.stderr).toBe(0);
    expect(reskill.stdout.split('\n')[0]).not.toMatch(/(^|[^\\])<img/);
    expect(reskill.stdout).not.toContain('\u001b');
  });
});
