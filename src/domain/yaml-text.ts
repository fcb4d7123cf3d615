import { parse as parseYaml } from 'yaml';

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
