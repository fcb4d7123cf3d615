/**
 * Age bands of attrition rules (SPEC §2.4): `<N`, `<=N`, `>N`, `>=N`, `N-M` (both inclusive),
 * `N+` (N and older) and a bare `N` (exactly N). Ages are whole years a(t) = t − birth year.
 */

/** An inclusive range of whole ages; `max` is Infinity for an open top. */
export interface AgeBand {
  readonly min: number;
  readonly max: number;
}

const BAND = /^\s*(<=?|>=?)?\s*(\d{1,3})\s*(?:(-)\s*(\d{1,3})|(\+))?\s*$/;

/**
 * Bands already parsed, by their text: the scenario check asks for every function and age which
 * attrition rule applies (validate/scenario-rules.ts), ~20,000 parses of a handful of texts for
 * Gemeente Voorbeeld. Bounded: a scenario has a few dozen.
 */
const parsed = new Map<string, AgeBand | undefined>();

/** Parses an age band text into an inclusive range of ages (years); undefined when it is not one. The band is shared: it cannot be changed. */
export function parseAgeBand(text: string): AgeBand | undefined {
  const known = parsed.get(text);
  if (known !== undefined || parsed.has(text)) return known;
  const band = parseBand(text);
  if (parsed.size < 1000) parsed.set(text, band === undefined ? undefined : Object.freeze(band));
  return band;
}

function parseBand(text: string): AgeBand | undefined {
  const m = BAND.exec(text);
  if (!m) return undefined;
  const op = m[1];
  const n = Number(m[2]);
  if (m[3] === '-') {
    if (op !== undefined) return undefined;
    const upper = Number(m[4]);
    return upper >= n ? { min: n, max: upper } : undefined;
  }
  if (m[5] === '+') return op === undefined ? { min: n, max: Infinity } : undefined;
  switch (op) {
    case '<':
      return { min: 0, max: n - 1 };
    case '<=':
      return { min: 0, max: n };
    case '>':
      return { min: n + 1, max: Infinity };
    case '>=':
      return { min: n, max: Infinity };
    default:
      return { min: n, max: n };
  }
}

/** True when the whole age (years) lies in the band. */
export function isAgeInBand(age: number, band: AgeBand): boolean {
  return age >= band.min && age <= band.max;
}
