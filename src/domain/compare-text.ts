/**
 * Code-unit order of two strings: locale independent, so sorted output (ids, families, groups,
 * files) is the same on every machine. The one comparator for text in spp.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
