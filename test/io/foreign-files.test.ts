import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFunctions } from '../../src/io/read-functions.js';
import { readScenario } from '../../src/io/read-scenario.js';

/**
 * #13 class 4: a scenario may point `extends:` or `data:` at any regular file — a hostile one at
 * /etc/shadow or a .env — and the messages must not echo that file's lines into a CI log.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-foreign-'));
const secret = 'root:$6$Qx1vR0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789:20228:0:99999:7:::';

describe('a file that is not what the scenario says it is', () => {
  it('extends: a password file — no line of it in any message or path', async () => {
    writeFileSync(join(dir, 'shadow'), `${secret}\ndaemon:*:20228:0:99999:7:::\n`);
    writeFileSync(join(dir, 's.yaml'), 'extends: shadow\nid: s\n');
    const { diagnostics } = await readScenario(join(dir, 's.yaml'));
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(`${d.message} ${d.path ?? ''}`).not.toMatch(/root|daemon|99999|\$6\$/);
    }
    expect(diagnostics.map((d) => d.code)).toContain('SCENARIO_UNKNOWN_KEY');
    expect(diagnostics.find((d) => d.code === 'SCENARIO_UNKNOWN_KEY')!.message).toMatch(/does not look like a scenario key \(not shown: is this file a scenario\?\)/);
  });

  it('an ordinary unknown key is still named, with the nearest valid one', async () => {
    writeFileSync(join(dir, 't.yaml'), 'id: t\nhorizon: { start: 2026, end: 2030 }\nworkfroce: {}\n');
    const { diagnostics } = await readScenario(join(dir, 't.yaml'));
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/unknown key 'workfroce'.*workforce/)]);
  });

  it('data.functions: /etc/passwd or a .env — the first line is not echoed as "headers found"', async () => {
    for (const content of ['root:x:0:0:root:/root:/bin/bash\nbin:x:1:1::/:/usr/sbin/nologin\n', `AWS_SECRET_ACCESS_KEY=${'k'.repeat(40)}\nX=1\n`]) {
      writeFileSync(join(dir, 'functions.csv'), content);
      const { diagnostics } = await readFunctions(join(dir, 'functions.csv'));
      expect(diagnostics.some((d) => d.code === 'CSV_MISSING_COLUMN')).toBe(true);
      for (const d of diagnostics) expect(d.message).not.toMatch(/root|bash|AWS|kkkk/);
    }
  });

  it('an export with a Dutch header that is not a known column still names it', async () => {
    writeFileSync(join(dir, 'functions.csv'), 'Functie code;Omschrijving\nF001;Medewerker\n');
    const { diagnostics } = await readFunctions(join(dir, 'functions.csv'));
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/'Functie code'|'Omschrijving'/);
  });
});
