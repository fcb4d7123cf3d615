import { parse as parseYaml } from 'yaml';
import { isCodeKeyedPath, mapKeys } from './scenario-paths.js';

/**
 * A text (a function code, a key, a word) as it is written inside a YAML flow map or list so that YAML
 * reads it back as that same text: as written when it does (`F014`, `FIN 14`, `HR.21.3`, `s-curve`),
 * else in double quotes — `"0123"` and `"12"` (YAML: numbers), `"true"`, `"A, B"` (two entries),
 * `">=55"`. Keys and values are read alike, so it serves both.
 */
export function yamlFlowText(text: string): string {
  try {
    const read: unknown = parseYaml(`{ v: ${text} }`);
    if (read !== null && typeof read === 'object' && Object.keys(read).length === 1 && (read as { v?: unknown }).v === text) return text;
  } catch {
    // Not YAML as written: quoted below.
  }
  return JSON.stringify(text);
}

/**
 * A scenario value as written (YAML flow notation: `{ change: -0.3, end: 2029 }`), for people; with
 * `decimalComma` (Dutch) the decimals take a comma, so the parts of a map or list are separated by
 * semicolons (`{ change: -0,3; end: 2029 }`, `[0,25; 0,4; 0,55]`). Keys, words and years stay as
 * typed; a key or text YAML would read as something else is quoted as a scenario must write it
 * (`{ "0123": 0.03 }`, `{ function: "0123" }`: plain, `0123` is the number 123), and a map keyed by
 * function codes (`path`: the transitions, the targets) lists them in the codes' text order, not
 * JavaScript's (which puts `12` before `0123`). spp compare and the report's settings say a value so.
 */
export function yamlFlowValue(v: unknown, path = '', decimalComma = false): string {
  const sep = decimalComma ? '; ' : ', ';
  if (typeof v === 'number') return decimalComma ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'string') return yamlFlowText(v);
  if (Array.isArray(v)) return `[${v.map((x) => yamlFlowValue(x, '', decimalComma)).join(sep)}]`;
  if (v !== null && typeof v === 'object') {
    const map = v as Record<string, unknown>;
    const codeKeyed = isCodeKeyedPath(path);
    const keys = mapKeys(map, codeKeyed).filter((k) => map[k] !== undefined);
    return keys.length === 0 ? '{}' : `{ ${keys.map((k) => `${yamlFlowKey(k, codeKeyed)}: ${yamlFlowValue(map[k], `${path}.${k}`, decimalComma)}`).join(sep)} }`;
  }
  return String(v);
}

/** A map key as a scenario writes it: a year plain (`2028: 6`, as YAML reads it back where a year is asked), a code or other text quoted where YAML would read it as something else. */
export function yamlFlowKey(key: string, codeKeyed: boolean): string {
  return !codeKeyed && /^\d{4}$/.test(key) ? key : yamlFlowText(key);
}
