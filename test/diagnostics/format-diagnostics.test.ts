import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import {
  diagnosticsJson,
  displayPath,
  escapeData,
  escapeProperty,
  formatDiagnosticsGithub,
  formatDiagnosticsJson,
  formatDiagnosticsText,
} from '../../src/diagnostics/format-diagnostics.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  code: 'SCENARIO_UNKNOWN_KEY',
  severity: 'error',
  file: resolve('scenarios/a.yaml'),
  line: 1,
  column: 1,
  message: 'm',
  messageNl: `nl: ${over.message ?? 'm'}`,
  ...over,
});

const sample: Diagnostic[] = [
  d({ line: 9, column: 3, message: "unknown key 'strat' in horizon. Did you mean 'start'?" }),
  d({ code: 'FLOW_SELF_TRANSITION', severity: 'warning', line: 12, column: 5, message: 'self' }),
  d({ code: 'CSV_UNKNOWN_COLUMNS', severity: 'notice', file: resolve('data/headcount.csv'), line: 1, column: 3, message: 'unused' }),
  d({ code: 'SCENARIO_EMPTY', file: 'scenarios/b.yaml', line: 0, column: 0, message: 'whole file' }),
];

describe('text', () => {
  it('groups by file, puts errors last within a file and ends with a summary', () => {
    expect(formatDiagnosticsText(sample, { color: false, lang: 'en' })).toBe(
      [
        'data/headcount.csv:1:3  notice  unused  (CSV_UNKNOWN_COLUMNS)',
        'scenarios/a.yaml:12:5  warning  self  (FLOW_SELF_TRANSITION)',
        "scenarios/a.yaml:9:3  error  unknown key 'strat' in horizon. Did you mean 'start'?  (SCENARIO_UNKNOWN_KEY)",
        'scenarios/b.yaml  error  whole file  (SCENARIO_EMPTY)',
        '2 errors, 1 warning, 1 notice in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('uses singular words for one', () => {
    expect(formatDiagnosticsText([sample[0]!], { color: false, lang: 'en' }).split('\n').at(-2)).toBe('1 error, 0 warnings in 1 file');
  });

  it('is empty for no diagnostics', () => {
    expect(formatDiagnosticsText([], { color: false, lang: 'en' })).toBe('');
  });

  it('colours only when asked', () => {
    expect(formatDiagnosticsText(sample, { color: false, lang: 'en' })).not.toContain('\u001b[');
    expect(formatDiagnosticsText(sample, { color: true, lang: 'en' })).toContain('\u001b[');
  });
});

describe('Dutch (--lang nl)', () => {
  it('writes the Dutch text and Dutch frame words, singular and plural', () => {
    expect(formatDiagnosticsText(sample, { color: false, lang: 'nl' })).toBe(
      [
        'data/headcount.csv:1:3  melding  nl: unused  (CSV_UNKNOWN_COLUMNS)',
        'scenarios/a.yaml:12:5  waarschuwing  nl: self  (FLOW_SELF_TRANSITION)',
        "scenarios/a.yaml:9:3  fout  nl: unknown key 'strat' in horizon. Did you mean 'start'?  (SCENARIO_UNKNOWN_KEY)",
        'scenarios/b.yaml  fout  nl: whole file  (SCENARIO_EMPTY)',
        '2 fouten, 1 waarschuwing, 1 melding in 3 bestanden',
        '',
      ].join('\n'),
    );
    expect(formatDiagnosticsText([sample[0]!], { color: false, lang: 'nl' }).split('\n').at(-2)).toBe('1 fout, 0 waarschuwingen in 1 bestand');
  });

  it('annotates GitHub in the chosen language, keeping the code as the title', () => {
    expect(formatDiagnosticsGithub([sample[3]!], 'nl')).toBe('::error file=scenarios/b.yaml,title=SCENARIO_EMPTY::nl: whole file\n');
  });
});

describe('github', () => {
  it('writes workflow commands with relative paths', () => {
    expect(formatDiagnosticsGithub(sample, 'en')).toBe(
      [
        '::notice file=data/headcount.csv,line=1,col=3,title=CSV_UNKNOWN_COLUMNS::unused',
        "::error file=scenarios/a.yaml,line=9,col=3,title=SCENARIO_UNKNOWN_KEY::unknown key 'strat' in horizon. Did you mean 'start'?",
        '::warning file=scenarios/a.yaml,line=12,col=5,title=FLOW_SELF_TRANSITION::self',
        '::error file=scenarios/b.yaml,title=SCENARIO_EMPTY::whole file',
        '',
      ].join('\n'),
    );
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\x,y%')).toBe('C%3A\\x%2Cy%25');
    const line = formatDiagnosticsGithub([d({ file: 'odd,name:1.yaml', message: 'line one\nline two 100%' })], 'en');
    expect(line).toBe('::error file=odd%2Cname%3A1.yaml,line=1,col=1,title=SCENARIO_UNKNOWN_KEY::line one%0Aline two 100%25\n');
  });
});

describe('json', () => {
  it('follows spp.diagnostics/1 with counts and sorted, relative entries', () => {
    const json = diagnosticsJson(sample);
    expect(json.schema).toBe('spp.diagnostics/1');
    expect(json.errors).toBe(2);
    expect(json.warnings).toBe(1);
    expect(json.diagnostics.map((x) => `${x.file}:${x.line}`)).toEqual([
      'data/headcount.csv:1',
      'scenarios/a.yaml:9',
      'scenarios/a.yaml:12',
      'scenarios/b.yaml:0',
    ]);
    expect(Object.keys(json.diagnostics[0]!)).toEqual(['code', 'severity', 'file', 'line', 'column', 'message', 'message_nl']);
    // Both texts, whatever --lang says: `message` stays English for scripts, `message_nl` is the Dutch one.
    expect([json.diagnostics[0]!.message, json.diagnostics[0]!.message_nl]).toEqual(['unused', 'nl: unused']);
    expect(JSON.parse(formatDiagnosticsJson(sample))).toEqual(json);
  });
});

describe('displayPath', () => {
  it('makes absolute paths relative to the current directory and leaves relative ones', () => {
    expect(displayPath('/work/x/scenarios/a.yaml', '/work/x')).toBe('scenarios/a.yaml');
    expect(displayPath('/work/shared/a.yaml', '/work/x')).toBe('../shared/a.yaml');
    expect(displayPath('scenarios/a.yaml', '/work/x')).toBe('scenarios/a.yaml');
  });

  it('names a path far outside the current directory as it is: /dev/null, not ../../dev/null', () => {
    expect(displayPath('/dev/null', '/work/x')).toBe('/dev/null');
    expect(displayPath('/elsewhere/a.yaml', '/work/x')).toBe('/elsewhere/a.yaml');
  });
});
