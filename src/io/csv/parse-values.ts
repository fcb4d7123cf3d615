/**
 * Parsing of cell values as Dutch and international HR exports write them (SPEC §2.1): decimal point
 * or decimal comma, thousands separators, percentages, and the four date formats. Every parser
 * returns `undefined` for text it cannot read, so the caller can emit a diagnostic with its position.
 */

import type { Hint, Message } from '../../diagnostics/message.js';

/** How a lone separator followed by exactly three digits is read ("52.000", "1,500"). */
export type NumberKind = 'decimal' | 'amount';

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const SIMPLE_DECIMAL = /^(\d+)[.,](\d+)$/;

/**
 * A name or family on one line: a line break or tab inside the cell (Alt+Enter in Excel, a wrapped
 * cell in the HR system) and the spaces around it read as one space, so "Bestuursadviseur⏎Griffie"
 * is "Bestuursadviseur Griffie" in every output, and in a scenario that names the family.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\t\v\f]\s*/g, ' ').trim();
}

/**
 * A number from a cell. `decimal`: a lone `.` or `,` is the decimal mark (`0,8` = 0.8).
 * `amount` (euros, counts): a lone separator followed by exactly three digits is a thousands
 * separator (`52.000` = 52000), since amounts are never written with three decimals.
 * With both separators, the last one is the decimal mark (`1.234,56`, `1,234.56`).
 */
export function parseNumber(text: string, kind: NumberKind = 'decimal', decimalComma = false): number | undefined {
  if (decimalComma) return parseDecimalComma(text);
  let s = text.trim();
  if (s === '') return undefined;
  // Fast path for the common "0,8" / "32.5" (a million-row file has one in every row).
  const simple = SIMPLE_DECIMAL.exec(s);
  if (simple !== null && (kind === 'decimal' || simple[2]!.length !== 3 || simple[1] === '0')) {
    return Number(`${simple[1]}.${simple[2]}`);
  }
  if (PLAIN.test(s) && !(kind === 'amount' && /^[+-]?\d{1,3}\.\d{3}$/.test(s))) return Number(s);
  // Currency signs and spaces (also no-break and thin spaces) used as thousands separators.
  s = s.replace(/^(€|eur)\s*/i, '').replace(/[\s\u00a0\u202f]/g, '');
  const sign = s.startsWith('-') ? -1 : 1;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const dots = count(s, '.');
  const commas = count(s, ',');
  let digits: string;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (count(s, decimal) !== 1) return undefined;
    const [int, frac] = s.split(decimal) as [string, string];
    if (!groupedThousands(int, thousands) || !/^\d+$/.test(frac)) return undefined;
    digits = `${int.split(thousands).join('')}.${frac}`;
  } else if (dots + commas > 1) {
    const sep = dots > 0 ? '.' : ',';
    if (!groupedThousands(s, sep)) return undefined;
    digits = s.split(sep).join('');
  } else if (dots + commas === 1) {
    const sep = dots > 0 ? '.' : ',';
    const [int, frac] = s.split(sep) as [string, string];
    if (!/^\d*$/.test(int) || !/^\d+$/.test(frac)) return undefined;
    digits = kind === 'amount' && /^\d{1,3}$/.test(int) && frac.length === 3 && int !== '0' ? int + frac : `${int || '0'}.${frac}`;
  } else {
    digits = s;
  }
  const n = sign * Number(digits);
  return Number.isFinite(n) ? n : undefined;
}

const COMMA_PLAIN = /^\d+(,\d+)?$/;
// The first group is not 0: `0.667` groups no thousands (a decimal point in a Dutch file), it is no number.
const COMMA_GROUPED = /^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;

/**
 * A number as Dutch Excel writes it (the excel-nl preset): `,` is the decimal mark and `.` only
 * groups thousands, so `1.500` is 1500 and `0,8` is 0.8; `1.5` (neither) is not a number.
 */
export function parseDecimalComma(text: string): number | undefined {
  let s = text.trim().replace(/^(€|eur)\s*/i, '').replace(/[\s\u00a0\u202f]/g, '');
  const sign = s.startsWith('-') ? -1 : 1;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  if (!COMMA_PLAIN.test(s) && !COMMA_GROUPED.test(s)) return undefined;
  const n = sign * Number(s.split('.').join('').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * What a message about a number adds when the cell has a point in an excel-nl file (decimal comma):
 * the point groups thousands there, so `1.250` is 1250 and `0.667` no number at all — and, for a
 * lone point, the number as the file should write it (`1,250`). Empty otherwise.
 */
export function thousandsPointHint(text: string, decimalComma: boolean): Hint {
  if (!decimalComma || !text.includes('.')) return { en: '', nl: '' };
  const t = text.trim();
  const lone = /^[+-]?\d*\.\d+%?$/.test(t) ? t.replace('.', ',') : undefined;
  return {
    en: `; with --preset excel-nl the decimal mark is a comma and a point groups thousands ('1.500' is 1500)${lone === undefined ? '' : `: write ${lone}`}`,
    nl: `; bij --preset excel-nl is de komma het decimaalteken en groepeert een punt duizendtallen ('1.500' is 1500)${lone === undefined ? '' : `: schrijf ${lone}`}`,
    gist: { en: 'a point, which groups thousands in excel-nl: the decimal mark is a comma', nl: 'een punt, dat in excel-nl duizendtallen groepeert: het decimaalteken is een komma' },
  };
}

/** A number as the file's dialect writes it in a message: a decimal comma for excel-nl (`1,5`), else a point. */
export function dialectNumber(n: number, decimalComma: boolean): string {
  return decimalComma ? String(n).replace('.', ',') : String(n);
}

/**
 * The forms of a number a message suggests: excel-nl reads only a decimal comma (`0,8`; `0.8` is an
 * error there), other files read both (`0,8 or 0.8`).
 */
export function numberExamples(n: number, decimalComma: boolean): Message {
  const point = String(n);
  const comma = point.replace('.', ',');
  return decimalComma || comma === point ? { en: comma, nl: comma } : { en: `${comma} or ${point}`, nl: `${comma} of ${point}` };
}

/** A share 0–1 from a cell: `80%` is 0.8; a plain number is returned as written (`percent` false). */
export function parseShare(text: string, decimalComma = false): { value: number; percent: boolean } | undefined {
  const s = text.trim();
  if (s.endsWith('%')) {
    const n = parseNumber(s.slice(0, -1), 'decimal', decimalComma);
    return n === undefined ? undefined : { value: n / 100, percent: true };
  }
  const n = parseNumber(s, 'decimal', decimalComma);
  return n === undefined ? undefined : { value: n, percent: false };
}

/** A whole number from a cell (thousands separators allowed), or undefined. */
export function parseInteger(text: string, decimalComma = false): number | undefined {
  const n = parseNumber(text, 'amount', decimalComma);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** A calendar date. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DUTCH = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A time part some exports append to dates ("1980-02-01 00:00:00", "…T00:00:00Z"). */
const TIME = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** True for an end date HR systems write to mean "no end": all zeros, or the year 9999 (`99991231`, `9999-12-31`, `31-12-9999`). */
export function isOpenEndDate(text: string): boolean {
  const t = text.trim();
  return /^0+$/.test(t) || /^9999(?:$|[-/]?\d\d[-/]?\d\d(?:$|[ T]))/.test(t) || /^\d\d[-/]\d\d[-/]9999(?:$|[ T])/.test(t);
}

/**
 * A date in one of the formats of SPEC §2.1 — `YYYY-MM-DD`, `DD-MM-YYYY`, `DD/MM/YYYY`, `yyyyMMdd`
 * (day and month may have one digit; a trailing time is ignored) — validated as a real date.
 */
export function parseDate(text: string): CalendarDate | undefined {
  const fast = packedFast(text);
  if (fast >= 0) return { year: fast >> 9, month: (fast >> 5) & 15, day: fast & 31 };
  return parseDateForms(text);
}

/** The forms packedFast does not read (one-digit day or month, a trailing time, spaces around). */
function parseDateForms(text: string): CalendarDate | undefined {
  const s = text.trim().replace(TIME, '');
  let m = ISO.exec(s);
  let date: CalendarDate | undefined;
  if (m) date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else if ((m = DUTCH.exec(s))) date = { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) };
  else if ((m = COMPACT.exec(s))) date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return date !== undefined && isRealDate(date.year, date.month, date.day) ? date : undefined;
}

/**
 * parseDate as one number, year × 512 + month × 32 + day, or −1 when the text is not a date: the
 * headcount reader's birth dates, a million of them in a sector's file, without an object per row.
 */
export function parseDatePacked(text: string): number {
  const fast = packedFast(text);
  if (fast >= 0) return fast;
  const date = parseDateForms(text);
  return date === undefined ? -1 : date.year * 512 + date.month * 32 + date.day;
}

/**
 * `DD-MM-YYYY`, `DD/MM/YYYY`, `YYYY-MM-DD` and `yyyyMMdd` without regular expressions (hot path of
 * large files), packed as parseDatePacked; −1 when the text is not in one of these forms or not a
 * real date (parseDateForms then tries the other forms).
 */
function packedFast(s: string): number {
  const digits = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return -1;
      n = n * 10 + c;
    }
    return n;
  };
  let year: number;
  let month: number;
  let day: number;
  if (s.length === 10) {
    const sep2 = s[2];
    if ((sep2 === '-' || sep2 === '/') && s[5] === sep2) {
      day = digits(0, 2);
      month = digits(3, 5);
      year = digits(6, 10);
    } else if (s[4] === '-' && s[7] === '-') {
      year = digits(0, 4);
      month = digits(5, 7);
      day = digits(8, 10);
    } else return -1;
  } else if (s.length === 8) {
    year = digits(0, 4);
    month = digits(4, 6);
    day = digits(6, 8);
  } else return -1;
  return isRealDate(year, month, day) ? year * 512 + month * 32 + day : -1;
}

/** True for a real date in the years 1800–2299 (false for a part of −1: not digits). */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2299) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Number of days of a month (1–12) in a year of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** "1.234.567" with `.`: first group 1–3 digits, every further group exactly 3. */
function groupedThousands(s: string, sep: string): boolean {
  const groups = s.split(sep);
  return /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}
