import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv.js';

/** Names as real exports have them: a line break typed in a cell (Alt+Enter), delimiters, quotes. */
const names = ['Bestuursadviseur\nGriffie', 'Medewerker\r\nPost', 'Oud\rnieuw', 'Zaken, Post; Repro | KCC', 'Adviseur "Online"'];

describe('renderCsv', () => {
  for (const dialect of ['rfc', 'excel-nl'] as const) {
    it(`keeps a name with a line break in one field (${dialect})`, () => {
      const text = renderCsv(['function_id', 'name', 'fte'], names.map((name, i) => [`0${i}`, name, 1.5]), dialect);
      // As a spreadsheet reads it: any line break outside quotes ends a row (Excel, LibreOffice).
      const rows = parse(text.replace(/^\uFEFF/, ''), { delimiter: dialect === 'excel-nl' ? ';' : ',', record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
      expect(rows.map((r) => r.length)).toEqual(names.map(() => 3).concat(3));
      expect(rows.slice(1).map((r) => r[1])).toEqual(names);
      expect(rows.slice(1).map((r) => r[0])).toEqual(names.map((_, i) => `0${i}`));
      for (const name of names.filter((n) => /[\r\n]/.test(n))) expect(text).toContain(`"${name}"`);
    });
  }
});
