/**
 * The one rounding module: every number that leaves spp passes through here, so that the same
 * input gives byte-identical output. The model never rounds.
 */

/** Decimals kept in the canonical JSON for FTE, persons, shares and ratios. */
const JSON_DECIMALS = 4;

/** Rounds half away from zero to `decimals`, and turns -0 into 0. */
export function round(value: number, decimals = JSON_DECIMALS): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const r = Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor) / factor;
  return r === 0 ? 0 : r;
}

/**
 * Whether `value` is within `tolerance` of `target`, the bound included. A bound written in decimal is
 * not exact in binary (0.33 + 0.33 + 0.33 is 0.9900000000000001, 0.505 + 0.505 is 1.0100000000000002),
 * so 1e-9 of slack keeps "sum to 1 (±0.01)" true at 0.99 and 1.01 as documented.
 */
export function withinTolerance(value: number, target: number, tolerance: number): boolean {
  return Math.abs(value - target) <= tolerance + 1e-9;
}

/**
 * A number in running text (messages and sentences, not table cells): as many decimals as it has (at
 * most 6), the language's decimal mark (nl 0,8; en 0.8), thousands grouped only from 10,000 on — so a
 * year or a four-digit bound reads 2200, never 2.200 — and 1.000.000 (nl) or 1,000,000 (en) above.
 */
export function textNumber(value: number, lang: 'nl' | 'en'): string {
  return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-US', { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10_000 });
}

/** Euros: whole euros. */
export function roundMoney(value: number): number {
  return round(value, 0);
}

/** Deeply rounds every number in a plain JSON-like value (objects keep their key order). */
export function roundDeep<T>(value: T, decimals = JSON_DECIMALS): T {
  if (typeof value === 'number') return round(value, decimals) as T;
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, decimals)) as T;
  if (value !== null && typeof value === 'object') {
    // A record keyed by user names has no prototype and may hold `__proto__`: the copy is alike, and
    // the key is defined, not assigned (assigning it to a plain object would set the prototype).
    const out = (Object.getPrototypeOf(value) === null ? Object.create(null) : {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__') Object.defineProperty(out, k, { value: roundDeep(v, decimals), enumerable: true, writable: true, configurable: true });
      else out[k] = roundDeep(v, decimals);
    }
    return out as T;
  }
  return value;
}

/** One formatter per language and number of decimals: constructing an Intl.NumberFormat costs ~50 µs, a table has hundreds of numbers. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for people: fixed decimals, locale separators (nl: 1.234,5; en: 1,234.5), and a
 * negative number with a minus sign (U+2212: −0,8), not the hyphen Intl writes — in every table, text
 * and chart label alike. What a machine or a scenario file reads (JSON, CSV and xlsx number cells,
 * values typed back into YAML) never passes through here.
 */
export function formatNumber(value: number, decimals: number, lang: 'nl' | 'en' = 'en'): string {
  const r = round(value, decimals);
  const key = `${lang} ${decimals}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    numberFormats.set(key, format);
  }
  return format.format(r).replace(/^-/, '\u2212');
}

/** A number as the model wrote it in a text ("6.57", "0.5"), with as many decimals, in the reader's separators; other text as it is. */
export function formatAsWritten(text: string, lang: 'nl' | 'en'): string {
  const n = Number(text);
  if (!Number.isFinite(n)) return text;
  const decimals = (text.split('.')[1] ?? '').length;
  return formatNumber(n, decimals, lang);
}

/**
 * Whole euros for people, in each language's usual form: nl `€ 1.234`, en `€1,234` (no space). One
 * place, so that every English output writes an amount alike (tables, notes, the report).
 */
export function formatMoney(value: number, lang: 'nl' | 'en' = 'en'): string {
  return lang === 'nl' ? `€ ${formatNumber(value, 0, lang)}` : `€${formatNumber(value, 0, lang)}`;
}

/** Like formatNumber with at most `decimals` decimals: trailing zeros after the decimal separator dropped (0,5 not 0,50). */
export function formatCompact(value: number, decimals: number, lang: 'nl' | 'en' = 'en'): string {
  const text = formatNumber(value, decimals, lang);
  if (decimals === 0) return text;
  const sep = lang === 'nl' ? ',' : '.';
  return text.replace(new RegExp(`\\${sep}?0+$`), '');
}
