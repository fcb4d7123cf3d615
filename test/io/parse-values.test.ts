import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseDatePacked, parseInteger, parseNumber, parseShare } from '../../src/io/csv/parse-values.js';
import { detectDelimiter } from '../../src/io/csv/detect-delimiter.js';

describe('parseNumber', () => {
  it.each([
    ['0.8', 0.8],
    ['0,8', 0.8],
    [' 12,5 ', 12.5],
    ['-3', -3],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234.567', 1234567],
    ['1 234 567', 1234567],
    ['€ 42.000,00', 42000],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 10);
  });

  it('reads a lone separator before three digits as thousands only for amounts', () => {
    expect(parseNumber('52.000', 'amount')).toBe(52000);
    expect(parseNumber('52,000', 'amount')).toBe(52000);
    expect(parseNumber('0,500', 'amount')).toBe(0.5);
    expect(parseNumber('1,500')).toBe(1.5);
    expect(parseNumber('52.50', 'amount')).toBe(52.5);
  });

  it.each(['', 'abc', '1,2,3', '1.23.4', '12a', '1,234,56', '--1', '.'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe('parseShare and parseInteger', () => {
  it('reads percentages as shares', () => {
    expect(parseShare('80%')).toEqual({ value: 0.8, percent: true });
    expect(parseShare('12,5 %')?.value).toBeCloseTo(0.125, 12);
    expect(parseShare('0,4')).toEqual({ value: 0.4, percent: false });
    expect(parseShare('x%')).toBeUndefined();
  });
  it('reads whole numbers only', () => {
    expect(parseInteger('12')).toBe(12);
    expect(parseInteger('1.000')).toBe(1000);
    expect(parseInteger('12,5')).toBeUndefined();
  });
});

describe('parseDate', () => {
  it.each([
    ['1980-02-29', { year: 1980, month: 2, day: 29 }],
    ['29-02-1980', { year: 1980, month: 2, day: 29 }],
    ['29/02/1980', { year: 1980, month: 2, day: 29 }],
    ['19800229', { year: 1980, month: 2, day: 29 }],
    ['1-2-1980', { year: 1980, month: 2, day: 1 }],
    ['1980-2-1', { year: 1980, month: 2, day: 1 }],
    ['1980-02-01 00:00:00', { year: 1980, month: 2, day: 1 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('reads %j', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each(['31-02-1980', '1981-02-29', '1900-02-29', '1980-13-01', '00-01-1980', '19801301', '02/30/1980', '1980/02/01', '80-02-01', 'gisteren', ''])(
    'rejects %j (not a real date in a supported format)',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});

describe('parseDatePacked (the headcount reader\'s birth dates)', () => {
  const packed = (text: string): number => {
    const d = parseDate(text);
    return d === undefined ? -1 : d.year * 512 + d.month * 32 + d.day;
  };
  it.each(['1980-02-29', '29/02/1980', '19800229', '1-2-1980', '1980-02-01 00:00:00', '31-02-1980', '1900-02-29', 'gisteren', ''])('reads %j as parseDate does', (text) => {
    expect(parseDatePacked(text)).toBe(packed(text));
  });
  it('reads every date-like text as parseDate does', () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const dateLike = fc.oneof(
      fc.tuple(digits(4), fc.constantFrom('-', '/', ''), digits(2), fc.constantFrom('-', '/', ''), digits(2)).map((p) => p.join('')),
      fc.tuple(digits(2), fc.constantFrom('-', '/'), digits(2), fc.constantFrom('-', '/'), digits(4)).map((p) => p.join('')),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(dateLike, (text) => parseDatePacked(text) === packed(text)), { numRuns: 3000, seed: 42 });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\tc', '\t'],
    ['[a]|[b]|[c]', '|'],
    ['"x;y",b,c', ','],
    ['"a,b";"c,d";e', ';'],
    ['single', ','],
  ])('finds the delimiter of %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});
