import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvDiagnostics } from '../../src/io/csv/csv-diagnostics.js';
import { streamCsv, type CsvTuning } from '../../src/io/csv/stream-csv.js';

/**
 * streamCsv splits quote-free lines itself and leaves the rest to csv-parse. Whatever the bytes,
 * chunk size and delimiter, it must give exactly what csv-parse alone gives: the same header,
 * rows, physical lines, dialect and diagnostics.
 */

const dir = mkdtempSync(join(tmpdir(), 'spp-stream-csv-'));
let n = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
}

/** Everything streamCsv tells its caller, as data. */
async function observeWith(path: string, tuning: CsvTuning, delimiter?: string, stopAfterHeader = false) {
  const events: unknown[] = [];
  const diagnostics = new CsvDiagnostics(path);
  const result = await streamCsv(
    path,
    delimiter === undefined ? {} : { delimiter },
    diagnostics,
    {
      header: (names, line) => {
        events.push(['header', names, line]);
        return !stopAfterHeader;
      },
      row: (fields, line) => events.push(['row', [...fields], line]),
    },
    tuning,
  );
  return { events, result, diagnostics: diagnostics.finish() };
}

/** Asserts the fast splitter (at several chunk sizes) and csv-parse alone agree on `content`. */
async function expectSame(content: string | Buffer, delimiter?: string, chunkSizes = [1, 5, 64, 64 * 1024]): Promise<void> {
  const path = file(content);
  for (const chunkBytes of chunkSizes) {
    // Encoding detection looks at each chunk, so csv-parse alone is read in the same chunks.
    const reference = await observeWith(path, { fastSplit: false, chunkBytes }, delimiter);
    const fast = await observeWith(path, { chunkBytes }, delimiter);
    expect(fast, `chunks of ${chunkBytes} bytes`).toEqual(reference);
  }
}

describe('fast splitting agrees with csv-parse', () => {
  it('on a plain file, with LF and with CRLF line endings', async () => {
    const lines = ['employee_id,function_id,fte', 'E1,F1,0.8', 'E2,F2,1', '', '  ', 'E3,F1,0.5,', 'E4,F1'];
    await expectSame(lines.join('\n') + '\n');
    await expectSame(lines.join('\r\n') + '\r\n');
    await expectSame(lines.join('\n'));
    await expectSame(lines.join('\r\n'));
    const path = file(lines.join('\n') + '\n');
    const { events, result } = await observeWith(path, {});
    expect(result.rows).toBe(4); // the ragged last row counts, and is reported
    expect(events).toEqual([
      ['header', ['employee_id', 'function_id', 'fte'], 1],
      ['row', ['E1', 'F1', '0.8'], 2],
      ['row', ['E2', 'F2', '1'], 3],
      ['row', ['E3', 'F1', '0.5'], 6],
    ]);
  });

  it('with a BOM, Windows-1252, invalid UTF-8 and other delimiters', async () => {
    await expectSame(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a;b\n1;é\n2;ü\n')]));
    await expectSame(Buffer.from('a;b\n1;caf\xe9\n2;x\n', 'latin1'));
    await expectSame(Buffer.concat([Buffer.from('a,b\n1,caf\u00e9\n'), Buffer.from([0x32, 0x2c, 0xff, 0x0a]), Buffer.from('3,x\n')]));
    await expectSame('a\tb\n1\t2\n', 'tab');
    await expectSame('a|b\n1|2\n3\n');
    await expectSame('single\nx\ny\n');
  });

  it('when quotes, stray CRs or mixed line endings appear after plain lines', async () => {
    const plain = Array.from({ length: 50 }, (_, i) => `E${i},F${i % 3},0.${i % 10}`).join('\n');
    await expectSame(`id,f,fte\n${plain}\nE9,"F, quoted\nover two lines",1\nE10,F1,1\n`);
    await expectSame(`id,f,fte\n${plain}\nE9,"never closed,1\nE10,F1,1\n`);
    await expectSame(`id,f,fte\n${plain}\nE9,F\r1,1\nE10,F1,1\n`);
    await expectSame(`id,f,fte\r\n${plain}\nE9,F1,1\r\n`);
    await expectSame(`id,f,fte\r${plain.replace(/\n/g, '\r')}\r`);
    await expectSame(`"id",f,fte\n${plain}\n`);
  });

  it('on lines longer than the fast splitter takes, and over csv-parse\'s record limit', async () => {
    await expectSame(`a,b\n1,${'x'.repeat(70_000)}\n2,y\n`, undefined, [1000, 64 * 1024]);
    await expectSame(`a,b\n1,${'x'.repeat(1_100_000)}\n2,y\n`, undefined, [64 * 1024]);
    await expectSame(`a,b\n1,"${'x'.repeat(1_100_000)}\n2,y\n`, undefined, [64 * 1024]);
  });

  it('splits CRLF and LF lines mixed in one file, whichever comes first (LF lines ran together into ragged rows)', async () => {
    for (const content of ['id,f,fte\r\nE1,F1,1\nE2,F2,0.5\r\nE3,F1,1\n', 'id,f,fte\nE1,F1,1\r\nE2,F2,0.5\nE3,F1,1\r\n']) {
      await expectSame(content);
      for (const fastSplit of [true, false]) {
        const { events, diagnostics } = await observeWith(file(content), { fastSplit });
        expect(diagnostics).toEqual([]);
        expect(events).toEqual([
          ['header', ['id', 'f', 'fte'], 1],
          ['row', ['E1', 'F1', '1'], 2],
          ['row', ['E2', 'F2', '0.5'], 3],
          ['row', ['E3', 'F1', '1'], 4],
        ]);
      }
    }
  });

  it('reports a row over the record limit once, however long it is (it was once per chunk csv-parse gave up on)', async () => {
    const content = `a,b\n1,x\n2,${'y'.repeat(2_500_000)}\n3,z\n`;
    await expectSame(content, undefined, [64 * 1024]);
    const { events, diagnostics } = await observeWith(file(content), {});
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['CSV_PARSE_ERROR', 3]]);
    expect(events[0]).toEqual(['header', ['a', 'b'], 1]);
  });

  it('reads on after a line over the record limit, at any chunk size (csv-parse dropped every row after it)', async () => {
    const content = `a,b
1,x
2,${'y'.repeat(1_500_000)}
3,z
4,w`;
    for (const chunkBytes of [1000, 64 * 1024, 4 * 1024 * 1024]) {
      for (const fastSplit of [true, false]) {
        const { events, diagnostics } = await observeWith(file(content), { fastSplit, chunkBytes });
        expect(diagnostics.map((d) => [d.code, d.line]), `${chunkBytes} ${fastSplit}`).toEqual([['CSV_PARSE_ERROR', 3]]);
        expect(events, `${chunkBytes} ${fastSplit}`).toEqual([
          ['header', ['a', 'b'], 1],
          ['row', ['1', 'x'], 2],
          ['row', ['3', 'z'], 4],
          ['row', ['4', 'w'], 5],
        ]);
      }
    }
  });

  it("reads an old-Mac file of lone CRs longer than the record limit whole, and cuts an over-long line out of it and of a CRLF file", async () => {
    // The guard once took a >1 MB file without LF for one over-long line and read nothing.
    const rows = ['id,f,fte', ...Array.from({ length: 120_000 }, (_, i) => `E${i},F${i % 7},1`)];
    for (const fastSplit of [true, false]) {
      const { events, diagnostics } = await observeWith(file(`${rows.join('\r')}\r`), { fastSplit });
      expect(diagnostics).toEqual([]);
      expect(events.length).toBe(rows.length);
      expect(events.at(-1)).toEqual(['row', ['E119999', 'F5', '1'], 120_001]);
    }
    const long = ['a,b', '1,x', `2,${'y'.repeat(1_200_000)}`, '3,z'];
    for (const eol of ['\r', '\r\n']) {
      for (const chunkBytes of [1000, 64 * 1024]) {
        const { events, diagnostics } = await observeWith(file(`${long.join(eol)}${eol}`), { chunkBytes });
        expect(diagnostics.map((d) => [d.code, d.line]), JSON.stringify(eol)).toEqual([['CSV_PARSE_ERROR', 3]]);
        expect(events, JSON.stringify(eol)).toEqual([['header', ['a', 'b'], 1], ['row', ['1', 'x'], 2], ['row', ['3', 'z'], 4]]);
      }
    }
  });

  it('stops at a header line over the record limit, saying so (not "the file is empty")', async () => {
    const { events, diagnostics } = await observeWith(file(`${'h'.repeat(1_200_000)}
1,2
`), {});
    expect(events).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([['CSV_PARSE_ERROR', 1, 'the header line is longer than 1000000 bytes: expected column names (is this a CSV export?); nothing is read']]);
  });

  it('when the reader stops after the header', async () => {
    const path = file('a,b\n1,2\n3,4\n');
    const fast = await observeWith(path, {}, undefined, true);
    const reference = await observeWith(path, { fastSplit: false }, undefined, true);
    expect(fast).toEqual(reference);
    expect(fast.events).toEqual([['header', ['a', 'b'], 1]]);
  });

  it('on random bytes of CSV characters', async () => {
    const alphabet = ['a', 'b', '1', ' ', ',', ';', '"', '\n', '\n', '\n', '\r', '\r\n', 'é'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 80 }), async (parts) => {
        await expectSame(parts.join(''));
      }),
      { numRuns: 150, seed: 2026 },
    );
  });

  it('on random quote-free lines, with a quote or stray CR now and then', async () => {
    const line = fc.array(fc.constantFrom('a', 'é', ' ', ',', ',', ';'), { maxLength: 12 }).map((c) => c.join(''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom('', '', '"', '\r', '\n', '"x"'),
        fc.nat(200),
        async (lines, ending, trailing, odd, at) => {
          const text = lines.join(ending) + (trailing ? ending : '');
          const i = at % (text.length + 1);
          await expectSame(text.slice(0, i) + odd + text.slice(i));
        },
      ),
      { numRuns: 200, seed: 2027 },
    );
  });
});

describe('the SHA-256 of the file, taken during the one read', () => {
  const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('is the hash of every byte, BOM and Windows-1252 included, at any chunk size and either splitter', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `E${i};F00${i % 7};0,8;Jos\xe9 ${i}`).join('\r\n');
    const contents = [
      'id,name\n1,"a, quoted\nfield"\n2,b\n',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id;fte\n1;0,5\n')]),
      Buffer.from(`employee_id;function_id;fte;naam\r\n${rows}`, 'latin1'),
    ];
    for (const content of contents) {
      const path = file(content);
      for (const tuning of [{}, { chunkBytes: 7 }, { fastSplit: false, chunkBytes: 4096 }]) {
        expect((await observeWith(path, tuning)).result.sha256).toBe(sha(path));
      }
    }
  });

  it('is not given when reading stopped early (the stamp then hashes the file itself)', async () => {
    const path = file('id,name\n1,a\n');
    expect((await observeWith(path, {}, undefined, true)).result.sha256).toBeUndefined();
  });
});
