import { describe, expect, it } from 'vitest';
import { dateInFileName, yearInFileName } from '../../src/app/snapshot-year.js';

describe('the reference year in a snapshot file name', () => {
  it('reads a year alone or in a date, the last one in the name', () => {
    expect(yearInFileName('headcount-2025.csv')).toBe(2025);
    expect(yearInFileName('export_20250101.csv')).toBe(2025);
    expect(yearInFileName('personeel 2025')).toBe(2025);
    expect(yearInFileName('bezetting 01-01-2025.csv')).toBe(2025);
    expect(yearInFileName('personeel_01-01-2026.csv')).toBe(2026);
    expect(yearInFileName('2023 naar 2025.csv')).toBe(2025);
    expect(yearInFileName('x_2024-12.csv')).toBe(2024);
    expect(yearInFileName('v12345.csv')).toBeUndefined();
    expect(yearInFileName('headcount.csv')).toBeUndefined();
  });

  it('takes a date of 31 December as 1 January of the next year, and says which date it read', () => {
    expect(dateInFileName('bezetting 31-12-2024.csv')).toEqual({ year: 2025, yearEnd: '31-12-2024' });
    expect(dateInFileName('Bezetting per 31.12.2025.csv')).toEqual({ year: 2026, yearEnd: '31.12.2025' });
    expect(dateInFileName('export_20241231.csv')).toEqual({ year: 2025, yearEnd: '20241231' });
    expect(dateInFileName('export-2024-12-31.csv')).toEqual({ year: 2025, yearEnd: '2024-12-31' });
    expect(dateInFileName('export-2024-12-30.csv')).toEqual({ year: 2024 });
  });

  it('takes the year of a Raet export named by one of its files from its folder', () => {
    expect(yearInFileName('exports/raet-2026/Aanstellingen.csv')).toBe(2026);
    expect(yearInFileName('exports/raet-2026/medewerker.csv')).toBe(2026);
    expect(yearInFileName('exports/2026/headcount.csv')).toBeUndefined();
  });
});
