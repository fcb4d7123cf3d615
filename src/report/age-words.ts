import { parseAgeBand } from '../domain/age-band.js';
import type { Lang } from './labels.js';

/**
 * Ages in words, as an HR adviser writes them: an attrition rule's band ("55 jaar of ouder", not
 * ">=55") and the AOW age ("67 jaar en 3 maanden", not "67,25").
 */

const BAND_WORDS = {
  nl: { below: (n: number) => `jonger dan ${n}`, from: (n: number) => `${n} jaar of ouder`, range: (a: number, b: number) => `${a}–${b} jaar`, exactly: (n: number) => `${n} jaar` },
  en: { below: (n: number) => `under ${n}`, from: (n: number) => `aged ${n} or over`, range: (a: number, b: number) => `aged ${a}–${b}`, exactly: (n: number) => `aged ${n}` },
} satisfies Record<Lang, unknown>;

/** An attrition rule's age band in words (`>=55` → "55 jaar of ouder", `<35` → "jonger dan 35", `45-54` → "45–54 jaar"); a text that is no band stays as it is. */
export function ageBandWords(band: string, lang: Lang): string {
  const b = parseAgeBand(band);
  if (b === undefined) return band;
  const w = BAND_WORDS[lang];
  if (b.max === Infinity) return w.from(b.min);
  if (b.min === 0) return w.below(b.max + 1);
  return b.min === b.max ? w.exactly(b.min) : w.range(b.min, b.max);
}

/** An age band as a narrow table writes it, typeset rather than typed: `<35` → "< 35", `>=55` → "≥ 55", `45-54` → "45–54". */
export function ageBandShort(band: string): string {
  const b = parseAgeBand(band);
  if (b === undefined) return band;
  if (b.max === Infinity) return `≥ ${b.min}`;
  if (b.min === 0) return `< ${b.max + 1}`;
  return b.min === b.max ? String(b.min) : `${b.min}–${b.max}`;
}

/** A rule text of the model with its `ages <band>` in words: "workforce.attrition[3] (ages >=55): 0.02" → "… (55 jaar of ouder): 0.02". */
export function withAgeBandWords(rule: string, lang: Lang): string {
  return rule.replace(/\bages ([^,()]+)(?=\))/g, (whole, band: string) => (parseAgeBand(band) === undefined ? whole : ageBandWords(band, lang)));
}

/** An age in years and months, as the AOW age is set: 67 → "67 jaar", 67.25 → "67 jaar en 3 maanden" ("67 years and 3 months"). */
export function yearsAndMonths(age: number, lang: Lang): string {
  let years = Math.floor(age);
  let months = Math.round((age - years) * 12);
  if (months === 12) {
    years += 1;
    months = 0;
  }
  const y = lang === 'nl' ? `${years} jaar` : `${years} ${years === 1 ? 'year' : 'years'}`;
  if (months === 0) return y;
  const m = lang === 'nl' ? `${months} ${months === 1 ? 'maand' : 'maanden'}` : `${months} ${months === 1 ? 'month' : 'months'}`;
  return lang === 'nl' ? `${y} en ${m}` : `${y} and ${m}`;
}
