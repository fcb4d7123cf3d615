import { describe, expect, it } from 'vitest';
import { CsvDiagnostics } from '../../src/io/csv/csv-diagnostics.js';

describe('CsvDiagnostics.hideValues', () => {
  // Found in review: the hidden value was taken out of the message wherever its characters stood, so a
  // personnel number 1001 in the hours column also cut '10012' and '1001,5' elsewhere in the message.
  it('takes the value out where it stands alone, quoted or not, and leaves it inside a longer number', () => {
    const d = new CsvDiagnostics('h.csv');
    d.error('CSV_BAD_NUMBER', 3, 4, { en: "hours '1001': expected at most 1001,5 (row 10012, value 1001)", nl: "uren '1001': verwacht ten hoogste 1001,5 (regel 10012, waarde 1001)" });
    d.hideValues('CSV_BAD_NUMBER', 4, new Map([[3, '1001']]), { en: '(not shown)', nl: '(niet getoond)' });
    const [only] = d.finish();
    expect(only!.message).toBe('hours (not shown): expected at most 1001,5 (row 10012, value (not shown))');
    expect(only!.messageNl).toBe('uren (niet getoond): verwacht ten hoogste 1001,5 (regel 10012, waarde (niet getoond))');
  });

  it('takes out a value with characters that mean something in a pattern', () => {
    const d = new CsvDiagnostics('h.csv');
    d.error('CSV_BAD_NUMBER', 2, 1, { en: 'fte 1.2(3)*: expected a number', nl: 'fte 1.2(3)*: verwacht een getal' });
    d.hideValues('CSV_BAD_NUMBER', 1, new Map([[2, '1.2(3)*']]), { en: '(not shown)', nl: '(niet getoond)' });
    expect(d.finish()[0]!.message).toBe('fte (not shown): expected a number');
  });
});
